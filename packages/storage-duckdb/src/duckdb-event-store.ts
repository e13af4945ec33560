import type { DuckDBValue } from '@duckdb/node-api'
import type { AppendResult, CaseOptions, EventStats, EventStore, NewEvent, StoredEvent } from '@parcours/core'
import type { OpenDatabase } from './open-database.js'
import type { SeqCounter } from './seq-counter.js'
import { type SerialRunner, transaction } from './serial-runner.js'

export const EVENT_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS events (
     project_id VARCHAR NOT NULL, seq BIGINT NOT NULL, message_id VARCHAR NOT NULL,
     type VARCHAR NOT NULL, name VARCHAR NOT NULL, anonymous_id VARCHAR, user_id VARCHAR,
     ts BIGINT NOT NULL, channel VARCHAR, properties JSON, traits JSON, context JSON,
     received_at BIGINT NOT NULL)`,
  // Deduplication is an anti-join on (project_id, message_id) inside each write, not a unique index:
  // measured faster for bulk imports and without the index's memory (see bench/README.md).
  `DROP INDEX IF EXISTS events_message_id`,
]

const STAGING = `CREATE OR REPLACE TEMP TABLE staging_events (
   req INTEGER, pos INTEGER, project_id VARCHAR, message_id VARCHAR, type VARCHAR, name VARCHAR,
   anonymous_id VARCHAR, user_id VARCHAR, ts BIGINT, channel VARCHAR, properties VARCHAR, traits VARCHAR, context VARCHAR)`

interface PendingAppend {
  readonly projectId: string
  readonly events: readonly NewEvent[]
  resolve(result: AppendResult): void
  reject(error: unknown): void
}

/**
 * The event store on DuckDB. Appends are grouped: every append that arrives while a write is in
 * progress joins the next transaction (group commit), so many small HTTP batches cost one commit.
 * An append resolves only after its transaction committed. Duplicate messageIds are skipped by the
 * anti-join against the project's stored messageIds (writes are serial, so it cannot race);
 * `seq` follows arrival order.
 */
export function createDuckDbEventStore(
  run: SerialRunner,
  now: () => Date,
  seq: SeqCounter,
  /** The number of stitched customers (identity map brought up to date first); see recompute-identities.ts. */
  countCustomers?: (db: OpenDatabase, projectId: string) => Promise<number>,
): EventStore {
  let pending: PendingAppend[] = []
  let isFlushScheduled = false

  const flush = () =>
    run(async (db) => {
      isFlushScheduled = false
      const group = pending
      pending = []
      if (group.length === 0) return
      try {
        const results = await writeGroup(db, group, seq, now().getTime())
        group.forEach((request, i) => {
          request.resolve(results[i] ?? { inserted: 0, duplicates: 0 })
        })
      } catch (error) {
        for (const request of group) request.reject(error)
      }
    })

  return {
    append(projectId, events) {
      if (events.length === 0) return Promise.resolve({ inserted: 0, duplicates: 0 })
      return new Promise<AppendResult>((resolve, reject) => {
        pending.push({ projectId, events, resolve, reject })
        if (!isFlushScheduled) {
          isFlushScheduled = true
          void flush()
        }
      })
    },

    stats: (projectId, options) => run((db) => computeStats(db, projectId, options, countCustomers)),

    list: (projectId, filter) =>
      run(async (db) => {
        const conditions = ['project_id = $1']
        const values: DuckDBValue[] = [projectId]
        const ors: string[] = []
        for (const [column, ids] of [
          ['anonymous_id', filter?.anonymousIds],
          ['user_id', filter?.userIds],
        ] as const) {
          if (ids === undefined) continue
          for (const id of ids) {
            values.push(id)
            ors.push(`${column} = $${values.length}`)
          }
        }
        if (filter !== undefined) conditions.push(ors.length === 0 ? 'false' : `(${ors.join(' OR ')})`)
        const reader = await db.connection.runAndReadAll(
          `SELECT * FROM events WHERE ${conditions.join(' AND ')} ORDER BY ts, seq`,
          values,
        )
        return reader.getRowObjectsJS().map(toStoredEvent)
      }),
  }
}

async function writeGroup(
  db: OpenDatabase,
  group: readonly PendingAppend[],
  seq: SeqCounter,
  receivedAt: number,
): Promise<AppendResult[]> {
  const connection = db.connection
  await connection.run(STAGING)
  const appender = await connection.createAppender('staging_events', 'main', 'temp')
  group.forEach((request, req) => {
    request.events.forEach((event, pos) => {
      appender.appendInteger(req)
      appender.appendInteger(pos)
      appender.appendVarchar(request.projectId)
      appender.appendVarchar(event.messageId)
      appender.appendVarchar(event.type)
      appender.appendVarchar(event.name)
      appendNullable(appender, event.anonymousId)
      appendNullable(appender, event.userId)
      appender.appendBigInt(BigInt(event.timestamp))
      appendNullable(appender, event.channel)
      appender.appendVarchar(JSON.stringify(event.properties))
      appender.appendVarchar(JSON.stringify(event.traits))
      appender.appendVarchar(JSON.stringify(event.context))
      appender.endRow()
    })
  })
  appender.closeSync()

  const inserted = new Array<number>(group.length).fill(0)
  const projects = [...new Set(group.map((request) => request.projectId))]
  await transaction(db, async () => {
    for (const projectId of projects) {
      const order = await connection.runAndReadAll(
        'SELECT req FROM staging_events WHERE project_id = $1 ORDER BY req, pos',
        [projectId],
      )
      const reqs = order.getRowsJS().map((row) => Number(row[0]))
      const base = await seq.reserve(db, projectId, reqs.length)
      const reader = await connection.runAndReadAll(
        `INSERT INTO events
           SELECT project_id, $2 + row_number() OVER (ORDER BY req, pos), message_id, type, name, anonymous_id,
                  user_id, ts, channel, properties, traits, context, $3
           FROM staging_events s WHERE project_id = $1
             AND NOT EXISTS (SELECT 1 FROM events e WHERE e.project_id = $1 AND e.message_id = s.message_id)
           QUALIFY row_number() OVER (PARTITION BY message_id ORDER BY req, pos) = 1
         RETURNING seq`,
        [projectId, base, receivedAt],
      )
      const seqs = reader.getRowsJS().map((row) => Number(row[0]))
      for (const seq of seqs) {
        const req = reqs[seq - base - 1]
        if (req !== undefined) inserted[req] = (inserted[req] ?? 0) + 1
      }
    }
  })
  return group.map((request, req) => ({
    inserted: inserted[req] ?? 0,
    duplicates: request.events.length - (inserted[req] ?? 0),
  }))
}

function appendNullable(appender: { appendVarchar(v: string): void; appendNull(): void }, value: string | null) {
  if (value === null) appender.appendNull()
  else appender.appendVarchar(value)
}

async function computeStats(
  db: OpenDatabase,
  projectId: string,
  options: CaseOptions,
  countCustomers?: (db: OpenDatabase, projectId: string) => Promise<number>,
): Promise<EventStats> {
  const caseExpression =
    options.caseProperty === undefined
      ? 'coalesce(user_id, anonymous_id)'
      : `json_extract_string(properties, ${jsonPathLiteral(options.caseProperty)})`
  const activityExpression =
    options.classifier === 'name'
      ? 'name'
      : `name || '+' || coalesce(json_extract_string(properties, '$."lifecycle:transition"'), '')`
  const reader = await db.connection.runAndReadAll(
    `SELECT count(DISTINCT ${caseExpression}) AS cases, count(*) AS events,
            count(DISTINCT ${activityExpression}) AS activities,
            count(DISTINCT coalesce(user_id, anonymous_id)) AS customers,
            min(ts) AS first_ts, max(ts) AS last_ts
     FROM events WHERE project_id = $1`,
    [projectId],
  )
  const row = reader.getRowObjectsJS()[0] ?? {}
  // Customers are stitched identities; by default, each customer is one case.
  const customers = countCustomers === undefined ? Number(row.customers ?? 0) : await countCustomers(db, projectId)
  const channels = await db.connection.runAndReadAll(
    'SELECT channel, count(*) AS events FROM events WHERE project_id = $1 GROUP BY channel ORDER BY events DESC, channel',
    [projectId],
  )
  return {
    cases: options.caseProperty === undefined ? customers : Number(row.cases ?? 0),
    events: Number(row.events ?? 0),
    activities: Number(row.activities ?? 0),
    customers,
    channels: channels
      .getRowObjectsJS()
      .map((r) => ({ channel: (r.channel as string | null) ?? null, events: Number(r.events) })),
    firstTimestamp: row.first_ts === null || row.first_ts === undefined ? null : Number(row.first_ts),
    lastTimestamp: row.last_ts === null || row.last_ts === undefined ? null : Number(row.last_ts),
  }
}

/** A JSON path for one top-level key, quoted so that any key (`case:concept:name`, quotes) is safe. */
export function jsonPathLiteral(key: string): string {
  const path = `$.${JSON.stringify(key)}`
  return `'${path.replace(/'/g, "''")}'`
}

export function toStoredEvent(row: Record<string, unknown>): StoredEvent {
  const json = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : {})
  return {
    seq: Number(row.seq),
    messageId: String(row.message_id),
    type: row.type as StoredEvent['type'],
    name: String(row.name),
    anonymousId: (row.anonymous_id as string | null) ?? null,
    userId: (row.user_id as string | null) ?? null,
    timestamp: Number(row.ts),
    channel: (row.channel as string | null) ?? null,
    properties: json(row.properties),
    traits: json(row.traits),
    context: json(row.context),
    receivedAt: Number(row.received_at),
  }
}
