import type { Lane, MapCommand } from '@parcours/core'
import type { KeyboardEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { InlineText } from './inline-text.js'

/** Props of {@link LaneHeader}. */
export interface LaneHeaderProps {
  readonly lane: Lane
  readonly index: number
  readonly count: number
  readonly handle: ReactNode
  readonly move: (delta: number) => void
  readonly execute: (...commands: MapCommand[]) => void
  /** Shown under the lane's kind, e.g. the whole map's KPIs in the KPI lane. */
  readonly extra?: ReactNode
}

/** A lane's title (edited in place; Alt+ArrowUp/Down moves the lane), its kind, and its tools. */
export function LaneHeader({ lane, index, count, handle, move, execute, extra }: LaneHeaderProps) {
  const { t } = useTranslation('designer')
  const detail =
    lane.kind === 'blueprint'
      ? `${t(`blueprint.zone.${lane.zone}`)} · ${t(`blueprint.area.${lane.area}`)}`
      : lane.kind === 'emotion-curve'
        ? t('emotion.scale', { min: lane.scale.min, max: lane.scale.max })
        : undefined
  return (
    <div className={`lane-header kind-${lane.kind}`}>
      <div className="lane-header-top">
        {handle}
        <InlineText
          value={lane.title}
          required
          focusKey={`lane-${lane.id}`}
          label={t('lane.rename', { title: lane.title })}
          fieldLabel={t('lane.title')}
          className="lane-title"
          onKeyDown={(event: KeyboardEvent<HTMLElement>) => {
            if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
              event.preventDefault()
              move(event.key === 'ArrowUp' ? -1 : 1)
            }
          }}
          onCommit={(title) => execute({ type: 'rename-lane', laneId: lane.id, title })}
        />
      </div>
      <div className="lane-kind">
        {t(`laneKind.${lane.kind}`)}
        {detail === undefined ? '' : ` · ${detail}`}
      </div>
      {lane.kind === 'emotion-curve' && (lane.scale.maxLabel !== undefined || lane.scale.minLabel !== undefined) && (
        <div className="scale-labels">
          {lane.scale.maxLabel !== undefined && (
            <span>
              {lane.scale.max}: {lane.scale.maxLabel}
            </span>
          )}
          {lane.scale.minLabel !== undefined && (
            <span>
              {lane.scale.min}: {lane.scale.minLabel}
            </span>
          )}
        </div>
      )}
      {extra}
      <div className="header-tools">
        <button
          type="button"
          className="icon-button"
          disabled={index === 0}
          aria-label={t('lane.moveUp', { title: lane.title })}
          title={t('lane.moveUp', { title: lane.title })}
          onClick={() => move(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={index === count - 1}
          aria-label={t('lane.moveDown', { title: lane.title })}
          title={t('lane.moveDown', { title: lane.title })}
          onClick={() => move(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button danger"
          aria-label={t('lane.remove', { title: lane.title })}
          title={t('lane.remove', { title: lane.title })}
          onClick={() => execute({ type: 'remove-lane', laneId: lane.id })}
        >
          ×
        </button>
      </div>
    </div>
  )
}
