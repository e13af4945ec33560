import type { NewEvent } from '@parcours/core'
import { describeEventStoreContract } from '@parcours/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openClickHouseEvents } from './open-clickhouse-events.js'
import { type ClickHouseServers, startClickHouseServers } from './testing/clickhouse-servers.js'
import { openEventStoreUnderTest, testLocation } from './testing/open-event-store-under-test.js'

let clickhouse: ClickHouseServers
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 2 })
}, 120_000)
afterAll(async () => {
  await clickhouse?.stop()
})

let counter = 0
const location = (database: string) => testLocation(clickhouse, database, true)

describeEventStoreContract('ClickHouse, two shards,', (now) =>
  openEventStoreUnderTest(location(`contract_${counter++}`), now),
)

describe('ClickHouse event store on two shards', () => {
  const event = (messageId: string, userId: string | null, anonymousId: string | null): NewEvent => ({
    messageId,
    type: 'track',
    name: 'Viewed',
    anonymousId,
    userId,
    timestamp: Date.UTC(2026, 0, 1),
    channel: 'web',
    properties: {},
    traits: {},
    context: {},
  })

  it('spreads customers over both shards and keeps each customer key on one shard', async () => {
    const opened = await openClickHouseEvents(location('spread'))
    if (!opened.ok) throw new Error('migration failed')
    const events = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0 ? event(`m${i}`, `user-${i % 40}`, `anon-${i}`) : event(`m${i}`, null, `anon-${i % 30}`),
    )
    expect(await opened.value.events.append('p', events)).toEqual({ inserted: 200, duplicates: 0 })
    const perShard = await Promise.all(
      opened.value.servers.map((server) =>
        server.select<{ key: string; n: string }>(
          'SELECT ifNull(user_id, anonymous_id) AS key, count() AS n FROM spread.events_local GROUP BY key',
        ),
      ),
    )
    const [first, second] = perShard.map((rows) => new Set(rows.map((row) => row.key)))
    expect(first?.size).toBeGreaterThan(0)
    expect(second?.size).toBeGreaterThan(0)
    expect([...(first ?? [])].filter((key) => second?.has(key))).toEqual([])
    // 20 users (even i) and 15 anonymous ids (odd i).
    expect((first?.size ?? 0) + (second?.size ?? 0)).toBe(35)
  })

  it('stores a re-sent batch once across shards, with no count changed right after the insert', async () => {
    const opened = await openClickHouseEvents(location('resend'))
    if (!opened.ok) throw new Error('migration failed')
    const batch = Array.from({ length: 30 }, (_, i) => event(`m${i}`, `u${i}`, null))
    await opened.value.events.append('p', batch)
    // The same messageIds under other customer keys would shard elsewhere: still duplicates.
    const moved = batch.map((e) => ({ ...e, userId: `${e.userId}-moved` }))
    expect(await opened.value.events.append('p', moved)).toEqual({ inserted: 0, duplicates: 30 })
    const counts = await Promise.all(
      opened.value.servers.map(async (server) => {
        const [row] = await server.select<{ n: string }>('SELECT count() AS n FROM resend.events_local')
        return Number(row?.n)
      }),
    )
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(30)
    expect((await opened.value.events.stats('p', { classifier: 'name' })).events).toBe(30)
  })

  it('refuses a cluster the servers do not declare, and a server list that is not the whole cluster', async () => {
    expect(await openClickHouseEvents({ ...location('bad'), cluster: 'nowhere' })).toMatchObject({
      ok: false,
      error: { code: 'cluster-unknown', cluster: 'nowhere' },
    })
    expect(await openClickHouseEvents({ ...location('bad'), servers: [clickhouse.servers[0]?.url ?? ''] })).toEqual({
      ok: false,
      error: { code: 'cluster-servers-mismatch', cluster: clickhouse.cluster, declared: 2, listed: 1 },
    })
  })
})
