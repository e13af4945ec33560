/**
 * Runs one statement and answers its body: a single server's HTTP endpoint, or the server that
 * holds the Distributed table (the analyses only read, so either works).
 *
 * @example const query: ClickHouseQuery = (sql) => server.query(sql)
 */
export type ClickHouseQuery = (sql: string) => Promise<string>

/** A flat journey table (benchmarks, tests) and the project's id; the store's events are read through a `JourneySource`. */
export interface JourneyTable {
  /** `journey` or `database.journey`: columns project, customer (the case), ts (ms), seq, name (the activity). */
  readonly table: string
  readonly project: string
}

/**
 * The rows of a SELECT, read as JSONCompact: each row an array of values (64-bit integers come
 * back as strings, `Number` them).
 *
 * @example await queryRows(query, 'SELECT 1, [2]') // [[1, [2]]]
 */
export async function queryRows(query: ClickHouseQuery, sql: string): Promise<readonly (readonly unknown[])[]> {
  const body = await query(`${sql}\nFORMAT JSONCompact`)
  return (JSON.parse(body) as { data: unknown[][] }).data
}

/** A 64-bit integer from a JSON answer (a string by default, a number when the server is told not to quote them). */
export function integerOf(value: unknown): number {
  const number = Number(value)
  if (!Number.isSafeInteger(number)) throw new Error(`ClickHouse answered ${JSON.stringify(value)} for an integer`)
  return number
}
