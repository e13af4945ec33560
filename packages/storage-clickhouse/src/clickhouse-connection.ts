import { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { type ClickHouseClient, createClient } from '@clickhouse/client'

/**
 * The adapters' view of one ClickHouse server: a statement in, its body out, through the official
 * `@clickhouse/client` (HTTP). ClickHouse 18.16 has no server-side query parameters, so values
 * are escaped on the client (escape-sql.ts) and statements are sent whole with `exec`.
 */

/** ClickHouse settings sent with a request (`max_query_size`, `insert_distributed_sync`…). */
export type ClickHouseSettings = Readonly<Record<string, string | number>>

/** One ClickHouse server reached over HTTP, inside one database. */
export interface ClickHouseConnection {
  /** `http://host:port`, without credentials. */
  readonly url: string
  /** The database unqualified names resolve in; null for the server's default. */
  readonly database: string | null
  /** Runs one statement (DDL, INSERT … VALUES …) and answers the response body. */
  execute(sql: string, settings?: ClickHouseSettings): Promise<string>
  /**
   * Runs a SELECT with `FORMAT JSONEachRow` appended and answers its rows. 64-bit integers come as
   * strings (ClickHouse quotes them in JSON), Nullable columns as null.
   */
  select<Row = Record<string, unknown>>(sql: string, settings?: ClickHouseSettings): Promise<Row[]>
  /**
   * Runs an INSERT ending in `FORMAT <format>` whose data is `body`, streamed as the request body
   * piece by piece (the statement goes in the URL): the data is never one SQL string.
   */
  insert(sql: string, body: Iterable<string> | AsyncIterable<string>, settings?: ClickHouseSettings): Promise<void>
  /** Runs a statement and answers its response body piece by piece as it arrives (UTF-8 text). */
  stream(sql: string, settings?: ClickHouseSettings): AsyncIterable<string>
  /** Closes the client's sockets. */
  close(): Promise<void>
}

export interface ClickHouseConnectionOptions {
  /** `http://host:port` of the server. */
  readonly url: string
  readonly database?: string | null
  readonly user?: string | null
  readonly password?: string | null
  /** Settings sent with every request; a request's own settings override them. */
  readonly settings?: ClickHouseSettings
}

/** A statement ClickHouse refused, or a server that could not be reached. */
export class ClickHouseError extends Error {
  override readonly name = 'ClickHouseError'
  constructor(
    message: string,
    /** ClickHouse's error code (`Code: 62` is a syntax error), null when the server did not answer. */
    readonly code: number | null,
    /** The server's URL. */
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

/**
 * How long a request may take, answer included (the client's default is 30 s): with
 * `wait_end_of_query` the answer starts only when the query ends, and an analysis or an identity
 * recomputation over tens of millions of events takes longer than that. Meanwhile the server
 * sends a progress header every {@link PROGRESS_INTERVAL_MS}, so that a proxy between does not
 * close the idle connection (36 headers at most over the timeout: well under Node's 16 KB of headers).
 */
export const REQUEST_TIMEOUT_MS = 30 * 60_000
const PROGRESS_INTERVAL_MS = 50_000

/** Below this, a statement is sent with the server's default `max_query_size` (256 KiB). */
const DEFAULT_MAX_QUERY_SIZE = 262_144

/**
 * Opens a connection (nothing is sent until the first statement).
 *
 * Every request carries `wait_end_of_query=1`, so an error met while the result streams is a
 * failed response rather than a truncated body; and a `max_query_size` large enough for the
 * statement, so long `IN` lists of escaped values parse.
 *
 * @example
 * const connection = createClickHouseConnection({ url: 'http://127.0.0.1:8123', database: 'parcours' })
 * await connection.select<{ one: number }>('SELECT 1 AS one') // → [{ one: 1 }]
 */
export function createClickHouseConnection(options: ClickHouseConnectionOptions): ClickHouseConnection {
  const url = options.url.replace(/\/+$/, '')
  const database = options.database ?? null
  const client: ClickHouseClient = createClient({
    url,
    request_timeout: REQUEST_TIMEOUT_MS,
    clickhouse_settings: {
      send_progress_in_http_headers: 1,
      http_headers_progress_interval_ms: String(PROGRESS_INTERVAL_MS) as never,
    },
    ...(database === null ? {} : { database }),
    ...(options.user === undefined || options.user === null ? {} : { username: options.user }),
    ...(options.password === undefined || options.password === null ? {} : { password: options.password }),
  })

  async function* send(
    sql: string,
    settings: ClickHouseSettings,
    body?: Iterable<string> | AsyncIterable<string>,
  ): AsyncGenerator<string> {
    const all: Record<string, string | number> = { wait_end_of_query: 1 }
    const length = Buffer.byteLength(sql, 'utf8')
    if (length >= DEFAULT_MAX_QUERY_SIZE) all.max_query_size = length + 1024
    Object.assign(all, options.settings, settings)
    try {
      const result = await client.exec({
        query: sql,
        clickhouse_settings: all as Record<string, never>,
        ...(body === undefined ? {} : { values: Readable.from(body, { objectMode: false }) }),
      })
      // A character's UTF-8 bytes may straddle two chunks: the decoder holds them until complete.
      const decoder = new StringDecoder('utf8')
      for await (const chunk of result.stream) yield typeof chunk === 'string' ? chunk : decoder.write(chunk)
      yield decoder.end()
    } catch (cause) {
      throw clickHouseError(cause, url)
    }
  }

  const readAll = async (pieces: AsyncIterable<string>) => {
    let text = ''
    for await (const piece of pieces) text += piece
    return text
  }

  return {
    url,
    database,
    execute: (sql, settings = {}) => readAll(send(sql, settings)),
    async insert(sql, body, settings = {}) {
      await readAll(send(sql, settings, body))
    },
    stream: (sql, settings = {}) => send(sql, settings),
    async select<Row>(sql: string, settings: ClickHouseSettings = {}) {
      const text = await readAll(send(`${sql}\nFORMAT JSONEachRow`, settings))
      const rows: Row[] = []
      for (const line of text.split('\n')) if (line !== '') rows.push(JSON.parse(line) as Row)
      return rows
    },
    close: () => client.close(),
  }
}

/** A failure of the client as a ClickHouseError: the server's refusal (with its code) or an unreachable server. */
function clickHouseError(cause: unknown, url: string): ClickHouseError {
  const message = cause instanceof Error ? cause.message : String(cause)
  const code = (cause as { code?: unknown }).code
  const numeric = typeof code === 'string' && /^\d+$/.test(code) ? Number(code) : null
  const quoted = /Code: (\d+)/.exec(message)?.[1]
  return new ClickHouseError(
    numeric === null && quoted === undefined
      ? `ClickHouse at ${url} could not be reached: ${message}`
      : `ClickHouse at ${url} refused a statement: ${message.trim().slice(0, 1000)}`,
    numeric ?? (quoted === undefined ? null : Number(quoted)),
    url,
    { cause },
  )
}
