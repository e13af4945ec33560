import {
  type CustomerSummary,
  compareText,
  DEFAULT_IDENTITY_RULES,
  identityGraphOfEvents,
  type NewEvent,
  type ParcoursStore,
  stitchIdentities,
} from '@parcours/core'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'

const at = (day: number, hour = 9) => Date.UTC(2026, 2, day, hour)
const NOW = Date.UTC(2026, 5, 1)

const event = (messageId: string, fields: Partial<NewEvent> & Pick<NewEvent, 'timestamp'>): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Order Completed',
  anonymousId: null,
  userId: null,
  channel: 'web',
  properties: {},
  traits: {},
  context: {},
  ...fields,
})

/** Léa's journey: web visits, sign-up, app profile, a call to the call centre, a purchase in store. */
const story: NewEvent[] = [
  event('web-1', { type: 'page', name: 'Page Viewed', anonymousId: 'a1', timestamp: at(1), properties: { path: '/' } }),
  event('web-2', { type: 'page', name: 'Page Viewed', anonymousId: 'a1', timestamp: at(1, 10) }),
  event('signup', {
    type: 'identify',
    name: 'Identify',
    anonymousId: 'a1',
    userId: 'u1',
    timestamp: at(2),
    traits: { email: 'Léa@Example.FR ', firstName: 'Léa' },
  }),
  event('profile', {
    type: 'identify',
    name: 'Identify',
    userId: 'u1',
    channel: 'app',
    timestamp: at(3),
    traits: { phone: '+33612345678', loyaltyCard: 'LC-42', firstName: 'Léa-Marie' },
  }),
  event('call', {
    name: 'Call Received',
    anonymousId: 'caller-9',
    channel: 'phone',
    timestamp: at(5),
    traits: { phone: '06 12 34 56 78' },
  }),
  event('purchase', {
    anonymousId: 'pos-7',
    channel: 'store',
    timestamp: at(8),
    properties: { loyaltyCard: 'LC-42', total: 79 },
  }),
]

let store: ParcoursStore
beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:', now: () => new Date(NOW) })
})
afterEach(async () => {
  await store.close()
})

async function onlyCustomer(projectId = 'p'): Promise<CustomerSummary> {
  const page = await store.identities.customers(projectId)
  expect(page.total).toBe(1)
  const [customer] = page.items
  if (customer === undefined) throw new Error('no customer')
  return customer
}

describe('identity stitching on DuckDB: the story of Léa', () => {
  it('makes one customer of web, app, phone and store identities, with a timeline in time order', async () => {
    await store.events.append('p', story)
    const customer = await onlyCustomer()
    expect(customer).toMatchObject({
      identifiers: {
        anonymous: ['a1', 'caller-9', 'pos-7'],
        user: ['u1'],
        email: ['léa@example.fr'],
        phone: ['+33612345678'],
        loyalty: ['LC-42'],
      },
      events: 6,
      channels: ['app', 'phone', 'store', 'web'],
      firstSeen: at(1),
      lastSeen: at(8),
    })

    const timeline = await store.identities.timeline('p', customer.customerId)
    if (!timeline.ok) throw new Error(timeline.error.code)
    expect(timeline.value.map((e) => [e.messageId, e.channel])).toEqual([
      ['web-1', 'web'],
      ['web-2', 'web'],
      ['signup', 'web'],
      ['profile', 'app'],
      ['call', 'phone'],
      ['purchase', 'store'],
    ])

    const profile = await store.identities.customer('p', customer.customerId)
    if (!profile.ok) throw new Error(profile.error.code)
    expect(profile.value.traits).toEqual({
      email: 'Léa@Example.FR ',
      firstName: 'Léa-Marie',
      phone: '+33612345678',
      loyaltyCard: 'LC-42',
    })
    expect(profile.value.merges.map((m) => [m.version, m.left, m.right, m.reason])).toEqual([
      [1, 'anonymous:a1', 'user:u1', 'identify'],
      [2, 'user:u1', 'email:léa@example.fr', 'email'],
      [3, 'user:u1', 'loyalty:LC-42', 'loyalty'],
      [4, 'user:u1', 'phone:+33612345678', 'phone'],
      [5, 'anonymous:caller-9', 'phone:+33612345678', 'phone'],
      [6, 'anonymous:pos-7', 'loyalty:LC-42', 'loyalty'],
    ])

    expect(await store.events.stats('p', { classifier: 'name' })).toMatchObject({ customers: 1, cases: 1, events: 6 })
  })

  it('splits the phone link back into two customers, and keeps it split when the same events arrive again', async () => {
    await store.events.append('p', story)
    const { customerId } = await onlyCustomer()
    const profile = await store.identities.customer('p', customerId)
    if (!profile.ok) throw new Error(profile.error.code)
    const phoneLink = profile.value.merges.find((m) => m.left === 'anonymous:caller-9')
    if (phoneLink === undefined) throw new Error('no phone merge')

    const undone = await store.identities.unmerge('p', customerId, phoneLink.version)
    if (!undone.ok) throw new Error(undone.error.code)
    expect(undone.value.unmerge).toMatchObject({ version: 1, blockedAt: NOW, merge: phoneLink })
    expect(undone.value.customerIds).toHaveLength(2)
    expect(undone.value.customerIds).toContain(customerId)

    const split = async () => {
      const page = await store.identities.customers('p')
      return page.items
        .map((c) => [c.customerId, Object.values(c.identifiers).flat().sort(), c.channels])
        .sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1))
    }
    const expected = await split()
    expect(expected).toHaveLength(2)
    expect(expected).toContainEqual([
      customerId,
      ['+33612345678', 'LC-42', 'a1', 'léa@example.fr', 'pos-7', 'u1'],
      ['app', 'store', 'web'],
    ])
    expect(await store.events.stats('p', { classifier: 'name' })).toMatchObject({ customers: 2, cases: 2 })

    await store.events.append('p', story)
    await store.events.append('p', [{ ...(story[4] as NewEvent), messageId: 'call-again', timestamp: at(9) }])
    await store.identities.recompute('p')
    expect(await split()).toEqual(expected)
    expect(await store.identities.unmerges('p')).toEqual([undone.value.unmerge])
  })

  it('gives the same customer ids whatever the order the events arrive in', async () => {
    await store.events.append('p', story)
    await store.events.append('q', [...story].reverse().slice(0, 3))
    await store.events.append('q', [...story].reverse().slice(3))
    const forward = await store.identities.customers('p')
    const backward = await store.identities.customers('q')
    expect(backward.items.map((c) => c.customerId)).toEqual(forward.items.map((c) => c.customerId))
    expect(backward.items[0]?.identifiers).toEqual(forward.items[0]?.identifiers)
  })

  it('undoes the latest merge by default and reports when a customer has nothing to undo', async () => {
    await store.events.append('p', story.slice(0, 3))
    const { customerId } = await onlyCustomer()
    const undone = await store.identities.unmerge('p', customerId)
    if (!undone.ok) throw new Error(undone.error.code)
    expect(undone.value.unmerge.merge).toMatchObject({ left: 'user:u1', right: 'email:léa@example.fr' })
    // The email now belongs to nobody who owns an event: it is no customer.
    expect(undone.value.customerIds).toEqual([customerId])
    const again = await store.identities.unmerge('p', customerId)
    if (!again.ok) throw new Error(again.error.code)
    expect(again.value.unmerge.merge).toMatchObject({ left: 'anonymous:a1', right: 'user:u1' })
    // An event with both ids belongs to its user id: a1's visits stay a customer of their own.
    expect(again.value.customerIds).toHaveLength(2)
    const third = await store.identities.unmerge('p', customerId)
    expect(third).toEqual({ ok: false, error: { code: 'nothing-to-unmerge', customerId } })
  })

  it('answers customer-not-found and merge-not-found', async () => {
    await store.events.append('p', story)
    const { customerId } = await onlyCustomer()
    expect(await store.identities.customer('p', 'cus_nobody')).toEqual({
      ok: false,
      error: { code: 'customer-not-found', customerId: 'cus_nobody' },
    })
    expect(await store.identities.timeline('p', 'cus_nobody')).toMatchObject({ ok: false })
    expect(await store.identities.unmerge('p', customerId, 99)).toEqual({
      ok: false,
      error: { code: 'merge-not-found', customerId, mergeVersion: 99 },
    })
  })

  it('pages customers, most recently seen first, and finds one by identifier', async () => {
    await store.events.append(
      'p',
      [1, 2, 3, 4, 5].map((day) => event(`e${day}`, { userId: `user-${day}`, timestamp: at(day) })),
    )
    const page = await store.identities.customers('p', { limit: 2, offset: 1 })
    expect(page.total).toBe(5)
    expect(page.items.map((c) => c.identifiers.user)).toEqual([['user-4'], ['user-3']])
    const found = await store.identities.customers('p', { identifier: 'user:user-2' })
    expect(found.items.map((c) => c.identifiers.user)).toEqual([['user-2']])
    expect(await store.identities.customers('p', { identifier: 'user:nobody' })).toEqual({ total: 0, items: [] })
  })

  it('recomputes only when events arrived, with a new computation version', async () => {
    await store.events.append('p', story.slice(0, 2))
    const first = await store.identities.recompute('p')
    expect(first).toMatchObject({ version: 1, customers: 1, identifiers: 1, merges: 0, computedAt: NOW })
    await store.identities.customers('p')
    await store.events.append('p', story.slice(2))
    await store.identities.customers('p')
    const third = await store.identities.recompute('p')
    expect(third.version).toBe(3)
    expect(third.seq).toBe(6)
  })
})

describe('identity map carried forward', () => {
  it('does not recompute for events that link nothing, and still counts them', async () => {
    await store.events.append('p', [
      event('m1', { anonymousId: 'a1', timestamp: at(1) }),
      event('m2', { type: 'identify', name: 'Identify', anonymousId: 'a1', userId: 'u1', timestamp: at(2) }),
    ])
    const first = await store.identities.recompute('p')
    await store.events.append('p', [
      event('m3', { userId: 'u1', timestamp: at(3) }),
      event('m4', { anonymousId: 'a1', timestamp: at(4) }),
    ])
    const page = await store.identities.customers('p')
    expect(page.items.map((customer) => customer.events)).toEqual([4])
    // The listing carried the computation forward: the next one is only the second.
    expect((await store.identities.recompute('p')).version).toBe(first.version + 1)

    // A new visitor who links to nobody becomes a customer of their own without a recomputation…
    await store.events.append('p', [event('m5', { userId: 'u2', timestamp: at(5) })])
    const withVisitor = await store.identities.customers('p')
    expect(withVisitor.items.map((customer) => customer.identifiers)).toContainEqual({ user: ['u2'] })
    const second = await store.identities.recompute('p')
    expect(second.version).toBe(first.version + 2)
    expect(second.customers).toBe(2)
    // …while a link is news: the listing recomputes, the forced one comes after it.
    await store.events.append('p', [
      event('m6', { type: 'identify', name: 'Identify', anonymousId: 'a9', userId: 'u2', timestamp: at(6) }),
    ])
    await store.identities.customers('p')
    expect((await store.identities.recompute('p')).version).toBe(second.version + 2)
  })

  it('links a new identifier an earlier alias named, instead of making it a customer of its own', async () => {
    await store.events.append('p', [
      event('m1', { userId: 'u1', timestamp: at(1) }),
      event('m2', {
        type: 'alias',
        name: 'Alias',
        userId: 'u1',
        properties: { previousId: 'ghost' },
        timestamp: at(2),
      }),
    ])
    await store.identities.customers('p')
    await store.events.append('p', [event('m3', { anonymousId: 'ghost', timestamp: at(3) })])
    const page = await store.identities.customers('p')
    expect(page.items.map((customer) => customer.identifiers)).toEqual([{ user: ['u1'], anonymous: ['ghost'] }])
  })

  it('gives a new visitor the customer id a full computation gives', async () => {
    await store.events.append('p', [event('m1', { anonymousId: 'a1', timestamp: at(1) })])
    await store.identities.customers('p')
    await store.events.append('p', [event('m2', { anonymousId: 'a2', timestamp: at(2) })])
    const carried = (await store.identities.customers('p')).items.map((customer) => customer.customerId).sort()
    await store.identities.recompute('p')
    const recomputed = (await store.identities.customers('p')).items.map((customer) => customer.customerId).sort()
    expect(carried).toEqual(recomputed)
    expect(carried).toHaveLength(2)
  })
})

describe('identity stitching on DuckDB equals the reference in core', () => {
  /** Ids whose order differs between UTF-16 code units and code points, to check both sort alike. */
  const ids = ['a', 'b', 'é', '\uFFFD', '😀']
  const eventArbitrary = fc.record({
    type: fc.constantFrom('track', 'identify', 'alias', 'group', 'page'),
    anonymousId: fc.option(fc.constantFrom(...ids), { nil: null }),
    userId: fc.option(fc.constantFrom(...ids), { nil: null }),
    day: fc.integer({ min: 1, max: 4 }),
    email: fc.option(fc.constantFrom('x@y.fr', ' X@Y.FR', 'z@y.fr', '😀@y.fr', '\uFFFD@y.fr', 'not-an-email', 42), {
      nil: undefined,
    }),
    phone: fc.option(fc.constantFrom('06 12 34 56 78', '+33612345678', '0700000000'), { nil: undefined }),
    card: fc.option(fc.constantFrom('LC-1', ' LC-1 ', 'LC-2', 7), { nil: undefined }),
    previousId: fc.constantFrom(...ids, 'ghost'),
  })

  it('gives the customers and merge log of stitchIdentities over the same events', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArbitrary, { maxLength: 12 }), async (drawn) => {
        const db = await createDuckDbStore({ path: ':memory:' })
        try {
          const events = drawn.map((d, i) =>
            event(`m${i}`, {
              type: d.type,
              anonymousId: d.anonymousId,
              userId: d.userId,
              timestamp: at(d.day),
              traits: {
                ...(d.email === undefined ? {} : { email: d.email }),
                ...(d.phone === undefined ? {} : { phone: d.phone }),
              },
              properties: {
                ...(d.card === undefined ? {} : { loyaltyCard: d.card }),
                ...(d.type === 'alias' ? { previousId: d.previousId } : {}),
              },
            }),
          )
          await db.events.append('p', events)
          const stored = await db.events.list('p')
          const expected = stitchIdentities(identityGraphOfEvents(stored, DEFAULT_IDENTITY_RULES))
          const page = await db.identities.customers('p', { limit: 1000 })
          const actual = page.items
            .map((c) => ({
              customerId: c.customerId,
              identifiers: Object.entries(c.identifiers)
                .flatMap(([kind, values]) => values.map((value) => `${kind}:${value}`))
                .sort(compareText),
            }))
            .sort((x, y) => (x.customerId < y.customerId ? -1 : 1))
          expect(actual).toEqual(expected.customers)
          const merges = []
          for (const customer of expected.customers) {
            const profile = await db.identities.customer('p', customer.customerId)
            if (profile.ok) merges.push(...profile.value.merges)
          }
          const byEventOrder = (x: { timestamp: number; seq: number; version: number }, y: typeof x) =>
            x.timestamp - y.timestamp || x.seq - y.seq || x.version - y.version
          expect(merges.sort(byEventOrder)).toEqual([...expected.merges].sort(byEventOrder))
        } finally {
          await db.close()
        }
      }),
      { numRuns: 40, seed: 20_260_602 },
    )
  }, 60_000)
})
