import {
  buildJourneyLog,
  eventOwner,
  type JourneyLog,
  type JourneyLogInput,
  type JourneyLogSource,
} from '@parcours/core'
import type { ClickHouseConnection } from './clickhouse-connection.js'
import type { ClickHouseIdentityStore } from './clickhouse-identity-store.js'
import { quoteInteger } from './escape-sql.js'
import { HAS_OWNER_SQL, readStoredEvents } from './read-stored-events.js'

/** How many journey logs (a project under one case notion each) stay in memory; the least recently used goes first. */
export const DEFAULT_MAX_JOURNEY_LOGS = 4

export interface ClickHouseJourneyIndexOptions {
  /** The server holding the events (one server, or the one queries go to on a cluster). */
  readonly connection: ClickHouseConnection
  readonly database: string
  /** Keeps the identity map fresh; its computation version tells when a log is stale. */
  readonly identities: ClickHouseIdentityStore
  readonly maxLogs?: number
}

/**
 * Core's `JourneyLog` of a project on ClickHouse: the identity map is brought up to date (which
 * recomputes it when events arrived), then the project's events up to the computation's seq are
 * read in journey order, each given the customer of its owner, and core's `buildJourneyLog` builds
 * the log (cases, classifier, lifecycles, channels, customer traits, property columns): the
 * reference itself, so every analysis answers what it answers on DuckDB. A log is cached by
 * project and case property until the identity computation changes (any append or unmerge does);
 * then it is rebuilt whole. At most `maxLogs` logs are kept.
 *
 * @example
 * const journeys = createClickHouseJourneyIndex({ connection, database: 'parcours', identities })
 * const log = await journeys.journeyLog('acme', { caseProperty: 'order_id' })
 * runAnalysis(log, { kind: 'variants', top: 10 })
 */
export function createClickHouseJourneyIndex(options: ClickHouseJourneyIndexOptions): JourneyLogSource {
  const { connection, database, identities } = options
  const maxLogs = options.maxLogs ?? DEFAULT_MAX_JOURNEY_LOGS
  const logs = new Map<string, { version: number; log: JourneyLog }>()
  return {
    journeyLog: (projectId, request = {}) =>
      identities.withIdentities(projectId, async (state, identityMap) => {
        const key = `${projectId}\u0000${request.caseProperty ?? ''}`
        const version = state.computation.version
        let cached = logs.get(key)
        if (cached === undefined || cached.version !== version) {
          const customerOf = await identityMap()
          const events = await readStoredEvents(
            connection,
            database,
            projectId,
            `seq <= ${quoteInteger(state.computation.seq)} AND ${HAS_OWNER_SQL}`,
          )
          const inputs: JourneyLogInput[] = []
          for (const event of events) {
            const customerId = customerOf.get(eventOwner(event) ?? '')
            if (customerId !== undefined) inputs.push({ ...event, customerId })
          }
          const caseOptions = request.caseProperty === undefined ? {} : { caseProperty: request.caseProperty }
          cached = { version, log: buildJourneyLog(inputs, caseOptions) }
        }
        // Most recently used last; the least recently used log is dropped beyond the limit.
        logs.delete(key)
        logs.set(key, cached)
        for (const oldest of logs.keys()) {
          if (logs.size <= maxLogs) break
          logs.delete(oldest)
        }
        return cached.log
      }),
  }
}
