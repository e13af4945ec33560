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
 * `seq`: ClickHouse has no sequence. Each project's last seq is read once (`max(seq)` of its
 * events) and then counted on in memory, reserved before the insert: a failed insert leaves a gap,
 * never a reused number; a restart reads `max(seq)` again, so numbering survives restarts.
 *
 * @example
 * const events = createClickHouseEventStore({ connection, database: 'parcours' })
 * await events.append('acme', [event]) // → { inserted: 1, duplicates: 0 }
 */
export function createClickHouseEventStore(options: ClickHouseEventStoreOptions): EventStore {
  const { connection, countCustomers } = options
  const now = options.now ?? (() => new Date())
  const table = `${quoteIdentifier(options.database)}.${EVENTS_TABLE}`
  const lastSeq = new Map<string, number>()
  let pending: PendingAppend[] = []
  let writing: Promise<void> = Promise.resolve()
  let isFlushScheduled = false

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
      const stored = await storedMessageIds(projectId, [...seen])
      const fresh = candidates.filter(({ event }) => !stored.has(event.messageId))
      if (fresh.length === 0) continue
      const base = await reserveSeq(projectId, fresh.length)
      fresh.forEach(({ event, request }, i) => {
        rows.push(eventRow(projectId, base + 1 + i, event, receivedAt))
        inserted[request] = (inserted[request] ?? 0) + 1
      })
    }
    if (rows.length > 0) {
      await connection.execute(`INSERT INTO ${table} (${EVENT_COLUMNS.join(', ')}) VALUES ${rows.join(',\n')}`, {
        ...INSERT_SETTINGS,
      })
    }
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

  async function reserveSeq(projectId: string, count: number): Promise<number> {
    let base = lastSeq.get(projectId)
    if (base === undefined) {
      const [row] = await connection.select<{ last: string }>(
        `SELECT max(seq) AS last FROM ${table} WHERE project = ${quoteString(projectId)}`,
      )
      base = Number(row?.last ?? 0)
    }
    lastSeq.set(projectId, base + count)
    return base
  }

  return {
    append(projectId, events) {
      if (events.length === 0) return Promise.resolve({ inserted: 0, duplicates: 0 })
      return new Promise<AppendResult>((resolve, reject) => {
        pending.push({ projectId, events, resolve, reject })
        if (!isFlushScheduled) {
          isFlushScheduled = true
          writing = writing.then(flush)
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

/** One `VALUES` tuple, in the order of EVENT_COLUMNS. */
function eventRow(projectId: string, seq: number, event: NewEvent, receivedAt: number): string {
  const [keys, values] = propertyTexts(event.properties)
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
    quoteString(JSON.stringify(event.properties)),
    quoteString(JSON.stringify(event.traits)),
    quoteString(JSON.stringify(event.context)),
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
