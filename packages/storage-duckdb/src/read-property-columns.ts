import { type DuckDBConnection, listValue } from '@duckdb/node-api'
import { Dictionary, type JourneyLog, NONE, type PropertyColumn, type ScalarValue } from '@parcours/core'
import { DuckDbStoreError } from './duckdb-store-error.js'
import { forEachChunk } from './read-chunks.js'
import { sharedInt32Array } from './shared-typed-arrays.js'

/** Where a property path may start: the JSON columns of `events`. */
const PROPERTY_ROOTS = new Set(['properties', 'traits', 'context'])

/** A journey log as the index keeps it: the highest seq it covers and the property columns loaded so far. */
export interface IndexedLog {
  readonly log: JourneyLog
  readonly seq: number
  readonly properties: Map<string, PropertyColumn>
}

/**
 * Reads properties of every indexed event into dictionary-encoded columns: one scan per root
 * (`properties`, `context`, `traits`) for all its paths, each event's JSON parsed once.
 */
export async function loadProperties(
  connection: DuckDBConnection,
  projectId: string,
  snapshot: IndexedLog,
  paths: readonly string[],
): Promise<void> {
  const byRoot = new Map<string, { path: string; jsonPath: string }[]>()
  for (const path of new Set(paths)) {
    const [root, ...keys] = path.split('.')
    if (root === undefined || !PROPERTY_ROOTS.has(root) || keys.length === 0)
      throw new DuckDbStoreError(
        `cannot read the property "${path}": a path starts with properties., traits. or context.`,
        projectId,
      )
    if (snapshot.properties.has(path)) continue
    const group = byRoot.get(root) ?? []
    group.push({ path, jsonPath: `$.${keys.map((key) => JSON.stringify(key)).join('.')}` })
    byRoot.set(root, group)
  }
  if (byRoot.size === 0) return
  const log = snapshot.log
  const positionOfSeq = new Int32Array(snapshot.seq + 1).fill(NONE)
  for (let i = 0; i < log.eventCount; i++) positionOfSeq[log.seq[i] as number] = i
  for (const [root, group] of byRoot) {
    const columns = group.map(() => ({
      codes: sharedInt32Array(log.eventCount).fill(NONE),
      values: new Dictionary<ScalarValue>(),
    }))
    await forEachChunk(
      connection,
      `SELECT seq::DOUBLE, i::INTEGER, kind, value FROM (
         SELECT seq, i, json_type(v) AS kind, v ->> '$' AS value FROM (
           SELECT seq, unnest(json_extract(${root}, $3::VARCHAR[])) AS v, unnest(range(${group.length})) AS i
           FROM events WHERE project_id = $1 AND seq <= $2 AND ${root} IS NOT NULL))
       WHERE kind IN ('VARCHAR', 'BIGINT', 'UBIGINT', 'DOUBLE', 'BOOLEAN')`,
      [projectId, snapshot.seq, listValue(group.map((entry) => entry.jsonPath))],
      (column, rows) => {
        const [seqs, indexes, kinds, texts] = [column(0), column(1), column(2), column(3)]
        for (let row = 0; row < rows; row++) {
          const position = positionOfSeq[seqs.getItem(row) as number] ?? NONE
          const target = columns[indexes.getItem(row) as number]
          if (position === NONE || target === undefined) continue
          const text = String(texts.getItem(row))
          const kind = kinds.getItem(row)
          const value: ScalarValue = kind === 'VARCHAR' ? text : kind === 'BOOLEAN' ? text === 'true' : Number(text)
          target.codes[position] = target.values.code(value)
        }
      },
    )
    group.forEach((entry, i) => {
      const column = columns[i] as (typeof columns)[number]
      snapshot.properties.set(entry.path, { codes: column.codes, values: column.values.values })
    })
  }
}
