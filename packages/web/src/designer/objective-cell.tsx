import { type CommunicationObjective, CommunicationObjective as Objectives } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import type { CellProps } from './cell-props.js'
import { InlineText } from './inline-text.js'

/** The communication objective of a stage (cognitive, affective, conative) and what it means here. */
export function ObjectiveCell({ place, cell, where, execute }: CellProps) {
  const { t } = useTranslation('designer')
  const content = cell?.content.kind === 'objective' ? cell.content : undefined
  const set = (objective: CommunicationObjective | '', text: string | undefined) => {
    if (objective === '') {
      if (cell !== undefined) execute({ type: 'clear-cell', ...place })
      return
    }
    execute({
      type: 'set-cell',
      ...place,
      content: { kind: 'objective', objective, ...(text === undefined || text === '' ? {} : { text }) },
    })
  }
  return (
    <div className="objective-cell">
      <select
        aria-label={t('objective.label', { where })}
        value={content?.objective ?? ''}
        onChange={(event) => set(event.target.value as CommunicationObjective | '', content?.text)}
        className={`objective-select objective-${content?.objective ?? 'none'}`}
      >
        <option value="">{t('objective.none')}</option>
        {Objectives.options.map((objective) => (
          <option key={objective} value={objective}>
            {t(`objective.${objective}`)}
          </option>
        ))}
      </select>
      {content !== undefined && (
        <InlineText
          value={content.text ?? ''}
          multiline
          label={t('cell.edit', { where })}
          fieldLabel={t('cell.field', { where })}
          emptyText={t('cell.empty')}
          onCommit={(text) => set(content.objective, text)}
        />
      )}
    </div>
  )
}
