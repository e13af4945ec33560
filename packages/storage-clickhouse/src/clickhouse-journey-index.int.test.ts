import {
  DEFAULT_IDENTITY_RULES,
  identityGraphOfEvents,
  type JourneyLog,
  journeyLogOfEvents,
  type NewEvent,
  NONE,
  stitchIdentities,
  textsOf,
} from '@parcours/core'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ClickHouseStore, openClickHouseStore } from './open-clickhouse-store.js'
import type { ClickHouseLocation } from './parse-clickhouse-url.js'
import { type ClickHouseServers, startClickHouseServers } from './testing/clickhouse-servers.js'

/** Fixed so CI is deterministic; FC_SEED=<n> explores other logs. */
const SEED = Number(process.env.FC_SEED ?? 20_261_122)
const NOW = () => new Date(Date.UTC(2026, 0, 2))
const T0 = Date.UTC(2026, 0, 1)

/** Identifiers that must reach ClickHouse and come back unchanged. */
const HOSTILE = [
  "o'brien",
  'back\\slash',
  'new\nline',
  'nul\u0000byte',
  'tab\there',
  'émoji 🎉',
  "'); DROP TABLE events; --",
]

const event = (messageId: string, overrides: Partial<NewEvent> = {}): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Visit',
  anonymousId: null,
  userId: 'u1',
  timestamp: T0,
  channel: 'web',
  properties: {},
  traits: {},
  context: {},
  ...overrides,
})

/** A log as plain data, independent of case order and dictionary codes: what two engines must agree on. */
function canonical(log: JourneyLog, properties: readonly string[] = []) {
  const columns = properties.map((path) => log.property(path))
  return textsOf(log.caseIds)
    .map((caseId, c) => {
      const customer = log.caseCustomer[c] as number
      const events = []
      for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++) {
        const lifecycle = log.lifecycle[i] as number
        const channel = log.channel[i] as number
        events.push({
          name: log.names[log.name[i] as number],
          lifecycle: lifecycle === NONE ? null : log.lifecycles[lifecycle],
          channel: channel === NONE ? null : log.channels[channel],
          time: log.time[i],
          seq: log.seq[i],
          properties: columns.map((column) => {
            const code = column.codes[i] as number
            return code === NONE ? null : column.values[code]
          }),
        })
      }
      return { caseId, customer: log.customerIds.at(customer), traits: log.customerTraits[customer], events }
    })
    .sort((a, b) => (a.caseId < b.caseId ? -1 : 1))
}

let clickhouse: ClickHouseServers
let databases = 0
const open = async (database: string): Promise<ClickHouseStore> => {
  const location: ClickHouseLocation = {
    servers: clickhouse.servers.map((server) => server.url),
    database,
    cluster: null,
    user: null,
    password: null,
  }
  const opened = await openClickHouseStore(location, { now: NOW })
  if (!opened.ok) throw new Error(`migration failed: ${JSON.stringify(opened.error)}`)
  return opened.value
}
let store: ClickHouseStore
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 1 })
  store = await open('journeys')
}, 120_000)
afterAll(async () => {
  await store?.close()
  await clickhouse?.stop()
})

describe('ClickHouse identity store and journey index', () => {
  it('migrates the identity tables as migration 2', async () => {
    const fresh = await open(`fresh_${databases++}`)
    try {
      expect(fresh.migration).toEqual({ applied: [1, 2], version: 2 })
    } finally {
      await fresh.close()
    }
  })

  it('keeps hostile identifiers unchanged and stitches them as core does', async () => {
    const events = HOSTILE.flatMap((id, i) => [
      event(`a${i}`, { anonymousId: id, userId: null, timestamp: T0 + i }),
      event(`i${i}`, {
        type: 'identify',
        anonymousId: id,
        userId: `${id}!`,
        traits: { name: id },
        timestamp: T0 + i + 1,
      }),
    ])
    await store.events.append('hostile', events)
    const reference = stitchIdentities(
      identityGraphOfEvents(await store.events.list('hostile'), DEFAULT_IDENTITY_RULES),
    )
    const page = await store.identities.customers('hostile', { limit: 100 })
    expect(page.items.map((item) => item.customerId).sort()).toEqual(
      reference.customers.map((customer) => customer.customerId).sort(),
    )
    for (const [i, id] of HOSTILE.entries()) {
      const found = await store.identities.customers('hostile', { identifier: `anonymous:${id}` })
      expect(found.items[0]?.identifiers).toEqual({ anonymous: [id], user: [`${id}!`] })
      const profile = await store.identities.customer('hostile', found.items[0]?.customerId ?? '')
      expect(profile.ok && profile.value.traits).toEqual({ name: id })
      expect(profile.ok && profile.value.merges.map((merge) => merge.messageId)).toEqual([`i${i}`])
    }
  })

  it('keeps the identity map, merge versions and unmerges across a restart, and drops old map versions', async () => {
    const database = `restart_${databases++}`
    const first = await open(database)
    await first.events.append('p', [
      event('m1', { anonymousId: 'a1', userId: null }),
      event('m2', { type: 'identify', anonymousId: 'a1', userId: 'u1', timestamp: T0 + 1 }),
      event('m3', { type: 'identify', anonymousId: 'a2', userId: 'u1', timestamp: T0 + 2 }),
    ])
    const [customer] = (await first.identities.customers('p')).items
    const undone = await first.identities.unmerge('p', customer?.customerId ?? '', 1)
    expect(undone.ok && undone.value.customerIds.length).toBe(2)
    const before = await first.identities.customers('p')
    await first.close()

    const second = await open(database)
    try {
      expect(await second.identities.customers('p')).toEqual(before)
      expect((await second.identities.unmerges('p')).map((unmerge) => unmerge.merge.version)).toEqual([1])
      const computation = await second.identities.recompute('p')
      expect(computation).toMatchObject({ customers: 2, identifiers: 3, merges: 1 })
      // Older versions go by an ALTER … DELETE, a mutation: once it is done only the committed version is left.
      for (let tries = 0; tries < 100; tries++) {
        const [pending] = await second.connection.select<{ n: string }>(
          `SELECT count() AS n FROM system.mutations WHERE database = '${database}' AND is_done = 0`,
        )
        if (Number(pending?.n) === 0) break
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const versions = await second.connection.select<{ version: number }>(
        `SELECT DISTINCT version FROM ${database}.identity_map WHERE project = 'p'`,
      )
      expect(versions.map((row) => Number(row.version))).toEqual([computation.version])
    } finally {
      await second.close()
    }
  })

  it('never reads the rows of an interrupted identity computation as part of a later one', async () => {
    const database = `interrupted_${databases++}`
    const opened = await open(database)
    try {
      await opened.events.append('p', [event('m1', { anonymousId: 'a1', userId: null })])
      const first = await opened.identities.recompute('p')
      // A computation that wrote part of its map under the next version, then stopped before its commit row.
      await opened.connection.execute(
        `INSERT INTO ${database}.identity_map (project, version, identifier, customer_id)
         VALUES ('p', ${first.version + 1}, 'anonymous:a1', 'cus_stray'), ('p', ${first.version + 1}, 'user:ghost', 'cus_stray')`,
      )
      await opened.events.append('p', [event('m2', { anonymousId: null, userId: 'u9', timestamp: T0 + 1 })])
      const page = await opened.identities.customers('p')
      expect(page.items.map((customer) => customer.customerId)).not.toContain('cus_stray')
      expect(page.items.map((customer) => customer.identifiers)).toEqual(
        expect.arrayContaining([{ anonymous: ['a1'] }, { user: ['u9'] }]),
      )
      expect(page.items).toHaveLength(2)
      const second = await opened.identities.recompute('p')
      expect(second).toMatchObject({ customers: 2, identifiers: 2 })
      expect(second.version).toBeGreaterThan(first.version + 1)
    } finally {
      await opened.close()
    }
  })

  const drawnEvent = fc.record({
    type: fc.constantFrom('track', 'track', 'page', 'identify', 'alias'),
    name: fc.constantFrom('Visit', 'Cart', 'Order'),
    anonymousId: fc.option(fc.constantFrom('a1', 'a2', 'a3'), { nil: null }),
    userId: fc.option(fc.constantFrom('u1', 'u2', "u'3"), { nil: null }),
    minute: fc.integer({ min: 0, max: 5 }),
    channel: fc.option(fc.constantFrom('web', 'phone'), { nil: null }),
    order: fc.option(fc.constantFrom('o1', 'o2', 7, true, { nested: 1 }), { nil: undefined }),
    plan: fc.option(fc.constantFrom('gold', 'free', 3, true), { nil: undefined }),
    lifecycle: fc.option(fc.constantFrom('start', 'complete', 4), { nil: undefined }),
  })

  it('equals core reference log after every batch, for customers and for a case property', async () => {
    let projects = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(drawnEvent, { maxLength: 8 }), { minLength: 1, maxLength: 3 }),
        async (batches) => {
          const projectId = `random-${projects++}`
          let n = 0
          for (const batch of batches) {
            await store.events.append(
              projectId,
              batch.map((d) =>
                event(`m${n++}`, {
                  type: d.type,
                  name: d.name,
                  anonymousId: d.anonymousId,
                  userId: d.userId,
                  timestamp: T0 + d.minute * 60_000,
                  channel: d.channel,
                  traits: d.type === 'identify' && d.plan !== undefined ? { plan: d.plan } : {},
                  properties: {
                    ...(d.type === 'alias' ? { previousId: 'a1' } : {}),
                    ...(d.order === undefined ? {} : { order: d.order }),
                    ...(d.plan === undefined ? {} : { plan: d.plan }),
                    ...(d.lifecycle === undefined ? {} : { 'lifecycle:transition': d.lifecycle }),
                  },
                }),
              ),
            )
            const stored = await store.events.list(projectId)
            for (const caseProperty of [undefined, 'order']) {
              const options = caseProperty === undefined ? {} : { caseProperty }
              const paths = ['properties.plan', 'traits.plan']
              const actual = await store.journeys.journeyLog(projectId, { ...options, properties: paths })
              const expected = journeyLogOfEvents(stored, DEFAULT_IDENTITY_RULES, options)
              expect(canonical(actual, paths)).toEqual(canonical(expected, paths))
            }
          }
        },
      ),
      { numRuns: 20, seed: SEED },
    )
  })
})
