import type { MeasuredKpi, MeasuredStage, MeasuredTouchpoint } from '@parcours/core'
import type { TFunction } from 'i18next'
import type { MeasureFormat } from './format-measure.js'

/** One labelled figure of the overlay: its formatted value, or why there is none. */
export interface Figure {
  readonly key: string
  readonly label: string
  /** What the figure counts, said in words (a tooltip and the details panel). */
  readonly hint?: string
  /** The formatted value; absent when the figure is missing. */
  readonly value?: string
  /** Why the figure is missing (`no events bound`, `n = 0`…). */
  readonly missing?: string
  /** The sample size, formatted, when the figure rests on one. */
  readonly n?: string
}

/** A stage's figures: reach, conversion from the previous stage, drop-off, median time to the next stage. */
export function stageFigures(
  stage: MeasuredStage,
  index: number,
  stageCount: number,
  previous: MeasuredStage | undefined,
  t: TFunction<'measure'>,
  format: MeasureFormat,
): Figure[] {
  const bound = stage.touchpoints.some((touchpoint) => touchpoint.isBound)
  const conversionMissing =
    index === 0 ? t('missing.firstStage') : previous?.reach === 0 ? t('missing.previousNotReached') : undefined
  const timeMissing =
    index === stageCount - 1 ? t('missing.lastStage') : stage.movedOn === 0 ? t('missing.nobodyMovedOn') : undefined
  return [
    bound
      ? { key: 'reach', label: t('figure.reach'), hint: t('figure.reachHint'), value: format.count(stage.reach) }
      : { key: 'reach', label: t('figure.reach'), hint: t('figure.reachHint'), missing: t('missing.stageNotBound') },
    stage.conversionFromPrevious === null
      ? {
          key: 'conversion',
          label: t('figure.conversion'),
          hint: t('figure.conversionHint'),
          missing: conversionMissing ?? t('missing.sample'),
        }
      : {
          key: 'conversion',
          label: t('figure.conversion'),
          hint: t('figure.conversionHint'),
          value: format.share(stage.conversionFromPrevious),
          n: format.count(previous?.reach ?? 0),
        },
    stage.dropOff === null
      ? { key: 'drop-off', label: t('figure.dropOff'), missing: conversionMissing ?? t('missing.sample') }
      : { key: 'drop-off', label: t('figure.dropOff'), value: format.share(stage.dropOff) },
    stage.medianTimeToNextStage === null
      ? {
          key: 'median-time',
          label: t('figure.medianTime'),
          hint: t('figure.medianTimeHint'),
          missing: timeMissing ?? t('missing.sample'),
        }
      : {
          key: 'median-time',
          label: t('figure.medianTime'),
          hint: t('figure.medianTimeHint'),
          value: format.duration(stage.medianTimeToNextStage),
          n: format.count(stage.movedOn),
        },
  ]
}

/** A touchpoint's figures: reach (customers) and matched events, or why it has none. */
export function touchpointFigures(
  touchpoint: MeasuredTouchpoint,
  t: TFunction<'measure'>,
  format: MeasureFormat,
): Figure[] {
  if (!touchpoint.isBound || touchpoint.reach === null || touchpoint.events === null)
    return [{ key: 'reach', label: t('figure.reach'), missing: t('missing.notBound') }]
  return [
    { key: 'reach', label: t('figure.reach'), value: format.count(touchpoint.reach) },
    { key: 'events', label: t('figure.events'), value: format.count(touchpoint.events) },
  ]
}

/** A KPI as a figure: its value in its unit with its n, or why it has none. */
export function kpiFigure(kpi: MeasuredKpi, t: TFunction<'measure'>, format: MeasureFormat): Figure {
  const base = { key: kpi.kpiId, label: kpi.name }
  if (kpi.value === null) return { ...base, missing: kpi.problem?.message ?? t('missing.sample') }
  if (kpi.value.value === null)
    return {
      ...base,
      missing: t(`missing.${kpi.value.missing ?? 'sample'}`),
      n: format.count(kpi.value.sampleSize),
    }
  return { ...base, value: format.kpi(kpi.value.value, kpi.value.unit), n: format.count(kpi.value.sampleSize) }
}
