import {
  DEFAULT_IDENTITY_RULES,
  groupIdentifiersByKind,
  type IdentifierPair,
  type IdentityStore,
  identityGraphOfEvents,
  type JsonObject,
  type NewEvent,
  type Stitching,
  stitchIdentities,
} from '@parcours/core'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClickHouseConnection } from './clickhouse-connection.js'
import { createClickHouseIdentityStore } from './clickhouse-identity-store.js'
import { JSON_PATH_NESTING } from './json-path-sql.js'
import { type ClickHouseStore, openClickHouseStore } from './open-clickhouse-store.js'
import { type ClickHouseServers, startClickHouseServers } from './testing/clickhouse-servers.js'
import { testLocation } from './testing/open-event-store-under-test.js'

/** Fixed so CI is deterministic; FC_SEED=<n> explores other logs. */
const SEED = Number(process.env.FC_SEED ?? 20_261_123)
const NOW = () => new Date(Date.UTC(2026, 0, 2))
const T0 = Date.UTC(2026, 0, 1)

/** Nested deeper than the SQL pattern steps over: a row holding it is parsed here instead. */
const deep = (depth: number): JsonObject => (depth === 0 ? { leaf: '"email":"no@x.fr"' } : { inner: deep(depth - 1) })

const drawnEvent = fc.record({
  type: fc.constantFrom('track', 'track', 'page', 'identify', 'identify', 'alias', 'group'),
  anonymousId: fc.option(fc.constantFrom('a1', 'a2', "a'3\\", '7'), { nil: null }),
  userId: fc.option(fc.constantFrom('u1', 'u2', 'ü 3', '7'), { nil: null }),
  /** Few distinct minutes: many equal timestamps. */
  minute: fc.integer({ min: 0, max: 3 }),
  previousId: fc.constantFrom<unknown>('a1', 'u2', "a'3\\", 7, ' u1', 'nobody', true, { id: 'u1' }, null),
  email: fc.option(fc.constantFrom('lea@example.fr', ' LEA@Example.FR ', 'tom@example.fr', 'not-an-email', 42), {
    nil: undefined,
  }),
  phone: fc.option(fc.constantFrom('06 12 34 56 78', '+33612345678', '0033 6 12 34 56 78', '+1 415 555 0100'), {
    nil: undefined,
  }),
  loyaltyCard: fc.option(fc.constantFrom<unknown>('L1', ' L1 ', 1001, true, { card: 'L1' }, null), { nil: undefined }),
  /** A member before the identifiers that holds their keys in strings or nested objects. */
  decoy: fc.constantFrom<unknown>(
    undefined,
    '"email":"evil@x.fr"',
    'back\\slash"}{',
    { email: 'nested@x.fr', phone: '0612345678' },
    ['"email":', { email: 'in-array@x.fr' }],
  ),
  where: fc.constantFrom('traits', 'context', 'both'),
  isNestedDeep: fc.boolean(),
})
type Drawn = typeof drawnEvent extends fc.Arbitrary<infer T> ? T : never

function toEvent(d: Drawn, messageId: string): NewEvent {
  const shared: JsonObject = {
    ...(d.decoy === undefined ? {} : ({ decoy: d.decoy } as JsonObject)),
    ...(d.isNestedDeep ? { profile: deep(JSON_PATH_NESTING + 1) } : {}),
    ...(d.email === undefined ? {} : { email: d.email }),
    ...(d.phone === undefined ? {} : { phone: d.phone }),
  }
  const inTraits = d.where !== 'context'
  const inContext = d.where !== 'traits'
  return {
    messageId,
    type: d.type as NewEvent['type'],
    name: d.type === 'track' ? 'Visit' : d.type,
    anonymousId: d.anonymousId,
    userId: d.userId,
    timestamp: T0 + d.minute * 60_000,
    channel: 'web',
    properties: {
      ...(d.type === 'alias' ? ({ previousId: d.previousId } as JsonObject) : {}),
      ...(d.loyaltyCard === undefined ? {} : ({ loyaltyCard: d.loyaltyCard } as JsonObject)),
    },
    traits: inTraits ? { crmId: d.isNestedDeep ? 'C1' : ' C1', ...shared } : {},
    context: inContext ? { library: { name: 'test' }, traits: shared } : {},
  }
}

/** What two computations must agree on: every customer with their identifiers, and the whole merge log. */
async function identitiesOf(identities: IdentityStore, projectId: string) {
  const page = await identities.customers(projectId, { limit: 10_000 })
  const merges = []
  for (const item of page.items) {
    const profile = await identities.customer(projectId, item.customerId)
    if (profile.ok) merges.push(...profile.value.merges)
  }
  return {
    customers: page.items
      .map((item) => ({ customerId: item.customerId, identifiers: item.identifiers }))
      .sort((a, b) => (a.customerId < b.customerId ? -1 : 1)),
    merges: merges.sort((a, b) => a.version - b.version),
  }
}

const referenceOf = (stitching: Stitching) => ({
  customers: stitching.customers.map((customer) => ({
    customerId: customer.customerId,
    identifiers: groupIdentifiersByKind(customer.identifiers),
  })),
  merges: [...stitching.merges].sort((a, b) => a.version - b.version),
})

/** The characters a connection answers: what reaches this process. */
function countingConnection(connection: ClickHouseConnection): ClickHouseConnection & { received: number } {
  const counting = {
    ...connection,
    received: 0,
    async execute(sql: string, settings?: Parameters<ClickHouseConnection['execute']>[1]) {
      const body = await connection.execute(sql, settings)
      counting.received += body.length
      return body
    },
    async select<Row>(sql: string, settings?: Parameters<ClickHouseConnection['select']>[1]) {
      const rows = await connection.select<Row>(sql, settings)
      counting.received += JSON.stringify(rows).length
      return rows
    },
    async *stream(sql: string, settings?: Parameters<ClickHouseConnection['stream']>[1]) {
      for await (const piece of connection.stream(sql, settings)) {
        counting.received += piece.length
        yield piece
      }
    },
  }
  return counting
}

describe.each([
  { layout: 'one server', shards: 1 },
  { layout: 'two shards', shards: 2 },
])('identity stitching computed in ClickHouse, $layout', ({ shards }) => {
  let clickhouse: ClickHouseServers
  let store: ClickHouseStore
  const database = `stitching_${shards}`
  beforeAll(async () => {
    clickhouse = await startClickHouseServers({ shards })
    const opened = await openClickHouseStore(testLocation(clickhouse, database, shards > 1), { now: NOW })
    if (!opened.ok) throw new Error(`migration failed: ${JSON.stringify(opened.error)}`)
    store = opened.value
  }, 120_000)
  afterAll(async () => {
    await store?.close()
    await clickhouse?.stop()
  })

  it("equals core's customers and merge log on random logs, before and after unmerges", async () => {
    let projects = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(drawnEvent, { minLength: 1, maxLength: 14 }),
        fc.array(drawnEvent, { maxLength: 8 }),
        fc.nat(),
        async (first, second, pick) => {
          const projectId = `random-${projects++}`
          let n = 0
          const blocked: IdentifierPair[] = []
          let previous: Stitching | undefined
          const check = async () => {
            const graph = identityGraphOfEvents(await store.events.list(projectId), DEFAULT_IDENTITY_RULES)
            const expected = stitchIdentities({
              ...graph,
              blocked,
              previousMerges: previous?.merges ?? [],
              lastMergeVersion: previous?.lastMergeVersion ?? 0,
            })
            expect(await identitiesOf(store.identities, projectId)).toEqual(referenceOf(expected))
            previous = expected
            return expected
          }
          await store.events.append(
            projectId,
            first.map((d) => toEvent(d, `m${n++}`)),
          )
          const stitched = await check()
          const merge = stitched.merges[pick % Math.max(1, stitched.merges.length)]
          if (merge !== undefined) {
            const undone = await store.identities.unmerge(projectId, merge.customerId, merge.version)
            expect(undone.ok).toBe(true)
            blocked.push({ left: merge.left, right: merge.right })
            await check()
          }
          await store.events.append(
            projectId,
            second.map((d) => toEvent(d, `m${n++}`)),
          )
          await check()
        },
      ),
      { numRuns: 12, seed: SEED },
    )
  })

  it('brings ids and links into this process, not the events', async () => {
    const projectId = 'large-properties'
    const blob = { text: 'x'.repeat(20_000), nested: deep(JSON_PATH_NESTING + 2), items: [{ sku: 'A', qty: 1 }] }
    const events: NewEvent[] = []
    for (let i = 0; i < 40; i++)
      events.push({
        messageId: `e${i}`,
        type: i % 4 === 0 ? 'identify' : 'track',
        name: 'Visit',
        anonymousId: `a${i % 10}`,
        userId: i % 4 === 0 ? `u${i % 5}` : null,
        timestamp: T0 + i,
        channel: 'web',
        properties: blob,
        traits: i % 4 === 0 ? { email: `P${i % 3}@example.fr` } : {},
        context: {},
      })
    await store.events.append(projectId, events)
    const connection = countingConnection(store.connection)
    const identities = createClickHouseIdentityStore({
      connection,
      database,
      rules: DEFAULT_IDENTITY_RULES,
      now: NOW,
    })
    const computation = await identities.recompute(projectId)
    const sent = JSON.stringify(blob).length * events.length
    expect(connection.received).toBeLessThan(sent / 100)
    const expected = stitchIdentities(identityGraphOfEvents(await store.events.list(projectId), DEFAULT_IDENTITY_RULES))
    expect(computation).toMatchObject({ customers: expected.customers.length, merges: expected.merges.length })
    expect(await identitiesOf(store.identities, projectId)).toEqual(referenceOf(expected))
  })
})
