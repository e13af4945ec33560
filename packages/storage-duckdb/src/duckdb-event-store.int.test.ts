import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { NewEvent, ParcoursStore } from '@parcours/core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-events-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const event = (messageId: string, overrides: Partial<NewEvent> = {}): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Order Completed',
  anonymousId: null,
  userId: 'alice',
  timestamp: Date.UTC(2026, 0, 1),
  channel: 'web',
  properties: {},
  traits: {},
  context: {},
  ...overrides,
})

let store: ParcoursStore
beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:', now: () => new Date(Date.UTC(2026, 5, 1)) })
})
afterEach(async () => {
  await store.close()
})

describe('DuckDB event store', () => {
  it('stores an event once per messageId, across batches and inside one batch', async () => {
    expect(await store.events.append('p', [event('m1'), event('m2'), event('m1')])).toEqual({
      inserted: 2,
      duplicates: 1,
    })
    expect(await store.events.append('p', [event('m2'), event('m3')])).toEqual({ inserted: 1, duplicates: 1 })
    expect((await store.events.list('p')).map((e) => e.messageId)).toEqual(['m1', 'm2', 'm3'])
  })

  it('keeps messageIds apart between projects', async () => {
    await store.events.append('p', [event('m1')])
    expect(await store.events.append('q', [event('m1')])).toEqual({ inserted: 1, duplicates: 0 })
  })

  it('groups concurrent appends into one commit and reports each one its own counts', async () => {
    const results = await Promise.all([
      store.events.append('p', [event('a1'), event('a2')]),
      store.events.append('p', [event('a2'), event('b1')]),
      store.events.append('p', [event('c1')]),
    ])
    expect(results).toEqual([
      { inserted: 2, duplicates: 0 },
      { inserted: 1, duplicates: 1 },
      { inserted: 1, duplicates: 0 },
    ])
    const listed = await store.events.list('p')
    expect(listed.map((e) => e.messageId)).toEqual(['a1', 'a2', 'b1', 'c1'])
    expect(listed.map((e) => e.seq)).toEqual([...listed.map((e) => e.seq)].sort((a, b) => a - b))
  })

  it('orders events by time, then by arrival for equal times', async () => {
    const t = Date.UTC(2026, 0, 1)
    await store.events.append('p', [event('late', { timestamp: t + 1000 }), event('tie-1', { timestamp: t })])
    await store.events.append('p', [event('tie-2', { timestamp: t }), event('early', { timestamp: t - 1 })])
    expect((await store.events.list('p')).map((e) => e.messageId)).toEqual(['early', 'tie-1', 'tie-2', 'late'])
  })

  it('gives every field back as appended, with the arrival time', async () => {
    const original = event('full', {
      type: 'page',
      name: 'Page Viewed',
      anonymousId: 'anon-1',
      userId: null,
      channel: null,
      properties: { path: '/prix', nested: { a: [1, 'deux'] }, quote: 'l\'été "chaud"' },
      traits: { email: 'a@b.fr' },
      context: { locale: 'fr-FR' },
    })
    await store.events.append('p', [original])
    const [stored] = await store.events.list('p')
    expect(stored).toEqual({ ...original, seq: 1, receivedAt: Date.UTC(2026, 5, 1) })
  })

  it('lists the events of some identifiers only', async () => {
    await store.events.append('p', [
      event('1', { userId: 'alice' }),
      event('2', { userId: null, anonymousId: 'anon-9' }),
      event('3', { userId: 'bob' }),
    ])
    const some = await store.events.list('p', { userIds: ['alice'], anonymousIds: ['anon-9'] })
    expect(some.map((e) => e.messageId)).toEqual(['1', '2'])
    expect(await store.events.list('p', { userIds: [] })).toEqual([])
  })

  it('counts cases, events, activities and channels, by customer or by a case property', async () => {
    await store.events.append('p', [
      event('1', { userId: 'alice', properties: { order: 'o1', 'lifecycle:transition': 'start' } }),
      event('2', { userId: 'alice', properties: { order: 'o2', 'lifecycle:transition': 'complete' } }),
      event('3', { userId: 'bob', name: 'Page Viewed', channel: 'app', properties: { order: 'o2' } }),
    ])
    const byCustomer = await store.events.stats('p', { classifier: 'name' })
    expect(byCustomer).toMatchObject({ cases: 2, events: 3, activities: 2, customers: 2 })
    expect(byCustomer.channels).toEqual([
      { channel: 'web', events: 2 },
      { channel: 'app', events: 1 },
    ])
    const byOrder = await store.events.stats('p', { classifier: 'name+lifecycle', caseProperty: 'order' })
    expect(byOrder).toMatchObject({ cases: 2, activities: 3 })
  })

  it('keeps appended events after the database is closed and opened again, and continues seq', async () => {
    const path = join(folder, 'reopen.duckdb')
    const first = await createDuckDbStore({ path })
    await first.events.append('p', [event('1'), event('2')])
    await first.close()
    const second = await createDuckDbStore({ path })
    await second.events.append('p', [event('2'), event('3')])
    const listed = await second.events.list('p')
    expect(listed.map((e) => e.messageId)).toEqual(['1', '2', '3'])
    const [one, two, three] = listed.map((e) => e.seq)
    expect(one !== undefined && two !== undefined && three !== undefined && one < two && two < three).toBe(true)
    await second.close()
  })

  it('reads a case property whose name holds quotes safely', async () => {
    await store.events.append('p', [event('1', { properties: { 'it\'s "odd"': 'x' } })])
    const stats = await store.events.stats('p', { classifier: 'name', caseProperty: 'it\'s "odd"' })
    expect(stats.cases).toBe(1)
  })
})
