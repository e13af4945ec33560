import type { JsonObject, StoredEvent } from '@parcours/core'
import type { ClickHouseConnection } from './clickhouse-connection.js'
import { quoteIdentifier, quoteString } from './escape-sql.js'
import { EVENTS_TABLE } from './migrations.js'

/**
 * The identifier that owns an event in ClickHouse SQL: `user:<userId>`, else
 * `anonymous:<anonymousId>` (core's `eventOwner`); meaningful where {@link HAS_OWNER_SQL} holds.
 */
export const OWNER_SQL =
  "if(isNotNull(user_id), concat('user:', assumeNotNull(user_id)), concat('anonymous:', assumeNotNull(anonymous_id)))"

/** Whether an event has an owner (a user id or an anonymous id). */
export const HAS_OWNER_SQL = '(isNotNull(user_id) OR isNotNull(anonymous_id))'

/** A row of `events` as JSONEachRow gives it: 64-bit integers as strings. */
interface EventRow {
  readonly seq: string
  readonly message_id: string
  readonly type: string
  readonly name: string
  readonly anonymous_id: string | null
  readonly user_id: string | null
  readonly ts: string
  readonly channel: string | null
  readonly properties: string
  readonly traits: string
  readonly context: string
  readonly received_at: string
}

/**
 * A project's stored events matching `where` (SQL over the events columns, already escaped), in
 * journey order (timestamp, then seq), read whole from the `events` table of `database`.
 *
 * @example
 * await readStoredEvents(connection, 'parcours', 'acme', "type = 'identify'") // → StoredEvent[]
 */
export async function readStoredEvents(
  connection: ClickHouseConnection,
  database: string,
  projectId: string,
  where = '1',
): Promise<StoredEvent[]> {
  const rows = await connection.select<EventRow>(
    `SELECT seq, message_id, type, name, anonymous_id, user_id, ts, channel, properties, traits, context, received_at
     FROM ${quoteIdentifier(database)}.${EVENTS_TABLE}
     WHERE project = ${quoteString(projectId)} AND (${where}) ORDER BY ts, seq`,
  )
  return rows.map(toStoredEvent)
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    seq: Number(row.seq),
    messageId: row.message_id,
    type: row.type as StoredEvent['type'],
    name: row.name,
    anonymousId: row.anonymous_id,
    userId: row.user_id,
    timestamp: Number(row.ts),
    channel: row.channel,
    properties: JSON.parse(row.properties) as JsonObject,
    traits: JSON.parse(row.traits) as JsonObject,
    context: JSON.parse(row.context) as JsonObject,
    receivedAt: Number(row.received_at),
  }
}
