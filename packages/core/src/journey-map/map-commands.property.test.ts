import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyMapCommand } from './apply-map-command.js'
import { allowedCellContents, checkMapIntegrity } from './check-map-integrity.js'
import { deepFreeze, journeyMapFixture } from './journey-map.fixture.js'
import type { CellContent, EmotionLane, JourneyMap, Lane } from './journey-map.schema.js'
import { type MapCommand, MapCommandSchema, type MapCommandType } from './map-command.schema.js'
import { createMapHistory, executeMapCommand, type MapHistory, redo, undo } from './map-history.js'
import { JourneyMapSchema } from './parse-journey-map.js'

/** Node's global (core compiles without Node's types). */
declare function structuredClone<T>(value: T): T

const NUM_RUNS = 200
/** Fixed so the suite is deterministic; run with FC_SEED=<n> to explore other sequences. */
const SEED = Number(
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.FC_SEED ?? 20_260_501,
)
const MAX_COMMANDS = 25
/** An id that names nothing in any map these tests build. */
const GHOST = 'ghost'

// ——— what the current map holds ———

const isEmotionLane = (lane: Lane): lane is EmotionLane => lane.kind === 'emotion-curve'
const stageIds = (map: JourneyMap): string[] => map.stages.map((stage) => stage.id)
const stepIds = (map: JourneyMap): string[] => map.stages.flatMap((stage) => stage.steps.map((step) => step.id))
const stepsOfStage = (map: JourneyMap, stageId: string): string[] =>
  map.stages.find((stage) => stage.id === stageId)?.steps.map((step) => step.id) ?? []
const laneIds = (map: JourneyMap): string[] => map.lanes.map((lane) => lane.id)
const emotionLaneIds = (map: JourneyMap): string[] => map.lanes.filter(isEmotionLane).map((lane) => lane.id)
const curveIds = (map: JourneyMap, laneId: string): string[] =>
  map.lanes
    .filter(isEmotionLane)
    .find((lane) => lane.id === laneId)
    ?.curves.map((curve) => curve.id) ?? []

/** Every id the map declares, duplicates included, in one list (they share one namespace). */
function declaredIds(map: JourneyMap): string[] {
  return [
    ...map.phases.map((phase) => phase.id),
    ...stageIds(map),
    ...stepIds(map),
    ...laneIds(map),
    ...map.lanes.filter(isEmotionLane).flatMap((lane) => lane.curves.map((curve) => curve.id)),
    ...map.cells.flatMap((cell) => (cell.content.kind === 'cards' ? cell.content.cards.map((card) => card.id) : [])),
    ...map.touchpoints.map((touchpoint) => touchpoint.id),
    ...map.kpis.map((kpi) => kpi.id),
  ]
}

// ——— arbitraries of commands, drawn from the current map ———

/** An existing id most of the time, sometimes one that names nothing. */
const pick = (ids: readonly string[]): fc.Arbitrary<string> =>
  ids.length === 0
    ? fc.constant(GHOST)
    : fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 9 }, { arbitrary: fc.constant(GHOST), weight: 1 })

/** A requested id: mostly fresh, sometimes one already used. */
const requestedId = (map: JourneyMap): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: fc.constantFrom('new-a', 'new-b', 'new-c', 'new-d'), weight: 3 }, pick(declaredIds(map)))

/** Names whose derived ids collide with the fixture's, or with each other, or slugify to `item`. */
const name = fc.constantFrom(
  'Awareness',
  'Checkout',
  'Emotions',
  'Prise de conscience',
  'Après-vente',
  '!!!',
  'tp ad',
  'New',
)
const index = fc.nat({ max: 7 })

const place = (map: JourneyMap) =>
  pick(stageIds(map)).chain((stageId) =>
    fc.record(
      {
        stageId: fc.constant(stageId),
        stepId: fc.oneof({ arbitrary: pick(stepsOfStage(map, stageId)), weight: 3 }, pick(stepIds(map))),
      },
      { requiredKeys: ['stageId'] },
    ),
  )

const cellPlace = (map: JourneyMap) =>
  fc.tuple(pick(laneIds(map)), place(map)).map(([laneId, at]) => ({ laneId, ...at }))

/** The place of an existing cell most of the time, of any lane, stage and step otherwise. */
const filledCellPlace = (map: JourneyMap) =>
  map.cells.length === 0
    ? cellPlace(map)
    : fc.oneof(
        {
          arbitrary: fc.constantFrom(
            ...map.cells.map(({ laneId, stageId, stepId }) => ({
              laneId,
              stageId,
              ...(stepId === undefined ? {} : { stepId }),
            })),
          ),
          weight: 3,
        },
        cellPlace(map),
      )

const evidence = fc.record(
  {
    status: fc.constantFrom('assumption', 'observed', 'validated'),
    source: fc.constantFrom('interviews', 'web analytics'),
    date: fc.constant('2026-05-01'),
  },
  { requiredKeys: ['status'] },
)

const card = (map: JourneyMap) =>
  fc.record(
    {
      id: fc.oneof({ arbitrary: fc.constantFrom('card-a', 'card-b', 'card-c'), weight: 4 }, pick(declaredIds(map))),
      title: fc.constantFrom('Slow', 'Confusing'),
      severity: fc.integer({ min: 1, max: 3 }),
      impact: fc.constantFrom('low', 'medium', 'high'),
      stepIds: fc.array(pick(stepIds(map)), { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'title'] },
  )

const content = (map: JourneyMap): fc.Arbitrary<CellContent> =>
  fc.oneof(
    fc.record({ kind: fc.constant('text'), text: fc.constantFrom('', 'Searches') }),
    fc.record({ kind: fc.constant('list'), items: fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('cards'), cards: fc.array(card(map), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('channels'), channels: fc.subarray(['web', 'app', 'email', 'store'] as const) }),
    fc.record(
      {
        kind: fc.constant('objective'),
        objective: fc.constantFrom('cognitive', 'affective', 'conative'),
        text: fc.constant('Know us'),
      },
      { requiredKeys: ['kind', 'objective'] },
    ),
    fc.record({ kind: fc.constant('image'), url: fc.constant('https://img.test/a.png'), alt: fc.constant('A screen') }),
  )

const scale = fc
  .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }))
  .map(([min, span]) => ({ min, max: min + span }))

/** Values around the scales above, inside and outside, whole and fractional. */
const emotionValue = fc.oneof(fc.integer({ min: -6, max: 16 }), fc.double({ min: -6, max: 16, noNaN: true }))

const emotionCurve = (map: JourneyMap) =>
  fc
    .oneof({ arbitrary: pick(emotionLaneIds(map)), weight: 9 }, pick(laneIds(map)))
    .chain((laneId) => fc.record({ laneId: fc.constant(laneId), curveId: pick(curveIds(map, laneId)) }))

const personaId = fc.constantFrom('persona-anna', 'persona-bob', 'persona-carla')

const touchpointFields = (map: JourneyMap) =>
  fc
    .record(
      {
        at: place(map),
        name,
        channel: fc.constantFrom('web', 'email', 'store'),
        mode: fc.constantFrom('online', 'offline'),
        importance: fc.constantFrom('low', 'critical'),
        isRequired: fc.boolean(),
      },
      { requiredKeys: ['at', 'name', 'channel', 'mode'] },
    )
    .map(({ at, ...fields }) => ({ ...fields, ...at }))

const kpiScope = (map: JourneyMap) =>
  fc.oneof(
    fc.constant({ level: 'map' as const }),
    pick(stageIds(map)).map((stageId) => ({ level: 'stage' as const, stageId })),
    pick(map.touchpoints.map((touchpoint) => touchpoint.id)).map((touchpointId) => ({
      level: 'touchpoint' as const,
      touchpointId,
    })),
  )

const kpiFields = (map: JourneyMap) =>
  fc.record(
    {
      name,
      kind: fc.constantFrom('nps', 'conversion-rate', 'custom'),
      formula: fc.constant('a / b'),
      unit: fc.constantFrom('percent', 'score'),
      scale: fc
        .tuple(fc.integer({ min: -10, max: 10 }), fc.integer({ min: -10, max: 10 }))
        .map(([min, max]) => ({ min, max })),
      appliesTo: kpiScope(map),
      target: fc.integer({ min: 0, max: 100 }),
      direction: fc.constantFrom('higher-is-better', 'lower-is-better'),
    },
    { requiredKeys: ['name', 'kind', 'formula', 'unit', 'appliesTo', 'direction'] },
  )

type Builder<K extends MapCommandType> = (map: JourneyMap) => fc.Arbitrary<Extract<MapCommand, { type: K }>>

/** How to draw each command type from the current map; the compiler fails when a type is missing. */
const builders: { [K in MapCommandType]: Builder<K> } = {
  'set-details': () =>
    fc.record(
      {
        type: fc.constant('set-details'),
        title: name,
        objective: fc.constantFrom('', 'Why?'),
        owner: fc.constantFrom('CX', 'Growth'),
        locale: fc.constantFrom('fr', 'en-GB'),
        review: fc.record({ cadence: fc.constantFrom('monthly', 'yearly') }),
      },
      { requiredKeys: ['type'] },
    ),
  'set-type': () =>
    fc.record({ type: fc.constant('set-type'), mapType: fc.constantFrom('current', 'future', 'blueprint') }),
  'set-status': () =>
    fc.record({ type: fc.constant('set-status'), status: fc.constantFrom('draft', 'validated', 'archived') }),

  'add-phase': (map) =>
    fc.record(
      { type: fc.constant('add-phase'), name, id: requestedId(map), index },
      { requiredKeys: ['type', 'name'] },
    ),
  'rename-phase': (map) =>
    fc.record({ type: fc.constant('rename-phase'), phaseId: pick(map.phases.map((phase) => phase.id)), name }),
  'move-phase': (map) =>
    fc.record({ type: fc.constant('move-phase'), phaseId: pick(map.phases.map((phase) => phase.id)), toIndex: index }),
  'remove-phase': (map) =>
    fc.record({ type: fc.constant('remove-phase'), phaseId: pick(map.phases.map((phase) => phase.id)) }),

  'add-stage': (map) =>
    fc.record(
      {
        type: fc.constant('add-stage'),
        name,
        id: requestedId(map),
        index,
        phaseId: pick(map.phases.map((phase) => phase.id)),
        description: fc.constant('New stage'),
      },
      { requiredKeys: ['type', 'name'] },
    ),
  'rename-stage': (map) =>
    fc.record(
      { type: fc.constant('rename-stage'), stageId: pick(stageIds(map)), name, description: fc.constant('Renamed') },
      { requiredKeys: ['type', 'stageId', 'name'] },
    ),
  'set-stage-phase': (map) =>
    fc.record({
      type: fc.constant('set-stage-phase'),
      stageId: pick(stageIds(map)),
      phaseId: fc.option(pick(map.phases.map((phase) => phase.id)), { nil: null }),
    }),
  'move-stage': (map) => fc.record({ type: fc.constant('move-stage'), stageId: pick(stageIds(map)), toIndex: index }),
  'remove-stage': (map) => fc.record({ type: fc.constant('remove-stage'), stageId: pick(stageIds(map)) }),

  'add-step': (map) =>
    fc.record(
      { type: fc.constant('add-step'), stageId: pick(stageIds(map)), name, id: requestedId(map), index },
      { requiredKeys: ['type', 'stageId', 'name'] },
    ),
  'rename-step': (map) =>
    fc.record(
      { type: fc.constant('rename-step'), stepId: pick(stepIds(map)), name, description: fc.constant('Renamed') },
      { requiredKeys: ['type', 'stepId', 'name'] },
    ),
  'move-step': (map) =>
    fc.record({
      type: fc.constant('move-step'),
      stepId: pick(stepIds(map)),
      toStageId: pick(stageIds(map)),
      toIndex: index,
    }),
  'remove-step': (map) => fc.record({ type: fc.constant('remove-step'), stepId: pick(stepIds(map)) }),
  'set-moment-of-truth': (map) =>
    fc.record({ type: fc.constant('set-moment-of-truth'), stepId: pick(stepIds(map)), isMomentOfTruth: fc.boolean() }),

  'add-lane': (map) =>
    fc.record(
      {
        type: fc.constant('add-lane'),
        lane: fc.oneof(
          fc.record({
            kind: fc.constantFrom(
              'text',
              'thoughts',
              'pain-points',
              'ideas',
              'channels',
              'images',
              'communication-objective',
            ),
            title: name,
          }),
          fc.record({ kind: fc.constant('emotion-curve'), title: name, scale }),
          fc.record({
            kind: fc.constant('blueprint'),
            title: name,
            zone: fc.constantFrom('frontstage', 'support'),
            area: fc.constantFrom('people', 'technology'),
          }),
        ),
        id: requestedId(map),
        index,
      },
      { requiredKeys: ['type', 'lane'] },
    ),
  'rename-lane': (map) => fc.record({ type: fc.constant('rename-lane'), laneId: pick(laneIds(map)), title: name }),
  'move-lane': (map) => fc.record({ type: fc.constant('move-lane'), laneId: pick(laneIds(map)), toIndex: index }),
  'remove-lane': (map) => fc.record({ type: fc.constant('remove-lane'), laneId: pick(laneIds(map)) }),

  'set-cell': (map) =>
    fc
      .record(
        { at: cellPlace(map), content: content(map), fitting: fc.boolean(), evidence },
        { requiredKeys: ['at', 'content', 'fitting'] },
      )
      .chain(({ at, content: anyContent, fitting, ...rest }) => {
        const lane = map.lanes.find((candidate) => candidate.id === at.laneId)
        const allowed = lane === undefined ? [] : allowedCellContents(lane.kind)
        // half the time, content of a kind the lane holds (when it holds any)
        const fitted =
          fitting && allowed.length > 0 ? content(map).filter((c) => allowed.includes(c.kind)) : fc.constant(anyContent)
        return fitted.map((chosen) => ({ type: 'set-cell' as const, ...at, content: chosen, ...rest }))
      }),
  'set-cell-evidence': (map) =>
    fc
      .tuple(filledCellPlace(map), evidence)
      .map(([at, given]) => ({ type: 'set-cell-evidence' as const, ...at, evidence: given })),
  'clear-cell': (map) => filledCellPlace(map).map((at) => ({ type: 'clear-cell' as const, ...at })),

  'set-emotion-scale': (map) =>
    fc.record({ type: fc.constant('set-emotion-scale'), laneId: pick(emotionLaneIds(map)), scale }),
  'add-emotion-curve': (map) =>
    fc.record(
      {
        type: fc.constant('add-emotion-curve'),
        laneId: pick(emotionLaneIds(map)),
        label: name,
        state: fc.constantFrom('current', 'future'),
        personaId,
        id: requestedId(map),
      },
      { requiredKeys: ['type', 'laneId', 'label', 'state'] },
    ),
  'remove-emotion-curve': (map) =>
    emotionCurve(map).map((curve) => ({ type: 'remove-emotion-curve' as const, ...curve })),
  'set-emotion-point': (map) =>
    fc
      .record(
        { curve: emotionCurve(map), at: place(map), value: emotionValue, note: fc.constant('Note') },
        { requiredKeys: ['curve', 'at', 'value'] },
      )
      .map(({ curve, at, ...rest }) => ({ type: 'set-emotion-point' as const, ...curve, ...at, ...rest })),
  'remove-emotion-point': (map) =>
    emotionCurve(map).chain((curve) => {
      const points = map.lanes
        .filter(isEmotionLane)
        .flatMap((lane) => (lane.id === curve.laneId ? lane.curves : []))
        .flatMap((candidate) => (candidate.id === curve.curveId ? candidate.points : []))
      const existing = points.map(({ stageId, stepId }) => ({ stageId, ...(stepId === undefined ? {} : { stepId }) }))
      const at =
        existing.length === 0
          ? place(map)
          : fc.oneof({ arbitrary: fc.constantFrom(...existing), weight: 3 }, place(map))
      return at.map((where) => ({ type: 'remove-emotion-point' as const, ...curve, ...where }))
    }),
  'add-touchpoint': (map) =>
    fc.record(
      { type: fc.constant('add-touchpoint'), touchpoint: touchpointFields(map), id: requestedId(map) },
      { requiredKeys: ['type', 'touchpoint'] },
    ),
  'update-touchpoint': (map) =>
    fc.record({
      type: fc.constant('update-touchpoint'),
      touchpointId: pick(map.touchpoints.map((touchpoint) => touchpoint.id)),
      changes: fc.record(
        {
          name,
          channel: fc.constantFrom('web', 'phone'),
          stageId: pick(stageIds(map)),
          stepId: pick(stepIds(map)),
          importance: fc.constantFrom('medium', 'high'),
        },
        { requiredKeys: [] },
      ),
    }),
  'set-touchpoint-selector': (map) =>
    fc.record({
      type: fc.constant('set-touchpoint-selector'),
      touchpointId: pick(map.touchpoints.map((touchpoint) => touchpoint.id)),
      selector: fc.option(
        fc.record(
          {
            events: fc.constant(['Order Completed']),
            channels: fc.constant(['web' as const]),
            where: fc.constant([{ op: 'gt' as const, property: 'properties.total', value: 0 }]),
          },
          { requiredKeys: ['events'] },
        ),
        { nil: null },
      ),
    }),
  'remove-touchpoint': (map) =>
    fc.record({
      type: fc.constant('remove-touchpoint'),
      touchpointId: pick(map.touchpoints.map((touchpoint) => touchpoint.id)),
    }),

  'add-kpi': (map) =>
    fc.record(
      { type: fc.constant('add-kpi'), kpi: kpiFields(map), id: requestedId(map) },
      { requiredKeys: ['type', 'kpi'] },
    ),
  'update-kpi': (map) =>
    fc.record({
      type: fc.constant('update-kpi'),
      kpiId: pick(map.kpis.map((kpi) => kpi.id)),
      changes: kpiFields(map).chain((fields) => fc.subarray(Object.keys(fields)).map((keys) => subset(fields, keys))),
    }),
  'remove-kpi': (map) => fc.record({ type: fc.constant('remove-kpi'), kpiId: pick(map.kpis.map((kpi) => kpi.id)) }),

  'link-persona': () => fc.record({ type: fc.constant('link-persona'), personaId }),
  'unlink-persona': () => fc.record({ type: fc.constant('unlink-persona'), personaId }),
  'link-map': (map) =>
    fc.record({
      type: fc.constant('link-map'),
      link: fc.record(
        {
          mapId: fc.constantFrom('map-a', 'map-b', 'map-checkout-detail', 'map-onboarding'),
          relation: fc.constantFrom('zooms-into', 'related', 'next'),
          stageId: pick(stageIds(map)),
          label: fc.constant('See also'),
        },
        { requiredKeys: ['mapId', 'relation'] },
      ),
    }),
  'unlink-map': (map) =>
    fc.record({
      type: fc.constant('unlink-map'),
      mapId: fc.constantFrom('map-a', 'map-b', ...map.links.map((link) => link.mapId)),
    }),
}

function subset<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key))) as Partial<T>
}

const commandTypes = Object.keys(builders) as MapCommandType[]
const commandFor = (type: MapCommandType, map: JourneyMap): fc.Arbitrary<MapCommand> =>
  (builders[type] as (map: JourneyMap) => fc.Arbitrary<MapCommand>)(map)

/**
 * One step of a sequence: a command type and a seed. The command itself is drawn from the map the
 * step applies to (so its ids mostly exist), by sampling that type's arbitrary with the seed. This
 * keeps runs deterministic and fast; shrinking removes steps and simplifies types and seeds.
 */
interface Step {
  readonly type: MapCommandType
  readonly seed: number
}
const steps = fc.array(fc.record({ type: fc.constantFrom(...commandTypes), seed: fc.noBias(fc.integer()) }), {
  minLength: 1,
  maxLength: MAX_COMMANDS,
  size: 'max',
})

/** The command of a step on the current map; logged so a counterexample shows the real commands. */
function drawCommand(step: Step, map: JourneyMap, context: fc.ContextValue): MapCommand {
  const [command] = fc.sample(commandFor(step.type, map), { seed: step.seed, numRuns: 1 })
  if (command === undefined) throw new Error(`no ${step.type} command drawn`)
  context.log(JSON.stringify(command))
  return command
}

// ——— invariants ———

function expectUniqueIds(map: JourneyMap): void {
  const declared = declaredIds(map)
  const duplicates = declared.filter((id, i) => declared.indexOf(id) !== i)
  expect(duplicates).toEqual([])
}

/** Every cell, emotion point, touchpoint, KPI and link points at something that exists. */
function expectReferencesResolve(map: JourneyMap): void {
  const dangling: string[] = []
  const stepsByStage = new Map(map.stages.map((stage) => [stage.id, new Set(stage.steps.map((step) => step.id))]))
  const checkPlace = (what: string, stageId: string, stepId: string | undefined) => {
    const steps = stepsByStage.get(stageId)
    if (steps === undefined) dangling.push(`${what}: stage "${stageId}"`)
    else if (stepId !== undefined && !steps.has(stepId)) dangling.push(`${what}: step "${stepId}" in "${stageId}"`)
  }
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane]))
  for (const cell of map.cells) {
    const lane = lanes.get(cell.laneId)
    if (lane === undefined) dangling.push(`cell: lane "${cell.laneId}"`)
    else if (lane.kind === 'emotion-curve') dangling.push(`cell in emotion lane "${cell.laneId}"`)
    checkPlace('cell', cell.stageId, cell.stepId)
  }
  for (const lane of map.lanes.filter(isEmotionLane)) {
    for (const curve of lane.curves) {
      for (const point of curve.points) checkPlace(`point of ${curve.id}`, point.stageId, point.stepId)
      if (curve.personaId !== undefined && !map.personaIds.includes(curve.personaId)) {
        dangling.push(`curve ${curve.id}: persona "${curve.personaId}"`)
      }
    }
  }
  for (const touchpoint of map.touchpoints) checkPlace(touchpoint.id, touchpoint.stageId, touchpoint.stepId)
  const touchpointIds = new Set(map.touchpoints.map((touchpoint) => touchpoint.id))
  for (const kpi of map.kpis) {
    const scope = kpi.appliesTo
    if (scope.level === 'stage' && !stepsByStage.has(scope.stageId))
      dangling.push(`${kpi.id}: stage "${scope.stageId}"`)
    if (scope.level === 'touchpoint' && !touchpointIds.has(scope.touchpointId)) {
      dangling.push(`${kpi.id}: touchpoint "${scope.touchpointId}"`)
    }
  }
  for (const link of map.links) {
    if (link.stageId !== undefined && !stepsByStage.has(link.stageId))
      dangling.push(`link ${link.mapId}: stage "${link.stageId}"`)
  }
  expect(dangling).toEqual([])
}

function expectEmotionsInScale(map: JourneyMap): void {
  const offScale = map.lanes
    .filter(isEmotionLane)
    .flatMap((lane) => [
      ...(lane.scale.min < lane.scale.max ? [] : [`${lane.id}: scale ${lane.scale.min}…${lane.scale.max}`]),
      ...lane.curves.flatMap((curve) =>
        curve.points
          .filter((point) => !(point.value >= lane.scale.min && point.value <= lane.scale.max))
          .map((point) => `${curve.id}: ${point.value} off ${lane.scale.min}…${lane.scale.max}`),
      ),
    ])
  expect(offScale).toEqual([])
}

/** The items kept by a command, except the one it moves, are in the same relative order. */
function expectRelativeOrder(before: readonly string[], after: readonly string[], moved: string | undefined): void {
  const kept = (list: readonly string[], other: readonly string[]) =>
    list.filter((id) => id !== moved && other.includes(id))
  expect(kept(after, before)).toEqual(kept(before, after))
}

function expectOrdersKept(before: JourneyMap, after: JourneyMap, command: MapCommand): void {
  // ids are unique across the map, so the moved id only ever appears in the list it moves in
  const moved = movedIdOf(command)
  expectRelativeOrder(
    before.phases.map((phase) => phase.id),
    after.phases.map((phase) => phase.id),
    moved,
  )
  expectRelativeOrder(stageIds(before), stageIds(after), moved)
  expectRelativeOrder(laneIds(before), laneIds(after), moved)
  for (const stage of after.stages)
    expectRelativeOrder(stepsOfStage(before, stage.id), stepsOfStage(after, stage.id), moved)
  switch (command.type) {
    case 'move-phase':
      expect(after.phases[command.toIndex]?.id).toBe(command.phaseId)
      break
    case 'move-stage':
      expect(after.stages[command.toIndex]?.id).toBe(command.stageId)
      break
    case 'move-lane':
      expect(after.lanes[command.toIndex]?.id).toBe(command.laneId)
      break
    case 'move-step':
      expect(stepsOfStage(after, command.toStageId)[command.toIndex]).toBe(command.stepId)
      break
    default:
      break
  }
}

function movedIdOf(command: MapCommand): string | undefined {
  switch (command.type) {
    case 'move-phase':
      return command.phaseId
    case 'move-stage':
      return command.stageId
    case 'move-lane':
      return command.laneId
    case 'move-step':
      return command.stepId
    default:
      return undefined
  }
}

// ——— properties ———

describe('map commands, over random sequences', () => {
  it('keeps every map valid, refuses without changing anything, and keeps the order of what it does not move', () => {
    const outcomes: Partial<Record<MapCommandType, { applied: number; refused: number }>> = {}
    fc.assert(
      fc.property(steps, fc.context(), (sequence, context) => {
        let map = deepFreeze(journeyMapFixture())
        for (const step of sequence) {
          const command = drawCommand(step, map, context)
          expect(MapCommandSchema.safeParse(command).success).toBe(true)
          const snapshot = structuredClone(map)
          const result = applyMapCommand(map, command)
          const tally = outcomes[command.type] ?? { applied: 0, refused: 0 }
          outcomes[command.type] = tally
          if (!result.ok) {
            tally.refused++
            // (b) a refusal leaves the map as it was
            expect(map).toEqual(snapshot)
            continue
          }
          tally.applied++
          const next = deepFreeze(result.value)
          // (a) the result is a valid map
          expect(checkMapIntegrity(next)).toEqual([])
          expect(JourneyMapSchema.safeParse(next).success).toBe(true)
          // (c) (d) (e) checked independently of checkMapIntegrity
          expectUniqueIds(next)
          expectReferencesResolve(next)
          expectEmotionsInScale(next)
          // (f)
          expectOrdersKept(map, next, command)
          map = next
        }
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    )
    // the generator exercises every command type, and refusals in a useful proportion
    const tallies = Object.values(outcomes)
    const refused = tallies.reduce((sum, tally) => sum + tally.refused, 0)
    const applied = tallies.reduce((sum, tally) => sum + tally.applied, 0)
    for (const type of commandTypes) expect(outcomes[type]?.applied, `${type} applied`).toBeGreaterThan(0)
    expect(refused / (refused + applied)).toBeGreaterThan(0.1)
    expect(refused / (refused + applied)).toBeLessThan(0.6)
  })

  it('never refuses an edit of the structure as an invalid map: cascades keep references whole', () => {
    // Only commands that carry references from the user may break integrity and be refused for it.
    const carryReferences: MapCommandType[] = ['set-cell', 'add-kpi', 'update-kpi', 'link-map']
    fc.assert(
      fc.property(steps, fc.context(), (sequence, context) => {
        let map = deepFreeze(journeyMapFixture())
        for (const step of sequence) {
          const command = drawCommand(step, map, context)
          const result = applyMapCommand(map, command)
          if (result.ok) map = deepFreeze(result.value)
          else if (!carryReferences.includes(command.type)) {
            expect(result.error.code, command.type).not.toBe('invalid-map')
          }
        }
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    )
  })

  it('gives the same result for the same command on the same map', () => {
    fc.assert(
      fc.property(steps, fc.context(), (sequence, context) => {
        let map = deepFreeze(journeyMapFixture())
        for (const step of sequence) {
          const command = drawCommand(step, map, context)
          const first = applyMapCommand(map, command)
          expect(applyMapCommand(map, command)).toEqual(first)
          if (first.ok) map = deepFreeze(first.value)
        }
      }),
      { numRuns: NUM_RUNS / 2, seed: SEED },
    )
  })

  it('undoes any sequence of edits back to each earlier map, newest first, and redoes them in order', () => {
    fc.assert(
      fc.property(steps, fc.context(), (sequence, context) => {
        let history: MapHistory = createMapHistory(deepFreeze(journeyMapFixture()))
        const maps: JourneyMap[] = [structuredClone(history.present)]
        for (const step of sequence) {
          const command = drawCommand(step, history.present, context)
          const result = executeMapCommand(history, command)
          if (!result.ok) continue
          if (result.value === history) {
            // a command that changes nothing records nothing
            expect(applyMapCommand(history.present, command)).toEqual({ ok: true, value: history.present })
            continue
          }
          history = result.value
          deepFreeze(history.present)
          maps.push(structuredClone(history.present))
        }
        expect(history.past).toHaveLength(maps.length - 1)
        expect(history.present).toEqual(maps.at(-1))

        for (let i = maps.length - 2; i >= 0; i--) {
          history = undo(history)
          expect(history.present).toEqual(maps[i])
        }
        expect(undo(history)).toBe(history)

        for (let i = 1; i < maps.length; i++) {
          history = redo(history)
          expect(history.present).toEqual(maps[i])
        }
        expect(redo(history)).toBe(history)
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    )
  })
})
