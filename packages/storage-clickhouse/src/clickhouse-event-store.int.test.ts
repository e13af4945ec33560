import { describeEventStoreContract } from '@parcours/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClickHouseConnection } from './clickhouse-connection.js'
import { openClickHouseEvents } from './open-clickhouse-events.js'
import { type ClickHouseServers, startClickHouseServers } from './testing/clickhouse-servers.js'
import { openEventStoreUnderTest, testLocation } from './testing/open-event-store-under-test.js'

let clickhouse: ClickHouseServers
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 1 })
}, 120_000)
afterAll(async () => {
  await clickhouse?.stop()
})

let counter = 0
const location = (database: string) => testLocation(clickhouse, database, false)

describeEventStoreContract('ClickHouse, one server,', (now) =>
  openEventStoreUnderTest(location(`contract_${counter++}`), now),
)

describe('ClickHouse event store on one server', () => {
  it('stores each event as one row, re-sent batches included, without any merge', async () => {
    const opened = await openClickHouseEvents(location('rows'))
    if (!opened.ok) throw new Error('migration failed')
    const { events, connection } = opened.value
    const batch = Array.from({ length: 50 }, (_, i) => ({
      messageId: `m${i}`,
      type: 'track' as const,
      name: 'Viewed',
      anonymousId: null,
      userId: `u${i % 7}`,
      timestamp: Date.UTC(2026, i % 12, 1),
      channel: 'web',
      properties: { i },
      traits: {},
      context: {},
    }))
    await events.append('p', batch)
    await Promise.all([events.append('p', batch), events.append('p', batch.slice(10))])
    const [row] = await connection.select<{ n: string; ids: string }>(
      'SELECT count() AS n, uniqExact(message_id) AS ids FROM rows.events',
    )
    expect(row).toEqual({ n: '50', ids: '50' })
  })

  it('takes a batch whose SQL is far beyond the default max_query_size, and its re-sending', async () => {
    const opened = await openClickHouseEvents(location('large'))
    if (!opened.ok) throw new Error('migration failed')
    const batch = Array.from({ length: 20_000 }, (_, i) => ({
      messageId: `message-${String(i).padStart(8, '0')}-${'x'.repeat(30)}`,
      type: 'track' as const,
      name: 'Viewed',
      anonymousId: null,
      userId: `u${i % 100}`,
      timestamp: Date.UTC(2026, 0, 1) + i,
      channel: 'web',
      properties: { i, text: "l'été\n".repeat(5) },
      traits: {},
      context: {},
    }))
    expect(await opened.value.events.append('p', batch)).toEqual({ inserted: 20_000, duplicates: 0 })
    expect(await opened.value.events.append('p', batch)).toEqual({ inserted: 0, duplicates: 20_000 })
    const listed = await opened.value.events.list('p')
    expect(listed.map((e) => e.seq)).toEqual(batch.map((_, i) => i + 1))
    expect(listed[19_999]?.properties).toEqual(batch[19_999]?.properties)
  })

  it('reports a server that cannot be reached as a ClickHouseError', async () => {
    const connection = createClickHouseConnection({ url: 'http://127.0.0.1:1' })
    await expect(connection.execute('SELECT 1')).rejects.toMatchObject({ name: 'ClickHouseError', code: null })
  })
})
