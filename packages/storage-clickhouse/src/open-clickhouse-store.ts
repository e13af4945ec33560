import {
  DEFAULT_IDENTITY_RULES,
  type EngineAnalyses,
  type IdentityRules,
  type IdentityStore,
  type JourneyLogSource,
  ok,
  type Result,
} from '@parcours/core'
import type { ClickHouseConnection, ClickHouseSettings } from './clickhouse-connection.js'
import { createClickHouseEngineAnalyses } from './clickhouse-engine-analyses.js'
import type { ClickHouseEventStore } from './clickhouse-event-store.js'
import { createClickHouseIdentityStore } from './clickhouse-identity-store.js'
import { createClickHouseJourneyIndex } from './clickhouse-journey-index.js'
import { type MigrationError, type MigrationReport, STORE_MIGRATIONS } from './migrations.js'
import { openClickHouseEvents } from './open-clickhouse-events.js'
import type { ClickHouseLocation } from './parse-clickhouse-url.js'

/**
 * Parcours's events on ClickHouse with what reads them: the event store, identity stitching
 * (the identity map kept in ClickHouse), the journey logs analyses run on, and the analyses
 * computed inside ClickHouse.
 */
export interface ClickHouseStore {
  /** core's event store, and bulk imports (`beginImport`). */
  readonly events: ClickHouseEventStore
  readonly identities: IdentityStore
  readonly journeys: JourneyLogSource
  /** Variants, process maps and funnels computed inside ClickHouse (undefined for what it cannot answer exactly). */
  readonly engineAnalyses: EngineAnalyses
  /** The server queries go to (the first listed). */
  readonly connection: ClickHouseConnection
  readonly location: ClickHouseLocation
  readonly migration: MigrationReport
  /** Closes every server's connection; the store must not be used after. */
  close(): Promise<void>
}

export interface OpenClickHouseStoreOptions {
  /** The clock that stamps arrivals, computations and unmerges (a fake one in tests). */
  readonly now?: () => Date
  /** How shared identifiers (email, phone…) link identities; `DEFAULT_IDENTITY_RULES` when absent. */
  readonly identityRules?: IdentityRules
  /** Settings sent with every request. */
  readonly settings?: ClickHouseSettings
}

/**
 * Opens a `PARCOURS_EVENTS=clickhouse://…` location whole: migrates the schema (events and
 * identity tables) on every server, then opens the event store, the identity store and the
 * journey index on the first server. `events.stats().customers` counts stitched customers. One
 * Parcours process writes a database at a time. A misconfigured cluster is an error value; a
 * server that cannot be reached throws a ClickHouseError.
 *
 * @example
 * const location = parseClickHouseUrl(process.env.PARCOURS_EVENTS ?? '')
 * if (location.ok) {
 *   const opened = await openClickHouseStore(location.value)
 *   if (opened.ok) {
 *     const log = await opened.value.journeys.journeyLog('acme') // → core's JourneyLog
 *     await opened.value.close()
 *   }
 * }
 */
export async function openClickHouseStore(
  location: ClickHouseLocation,
  options: OpenClickHouseStoreOptions = {},
): Promise<Result<ClickHouseStore, MigrationError>> {
  const now = options.now ?? (() => new Date())
  let identities: ReturnType<typeof createClickHouseIdentityStore> | undefined
  const opened = await openClickHouseEvents(location, {
    now,
    migrations: STORE_MIGRATIONS,
    ...(options.settings === undefined ? {} : { settings: options.settings }),
    countCustomers: async (projectId) => (await identities?.ensureFresh(projectId))?.computation.customers ?? 0,
  })
  if (!opened.ok) return opened
  const { connection, servers, events, migration } = opened.value
  identities = createClickHouseIdentityStore({
    connection,
    database: location.database,
    rules: options.identityRules ?? DEFAULT_IDENTITY_RULES,
    now,
  })
  const journeys = createClickHouseJourneyIndex({ connection, database: location.database, identities })
  const engineAnalyses = createClickHouseEngineAnalyses({ connection, database: location.database, identities })
  return ok({
    events,
    identities,
    journeys,
    engineAnalyses,
    connection,
    location,
    migration,
    async close() {
      await Promise.all(servers.map((server) => server.close()))
    },
  })
}
