import type { CatalogProperty, PropertyCatalogSource, ScalarValue } from '@parcours/core'
import { forEachChunk } from './read-chunks.js'
import type { SerialRunner } from './serial-runner.js'

/** JSON types whose values a selector's predicate can compare (objects and arrays cannot). */
const SCALAR_TYPES = `('VARCHAR', 'BIGINT', 'UBIGINT', 'DOUBLE', 'BOOLEAN')`

/**
 * The property catalog on DuckDB: one scan of the project's journey events (identify, alias and
 * group calls left out, as in the journey log), each top-level scalar property counted by key and
 * by value; the `keys` most frequent keys (ties by key) with their `valuesPerKey` most frequent
 * values (ties by value text). Values keep their JSON type (numbers stay numbers).
 */
export function createDuckDbPropertyCatalog(run: SerialRunner): PropertyCatalogSource {
  return {
    propertyCatalog: (projectId, limits) =>
      run(async (db) => {
        const properties: CatalogProperty[] = []
        const byKey = new Map<string, { events: number; values: { value: ScalarValue; events: number }[] }>()
        const order: string[] = []
        await forEachChunk(
          db.connection,
          `WITH pairs AS (
             SELECT je.key AS k, json_type(je.value) AS t, je.value ->> '$' AS v
             FROM events, json_each(events.properties) AS je
             WHERE events.project_id = $1 AND events.type NOT IN ('identify', 'alias', 'group')
               AND events.properties IS NOT NULL),
           scalars AS (SELECT k, CASE WHEN t IN ('BIGINT', 'UBIGINT') THEN 'DOUBLE' ELSE t END AS t, v
                       FROM pairs WHERE t IN ${SCALAR_TYPES}),
           keys AS (SELECT k, count(*) AS n FROM scalars GROUP BY k ORDER BY n DESC, k LIMIT $2),
           counted AS (SELECT s.k, s.t, s.v, count(*) AS n FROM scalars s JOIN keys USING (k) GROUP BY s.k, s.t, s.v),
           ranked AS (SELECT *, row_number() OVER (PARTITION BY k ORDER BY n DESC, v, t) AS r FROM counted)
           SELECT keys.k, keys.n::DOUBLE, ranked.t, ranked.v, ranked.n::DOUBLE
           FROM keys JOIN ranked ON ranked.k = keys.k AND ranked.r <= $3
           ORDER BY keys.n DESC, keys.k, ranked.n DESC, ranked.v, ranked.t`,
          [projectId, limits.keys, limits.valuesPerKey],
          (column, rows) => {
            const [keys, keyCounts, types, texts, valueCounts] = [column(0), column(1), column(2), column(3), column(4)]
            for (let row = 0; row < rows; row++) {
              const key = String(keys.getItem(row))
              let entry = byKey.get(key)
              if (entry === undefined) {
                entry = { events: Number(keyCounts.getItem(row)), values: [] }
                byKey.set(key, entry)
                order.push(key)
              }
              const text = String(texts.getItem(row))
              const type = types.getItem(row)
              const value: ScalarValue = type === 'VARCHAR' ? text : type === 'BOOLEAN' ? text === 'true' : Number(text)
              entry.values.push({ value, events: Number(valueCounts.getItem(row)) })
            }
          },
        )
        for (const key of order) {
          const entry = byKey.get(key)
          if (entry !== undefined) properties.push({ path: `properties.${key}`, ...entry })
        }
        return properties
      }),
  }
}
