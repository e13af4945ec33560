import type { JourneyMap, MapCommand, Stage } from '@parcours/core'

/** Consecutive stages that share a phase (or have none): one block of the phase row. */
export interface PhaseRun {
  readonly phaseId?: string
  readonly stages: readonly Stage[]
}

/** The map's stages cut into runs of the same phase, left to right. */
export function phaseRuns(map: JourneyMap): PhaseRun[] {
  const runs: { phaseId?: string; stages: Stage[] }[] = []
  for (const stage of map.stages) {
    const last = runs.at(-1)
    if (last !== undefined && last.phaseId === stage.phaseId) last.stages.push(stage)
    else runs.push({ ...(stage.phaseId === undefined ? {} : { phaseId: stage.phaseId }), stages: [stage] })
  }
  return runs
}

/** The move commands that turn the order `from` into the order `to` (same ids), applied in sequence. */
export function reorderCommands(
  from: readonly string[],
  to: readonly string[],
  command: (id: string, toIndex: number) => MapCommand,
): MapCommand[] {
  const order = [...from]
  const commands: MapCommand[] = []
  to.forEach((id, target) => {
    const at = order.indexOf(id)
    if (at === target || at === -1) return
    order.splice(at, 1)
    order.splice(target, 0, id)
    commands.push(command(id, target))
  })
  return commands
}

/**
 * Moves a phase's block of stages to where run `toRun` is (its stages move with it), and puts the
 * phases list in the new left-to-right order. Returns no command when nothing would change.
 */
export function movePhaseCommands(map: JourneyMap, phaseId: string, toRun: number): MapCommand[] {
  const runs = phaseRuns(map)
  const from = runs.findIndex((run) => run.phaseId === phaseId)
  if (from === -1 || toRun < 0 || toRun >= runs.length || toRun === from) return []
  const reordered = [...runs]
  const [moved] = reordered.splice(from, 1)
  if (moved === undefined) return []
  reordered.splice(toRun, 0, moved)
  const stageOrder = reordered.flatMap((run) => run.stages.map((stage) => stage.id))
  const seen = [...new Set(reordered.flatMap((run) => (run.phaseId === undefined ? [] : [run.phaseId])))]
  const phaseOrder = [...seen, ...map.phases.map((phase) => phase.id).filter((id) => !seen.includes(id))]
  return [
    ...reorderCommands(
      map.stages.map((stage) => stage.id),
      stageOrder,
      (stageId, toIndex) => ({ type: 'move-stage', stageId, toIndex }),
    ),
    ...reorderCommands(
      map.phases.map((phase) => phase.id),
      phaseOrder,
      (id, toIndex) => ({ type: 'move-phase', phaseId: id, toIndex }),
    ),
  ]
}
