import { err, ok, type Result } from '@parcours/core'
import {
  type ClickHouseConnection,
  type ClickHouseSettings,
  createClickHouseConnection,
} from './clickhouse-connection.js'
import { type ClickHouseEventStore, createClickHouseEventStore } from './clickhouse-event-store.js'
import {
  EVENT_STORE_MIGRATIONS,
  type Migration,
  type MigrationError,
  type MigrationReport,
  migrate,
} from './migrations.js'
import type { ClickHouseLocation } from './parse-clickhouse-url.js'

/** The events of a `PARCOURS_EVENTS=clickhouse://…` location, ready: schema migrated, store open. */
export interface ClickHouseEvents {
  readonly events: ClickHouseEventStore
  /** The server queries go to (the first listed). */
  readonly connection: ClickHouseConnection
  /** One connection per listed server (the cluster's servers), for per-server work such as migrations. */
  readonly servers: readonly ClickHouseConnection[]
  readonly location: ClickHouseLocation
  readonly migration: MigrationReport
}

export interface OpenClickHouseEventsOptions {
  readonly now?: () => Date
  readonly countCustomers?: (projectId: string) => Promise<number>
  /** Settings sent with every request. */
  readonly settings?: ClickHouseSettings
  /** The migrations to bring the schema to; the event store's by default. */
  readonly migrations?: readonly Migration[]
}

/**
 * Connects to every server of the location, creates or upgrades the schema (migrations.ts) and
 * opens the event store on the first server. A misconfigured cluster is an error value; a server
 * that cannot be reached throws a ClickHouseError.
 *
 * @example
 * const location = parseClickHouseUrl(process.env.PARCOURS_EVENTS ?? '')
 * if (location.ok) { const opened = await openClickHouseEvents(location.value); … }
 */
export async function openClickHouseEvents(
  location: ClickHouseLocation,
  options: OpenClickHouseEventsOptions = {},
): Promise<Result<ClickHouseEvents, MigrationError>> {
  const servers = location.servers.map((url) =>
    createClickHouseConnection({
      url,
      user: location.user,
      password: location.password,
      ...(options.settings === undefined ? {} : { settings: options.settings }),
    }),
  )
  const [connection] = servers
  if (connection === undefined) throw new RangeError('a ClickHouse location lists at least one server')
  const migrated = await migrate(
    servers,
    { database: location.database, cluster: location.cluster },
    options.migrations ?? EVENT_STORE_MIGRATIONS,
  )
  if (!migrated.ok) return err(migrated.error)
  const events = createClickHouseEventStore({
    connection,
    database: location.database,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.countCustomers === undefined ? {} : { countCustomers: options.countCustomers }),
  })
  return ok({ events, connection, servers, location, migration: migrated.value })
}
