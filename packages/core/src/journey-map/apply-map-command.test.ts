import { describe, expect, it } from 'vitest'
import type { EventSelector } from '../events/event-selector.schema.js'
import { applyMapCommand, describeMapCommandError, type MapCommandError } from './apply-map-command.js'
import { checkMapIntegrity } from './check-map-integrity.js'
import { deepFreeze, journeyMapFixture } from './journey-map.fixture.js'
import type { EmotionLane, EmotionPoint, JourneyMap, Stage } from './journey-map.schema.js'
import type { MapCommand, MapCommandType } from './map-command.schema.js'
import { JourneyMapSchema } from './parse-journey-map.js'

// ——— helpers ———

/** Node's global (core compiles without Node's types). */
declare function structuredClone<T>(value: T): T

/**
 * Applies a command that must succeed to a deep-frozen copy of `map` (the fixture by default),
 * checks the input was left as it was and the result is a valid map, and returns the result.
 */
function applied(command: MapCommand, map: JourneyMap = journeyMapFixture()): JourneyMap {
  const before = structuredClone(map)
  const result = applyMapCommand(deepFreeze(map), command)
  expect(map).toEqual(before)
  if (!result.ok) throw new Error(`"${command.type}" was refused: ${describeMapCommandError(result.error)}`)
  expect(checkMapIntegrity(result.value)).toEqual([])
  return result.value
}

/** Applies a command that must be refused, checks the input was left as it was, and returns the reason. */
function refused(command: MapCommand, map: JourneyMap = journeyMapFixture()): MapCommandError {
  const before = structuredClone(map)
  const result = applyMapCommand(deepFreeze(map), command)
  expect(map).toEqual(before)
  if (result.ok) throw new Error(`"${command.type}" was accepted but should have been refused`)
  return result.error
}

/** Applies commands one after the other, each of which must succeed. */
function appliedAll(commands: readonly MapCommand[], map: JourneyMap = journeyMapFixture()): JourneyMap {
  return commands.reduce((current, command) => applied(command, current), map)
}

const ids = (list: readonly { readonly id: string }[]): string[] => list.map((item) => item.id)

function stageById(map: JourneyMap, stageId: string): Stage {
  const stage = map.stages.find((candidate) => candidate.id === stageId)
  if (stage === undefined) throw new Error(`no stage "${stageId}"`)
  return stage
}

const stepIdsOf = (map: JourneyMap, stageId: string): string[] => ids(stageById(map, stageId).steps)

function emotionLane(map: JourneyMap, laneId = 'emotions'): EmotionLane {
  const lane = map.lanes.find((candidate) => candidate.id === laneId)
  if (lane?.kind !== 'emotion-curve') throw new Error(`no emotion-curve lane "${laneId}"`)
  return lane
}

function pointsOf(map: JourneyMap, curveId = 'anna-today', laneId = 'emotions'): EmotionPoint[] {
  const curve = emotionLane(map, laneId).curves.find((candidate) => candidate.id === curveId)
  if (curve === undefined) throw new Error(`no curve "${curveId}"`)
  return curve.points
}

const cellPlaces = (map: JourneyMap): string[] =>
  map.cells.map((cell) => `${cell.laneId}/${cell.stageId}/${cell.stepId ?? ''}`)

// ——— tests ———

describe('applyMapCommand', () => {
  describe('every command type', () => {
    /** One command of each type that succeeds on the fixture; the compiler fails when a type is missing. */
    const oneOfEach: { [K in MapCommandType]: Extract<MapCommand, { type: K }> } = {
      'set-details': { type: 'set-details', title: 'Onboarding 2026' },
      'set-type': { type: 'set-type', mapType: 'future' },
      'set-status': { type: 'set-status', status: 'validated' },
      'add-phase': { type: 'add-phase', name: 'After sale' },
      'rename-phase': { type: 'rename-phase', phaseId: 'buy', name: 'Order' },
      'move-phase': { type: 'move-phase', phaseId: 'buy', toIndex: 0 },
      'remove-phase': { type: 'remove-phase', phaseId: 'buy' },
      'add-stage': { type: 'add-stage', name: 'Loyalty' },
      'rename-stage': { type: 'rename-stage', stageId: 'awareness', name: 'Discovery' },
      'set-stage-phase': { type: 'set-stage-phase', stageId: 'purchase', phaseId: 'explore' },
      'move-stage': { type: 'move-stage', stageId: 'purchase', toIndex: 0 },
      'remove-stage': { type: 'remove-stage', stageId: 'purchase' },
      'add-step': { type: 'add-step', stageId: 'purchase', name: 'Tracks the parcel' },
      'rename-step': { type: 'rename-step', stepId: 'checkout', name: 'Pays' },
      'move-step': { type: 'move-step', stepId: 'checkout', toStageId: 'awareness', toIndex: 0 },
      'remove-step': { type: 'remove-step', stepId: 'checkout' },
      'set-moment-of-truth': { type: 'set-moment-of-truth', stepId: 'checkout', isMomentOfTruth: true },
      'add-lane': { type: 'add-lane', lane: { kind: 'ideas', title: 'Ideas' } },
      'rename-lane': { type: 'rename-lane', laneId: 'doing', title: 'Actions' },
      'move-lane': { type: 'move-lane', laneId: 'emotions', toIndex: 0 },
      'remove-lane': { type: 'remove-lane', laneId: 'doing' },
      'set-cell': {
        type: 'set-cell',
        laneId: 'doing',
        stageId: 'consideration',
        content: { kind: 'text', text: 'Reads' },
      },
      'set-cell-evidence': {
        type: 'set-cell-evidence',
        laneId: 'doing',
        stageId: 'awareness',
        evidence: { status: 'validated' },
      },
      'clear-cell': { type: 'clear-cell', laneId: 'doing', stageId: 'awareness' },
      'set-emotion-scale': { type: 'set-emotion-scale', laneId: 'emotions', scale: { min: 1, max: 5 } },
      'add-emotion-curve': { type: 'add-emotion-curve', laneId: 'emotions', label: 'Target', state: 'future' },
      'remove-emotion-curve': { type: 'remove-emotion-curve', laneId: 'emotions', curveId: 'anna-today' },
      'set-emotion-point': {
        type: 'set-emotion-point',
        laneId: 'emotions',
        curveId: 'anna-today',
        stageId: 'purchase',
        value: 0,
      },
      'remove-emotion-point': {
        type: 'remove-emotion-point',
        laneId: 'emotions',
        curveId: 'anna-today',
        stageId: 'awareness',
      },
      'add-touchpoint': {
        type: 'add-touchpoint',
        touchpoint: { name: 'Welcome email', channel: 'email', mode: 'online', stageId: 'purchase' },
      },
      'update-touchpoint': { type: 'update-touchpoint', touchpointId: 'tp-ad', changes: { name: 'Instagram ad' } },
      'set-touchpoint-selector': { type: 'set-touchpoint-selector', touchpointId: 'tp-ad', selector: null },
      'remove-touchpoint': { type: 'remove-touchpoint', touchpointId: 'tp-ad' },
      'add-kpi': {
        type: 'add-kpi',
        kpi: {
          name: 'CSAT',
          kind: 'csat',
          formula: 'satisfied / answers',
          unit: 'percent',
          appliesTo: { level: 'map' },
          direction: 'higher-is-better',
        },
      },
      'update-kpi': { type: 'update-kpi', kpiId: 'kpi-nps', changes: { target: 50 } },
      'remove-kpi': { type: 'remove-kpi', kpiId: 'kpi-nps' },
      'link-persona': { type: 'link-persona', personaId: 'persona-carla' },
      'unlink-persona': { type: 'unlink-persona', personaId: 'persona-bob' },
      'link-map': { type: 'link-map', link: { mapId: 'map-loyalty', relation: 'next' } },
      'unlink-map': { type: 'unlink-map', mapId: 'map-checkout-detail' },
    }

    it.each(Object.values(oneOfEach))(
      'applies "$type" to a frozen map without changing it, returning a new valid map',
      (command) => {
        const map = deepFreeze(journeyMapFixture())
        const before = structuredClone(map)
        const result = applyMapCommand(map, command)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(map).toEqual(before)
        expect(result.value).not.toBe(map)
        expect(result.value).not.toEqual(map)
        expect(checkMapIntegrity(result.value)).toEqual([])
        expect(JourneyMapSchema.safeParse(result.value).success).toBe(true)
      },
    )
  })

  describe('map details', () => {
    it('changes only the details it is given', () => {
      const map = applied({ type: 'set-details', title: 'Onboarding 2026', owner: 'Growth team' })
      const fixture = journeyMapFixture()
      expect(map).toEqual({ ...fixture, title: 'Onboarding 2026', owner: 'Growth team' })
    })

    it('replaces the review, objective and locale', () => {
      const map = applied({
        type: 'set-details',
        objective: 'Why do customers call support?',
        locale: 'fr-CA',
        review: { cadence: 'monthly' },
      })
      expect(map.objective).toBe('Why do customers call support?')
      expect(map.locale).toBe('fr-CA')
      expect(map.review).toEqual({ cadence: 'monthly' })
    })

    it.each([
      [{ type: 'set-type', mapType: 'blueprint' }, { type: 'blueprint' }],
      [{ type: 'set-type', mapType: 'day-in-life' }, { type: 'day-in-life' }],
      [{ type: 'set-status', status: 'validated' }, { status: 'validated' }],
      [{ type: 'set-status', status: 'archived' }, { status: 'archived' }],
    ] satisfies [MapCommand, Partial<JourneyMap>][])('applies %o as %o and changes nothing else', (command, change) => {
      expect(applied(command)).toEqual({ ...journeyMapFixture(), ...change })
    })
  })

  describe('ids of new items', () => {
    it.each([
      ['After sale', 'after-sale'],
      ['Prise de conscience', 'prise-de-conscience'],
      ['  Étape n°2 : ÉVALUATION !  ', 'etape-n-2-evaluation'],
      ['!!!', 'item'],
      ['Explore', 'explore-2'],
      ['Awareness', 'awareness-2'],
      ['Checkout', 'checkout-2'],
      ['Pain points', 'pain-points-2'],
    ])('derives the id of a phase named %j as "%s", unique across the whole map', (name, id) => {
      const map = applied({ type: 'add-phase', name })
      expect(map.phases.at(-1)).toEqual({ id, name })
    })

    it('counts up the suffix while the derived id is taken', () => {
      const map = appliedAll([
        { type: 'add-stage', name: 'Awareness' },
        { type: 'add-stage', name: 'Awareness' },
        { type: 'add-step', stageId: 'awareness', name: 'Awareness' },
      ])
      expect(ids(map.stages)).toEqual(['awareness', 'consideration', 'purchase', 'awareness-2', 'awareness-3'])
      expect(stepIdsOf(map, 'awareness')).toEqual(['see-ad', 'read-review', 'awareness-4'])
    })

    it('keeps a requested id instead of deriving one', () => {
      const map = applied({ type: 'add-stage', name: 'Loyalty', id: 'stage-9' })
      expect(map.stages.at(-1)).toEqual({ id: 'stage-9', name: 'Loyalty', steps: [] })
    })

    const touchpoint = { name: 'New', channel: 'web', mode: 'online', stageId: 'awareness' } as const
    const kpi = {
      name: 'New',
      kind: 'count',
      formula: 'count',
      unit: 'count',
      appliesTo: { level: 'map' },
      direction: 'higher-is-better',
    } as const
    const takenIds = ['explore', 'awareness', 'see-ad', 'doing', 'anna-today', 'card-long-form', 'tp-ad', 'kpi-nps']
    const adders: ((id: string) => MapCommand)[] = [
      (id) => ({ type: 'add-phase', name: 'New', id }),
      (id) => ({ type: 'add-stage', name: 'New', id }),
      (id) => ({ type: 'add-step', stageId: 'purchase', name: 'New', id }),
      (id) => ({ type: 'add-lane', lane: { kind: 'text', title: 'New' }, id }),
      (id) => ({ type: 'add-emotion-curve', laneId: 'emotions', label: 'New', state: 'future', id }),
      (id) => ({ type: 'add-touchpoint', touchpoint, id }),
      (id) => ({ type: 'add-kpi', kpi, id }),
    ]
    it.each(adders.flatMap((adder) => takenIds.map((id) => adder(id))))(
      'refuses "$type" with the requested id "$id", already used in the map',
      (command) => {
        const id = 'id' in command ? command.id : undefined
        expect(refused(command)).toEqual({ code: 'duplicate-id', id })
      },
    )
  })

  describe('phases', () => {
    it('adds a phase at the end by default and at the given index otherwise', () => {
      expect(ids(applied({ type: 'add-phase', name: 'After sale' }).phases)).toEqual(['explore', 'buy', 'after-sale'])
      expect(ids(applied({ type: 'add-phase', name: 'Before', index: 0 }).phases)).toEqual(['before', 'explore', 'buy'])
      expect(ids(applied({ type: 'add-phase', name: 'Middle', index: 1 }).phases)).toEqual(['explore', 'middle', 'buy'])
      expect(ids(applied({ type: 'add-phase', name: 'Last', index: 2 }).phases)).toEqual(['explore', 'buy', 'last'])
    })

    it('refuses to insert a phase past the end', () => {
      expect(refused({ type: 'add-phase', name: 'Far', index: 3 })).toEqual({ code: 'invalid-index', index: 3, max: 2 })
    })

    it('renames a phase and keeps its description', () => {
      const map = applied({ type: 'rename-phase', phaseId: 'buy', name: 'Order' })
      expect(map.phases[1]).toEqual({ id: 'buy', name: 'Order', description: 'From the basket to the confirmation' })
    })

    it.each([0, 1])('moves a phase to index %i', (toIndex) => {
      const map = applied({ type: 'move-phase', phaseId: 'explore', toIndex })
      expect(map.phases.findIndex((phase) => phase.id === 'explore')).toBe(toIndex)
      expect(map.phases).toHaveLength(2)
    })

    it('refuses to move a phase past the last position', () => {
      expect(refused({ type: 'move-phase', phaseId: 'explore', toIndex: 2 })).toEqual({
        code: 'invalid-index',
        index: 2,
        max: 1,
      })
    })

    it('removes a phase and takes its stages out of it, leaving the stages in place', () => {
      const map = applied({ type: 'remove-phase', phaseId: 'explore' })
      expect(ids(map.phases)).toEqual(['buy'])
      expect(ids(map.stages)).toEqual(['awareness', 'consideration', 'purchase'])
      expect(map.stages.map((stage) => stage.phaseId)).toEqual([undefined, undefined, 'buy'])
      expect('phaseId' in stageById(map, 'awareness')).toBe(false)
    })

    it.each([
      { type: 'rename-phase', phaseId: 'ghost', name: 'X' },
      { type: 'move-phase', phaseId: 'ghost', toIndex: 0 },
      { type: 'remove-phase', phaseId: 'ghost' },
      { type: 'add-stage', name: 'X', phaseId: 'ghost' },
      { type: 'set-stage-phase', stageId: 'awareness', phaseId: 'ghost' },
    ] satisfies MapCommand[])('refuses "$type" for an unknown phase', (command) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'phase', id: 'ghost' })
    })
  })

  describe('stages', () => {
    it('adds a stage, empty, with its phase and description, at the given index', () => {
      const map = applied({
        type: 'add-stage',
        name: 'Onboarding',
        index: 1,
        phaseId: 'buy',
        description: 'The first week',
      })
      expect(ids(map.stages)).toEqual(['awareness', 'onboarding', 'consideration', 'purchase'])
      expect(map.stages[1]).toEqual({
        id: 'onboarding',
        name: 'Onboarding',
        description: 'The first week',
        phaseId: 'buy',
        steps: [],
      })
    })

    it('refuses to insert a stage past the end', () => {
      expect(refused({ type: 'add-stage', name: 'Far', index: 4 })).toEqual({ code: 'invalid-index', index: 4, max: 3 })
    })

    it('renames a stage, sets its description when given and keeps it otherwise', () => {
      const described = applied({
        type: 'rename-stage',
        stageId: 'awareness',
        name: 'Discovery',
        description: 'First contact',
      })
      expect(stageById(described, 'awareness')).toMatchObject({ name: 'Discovery', description: 'First contact' })
      const renamed = applied({ type: 'rename-stage', stageId: 'awareness', name: 'Découverte' }, described)
      expect(stageById(renamed, 'awareness')).toMatchObject({ name: 'Découverte', description: 'First contact' })
      expect(stageById(renamed, 'awareness').steps).toEqual(stageById(journeyMapFixture(), 'awareness').steps)
    })

    it('puts a stage in a phase, and takes it out of any phase with null', () => {
      const moved = applied({ type: 'set-stage-phase', stageId: 'awareness', phaseId: 'buy' })
      expect(stageById(moved, 'awareness').phaseId).toBe('buy')
      const unassigned = applied({ type: 'set-stage-phase', stageId: 'awareness', phaseId: null })
      expect('phaseId' in stageById(unassigned, 'awareness')).toBe(false)
    })

    it.each([
      [0, ['purchase', 'awareness', 'consideration']],
      [1, ['awareness', 'purchase', 'consideration']],
      [2, ['awareness', 'consideration', 'purchase']],
    ])('moves a stage to index %i, the others keeping their order', (toIndex, order) => {
      const map = applied({ type: 'move-stage', stageId: 'purchase', toIndex })
      expect(ids(map.stages)).toEqual(order)
      expect(stageById(map, 'purchase')).toEqual(stageById(journeyMapFixture(), 'purchase'))
      expect(map.cells).toEqual(journeyMapFixture().cells)
    })

    it('refuses to move a stage past the last position', () => {
      expect(refused({ type: 'move-stage', stageId: 'awareness', toIndex: 3 })).toEqual({
        code: 'invalid-index',
        index: 3,
        max: 2,
      })
    })

    it('removes a stage with its steps, cells, emotion points, touchpoints and their KPIs', () => {
      const map = applied({ type: 'remove-stage', stageId: 'purchase' })
      expect(ids(map.stages)).toEqual(['awareness', 'consideration'])
      expect(map.stages.flatMap((stage) => ids(stage.steps))).not.toContain('checkout')
      expect(cellPlaces(map)).toEqual([
        'doing/awareness/',
        'channels/consideration/',
        'thinking/consideration/compare-offers',
      ])
      expect(pointsOf(map).map((point) => point.stageId)).toEqual(['awareness', 'consideration'])
      expect(ids(map.touchpoints)).toEqual(['tp-ad', 'tp-pricing'])
      expect(ids(map.kpis)).toEqual(['kpi-nps', 'kpi-consideration-drop-off', 'kpi-ad-ctr'])
    })

    it('removes the KPIs scoped to a removed stage and keeps the link that zoomed into it, without its stage', () => {
      const withoutConsideration = applied({ type: 'remove-stage', stageId: 'consideration' })
      expect(ids(withoutConsideration.kpis)).toEqual(['kpi-nps', 'kpi-checkout-conversion', 'kpi-ad-ctr'])
      expect(ids(withoutConsideration.touchpoints)).toEqual(['tp-ad', 'tp-checkout'])
      const withoutPurchase = applied({ type: 'remove-stage', stageId: 'purchase' })
      expect(withoutPurchase.links).toEqual([
        { mapId: 'map-checkout-detail', relation: 'zooms-into', label: 'Checkout in detail' },
      ])
    })

    it('accepts cards naming steps of other stages', () => {
      const map = applied({
        type: 'set-cell',
        laneId: 'pain-points',
        stageId: 'consideration',
        content: {
          kind: 'cards',
          cards: [{ id: 'card-hidden-fees', title: 'Hidden fees', stepIds: ['compare-offers', 'checkout'] }],
        },
      })
      expect(map.cells.at(-1)?.content).toMatchObject({ cards: [{ stepIds: ['compare-offers', 'checkout'] }] })
    })

    // BUG (reported): removeStage does not clean card `stepIds` the way removeStep does, so removing a
    // stage whose step is named by a card in another stage is refused as an invalid map
    // (`cells[N].content.cards[0].stepIds[0]: unknown step "checkout"`). Remove `.fails` once fixed.
    it('removes a stage whose steps are named by cards in other stages, the cards forgetting those steps', () => {
      const map = applied({
        type: 'set-cell',
        laneId: 'pain-points',
        stageId: 'consideration',
        content: {
          kind: 'cards',
          cards: [{ id: 'card-hidden-fees', title: 'Hidden fees', stepIds: ['compare-offers', 'checkout'] }],
        },
      })
      const result = applyMapCommand(map, { type: 'remove-stage', stageId: 'purchase' })
      expect(result.ok).toBe(true)
      if (!result.ok) return
      const cell = result.value.cells.find((c) => c.laneId === 'pain-points' && c.stageId === 'consideration')
      expect(cell?.content).toEqual({
        kind: 'cards',
        cards: [{ id: 'card-hidden-fees', title: 'Hidden fees', stepIds: ['compare-offers'] }],
      })
    })

    it.each([
      { type: 'rename-stage', stageId: 'ghost', name: 'X' },
      { type: 'set-stage-phase', stageId: 'ghost', phaseId: null },
      { type: 'move-stage', stageId: 'ghost', toIndex: 0 },
      { type: 'remove-stage', stageId: 'ghost' },
      { type: 'add-step', stageId: 'ghost', name: 'X' },
      { type: 'move-step', stepId: 'checkout', toStageId: 'ghost', toIndex: 0 },
      { type: 'set-cell', laneId: 'doing', stageId: 'ghost', content: { kind: 'text', text: 'x' } },
      { type: 'set-emotion-point', laneId: 'emotions', curveId: 'anna-today', stageId: 'ghost', value: 0 },
      { type: 'add-touchpoint', touchpoint: { name: 'X', channel: 'web', mode: 'online', stageId: 'ghost' } },
      { type: 'update-touchpoint', touchpointId: 'tp-ad', changes: { stageId: 'ghost' } },
    ] satisfies MapCommand[])('refuses "$type" for an unknown stage', (command) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'stage', id: 'ghost' })
    })
  })

  describe('steps', () => {
    it('adds a step at the end of its stage by default and at the given index otherwise', () => {
      const atEnd = applied({ type: 'add-step', stageId: 'purchase', name: 'Tracks the parcel' })
      expect(stepIdsOf(atEnd, 'purchase')).toEqual(['checkout', 'confirmation', 'tracks-the-parcel'])
      expect(stageById(atEnd, 'purchase').steps[2]).toEqual({ id: 'tracks-the-parcel', name: 'Tracks the parcel' })
      const atStart = applied({ type: 'add-step', stageId: 'purchase', name: 'Fills the basket', index: 0 })
      expect(stepIdsOf(atStart, 'purchase')).toEqual(['fills-the-basket', 'checkout', 'confirmation'])
    })

    it('refuses to insert a step past the end of its stage', () => {
      expect(refused({ type: 'add-step', stageId: 'purchase', name: 'X', index: 3 })).toEqual({
        code: 'invalid-index',
        index: 3,
        max: 2,
      })
    })

    it('renames a step, keeping whether it is a moment of truth', () => {
      const map = applied({
        type: 'rename-step',
        stepId: 'compare-offers',
        name: 'Compares plans',
        description: 'On the site',
      })
      expect(stageById(map, 'consideration').steps[0]).toEqual({
        id: 'compare-offers',
        name: 'Compares plans',
        description: 'On the site',
        isMomentOfTruth: true,
      })
    })

    it.each([true, false])('marks a step as a moment of truth or not (%s)', (isMomentOfTruth) => {
      const map = applied({ type: 'set-moment-of-truth', stepId: 'checkout', isMomentOfTruth })
      expect(stageById(map, 'purchase').steps[0]).toEqual({ id: 'checkout', name: 'Checks out', isMomentOfTruth })
    })

    it('moves a step inside its stage', () => {
      const map = applied({ type: 'move-step', stepId: 'confirmation', toStageId: 'purchase', toIndex: 0 })
      expect(stepIdsOf(map, 'purchase')).toEqual(['confirmation', 'checkout'])
      expect(map.cells).toEqual(journeyMapFixture().cells)
    })

    it('refuses to move a step past the last position of its own stage', () => {
      expect(refused({ type: 'move-step', stepId: 'checkout', toStageId: 'purchase', toIndex: 2 })).toEqual({
        code: 'invalid-index',
        index: 2,
        max: 1,
      })
    })

    it('moves the cells, emotion points and touchpoints of a step with it when the step changes stage', () => {
      const map = applied({ type: 'move-step', stepId: 'checkout', toStageId: 'awareness', toIndex: 1 })
      expect(stepIdsOf(map, 'awareness')).toEqual(['see-ad', 'checkout', 'read-review'])
      expect(stepIdsOf(map, 'purchase')).toEqual(['confirmation'])
      expect(cellPlaces(map)).toEqual([
        'doing/awareness/',
        'doing/awareness/checkout',
        'pain-points/awareness/checkout',
        'channels/consideration/',
        'thinking/consideration/compare-offers',
      ])
      expect(pointsOf(map)).toContainEqual({ stageId: 'awareness', stepId: 'checkout', value: -2 })
      expect(map.touchpoints.find((tp) => tp.id === 'tp-checkout')).toMatchObject({
        stageId: 'awareness',
        stepId: 'checkout',
      })
      expect(ids(map.kpis)).toEqual(ids(journeyMapFixture().kpis))
    })

    it('moves a step to the end of another stage', () => {
      const map = applied({ type: 'move-step', stepId: 'see-ad', toStageId: 'purchase', toIndex: 2 })
      expect(stepIdsOf(map, 'purchase')).toEqual(['checkout', 'confirmation', 'see-ad'])
      expect(stepIdsOf(map, 'awareness')).toEqual(['read-review'])
    })

    it('refuses to move a step past the end of another stage', () => {
      expect(refused({ type: 'move-step', stepId: 'see-ad', toStageId: 'purchase', toIndex: 3 })).toEqual({
        code: 'invalid-index',
        index: 3,
        max: 2,
      })
    })

    it('removes a step with its cells and emotion points, leaving its touchpoints on the stage', () => {
      const map = applied({ type: 'remove-step', stepId: 'checkout' })
      expect(stepIdsOf(map, 'purchase')).toEqual(['confirmation'])
      expect(cellPlaces(map)).toEqual([
        'doing/awareness/',
        'channels/consideration/',
        'thinking/consideration/compare-offers',
      ])
      expect(pointsOf(map).map((point) => point.stepId)).toEqual([undefined, 'compare-offers'])
      const touchpoint = map.touchpoints.find((tp) => tp.id === 'tp-checkout')
      expect(touchpoint?.stageId).toBe('purchase')
      expect(touchpoint !== undefined && 'stepId' in touchpoint).toBe(false)
      expect(ids(map.kpis)).toEqual(ids(journeyMapFixture().kpis))
    })

    it('removes a step from the cards that name it', () => {
      const map = appliedAll([
        {
          type: 'set-cell',
          laneId: 'pain-points',
          stageId: 'consideration',
          content: {
            kind: 'cards',
            cards: [{ id: 'card-fees', title: 'Hidden fees', stepIds: ['compare-offers', 'checkout'] }],
          },
        },
        { type: 'remove-step', stepId: 'checkout' },
      ])
      expect(map.cells.find((cell) => cell.laneId === 'pain-points')?.content).toEqual({
        kind: 'cards',
        cards: [{ id: 'card-fees', title: 'Hidden fees', stepIds: ['compare-offers'] }],
      })
    })

    it.each([
      { type: 'rename-step', stepId: 'ghost', name: 'X' },
      { type: 'set-moment-of-truth', stepId: 'ghost', isMomentOfTruth: true },
      { type: 'move-step', stepId: 'ghost', toStageId: 'purchase', toIndex: 0 },
      { type: 'remove-step', stepId: 'ghost' },
    ] satisfies MapCommand[])('refuses "$type" for an unknown step', (command) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'step', id: 'ghost' })
    })

    it.each([
      {
        type: 'set-cell',
        laneId: 'doing',
        stageId: 'awareness',
        stepId: 'checkout',
        content: { kind: 'text', text: 'x' },
      },
      {
        type: 'set-emotion-point',
        laneId: 'emotions',
        curveId: 'anna-today',
        stageId: 'awareness',
        stepId: 'checkout',
        value: 0,
      },
      {
        type: 'add-touchpoint',
        touchpoint: { name: 'X', channel: 'web', mode: 'online', stageId: 'awareness', stepId: 'checkout' },
      },
      { type: 'update-touchpoint', touchpointId: 'tp-ad', changes: { stepId: 'checkout' } },
    ] satisfies MapCommand[])('refuses "$type" at a step of another stage', (command) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'step in stage "awareness"', id: 'checkout' })
    })
  })

  describe('lanes', () => {
    it.each([
      [
        { kind: 'feelings', title: 'Feelings' },
        { id: 'feelings', kind: 'feelings', title: 'Feelings' },
      ],
      [
        { kind: 'opportunities', title: 'Opportunities', description: 'What we could do' },
        { id: 'opportunities', kind: 'opportunities', title: 'Opportunities', description: 'What we could do' },
      ],
      [
        { kind: 'emotion-curve', title: 'Mood', scale: { min: 1, max: 5 } },
        { id: 'mood', kind: 'emotion-curve', title: 'Mood', scale: { min: 1, max: 5 }, curves: [] },
      ],
      [
        { kind: 'blueprint', title: 'IT systems', zone: 'support', area: 'technology' },
        { id: 'it-systems', kind: 'blueprint', title: 'IT systems', zone: 'support', area: 'technology' },
      ],
      [
        { kind: 'channels', title: 'Channels' },
        { id: 'channels-2', kind: 'channels', title: 'Channels' },
      ],
    ] satisfies [Extract<MapCommand, { type: 'add-lane' }>['lane'], JourneyMap['lanes'][number]][])(
      'adds a lane %o as %o',
      (lane, expected) => {
        const map = applied({ type: 'add-lane', lane })
        expect(map.lanes).toHaveLength(7)
        expect(map.lanes.at(-1)).toEqual(expected)
      },
    )

    it('inserts a lane at the given index and refuses an index past the end', () => {
      const map = applied({ type: 'add-lane', lane: { kind: 'ideas', title: 'Ideas' }, index: 0 })
      expect(ids(map.lanes)).toEqual([
        'ideas',
        'doing',
        'thinking',
        'pain-points',
        'channels',
        'emotions',
        'back-office',
      ])
      expect(refused({ type: 'add-lane', lane: { kind: 'ideas', title: 'Ideas' }, index: 7 })).toEqual({
        code: 'invalid-index',
        index: 7,
        max: 6,
      })
    })

    it('renames a lane, keeping its curves', () => {
      const map = applied({ type: 'rename-lane', laneId: 'emotions', title: 'Mood' })
      expect(emotionLane(map)).toEqual({ ...emotionLane(journeyMapFixture()), title: 'Mood' })
    })

    it('moves a lane, the others keeping their order, and refuses a position past the last', () => {
      const map = applied({ type: 'move-lane', laneId: 'emotions', toIndex: 1 })
      expect(ids(map.lanes)).toEqual(['doing', 'emotions', 'thinking', 'pain-points', 'channels', 'back-office'])
      expect(refused({ type: 'move-lane', laneId: 'emotions', toIndex: 6 })).toEqual({
        code: 'invalid-index',
        index: 6,
        max: 5,
      })
    })

    it('removes a lane with its cells', () => {
      const map = applied({ type: 'remove-lane', laneId: 'doing' })
      expect(ids(map.lanes)).toEqual(['thinking', 'pain-points', 'channels', 'emotions', 'back-office'])
      expect(cellPlaces(map)).toEqual([
        'pain-points/purchase/checkout',
        'channels/consideration/',
        'thinking/consideration/compare-offers',
      ])
    })

    it('removes an emotion lane with its curves, so their persona can then be unlinked', () => {
      const map = appliedAll([
        { type: 'remove-lane', laneId: 'emotions' },
        { type: 'unlink-persona', personaId: 'persona-anna' },
      ])
      expect(map.lanes.some((lane) => lane.kind === 'emotion-curve')).toBe(false)
      expect(map.personaIds).toEqual(['persona-bob'])
    })

    it.each([
      { type: 'rename-lane', laneId: 'ghost', title: 'X' },
      { type: 'move-lane', laneId: 'ghost', toIndex: 0 },
      { type: 'remove-lane', laneId: 'ghost' },
      { type: 'set-cell', laneId: 'ghost', stageId: 'awareness', content: { kind: 'text', text: 'x' } },
      { type: 'set-emotion-scale', laneId: 'ghost', scale: { min: 0, max: 1 } },
      { type: 'add-emotion-curve', laneId: 'ghost', label: 'X', state: 'current' },
    ] satisfies MapCommand[])('refuses "$type" for an unknown lane', (command) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'lane', id: 'ghost' })
    })
  })

  describe('cells', () => {
    it('adds a cell for a lane at a stage', () => {
      const map = applied({
        type: 'set-cell',
        laneId: 'thinking',
        stageId: 'purchase',
        content: { kind: 'text', text: 'Finally' },
      })
      expect(map.cells).toHaveLength(6)
      expect(map.cells.at(-1)).toEqual({
        laneId: 'thinking',
        stageId: 'purchase',
        content: { kind: 'text', text: 'Finally' },
      })
    })

    it('adds a cell for a lane at one step, separate from the cell of its stage', () => {
      const map = applied({
        type: 'set-cell',
        laneId: 'doing',
        stageId: 'awareness',
        stepId: 'see-ad',
        content: { kind: 'list', items: ['Stops scrolling'] },
        evidence: { status: 'validated', source: 'web analytics', date: '2026-04-02' },
      })
      expect(cellPlaces(map)).toContain('doing/awareness/')
      expect(map.cells.at(-1)).toEqual({
        laneId: 'doing',
        stageId: 'awareness',
        stepId: 'see-ad',
        content: { kind: 'list', items: ['Stops scrolling'] },
        evidence: { status: 'validated', source: 'web analytics', date: '2026-04-02' },
      })
    })

    it('replaces the content of an existing cell in place, keeping its evidence when none is given', () => {
      const map = applied({
        type: 'set-cell',
        laneId: 'doing',
        stageId: 'awareness',
        content: { kind: 'list', items: ['Googles'] },
      })
      expect(map.cells).toHaveLength(5)
      expect(map.cells[0]).toEqual({
        laneId: 'doing',
        stageId: 'awareness',
        content: { kind: 'list', items: ['Googles'] },
        evidence: { status: 'observed', source: 'interviews March 2026' },
      })
    })

    it('replaces the evidence of an existing cell when new evidence is given', () => {
      const map = applied({
        type: 'set-cell',
        laneId: 'doing',
        stageId: 'awareness',
        content: { kind: 'text', text: 'x' },
        evidence: { status: 'assumption' },
      })
      expect(map.cells[0]?.evidence).toEqual({ status: 'assumption' })
    })

    it.each([
      ['back-office', { kind: 'text', text: 'Order is prepared' }],
      ['back-office', { kind: 'list', items: ['Pick', 'Pack'] }],
      ['pain-points', { kind: 'cards', cards: [{ id: 'card-slow', title: 'Slow site', severity: 2, impact: 'high' }] }],
      ['channels', { kind: 'channels', channels: ['email'] }],
    ] satisfies [string, Extract<MapCommand, { type: 'set-cell' }>['content']][])(
      'accepts in lane "%s" the content %o',
      (laneId, content) => {
        const map = applied({ type: 'set-cell', laneId, stageId: 'purchase', stepId: 'confirmation', content })
        expect(map.cells.at(-1)).toEqual({ laneId, stageId: 'purchase', stepId: 'confirmation', content })
      },
    )

    it('accepts an objective in a communication-objective lane and an image in an images lane', () => {
      const map = appliedAll([
        { type: 'add-lane', lane: { kind: 'communication-objective', title: 'Objective' } },
        { type: 'add-lane', lane: { kind: 'images', title: 'Screens' } },
        {
          type: 'set-cell',
          laneId: 'objective',
          stageId: 'awareness',
          content: { kind: 'objective', objective: 'cognitive' },
        },
        {
          type: 'set-cell',
          laneId: 'screens',
          stageId: 'awareness',
          content: { kind: 'image', url: 'https://x.test/a.png', alt: 'Ad' },
        },
      ])
      expect(cellPlaces(map).slice(-2)).toEqual(['objective/awareness/', 'screens/awareness/'])
    })

    it.each([
      ['doing', { kind: 'cards', cards: [] }, 'actions lanes hold text or list, not cards'],
      ['thinking', { kind: 'channels', channels: ['web'] }, 'thoughts lanes hold text or list, not channels'],
      ['pain-points', { kind: 'text', text: 'Slow' }, 'pain-points lanes hold cards, not text'],
      ['channels', { kind: 'list', items: ['web'] }, 'channels lanes hold channels, not list'],
      [
        'back-office',
        { kind: 'image', url: 'https://x.test/a.png', alt: 'A' },
        'blueprint lanes hold text or list, not image',
      ],
      ['emotions', { kind: 'text', text: 'Happy' }, 'emotion-curve lanes have no cells'],
    ] satisfies [string, Extract<MapCommand, { type: 'set-cell' }>['content'], string][])(
      'refuses in lane "%s" the content %o: %s',
      (laneId, content, message) => {
        expect(refused({ type: 'set-cell', laneId, stageId: 'awareness', content })).toEqual({
          code: 'invalid-content',
          message,
        })
      },
    )

    it('refuses cards whose id is already used in the map', () => {
      const error = refused({
        type: 'set-cell',
        laneId: 'pain-points',
        stageId: 'awareness',
        content: { kind: 'cards', cards: [{ id: 'see-ad', title: 'Ad too loud' }] },
      })
      expect(error).toEqual({
        code: 'invalid-map',
        problems: [
          { path: 'cells[5].content.cards[0].id', message: 'id "see-ad" is already used at stages[0].steps[0].id' },
        ],
      })
    })

    it('refuses cards naming an unknown step', () => {
      const error = refused({
        type: 'set-cell',
        laneId: 'pain-points',
        stageId: 'awareness',
        content: { kind: 'cards', cards: [{ id: 'card-x', title: 'X', stepIds: ['ghost'] }] },
      })
      expect(error).toEqual({
        code: 'invalid-map',
        problems: [{ path: 'cells[5].content.cards[0].stepIds[0]', message: 'unknown step "ghost"' }],
      })
    })

    it('sets the evidence of an existing cell, keeping its content', () => {
      const map = applied({
        type: 'set-cell-evidence',
        laneId: 'thinking',
        stageId: 'consideration',
        stepId: 'compare-offers',
        evidence: { status: 'validated', source: 'survey' },
      })
      expect(map.cells[4]).toEqual({
        ...journeyMapFixture().cells[4],
        evidence: { status: 'validated', source: 'survey' },
      })
    })

    it('clears exactly the cell at the given place', () => {
      const map = applied({ type: 'clear-cell', laneId: 'doing', stageId: 'purchase', stepId: 'checkout' })
      expect(cellPlaces(map)).toEqual([
        'doing/awareness/',
        'pain-points/purchase/checkout',
        'channels/consideration/',
        'thinking/consideration/compare-offers',
      ])
    })

    it.each([
      [
        { type: 'set-cell-evidence', laneId: 'doing', stageId: 'purchase', evidence: { status: 'observed' } },
        'purchase',
      ],
      [{ type: 'clear-cell', laneId: 'doing', stageId: 'purchase' }, 'purchase'],
      [{ type: 'clear-cell', laneId: 'doing', stageId: 'awareness', stepId: 'see-ad' }, 'awareness/see-ad'],
      [{ type: 'clear-cell', laneId: 'ghost', stageId: 'awareness' }, 'awareness'],
    ] satisfies [MapCommand, string][])('refuses %o where there is no cell', (command, place) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'cell', id: place })
    })
  })

  describe('emotion curves', () => {
    it.each([
      [-2, 1],
      [-1, 2],
      [0, 3],
      [1, 4],
      [2, 5],
    ])('maps %d on −2…+2 to %d on 1…5 when the scale changes', (before, after) => {
      const map = appliedAll([
        {
          type: 'set-emotion-point',
          laneId: 'emotions',
          curveId: 'anna-today',
          stageId: 'purchase',
          stepId: 'confirmation',
          value: before,
        },
        {
          type: 'set-emotion-scale',
          laneId: 'emotions',
          scale: { min: 1, max: 5, minLabel: 'Bad', maxLabel: 'Great' },
        },
      ])
      expect(emotionLane(map).scale).toEqual({ min: 1, max: 5, minLabel: 'Bad', maxLabel: 'Great' })
      expect(pointsOf(map).at(-1)?.value).toBe(after)
    })

    it('rescales every point of every curve of the lane, keeping places and notes', () => {
      const map = appliedAll([
        { type: 'add-emotion-curve', laneId: 'emotions', label: 'Target', state: 'future' },
        { type: 'set-emotion-point', laneId: 'emotions', curveId: 'target', stageId: 'awareness', value: 2 },
        { type: 'set-emotion-scale', laneId: 'emotions', scale: { min: 0, max: 10 } },
      ])
      expect(pointsOf(map)).toEqual([
        { stageId: 'awareness', value: 7.5 },
        { stageId: 'consideration', stepId: 'compare-offers', value: 2.5, note: 'Too many plans' },
        { stageId: 'purchase', stepId: 'checkout', value: 0 },
      ])
      expect(pointsOf(map, 'target')).toEqual([{ stageId: 'awareness', value: 10 }])
    })

    it('rounds rescaled values to three decimals', () => {
      const map = applied({ type: 'set-emotion-scale', laneId: 'emotions', scale: { min: 0, max: 1 / 3 } })
      expect(pointsOf(map).map((point) => point.value)).toEqual([0.25, 0.083, 0])
    })

    it('adds an empty curve with an id derived from its label, for a linked persona', () => {
      const map = applied({
        type: 'add-emotion-curve',
        laneId: 'emotions',
        label: 'Anna today',
        state: 'future',
        personaId: 'persona-bob',
      })
      expect(emotionLane(map).curves.at(-1)).toEqual({
        id: 'anna-today-2',
        label: 'Anna today',
        state: 'future',
        personaId: 'persona-bob',
        points: [],
      })
    })

    it('refuses a curve for a persona not linked to the map', () => {
      expect(
        refused({
          type: 'add-emotion-curve',
          laneId: 'emotions',
          label: 'Carla',
          state: 'current',
          personaId: 'persona-carla',
        }),
      ).toEqual({ code: 'not-found', entity: 'linked persona', id: 'persona-carla' })
    })

    it('removes a curve with its points', () => {
      const map = applied({ type: 'remove-emotion-curve', laneId: 'emotions', curveId: 'anna-today' })
      expect(emotionLane(map).curves).toEqual([])
    })

    it.each([
      { type: 'set-emotion-scale', laneId: 'doing', scale: { min: 0, max: 1 } },
      { type: 'add-emotion-curve', laneId: 'doing', label: 'X', state: 'current' },
      { type: 'remove-emotion-curve', laneId: 'doing', curveId: 'anna-today' },
      { type: 'set-emotion-point', laneId: 'doing', curveId: 'anna-today', stageId: 'awareness', value: 0 },
      { type: 'remove-emotion-point', laneId: 'doing', curveId: 'anna-today', stageId: 'awareness' },
    ] satisfies MapCommand[])('refuses "$type" on a lane that is not an emotion curve', (command) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'emotion-curve lane', id: 'doing' })
    })

    it.each([
      { type: 'remove-emotion-curve', laneId: 'emotions', curveId: 'ghost' },
      { type: 'set-emotion-point', laneId: 'emotions', curveId: 'ghost', stageId: 'awareness', value: 0 },
      { type: 'remove-emotion-point', laneId: 'emotions', curveId: 'ghost', stageId: 'awareness' },
    ] satisfies MapCommand[])('refuses "$type" for an unknown curve', (command) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'emotion curve', id: 'ghost' })
    })

    it('adds a point for a new place at the end of the curve', () => {
      const map = applied({
        type: 'set-emotion-point',
        laneId: 'emotions',
        curveId: 'anna-today',
        stageId: 'purchase',
        stepId: 'confirmation',
        value: 2,
        note: 'Relieved',
      })
      expect(pointsOf(map)).toHaveLength(4)
      expect(pointsOf(map).at(-1)).toEqual({ stageId: 'purchase', stepId: 'confirmation', value: 2, note: 'Relieved' })
    })

    it('replaces the point at the same stage and step, in place', () => {
      const map = applied({
        type: 'set-emotion-point',
        laneId: 'emotions',
        curveId: 'anna-today',
        stageId: 'awareness',
        value: -0.5,
      })
      expect(pointsOf(map)).toEqual([{ stageId: 'awareness', value: -0.5 }, ...pointsOf(journeyMapFixture()).slice(1)])
    })

    it('keeps a stage point and a step point of the same stage apart', () => {
      const map = applied({
        type: 'set-emotion-point',
        laneId: 'emotions',
        curveId: 'anna-today',
        stageId: 'consideration',
        value: 0,
      })
      expect(pointsOf(map).filter((point) => point.stageId === 'consideration')).toEqual([
        { stageId: 'consideration', stepId: 'compare-offers', value: -1, note: 'Too many plans' },
        { stageId: 'consideration', value: 0 },
      ])
    })

    it.each([-2, 2, 0.25])('accepts the value %s, inside the scale −2…+2', (value) => {
      const map = applied({
        type: 'set-emotion-point',
        laneId: 'emotions',
        curveId: 'anna-today',
        stageId: 'purchase',
        value,
      })
      expect(pointsOf(map).at(-1)).toEqual({ stageId: 'purchase', value })
    })

    it.each([-2.01, 3, 100])('refuses the value %s, outside the scale −2…+2', (value) => {
      expect(
        refused({ type: 'set-emotion-point', laneId: 'emotions', curveId: 'anna-today', stageId: 'purchase', value }),
      ).toEqual({ code: 'out-of-scale', value, min: -2, max: 2 })
    })

    it('removes the point at a step, leaving the point of its stage', () => {
      const map = appliedAll([
        { type: 'set-emotion-point', laneId: 'emotions', curveId: 'anna-today', stageId: 'consideration', value: 0 },
        {
          type: 'remove-emotion-point',
          laneId: 'emotions',
          curveId: 'anna-today',
          stageId: 'consideration',
          stepId: 'compare-offers',
        },
      ])
      expect(pointsOf(map)).toEqual([
        { stageId: 'awareness', value: 1 },
        { stageId: 'purchase', stepId: 'checkout', value: -2 },
        { stageId: 'consideration', value: 0 },
      ])
    })

    it.each([
      [{ stageId: 'purchase' }, 'purchase'],
      [{ stageId: 'purchase', stepId: 'confirmation' }, 'purchase/confirmation'],
    ])('refuses to remove a point that does not exist at %o', (place, name) => {
      expect(refused({ type: 'remove-emotion-point', laneId: 'emotions', curveId: 'anna-today', ...place })).toEqual({
        code: 'not-found',
        entity: 'emotion point',
        id: name,
      })
    })
  })

  describe('touchpoints', () => {
    it('adds an unbound touchpoint with an id derived from its name', () => {
      const map = applied({
        type: 'add-touchpoint',
        touchpoint: {
          name: 'Checkout',
          channel: 'app',
          mode: 'online',
          stageId: 'purchase',
          stepId: 'checkout',
          isRequired: true,
        },
      })
      expect(map.touchpoints.at(-1)).toEqual({
        id: 'checkout-2',
        name: 'Checkout',
        channel: 'app',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'checkout',
        isRequired: true,
      })
    })

    it('updates the given fields of a touchpoint and keeps the others', () => {
      const map = applied({
        type: 'update-touchpoint',
        touchpointId: 'tp-checkout',
        changes: { name: 'One-page checkout', importance: 'high' },
      })
      expect(map.touchpoints[2]).toEqual({
        ...journeyMapFixture().touchpoints[2],
        name: 'One-page checkout',
        importance: 'high',
      })
    })

    it('drops the step of a touchpoint moved to another stage without a step', () => {
      const map = applied({
        type: 'update-touchpoint',
        touchpointId: 'tp-checkout',
        changes: { stageId: 'consideration' },
      })
      const touchpoint = map.touchpoints[2]
      expect(touchpoint?.stageId).toBe('consideration')
      expect(touchpoint !== undefined && 'stepId' in touchpoint).toBe(false)
    })

    it('moves a touchpoint to a step of another stage', () => {
      const map = applied({
        type: 'update-touchpoint',
        touchpointId: 'tp-checkout',
        changes: { stageId: 'awareness', stepId: 'read-review' },
      })
      expect(map.touchpoints[2]).toMatchObject({
        stageId: 'awareness',
        stepId: 'read-review',
        selector: { events: ['Order Completed'] },
      })
    })

    it('binds a touchpoint to events with a selector, and unbinds it with null', () => {
      const selector: EventSelector = {
        events: ['Signed Up'],
        channels: ['app'],
        where: [{ op: 'exists', property: 'traits.email' }],
      }
      const bound = applied({ type: 'set-touchpoint-selector', touchpointId: 'tp-ad', selector })
      expect(bound.touchpoints[0]?.selector).toEqual(selector)
      const unbound = applied({ type: 'set-touchpoint-selector', touchpointId: 'tp-ad', selector: null })
      expect(unbound.touchpoints[0]).toEqual({
        id: 'tp-ad',
        name: 'Social ad',
        channel: 'social',
        mode: 'online',
        stageId: 'awareness',
      })
      expect(unbound.touchpoints[0] !== undefined && 'selector' in unbound.touchpoints[0]).toBe(false)
    })

    it('removes a touchpoint with the KPIs scoped to it, keeping the other KPIs', () => {
      const map = applied({ type: 'remove-touchpoint', touchpointId: 'tp-checkout' })
      expect(ids(map.touchpoints)).toEqual(['tp-ad', 'tp-pricing'])
      expect(ids(map.kpis)).toEqual(['kpi-nps', 'kpi-consideration-drop-off', 'kpi-ad-ctr'])
    })

    it.each([
      { type: 'update-touchpoint', touchpointId: 'ghost', changes: { name: 'X' } },
      { type: 'set-touchpoint-selector', touchpointId: 'ghost', selector: null },
      { type: 'remove-touchpoint', touchpointId: 'ghost' },
    ] satisfies MapCommand[])('refuses "$type" for an unknown touchpoint', (command) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'touchpoint', id: 'ghost' })
    })
  })

  describe('KPIs', () => {
    const fields = {
      name: 'Pricing page CTR',
      kind: 'ctr',
      formula: 'clicks on "Buy" / views',
      unit: 'percent',
      direction: 'higher-is-better',
    } as const

    it.each([
      { level: 'map' },
      { level: 'stage', stageId: 'purchase' },
      { level: 'touchpoint', touchpointId: 'tp-pricing' },
    ] satisfies Extract<MapCommand, { type: 'add-kpi' }>['kpi']['appliesTo'][])(
      'adds a KPI scoped to %o with an id derived from its name',
      (appliesTo) => {
        const map = applied({ type: 'add-kpi', kpi: { ...fields, appliesTo } })
        expect(map.kpis.at(-1)).toEqual({ id: 'pricing-page-ctr', ...fields, appliesTo })
      },
    )

    it.each([
      [{ level: 'stage', stageId: 'ghost' }, 'kpis[4].appliesTo.stageId', 'unknown stage "ghost"'],
      [{ level: 'touchpoint', touchpointId: 'ghost' }, 'kpis[4].appliesTo.touchpointId', 'unknown touchpoint "ghost"'],
    ] satisfies [Extract<MapCommand, { type: 'add-kpi' }>['kpi']['appliesTo'], string, string][])(
      'refuses a KPI scoped to %o',
      (appliesTo, path, message) => {
        expect(refused({ type: 'add-kpi', kpi: { ...fields, appliesTo } })).toEqual({
          code: 'invalid-map',
          problems: [{ path, message }],
        })
      },
    )

    it('refuses a KPI whose scale is upside down', () => {
      expect(
        refused({ type: 'add-kpi', kpi: { ...fields, appliesTo: { level: 'map' }, scale: { min: 1, max: 0 } } }),
      ).toEqual({
        code: 'invalid-map',
        problems: [{ path: 'kpis[4].scale.max', message: 'max must be above min' }],
      })
    })

    it('updates the given fields of a KPI and keeps the others', () => {
      const map = applied({
        type: 'update-kpi',
        kpiId: 'kpi-nps',
        changes: { target: 50, description: 'Quarterly survey' },
      })
      expect(map.kpis[0]).toEqual({ ...journeyMapFixture().kpis[0], target: 50, description: 'Quarterly survey' })
    })

    it('refuses to rescope a KPI to an unknown touchpoint', () => {
      const error = refused({
        type: 'update-kpi',
        kpiId: 'kpi-nps',
        changes: { appliesTo: { level: 'touchpoint', touchpointId: 'ghost' } },
      })
      expect(error).toMatchObject({ code: 'invalid-map', problems: [{ path: 'kpis[0].appliesTo.touchpointId' }] })
    })

    it('removes a KPI', () => {
      expect(ids(applied({ type: 'remove-kpi', kpiId: 'kpi-consideration-drop-off' }).kpis)).toEqual([
        'kpi-nps',
        'kpi-checkout-conversion',
        'kpi-ad-ctr',
      ])
    })

    it.each([
      { type: 'update-kpi', kpiId: 'ghost', changes: { target: 1 } },
      { type: 'remove-kpi', kpiId: 'ghost' },
    ] satisfies MapCommand[])('refuses "$type" for an unknown KPI', (command) => {
      expect(refused(command)).toEqual({ code: 'not-found', entity: 'KPI', id: 'ghost' })
    })
  })

  describe('personas and linked maps', () => {
    it('links a persona once: linking it again returns the very same map', () => {
      const map = applied({ type: 'link-persona', personaId: 'persona-carla' })
      expect(map.personaIds).toEqual(['persona-anna', 'persona-bob', 'persona-carla'])
      const again = applyMapCommand(map, { type: 'link-persona', personaId: 'persona-carla' })
      expect(again).toEqual({ ok: true, value: map })
      expect(again.ok && again.value).toBe(map)
    })

    it('unlinks a persona no curve is drawn for', () => {
      expect(applied({ type: 'unlink-persona', personaId: 'persona-bob' }).personaIds).toEqual(['persona-anna'])
    })

    it('refuses to unlink a persona while a curve is drawn for it', () => {
      expect(refused({ type: 'unlink-persona', personaId: 'persona-anna' })).toEqual({
        code: 'in-use',
        message: 'emotion curve "anna-today" is drawn for persona "persona-anna"',
      })
    })

    it('refuses to unlink a persona that is not linked', () => {
      expect(refused({ type: 'unlink-persona', personaId: 'persona-carla' })).toEqual({
        code: 'not-found',
        entity: 'linked persona',
        id: 'persona-carla',
      })
    })

    it('links another map, replacing an earlier link to the same map', () => {
      const added = applied({ type: 'link-map', link: { mapId: 'map-loyalty', relation: 'next', label: 'Then' } })
      expect(added.links.map((link) => link.mapId)).toEqual(['map-checkout-detail', 'map-loyalty'])
      const replaced = applied({ type: 'link-map', link: { mapId: 'map-checkout-detail', relation: 'related' } })
      expect(replaced.links).toEqual([{ mapId: 'map-checkout-detail', relation: 'related' }])
    })

    it.each([
      [{ mapId: 'map-onboarding', relation: 'related' }, 'links[1].mapId', 'a map cannot link to itself'],
      [{ mapId: 'map-x', relation: 'zooms-into', stageId: 'ghost' }, 'links[1].stageId', 'unknown stage "ghost"'],
    ] satisfies [Extract<MapCommand, { type: 'link-map' }>['link'], string, string][])(
      'refuses the link %o',
      (link, path, message) => {
        expect(refused({ type: 'link-map', link })).toEqual({ code: 'invalid-map', problems: [{ path, message }] })
      },
    )

    it('unlinks a map, and refuses to unlink a map that is not linked', () => {
      expect(applied({ type: 'unlink-map', mapId: 'map-checkout-detail' }).links).toEqual([])
      expect(refused({ type: 'unlink-map', mapId: 'map-ghost' })).toEqual({
        code: 'not-found',
        entity: 'map link',
        id: 'map-ghost',
      })
    })
  })
})

describe('describeMapCommandError', () => {
  it.each([
    [{ code: 'not-found', entity: 'stage', id: 'x' }, 'no stage with id "x"'],
    [{ code: 'duplicate-id', id: 'x' }, 'id "x" is already used in this map'],
    [{ code: 'invalid-index', index: 4, max: 2 }, 'index 4 is out of range (0…2)'],
    [{ code: 'out-of-scale', value: 3, min: -2, max: 2 }, '3 is outside the scale -2…2'],
    [{ code: 'in-use', message: 'busy' }, 'busy'],
    [
      {
        code: 'invalid-map',
        problems: [
          { path: 'cells[0].laneId', message: 'unknown lane "x"' },
          { path: 'kpis[1].scale.max', message: 'max must be above min' },
        ],
      },
      'cells[0].laneId: unknown lane "x"; kpis[1].scale.max: max must be above min',
    ],
  ] satisfies [MapCommandError, string][])('describes %o as %j', (error, text) => {
    expect(describeMapCommandError(error)).toBe(text)
  })
})

describe('applyMapCommand as the last line of defence', () => {
  it('refuses a command that would leave the map outside its schema, even when sent unparsed', () => {
    const cases: { command: MapCommand; path: string }[] = [
      { command: { type: 'rename-stage', stageId: 'awareness', name: '' }, path: 'stages[0].name' },
      { command: { type: 'add-stage', name: 'Bad', id: 'Bad Id' }, path: 'stages[3].id' },
      {
        command: {
          type: 'set-emotion-point',
          laneId: 'emotions',
          curveId: 'anna-today',
          stageId: 'purchase',
          value: Number.NaN,
        },
        path: 'lanes[4].curves[0].points',
      },
    ]
    for (const { command, path } of cases) {
      const error = refused(command)
      expect(error.code, command.type).toBe('invalid-map')
      if (error.code === 'invalid-map') expect(error.problems.map((p) => p.path).join(' ')).toContain(path)
    }
  })

  it('keeps a touchpoint on its step when an update repeats its stage', () => {
    const map = applied({
      type: 'update-touchpoint',
      touchpointId: 'tp-checkout',
      changes: { stageId: 'purchase', name: 'Paiement' },
    })
    expect(map.touchpoints.find((tp) => tp.id === 'tp-checkout')).toMatchObject({
      stepId: 'checkout',
      name: 'Paiement',
    })
  })
})
