import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ClickHouseConnection, createClickHouseConnection } from './clickhouse-connection.js'
import { EVENT_STORE_MIGRATIONS, type Migration, migrate, schemaVersions } from './migrations.js'
import { type ClickHouseServers, startClickHouseServers } from './testing/clickhouse-servers.js'

let clickhouse: ClickHouseServers
let servers: ClickHouseConnection[]
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 2 })
  servers = clickhouse.servers.map((server) => createClickHouseConnection({ url: server.url }))
}, 120_000)
afterAll(async () => {
  await clickhouse?.stop()
})

const tablesOf = (server: ClickHouseConnection, database: string) =>
  server.select<{ name: string; engine: string; sorting_key: string; partition_key: string }>(
    `SELECT name, engine, sorting_key, partition_key FROM system.tables WHERE database = '${database}' ORDER BY name`,
  )

/** A later migration: a column added with no IF NOT EXISTS (18.16 has none), guarded by `unless`. */
const addNote: Migration = {
  version: 2,
  name: 'events note',
  steps: ({ database }) => [
    {
      sql: `ALTER TABLE ${database}.events ADD COLUMN note String DEFAULT ''`,
      unless: `SELECT count() FROM system.columns WHERE database = '${database}' AND table = 'events' AND name = 'note'`,
    },
  ],
}

describe('migrations on one server', () => {
  it('creates the events table once, records it, and changes nothing when run again', async () => {
    const single = servers.slice(0, 1)
    expect(await schemaVersions(single, 'one')).toEqual([0])
    expect(await migrate(single, { database: 'one', cluster: null })).toEqual({
      ok: true,
      value: { applied: [1], version: 1 },
    })
    const tables = await tablesOf(servers[0] as ClickHouseConnection, 'one')
    expect(tables).toEqual([
      {
        name: 'events',
        engine: 'MergeTree',
        sorting_key: 'project, customer_hash, ts, seq',
        partition_key: 'toYYYYMM(toDateTime(intDiv(ts, 1000)))',
      },
      { name: 'parcours_migrations', engine: 'MergeTree', sorting_key: 'version', partition_key: '' },
    ])
    expect(await migrate(single, { database: 'one', cluster: null })).toEqual({
      ok: true,
      value: { applied: [], version: 1 },
    })
    const [recorded] = await (servers[0] as ClickHouseConnection).select<{ n: string }>(
      'SELECT count() AS n FROM one.parcours_migrations',
    )
    expect(recorded?.n).toBe('1')
    expect(await schemaVersions(single, 'one')).toEqual([1])
  })

  it('upgrades an existing schema with the migrations it lacks, even one cut short before', async () => {
    const single = servers.slice(0, 1)
    const server = servers[0] as ClickHouseConnection
    await migrate(single, { database: 'up', cluster: null })
    await server.execute(
      "INSERT INTO up.events (project, message_id, seq, type, name, ts, properties, traits, context, received_at) VALUES ('p', 'm', 1, 'track', 'A', 0, '{}', '{}', '{}', 0)",
    )
    // Cut short: the column was added, the migration not recorded.
    await server.execute("ALTER TABLE up.events ADD COLUMN note String DEFAULT ''")
    expect(await migrate(single, { database: 'up', cluster: null }, [...EVENT_STORE_MIGRATIONS, addNote])).toEqual({
      ok: true,
      value: { applied: [2], version: 2 },
    })
    expect(await schemaVersions(single, 'up')).toEqual([2])
    expect(await server.select('SELECT message_id, note FROM up.events')).toEqual([{ message_id: 'm', note: '' }])
    await server.execute('CREATE DATABASE fresh')
    expect(await migrate(single, { database: 'fresh', cluster: null }, [addNote, ...EVENT_STORE_MIGRATIONS])).toEqual({
      ok: true,
      value: { applied: [1, 2], version: 2 },
    })
  })

  it('refuses two migrations of one version', async () => {
    expect(
      await migrate(servers.slice(0, 1), { database: 'dup', cluster: null }, [addNote, { ...addNote, name: 'again' }]),
    ).toEqual({
      ok: false,
      error: { code: 'duplicate-version', version: 2 },
    })
  })
})

describe('migrations on a cluster', () => {
  it('creates the local table and the Distributed table on every server, idempotently', async () => {
    const layout = { database: 'sharded', cluster: clickhouse.cluster }
    expect(await migrate(servers, layout)).toEqual({ ok: true, value: { applied: [1], version: 1 } })
    for (const server of servers) {
      const tables = await tablesOf(server, 'sharded')
      expect(tables.map((table) => [table.name, table.engine])).toEqual([
        ['events', 'Distributed'],
        ['events_local', 'MergeTree'],
        ['parcours_migrations', 'MergeTree'],
      ])
      expect(tables.find((table) => table.name === 'events_local')?.sorting_key).toBe('project, customer_hash, ts, seq')
    }
    expect(await migrate(servers, layout)).toEqual({ ok: true, value: { applied: [], version: 1 } })
    expect(await schemaVersions(servers, 'sharded')).toEqual([1, 1])
  })
})
