import type { Cell, EvidenceStatus, MapCommand } from '@parcours/core'
import { useTranslation } from 'react-i18next'

const NEXT: Record<EvidenceStatus, EvidenceStatus> = {
  assumption: 'observed',
  observed: 'validated',
  validated: 'assumption',
}

/** Props of {@link EvidenceBadge}. */
export interface EvidenceBadgeProps {
  readonly cell: Cell
  /** Where the cell is, for the control's name (e.g. "Thoughts, Awareness"). */
  readonly place: string
  readonly execute: (...commands: MapCommand[]) => void
}

/**
 * How sure the team is of a cell (assumption, observed, validated), with its source in the tooltip.
 * Activating it moves the cell to the next status.
 */
export function EvidenceBadge({ cell, place, execute }: EvidenceBadgeProps) {
  const { t } = useTranslation('designer')
  const status = cell.evidence?.status
  const name = status === undefined ? t('evidence.none') : t(`evidence.${status}`)
  const source = cell.evidence?.source
  const next = NEXT[status ?? 'validated']
  return (
    <button
      type="button"
      className={`evidence-badge evidence-${status ?? 'none'}`}
      title={source === undefined ? name : `${name} — ${source}`}
      aria-label={t('evidence.change', { place, status: name, next: t(`evidence.${next}`) })}
      onClick={() =>
        execute({
          type: 'set-cell-evidence',
          laneId: cell.laneId,
          stageId: cell.stageId,
          ...(cell.stepId === undefined ? {} : { stepId: cell.stepId }),
          evidence: { ...cell.evidence, status: next },
        })
      }
    >
      <span aria-hidden="true" className="evidence-dot" />
      {name}
    </button>
  )
}
