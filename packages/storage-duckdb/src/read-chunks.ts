import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api'

/** Reads a query chunk by chunk; `visit` gets each chunk's column vectors and its row count. */
export async function forEachChunk(
  connection: DuckDBConnection,
  sql: string,
  values: DuckDBValue[],
  visit: (column: (index: number) => { getItem(row: number): unknown }, rows: number) => void,
): Promise<void> {
  const result = await connection.stream(sql, values)
  for (;;) {
    const chunk = await result.fetchChunk()
    if (chunk === null || chunk.rowCount === 0) break
    visit((index) => chunk.getColumnVector(index), chunk.rowCount)
  }
}

export async function readTexts(
  connection: DuckDBConnection,
  sql: string,
  values: DuckDBValue[] = [],
): Promise<string[]> {
  const texts: string[] = []
  await forEachChunk(connection, sql, values, (column, rows) => {
    const vector = column(0)
    for (let row = 0; row < rows; row++) texts.push(String(vector.getItem(row)))
  })
  return texts
}
