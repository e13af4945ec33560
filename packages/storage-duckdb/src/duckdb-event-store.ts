import { BIGINT, type DuckDBValue, LIST, listValue, VARCHAR } from '@duckdb/node-api'
import type { AppendResult, CaseOptions, EventStats, EventStore, NewEvent, StoredEvent } from '@parcours/core'
import type { MessageIdSet, MessageIdSets } from './message-id-set.js'
import type { OpenDatabase } from './open-database.js'
import type { ProjectChanges } from './project-changes.js'
import type { SeqCounter } from './seq-counter.js'
import { type SerialRunner, transaction } from './serial-runner.js'

export const EVENT_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS events (
     project_id VARCHAR NOT NULL, seq BIGINT NOT NULL, message_id VARCHAR NOT NULL,
     type VARCHAR NOT NULL, name VARCHAR NOT NULL, anonymous_id VARCHAR, user_id VARCHAR,
     ts BIGINT NOT NULL, channel VARCHAR, properties JSON, traits JSON, context JSON,
     received_at BIGINT NOT NULL)`,
  // No unique index on (project_id, message_id): measured slower for bulk imports and heavy in memory
  // (see bench/README.md). Imports deduplicate with an anti-join; appends with the projects'
  // message-id sets (message-id-set.ts), looking up in the table only the ids whose hash is known.
  `DROP INDEX IF EXISTS events_message_id`,
]

interface PendingAppend {
  readonly projectId: string
  readonly events: readonly NewEvent[]
  resolve(result: AppendResult): void
  reject(error: unknown): void
}

/**
 * The event store on DuckDB. Appends are grouped: every append that arrives while a write is in
 * progress joins the next transaction (group commit), so many small HTTP batches cost one commit.
 * An append resolves only after its transaction committed. A messageId is stored once per project:
 * once inside a group, and never again when the project's message-id set (the hashes of its stored
 * ids, read from the table on the project's first append) holds its hash and the table holds the
 * id; so a commit costs O(its events), not O(stored events), unless it carries possible duplicates
 * (one scan of the project's message ids for those). Writes are serial, so nothing can race;
 * `seq` follows arrival order.
 */
export function createDuckDbEventStore(
  run: SerialRunner,
  now: () => Date,
  seq: SeqCounter,
  /** The message-id sets shared with the importer (one per store). */
  messageIds: MessageIdSets,
  /** Told of every group stored, so the journey index knows when to look again. */
  changes: ProjectChanges,
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
        const results = await writeGroup(db, group, seq, messageIds, now().getTime())
        for (const request of group) changes.bump(request.projectId)
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

/** One project's part of a group: its events to store, in arrival order, with their hashes. */
interface ProjectRows {
  readonly projectId: string
  readonly set: MessageIdSet
  readonly events: readonly NewEvent[]
  /** The request (index in the group) of each event. */
  readonly requests: readonly number[]
  readonly hashes: readonly number[]
}

/**
 * Stores a group in one transaction, appended straight into `events`, and counts each request's
 * inserted events. Only the events whose hash a project's set holds are looked up in the table;
 * the sets learn the new hashes once the transaction committed.
 */
async function writeGroup(
  db: OpenDatabase,
  group: readonly PendingAppend[],
  seq: SeqCounter,
  sets: MessageIdSets,
  receivedAt: number,
): Promise<AppendResult[]> {
  const requestsByProject = new Map<string, number[]>()
  group.forEach((request, index) => {
    const requests = requestsByProject.get(request.projectId)
    if (requests === undefined) requestsByProject.set(request.projectId, [index])
    else requests.push(index)
  })
  const parts: ProjectRows[] = []
  try {
    await transaction(db, async () => {
      for (const [projectId, requests] of requestsByProject) {
        parts.push(await selectNewEvents(db, sets, projectId, group, requests))
      }
      const bases: number[] = []
      for (const part of parts) bases.push(await seq.reserve(db, part.projectId, part.events.length))
      await appendRows(db, parts, bases, receivedAt)
    })
  } catch (error) {
    // Whatever the table now holds, the sets are read again from it.
    for (const projectId of requestsByProject.keys()) sets.forget(projectId)
    throw error
  }
  const inserted = new Array<number>(group.length).fill(0)
  for (const part of parts) {
    for (const hash of part.hashes) part.set.add(hash)
    for (const request of part.requests) inserted[request] = (inserted[request] ?? 0) + 1
  }
  return group.map((request, index) => ({
    inserted: inserted[index] ?? 0,
    duplicates: request.events.length - (inserted[index] ?? 0),
  }))
}

/**
 * A project's events of the group that it has not stored yet: the first of each messageId in the
 * group, unless the set holds its hash and the table holds the id (checked for those ids only).
 */
async function selectNewEvents(
  db: OpenDatabase,
  sets: MessageIdSets,
  projectId: string,
  group: readonly PendingAppend[],
  requests: readonly number[],
): Promise<ProjectRows> {
  const set = await sets.load(db, projectId)
  const seen = new Set<string>()
  const events: NewEvent[] = []
  const owners: number[] = []
  const hashes: number[] = []
  const possible: NewEvent[] = []
  for (const request of requests) {
    for (const event of group[request]?.events ?? []) {
      if (seen.has(event.messageId)) continue
      seen.add(event.messageId)
      const hash = sets.hash.of(event.messageId)
      if (set.has(hash)) possible.push(event)
      events.push(event)
      owners.push(request)
      hashes.push(hash)
    }
  }
  const stored = possible.length === 0 ? undefined : await selectStoredIds(db, projectId, possible)
  if (stored === undefined || stored.size === 0) return { projectId, set, events, requests: owners, hashes }
  const isNew = (_: unknown, i: number) => !stored.has((events[i] as NewEvent).messageId)
  return {
    projectId,
    set,
    events: events.filter(isNew),
    requests: owners.filter(isNew),
    hashes: hashes.filter(isNew),
  }
}

/** Beyond this many rows sharing the candidates' timestamps, the ids are looked up by one scan instead. */
const MAX_ROWS_LOCATED_BY_TIMESTAMP = 100_000

/**
 * Which of these events' messageIds the project has stored (the few whose hash its set holds).
 * A re-sent event carries the timestamp it was first sent with, so first the rows with those
 * timestamps are located (a scan of `ts` alone) and only their ids read (a few row groups when
 * they were appended lately); the ids not found so are looked up by one scan of the project's
 * message ids (about 15 ns per stored event).
 */
async function selectStoredIds(db: OpenDatabase, projectId: string, events: readonly NewEvent[]): Promise<Set<string>> {
  const connection = db.connection
  const wanted = new Set(events.map((event) => event.messageId))
  const stored = new Set<string>()
  const timestamps = [...new Set(events.map((event) => event.timestamp))].map(BigInt)
  const located = await connection.runAndReadAll(
    'SELECT rowid FROM events WHERE project_id = $1 AND ts IN (SELECT unnest($2))',
    [projectId, listValue(timestamps)],
    [VARCHAR, LIST(BIGINT)],
  )
  const rowids = located.getRowsJS().map((row) => row[0] as bigint)
  if (rowids.length > 0 && rowids.length <= MAX_ROWS_LOCATED_BY_TIMESTAMP) {
    const reader = await connection.runAndReadAll(
      'SELECT message_id FROM events WHERE rowid IN (SELECT unnest($1))',
      [listValue(rowids)],
      [LIST(BIGINT)],
    )
    for (const [id] of reader.getRowsJS()) if (wanted.has(String(id))) stored.add(String(id))
  }
  const rest = [...wanted].filter((id) => !stored.has(id))
  if (rest.length === 0) return stored
  const reader = await connection.runAndReadAll(
    'SELECT DISTINCT message_id FROM events WHERE project_id = $1 AND message_id IN (SELECT unnest($2))',
    [projectId, listValue(rest)],
    [VARCHAR, LIST(VARCHAR)],
  )
  for (const [id] of reader.getRowsJS()) stored.add(String(id))
  return stored
}

/** Appends the rows to `events` inside the open transaction; `seq` is `bases[part] + 1 + i`. */
async function appendRows(
  db: OpenDatabase,
  parts: readonly ProjectRows[],
  bases: readonly number[],
  receivedAt: number,
): Promise<void> {
  const appender = await db.connection.createAppender('events')
  const arrival = BigInt(receivedAt)
  try {
    parts.forEach((part, p) => {
      const base = bases[p] ?? 0
      part.events.forEach((event, i) => {
        appender.appendVarchar(part.projectId)
        appender.appendBigInt(BigInt(base + 1 + i))
        appender.appendVarchar(event.messageId)
        appender.appendVarchar(event.type)
        appender.appendVarchar(event.name)
        appendNullable(appender, event.anonymousId)
        appendNullable(appender, event.userId)
        appender.appendBigInt(BigInt(event.timestamp))
        appendNullable(appender, event.channel)
        appender.appendVarchar(toJson(event.properties))
        appender.appendVarchar(toJson(event.traits))
        appender.appendVarchar(toJson(event.context))
        appender.appendBigInt(arrival)
        appender.endRow()
      })
    })
    appender.closeSync()
  } catch (error) {
    // An appender left with rows flushes them when garbage-collected, outside any transaction.
    appender.clear()
    appender.closeSync()
    throw error
  }
}

/** JSON text of an object; `{}` without serialising when it has no keys (traits and context often). */
function toJson(object: object): string {
  for (const _ in object) return JSON.stringify(object)
  return '{}'
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
