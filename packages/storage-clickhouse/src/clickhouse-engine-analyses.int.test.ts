import {
  type AnalysisContext,
  AnalysisRequest,
  findTemplate,
  type JourneyMap,
  type NewEvent,
  runAnalysis,
} from '@parcours/core'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomOrderedFunnel } from './analyses/journey-tables.fixture.js'
import { type ClickHouseStore, openClickHouseStore } from './open-clickhouse-store.js'
import { type ClickHouseServers, startClickHouseServers } from './testing/clickhouse-servers.js'
import { testLocation } from './testing/open-event-store-under-test.js'

/** Fixed so CI is deterministic; FC_SEED=<n> explores other logs. */
const SEED = Number(process.env.FC_SEED ?? 20_261_123)
const NOW = () => new Date(Date.UTC(2026, 0, 2))
const T0 = Date.UTC(2026, 0, 1)
const NAMES = ['Visit', 'Cart', "it's", 'Order', 'é\\'] as const

/**
 * Random events with stitching: anonymous visits later identified, aliases, several user ids
 * linked by a shared e-mail, identify calls (not journey events), channels and lifecycles (in
 * several cases), many equal timestamps (then seq decides).
 */
const drawnEvent = fc.record({
  type: fc.constantFrom('track', 'track', 'track', 'page', 'identify', 'alias'),
  name: fc.constantFrom(...NAMES),
  anonymousId: fc.option(fc.constantFrom('a1', 'a2', "a'3"), { nil: null }),
  userId: fc.option(fc.constantFrom<string>('u1', 'u2', 'ü 3', 'u4'), { nil: null }),
  previousId: fc.constantFrom('a1', 'a2', 'u1', 'u4'),
  email: fc.option(fc.constantFrom('lea@example.fr', 'tom@example.fr'), { nil: undefined }),
  minute: fc.integer({ min: 0, max: 30 }),
  channel: fc.option(fc.constantFrom('web', 'app', 'email'), { nil: null }),
  lifecycle: fc.option(fc.constantFrom('start', 'complete', 'COMPLETE', 'Ünïcode'), { nil: undefined }),
})
type Drawn = typeof drawnEvent extends fc.Arbitrary<infer T> ? T : never

function toEvent(d: Drawn, messageId: string): NewEvent {
  return {
    messageId,
    type: d.type,
    name: d.type === 'identify' ? 'Identify' : d.type === 'alias' ? 'Alias' : d.name,
    anonymousId: d.anonymousId,
    userId: d.userId,
    timestamp: T0 + d.minute * 60_000,
    channel: d.channel,
    properties: {
      ...(d.type === 'alias' ? { previousId: d.previousId } : {}),
      ...(d.lifecycle === undefined ? {} : { 'lifecycle:transition': d.lifecycle }),
    },
    traits: d.type === 'identify' && d.email !== undefined ? { email: d.email } : {},
    context: d.email === undefined || d.type === 'identify' ? {} : { traits: { email: d.email } },
  }
}

/** Ordered funnels over the names: optional steps, exclusions, every countBy. */
const drawnFunnel = randomOrderedFunnel(NAMES, [60_000, 600_000, 14 * 86_400_000])

const minute = (m: number) => new Date(T0 + m * 60_000).toISOString()

/** A scope the engine computes: none, or some of lifecycle, channels, period and the name+lifecycle classifier. */
const drawnScope = fc.record(
  {
    classifier: fc.constantFrom('name', 'name+lifecycle'),
    lifecycle: fc.constantFrom(['complete'], ['START', 'ünïcode'], ['none-of-them']),
    channels: fc.constantFrom(['web'], ['app', 'email']),
    from: fc.integer({ min: 0, max: 30 }).map(minute),
    to: fc.integer({ min: 5, max: 31 }).map((m) => new Date(T0 + m * 60_000).toISOString().replace('Z', '+00:00')),
  },
  { requiredKeys: [] },
)

const drawnRequest: fc.Arbitrary<AnalysisRequest> = fc
  .tuple(
    drawnScope,
    fc.oneof(
      fc.record({ analysis: fc.constant('variants'), top: fc.option(fc.nat(3), { nil: undefined }) }),
      fc.record({ analysis: fc.constant('process-map') }),
      fc.record({ analysis: fc.constant('funnel'), funnel: drawnFunnel }),
    ),
  )
  .map(([scope, analysis]) => AnalysisRequest.parse(JSON.parse(JSON.stringify({ ...scope, ...analysis }))))

/** Journey events of many customers (one user id each), so groups of cases outnumber their example ids; channels sometimes missing. */
const drawnCustomerEvent = fc
  .record({
    drawn: drawnEvent,
    customer: fc.integer({ min: 0, max: 59 }),
    type: fc.constantFrom('track', 'page'),
  })
  .map(({ drawn, customer, type }): Drawn => ({ ...drawn, type, anonymousId: null, userId: `u${customer}` }))

/** The nine-steps template's first three stages, bound to the test's names: overlapping selectors, channels, required steps (two sharing a step are alternatives). */
const templateMap = (() => {
  const built = findTemplate('nine-steps')?.build('en').map
  if (built === undefined) throw new Error('nine-steps template missing')
  return built
})()
const drawnMap: fc.Arbitrary<JourneyMap> = fc
  .array(
    fc.record({
      stage: fc.integer({ min: 0, max: 2 }),
      events: fc.subarray([...NAMES], { minLength: 1, maxLength: 2 }),
      channels: fc.option(fc.subarray(['web', 'app', 'email'] as const, { minLength: 1 }), { nil: undefined }),
      channel: fc.constantFrom('web', 'app', 'email', 'store'),
      isRequired: fc.boolean(),
      step: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((drawn) => ({
    ...templateMap,
    touchpoints: drawn.map((touchpoint, t) => ({
      id: `tp-${t}`,
      name: `Touchpoint ${t}`,
      channel: touchpoint.channel,
      mode: 'online' as const,
      stageId: (templateMap.stages[touchpoint.stage] as JourneyMap['stages'][number]).id,
      ...(touchpoint.step === undefined ? {} : { stepId: touchpoint.step }),
      isRequired: touchpoint.isRequired,
      selector: {
        events: touchpoint.events,
        ...(touchpoint.channels === undefined ? {} : { channels: touchpoint.channels }),
      },
    })),
  }))

let clickhouse: ClickHouseServers
let stores: [string, ClickHouseStore][] = []
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 2 })
  const [first] = clickhouse.servers
  if (first === undefined) throw new Error('no server')
  const alone = { ...clickhouse, servers: [first] }
  const opened = await Promise.all([
    openClickHouseStore(testLocation(alone, 'engine_single', false), { now: NOW }),
    openClickHouseStore(testLocation(clickhouse, 'engine_cluster', true), { now: NOW }),
  ])
  stores = opened.map((result, i): [string, ClickHouseStore] => {
    if (!result.ok) throw new Error(`migration failed: ${JSON.stringify(result.error)}`)
    return [i === 0 ? 'one server' : 'two shards', result.value]
  })
}, 120_000)
afterAll(async () => {
  for (const [, store] of stores) await store.close()
  await clickhouse?.stop()
})

let projects = 0
/** Appends the events to a fresh project of every store and answers the project. */
async function load(events: readonly NewEvent[]): Promise<string> {
  const projectId = `p'${++projects}`
  for (const [, store] of stores) await store.events.append(projectId, events)
  return projectId
}

/** The reference: core's runAnalysis on the journey log of the same store. */
async function reference(
  store: ClickHouseStore,
  projectId: string,
  request: AnalysisRequest,
  context: AnalysisContext = {},
) {
  const outcome = runAnalysis(await store.journeys.journeyLog(projectId), request, context)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.value
}

describe('ClickHouse engine analyses', () => {
  it('answer what runAnalysis answers on the journey log: random stitched logs, random requests, one server and two shards', async () => {
    let answered = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(drawnEvent, { minLength: 1, maxLength: 40 }),
        fc.array(drawnRequest, { minLength: 1, maxLength: 4 }),
        async (drawn, requests) => {
          const projectId = await load(drawn.map((d, i) => toEvent(d, `m${i}`)))
          for (const [name, store] of stores)
            for (const request of requests) {
              const answer = await store.engineAnalyses.run(projectId, request)
              expect(answer, `${name}: ${JSON.stringify(request)}`).toEqual(await reference(store, projectId, request))
              answered++
            }
        },
      ),
      { numRuns: 25, seed: SEED },
    )
    expect(answered).toBeGreaterThan(50)
  }, 600_000)

  it('check conformance to a map as runAnalysis does on the journey log: random maps, scopes and logs, one server and two shards', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(drawnCustomerEvent, { minLength: 30, maxLength: 120 }),
        drawnMap,
        fc.oneof(fc.constant({}), fc.constant({ channels: ['web', 'app'] }), drawnScope),
        fc.option(fc.nat(3), { nil: undefined }),
        async (drawn, map, scope, exampleCases) => {
          const projectId = await load(drawn.map((d, i) => toEvent(d, `m${i}`)))
          const request = AnalysisRequest.parse(
            JSON.parse(JSON.stringify({ ...scope, analysis: 'conformance', mapId: map.id, exampleCases })),
          )
          for (const [name, store] of stores) {
            const answer = await store.engineAnalyses.run(projectId, request, { map })
            expect(answer, `${name}: ${JSON.stringify(request)}`).toBeDefined()
            expect(answer, `${name}: ${JSON.stringify(request)}`).toEqual(
              await reference(store, projectId, request, { map }),
            )
          }
        },
      ),
      { numRuns: 25, seed: SEED },
    )
  }, 600_000)

  it('leave conformance to the journey log without the map, when a selector reads properties or names a text not sendable as UTF-8', async () => {
    const projectId = await load([])
    const request = AnalysisRequest.parse({ analysis: 'conformance', mapId: templateMap.id })
    const byProperty: JourneyMap = {
      ...templateMap,
      touchpoints: [
        {
          id: 'tp-gold',
          name: 'Gold order',
          channel: 'web',
          mode: 'online',
          stageId: (templateMap.stages[0] as JourneyMap['stages'][number]).id,
          selector: { events: ['Order'], where: [{ op: 'eq', property: 'properties.plan', value: 'gold' }] },
        },
      ],
    }
    for (const [name, store] of stores) {
      expect(await store.engineAnalyses.run(projectId, request), name).toBeUndefined()
      expect(await store.engineAnalyses.run(projectId, request, { map: byProperty }), name).toBeUndefined()
      expect(
        await store.engineAnalyses.run(projectId, request, { map: { ...byProperty, touchpoints: [] } }),
        name,
      ).toBeUndefined()
      // A name with a lone surrogate cannot be sent as UTF-8: the journey log answers (it matches nothing there).
      const [gold] = byProperty.touchpoints
      const loneSurrogate = {
        ...byProperty,
        touchpoints: gold === undefined ? [] : [{ ...gold, selector: { events: ['Order\uD800'] } }],
      }
      expect(await store.engineAnalyses.run(projectId, request, { map: loneSurrogate }), name).toBeUndefined()
      const funnel = AnalysisRequest.parse({
        analysis: 'funnel',
        funnel: { steps: [{ name: 'x', selector: { events: ['\uDC00'] } }] },
      })
      expect(await store.engineAnalyses.run(projectId, funnel), name).toBeUndefined()
    }
  })

  it('reads the customer of every identifier on two shards: a customer whose identifiers live on both', async () => {
    const at = (m: number, overrides: Partial<NewEvent>): NewEvent => ({
      messageId: `s${m}`,
      type: 'track',
      name: 'Visit',
      anonymousId: null,
      userId: null,
      timestamp: T0 + m * 60_000,
      channel: 'web',
      properties: {},
      traits: {},
      context: {},
      ...overrides,
    })
    const events: NewEvent[] = []
    // 20 anonymous visitors, each later identified as a user: the two ids hash to either shard.
    for (let i = 0; i < 20; i++)
      events.push(
        at(3 * i, { anonymousId: `anon-${i}`, name: 'Visit' }),
        at(3 * i + 1, { type: 'identify', anonymousId: `anon-${i}`, userId: `user-${i}`, name: 'Identify' }),
        at(3 * i + 2, { userId: `user-${i}`, name: 'Order' }),
      )
    const projectId = await load(events)
    const [, cluster] = stores[1] ?? []
    if (cluster === undefined) throw new Error('no cluster store')
    const request = AnalysisRequest.parse({ analysis: 'variants' })
    const answer = await cluster.engineAnalyses.run(projectId, request)
    expect(answer).toMatchObject({ result: { totalCases: 20, rows: [{ sequence: ['Visit', 'Order'], cases: 20 }] } })
    expect(answer).toEqual(await reference(cluster, projectId, request))
    const local = await Promise.all(
      clickhouse.servers.map(async (server) =>
        Number(
          await server.query(
            `SELECT count() FROM engine_cluster.events_local WHERE project = '${projectId.replace("'", "\\'")}'`,
          ),
        ),
      ),
    )
    expect(local.every((count) => count > 0)).toBe(true)
  })

  const funnel = { steps: [{ name: 'Visit', selector: { events: ['Visit'] } }] }
  const byWeb = { match: 'all', conditions: [{ kind: 'channel', channels: ['web'] }] }
  const refused: [string, Record<string, unknown>][] = [
    ['paths', { analysis: 'paths' }],
    ['performance', { analysis: 'performance' }],
    ['kpi', { analysis: 'kpi', kpi: { kind: 'nps' } }],
    ['compare-segments', { analysis: 'compare-segments', funnel, segments: [byWeb, byWeb] }],
    ['conformance', { analysis: 'conformance', rules: [{ kind: 'absent', activity: 'Order' }] }],
    ['a case property', { analysis: 'variants', caseProperty: 'order_id' }],
    ['a segment', { analysis: 'variants', segment: byWeb }],
    ['a map', { analysis: 'process-map', classifier: 'touchpoint', mapId: 'm1' }],
    ['the touchpoint classifier', { analysis: 'funnel', classifier: 'touchpoint', funnel }],
    ['the name+channel classifier', { analysis: 'variants', classifier: 'name+channel' }],
    ['a strict funnel', { analysis: 'funnel', funnel: { ...funnel, mode: 'strict' } }],
    ['an unordered funnel', { analysis: 'funnel', funnel: { ...funnel, mode: 'unordered' } }],
    ['a breakdown', { analysis: 'funnel', funnel: { ...funnel, breakdown: { property: 'properties.plan' } } }],
    [
      'a step window',
      {
        analysis: 'funnel',
        funnel: { steps: [...funnel.steps, { name: 'Order', selector: { events: ['Order'] }, window: 60_000 }] },
      },
    ],
    [
      'a selector by channel',
      {
        analysis: 'funnel',
        funnel: { steps: [{ name: 'Visit', selector: { events: ['Visit'], channels: ['web'] } }] },
      },
    ],
    [
      'an exclusion by property',
      {
        analysis: 'funnel',
        funnel: {
          steps: [...funnel.steps, { name: 'Order', selector: { events: ['Order'] } }],
          exclusions: [
            { selector: { events: ['Order'], where: [{ op: 'eq', property: 'properties.plan', value: 'gold' }] } },
          ],
        },
      },
    ],
  ]
  it.each(refused)('answer undefined for %s (the journey log answers it)', async (_, raw) => {
    const projectId = await load([])
    const request = AnalysisRequest.parse(raw)
    for (const [, store] of stores) expect(await store.engineAnalyses.run(projectId, request)).toBeUndefined()
  })

  it('answer undefined for lifecycles when a lifecycle text may not be a string, and still answer the rest', async () => {
    const visit = (messageId: string, lifecycle: unknown): NewEvent => ({
      messageId,
      type: 'track',
      name: 'Visit',
      anonymousId: null,
      userId: 'u1',
      timestamp: T0,
      channel: 'web',
      properties: { 'lifecycle:transition': lifecycle } as NewEvent['properties'],
      traits: {},
      context: {},
    })
    // The number 5 and the string "5" are both stored as the text 5; core counts only the string.
    const projectId = await load([visit('m1', 5), visit('m2', '5'), visit('m3', 'complete')])
    for (const [name, store] of stores) {
      for (const raw of [
        { analysis: 'variants', lifecycle: ['5'] },
        { analysis: 'process-map', classifier: 'name+lifecycle' },
      ])
        expect(await store.engineAnalyses.run(projectId, AnalysisRequest.parse(raw)), name).toBeUndefined()
      for (const raw of [{ analysis: 'variants' }, { analysis: 'process-map', channels: ['web'] }]) {
        const plain = AnalysisRequest.parse(raw)
        const answer = await store.engineAnalyses.run(projectId, plain)
        expect(answer, name).toBeDefined()
        expect(answer, name).toEqual(await reference(store, projectId, plain))
      }
    }
  })
})
