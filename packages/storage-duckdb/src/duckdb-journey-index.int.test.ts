import {
  DEFAULT_IDENTITY_RULES,
  type JourneyLog,
  journeyLogOfEvents,
  type NewEvent,
  NONE,
  type ParcoursStore,
  textsOf,
} from '@parcours/core'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'

/** Fixed so CI is deterministic; FC_SEED=<n> explores other logs. */
const SEED = Number(process.env.FC_SEED ?? 20_261_122)

const DAY = 86_400_000
const event = (messageId: string, overrides: Partial<NewEvent> = {}): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Visit',
  anonymousId: null,
  userId: 'alice',
  timestamp: Date.UTC(2026, 0, 1),
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

let store: ParcoursStore
beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:' })
})
afterEach(async () => {
  await store.close()
})

describe('DuckDB journey index', () => {
  it('orders each case by time then ingestion order and leaves identify calls out', async () => {
    const t = Date.UTC(2026, 0, 1)
    await store.events.append('p', [
      event('m1', { name: 'B', timestamp: t + 1000 }),
      event('m2', { name: 'A', timestamp: t }),
      event('m3', { name: 'C', timestamp: t + 1000, channel: null }),
      event('m4', { type: 'identify', name: 'Identify', traits: { plan: 'gold' }, timestamp: t }),
      event('m5', { name: 'Z', userId: 'bob', timestamp: t - DAY, properties: { 'lifecycle:transition': 'complete' } }),
    ])
    const log = await store.journeys.journeyLog('p')
    const cases = canonical(log)
    expect(cases.map((c) => c.events.map((e) => e.name)).sort()).toEqual([['A', 'B', 'C'], ['Z']])
    const alice = cases.find((c) => c.events.length === 3)
    expect(alice?.traits).toEqual({ plan: 'gold' })
    expect(alice?.events.map((e) => e.channel)).toEqual(['web', 'web', null])
    expect(cases.find((c) => c.events.length === 1)?.events[0]?.lifecycle).toBe('complete')
  })

  it('refuses to read a property path outside properties, traits and context', async () => {
    await store.events.append('p', [event('m1')])
    await expect(store.journeys.journeyLog('p', { properties: ['name'] })).rejects.toThrow(
      /properties\., traits\. or context\./,
    )
  })

  const drawnEvent = fc.record({
    type: fc.constantFrom('track', 'track', 'track', 'page', 'identify'),
    name: fc.constantFrom('Visit', 'Cart', 'Order', 'Call'),
    anonymousId: fc.option(fc.constantFrom('a1', 'a2', 'a3'), { nil: null }),
    userId: fc.option(fc.constantFrom('u1', 'u2'), { nil: null }),
    minute: fc.integer({ min: 0, max: 5 }),
    channel: fc.option(fc.constantFrom('web', 'phone', 'store'), { nil: null }),
    order: fc.option(fc.constantFrom('o1', 'o2', 7), { nil: undefined }),
    plan: fc.option(fc.constantFrom('gold', 'free', 3, true), { nil: undefined }),
    lifecycle: fc.option(fc.constantFrom('start', 'complete'), { nil: undefined }),
  })

  it('equals the reference log of core after every batch, for customers and for a case property', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(drawnEvent, { maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async (batches) => {
          const db = await createDuckDbStore({ path: ':memory:' })
          try {
            let n = 0
            for (const batch of batches) {
              const events = batch
                .filter((d) => d.anonymousId !== null || d.userId !== null)
                .map((d) =>
                  event(`m${n++}`, {
                    type: d.type,
                    name: d.name,
                    anonymousId: d.anonymousId,
                    userId: d.userId,
                    timestamp: Date.UTC(2026, 0, 1) + d.minute * 60_000,
                    channel: d.channel,
                    traits: d.type === 'identify' && d.plan !== undefined ? { plan: d.plan } : {},
                    properties: {
                      ...(d.order === undefined ? {} : { order: d.order }),
                      ...(d.plan === undefined ? {} : { plan: d.plan }),
                      ...(d.lifecycle === undefined ? {} : { 'lifecycle:transition': d.lifecycle }),
                    },
                  }),
                )
              await db.events.append('p', events)
              const stored = await db.events.list('p')
              for (const caseProperty of [undefined, 'order']) {
                const options = caseProperty === undefined ? {} : { caseProperty }
                const actual = await db.journeys.journeyLog('p', { ...options, properties: ['properties.plan'] })
                const expected = journeyLogOfEvents(stored, DEFAULT_IDENTITY_RULES, options)
                expect(canonical(actual, ['properties.plan'])).toEqual(canonical(expected, ['properties.plan']))
              }
            }
          } finally {
            await db.close()
          }
        },
      ),
      { numRuns: 30, seed: SEED },
    )
  }, 120_000)

  it('gives every caller a snapshot that later events do not change', async () => {
    await store.events.append('p', [event('m1', { name: 'A' })])
    const before = await store.journeys.journeyLog('p')
    await store.events.append('p', [event('m2', { name: 'B', timestamp: Date.UTC(2026, 0, 2) })])
    const after = await store.journeys.journeyLog('p')
    expect(before.eventCount).toBe(1)
    expect(after.eventCount).toBe(2)
    expect(after.names[after.name[1] as number]).toBe('B')
  })

  it('keeps its columns in shared memory, built or merged, so that worker threads read them without a copy', async () => {
    const sharedColumns = (log: JourneyLog) =>
      [log.caseOffsets, log.caseCustomer, log.name, log.lifecycle, log.channel, log.time, log.seq].map(
        (array) => array.buffer instanceof SharedArrayBuffer,
      )
    await store.events.append('p', [event('m1', { name: 'A', properties: { plan: 'pro' } })])
    const built = await store.journeys.journeyLog('p', { properties: ['properties.plan'] })
    expect(sharedColumns(built)).toEqual(Array(7).fill(true))
    expect(built.property('properties.plan').codes.buffer).toBeInstanceOf(SharedArrayBuffer)
    await store.events.append('p', [event('m2', { name: 'B', timestamp: Date.UTC(2026, 0, 2) })])
    const merged = await store.journeys.journeyLog('p', { properties: ['properties.plan'] })
    expect(merged.eventCount).toBe(2)
    expect(sharedColumns(merged)).toEqual(Array(7).fill(true))
    expect(merged.property('properties.plan').codes.buffer).toBeInstanceOf(SharedArrayBuffer)
  })
})

describe('DuckDB journey index memory', () => {
  it('answers the same log while nothing changed, and keeps at most the configured number of logs', async () => {
    const small = await createDuckDbStore({ path: ':memory:', journeyLogs: 1 })
    try {
      await small.events.append('p', [event('m1', { properties: { order: 'o1' } })])
      const byCustomer = await small.journeys.journeyLog('p')
      expect(await small.journeys.journeyLog('p')).toBe(byCustomer)
      await small.journeys.journeyLog('p', { caseProperty: 'order' })
      // The customer log was dropped to keep one log: it is built again.
      const rebuilt = await small.journeys.journeyLog('p')
      expect(rebuilt).not.toBe(byCustomer)
      expect(textsOf(rebuilt.caseIds)).toEqual(textsOf(byCustomer.caseIds))
    } finally {
      await small.close()
    }
  })
})

describe('DuckDB journey index freshness', () => {
  it('answers from memory while nothing is written, and sees an unmerge and an import at the next call', async () => {
    const t = Date.UTC(2026, 0, 1)
    await store.events.append('p', [
      event('m1', { type: 'page', name: 'Page Viewed', userId: null, anonymousId: 'a1', timestamp: t }),
      event('m2', { type: 'identify', name: 'Identify', userId: 'u1', anonymousId: 'a1', timestamp: t + 1 }),
      event('m3', { name: 'Order', userId: 'u1', timestamp: t + 2 }),
    ])
    const merged = await store.journeys.journeyLog('p')
    expect(merged.caseCount).toBe(1)
    expect(await store.journeys.journeyLog('p')).toBe(merged)

    const unmerged = await store.identities.unmerge('p', merged.caseIds.at(0) as string)
    expect(unmerged.ok).toBe(true)
    const split = await store.journeys.journeyLog('p')
    expect(split.caseCount).toBe(2)

    async function* batches() {
      yield [event('m4', { name: 'Call', userId: 'u2', timestamp: t + 3 })]
    }
    await store.importer.importEvents('p', batches())
    const imported = await store.journeys.journeyLog('p')
    expect(imported.caseCount).toBe(3)
    expect(imported.names[imported.name[imported.eventCount - 1] as number]).toBeDefined()
  })
})
