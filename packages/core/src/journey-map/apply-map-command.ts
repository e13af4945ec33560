import { slugify, uniqueId } from '../shared/ids.js'
import { type DocumentProblem, problemsFromZod } from '../shared/problems.js'
import { assertNever, err, ok, type Result } from '../shared/result.js'
import { describeContentMisfit } from './check-map-integrity.js'
import type { Cell, EmotionLane, EmotionPoint, JourneyMap, Lane, Stage, Step } from './journey-map.schema.js'
import type { MapCommand } from './map-command.schema.js'
import { JourneyMapSchema } from './parse-journey-map.js'

/** Why a command was refused; the map is left as it was. */
export type MapCommandError =
  | { readonly code: 'not-found'; readonly entity: string; readonly id: string }
  | { readonly code: 'duplicate-id'; readonly id: string }
  | { readonly code: 'invalid-index'; readonly index: number; readonly max: number }
  | { readonly code: 'out-of-scale'; readonly value: number; readonly min: number; readonly max: number }
  | { readonly code: 'invalid-content'; readonly message: string }
  | { readonly code: 'in-use'; readonly message: string }
  | { readonly code: 'invalid-map'; readonly problems: readonly DocumentProblem[] }

type Applied = Result<JourneyMap, MapCommandError>

/**
 * Applies one designer edit to a map and returns the new map; the input is never changed. A command
 * that would break the map (a dangling reference, a value off its scale) is refused with a reason.
 *
 * @example applyMapCommand(map, { type: 'rename-stage', stageId: 'awareness', name: 'Découverte' })
 */
export function applyMapCommand(map: JourneyMap, command: MapCommand): Applied {
  const result = apply(map, command)
  if (!result.ok || result.value === map) return result
  const checked = JourneyMapSchema.safeParse(result.value)
  return checked.success ? result : err({ code: 'invalid-map', problems: problemsFromZod(checked.error) })
}

/** A one-line English description of a refusal, for logs, the CLI and problem+json `detail`. */
export function describeMapCommandError(error: MapCommandError): string {
  switch (error.code) {
    case 'not-found':
      return `no ${error.entity} with id "${error.id}"`
    case 'duplicate-id':
      return `id "${error.id}" is already used in this map`
    case 'invalid-index':
      return `index ${error.index} is out of range (0…${error.max})`
    case 'out-of-scale':
      return `${error.value} is outside the scale ${error.min}…${error.max}`
    case 'invalid-content':
    case 'in-use':
      return error.message
    case 'invalid-map':
      return error.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')
    default:
      return assertNever(error)
  }
}

function apply(map: JourneyMap, command: MapCommand): Applied {
  switch (command.type) {
    case 'set-details': {
      const { type: _type, ...details } = command
      return ok({ ...map, ...definedOnly(details) })
    }
    case 'set-type':
      return ok({ ...map, type: command.mapType })
    case 'set-status':
      return ok({ ...map, status: command.status })

    case 'add-phase':
      return withNewId(map, command.id, command.name, (id) =>
        insertAt(map.phases, { id, name: command.name }, command.index).map((phases) => ({ ...map, phases })),
      )
    case 'rename-phase':
      return updateIn(map, 'phases', 'phase', command.phaseId, (phase) => ({ ...phase, name: command.name }))
    case 'move-phase':
      return moveIn(map, 'phases', 'phase', command.phaseId, command.toIndex)
    case 'remove-phase': {
      if (!map.phases.some((phase) => phase.id === command.phaseId)) return notFound('phase', command.phaseId)
      return ok({
        ...map,
        phases: map.phases.filter((phase) => phase.id !== command.phaseId),
        stages: map.stages.map((stage) => (stage.phaseId === command.phaseId ? withoutPhase(stage) : stage)),
      })
    }

    case 'add-stage': {
      if (command.phaseId !== undefined && !map.phases.some((phase) => phase.id === command.phaseId)) {
        return notFound('phase', command.phaseId)
      }
      return withNewId(map, command.id, command.name, (id) => {
        const stage: Stage = {
          id,
          name: command.name,
          ...(command.description === undefined ? {} : { description: command.description }),
          ...(command.phaseId === undefined ? {} : { phaseId: command.phaseId }),
          steps: [],
        }
        return insertAt(map.stages, stage, command.index).map((stages) => ({ ...map, stages }))
      })
    }
    case 'rename-stage':
      return updateIn(map, 'stages', 'stage', command.stageId, (stage) => ({
        ...stage,
        name: command.name,
        ...(command.description === undefined ? {} : { description: command.description }),
      }))
    case 'set-stage-phase': {
      const { phaseId } = command
      if (phaseId !== null && !map.phases.some((phase) => phase.id === phaseId)) return notFound('phase', phaseId)
      return updateIn(map, 'stages', 'stage', command.stageId, (stage) =>
        phaseId === null ? withoutPhase(stage) : { ...stage, phaseId },
      )
    }
    case 'move-stage':
      return moveIn(map, 'stages', 'stage', command.stageId, command.toIndex)
    case 'remove-stage':
      return removeStage(map, command.stageId)

    case 'add-step': {
      const stage = map.stages.find((candidate) => candidate.id === command.stageId)
      if (stage === undefined) return notFound('stage', command.stageId)
      return withNewId(map, command.id, command.name, (id) =>
        insertAt(stage.steps, { id, name: command.name }, command.index).map((steps) => ({
          ...map,
          stages: replaceById(map.stages, { ...stage, steps }),
        })),
      )
    }
    case 'rename-step':
      return updateStep(map, command.stepId, (step) => ({
        ...step,
        name: command.name,
        ...(command.description === undefined ? {} : { description: command.description }),
      }))
    case 'set-moment-of-truth':
      return updateStep(map, command.stepId, (step) => ({ ...step, isMomentOfTruth: command.isMomentOfTruth }))
    case 'move-step':
      return moveStep(map, command.stepId, command.toStageId, command.toIndex)
    case 'remove-step':
      return removeStep(map, command.stepId)

    case 'add-lane':
      return withNewId(map, command.id, command.lane.title, (id) => {
        const lane: Lane =
          command.lane.kind === 'emotion-curve' ? { ...command.lane, id, curves: [] } : { ...command.lane, id }
        return insertAt(map.lanes, lane, command.index).map((lanes) => ({ ...map, lanes }))
      })
    case 'rename-lane':
      return updateIn(map, 'lanes', 'lane', command.laneId, (lane) => ({ ...lane, title: command.title }))
    case 'move-lane':
      return moveIn(map, 'lanes', 'lane', command.laneId, command.toIndex)
    case 'remove-lane': {
      if (!map.lanes.some((lane) => lane.id === command.laneId)) return notFound('lane', command.laneId)
      return ok({
        ...map,
        lanes: map.lanes.filter((lane) => lane.id !== command.laneId),
        cells: map.cells.filter((cell) => cell.laneId !== command.laneId),
      })
    }

    case 'set-cell': {
      const lane = map.lanes.find((candidate) => candidate.id === command.laneId)
      if (lane === undefined) return notFound('lane', command.laneId)
      const misfit = describeContentMisfit(lane.kind, command.content.kind)
      if (misfit !== undefined) return err({ code: 'invalid-content', message: misfit })
      const placeError = checkPlace(map, command.stageId, command.stepId)
      if (placeError !== undefined) return err(placeError)
      const existing = findCell(map, command)
      const evidence = command.evidence ?? existing?.evidence
      const cell: Cell = {
        laneId: command.laneId,
        stageId: command.stageId,
        ...(command.stepId === undefined ? {} : { stepId: command.stepId }),
        content: command.content,
        ...(evidence === undefined ? {} : { evidence }),
      }
      const cells = existing === undefined ? [...map.cells, cell] : map.cells.map((c) => (c === existing ? cell : c))
      return ok({ ...map, cells })
    }
    case 'set-cell-evidence': {
      const existing = findCell(map, command)
      if (existing === undefined) return notFound('cell', placeName(command))
      return ok({ ...map, cells: map.cells.map((c) => (c === existing ? { ...c, evidence: command.evidence } : c)) })
    }
    case 'clear-cell': {
      const existing = findCell(map, command)
      if (existing === undefined) return notFound('cell', placeName(command))
      return ok({ ...map, cells: map.cells.filter((c) => c !== existing) })
    }

    case 'set-emotion-scale':
      return updateEmotionLane(map, command.laneId, (lane) => ok(rescaleEmotionLane(lane, command.scale)))
    case 'add-emotion-curve': {
      const { personaId } = command
      if (personaId !== undefined && !map.personaIds.includes(personaId)) {
        return notFound('linked persona', personaId)
      }
      return withNewId(map, command.id, command.label, (id) =>
        updateEmotionLane(map, command.laneId, (lane) =>
          ok({
            ...lane,
            curves: [
              ...lane.curves,
              {
                id,
                label: command.label,
                state: command.state,
                ...(personaId === undefined ? {} : { personaId }),
                points: [],
              },
            ],
          }),
        ),
      )
    }
    case 'remove-emotion-curve':
      return updateEmotionLane(map, command.laneId, (lane) =>
        lane.curves.some((curve) => curve.id === command.curveId)
          ? ok({ ...lane, curves: lane.curves.filter((curve) => curve.id !== command.curveId) })
          : notFound('emotion curve', command.curveId),
      )
    case 'set-emotion-point': {
      const placeError = checkPlace(map, command.stageId, command.stepId)
      if (placeError !== undefined) return err(placeError)
      return updateEmotionCurve(map, command.laneId, command.curveId, (points, scale) => {
        if (command.value < scale.min || command.value > scale.max) {
          return err({ code: 'out-of-scale', value: command.value, min: scale.min, max: scale.max })
        }
        const point: EmotionPoint = {
          stageId: command.stageId,
          ...(command.stepId === undefined ? {} : { stepId: command.stepId }),
          value: command.value,
          ...(command.note === undefined ? {} : { note: command.note }),
        }
        const at = points.findIndex((p) => p.stageId === command.stageId && p.stepId === command.stepId)
        return ok(at === -1 ? [...points, point] : points.map((p, i) => (i === at ? point : p)))
      })
    }
    case 'remove-emotion-point':
      return updateEmotionCurve(map, command.laneId, command.curveId, (points) => {
        const kept = points.filter((p) => !(p.stageId === command.stageId && p.stepId === command.stepId))
        return kept.length === points.length ? notFound('emotion point', placeName(command)) : ok(kept)
      })

    case 'add-touchpoint': {
      const placeError = checkPlace(map, command.touchpoint.stageId, command.touchpoint.stepId)
      if (placeError !== undefined) return err(placeError)
      return withNewId(map, command.id, command.touchpoint.name, (id) =>
        ok({ ...map, touchpoints: [...map.touchpoints, { id, ...command.touchpoint }] }),
      )
    }
    case 'update-touchpoint': {
      const touchpoint = map.touchpoints.find((candidate) => candidate.id === command.touchpointId)
      if (touchpoint === undefined) return notFound('touchpoint', command.touchpointId)
      const updated = { ...touchpoint, ...definedOnly(command.changes) }
      const isNewStage = command.changes.stageId !== undefined && command.changes.stageId !== touchpoint.stageId
      if (isNewStage && command.changes.stepId === undefined) delete updated.stepId
      const placeError = checkPlace(map, updated.stageId, updated.stepId)
      if (placeError !== undefined) return err(placeError)
      return ok({ ...map, touchpoints: replaceById(map.touchpoints, updated) })
    }
    case 'set-touchpoint-selector': {
      const { selector } = command
      return updateIn(map, 'touchpoints', 'touchpoint', command.touchpointId, (touchpoint) => {
        if (selector !== null) return { ...touchpoint, selector }
        const { selector: _removed, ...unbound } = touchpoint
        return unbound
      })
    }
    case 'remove-touchpoint': {
      if (!map.touchpoints.some((tp) => tp.id === command.touchpointId)) {
        return notFound('touchpoint', command.touchpointId)
      }
      return ok({
        ...map,
        touchpoints: map.touchpoints.filter((tp) => tp.id !== command.touchpointId),
        kpis: map.kpis.filter(
          (kpi) => !(kpi.appliesTo.level === 'touchpoint' && kpi.appliesTo.touchpointId === command.touchpointId),
        ),
      })
    }

    case 'add-kpi':
      return withNewId(map, command.id, command.kpi.name, (id) =>
        ok({ ...map, kpis: [...map.kpis, { id, ...command.kpi }] }),
      )
    case 'update-kpi':
      return updateIn(map, 'kpis', 'KPI', command.kpiId, (kpi) => ({ ...kpi, ...definedOnly(command.changes) }))
    case 'remove-kpi': {
      if (!map.kpis.some((kpi) => kpi.id === command.kpiId)) return notFound('KPI', command.kpiId)
      return ok({ ...map, kpis: map.kpis.filter((kpi) => kpi.id !== command.kpiId) })
    }

    case 'link-persona':
      return map.personaIds.includes(command.personaId)
        ? ok(map)
        : ok({ ...map, personaIds: [...map.personaIds, command.personaId] })
    case 'unlink-persona': {
      if (!map.personaIds.includes(command.personaId)) return notFound('linked persona', command.personaId)
      const curve = map.lanes
        .flatMap((lane) => (lane.kind === 'emotion-curve' ? lane.curves : []))
        .find((candidate) => candidate.personaId === command.personaId)
      if (curve !== undefined) {
        return err({
          code: 'in-use',
          message: `emotion curve "${curve.id}" is drawn for persona "${command.personaId}"`,
        })
      }
      return ok({ ...map, personaIds: map.personaIds.filter((id) => id !== command.personaId) })
    }
    case 'link-map': {
      const links = map.links.filter((link) => link.mapId !== command.link.mapId)
      return ok({ ...map, links: [...links, command.link] })
    }
    case 'unlink-map': {
      if (!map.links.some((link) => link.mapId === command.mapId)) return notFound('map link', command.mapId)
      return ok({ ...map, links: map.links.filter((link) => link.mapId !== command.mapId) })
    }
    default:
      return assertNever(command)
  }
}

// ——— helpers of this module ———

interface Identified {
  readonly id: string
}

type ListKey = 'phases' | 'stages' | 'lanes' | 'touchpoints' | 'kpis'
type ListItem<K extends ListKey> = JourneyMap[K][number]

const notFound = (entity: string, id: string) => err({ code: 'not-found' as const, entity, id })

/** Drops the keys whose value is undefined, so optional changes never erase a field by accident. */
function definedOnly<T extends object>(changes: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>
  }
}

/** Every id in use in the map (they share one namespace, so references are never ambiguous). */
export function idsInUse(map: JourneyMap): Set<string> {
  const ids = new Set<string>()
  for (const phase of map.phases) ids.add(phase.id)
  for (const stage of map.stages) {
    ids.add(stage.id)
    for (const step of stage.steps) ids.add(step.id)
  }
  for (const lane of map.lanes) {
    ids.add(lane.id)
    if (lane.kind === 'emotion-curve') for (const curve of lane.curves) ids.add(curve.id)
  }
  for (const cell of map.cells)
    if (cell.content.kind === 'cards') for (const card of cell.content.cards) ids.add(card.id)
  for (const touchpoint of map.touchpoints) ids.add(touchpoint.id)
  for (const kpi of map.kpis) ids.add(kpi.id)
  return ids
}

function withNewId(
  map: JourneyMap,
  requested: string | undefined,
  name: string,
  build: (id: string) => Applied,
): Applied {
  const taken = idsInUse(map)
  if (requested !== undefined)
    return taken.has(requested) ? err({ code: 'duplicate-id', id: requested }) : build(requested)
  return build(uniqueId(slugify(name), taken))
}

/** A small Result-like wrapper so inserts read as `insertAt(list, item, index).map(...)`. */
function insertAt<T>(list: readonly T[], item: T, index: number | undefined) {
  const at = index ?? list.length
  return {
    map(next: (items: T[]) => JourneyMap): Applied {
      if (at > list.length) return err({ code: 'invalid-index', index: at, max: list.length })
      return ok(next([...list.slice(0, at), item, ...list.slice(at)]))
    },
  }
}

function moveTo<T>(list: readonly T[], from: number, to: number): T[] {
  const items = [...list]
  const [item] = items.splice(from, 1)
  if (item !== undefined) items.splice(to, 0, item)
  return items
}

function replaceById<T extends Identified>(list: readonly T[], item: T): T[] {
  return list.map((candidate) => (candidate.id === item.id ? item : candidate))
}

function updateIn<K extends ListKey>(
  map: JourneyMap,
  key: K,
  entity: string,
  id: string,
  update: (item: ListItem<K>) => ListItem<K>,
): Applied {
  const list = map[key] as readonly ListItem<K>[]
  const item = list.find((candidate) => candidate.id === id)
  if (item === undefined) return notFound(entity, id)
  return ok({ ...map, [key]: replaceById(list, update(item)) })
}

function moveIn<K extends ListKey>(map: JourneyMap, key: K, entity: string, id: string, toIndex: number): Applied {
  const list = map[key] as readonly ListItem<K>[]
  const from = list.findIndex((candidate) => candidate.id === id)
  if (from === -1) return notFound(entity, id)
  if (toIndex >= list.length) return err({ code: 'invalid-index', index: toIndex, max: list.length - 1 })
  return ok({ ...map, [key]: moveTo(list, from, toIndex) })
}

function withoutPhase(stage: Stage): Stage {
  const { phaseId: _removed, ...rest } = stage
  return rest
}

function findStageOfStep(map: JourneyMap, stepId: string): Stage | undefined {
  return map.stages.find((stage) => stage.steps.some((step) => step.id === stepId))
}

function updateStep(map: JourneyMap, stepId: string, update: (step: Step) => Step): Applied {
  const stage = findStageOfStep(map, stepId)
  if (stage === undefined) return notFound('step', stepId)
  const steps = stage.steps.map((step) => (step.id === stepId ? update(step) : step))
  return ok({ ...map, stages: replaceById(map.stages, { ...stage, steps }) })
}

function checkPlace(map: JourneyMap, stageId: string, stepId: string | undefined): MapCommandError | undefined {
  const stage = map.stages.find((candidate) => candidate.id === stageId)
  if (stage === undefined) return { code: 'not-found', entity: 'stage', id: stageId }
  if (stepId !== undefined && !stage.steps.some((step) => step.id === stepId)) {
    return { code: 'not-found', entity: `step in stage "${stageId}"`, id: stepId }
  }
  return undefined
}

interface Place {
  readonly laneId: string
  readonly stageId: string
  readonly stepId?: string | undefined
}

function findCell(map: JourneyMap, place: Place): Cell | undefined {
  return map.cells.find(
    (cell) => cell.laneId === place.laneId && cell.stageId === place.stageId && cell.stepId === place.stepId,
  )
}

function placeName(place: { readonly stageId: string; readonly stepId?: string | undefined }): string {
  return place.stepId === undefined ? place.stageId : `${place.stageId}/${place.stepId}`
}

/** Removes a stage with everything that hangs on it: steps, cells, emotion points, touchpoints and their KPIs. */
function removeStage(map: JourneyMap, stageId: string): Applied {
  if (!map.stages.some((stage) => stage.id === stageId)) return notFound('stage', stageId)
  const touchpointIds = new Set(map.touchpoints.filter((tp) => tp.stageId === stageId).map((tp) => tp.id))
  const removedSteps = new Set(map.stages.find((stage) => stage.id === stageId)?.steps.map((step) => step.id))
  return ok({
    ...map,
    stages: map.stages.filter((stage) => stage.id !== stageId),
    cells: forgetSteps(
      map.cells.filter((cell) => cell.stageId !== stageId),
      removedSteps,
    ),
    lanes: map.lanes.map((lane) => mapEmotionPoints(lane, (points) => points.filter((p) => p.stageId !== stageId))),
    touchpoints: map.touchpoints.filter((tp) => !touchpointIds.has(tp.id)),
    kpis: map.kpis.filter(
      (kpi) =>
        !(kpi.appliesTo.level === 'stage' && kpi.appliesTo.stageId === stageId) &&
        !(kpi.appliesTo.level === 'touchpoint' && touchpointIds.has(kpi.appliesTo.touchpointId)),
    ),
    links: map.links.map((link) => {
      if (link.stageId !== stageId) return link
      const { stageId: _removed, ...rest } = link
      return rest
    }),
  })
}

/** Removes a step with its cells and emotion points; its touchpoints stay on the stage, cards forget it. */
function removeStep(map: JourneyMap, stepId: string): Applied {
  const stage = findStageOfStep(map, stepId)
  if (stage === undefined) return notFound('step', stepId)
  return ok({
    ...map,
    stages: replaceById(map.stages, { ...stage, steps: stage.steps.filter((step) => step.id !== stepId) }),
    lanes: map.lanes.map((lane) => mapEmotionPoints(lane, (points) => points.filter((p) => p.stepId !== stepId))),
    touchpoints: map.touchpoints.map((tp) => {
      if (tp.stepId !== stepId) return tp
      const { stepId: _removed, ...rest } = tp
      return rest
    }),
    cells: forgetSteps(
      map.cells.filter((cell) => cell.stepId !== stepId),
      new Set([stepId]),
    ),
  })
}

/** Cards stop naming removed steps. */
function forgetSteps(cells: readonly Cell[], removed: ReadonlySet<string>): Cell[] {
  return cells.map((cell) =>
    cell.content.kind === 'cards'
      ? {
          ...cell,
          content: {
            ...cell.content,
            cards: cell.content.cards.map((card) =>
              card.stepIds === undefined ? card : { ...card, stepIds: card.stepIds.filter((id) => !removed.has(id)) },
            ),
          },
        }
      : cell,
  )
}

/** Moves a step inside its stage or to another one; its cells, points and touchpoints follow it. */
function moveStep(map: JourneyMap, stepId: string, toStageId: string, toIndex: number): Applied {
  const from = findStageOfStep(map, stepId)
  if (from === undefined) return notFound('step', stepId)
  const target = map.stages.find((stage) => stage.id === toStageId)
  if (target === undefined) return notFound('stage', toStageId)
  const step = from.steps.find((candidate) => candidate.id === stepId) as Step
  if (from.id === target.id) {
    if (toIndex >= from.steps.length) return err({ code: 'invalid-index', index: toIndex, max: from.steps.length - 1 })
    const steps = moveTo(from.steps, from.steps.indexOf(step), toIndex)
    return ok({ ...map, stages: replaceById(map.stages, { ...from, steps }) })
  }
  if (toIndex > target.steps.length) return err({ code: 'invalid-index', index: toIndex, max: target.steps.length })
  const stages = map.stages.map((stage) => {
    if (stage.id === from.id) return { ...stage, steps: stage.steps.filter((s) => s.id !== stepId) }
    if (stage.id === target.id)
      return { ...stage, steps: [...stage.steps.slice(0, toIndex), step, ...stage.steps.slice(toIndex)] }
    return stage
  })
  const follow = <T extends { readonly stageId: string; readonly stepId?: string | undefined }>(item: T): T =>
    item.stepId === stepId ? { ...item, stageId: toStageId } : item
  return ok({
    ...map,
    stages,
    cells: map.cells.map(follow),
    touchpoints: map.touchpoints.map(follow),
    lanes: map.lanes.map((lane) => mapEmotionPoints(lane, (points) => points.map(follow))),
  })
}

function mapEmotionPoints(lane: Lane, update: (points: readonly EmotionPoint[]) => EmotionPoint[]): Lane {
  if (lane.kind !== 'emotion-curve') return lane
  return { ...lane, curves: lane.curves.map((curve) => ({ ...curve, points: update(curve.points) })) }
}

function updateEmotionLane(
  map: JourneyMap,
  laneId: string,
  update: (lane: EmotionLane) => Result<EmotionLane, MapCommandError>,
): Applied {
  const lane = map.lanes.find((candidate) => candidate.id === laneId)
  if (lane === undefined) return notFound('lane', laneId)
  if (lane.kind !== 'emotion-curve') return notFound('emotion-curve lane', laneId)
  const updated = update(lane)
  return updated.ok ? ok({ ...map, lanes: replaceById<Lane>(map.lanes, updated.value) }) : updated
}

function updateEmotionCurve(
  map: JourneyMap,
  laneId: string,
  curveId: string,
  update: (points: readonly EmotionPoint[], scale: EmotionLane['scale']) => Result<EmotionPoint[], MapCommandError>,
): Applied {
  return updateEmotionLane(map, laneId, (lane) => {
    const curve = lane.curves.find((candidate) => candidate.id === curveId)
    if (curve === undefined) return err({ code: 'not-found', entity: 'emotion curve', id: curveId })
    const points = update(curve.points, lane.scale)
    if (!points.ok) return points
    return ok({ ...lane, curves: lane.curves.map((c) => (c.id === curveId ? { ...c, points: points.value } : c)) })
  })
}

/** Changes an emotion lane's scale and maps every point linearly onto it (−2…+2 → 1…5 turns 0 into 3). */
export function rescaleEmotionLane(lane: EmotionLane, scale: EmotionLane['scale']): EmotionLane {
  const factor = (scale.max - scale.min) / (lane.scale.max - lane.scale.min)
  const rescale = (value: number) => {
    const mapped = scale.min + (value - lane.scale.min) * factor
    return Math.min(scale.max, Math.max(scale.min, Math.round(mapped * 1000) / 1000))
  }
  return {
    ...lane,
    scale,
    curves: lane.curves.map((curve) => ({
      ...curve,
      points: curve.points.map((point) => ({ ...point, value: rescale(point.value) })),
    })),
  }
}
