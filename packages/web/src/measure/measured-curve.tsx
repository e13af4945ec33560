import type { EmotionScale, JourneyMap, MapMeasurement } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import { useMeasureFormat } from './format-measure.js'
import './measure.css'

/** One stage of the measured curve: the measured value on the map's emotion scale (null without answers) and the designed ones. */
export interface MeasuredCurvePoint {
  readonly stageId: string
  readonly stageName: string
  /** Mean survey answer rescaled to the emotion lane's scale; null when no answer is attributed to the stage. */
  readonly measured: number | null
  /** Answers the measured value rests on. */
  readonly n: number
  /** The designed curves' values at this stage (a curve without a point here is left out). */
  readonly designed: readonly {
    readonly curveId: string
    readonly label: string
    readonly state: 'current' | 'future'
    readonly value: number
  }[]
}

/** The measured satisfaction beside the designed curves, per stage, on the map's emotion scale. */
export interface MeasuredCurveData {
  /** The scale of the map's first emotion lane (what `measured` and `designed` are on). */
  readonly scale: EmotionScale
  readonly points: readonly MeasuredCurvePoint[]
}

/**
 * The points to draw the measured satisfaction beside the designed curve, one per stage in map
 * order; undefined when the map has no emotion lane (nothing to compare with).
 *
 * @example measuredCurve(map, measure)?.points[2] // { stageId: 'decision', measured: 0.4, n: 12, designed: [{ curveId: 'curve-current', value: -1, … }] }
 */
export function measuredCurve(map: JourneyMap, measure: MapMeasurement): MeasuredCurveData | undefined {
  const lane = map.lanes.find((candidate) => candidate.kind === 'emotion-curve')
  if (lane === undefined || lane.kind !== 'emotion-curve') return undefined
  return {
    scale: lane.scale,
    points: measure.stages.map((stage) => ({
      stageId: stage.stageId,
      stageName: stage.name,
      measured: stage.satisfaction?.measured ?? null,
      n: stage.satisfaction?.n ?? 0,
      designed: (stage.satisfaction?.designed ?? []).map(({ curveId, label, state, value }) => ({
        curveId,
        label,
        state,
        value,
      })),
    })),
  }
}

export interface MeasuredCurveProps {
  readonly data: MeasuredCurveData
  /** Width of one stage column in px (the designer passes its column width so points sit under their stage). */
  readonly stageWidth?: number
  readonly height?: number
}

const PAD = 12

/**
 * Draws the designed curves (dashed for the target state) and the measured one (solid, with its
 * points) over the stages, in SVG, with a text alternative listing every value and its n.
 *
 * @example <MeasuredCurve data={measuredCurve(map, measure)} stageWidth={220} />
 */
export function MeasuredCurve({ data, stageWidth = 160, height = 160 }: MeasuredCurveProps) {
  const { t } = useTranslation('measure')
  const format = useMeasureFormat()
  const { scale, points } = data
  const width = Math.max(1, points.length) * stageWidth
  const x = (index: number) => index * stageWidth + stageWidth / 2
  const y = (value: number) => PAD + ((scale.max - value) / (scale.max - scale.min)) * (height - 2 * PAD)
  const curveIds = [...new Set(points.flatMap((point) => point.designed.map((curve) => curve.curveId)))]
  const designed = curveIds.map((curveId) => {
    const found = points.flatMap((point, index) =>
      point.designed.filter((curve) => curve.curveId === curveId).map((curve) => ({ index, ...curve })),
    )
    return { curveId, label: found[0]?.label ?? curveId, state: found[0]?.state ?? 'current', found }
  })
  const measured = points.flatMap((point, index) => (point.measured === null ? [] : [{ index, value: point.measured }]))
  const path = (list: readonly { index: number; value: number }[]) =>
    list.map((point, i) => `${i === 0 ? 'M' : 'L'}${x(point.index)},${y(point.value)}`).join(' ')
  const summary = points
    .map((point) => {
      const designedValues = point.designed.map((curve) => `${curve.label} ${format.score(curve.value)}`).join(', ')
      return point.measured === null
        ? t('curve.summaryNoAnswers', { stage: point.stageName, designed: designedValues })
        : t('curve.summary', {
            stage: point.stageName,
            measured: `${format.score(point.measured)} (${t('figure.n', { n: format.count(point.n) })})`,
            designed: designedValues,
          })
    })
    .join(' ; ')
  return (
    <figure className="measured-curve">
      <figcaption className="measured-curve__legend">
        <span className="measured-curve__key measured-curve__key--measured">{t('curve.measured')}</span>
        {designed.map((curve) => (
          <span
            key={curve.curveId}
            className={`measured-curve__key measured-curve__key--${curve.state === 'future' ? 'future' : 'designed'}`}
          >
            {t('curve.designed', { label: curve.label })}
          </span>
        ))}
      </figcaption>
      <svg
        role="img"
        aria-label={`${t('curve.title')}. ${summary}`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        className="measured-curve__svg"
      >
        <line
          x1={0}
          x2={width}
          y1={y((scale.min + scale.max) / 2)}
          y2={y((scale.min + scale.max) / 2)}
          className="measured-curve__axis"
        />
        {designed.map((curve) => (
          <path
            key={curve.curveId}
            d={path(curve.found)}
            className={curve.state === 'future' ? 'measured-curve__future' : 'measured-curve__designed'}
          />
        ))}
        <path d={path(measured)} className="measured-curve__measured" data-testid="measured-curve-line" />
        {measured.map((point) => (
          <circle key={point.index} cx={x(point.index)} cy={y(point.value)} r={4} className="measured-curve__point" />
        ))}
      </svg>
    </figure>
  )
}
