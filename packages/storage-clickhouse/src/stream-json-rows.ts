import type { ClickHouseConnection } from './clickhouse-connection.js'

/**
 * The rows of a SELECT one at a time as they arrive (`FORMAT JSONEachRow` is appended), so a
 * result larger than memory can be folded row by row. 64-bit integers come as strings, Nullable
 * columns as null (as `connection.select` gives them).
 *
 * @example for await (const row of streamJsonRows<{ owner: string }>(connection, 'SELECT …')) owners.push(row.owner)
 */
export async function* streamJsonRows<Row>(connection: ClickHouseConnection, sql: string): AsyncGenerator<Row> {
  let rest = ''
  for await (const piece of connection.stream(`${sql}\nFORMAT JSONEachRow`)) {
    const lines = (rest + piece).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) if (line !== '') yield JSON.parse(line) as Row
  }
  if (rest !== '') yield JSON.parse(rest) as Row
}
