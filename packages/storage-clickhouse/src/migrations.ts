import { err, ok, type Result } from '@parcours/core'
import type { ClickHouseConnection } from './clickhouse-connection.js'
import { quoteIdentifier, quoteInteger, quoteString } from './escape-sql.js'

/** Where the schema goes: a database, on one server or on every server of a cluster. */
export interface SchemaLayout {
  readonly database: string
  /** The `remote_servers` cluster, null on a single server. */
  readonly cluster: string | null
}

/** One statement of a migration, skipped when `unless` (a SELECT answering one number) answers more than 0. */
export interface MigrationStep {
  readonly sql: string
  /** For statements with no `IF NOT EXISTS` form (`ALTER … ADD COLUMN` on 18.16): tells that it is done. */
  readonly unless?: string
}

/**
 * A numbered change of the schema. Its steps run on every server, in order; each must be
 * idempotent (`IF NOT EXISTS`, or an `unless` check), so a migration cut short runs again whole.
 */
export interface Migration {
  readonly version: number
  readonly name: string
  steps(layout: SchemaLayout): readonly (string | MigrationStep)[]
}

/** The table every server records its applied migrations in. */
export const MIGRATIONS_TABLE = 'parcours_migrations'

/**
 * The table every query and insert names: the events themselves on a single server; on a
 * cluster, the Distributed table over the shards' `events_local`.
 */
export const EVENTS_TABLE = 'events'
/** On a cluster, each server's own part of the events. */
export const LOCAL_EVENTS_TABLE = 'events_local'

/**
 * The SQL expression of the customer key hash, the sharding key and the second sort key: the
 * event's userId, else its anonymousId (as the cases of `stats` count customers before stitching).
 */
export const CUSTOMER_HASH_EXPRESSION = "cityHash64(ifNull(user_id, ifNull(anonymous_id, '')))"

/** The columns of the events table (one row per stored event), in insert order. */
export const EVENT_COLUMNS = [
  'project',
  'message_id',
  'seq',
  'type',
  'name',
  'anonymous_id',
  'user_id',
  'ts',
  'channel',
  'properties',
  'traits',
  'context',
  'property_keys',
  'property_values',
  'received_at',
] as const

const eventsColumnsSql = `(
  project String,
  message_id String,
  seq UInt64,
  type String,
  name String,
  anonymous_id Nullable(String),
  user_id Nullable(String),
  customer_hash UInt64 DEFAULT ${CUSTOMER_HASH_EXPRESSION},
  ts Int64,
  channel Nullable(String),
  properties String,
  traits String,
  context String,
  property_keys Array(String),
  property_values Array(String),
  received_at Int64
)`

const eventsEngineSql = `ENGINE = MergeTree
PARTITION BY toYYYYMM(toDateTime(intDiv(ts, 1000)))
ORDER BY (project, customer_hash, ts, seq)`

/** The event store's migrations, oldest first. */
export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events',
    steps: ({ database, cluster }) => {
      const db = quoteIdentifier(database)
      if (cluster === null)
        return [`CREATE TABLE IF NOT EXISTS ${db}.${EVENTS_TABLE} ${eventsColumnsSql} ${eventsEngineSql}`]
      return [
        `CREATE TABLE IF NOT EXISTS ${db}.${LOCAL_EVENTS_TABLE} ${eventsColumnsSql} ${eventsEngineSql}`,
        `CREATE TABLE IF NOT EXISTS ${db}.${EVENTS_TABLE} AS ${db}.${LOCAL_EVENTS_TABLE}
         ENGINE = Distributed(${quoteIdentifier(cluster)}, ${db}, ${LOCAL_EVENTS_TABLE}, customer_hash)`,
      ]
    },
  },
]

/**
 * The tables of identity stitching (see clickhouse-identity-store.ts). Each recomputation writes
 * its identity map and merge log under a new `version`, then one `identity_computations` row: that
 * row is the commit, readers read the rows of the latest committed version only. They are plain
 * MergeTree tables on every server (no Distributed table: the store uses the first server's).
 */
export const IDENTITY_MIGRATION: Migration = {
  version: 2,
  name: 'identities',
  steps: ({ database }) => {
    const db = quoteIdentifier(database)
    return [
      `CREATE TABLE IF NOT EXISTS ${db}.identity_map (
         project String, version UInt32, identifier String, customer_id String
       ) ENGINE = MergeTree ORDER BY (project, version, identifier)`,
      `CREATE TABLE IF NOT EXISTS ${db}.identity_merges (
         project String, version UInt32, merge_version UInt32, left_id String, right_id String, reason String,
         message_id String, ts Int64, seq UInt64, customer_id String
       ) ENGINE = MergeTree ORDER BY (project, version, customer_id)`,
      `CREATE TABLE IF NOT EXISTS ${db}.identity_computations (
         project String, version UInt32, seq UInt64, event_count UInt64, rules String, computed_at Int64,
         customers UInt64, identifiers UInt64, merges UInt64, last_merge_version UInt32
       ) ENGINE = MergeTree ORDER BY (project, version)`,
      `CREATE TABLE IF NOT EXISTS ${db}.identity_blocks (
         project String, version UInt32, left_id String, right_id String, blocked_at Int64, merge_version UInt32,
         reason String, message_id String, ts Int64, seq UInt64, customer_id String
       ) ENGINE = MergeTree ORDER BY (project, version)`,
    ]
  },
}

/** Every migration of the whole store (`openClickHouseStore`): the events, then the identities. */
export const STORE_MIGRATIONS: readonly Migration[] = [...EVENT_STORE_MIGRATIONS, IDENTITY_MIGRATION]

/** What a migration run did: the versions applied now (on any server) and the schema version reached. */
export interface MigrationReport {
  readonly applied: readonly number[]
  readonly version: number
}

export type MigrationError =
  | { readonly code: 'cluster-unknown'; readonly cluster: string; readonly server: string }
  | {
      readonly code: 'cluster-servers-mismatch'
      readonly cluster: string
      /** Servers the cluster declares (host:tcp port) against servers the connection string lists. */
      readonly declared: number
      readonly listed: number
    }
  | { readonly code: 'duplicate-version'; readonly version: number }

/**
 * Brings every server's schema up to the last migration: creates the database, then on each
 * server runs the migrations its `parcours_migrations` table does not record, in version order,
 * recording each once its steps ran. Running it again changes nothing. On a cluster, `servers`
 * must be every server of it (checked against `system.clusters`): each gets its local tables and
 * a Distributed table, so no `ON CLUSTER` (and no ZooKeeper) is needed.
 *
 * @example
 * await migrate([connection], { database: 'parcours', cluster: null }) // → ok({ applied: [1], version: 1 })
 */
export async function migrate(
  servers: readonly ClickHouseConnection[],
  layout: SchemaLayout,
  migrations: readonly Migration[] = EVENT_STORE_MIGRATIONS,
  now: () => Date = () => new Date(),
): Promise<Result<MigrationReport, MigrationError>> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version)
  for (let i = 1; i < ordered.length; i++)
    if (ordered[i]?.version === ordered[i - 1]?.version)
      return err({ code: 'duplicate-version', version: ordered[i]?.version ?? 0 })
  if (layout.cluster !== null) {
    const checked = await checkCluster(servers, layout.cluster)
    if (!checked.ok) return checked
  }
  const db = quoteIdentifier(layout.database)
  const applied = new Set<number>()
  for (const server of servers) {
    await server.execute(`CREATE DATABASE IF NOT EXISTS ${db}`)
    await server.execute(
      `CREATE TABLE IF NOT EXISTS ${db}.${MIGRATIONS_TABLE} (version UInt32, name String, applied_at DateTime)
       ENGINE = MergeTree ORDER BY version`,
    )
    const rows = await server.select<{ version: number }>(`SELECT DISTINCT version FROM ${db}.${MIGRATIONS_TABLE}`)
    const done = new Set(rows.map((row) => Number(row.version)))
    for (const migration of ordered) {
      if (done.has(migration.version)) continue
      for (const step of migration.steps(layout)) {
        const { sql, unless } = typeof step === 'string' ? { sql: step, unless: undefined } : step
        if (unless !== undefined) {
          const [answer] = await server.select<Record<string, unknown>>(unless)
          if (Number(Object.values(answer ?? {})[0] ?? 0) > 0) continue
        }
        await server.execute(sql)
      }
      const appliedAt = Math.floor(now().getTime() / 1000)
      await server.execute(
        `INSERT INTO ${db}.${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (${quoteInteger(migration.version)}, ${quoteString(migration.name)}, ${quoteInteger(appliedAt)})`,
      )
      applied.add(migration.version)
    }
  }
  return ok({ applied: [...applied].sort((a, b) => a - b), version: ordered.at(-1)?.version ?? 0 })
}

/** The schema version each server records (the highest applied migration, 0 for none). */
export async function schemaVersions(servers: readonly ClickHouseConnection[], database: string): Promise<number[]> {
  const db = quoteIdentifier(database)
  const versions: number[] = []
  for (const server of servers) {
    const [exists] = await server.select<{ n: string }>(
      `SELECT count() AS n FROM system.tables WHERE database = ${quoteString(database)} AND name = ${quoteString(MIGRATIONS_TABLE)}`,
    )
    if (Number(exists?.n ?? 0) === 0) {
      versions.push(0)
      continue
    }
    const [row] = await server.select<{ v: number }>(`SELECT max(version) AS v FROM ${db}.${MIGRATIONS_TABLE}`)
    versions.push(Number(row?.v ?? 0))
  }
  return versions
}

async function checkCluster(
  servers: readonly ClickHouseConnection[],
  cluster: string,
): Promise<Result<void, MigrationError>> {
  for (const server of servers) {
    const [row] = await server.select<{ n: string }>(
      `SELECT count() AS n FROM system.clusters WHERE cluster = ${quoteString(cluster)}`,
    )
    const declared = Number(row?.n ?? 0)
    if (declared === 0) return err({ code: 'cluster-unknown', cluster, server: server.url })
    if (declared !== servers.length)
      return err({ code: 'cluster-servers-mismatch', cluster, declared, listed: servers.length })
  }
  return ok(undefined)
}
