import type { EventStoreUnderTest } from '@parcours/core/testing'
import { openClickHouseEvents } from '../open-clickhouse-events.js'
import type { ClickHouseLocation } from '../parse-clickhouse-url.js'
import type { ClickHouseServers } from './clickhouse-servers.js'

/** The location of `database` on the started servers: one server alone, or the cluster when `isSharded`. */
export const testLocation = (
  clickhouse: ClickHouseServers,
  database: string,
  isSharded: boolean,
): ClickHouseLocation => ({
  servers: clickhouse.servers.map((server) => server.url),
  database,
  cluster: isSharded ? clickhouse.cluster : null,
  user: null,
  password: null,
})

/**
 * Opens the event store at `location` for the event store contract: a reopen is a new store on the
 * same database (a restart); close drops the database on every server.
 */
export async function openEventStoreUnderTest(
  location: ClickHouseLocation,
  now: () => Date,
): Promise<EventStoreUnderTest> {
  const opened = await openClickHouseEvents(location, { now })
  if (!opened.ok) throw new Error(`migration failed: ${JSON.stringify(opened.error)}`)
  return {
    events: opened.value.events,
    reopen: () => openEventStoreUnderTest(location, now),
    close: async () => {
      for (const server of opened.value.servers) await server.execute(`DROP DATABASE IF EXISTS ${location.database}`)
    },
  }
}
