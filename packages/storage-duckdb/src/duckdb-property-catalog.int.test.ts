import type { ParcoursStore } from '@parcours/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'

let store: ParcoursStore

const event = (messageId: string, type: 'track' | 'identify', properties: Record<string, unknown>, minute = 0) => ({
  messageId,
  type,
  name: type === 'track' ? 'Order' : 'identify',
  anonymousId: null,
  userId: 'u1',
  timestamp: Date.UTC(2026, 0, 1, 0, minute),
  channel: 'web',
  properties,
  traits: {},
  context: {},
})

beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:' })
  await store.events.append('acme', [
    event('m1', 'track', { plan: 'gold', total: 12, code: '12', gift: true, cart: { items: 2 } }),
    event('m2', 'track', { plan: 'gold', total: 12.5, code: '12' }),
    event('m3', 'track', { plan: 'free', total: 12 }),
    event('m4', 'track', { plan: 'free' }),
    event('m5', 'track', { plan: 'free' }),
    event('m6', 'identify', { plan: 'vip', onlyOnIdentify: 1 }),
  ])
  await store.events.append('other', [event('o1', 'track', { secret: 'x' })])
})
afterEach(async () => {
  await store.close()
})

describe('the DuckDB property catalog', () => {
  it('counts the scalar top-level properties of journey events by key and value, typed as stored', async () => {
    const catalog = await store.propertyCatalog.propertyCatalog('acme', { keys: 10, valuesPerKey: 10 })
    expect(catalog).toEqual([
      {
        path: 'properties.plan',
        events: 5,
        values: [
          { value: 'free', events: 3 },
          { value: 'gold', events: 2 },
        ],
      },
      {
        path: 'properties.total',
        events: 3,
        values: [
          { value: 12, events: 2 },
          { value: 12.5, events: 1 },
        ],
      },
      { path: 'properties.code', events: 2, values: [{ value: '12', events: 2 }] },
      { path: 'properties.gift', events: 1, values: [{ value: true, events: 1 }] },
    ])
  })

  it('keeps the most frequent keys and values within the limits', async () => {
    const catalog = await store.propertyCatalog.propertyCatalog('acme', { keys: 2, valuesPerKey: 1 })
    expect(catalog).toEqual([
      { path: 'properties.plan', events: 5, values: [{ value: 'free', events: 3 }] },
      { path: 'properties.total', events: 3, values: [{ value: 12, events: 2 }] },
    ])
  })

  it('answers an empty catalog for a project without events', async () => {
    expect(await store.propertyCatalog.propertyCatalog('nobody', { keys: 10, valuesPerKey: 10 })).toEqual([])
  })
})
