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
    ...(database === null ? {} : { database }),
    ...(options.user === undefined || options.user === null ? {} : { username: options.user }),
    ...(options.password === undefined || options.password === null ? {} : { password: options.password }),
  })

  async function send(sql: string, settings: ClickHouseSettings): Promise<string> {
    const all: Record<string, string | number> = { wait_end_of_query: 1 }
    const length = Buffer.byteLength(sql, 'utf8')
    if (length >= DEFAULT_MAX_QUERY_SIZE) all.max_query_size = length + 1024
    Object.assign(all, options.settings, settings)
    try {
      const result = await client.exec({ query: sql, clickhouse_settings: all as Record<string, never> })
      let text = ''
      for await (const chunk of result.stream) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8')
      return text
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause)
      const code = (cause as { code?: unknown }).code
      const numeric = typeof code === 'string' && /^\d+$/.test(code) ? Number(code) : null
      throw new ClickHouseError(
        numeric === null && !/Code: \d+/.test(message)
          ? `ClickHouse at ${url} could not be reached: ${message}`
          : `ClickHouse at ${url} refused a statement: ${message.trim().slice(0, 1000)}`,
        numeric ?? (/Code: (\d+)/.exec(message)?.[1] === undefined ? null : Number(/Code: (\d+)/.exec(message)?.[1])),
        url,
        { cause },
      )
    }
  }

  return {
    url,
    database,
    execute: (sql, settings = {}) => send(sql, settings),
    async select<Row>(sql: string, settings: ClickHouseSettings = {}) {
      const text = await send(`${sql}\nFORMAT JSONEachRow`, settings)
      const rows: Row[] = []
      for (const line of text.split('\n')) if (line !== '') rows.push(JSON.parse(line) as Row)
      return rows
    },
    close: () => client.close(),
  }
}
