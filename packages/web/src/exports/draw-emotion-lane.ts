import type { EmotionCurve, EmotionLane, Stage } from '@parcours/core'
import { type Block, stackBlocks, textBlock } from './print-blocks.js'
import { COLOURS, PRINT } from './print-style.js'
import { formatPrintNumber, type PrintLanguage, type PrintWords } from './print-words.js'
import { svgElement } from './svg-element.js'

/** Persona names by id, to name a persona's curve in the legend. */
export type PersonaNames = ReadonlyMap<string, string>

/** The colour and dash of the `index`-th curve: future (target) curves are dashed. */
export function curveStroke(curve: EmotionCurve, index: number): { readonly colour: string; readonly dash?: string } {
  const colour = COLOURS.curves[index % COLOURS.curves.length] ?? COLOURS.text
  return curve.state === 'future' ? { colour, dash: '7 4' } : { colour }
}

/** The label of a curve in the legend: its label, its persona, current or future. */
export function curveLegendText(curve: EmotionCurve, words: PrintWords, personas: PersonaNames): string {
  const persona = curve.personaId === undefined ? undefined : personas.get(curve.personaId)
  // "Thomas — current" already names "Thomas, the beginner runner".
  const shortName = persona?.split(/[\s,(—–]/)[0]?.trim()
  const named = shortName === undefined || shortName === '' || curve.label.includes(shortName)
  const who = persona === undefined || named ? '' : ` · ${persona}`
  return `${curve.label}${who} (${words(`curveState.${curve.state}`)})`
}

/**
 * The lane header of an emotion lane: its title, its scale with the words at both ends, and a legend
 * with one line sample per curve (colour and dash as drawn).
 */
export function emotionHeaderBlock(
  lane: EmotionLane,
  words: PrintWords,
  language: PrintLanguage,
  personas: PersonaNames,
  width: number,
): Block {
  const { scale } = lane
  const scaleWords = [
    words('scale', { min: formatPrintNumber(scale.min, language), max: formatPrintNumber(scale.max, language) }),
    scale.maxLabel === undefined
      ? undefined
      : words('labelled', { label: formatPrintNumber(scale.max, language), value: scale.maxLabel }),
    scale.minLabel === undefined
      ? undefined
      : words('labelled', { label: formatPrintNumber(scale.min, language), value: scale.minLabel }),
  ].filter((line) => line !== undefined)
  const sampleWidth = 22
  const legend = lane.curves.map((curve, index): Block => {
    const text = textBlock(curveLegendText(curve, words, personas), width - sampleWidth - 5, {
      size: PRINT.size.small,
    })
    const stroke = curveStroke(curve, index)
    return {
      height: text.height,
      draw(x, y) {
        const group = svgElement('g')
        const lineY = y + PRINT.size.small * 0.62
        group.append(
          svgElement('line', {
            x1: x,
            y1: lineY,
            x2: x + sampleWidth,
            y2: lineY,
            stroke: stroke.colour,
            'stroke-width': 2.5,
            'stroke-dasharray': stroke.dash,
          }),
          svgElement('circle', { cx: x + sampleWidth / 2, cy: lineY, r: 3, fill: stroke.colour }),
          text.draw(x + sampleWidth + 5, y),
        )
        return group
      },
    }
  })
  return stackBlocks(
    [
      textBlock(lane.title, width, { size: PRINT.size.laneTitle, bold: true }),
      ...scaleWords.map((line) => textBlock(line, width, { size: PRINT.size.small, fill: COLOURS.muted })),
      ...legend,
    ],
    4,
  )
}

export interface EmotionPlotArea {
  /** Left edge of the first visible stage column. */
  readonly left: number
  readonly top: number
  readonly height: number
  readonly columnWidth: number
  /** The stages drawn, in order (a page may show only some of the map's stages). */
  readonly stages: readonly Stage[]
}

/**
 * The curves of an emotion lane across the visible stage columns: a light grid at the ends of the
 * scale (and at 0 when it lies inside), then each curve as a path through its points — a point on a
 * step sits at that step's place in the stage, a point on the stage at its centre — with each
 * point's value written above it.
 */
export function drawEmotionPlot(lane: EmotionLane, area: EmotionPlotArea, language: PrintLanguage): SVGElement {
  const { scale } = lane
  const group = svgElement('g')
  const top = area.top + PRINT.size.small * 1.6
  const bottom = area.top + area.height - 6
  const yOf = (value: number) => {
    const clamped = Math.min(scale.max, Math.max(scale.min, value))
    return top + ((scale.max - clamped) / (scale.max - scale.min)) * (bottom - top)
  }
  const right = area.left + area.columnWidth * area.stages.length
  const gridValues = [scale.max, scale.min, ...(scale.min < 0 && scale.max > 0 ? [0] : [])]
  for (const value of gridValues) {
    const y = yOf(value)
    group.append(
      svgElement('line', {
        x1: area.left,
        y1: y,
        x2: right,
        y2: y,
        stroke: COLOURS.grid,
        'stroke-width': value === 0 ? 1.2 : 0.8,
        'stroke-dasharray': value === 0 ? undefined : '3 3',
      }),
      svgElement(
        'text',
        { x: area.left + 3, y: y - 2, 'font-size': PRINT.size.small * 0.85, fill: COLOURS.muted },
        formatPrintNumber(value, language),
      ),
    )
  }
  lane.curves.forEach((curve, curveIndex) => {
    const stroke = curveStroke(curve, curveIndex)
    const placed = placePoints(curve, area).map((point) => ({ ...point, y: yOf(point.value) }))
    if (placed.length === 0) return
    const path = placed.map((point, index) => `${index === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`).join(' ')
    group.append(
      svgElement('path', {
        d: path,
        fill: 'none',
        stroke: stroke.colour,
        'stroke-width': 2.5,
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
        'stroke-dasharray': stroke.dash,
        'data-curve': curve.id,
      }),
    )
    for (const point of placed) {
      group.append(
        svgElement('circle', {
          cx: point.x,
          cy: point.y,
          r: 4,
          fill: '#ffffff',
          stroke: stroke.colour,
          'stroke-width': 2,
        }),
        svgElement(
          'text',
          {
            x: point.x + 6,
            y: point.y - 5,
            'font-size': PRINT.size.small * 0.9,
            'font-weight': 'bold',
            fill: stroke.colour,
          },
          formatPrintNumber(point.value, language),
        ),
      )
    }
  })
  return group
}

function placePoints(curve: EmotionCurve, area: EmotionPlotArea): { x: number; value: number }[] {
  const placed: { x: number; value: number; order: number }[] = []
  area.stages.forEach((stage, column) => {
    const points = curve.points.filter((point) => point.stageId === stage.id)
    points.forEach((point, index) => {
      const stepIndex = point.stepId === undefined ? -1 : stage.steps.findIndex((step) => step.id === point.stepId)
      const fraction = stepIndex >= 0 ? (stepIndex + 1) / (stage.steps.length + 1) : (index + 1) / (points.length + 1)
      placed.push({
        x: area.left + area.columnWidth * (column + fraction),
        value: point.value,
        order: column + fraction,
      })
    })
  })
  return placed.sort((a, b) => a.order - b.order).map(({ x, value }) => ({ x, value }))
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
