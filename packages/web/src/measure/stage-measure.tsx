import type { MapMeasurement } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import { FigureList } from './figure-list.js'
import { useMeasureFormat } from './format-measure.js'
import { stageFigures } from './measure-figures.js'

export interface StageMeasureProps {
  /** The map's measurement (`useMapMeasure(…).measure`). */
  readonly measure: MapMeasurement
  readonly stageId: string
  /** When given, a "details" button opens the stage's details (`<MeasureDetails>`). */
  readonly onOpenDetails?: (stageId: string) => void
}

/**
 * A stage's measured figures, compact, for a stage column: reach, conversion from the previous
 * stage, drop-off and median time to the next stage, each labelled; a missing one says why.
 *
 * @example <StageMeasure measure={measure} stageId="decision" onOpenDetails={openStage} />
 */
export function StageMeasure({ measure, stageId, onOpenDetails }: StageMeasureProps) {
  const { t } = useTranslation('measure')
  const format = useMeasureFormat()
  const index = measure.stages.findIndex((stage) => stage.stageId === stageId)
  const stage = measure.stages[index]
  if (stage === undefined) return <p className="measure-missing">{t('missing.unknownStage')}</p>
  const figures = stageFigures(stage, index, measure.stages.length, measure.stages[index - 1], t, format)
  return (
    <section className="stage-measure" aria-label={`${t('toggle.label')} — ${stage.name}`} data-stage-measure={stageId}>
      <FigureList figures={figures} compact />
      {onOpenDetails !== undefined && (
        <button
          type="button"
          className="measure-link"
          aria-label={t('details.openNamed', { name: stage.name })}
          onClick={() => onOpenDetails(stageId)}
        >
          {t('details.open')}
        </button>
      )}
    </section>
  )
}
