import type { MapMeasurement, MeasuredTouchpoint } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import { FigureList } from './figure-list.js'
import { useMeasureFormat } from './format-measure.js'
import { kpiFigure, touchpointFigures } from './measure-figures.js'

export interface TouchpointMeasureProps {
  readonly measure: MapMeasurement
  readonly touchpointId: string
  /** When given, a "details" button opens the touchpoint's details. */
  readonly onOpenDetails?: (touchpointId: string) => void
}

/** Finds a touchpoint in a measurement (in whichever stage it is). */
export function findMeasuredTouchpoint(measure: MapMeasurement, touchpointId: string): MeasuredTouchpoint | undefined {
  for (const stage of measure.stages)
    for (const touchpoint of stage.touchpoints) if (touchpoint.touchpointId === touchpointId) return touchpoint
  return undefined
}

/**
 * A touchpoint's measured figures, compact, for a touchpoint cell: reach (customers), matched
 * events and the KPIs defined on it with their n; "no events bound" while it has no selector.
 *
 * @example <TouchpointMeasure measure={measure} touchpointId="tp-checkout" />
 */
export function TouchpointMeasure({ measure, touchpointId, onOpenDetails }: TouchpointMeasureProps) {
  const { t } = useTranslation('measure')
  const format = useMeasureFormat()
  const touchpoint = findMeasuredTouchpoint(measure, touchpointId)
  if (touchpoint === undefined) return null
  const figures = [
    ...touchpointFigures(touchpoint, t, format),
    ...touchpoint.kpis.map((kpi) => kpiFigure(kpi, t, format)),
  ]
  return (
    <div className="touchpoint-measure" data-touchpoint-measure={touchpointId}>
      <FigureList figures={figures} compact />
      {onOpenDetails !== undefined && (
        <button
          type="button"
          className="measure-link"
          aria-label={t('details.openNamed', { name: touchpoint.name })}
          onClick={() => onOpenDetails(touchpointId)}
        >
          {t('details.open')}
        </button>
      )}
    </div>
  )
}
