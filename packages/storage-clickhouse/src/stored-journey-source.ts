import { LIFECYCLE_PROPERTY } from '@parcours/core'
import { type JourneySource, journeySourceOf } from './analyses/journey-source.js'
import type { ClickHouseConnection } from './clickhouse-connection.js'
import { quoteIdentifier, quoteInteger, quoteString, quoteStringTuple } from './escape-sql.js'
import { EVENTS_TABLE } from './migrations.js'
import { HAS_OWNER_SQL, OWNER_SQL } from './read-stored-events.js'

/** The event property core's journey log reads the XES lifecycle from. */
const LIFECYCLE_KEY = quoteString(LIFECYCLE_PROPERTY)
/** Core's journey log leaves identify, alias and group calls out (they are not journey events). */
const NOT_JOURNEY_TYPES = "('identify', 'alias', 'group')"

/** The lifecycle's text, NULL when the event has none. */
const lifecycleTextSql = `if(has(property_keys, ${LIFECYCLE_KEY}), property_values[indexOf(property_keys, ${LIFECYCLE_KEY})], NULL)`

/** How an event becomes an activity on the engine: core's `name` or `name+lifecycle` classifier. */
export type EngineActivity = 'name' | 'name+lifecycle'

/** The journey events of a project as core's journey log holds them, narrowed by an analysis scope. */
export interface StoredJourneyScope {
  readonly database: string
  readonly projectId: string
  /** The identity computation the customers come from: its map version and the last seq it covers. */
  readonly identityVersion: number
  readonly lastSeq: number
  readonly activity: EngineActivity
  /** Keep only the events whose lifecycle text is one of these, exactly (an empty list keeps none). */
  readonly lifecycles?: readonly string[]
  /** Keep only the events on these channels. */
  readonly channels?: readonly string[]
  /** Epoch ms, inclusive. */
  readonly from?: number
  /** Epoch ms, exclusive. */
  readonly to?: number
}

/**
 * The rows the engine-side analyses read from the store's own tables: the project's journey events
 * with `seq` up to the identity computation's (the events the journey index reads), each given the
 * customer its owner is stitched to in `identity_map` at that computation's version, and its
 * activity (the event name, or `name+lifecycle` as core's classifier writes it: `A+complete`,
 * `A+` without a lifecycle), its own `event_name` and its `channel` (NULL when it has none: what
 * touchpoint selectors read). On a cluster the events table is Distributed while the identity map
 * is on the first server only: the `GLOBAL` join sends the map's rows to every shard with the query.
 *
 * @example
 * storedJourneySource({ database: 'parcours', projectId: 'acme', identityVersion: 3, lastSeq: 1200, activity: 'name' })
 */
export function storedJourneySource(scope: StoredJourneyScope): JourneySource {
  const db = quoteIdentifier(scope.database)
  const project = quoteString(scope.projectId)
  const activity = scope.activity === 'name' ? 'name' : `concat(name, '+', ifNull(${lifecycleTextSql}, ''))`
  const conditions = [...journeyEventConditions(project, scope.lastSeq)]
  if (scope.lifecycles !== undefined) conditions.push(isOneOf(lifecycleTextSql, scope.lifecycles))
  if (scope.channels !== undefined) conditions.push(isOneOf('channel', scope.channels))
  if (scope.from !== undefined) conditions.push(`ts >= ${quoteInteger(scope.from)}`)
  if (scope.to !== undefined) conditions.push(`ts < ${quoteInteger(scope.to)}`)
  // The map's subquery has no column named like an events column, so every other name is the event's.
  const events = `SELECT customer_id AS customer, ts, seq, ${activity} AS activity, name AS event_name, channel
    FROM ${db}.${EVENTS_TABLE}
    GLOBAL ANY INNER JOIN (
      SELECT identifier, customer_id FROM ${db}.identity_map
      WHERE project = ${project} AND version = ${quoteInteger(scope.identityVersion)}
    ) ON ${OWNER_SQL} = identifier
    WHERE ${conditions.join(' AND ')}`
  return journeySourceOf(`(SELECT customer, ts, seq, activity AS name, event_name, channel FROM (${events}))`, '1')
}

/**
 * The distinct lifecycle texts of a project's journey events up to `lastSeq`, as stored
 * (a string as it is, another JSON value as its JSON text).
 *
 * @example await storedLifecycleTexts(connection, 'parcours', 'acme', 1200) // ['complete', 'start']
 */
export async function storedLifecycleTexts(
  connection: ClickHouseConnection,
  database: string,
  projectId: string,
  lastSeq: number,
): Promise<string[]> {
  const rows = await connection.select<{ text: string }>(
    `SELECT DISTINCT property_values[indexOf(property_keys, ${LIFECYCLE_KEY})] AS text
     FROM ${quoteIdentifier(database)}.${EVENTS_TABLE}
     WHERE ${journeyEventConditions(quoteString(projectId), lastSeq).join(' AND ')} AND has(property_keys, ${LIFECYCLE_KEY})`,
  )
  return rows.map((row) => row.text)
}

function journeyEventConditions(project: string, lastSeq: number): string[] {
  return [`project = ${project}`, HAS_OWNER_SQL, `seq <= ${quoteInteger(lastSeq)}`, `type NOT IN ${NOT_JOURNEY_TYPES}`]
}

/** `expression IN (…)`; false for no values (`IN ()` is not SQL); NULL (no value) is never in. */
function isOneOf(expression: string, values: readonly string[]): string {
  return values.length === 0 ? '0' : `${expression} IN ${quoteStringTuple(values)}`
}
