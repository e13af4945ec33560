import type { Cell, CellContent, JourneyMap, MapCommand } from '@parcours/core'

/** Where a cell sits: a lane at a stage, or at one step of it. */
export interface CellPlace {
  readonly laneId: string
  readonly stageId: string
  readonly stepId?: string
}

/** The place of an existing cell. */
export function placeOf(cell: Cell): CellPlace {
  return { laneId: cell.laneId, stageId: cell.stageId, ...(cell.stepId === undefined ? {} : { stepId: cell.stepId }) }
}

/** The cells of one lane at one stage: the stage's own first, then its steps' in step order. */
export function cellsAt(map: JourneyMap, laneId: string, stageId: string): { own?: Cell; steps: Cell[] } {
  const here = map.cells.filter((cell) => cell.laneId === laneId && cell.stageId === stageId)
  const stepOrder = map.stages.find((stage) => stage.id === stageId)?.steps.map((step) => step.id) ?? []
  const own = here.find((cell) => cell.stepId === undefined)
  const steps = here
    .filter((cell) => cell.stepId !== undefined)
    .sort((a, b) => stepOrder.indexOf(a.stepId ?? '') - stepOrder.indexOf(b.stepId ?? ''))
  return own === undefined ? { steps } : { own, steps }
}

/** The command that puts `content` in a place, or empties it when `content` is undefined. */
export function setContent(place: CellPlace, content: CellContent | undefined, exists: boolean): MapCommand[] {
  if (content === undefined) return exists ? [{ type: 'clear-cell', ...place }] : []
  return [{ type: 'set-cell', ...place, content }]
}

/** The name of a step, for labels of step-level cells. */
export function stepName(map: JourneyMap, stepId: string | undefined): string | undefined {
  if (stepId === undefined) return undefined
  for (const stage of map.stages) for (const step of stage.steps) if (step.id === stepId) return step.name
  return stepId
}
