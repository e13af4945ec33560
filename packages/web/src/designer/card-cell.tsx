import { type Card, idsInUse, slugify, uniqueId } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import { setContent } from './cell-place.js'
import type { CellProps } from './cell-props.js'
import { InlineText } from './inline-text.js'

/**
 * Pain points and delights as badges, opportunities and ideas as cards: title and detail edited in
 * place, severity (pain points) or impact (opportunities, ideas) changed with one button.
 */
export function CardCell({ map, lane, place, cell, where, execute }: CellProps) {
  const { t } = useTranslation('designer')
  const cards = cell?.content.kind === 'cards' ? cell.content.cards : []
  const save = (next: readonly Card[]) =>
    execute(
      ...setContent(place, next.length === 0 ? undefined : { kind: 'cards', cards: [...next] }, cell !== undefined),
    )
  const update = (card: Card, changes: Partial<Card>) =>
    save(cards.map((c) => (c.id === card.id ? { ...c, ...changes } : c)))
  const isBadge = lane.kind === 'pain-points' || lane.kind === 'delights'
  const stepNames = new Map(map.stages.flatMap((stage) => stage.steps.map((step) => [step.id, step.name] as const)))

  return (
    <div className={`card-cell ${isBadge ? 'as-badges' : 'as-cards'} kind-${lane.kind}`}>
      <ul className="card-list">
        {cards.map((card) => (
          <li key={card.id} className="journey-card">
            <div className="journey-card-head">
              <InlineText
                value={card.title}
                required
                label={t('card.rename', { title: card.title })}
                fieldLabel={t('card.title')}
                className="journey-card-title"
                onCommit={(title) => update(card, { title })}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('card.remove', { title: card.title })}
                title={t('card.remove', { title: card.title })}
                onClick={() => save(cards.filter((c) => c.id !== card.id))}
              >
                ×
              </button>
            </div>
            <InlineText
              value={card.detail ?? ''}
              multiline
              label={t('card.editDetail', { title: card.title })}
              fieldLabel={t('card.detail')}
              emptyText={t('card.addDetail')}
              className="journey-card-detail"
              onCommit={(detail) => {
                const { detail: _old, ...rest } = card
                save(cards.map((c) => (c.id === card.id ? (detail === '' ? rest : { ...rest, detail }) : c)))
              }}
            />
            <div className="journey-card-meta">
              {lane.kind === 'pain-points' && (
                <button
                  type="button"
                  className={`severity severity-${card.severity ?? 0}`}
                  aria-label={t('card.severityChange', {
                    title: card.title,
                    severity: t(`card.severity${card.severity ?? 0}`),
                  })}
                  onClick={() => update(card, { severity: ((card.severity ?? 0) % 3) + 1 })}
                >
                  {t(`card.severity${card.severity ?? 0}`)}
                </button>
              )}
              {(lane.kind === 'opportunities' || lane.kind === 'ideas') && (
                <button
                  type="button"
                  className={`impact impact-${card.impact ?? 'none'}`}
                  aria-label={t('card.impactChange', {
                    title: card.title,
                    impact: t(`card.impact.${card.impact ?? 'none'}`),
                  })}
                  onClick={() =>
                    update(card, {
                      impact: card.impact === 'low' ? 'medium' : card.impact === 'medium' ? 'high' : 'low',
                    })
                  }
                >
                  {t(`card.impact.${card.impact ?? 'none'}`)}
                </button>
              )}
              {card.stepIds?.map((stepId) => (
                <span key={stepId} className="step-tag">
                  {stepNames.get(stepId) ?? stepId}
                </span>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <InlineText
        value=""
        required
        label={t('card.add', { where })}
        fieldLabel={t('card.title')}
        emptyText={`+ ${t(`card.new.${lane.kind}`)}`}
        className="add-inline"
        onCommit={(title) => {
          const id = uniqueId(slugify(`${place.laneId}-${place.stageId}`), idsInUse(map))
          save([...cards, { id, title }])
        }}
      />
    </div>
  )
}
