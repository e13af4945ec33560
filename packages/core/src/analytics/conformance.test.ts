import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../events/event-record.js'
import type { EventSelector, PropertyPredicate } from '../events/event-selector.schema.js'
import { findTemplate } from '../journey-map/templates/all-templates.js'
import { compileMapModel } from './compile-map-model.js'
import { checkConformance, matchTouchpoints } from './conformance.js'
import { buildJourneyLog, type JourneyLogInput, NONE } from './journey-log.js'
import { buildProcessModel, type ProcessModel } from './process-model.js'

let seq = 0
function event(
  customerId: string,
  name: string,
  minute: number,
  channel: string | null = 'web',
  properties: JsonObject = {},
): JourneyLogInput {
  seq++
  return {
    type: 'track',
    name,
    timestamp: minute * 60_000,
    seq,
    channel,
    properties,
    traits: {},
    context: {},
    customerId,
  }
}

function modelOf(spec: Parameters<typeof buildProcessModel>[0]): ProcessModel {
  const built = buildProcessModel(spec)
  if (!built.ok) throw new Error(built.error.message)
  return built.value
}

/** browse (Products Searched) → buy (Product Added, Order Completed: both required) → after (Survey Answered). */
const shop = modelOf({
  stages: [
    { id: 'browse', touchpoints: [{ id: 'search', channel: 'web', selector: { events: ['Products Searched'] } }] },
    {
      id: 'buy',
      touchpoints: [
        { id: 'cart', channel: 'web', required: true, selector: { events: ['Product Added'] } },
        { id: 'order', channel: 'web', required: true, selector: { events: ['Order Completed'] } },
      ],
    },
    { id: 'after', touchpoints: [{ id: 'survey', channel: 'email', selector: { events: ['Survey Answered'] } }] },
  ],
})

describe('matchTouchpoints', () => {
  it('gives each event the set of touchpoints whose selectors match it, NONE when there is none', () => {
    const model = modelOf({
      stages: [
        { id: 's1', touchpoints: [{ id: 'order', selector: { events: ['Order Completed'] } }] },
        {
          id: 's2',
          touchpoints: [
            {
              id: 'loyal',
              selector: { events: ['Order Completed'], where: [{ op: 'gt', property: 'properties.points', value: 0 }] },
            },
          ],
        },
      ],
    })
    const log = buildJourneyLog([
      event('a', 'Order Completed', 1),
      event('a', 'Order Completed', 2, 'web', { points: 5 }),
      event('a', 'App Opened', 3),
    ])
    const matches = matchTouchpoints(log, model)
    expect([...matches.codes].map((code) => (code === NONE ? null : matches.labels[code]))).toEqual([
      'order',
      'order|loyal',
      null,
    ])
    expect(matches.sets[matches.codes[1] as number]).toEqual([0, 1])
  })
})

describe('checkConformance', () => {
  const log = buildJourneyLog([
    // perfect, with an event of no touchpoint in between
    event('c1', 'Products Searched', 1),
    event('c1', 'App Opened', 2),
    event('c1', 'Product Added', 3),
    event('c1', 'Order Completed', 4),
    // skipped the order
    event('c2', 'Products Searched', 1),
    event('c2', 'Product Added', 2),
    // went back to searching after the survey
    event('c3', 'Product Added', 1),
    event('c3', 'Order Completed', 2),
    event('c3', 'Survey Answered', 3, 'email'),
    event('c3', 'Products Searched', 4),
    // no touchpoint at all
    event('c4', 'App Opened', 1),
    // added to cart on the web, ordered in store
    event('c5', 'Product Added', 1, 'web'),
    event('c5', 'Order Completed', 2, 'store'),
    // same journey as c2
    event('c6', 'Products Searched', 1),
    event('c6', 'Product Added', 2),
  ])
  const result = checkConformance(log, shop, { includeCases: true })

  it('aligns each distinct touchpoint sequence once and counts the cases', () => {
    expect(result.totalCases).toBe(6)
    expect(result.casesWithoutTouchpoints).toBe(1)
    expect(result.distinctTraces).toBe(4) // c1, c2 = c6, c3, c5 (c4 is the empty journey)
    expect(result.shortestRun).toBe(2)
    expect(result.fittingCases).toBe(2)
  })

  it('gives every case its fitness 1 − cost / (|trace| + shortest run)', () => {
    expect(result.cases?.map((c) => [c.caseId, c.cost, c.fitness])).toEqual([
      ['c1', 0, 1],
      ['c2', 1, 1 - 1 / 4],
      ['c3', 1, 1 - 1 / 6],
      ['c4', 2, 0],
      ['c5', 0, 1],
      ['c6', 1, 1 - 1 / 4],
    ])
    const fitness = result.fitness
    expect(fitness?.mean).toBeCloseTo((1 + 0.75 + 5 / 6 + 0 + 1 + 0.75) / 6, 12)
    expect(fitness?.median).toBeCloseTo((0.75 + 5 / 6) / 2, 12)
    expect(fitness?.min).toBe(0)
    expect(fitness?.distribution.map((bin) => bin.cases)).toEqual([1, 0, 0, 0, 0, 0, 0, 2, 1, 2])
  })

  it('lists the deviations most frequent first, with their example cases', () => {
    expect(result.deviations).toEqual([
      {
        kind: 'skipped-step',
        stageId: 'buy',
        touchpointId: 'order',
        fromChannel: null,
        toChannel: null,
        cases: 3,
        occurrences: 3,
        exampleCases: ['c2', 'c4', 'c6'],
      },
      {
        kind: 'skipped-step',
        stageId: 'buy',
        touchpointId: 'cart',
        fromChannel: null,
        toChannel: null,
        cases: 1,
        occurrences: 1,
        exampleCases: ['c4'],
      },
      {
        kind: 'backward-move',
        stageId: 'browse',
        touchpointId: 'search',
        fromChannel: null,
        toChannel: null,
        cases: 1,
        occurrences: 1,
        exampleCases: ['c3'],
      },
      {
        kind: 'channel-switch',
        stageId: 'buy',
        touchpointId: 'order',
        fromChannel: 'web',
        toChannel: 'store',
        cases: 1,
        occurrences: 1,
        exampleCases: ['c5'],
      },
    ])
  })

  it('limits example cases to the smallest ids', () => {
    const limited = checkConformance(log, shop, { exampleCases: 2 })
    expect(limited.deviations[0]?.exampleCases).toEqual(['c2', 'c4'])
    expect(limited.cases).toBeUndefined()
  })

  it('gives each stage the mean of max(0, 1 − deviations / (events + required steps)) over the cases where it is defined', () => {
    // browse: c1, c2, c6 fit (1 event, 0 deviations); c3 has one backward search (1 event, 1 deviation) → 0
    // buy (2 required): c1, c3, c5: 1; c2, c6: 1 − 1/3; c4: 1 − 2/2 = 0 · after: only c3 has a survey
    expect(result.stages).toEqual([
      { stageId: 'browse', name: 'browse', fitness: 3 / 4, cases: 4 },
      { stageId: 'buy', name: 'buy', fitness: expect.closeTo((3 + 2 * (2 / 3)) / 6, 12), cases: 6 },
      { stageId: 'after', name: 'after', fitness: 1, cases: 1 },
    ])
  })

  it('reports an unexpected touchpoint when a later stage comes first', () => {
    const early = buildJourneyLog([
      event('x', 'Survey Answered', 1, 'email'),
      event('x', 'Product Added', 2),
      event('x', 'Order Completed', 3),
    ])
    const outcome = checkConformance(early, shop)
    expect(outcome.deviations.map((d) => [d.kind, d.touchpointId, d.cases])).toEqual([
      ['unexpected-touchpoint', 'survey', 1],
    ])
    expect(outcome.fitness?.mean).toBeCloseTo(1 - 1 / 5, 12)
  })

  it('uses the designed channel of a touchpoint for an event without channel', () => {
    const mixed = buildJourneyLog([event('x', 'Product Added', 1, null), event('x', 'Order Completed', 2, 'app')])
    expect(checkConformance(mixed, shop).deviations.map((d) => [d.kind, d.fromChannel, d.toChannel])).toEqual([
      ['channel-switch', 'web', 'app'],
    ])
  })

  it('answers an empty log with no fitness summary', () => {
    const outcome = checkConformance(buildJourneyLog([]), shop)
    expect(outcome.totalCases).toBe(0)
    expect(outcome.fitness).toBeNull()
    expect(outcome.deviations).toEqual([])
    expect(outcome.stages.every((stage) => stage.fitness === null)).toBe(true)
  })
})

// --- Properties over the nine-steps template bound to generated events ----------------------

const nineSteps = (() => {
  const map = findTemplate('nine-steps')?.build('en').map
  if (map === undefined) throw new Error('nine-steps template missing')
  const compiled = compileMapModel(map)
  if (!compiled.ok) throw new Error(compiled.error.message)
  return compiled.value
})()

/** A value that satisfies a predicate. */
function satisfying(predicate: PropertyPredicate): unknown {
  switch (predicate.op) {
    case 'exists':
      return 'yes'
    case 'eq':
      return predicate.value
    case 'neq':
      return undefined
    case 'in':
      return predicate.values[0]
    case 'contains':
      return `x${predicate.value}x`
    case 'gt':
      return predicate.value + 1
    case 'gte':
    case 'lte':
      return predicate.value
    case 'lt':
      return predicate.value - 1
  }
}

/** Puts a value at a dotted path (`context.campaign.medium`) of an event under construction. */
function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = root
  for (const key of keys.slice(0, -1)) {
    node[key] = (node[key] as Record<string, unknown> | undefined) ?? {}
    node = node[key] as Record<string, unknown>
  }
  node[keys[keys.length - 1] as string] = value
}

/** An event the touchpoint's selector matches, on its designed channel when the selector allows it. */
function eventOf(customerId: string, t: number, minute: number): JourneyLogInput {
  const touchpoint = nineSteps.touchpoints[t] as ProcessModel['touchpoints'][number]
  const selector: EventSelector = touchpoint.selector
  const channels = selector.channels as string[] | undefined
  const channel =
    channels === undefined || channels.includes(touchpoint.channel) ? touchpoint.channel : (channels[0] as string)
  const shape: Record<string, unknown> = { properties: {}, context: {} }
  for (const predicate of selector.where ?? []) {
    const value = satisfying(predicate)
    if (value !== undefined) setPath(shape, predicate.property, value)
  }
  return {
    ...event(customerId, selector.events[0] as string, minute, channel),
    properties: shape.properties as JsonObject,
    context: shape.context as JsonObject,
  }
}

/** Touchpoints whose generated event matches no other touchpoint. */
const cleanTouchpoints = (() => {
  const log = buildJourneyLog(nineSteps.touchpoints.map((_, t) => eventOf(`p${String(t).padStart(2, '0')}`, t, t)))
  const matches = matchTouchpoints(log, nineSteps)
  const clean = new Set<number>()
  nineSteps.touchpoints.forEach((_, t) => {
    const set = matches.sets[matches.codes[t] as number] ?? []
    if (set.length === 1 && set[0] === t) clean.add(t)
  })
  return clean
})()

/** A journey that follows the map: stages in order, every required touchpoint, optional ones or not, in any order inside a stage, with events of no touchpoint around. */
const designedJourney = (onlyClean: boolean) =>
  fc
    .tuple(
      fc.tuple(
        ...nineSteps.stages.map((stage) =>
          fc
            .tuple(
              fc.array(fc.integer({ min: 0, max: 2 }), {
                minLength: stage.touchpoints.length,
                maxLength: stage.touchpoints.length,
              }),
              fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
            )
            .map(([counts, shuffle]) => {
              const visit: number[] = []
              stage.touchpoints.forEach((t, k) => {
                if (onlyClean && !cleanTouchpoints.has(t)) return
                const required = nineSteps.touchpoints[t]?.required ?? false
                for (let r = 0; r < Math.max(counts[k] as number, required ? 1 : 0); r++) visit.push(t)
              })
              return visit
                .map((t, i) => ({ t, o: shuffle[i % 6] as number }))
                .sort((a, b) => a.o - b.o)
                .map((x) => x.t)
            }),
        ),
      ),
      fc.array(fc.nat(20), { maxLength: 3 }),
    )
    .map(([visits, noise]) => ({ touchpoints: visits.flat(), noise }))

function journeyEvents(
  customerId: string,
  touchpoints: readonly number[],
  noise: readonly number[],
): JourneyLogInput[] {
  const events = touchpoints.map((t, i) => eventOf(customerId, t, 10 * i))
  for (const at of noise) events.push(event(customerId, 'App Opened', at * 10 + 5, 'app'))
  return events
}

describe('checkConformance on the nine-steps template', () => {
  it('gives fitness 1 to journeys that follow the designed map exactly', () => {
    fc.assert(
      fc.property(fc.array(designedJourney(false), { minLength: 1, maxLength: 6 }), (journeys) => {
        const log = buildJourneyLog(journeys.flatMap((j, c) => journeyEvents(`c${c}`, j.touchpoints, j.noise)))
        const result = checkConformance(log, nineSteps)
        expect(result.fittingCases).toBe(journeys.length)
        expect(result.deviations.filter((d) => d.kind !== 'channel-switch')).toEqual([])
      }),
      { numRuns: 100 },
    )
  })

  it('counts exactly one skipped step when one required step is removed from such a journey', () => {
    fc.assert(
      fc.property(designedJourney(true), fc.boolean(), ({ touchpoints, noise }, second) => {
        const required = touchpoints.filter((t) => nineSteps.touchpoints[t]?.required)
        const removedTouchpoint = required[second ? required.length - 1 : 0] as number
        fc.pre(touchpoints.filter((t) => t === removedTouchpoint).length === 1)
        const journey = touchpoints.filter((t) => t !== removedTouchpoint)
        const result = checkConformance(buildJourneyLog(journeyEvents('c', journey, noise)), nineSteps, {
          includeCases: true,
        })
        expect(result.deviations.filter((d) => d.kind !== 'channel-switch')).toEqual([
          expect.objectContaining({
            kind: 'skipped-step',
            touchpointId: nineSteps.touchpoints[removedTouchpoint]?.id,
            cases: 1,
            occurrences: 1,
          }),
        ])
        expect(result.cases?.[0]?.cost).toBe(1)
        expect(result.cases?.[0]?.fitness).toBeCloseTo(1 - 1 / (journey.length + 2), 12)
      }),
      { numRuns: 100 },
    )
  })

  it('counts exactly one log move when an earlier stage touchpoint is added after the journey ended', () => {
    fc.assert(
      fc.property(designedJourney(true), ({ touchpoints, noise }) => {
        const early = [...cleanTouchpoints].find((t) => nineSteps.touchpoints[t]?.stage === 0) as number
        const journey = [...touchpoints, early]
        const result = checkConformance(buildJourneyLog(journeyEvents('c', journey, noise)), nineSteps, {
          includeCases: true,
        })
        expect(result.cases?.[0]?.cost).toBe(1)
        expect(result.deviations.filter((d) => d.kind !== 'channel-switch')).toEqual([
          expect.objectContaining({
            kind: 'backward-move',
            touchpointId: nineSteps.touchpoints[early]?.id,
            occurrences: 1,
          }),
        ])
      }),
      { numRuns: 100 },
    )
  })
})
