import { assertNever } from '../shared/result.js'
import type { Cell, CellContent, JourneyMap, Lane } from './journey-map.schema.js'

/** A map flattened to text: one column per stage, one row per lane (one per curve for emotion lanes). */
export interface MapTable {
  readonly columns: readonly { readonly stageId: string; readonly name: string; readonly phase?: string }[]
  readonly rows: readonly { readonly laneId: string; readonly title: string; readonly cells: readonly string[] }[]
}

/**
 * Turns a map into a plain table of text: what the CSV and Markdown exports print and what the
 * web app's table view reads to screen readers. Step cells are prefixed with their step's name.
 */
export function toMapTable(map: JourneyMap): MapTable {
  const phaseNames = new Map(map.phases.map((phase) => [phase.id, phase.name]))
  const stepNames = new Map(map.stages.flatMap((stage) => stage.steps.map((step) => [step.id, step.name] as const)))
  const columns = map.stages.map((stage) => {
    const phase = stage.phaseId === undefined ? undefined : phaseNames.get(stage.phaseId)
    return { stageId: stage.id, name: stage.name, ...(phase === undefined ? {} : { phase }) }
  })
  const rows = map.lanes.flatMap((lane) => laneRows(map, lane, stepNames))
  return { columns, rows }
}

function laneRows(map: JourneyMap, lane: Lane, stepNames: ReadonlyMap<string, string>): MapTable['rows'] {
  if (lane.kind === 'emotion-curve') {
    return lane.curves.map((curve) => ({
      laneId: lane.id,
      title: `${lane.title} — ${curve.label} (${lane.scale.min}…${lane.scale.max})`,
      cells: map.stages.map((stage) =>
        curve.points
          .filter((point) => point.stageId === stage.id)
          .map((point) => {
            const where = point.stepId === undefined ? '' : `${stepNames.get(point.stepId) ?? point.stepId}: `
            return `${where}${point.value}${point.note === undefined ? '' : ` (${point.note})`}`
          })
          .join('\n'),
      ),
    }))
  }
  const cells = map.stages.map((stage) => {
    const parts = map.cells
      .filter((cell) => cell.laneId === lane.id && cell.stageId === stage.id)
      .map((cell) => withStep(cell, stepNames, contentText(cell.content)))
    if (lane.kind === 'touchpoints') {
      parts.push(...map.touchpoints.filter((tp) => tp.stageId === stage.id).map((tp) => `${tp.name} [${tp.channel}]`))
    }
    if (lane.kind === 'kpis') {
      parts.push(
        ...map.kpis
          .filter((kpi) => kpi.appliesTo.level === 'stage' && kpi.appliesTo.stageId === stage.id)
          .map((kpi) => (kpi.target === undefined ? kpi.name : `${kpi.name} (target ${kpi.target})`)),
      )
    }
    return parts.join('\n')
  })
  return [{ laneId: lane.id, title: lane.title, cells }]
}

function withStep(cell: Cell, stepNames: ReadonlyMap<string, string>, text: string): string {
  return cell.stepId === undefined ? text : `${stepNames.get(cell.stepId) ?? cell.stepId}: ${text}`
}

/** The text of one cell's content, one item per line. */
export function contentText(content: CellContent): string {
  switch (content.kind) {
    case 'text':
      return content.text
    case 'list':
      return content.items.map((item) => `• ${item}`).join('\n')
    case 'cards':
      return content.cards
        .map((card) => `• ${card.title}${card.detail === undefined ? '' : ` — ${card.detail}`}`)
        .join('\n')
    case 'channels':
      return content.channels.join(', ')
    case 'objective':
      return content.text === undefined ? content.objective : `${content.objective}: ${content.text}`
    case 'image':
      return `[${content.alt}]`
    default:
      return assertNever(content)
  }
}
