import { blueprintLines, type JourneyMap, type Lane, type Stage, type Step } from '@parcours/core'
import { type CellContext, kpiTargetText, laneCellBlock } from './draw-cell-content.js'
import { drawEmotionPlot, emotionHeaderBlock, type PersonaNames } from './draw-emotion-lane.js'
import { type Block, bulletBlock, spacer, stackBlocks, textBlock } from './print-blocks.js'
import { COLOURS, PRINT } from './print-style.js'
import { type PrintLanguage, type PrintWords, printWords } from './print-words.js'
import { SVG_NAMESPACE, svgElement } from './svg-element.js'
import { wrapText } from './text-metrics.js'

/** How to print a map. */
export interface MapPrintOptions {
  /** The language of the words Parcours adds (labels, legend, footer); the map's own text is printed as written. */
  readonly language: PrintLanguage
  /** The map's personas, to name them in the title block and in the emotion legend. */
  readonly personas?: readonly { readonly id: string; readonly name: string }[]
  /** The date printed in the footer; now by default. */
  readonly exportedOn?: Date
}

type LineKind = 'interaction' | 'visibility' | 'internalInteraction'

/** One lane laid out for the stages of a page. */
interface Row {
  readonly lane: Lane
  /** Includes the room for a blueprint line's label above the lane. */
  readonly height: number
  readonly lineAbove?: LineKind
  draw(left: number, top: number, stages: readonly Stage[]): SVGElement
}

interface PrintContext extends CellContext {
  readonly personas: PersonaNames
  readonly exportedOn: Date
}

interface PageNumber {
  readonly page: number
  readonly count: number
}

/**
 * The whole map laid out for print as an SVG element (built with `createElementNS`; user text only
 * ever becomes text nodes): a title block (title, type, status, personas, objective, map KPIs),
 * phases above stage columns (each with its steps, moments of truth marked), then every lane as a
 * row drawn for its kind — text wrapped to the column, the emotion curves on the map's scale with
 * a legend, channels as chips, pain points, delights, opportunities and ideas as badges,
 * touchpoints, KPI targets, and the service-blueprint lines of interaction, visibility and internal
 * interaction. Its `width`/`height` (millimetres) scale it to fit an A3 landscape page; `viewBox`
 * keeps the drawing units. Text is set in Helvetica, so the PDF keeps it as text.
 *
 * @example document.body.append(renderMapSvg(map, { language: 'fr', personas }))
 */
export function renderMapSvg(map: JourneyMap, options: MapPrintOptions): SVGSVGElement {
  const context = printContext(map, options)
  const rows = laneRows(context, map.stages)
  return composePage(context, map.stages, rows, { first: true })
}

/**
 * The map cut into A3 landscape pages for the PDF: at most six stages side by side per page, and
 * the lanes spread over several pages when they would not fit the page's height with body text of
 * at least 6.5 pt. Every page repeats the phases, the stage headers and the lane titles.
 */
export function renderMapPages(map: JourneyMap, options: MapPrintOptions): SVGSVGElement[] {
  const context = printContext(map, options)
  const chunks = stageChunks(map.stages, PRINT.maxStagesPerPage)
  const plan: { stages: readonly Stage[]; rows: readonly Row[] }[] = []
  for (const stages of chunks) {
    const rows = laneRows(context, stages)
    const width = pageContentWidth(stages.length)
    // Fit the width, or shrink further (down to the smallest readable text) to fit more lanes.
    const unitsPerMm = Math.max(width / (PRINT.page.widthMm - PRINT.page.marginMm * 2), PRINT.maxUnitsPerMm)
    const available = (PRINT.page.heightMm - PRINT.page.marginMm * 2) * unitsPerMm
    let group: Row[] = []
    let used = 0
    for (const row of rows) {
      const fixed = fixedHeight(context, stages, plan.length === 0 && group.length === 0 ? 'first' : 'next')
      if (group.length > 0 && fixed + used + row.height > available) {
        plan.push({ stages, rows: group })
        group = []
        used = 0
      }
      group.push(row)
      used += row.height
    }
    if (group.length > 0 || rows.length === 0) plan.push({ stages, rows: group })
  }
  return plan.map((page, index) =>
    composePage(context, page.stages, page.rows, { first: index === 0, page: { page: index + 1, count: plan.length } }),
  )
}

function printContext(map: JourneyMap, options: MapPrintOptions): PrintContext {
  return {
    map,
    language: options.language,
    words: printWords(options.language),
    personas: new Map((options.personas ?? []).map((persona) => [persona.id, persona.name])),
    exportedOn: options.exportedOn ?? new Date(),
  }
}

/** Stages split into balanced groups of at most `size` (9 stages by 5 → 5 + 4). */
function stageChunks(stages: readonly Stage[], size: number): (readonly Stage[])[] {
  if (stages.length <= size) return [stages]
  const count = Math.ceil(stages.length / size)
  const per = Math.ceil(stages.length / count)
  const chunks: Stage[][] = []
  for (let start = 0; start < stages.length; start += per) chunks.push(stages.slice(start, start + per))
  return chunks
}

function pageContentWidth(stageCount: number): number {
  return PRINT.margin * 2 + PRINT.headerWidth + PRINT.columnWidth * Math.max(1, stageCount)
}

// ——— the parts of a page ———

function titleBlock(context: PrintContext, width: number, first: boolean): Block {
  const { map, words } = context
  if (!first) {
    return textBlock(words('continued', { title: map.title }), width, { size: PRINT.size.stage, bold: true })
  }
  const personaNames = map.personaIds.map((id) => context.personas.get(id)).filter((name) => name !== undefined)
  const facts = [
    words('labelled', { label: words('typeLabel'), value: words(`type.${map.type}`) }),
    words('labelled', { label: words('statusLabel'), value: words(`status.${map.status}`) }),
    map.owner === undefined ? undefined : words('labelled', { label: words('ownerLabel'), value: map.owner }),
    personaNames.length === 0
      ? undefined
      : words('labelled', { label: words('personasLabel'), value: personaNames.join(', ') }),
  ].filter((fact) => fact !== undefined)
  const mapKpis = map.kpis
    .filter((kpi) => kpi.appliesTo.level === 'map')
    .map((kpi) => `${kpi.name} (${kpiTargetText(context, kpi)})`)
  const muted = { size: PRINT.size.subtitle, fill: COLOURS.muted }
  return stackBlocks(
    [
      textBlock(map.title, width, { size: PRINT.size.title, bold: true }),
      textBlock(facts.join('   ·   '), width, muted),
      ...(map.objective.trim() === ''
        ? []
        : [textBlock(words('labelled', { label: words('objectiveLabel'), value: map.objective }), width, muted)]),
      ...(mapKpis.length === 0
        ? []
        : [textBlock(words('labelled', { label: words('mapKpisLabel'), value: mapKpis.join(' · ') }), width, muted)]),
    ],
    5,
  )
}

const PHASE_HEIGHT = 26
const FOOTER_HEIGHT = 30

function hasPhases(stages: readonly Stage[]): boolean {
  return stages.some((stage) => stage.phaseId !== undefined)
}

function stageHeaderBlocks(context: PrintContext, stages: readonly Stage[]): Block[] {
  const width = PRINT.columnWidth - PRINT.padding * 2
  return stages.map((stage) =>
    stackBlocks(
      [
        textBlock(stage.name, width, { size: PRINT.size.stage, bold: true }),
        ...(stage.description === undefined
          ? []
          : [textBlock(stage.description, width, { size: PRINT.size.small, fill: COLOURS.muted })]),
        ...(stage.steps.length === 0 ? [] : [spacer(1)]),
        ...stage.steps.map((step) => stepBlock(context, step, width)),
      ],
      3,
    ),
  )
}

/** A step of a stage; a moment of truth gets a gold diamond and bold text. */
function stepBlock(context: PrintContext, step: Step, width: number): Block {
  if (step.isMomentOfTruth !== true) return bulletBlock(step.name, width, { size: PRINT.size.small })
  const indent = PRINT.size.small * 1.3
  const text = textBlock(`${step.name} (${context.words('momentOfTruth')})`, width - indent, {
    size: PRINT.size.small,
    bold: true,
  })
  return {
    height: text.height,
    draw(x, y) {
      const group = svgElement('g')
      group.append(diamond(x + 4, y + PRINT.size.small * 0.6, 4.2), text.draw(x + indent, y))
      return group
    },
  }
}

function diamond(cx: number, cy: number, r: number): SVGElement {
  return svgElement('path', {
    d: `M${cx} ${cy - r} L${cx + r} ${cy} L${cx} ${cy + r} L${cx - r} ${cy} Z`,
    fill: COLOURS.momentOfTruth,
  })
}

function stageHeaderHeight(blocks: readonly Block[]): number {
  return Math.max(0, ...blocks.map((block) => block.height)) + PRINT.padding * 2
}

/** Height of everything but the lanes, to know how many lanes fit on a page. */
function fixedHeight(context: PrintContext, stages: readonly Stage[], which: 'first' | 'next'): number {
  const inner = pageContentWidth(stages.length) - PRINT.margin * 2
  return (
    PRINT.margin * 2 +
    titleBlock(context, inner, which === 'first').height +
    16 +
    (hasPhases(stages) ? PHASE_HEIGHT + 4 : 0) +
    stageHeaderHeight(stageHeaderBlocks(context, stages)) +
    FOOTER_HEIGHT
  )
}

function laneRows(context: PrintContext, stages: readonly Stage[]): Row[] {
  const lines = blueprintLines(context.map)
  const lineAt = new Map<number, LineKind>()
  if (lines.interaction !== undefined) lineAt.set(lines.interaction, 'interaction')
  if (lines.visibility !== undefined) lineAt.set(lines.visibility, 'visibility')
  if (lines.internalInteraction !== undefined) lineAt.set(lines.internalInteraction, 'internalInteraction')
  return context.map.lanes.map((lane, index) => laneRow(context, lane, stages, lineAt.get(index)))
}

function laneHeaderBlock(context: PrintContext, lane: Lane, width: number): Block {
  const { words, language, personas } = context
  if (lane.kind === 'emotion-curve') return emotionHeaderBlock(lane, words, language, personas, width)
  const subtitle =
    lane.kind === 'blueprint' ? `${words(`zone.${lane.zone}`)} · ${words(`area.${lane.area}`)}` : lane.description
  return stackBlocks(
    [
      textBlock(lane.title, width, { size: PRINT.size.laneTitle, bold: true }),
      ...(subtitle === undefined ? [] : [textBlock(subtitle, width, { size: PRINT.size.small, fill: COLOURS.muted })]),
    ],
    3,
  )
}

function laneRow(context: PrintContext, lane: Lane, stages: readonly Stage[], lineAbove: LineKind | undefined): Row {
  const pad = PRINT.padding
  const header = laneHeaderBlock(context, lane, PRINT.headerWidth - pad * 2)
  const cells =
    lane.kind === 'emotion-curve'
      ? []
      : stages.map((stage) => laneCellBlock(context, lane, stage, PRINT.columnWidth - pad * 2))
  const contentHeight = Math.max(
    header.height,
    lane.kind === 'emotion-curve' ? PRINT.emotionPlotHeight : 0,
    ...cells.map((cell) => cell.height),
  )
  const labelRoom = lineAbove === undefined ? 0 : PRINT.blueprintLabelHeight
  const bodyHeight = contentHeight + pad * 2
  return {
    lane,
    height: bodyHeight + labelRoom,
    ...(lineAbove === undefined ? {} : { lineAbove }),
    draw(left, top, drawnStages) {
      const group = svgElement('g', { 'data-lane': lane.id, 'data-lane-kind': lane.kind })
      const y = top + labelRoom
      const width = PRINT.headerWidth + PRINT.columnWidth * drawnStages.length
      group.append(
        svgElement('rect', { x: left, y, width: PRINT.headerWidth, height: bodyHeight, fill: COLOURS.laneHeader }),
        svgElement('line', {
          x1: left,
          y1: y + bodyHeight,
          x2: left + width,
          y2: y + bodyHeight,
          stroke: COLOURS.rule,
          'stroke-width': 0.8,
        }),
        header.draw(left + pad, y + pad),
      )
      if (lane.kind === 'emotion-curve') {
        group.append(
          drawEmotionPlot(
            lane,
            {
              left: left + PRINT.headerWidth,
              top: y + pad,
              height: contentHeight,
              columnWidth: PRINT.columnWidth,
              stages: drawnStages,
            },
            context.language,
          ),
        )
      }
      cells.forEach((cell, column) => {
        group.append(cell.draw(left + PRINT.headerWidth + PRINT.columnWidth * column + pad, y + pad))
      })
      if (lineAbove !== undefined) group.append(blueprintLine(context.words, lineAbove, left, y, width))
      return group
    },
  }
}

/** A service-blueprint line across the map, its name written just above it. */
function blueprintLine(words: PrintWords, kind: LineKind, left: number, y: number, width: number): SVGElement {
  const group = svgElement('g', { 'data-blueprint-line': kind })
  group.append(
    svgElement('line', {
      x1: left,
      y1: y,
      x2: left + width,
      y2: y,
      stroke: COLOURS.blueprintLine,
      'stroke-width': 1.6,
      'stroke-dasharray': '9 5',
    }),
    svgElement(
      'text',
      {
        x: left + PRINT.headerWidth + 6,
        y: y - 5,
        'font-size': PRINT.size.small,
        'font-weight': 'bold',
        fill: COLOURS.blueprintLine,
      },
      words(`line.${kind}`),
    ),
  )
  return group
}

function composePage(
  context: PrintContext,
  stages: readonly Stage[],
  rows: readonly Row[],
  where: { readonly first: boolean; readonly page?: PageNumber },
): SVGSVGElement {
  const { map, words } = context
  const width = pageContentWidth(stages.length)
  const inner = width - PRINT.margin * 2
  const left = PRINT.margin
  const gridWidth = PRINT.headerWidth + PRINT.columnWidth * stages.length
  const parts: SVGElement[] = []

  let y = PRINT.margin
  const title = titleBlock(context, inner, where.first)
  parts.push(title.draw(left, y))
  y += title.height + 16

  if (hasPhases(stages)) {
    parts.push(drawPhases(context, stages, left + PRINT.headerWidth, y))
    y += PHASE_HEIGHT + 4
  }

  const headers = stageHeaderBlocks(context, stages)
  const headerHeight = stageHeaderHeight(headers)
  const stageGroup = svgElement('g', { 'data-part': 'stages' })
  stages.forEach((stage, column) => {
    const x = left + PRINT.headerWidth + PRINT.columnWidth * column
    const header = headers[column]
    stageGroup.append(
      svgElement('rect', {
        x: x + 1,
        y,
        width: PRINT.columnWidth - 2,
        height: headerHeight,
        rx: 4,
        fill: COLOURS.stageHeader,
        'data-stage': stage.id,
      }),
    )
    if (header !== undefined) stageGroup.append(header.draw(x + PRINT.padding, y + PRINT.padding))
  })
  parts.push(stageGroup)
  y += headerHeight + 4

  const gridTop = y
  const rowsGroup = svgElement('g', { 'data-part': 'lanes' })
  for (const row of rows) {
    rowsGroup.append(row.draw(left, y, stages))
    y += row.height
  }
  // Column rules between stages, under the rows' content.
  const rules = svgElement('g', { 'data-part': 'column-rules' })
  for (let column = 0; column <= stages.length; column += 1) {
    const x = left + PRINT.headerWidth + PRINT.columnWidth * column
    rules.append(svgElement('line', { x1: x, y1: gridTop, x2: x, y2: y, stroke: COLOURS.rule, 'stroke-width': 0.6 }))
  }
  parts.push(rules, rowsGroup)

  const footerY = y + 18
  const dateText = new Intl.DateTimeFormat(context.language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(
    context.exportedOn,
  )
  const footerText = [
    words('exportedOn', { date: dateText }),
    ...(where.page === undefined || where.page.count <= 1 ? [] : [words('page', { ...where.page })]),
  ].join('   ·   ')
  parts.push(
    svgElement('text', { x: left, y: footerY, 'font-size': PRINT.size.small, fill: COLOURS.muted }, footerText),
  )
  if (stages.some((stage) => stage.steps.some((step) => step.isMomentOfTruth === true))) {
    const legendX = left + gridWidth - 150
    parts.push(
      diamond(legendX, footerY - PRINT.size.small * 0.35, 4.2),
      svgElement(
        'text',
        { x: legendX + 9, y: footerY, 'font-size': PRINT.size.small, fill: COLOURS.muted },
        words('momentOfTruth'),
      ),
    )
  }
  const height = footerY + PRINT.margin

  // Scale to fit an A3 landscape page, keeping the drawing's proportions.
  const mm = Math.min(PRINT.page.widthMm / width, PRINT.page.heightMm / height)
  const svg = svgElement('svg', {
    xmlns: SVG_NAMESPACE,
    version: '1.1',
    width: `${round(width * mm)}mm`,
    height: `${round(height * mm)}mm`,
    viewBox: `0 0 ${round(width)} ${round(height)}`,
    'font-family': PRINT.fontFamily,
    role: 'img',
    'aria-labelledby': 'parcours-map-title',
  })
  svg.append(
    svgElement('title', { id: 'parcours-map-title' }, map.title),
    svgElement('rect', { x: 0, y: 0, width: round(width), height: round(height), fill: COLOURS.page }),
    ...parts,
  )
  return svg
}

function drawPhases(context: PrintContext, stages: readonly Stage[], left: number, top: number): SVGElement {
  const group = svgElement('g', { 'data-part': 'phases' })
  const names = new Map(context.map.phases.map((phase) => [phase.id, phase.name]))
  let start = 0
  while (start < stages.length) {
    const phaseId = stages[start]?.phaseId
    let end = start + 1
    while (end < stages.length && stages[end]?.phaseId === phaseId) end += 1
    const name = phaseId === undefined ? undefined : names.get(phaseId)
    if (name !== undefined) {
      const x = left + PRINT.columnWidth * start + 1
      const width = PRINT.columnWidth * (end - start) - 2
      const line = wrapText(name, width - PRINT.padding * 2, PRINT.size.phase, true)[0] ?? name
      group.append(
        svgElement('rect', { x, y: top, width, height: PHASE_HEIGHT, rx: 4, fill: COLOURS.phase }),
        svgElement(
          'text',
          {
            x: x + PRINT.padding,
            y: top + PHASE_HEIGHT / 2 + PRINT.size.phase * 0.35,
            'font-size': PRINT.size.phase,
            'font-weight': 'bold',
            fill: COLOURS.phaseText,
          },
          line,
        ),
      )
    }
    start = end
  }
  return group
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
