import type { EmotionCurve, EmotionLane, JourneyMap, MapCommand } from '@parcours/core'
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CURVE_COLOURS, CURVE_HEIGHT, CURVE_PADDING, STAGE_WIDTH } from './grid-geometry.js'

/** The smallest change of a value: whole points on wide scales, halves on narrow ones. */
export function scaleStep(scale: EmotionLane['scale']): number {
  return scale.max - scale.min >= 4 ? 1 : 0.5
}

/** Props of {@link EmotionCurveLane}. */
export interface EmotionCurveLaneProps {
  readonly map: JourneyMap
  readonly lane: EmotionLane
  readonly execute: (...commands: MapCommand[]) => void
}

interface Drag {
  readonly curveId: string
  readonly stageId: string
  readonly stepId?: string
  readonly value: number
}

/**
 * The emotion curves of a lane drawn on the map's scale, one point per stage (or step), a legend,
 * and the values as a table for screen readers. A point moves by dragging it, or by focusing it and
 * pressing ArrowUp/ArrowDown (PageUp/PageDown, Home/End); Delete removes it; a dashed ring adds one.
 */
export function EmotionCurveLane({ map, lane, execute }: EmotionCurveLaneProps) {
  const { t } = useTranslation('designer')
  const svg = useRef<SVGSVGElement>(null)
  const [drag, setDrag] = useState<Drag | undefined>(undefined)
  const { scale } = lane
  const step = scaleStep(scale)
  const width = Math.max(1, map.stages.length) * STAGE_WIDTH
  const y = (value: number) =>
    CURVE_PADDING + ((scale.max - value) / (scale.max - scale.min)) * (CURVE_HEIGHT - 2 * CURVE_PADDING)
  const clamp = (value: number) => Math.min(scale.max, Math.max(scale.min, Math.round(value / step) * step))
  const xOf = (stageId: string, stepId: string | undefined) => {
    const index = map.stages.findIndex((stage) => stage.id === stageId)
    const stage = map.stages[index]
    if (stage === undefined) return undefined
    const stepIndex = stepId === undefined ? -1 : stage.steps.findIndex((s) => s.id === stepId)
    return stepIndex === -1
      ? (index + 0.5) * STAGE_WIDTH
      : index * STAGE_WIDTH + ((stepIndex + 0.5) / stage.steps.length) * STAGE_WIDTH
  }
  const placeName = (stageId: string, stepId: string | undefined) => {
    const stage = map.stages.find((s) => s.id === stageId)
    const stepName = stage?.steps.find((s) => s.id === stepId)?.name
    return [stage?.name ?? stageId, stepName].filter(Boolean).join(' — ')
  }
  const setPoint = (curve: EmotionCurve, stageId: string, stepId: string | undefined, value: number) => {
    const point = curve.points.find((p) => p.stageId === stageId && p.stepId === stepId)
    if (point?.value === value) return
    execute({
      type: 'set-emotion-point',
      laneId: lane.id,
      curveId: curve.id,
      stageId,
      ...(stepId === undefined ? {} : { stepId }),
      value,
      ...(point?.note === undefined ? {} : { note: point.note }),
    })
  }
  const valueAt = (clientY: number) => {
    const box = svg.current?.getBoundingClientRect()
    if (box === undefined || box.height === 0) return undefined
    const local = ((clientY - box.top) / box.height) * CURVE_HEIGHT
    return clamp(scale.max - ((local - CURVE_PADDING) / (CURVE_HEIGHT - 2 * CURVE_PADDING)) * (scale.max - scale.min))
  }
  const onKey =
    (curve: EmotionCurve, stageId: string, stepId: string | undefined, value: number) => (event: KeyboardEvent) => {
      const big = Math.max(step, (scale.max - scale.min) / 4)
      const next: Record<string, number> = {
        ArrowUp: value + step,
        ArrowRight: value + step,
        ArrowDown: value - step,
        ArrowLeft: value - step,
        PageUp: value + big,
        PageDown: value - big,
        Home: scale.max,
        End: scale.min,
      }
      const target = next[event.key]
      if (target !== undefined) {
        event.preventDefault()
        setPoint(curve, stageId, stepId, clamp(target))
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault()
        execute({
          type: 'remove-emotion-point',
          laneId: lane.id,
          curveId: curve.id,
          stageId,
          ...(stepId === undefined ? {} : { stepId }),
        })
      }
    }

  const gridValues: number[] = []
  if ((scale.max - scale.min) / step <= 20) for (let v = scale.min; v <= scale.max; v += step) gridValues.push(v)
  const middle = clamp((scale.min + scale.max) / 2)

  return (
    <div className="emotion-lane">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing groups its points with role="group", not a <fieldset> */}
      <svg
        ref={svg}
        className="emotion-svg"
        width={width}
        height={CURVE_HEIGHT}
        viewBox={`0 0 ${width} ${CURVE_HEIGHT}`}
        role="group"
        aria-label={t('emotion.chart', { title: lane.title, min: scale.min, max: scale.max })}
      >
        {gridValues.map((value) => (
          <line
            key={value}
            x1={0}
            x2={width}
            y1={y(value)}
            y2={y(value)}
            className={value === 0 ? 'emotion-axis zero' : 'emotion-axis'}
          />
        ))}
        {map.stages.slice(1).map((stage, i) => (
          <line
            key={stage.id}
            x1={(i + 1) * STAGE_WIDTH}
            x2={(i + 1) * STAGE_WIDTH}
            y1={0}
            y2={CURVE_HEIGHT}
            className="emotion-divider"
          />
        ))}
        {lane.curves.map((curve, c) => {
          const colour = CURVE_COLOURS[c % CURVE_COLOURS.length]
          const points = curve.points
            .map((point) => {
              const dragged =
                drag?.curveId === curve.id && drag.stageId === point.stageId && drag.stepId === point.stepId
              return { ...point, value: dragged ? drag.value : point.value, x: xOf(point.stageId, point.stepId) }
            })
            .filter((point): point is typeof point & { x: number } => point.x !== undefined)
            .sort((a, b) => a.x - b.x)
          const missing = map.stages.filter((stage) => !curve.points.some((p) => p.stageId === stage.id))
          return (
            <g key={curve.id} className={`emotion-curve state-${curve.state}`} style={{ color: colour }}>
              <polyline
                points={points.map((p) => `${p.x},${y(p.value)}`).join(' ')}
                fill="none"
                stroke="currentColor"
                strokeWidth={2.5}
                strokeDasharray={curve.state === 'future' ? '7 5' : undefined}
              />
              {points.map((point) => {
                const name = placeName(point.stageId, point.stepId)
                return (
                  <g
                    key={`${point.stageId}/${point.stepId ?? ''}`}
                    className="emotion-point"
                    role="slider"
                    tabIndex={0}
                    aria-label={t('emotion.point', { curve: curve.label, place: name })}
                    aria-valuemin={scale.min}
                    aria-valuemax={scale.max}
                    aria-valuenow={point.value}
                    aria-valuetext={point.note === undefined ? String(point.value) : `${point.value} — ${point.note}`}
                    aria-orientation="vertical"
                    onKeyDown={onKey(curve, point.stageId, point.stepId, point.value)}
                    onPointerDown={(event: PointerEvent<SVGGElement>) => {
                      event.currentTarget.setPointerCapture(event.pointerId)
                      setDrag({
                        curveId: curve.id,
                        stageId: point.stageId,
                        ...(point.stepId === undefined ? {} : { stepId: point.stepId }),
                        value: point.value,
                      })
                    }}
                    onPointerMove={(event) => {
                      if (drag?.curveId !== curve.id || drag.stageId !== point.stageId || drag.stepId !== point.stepId)
                        return
                      const value = valueAt(event.clientY)
                      if (value !== undefined && value !== drag.value) setDrag({ ...drag, value })
                    }}
                    onPointerUp={() => {
                      if (drag === undefined) return
                      setDrag(undefined)
                      setPoint(curve, drag.stageId, drag.stepId, drag.value)
                    }}
                    onPointerCancel={() => setDrag(undefined)}
                  >
                    <title>{`${curve.label} — ${name}: ${point.value}${point.note === undefined ? '' : ` (${point.note})`}`}</title>
                    <circle cx={point.x} cy={y(point.value)} r={14} className="emotion-hit" />
                    <circle cx={point.x} cy={y(point.value)} r={6} className="emotion-dot" />
                  </g>
                )
              })}
              {missing.map((stage) => {
                const x = xOf(stage.id, undefined) ?? 0
                return (
                  // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>
                  <g
                    key={stage.id}
                    className="emotion-ghost"
                    role="button"
                    tabIndex={0}
                    aria-label={t('emotion.addPoint', { curve: curve.label, place: stage.name })}
                    onClick={() => setPoint(curve, stage.id, undefined, middle)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault()
                        setPoint(curve, stage.id, undefined, middle)
                      }
                    }}
                  >
                    <circle cx={x} cy={y(middle)} r={6} />
                  </g>
                )
              })}
            </g>
          )
        })}
      </svg>
    </div>
  )
}
