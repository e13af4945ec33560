import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NewEvent } from '../events/event-record.js'
import type { EventStore } from '../ports.js'

/** An event store opened for a contract test, on its own empty data. */
export interface EventStoreUnderTest {
  readonly events: EventStore
  /** Closes this instance and opens a new one on the same data (a restart of the process). */
  reopen(): Promise<EventStoreUnderTest>
  close(): Promise<void>
}

/** When every event of the contract is stored (`receivedAt`). */
export const CONTRACT_NOW = Date.UTC(2026, 5, 1)

/**
 * The behaviour every EventStore adapter must have (DuckDB, ClickHouse on one server or a
 * cluster). An adapter's test calls it with a factory that opens a fresh, empty store whose
 * clock answers `now`. Imported from `@parcours/core/testing` (vitest only; not in core's entry).
 *
 * @example
 * describeEventStoreContract('DuckDB', async (now) => openDuckDbForTest(now))
 */
export function describeEventStoreContract(
  name: string,
  openEmptyStore: (now: () => Date) => Promise<EventStoreUnderTest>,
): void {
  describe(`${name} event store contract`, () => {
    let opened: EventStoreUnderTest
    let store: EventStore
    beforeEach(async () => {
      opened = await openEmptyStore(() => new Date(CONTRACT_NOW))
      store = opened.events
    })
    afterEach(async () => {
      await opened.close()
    })

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

    it('stores an event once per messageId, across batches and inside one batch', async () => {
      expect(await store.append('p', [event('m1'), event('m2'), event('m1')])).toEqual({
        inserted: 2,
        duplicates: 1,
      })
      expect(await store.append('p', [event('m2'), event('m3')])).toEqual({ inserted: 1, duplicates: 1 })
      expect((await store.list('p')).map((e) => e.messageId)).toEqual(['m1', 'm2', 'm3'])
    })

    it('changes no count, in stats or list, when a batch is sent again, right after the append', async () => {
      const batch = [
        event('r1', { userId: 'alice', properties: { order: 'o1' } }),
        event('r2', { userId: 'bob', channel: 'app', timestamp: Date.UTC(2026, 1, 3) }),
        event('r3', { userId: null, anonymousId: 'anon-1', timestamp: Date.UTC(2025, 11, 31) }),
      ]
      await store.append('p', batch)
      const statsBefore = await store.stats('p', { classifier: 'name' })
      const byOrderBefore = await store.stats('p', { classifier: 'name+lifecycle', caseProperty: 'order' })
      const listBefore = await store.list('p')
      expect(await store.append('p', batch)).toEqual({ inserted: 0, duplicates: 3 })
      expect(await store.list('p')).toEqual(listBefore)
      expect(await store.stats('p', { classifier: 'name' })).toEqual(statsBefore)
      expect(await store.stats('p', { classifier: 'name+lifecycle', caseProperty: 'order' })).toEqual(byOrderBefore)
      expect(await store.append('p', [batch[2] as NewEvent, event('r4')])).toEqual({ inserted: 1, duplicates: 1 })
      const listAfter = await store.list('p')
      expect(listAfter.filter((e) => e.messageId !== 'r4')).toEqual(listBefore)
      expect(listAfter).toHaveLength(4)
      expect(await store.stats('p', { classifier: 'name' })).toEqual({
        ...statsBefore,
        events: 4,
        channels: [
          { channel: 'web', events: 3 },
          { channel: 'app', events: 1 },
        ],
      })
    })

    it('keeps messageIds apart between projects', async () => {
      await store.append('p', [event('m1')])
      expect(await store.append('q', [event('m1')])).toEqual({ inserted: 1, duplicates: 0 })
      expect(await store.list('q')).toHaveLength(1)
    })

    it('groups concurrent appends and reports each one its own counts', async () => {
      const results = await Promise.all([
        store.append('p', [event('a1'), event('a2')]),
        store.append('p', [event('a2'), event('b1')]),
        store.append('q', [event('a1')]),
        store.append('p', [event('c1')]),
      ])
      expect(results).toEqual([
        { inserted: 2, duplicates: 0 },
        { inserted: 1, duplicates: 1 },
        { inserted: 1, duplicates: 0 },
        { inserted: 1, duplicates: 0 },
      ])
      const listed = await store.list('p')
      expect(listed.map((e) => e.messageId)).toEqual(['a1', 'a2', 'b1', 'c1'])
      expect(listed.map((e) => e.seq)).toEqual([...listed.map((e) => e.seq)].sort((a, b) => a - b))
      expect(new Set(listed.map((e) => e.seq)).size).toBe(4)
    })

    it('orders events by time, then by arrival for equal times', async () => {
      const t = Date.UTC(2026, 0, 1)
      await store.append('p', [event('late', { timestamp: t + 1000 }), event('tie-1', { timestamp: t })])
      await store.append('p', [
        event('tie-2', { timestamp: t, userId: 'zoe' }),
        event('early', { timestamp: t - 1 }),
        event('tie-3', { timestamp: t, userId: null, anonymousId: 'a' }),
      ])
      expect((await store.list('p')).map((e) => e.messageId)).toEqual(['early', 'tie-1', 'tie-2', 'tie-3', 'late'])
    })

    it('gives every field back as appended, with the arrival time', async () => {
      const original = event('full', {
        type: 'page',
        name: 'Page Viewed',
        anonymousId: 'anon-1',
        userId: null,
        channel: null,
        properties: { path: '/prix', nested: { a: [1, 'deux', null, true] }, quote: 'l\'été "chaud"', n: 1.5 },
        traits: { email: 'a@b.fr' },
        context: { locale: 'fr-FR' },
      })
      await store.append('p', [original])
      const [stored] = await store.list('p')
      expect(stored).toEqual({ ...original, seq: 1, receivedAt: CONTRACT_NOW })
    })

    it('gives back values holding quotes, backslashes, newlines, tabs, unicode and SQL unchanged', async () => {
      const hostile = [
        "'; DROP TABLE events; --",
        'back\\slash \\\' \\" \\x00 \\n',
        'line\nbreak\r\ttab',
        'unicode: été 東京 😀 \u2028',
        '`id` "id" $1 ? :name {x}',
        "' OR 1=1 OR '",
      ]
      const events = hostile.map((value, i) =>
        event(`${value}#${i}`, {
          name: value,
          userId: value,
          anonymousId: value,
          channel: value,
          timestamp: Date.UTC(2026, 0, 1) + i,
          properties: { [value]: value, order: value },
          traits: { [value]: [value] },
          context: { value },
        }),
      )
      expect(await store.append(hostile[0] ?? 'p', events)).toEqual({ inserted: hostile.length, duplicates: 0 })
      const listed = await store.list(hostile[0] ?? 'p')
      expect(listed.map(({ seq: _, receivedAt: __, ...rest }) => rest)).toEqual(events)
      const some = await store.list(hostile[0] ?? 'p', { userIds: [hostile[5] ?? ''] })
      expect(some.map((e) => e.messageId)).toEqual([`${hostile[5]}#5`])
      const byOrder = await store.stats(hostile[0] ?? 'p', { classifier: 'name', caseProperty: hostile[1] ?? '' })
      expect(byOrder.cases).toBe(1)
    })

    it('never shows a project the events of another, whatever its id', async () => {
      await store.append('secret', [event('s1')])
      for (const projectId of ["secret' OR '1'='1", "x' OR project = 'secret", 'secret\u0000', 'SECRET', 'secret ']) {
        expect(await store.list(projectId)).toEqual([])
        expect((await store.stats(projectId, { classifier: 'name' })).events).toBe(0)
      }
      expect(await store.list('secret')).toHaveLength(1)
    })

    it('lists the events of some identifiers only', async () => {
      await store.append('p', [
        event('1', { userId: 'alice' }),
        event('2', { userId: null, anonymousId: 'anon-9' }),
        event('3', { userId: 'bob' }),
      ])
      const some = await store.list('p', { userIds: ['alice'], anonymousIds: ['anon-9'] })
      expect(some.map((e) => e.messageId)).toEqual(['1', '2'])
      expect((await store.list('p', { anonymousIds: ['anon-9'] })).map((e) => e.messageId)).toEqual(['2'])
      expect(await store.list('p', { userIds: [] })).toEqual([])
    })

    it('counts cases, events, activities and channels, by customer or by a case property', async () => {
      await store.append('p', [
        event('1', { userId: 'alice', properties: { order: 'o1', 'lifecycle:transition': 'start' } }),
        event('2', { userId: 'alice', properties: { order: 'o2', 'lifecycle:transition': 'complete' } }),
        event('3', { userId: 'bob', name: 'Page Viewed', channel: 'app', properties: { order: 'o2' } }),
        event('4', { userId: 'carol', channel: null, properties: { order: null }, timestamp: Date.UTC(2025, 0, 1) }),
      ])
      const byCustomer = await store.stats('p', { classifier: 'name' })
      expect(byCustomer).toEqual({
        cases: 3,
        events: 4,
        activities: 2,
        customers: 3,
        channels: [
          { channel: 'web', events: 2 },
          { channel: 'app', events: 1 },
          { channel: null, events: 1 },
        ],
        firstTimestamp: Date.UTC(2025, 0, 1),
        lastTimestamp: Date.UTC(2026, 0, 1),
      })
      const byOrder = await store.stats('p', { classifier: 'name+lifecycle', caseProperty: 'order' })
      expect(byOrder).toMatchObject({ cases: 2, activities: 4 })
    })

    it('answers empty figures for a project without events', async () => {
      expect(await store.stats('empty', { classifier: 'name' })).toEqual({
        cases: 0,
        events: 0,
        activities: 0,
        customers: 0,
        channels: [],
        firstTimestamp: null,
        lastTimestamp: null,
      })
      expect(await store.list('empty')).toEqual([])
    })

    it('keeps appended events after a restart, and continues seq', async () => {
      await store.append('p', [event('1'), event('2')])
      opened = await opened.reopen()
      store = opened.events
      expect(await store.append('p', [event('2'), event('3')])).toEqual({ inserted: 1, duplicates: 1 })
      const listed = await store.list('p')
      expect(listed.map((e) => e.messageId)).toEqual(['1', '2', '3'])
      const [one, two, three] = listed.map((e) => e.seq)
      expect(one !== undefined && two !== undefined && three !== undefined && one < two && two < three).toBe(true)
    })

    it('reads a case property whose name holds quotes safely', async () => {
      await store.append('p', [event('1', { properties: { 'it\'s "odd"': 'x' } })])
      const stats = await store.stats('p', { classifier: 'name', caseProperty: 'it\'s "odd"' })
      expect(stats.cases).toBe(1)
    })

    it('reads numbers and booleans of a case property as their text', async () => {
      await store.append('p', [
        event('1', { properties: { order: 12 } }),
        event('2', { properties: { order: '12' } }),
        event('3', { properties: { order: true } }),
        event('4', { properties: { other: 12 } }),
      ])
      expect((await store.stats('p', { classifier: 'name', caseProperty: 'order' })).cases).toBe(2)
    })
  })
}
