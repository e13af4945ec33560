import type { AppendResult, CaseOptions, EventStats, EventStore, JsonObject, NewEvent } from '@parcours/core'
import type { ClickHouseConnection } from './clickhouse-connection.js'
import {
  quoteIdentifier,
  quoteInteger,
  quoteNullableString,
  quoteString,
  quoteStringArray,
  quoteStringTuple,
} from './escape-sql.js'
import { EVENT_COLUMNS, EVENTS_TABLE } from './migrations.js'
import { readStoredEvents } from './read-stored-events.js'
import { tabSeparatedValues } from './tab-separated.js'

export interface ClickHouseEventStoreOptions {
  /** The server queries and inserts go to (on a cluster: any server, all hold the Distributed table). */
  readonly connection: ClickHouseConnection
  /** The database holding the schema of migrations.ts. */
  readonly database: string
  /** When events are stored (their `receivedAt`); defaults to the clock. */
  readonly now?: () => Date
  /** The number of stitched customers of a project; without it, distinct userId-else-anonymousId. */
  readonly countCustomers?: (projectId: string) => Promise<number>
}

/**
 * Settings of every insert: on a cluster, the Distributed table hands the rows to the shards
 * before the insert answers (18.16 has no `SYSTEM FLUSH DISTRIBUTED`), so an append is readable
 * and durable on the shards once it resolves. A single server ignores it.
 */
const INSERT_SETTINGS = { insert_distributed_sync: 1 } as const

/**
 * The event store on ClickHouse: core's port, and bulk imports (see {@link EventImportSession}).
 */
export interface ClickHouseEventStore extends EventStore {
  /**
   * Opens a bulk import into a project, once the previous import of this store has ended (one
   * import at a time). Appends keep running meanwhile; the session tells them apart.
   */
  beginImport(projectId: string): Promise<EventImportSession>
}

/**
 * A bulk import into one project, for files of any size: the importer reads the project's stored
 * message ids once (`storedMessageIds`), leaves those out of the file's events itself (with disk
 * to spare, e.g. in DuckDB), and writes the rest chunk by chunk in journey order. Memory stays
 * bounded by a chunk on both sides; there is no `message_id IN (…)` query per chunk.
 *
 * Exactly once: the ids stored before the session began are the caller's to leave out; `write`
 * drops the ids that appends stored since (imports wait for each other, so nothing else writes).
 * Each chunk is one insert: a failure midway leaves the chunks already written, and a new import
 * of the same events writes exactly the missing ones.
 */
export interface EventImportSession {
  /** The project's message ids stored when the session began, `size` at a time, in no order. */
  storedMessageIds(size?: number): AsyncIterable<readonly string[]>
  /**
   * Stores events none of whose ids `storedMessageIds` gave, each id once, given in journey order
   * chunk after chunk: they are numbered after the project's last seq in the order given.
   * `duplicates` counts the ids an append stored since the session began.
   */
  write(events: readonly JsonTextEvent[]): Promise<AppendResult>
  /** Ends the session: the next import may begin. */
  end(): void
}

/**
 * An event to import whose JSON fields come as JSON text, as a reader of stored JSON has them:
 * the texts are stored as given, not parsed and written again (`properties` is parsed once, for
 * its top-level keys, while its row is built).
 */
export interface JsonTextEvent extends Omit<NewEvent, 'properties' | 'traits' | 'context'> {
  /** The JSON text of the properties (an object). */
  readonly propertiesJson: string
  /** The JSON text of the traits (an object). */
  readonly traitsJson: string
  /** The JSON text of the context (an object). */
  readonly contextJson: string
}

/** Rows per piece of an insert's streamed body. */
const BODY_PIECE_ROWS = 2_000

interface PendingAppend {
  readonly projectId: string
  readonly events: readonly NewEvent[]
  resolve(result: AppendResult): void
  reject(error: unknown): void
}

/**
 * The event store on ClickHouse (one server, or a cluster through its Distributed table).
 *
 * Duplicates: checked before insert, under this process's single-writer queue. Appends run one
 * group at a time; a group keeps the first event of each messageId, asks the table which of those
 * ids the project already has (`message_id IN (…)`), and inserts only the others — so a re-sent
 * batch inserts nothing, every count is right as soon as the append resolves, and no query needs
 * `FINAL`. (A ReplacingMergeTree would only collapse duplicates at some later merge, only within
 * one shard and one partition, and could not report `duplicates` nor keep `seq` for new events.)
 * The price: one process writes a database at a time.
 *
 * Bulk imports (`beginImport`) skip the per-chunk `IN` check: the importer reads the project's ids
 * once and leaves them out itself, and each chunk goes through the same queue, where the ids that
 * appends stored since the import began are dropped (one import at a time per store).
 *
 * `seq`: ClickHouse has no sequence. Each project's last seq is read once (`max(seq)` of its
 * events) and then counted on in memory, reserved before the insert: a failed insert leaves a gap,
 * never a reused number; a restart reads `max(seq)` again, so numbering survives restarts.
 *
 * @example
 * const events = createClickHouseEventStore({ connection, database: 'parcours' })
 * await events.append('acme', [event]) // → { inserted: 1, duplicates: 0 }
 */
export function createClickHouseEventStore(options: ClickHouseEventStoreOptions): ClickHouseEventStore {
  const { connection, countCustomers } = options
  const now = options.now ?? (() => new Date())
  const table = `${quoteIdentifier(options.database)}.${EVENTS_TABLE}`
  const lastSeq = new Map<string, number>()
  const lastSeqReads = new Map<string, Promise<number>>()
  let pending: PendingAppend[] = []
  let writing: Promise<unknown> = Promise.resolve()
  let isFlushScheduled = false
  /** The import in progress: its project and the ids appends stored in it since it began. */
  let importing: { readonly projectId: string; readonly appended: Set<string> } | null = null
  let importsDone: Promise<void> = Promise.resolve()

  /** Runs `work` after every write queued before it: the store's single writer. */
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const done = writing.then(work)
    writing = done.catch(() => undefined)
    return done
  }

  const flush = async () => {
    isFlushScheduled = false
    const group = pending
    pending = []
    if (group.length === 0) return
    try {
      const results = await writeGroup(group)
      group.forEach((request, i) => {
        request.resolve(results[i] ?? { inserted: 0, duplicates: 0 })
      })
    } catch (error) {
      for (const request of group) request.reject(error)
    }
  }

  async function writeGroup(group: readonly PendingAppend[]): Promise<AppendResult[]> {
    const inserted = new Array<number>(group.length).fill(0)
    const byProject = new Map<string, number[]>()
    group.forEach((request, index) => {
      const requests = byProject.get(request.projectId)
      if (requests === undefined) byProject.set(request.projectId, [index])
      else requests.push(index)
    })
    const rows: string[] = []
    const stored: { readonly projectId: string; readonly messageId: string }[] = []
    const receivedAt = now().getTime()
    for (const [projectId, requests] of byProject) {
      const seen = new Set<string>()
      const candidates: { event: NewEvent; request: number }[] = []
      for (const request of requests) {
        for (const event of group[request]?.events ?? []) {
          if (seen.has(event.messageId)) continue
          seen.add(event.messageId)
          candidates.push({ event, request })
        }
      }
      const already = await storedMessageIds(projectId, [...seen])
      const fresh = candidates.filter(({ event }) => !already.has(event.messageId))
      if (fresh.length === 0) continue
      const base = await reserveSeq(projectId, fresh.length)
      fresh.forEach(({ event, request }, i) => {
        rows.push(eventRow(projectId, base + 1 + i, withJsonText(event), event.properties, receivedAt))
        inserted[request] = (inserted[request] ?? 0) + 1
        stored.push({ projectId, messageId: event.messageId })
      })
    }
    await insertRows(rows)
    // An import that began before this insert ended may not see these rows: it skips them by id.
    for (const { projectId, messageId } of stored)
      if (importing?.projectId === projectId) importing.appended.add(messageId)
    return group.map((request, index) => ({
      inserted: inserted[index] ?? 0,
      duplicates: request.events.length - (inserted[index] ?? 0),
    }))
  }

  async function storedMessageIds(projectId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set()
    const rows = await connection.select<{ message_id: string }>(
      `SELECT DISTINCT message_id FROM ${table}
       WHERE project = ${quoteString(projectId)} AND message_id IN ${quoteStringTuple(ids)}`,
    )
    return new Set(rows.map((row) => row.message_id))
  }

  /** Rows of `eventRow` as one insert, its data streamed as the body (`FORMAT Values`). */
  async function insertRows(rows: readonly string[]): Promise<void> {
    if (rows.length === 0) return
    await connection.insert(
      `INSERT INTO ${table} (${EVENT_COLUMNS.join(', ')}) FORMAT Values`,
      bodyPieces(rows),
      INSERT_SETTINGS,
    )
  }

  /**
   * Reserves `count` seqs of a project and answers the last one before them. Safe outside the
   * queue: the project's `max(seq)` is read once, by whichever caller comes first.
   */
  async function reserveSeq(projectId: string, count: number): Promise<number> {
    if (!lastSeq.has(projectId)) {
      let read = lastSeqReads.get(projectId)
      if (read === undefined) {
        read = connection
          .select<{ last: string }>(`SELECT max(seq) AS last FROM ${table} WHERE project = ${quoteString(projectId)}`)
          .then(([row]) => Number(row?.last ?? 0))
        lastSeqReads.set(projectId, read)
        read.catch(() => lastSeqReads.delete(projectId))
      }
      const last = await read
      lastSeqReads.delete(projectId)
      if (!lastSeq.has(projectId)) lastSeq.set(projectId, last)
    }
    const base = lastSeq.get(projectId) ?? 0
    lastSeq.set(projectId, base + count)
    return base
  }

  async function beginImport(projectId: string): Promise<EventImportSession> {
    const previous = importsDone
    let release = () => {}
    importsDone = new Promise((resolve) => {
      release = resolve
    })
    await previous
    const appended = new Set<string>()
    importing = { projectId, appended }
    let isOpen = true
    return {
      async *storedMessageIds(size = 10_000) {
        yield* tabSeparatedValues(
          connection.stream(
            `SELECT message_id FROM ${table} WHERE project = ${quoteString(projectId)} FORMAT TabSeparated`,
          ),
          size,
        )
      },
      async write(events) {
        if (!isOpen) throw new Error('this import session has ended')
        if (events.length === 0) return { inserted: 0, duplicates: 0 }
        // Numbered and written out of the queue, so the next chunk is prepared while this one is
        // inserted; only the check against appends and the insert wait for the other writes.
        const base = await reserveSeq(projectId, events.length)
        const receivedAt = now().getTime()
        const rows = events.map((event, i) =>
          eventRow(projectId, base + 1 + i, event, parseProperties(event.propertiesJson), receivedAt),
        )
        return enqueue(async () => {
          const kept = appended.size === 0 ? rows : rows.filter((_, i) => !appended.has(events[i]?.messageId ?? ''))
          await insertRows(kept)
          return { inserted: kept.length, duplicates: events.length - kept.length }
        })
      },
      end() {
        if (!isOpen) return
        isOpen = false
        if (importing?.appended === appended) importing = null
        release()
      },
    }
  }

  return {
    beginImport,
    append(projectId, events) {
      if (events.length === 0) return Promise.resolve({ inserted: 0, duplicates: 0 })
      return new Promise<AppendResult>((resolve, reject) => {
        pending.push({ projectId, events, resolve, reject })
        if (!isFlushScheduled) {
          isFlushScheduled = true
          void enqueue(flush)
        }
      })
    },

    stats: (projectId, caseOptions) => computeStats(connection, table, projectId, caseOptions, countCustomers),

    async list(projectId, filter) {
      if (filter === undefined) return readStoredEvents(connection, options.database, projectId)
      const ors: string[] = []
      if (filter.anonymousIds !== undefined && filter.anonymousIds.length > 0)
        ors.push(`anonymous_id IN ${quoteStringTuple(filter.anonymousIds)}`)
      if (filter.userIds !== undefined && filter.userIds.length > 0)
        ors.push(`user_id IN ${quoteStringTuple(filter.userIds)}`)
      if (ors.length === 0) return []
      return readStoredEvents(connection, options.database, projectId, ors.join(' OR '))
    },
  }
}

/** Rows as the pieces of a `FORMAT Values` body, {@link BODY_PIECE_ROWS} rows each. */
function* bodyPieces(rows: readonly string[]): Generator<string> {
  for (let from = 0; from < rows.length; from += BODY_PIECE_ROWS)
    yield `${rows.slice(from, from + BODY_PIECE_ROWS).join(',\n')}${from + BODY_PIECE_ROWS < rows.length ? ',\n' : '\n'}`
}

/** A new event with its JSON fields written as text. */
function withJsonText(event: NewEvent): JsonTextEvent {
  const { properties, traits, context, ...rest } = event
  return {
    ...rest,
    propertiesJson: JSON.stringify(properties),
    traitsJson: JSON.stringify(traits),
    contextJson: JSON.stringify(context),
  }
}

const parseProperties = (text: string): JsonObject => (text === '{}' ? {} : (JSON.parse(text) as JsonObject))

/** One `VALUES` tuple, in the order of EVENT_COLUMNS; `properties` is the object `event.propertiesJson` holds. */
function eventRow(
  projectId: string,
  seq: number,
  event: JsonTextEvent,
  properties: JsonObject,
  receivedAt: number,
): string {
  const [keys, values] = propertyTexts(properties)
  return `(${[
    quoteString(projectId),
    quoteString(event.messageId),
    quoteInteger(seq),
    quoteString(event.type),
    quoteString(event.name),
    quoteNullableString(event.anonymousId),
    quoteNullableString(event.userId),
    quoteInteger(event.timestamp),
    quoteNullableString(event.channel),
    quoteString(event.propertiesJson),
    quoteString(event.traitsJson),
    quoteString(event.contextJson),
    quoteStringArray(keys),
    quoteStringArray(values),
    quoteInteger(receivedAt),
  ].join(', ')})`
}

/**
 * The top-level properties as two parallel arrays, key and text (a string as it is, any other
 * value as its JSON), leaving out null values: what DuckDB's `json_extract_string` answers, read
 * in SQL by {@link propertyTextSql} on every ClickHouse version (18.16 has no JSONExtract).
 */
function propertyTexts(properties: JsonObject): [string[], string[]] {
  const keys: string[] = []
  const values: string[] = []
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue
    keys.push(key)
    values.push(typeof value === 'string' ? value : JSON.stringify(value))
  }
  return [keys, values]
}

/**
 * The SQL of a top-level property's text, NULL when the event lacks it (or holds null): a string
 * as it is, a number, boolean, object or array as its JSON text.
 *
 * @example propertyTextSql('order') // → "if(has(property_keys, 'order'), property_values[indexOf(property_keys, 'order')], NULL)"
 */
export function propertyTextSql(key: string): string {
  const quoted = quoteString(key)
  return `if(has(property_keys, ${quoted}), property_values[indexOf(property_keys, ${quoted})], NULL)`
}

async function computeStats(
  connection: ClickHouseConnection,
  table: string,
  projectId: string,
  options: CaseOptions,
  countCustomers?: (projectId: string) => Promise<number>,
): Promise<EventStats> {
  const project = quoteString(projectId)
  const caseExpression =
    options.caseProperty === undefined ? 'ifNull(user_id, anonymous_id)' : propertyTextSql(options.caseProperty)
  const activityExpression =
    options.classifier === 'name' ? 'name' : `concat(name, '+', ifNull(${propertyTextSql('lifecycle:transition')}, ''))`
  const [row] = await connection.select<Record<string, string | null>>(
    `SELECT count() AS events, uniqExact(${caseExpression}) AS cases, uniqExact(${activityExpression}) AS activities,
            uniqExact(ifNull(user_id, anonymous_id)) AS customers, min(ts) AS first_ts, max(ts) AS last_ts
     FROM ${table} WHERE project = ${project}`,
  )
  const events = Number(row?.events ?? 0)
  const channels = await connection.select<{ channel: string | null; events: string }>(
    `SELECT channel, count() AS events FROM ${table} WHERE project = ${project}
     GROUP BY channel ORDER BY events DESC, channel`,
  )
  const customers = countCustomers === undefined ? Number(row?.customers ?? 0) : await countCustomers(projectId)
  return {
    cases: options.caseProperty === undefined ? customers : Number(row?.cases ?? 0),
    events,
    activities: Number(row?.activities ?? 0),
    customers,
    channels: channels.map((channel) => ({ channel: channel.channel, events: Number(channel.events) })),
    firstTimestamp: events === 0 ? null : Number(row?.first_ts),
    lastTimestamp: events === 0 ? null : Number(row?.last_ts),
  }
}
