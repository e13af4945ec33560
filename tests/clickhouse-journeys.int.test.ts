import {
  AnalysisRequest,
  findTemplate,
  type IdentityStore,
  type JourneyLogSource,
  type NewEvent,
  type ParcoursStore,
  propertiesOfRequest,
  runAnalysis,
} from '@parcours/core'
import {
  type ClickHouseLocation,
  type ClickHouseServers,
  type ClickHouseStore,
  openClickHouseStore,
  startClickHouseServers,
} from '@parcours/storage-clickhouse'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** Fixed so CI is deterministic; FC_SEED=<n> explores other logs. */
const SEED = Number(process.env.FC_SEED ?? 20_261_122)
const NOW = () => new Date(Date.UTC(2026, 0, 2))
const T0 = Date.UTC(2026, 0, 1)

const nineSteps = findTemplate('nine-steps')?.build('en').map
if (nineSteps === undefined) throw new Error('the nine-steps template is missing')

/** Every analysis the brief names, with options that change how the log is read. */
const REQUESTS = [
  { analysis: 'variants' },
  { analysis: 'variants', classifier: 'name+lifecycle', top: 2 },
  { analysis: 'process-map', channels: ['web', 'app'] },
  {
    analysis: 'funnel',
    funnel: {
      steps: [
        { name: 'View', selector: { events: ['Product Viewed'] } },
        { name: 'Add', selector: { events: ['Product Added'] }, optional: true },
        { name: 'Checkout', selector: { events: ['Checkout Started'] } },
      ],
      windowMs: 3 * 3_600_000,
      breakdown: { property: 'properties.plan', attribution: 'last-touch' },
    },
  },
  { analysis: 'kpi', kpi: { kind: 'nps' } },
  {
    analysis: 'conformance',
    mapId: 'nine',
    rules: [{ kind: 'precedes', a: 'Product Viewed', b: 'Checkout Started' }],
  },
  { analysis: 'measure', mapId: 'nine', from: '2026-01-01T00:30:00Z' },
].map((raw) => AnalysisRequest.parse(raw))

const drawnEvent = fc.record({
  type: fc.constantFrom('track', 'track', 'track', 'track', 'identify', 'alias', 'page'),
  name: fc.constantFrom('Product Viewed', 'Product Added', 'Checkout Started', 'Survey Answered', 'Page Viewed'),
  anonymousId: fc.option(fc.constantFrom('a1', 'a2', "a'3\\"), { nil: null }),
  userId: fc.option(fc.constantFrom('u1', 'u2', 'u3', 'ü 4'), { nil: null }),
  previousId: fc.constantFrom('a1', 'a2', 'u1', 'u3', 'nobody'),
  email: fc.option(fc.constantFrom('lea@example.fr', ' LEA@example.fr', 'tom@example.fr'), { nil: undefined }),
  minute: fc.integer({ min: 0, max: 240 }),
  channel: fc.option(fc.constantFrom('web', 'app', 'email', 'store'), { nil: null }),
  plan: fc.option(fc.constantFrom('gold', 'free'), { nil: undefined }),
  score: fc.integer({ min: 0, max: 10 }),
  lifecycle: fc.option(fc.constantFrom('start', 'complete'), { nil: undefined }),
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
      ...(d.plan === undefined ? {} : { plan: d.plan }),
      ...(d.name === 'Survey Answered' ? { survey: 'nps', score: d.score } : {}),
      ...(d.lifecycle === undefined ? {} : { 'lifecycle:transition': d.lifecycle }),
    },
    traits: d.type === 'identify' ? { ...(d.plan === undefined ? {} : { plan: d.plan }), email: d.email } : {},
    context: d.email === undefined || d.type === 'identify' ? {} : { traits: { email: d.email } },
  }
}

/** What two engines must agree on for a project: every analysis, the customers, their profiles and timelines. */
async function answers(journeys: JourneyLogSource, identities: IdentityStore, projectId: string) {
  const analyses = []
  for (const request of REQUESTS) {
    const context = 'mapId' in request ? { map: nineSteps } : {}
    const log = await journeys.journeyLog(projectId, { properties: propertiesOfRequest(request, context) })
    analyses.push(runAnalysis(log, request, context))
  }
  const page = await identities.customers(projectId, { limit: 1000 })
  const profiles = []
  for (const customer of page.items.slice(0, 3)) {
    profiles.push(await identities.customer(projectId, customer.customerId))
    const timeline = await identities.timeline(projectId, customer.customerId)
    profiles.push(timeline.ok ? timeline.value.map((event) => event.messageId) : timeline)
  }
  return { analyses, page, profiles }
}

let clickhouse: ClickHouseServers
let single: ClickHouseStore
let cluster: ClickHouseStore
let duckdb: ParcoursStore
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 2 })
  const location = (servers: readonly string[], shards: string | null, database: string): ClickHouseLocation => ({
    servers,
    database,
    cluster: shards,
    user: null,
    password: null,
  })
  const urls = clickhouse.servers.map((server) => server.url)
  const opened = await Promise.all([
    openClickHouseStore(location(urls.slice(0, 1), null, 'journeys_single'), { now: NOW }),
    openClickHouseStore(location(urls, clickhouse.cluster, 'journeys_cluster'), { now: NOW }),
  ])
  for (const result of opened) if (!result.ok) throw new Error(`migration failed: ${JSON.stringify(result.error)}`)
  ;[single, cluster] = opened.map((result) => (result.ok ? result.value : (undefined as never)))
  duckdb = await createDuckDbStore({ path: ':memory:', now: NOW })
}, 120_000)
afterAll(async () => {
  await single?.close()
  await cluster?.close()
  await duckdb?.close()
  await clickhouse?.stop()
})

let projects = 0

describe.each([
  ['one server', () => single],
  ['two shards', () => cluster],
])('ClickHouse identities and journey logs on %s', (_, store) => {
  it('give the answers of DuckDB on random logs, batch after batch, re-sent batches included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(drawnEvent, { maxLength: 10 }), { minLength: 1, maxLength: 3 }),
        async (batches) => {
          const projectId = `p'${projects++}`
          let n = 0
          for (const batch of batches) {
            const events = batch.map((d) => toEvent(d, `m${n++}`))
            await duckdb.events.append(projectId, events)
            await store().events.append(projectId, events)
            const expected = await answers(duckdb.journeys, duckdb.identities, projectId)
            expect(await answers(store().journeys, store().identities, projectId)).toEqual(expected)
            // Sending the batch again stores nothing and changes no answer.
            const resent = await store().events.append(projectId, events)
            expect(resent.inserted).toBe(0)
            expect(await answers(store().journeys, store().identities, projectId)).toEqual(expected)
          }
        },
      ),
      { numRuns: 12, seed: SEED },
    )
  }, 600_000)

  it('stitches identify, alias and shared emails to the customer ids of DuckDB, and unmerges the same way', async () => {
    const projectId = `stitch-${projects++}`
    const events: NewEvent[] = [
      ['m1', 'page', 'a1', null, 0, {}, {}],
      ['m2', 'identify', 'a1', 'u1', 1, {}, { email: 'Lea@Example.fr' }],
      ['m3', 'track', null, 'u2', 2, {}, {}],
      ['m4', 'alias', null, 'u2', 3, { previousId: 'u1' }, {}],
      ['m5', 'identify', null, 'u3', 4, {}, { email: 'lea@example.fr ' }],
      ['m6', 'track', 'a2', null, 5, {}, {}],
    ].map(([messageId, type, anonymousId, userId, minute, properties, traits]) => ({
      messageId: messageId as string,
      type: type as NewEvent['type'],
      name: type === 'track' ? 'Product Viewed' : 'Page Viewed',
      anonymousId: anonymousId as string | null,
      userId: userId as string | null,
      timestamp: T0 + (minute as number) * 60_000,
      channel: 'web',
      properties: properties as NewEvent['properties'],
      traits: traits as NewEvent['traits'],
      context: {},
    }))
    await duckdb.events.append(projectId, events)
    await store().events.append(projectId, events)
    const expected = await duckdb.identities.customers(projectId)
    expect(expected.total).toBe(2)
    expect(await store().identities.customers(projectId)).toEqual(expected)
    expect(await store().events.stats(projectId, {})).toMatchObject({ customers: 2 })

    const merged = expected.items.find((item) => item.events === 5)?.customerId ?? ''
    const profile = await duckdb.identities.customer(projectId, merged)
    expect(profile.ok && profile.value.merges.length).toBe(4)
    expect(await store().identities.customer(projectId, merged)).toEqual(profile)

    const undone = await duckdb.identities.unmerge(projectId, merged)
    expect(undone.ok).toBe(true)
    expect(await store().identities.unmerge(projectId, merged)).toEqual(undone)
    expect(await store().identities.unmerges(projectId)).toEqual(await duckdb.identities.unmerges(projectId))
    expect(await answers(store().journeys, store().identities, projectId)).toEqual(
      await answers(duckdb.journeys, duckdb.identities, projectId),
    )
    expect(await store().identities.unmerge(projectId, 'cus_nobody')).toEqual(
      await duckdb.identities.unmerge(projectId, 'cus_nobody'),
    )
  }, 120_000)

  it('answers the cached log while nothing changed, and a new one once events arrive', async () => {
    const projectId = `cache-${projects++}`
    const event = (messageId: string, minute: number): NewEvent => ({
      messageId,
      type: 'track',
      name: 'Product Viewed',
      anonymousId: null,
      userId: 'u1',
      timestamp: T0 + minute * 60_000,
      channel: null,
      properties: {},
      traits: {},
      context: {},
    })
    await store().events.append(projectId, [event('m1', 0)])
    const first = await store().journeys.journeyLog(projectId)
    expect(await store().journeys.journeyLog(projectId)).toBe(first)
    await store().events.append(projectId, [event('m2', 1)])
    const second = await store().journeys.journeyLog(projectId)
    expect(second).not.toBe(first)
    expect([first.eventCount, second.eventCount]).toEqual([1, 2])
  }, 120_000)
})
