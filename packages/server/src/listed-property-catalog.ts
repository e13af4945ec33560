import type { CatalogProperty, EventStore, PropertyCatalogSource, ScalarValue } from '@parcours/core'

/** Calls that are not journey events: the catalog leaves them out, as the journey log does. */
const NON_JOURNEY_TYPES: ReadonlySet<string> = new Set(['identify', 'alias', 'group'])

/** A scalar's JSON type as DuckDB's `json_type` names it, integers counted as DOUBLE as the DuckDB catalog does. */
type ScalarType = 'BOOLEAN' | 'DOUBLE' | 'VARCHAR'

/**
 * The property catalog computed in this process from a store's `list` (for an event store without
 * a catalog of its own: ClickHouse), equal to DuckDB's (duckdb-property-catalog.ts): the top-level
 * scalar properties of the project's journey events (identify, alias and group calls left out),
 * the `keys` most frequent keys (ties by key, in code-point order) with their `valuesPerKey` most
 * frequent values (ties by value text, then type), numbers staying numbers. A number's text is
 * DuckDB's (`1e21`, not JavaScript's `1e+21`), so ties order the same. Reads every event of the
 * project once per call.
 *
 * @example
 * const catalog = createListedPropertyCatalog(clickhouse.events)
 * await catalog.propertyCatalog('acme', { keys: 50, valuesPerKey: 20 })
 * // → [{ path: 'properties.plan', events: 3, values: [{ value: 'free', events: 2 }, { value: 'gold', events: 1 }] }]
 */
export function createListedPropertyCatalog(events: Pick<EventStore, 'list'>): PropertyCatalogSource {
  return {
    async propertyCatalog(projectId, limits) {
      const byKey = new Map<
        string,
        { events: number; values: Map<string, { type: ScalarType; text: string; value: ScalarValue; events: number }> }
      >()
      for (const event of await events.list(projectId)) {
        if (NON_JOURNEY_TYPES.has(event.type)) continue
        for (const [key, value] of Object.entries(event.properties)) {
          const scalar = scalarOf(value)
          if (scalar === undefined) continue
          let entry = byKey.get(key)
          if (entry === undefined) {
            entry = { events: 0, values: new Map() }
            byKey.set(key, entry)
          }
          entry.events++
          const id = `${scalar.type}\u0000${scalar.text}`
          const counted = entry.values.get(id)
          if (counted === undefined) entry.values.set(id, { ...scalar, events: 1 })
          else counted.events++
        }
      }
      const keys = [...byKey.entries()]
        .sort(([a, x], [b, y]) => y.events - x.events || compareCodePoints(a, b))
        .slice(0, Math.max(0, limits.keys))
      // As DuckDB's join of keys and ranked values: no value kept, no key.
      if (limits.valuesPerKey < 1) return []
      return keys.map(
        ([key, entry]): CatalogProperty => ({
          path: `properties.${key}`,
          events: entry.events,
          values: [...entry.values.values()]
            .sort(
              (a, b) => b.events - a.events || compareCodePoints(a.text, b.text) || compareCodePoints(a.type, b.type),
            )
            .slice(0, Math.max(0, limits.valuesPerKey))
            .map(({ value, events: count }) => ({ value, events: count })),
        }),
      )
    },
  }
}

function scalarOf(value: unknown): { type: ScalarType; text: string; value: ScalarValue } | undefined {
  if (typeof value === 'string') return { type: 'VARCHAR', text: value, value }
  if (typeof value === 'boolean') return { type: 'BOOLEAN', text: String(value), value }
  if (typeof value === 'number' && Number.isFinite(value)) {
    // DuckDB writes exponents without '+' (1e21); JSON.stringify turned -0 into 0.
    const text = String(value === 0 ? 0 : value).replace('e+', 'e')
    return { type: 'DOUBLE', text, value: Number(text) }
  }
  return undefined
}

/** Orders strings by code point, as DuckDB orders VARCHAR (byte-wise UTF-8). */
function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  for (;;) {
    const x = left.next()
    const y = right.next()
    if (x.done === true) return y.done === true ? 0 : -1
    if (y.done === true) return 1
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0)
    if (difference !== 0) return difference
  }
}
