import {
  type Card,
  type CellContent,
  contentText,
  type JourneyMap,
  type KpiDefinition,
  type Lane,
  type Stage,
  type Touchpoint,
} from '@parcours/core'
import { type Block, boxedBlock, bulletBlock, chipsBlock, stackBlocks, tagBlock, textBlock } from './print-blocks.js'
import { COLOURS, PRINT } from './print-style.js'
import { formatPrintNumber, type PrintLanguage, type PrintWords } from './print-words.js'

/** What drawing a cell needs besides the map: the words and number format of the printed language. */
export interface CellContext {
  readonly map: JourneyMap
  readonly words: PrintWords
  readonly language: PrintLanguage
}

const body = { size: PRINT.size.body } as const
const small = { size: PRINT.size.small, fill: COLOURS.muted } as const

/**
 * Everything a (non-emotion) lane shows at one stage, as a block `width` wide: its cells (each
 * with its step's name and its evidence), plus the stage's touchpoints on a touchpoints lane and
 * the stage's KPIs with their targets on a KPI lane.
 */
export function laneCellBlock(context: CellContext, lane: Lane, stage: Stage, width: number): Block {
  const { map, words } = context
  const stepNames = new Map(stage.steps.map((step) => [step.id, step.name]))
  const blocks: Block[] = []
  for (const cell of map.cells) {
    if (cell.laneId !== lane.id || cell.stageId !== stage.id) continue
    const parts: Block[] = []
    const stepName = cell.stepId === undefined ? undefined : stepNames.get(cell.stepId)
    if (stepName !== undefined) parts.push(textBlock(stepName, width, { ...small, bold: true }))
    parts.push(contentBlock(context, lane, cell.content, width))
    if (cell.evidence !== undefined) {
      parts.push(tagBlock(words(`evidence.${cell.evidence.status}`), COLOURS.evidence[cell.evidence.status]))
    }
    blocks.push(stackBlocks(parts, 3))
  }
  if (lane.kind === 'touchpoints') {
    for (const touchpoint of map.touchpoints) {
      if (touchpoint.stageId === stage.id) blocks.push(touchpointBlock(context, touchpoint, stepNames, width))
    }
  }
  if (lane.kind === 'kpis') {
    const touchpointIds = new Set(map.touchpoints.filter((tp) => tp.stageId === stage.id).map((tp) => tp.id))
    for (const kpi of map.kpis) {
      const scope = kpi.appliesTo
      const here =
        (scope.level === 'stage' && scope.stageId === stage.id) ||
        (scope.level === 'touchpoint' && touchpointIds.has(scope.touchpointId))
      if (here) blocks.push(kpiBlock(context, kpi, width))
    }
  }
  return stackBlocks(blocks, PRINT.gap)
}

function contentBlock(context: CellContext, lane: Lane, content: CellContent, width: number): Block {
  const { words } = context
  switch (content.kind) {
    case 'text':
      return textBlock(content.text, width, body)
    case 'list':
      return stackBlocks(
        content.items.map((item) => bulletBlock(item, width, body)),
        3,
      )
    case 'cards':
      return stackBlocks(
        content.cards.map((card) => cardBlock(context, lane, card, width)),
        PRINT.gap,
      )
    case 'channels':
      return chipsBlock(
        content.channels.map((channel) => words(`channel.${channel}`)),
        width,
      )
    case 'objective':
      return stackBlocks(
        [
          textBlock(words(`objective.${content.objective}`), width, { size: PRINT.size.body, bold: true }),
          ...(content.text === undefined ? [] : [textBlock(content.text, width, body)]),
        ],
        3,
      )
    case 'image':
      return boxedBlock(
        (inner) => textBlock(words('image', { alt: content.alt }), inner, small),
        width,
        COLOURS.cards.other,
      )
    default:
      return textBlock(contentText(content), width, body)
  }
}

/** A pain point, delight, opportunity or idea as a badge coloured for its lane. */
function cardBlock(context: CellContext, lane: Lane, card: Card, width: number): Block {
  const { words } = context
  const colours =
    lane.kind === 'pain-points' || lane.kind === 'delights' || lane.kind === 'opportunities' || lane.kind === 'ideas'
      ? COLOURS.cards[lane.kind]
      : COLOURS.cards.other
  const facts = [
    card.severity === undefined ? undefined : words('severity', { value: card.severity }),
    card.impact === undefined ? undefined : words('impact', { value: words(`level.${card.impact}`) }),
    card.effort === undefined ? undefined : words('effort', { value: words(`level.${card.effort}`) }),
  ].filter((fact) => fact !== undefined)
  return boxedBlock(
    (inner) =>
      stackBlocks(
        [
          textBlock(card.title, inner, { size: PRINT.size.body, bold: true }),
          ...(card.detail === undefined ? [] : [textBlock(card.detail, inner, { size: PRINT.size.small })]),
          ...(facts.length === 0 ? [] : [textBlock(facts.join(' · '), inner, small)]),
        ],
        2,
      ),
    width,
    colours,
  )
}

function touchpointBlock(
  context: CellContext,
  touchpoint: Touchpoint,
  stepNames: ReadonlyMap<string, string>,
  width: number,
): Block {
  const { words } = context
  const step = touchpoint.stepId === undefined ? undefined : stepNames.get(touchpoint.stepId)
  const facts = [
    words(`mode.${touchpoint.mode}`),
    touchpoint.importance === undefined ? undefined : words(`importance.${touchpoint.importance}`),
    step,
  ].filter((fact) => fact !== undefined)
  return boxedBlock(
    (inner) =>
      stackBlocks(
        [
          textBlock(touchpoint.name, inner, { size: PRINT.size.body, bold: true }),
          chipsBlock([words(`channel.${touchpoint.channel}`)], inner),
          textBlock(facts.join(' · '), inner, small),
        ],
        3,
      ),
    width,
    COLOURS.cards.other,
  )
}

/** A KPI card: its name and its target, with the direction that counts as better. */
function kpiBlock(context: CellContext, kpi: KpiDefinition, width: number): Block {
  return boxedBlock(
    (inner) =>
      stackBlocks(
        [
          textBlock(kpi.name, inner, { size: PRINT.size.body, bold: true }),
          textBlock(kpiTargetText(context, kpi), inner, { size: PRINT.size.small }),
        ],
        2,
      ),
    width,
    { fill: '#ffffff', stroke: COLOURS.phase },
  )
}

/** "Target: at least 40 %" — or "No target". */
export function kpiTargetText(context: Pick<CellContext, 'words' | 'language'>, kpi: KpiDefinition): string {
  const { words, language } = context
  if (kpi.target === undefined) return words('noTarget')
  const value = `${formatPrintNumber(kpi.target, language)}${words(`unit.${kpi.unit}`)}`
  const bounded = words(kpi.direction === 'higher-is-better' ? 'atLeast' : 'atMost', { value })
  return words('target', { value: bounded })
}
