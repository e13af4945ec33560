import { compareText, type VariantRow, type VariantTable, type VariantTableRow } from '@parcours/core'
import { journeyCasesSql } from './journey-cases-sql.js'
import type { JourneyInput } from './journey-source.js'
import { type ClickHouseQuery, integerOf, queryRows } from './query-rows.js'

export type ClickHouseVariantOptions = JourneyInput & {
  /** Keep the N most frequent variants and sum the rest into one `other` row (absent: every variant). */
  readonly top?: number
}

/**
 * Core's `computeVariants` computed inside ClickHouse (the activity is the source's `name`: the
 * event name, or what the store's source classified): each case's names in journey order become its variant, variants are grouped and counted there, and
 * only the totals and the rows that can be in the top N come back (those with at least the N-th
 * largest count); TypeScript orders them as core does (cases descending, then the sequence in
 * code-point order, a prefix first) and sums the rest into the `other` row.
 *
 * @example
 * await clickhouseVariants((sql) => server.query(sql), { table: 'journey', project: 'p1', top: 10 })
 * // { totalVariants: 4366, totalCases: 13087, reworkCases: …, reworkEvents: …, rows: [… 10 rows, { other: true, … }] }
 */
export async function clickhouseVariants(
  query: ClickHouseQuery,
  options: ClickHouseVariantOptions,
): Promise<VariantTable> {
  const { top } = options
  if (top !== undefined && !(Number.isInteger(top) && top >= 0))
    throw new RangeError(`top must be a natural number, got ${top}`)
  // The N-th largest count (arrayElement past the end answers 0: every row is kept).
  const kept = top === undefined ? '1' : top === 0 ? '0' : `x.2 >= arrayReverseSort(groupArray(cases))[${top}]`
  const [row] = await queryRows(
    query,
    `SELECT count(), sum(cases), sumIf(cases, repeats > 0), sum(cases * repeats),
            arrayFilter(x -> ${kept}, groupArray((sequence, cases)))
     FROM (
       SELECT sequence, count() AS cases, length(sequence) - arrayUniq(sequence) AS repeats
       FROM (SELECT arrayMap(x -> x.3, events) AS sequence FROM (${journeyCasesSql(options, '(ts, seq, name)')}))
       GROUP BY sequence)`,
  )
  const [variants, cases, reworkCases, reworkEvents, candidates] = row ?? []
  const totalVariants = integerOf(variants)
  const totalCases = integerOf(cases)
  const percent = (count: number) => (count / totalCases) * 100
  const ordered: VariantRow[] = (candidates as [string[], unknown][])
    .map(([sequence, count]) => ({ sequence, cases: integerOf(count), coverage: percent(integerOf(count)) }))
    .sort((a, b) => b.cases - a.cases || compareSequences(a.sequence, b.sequence))
  const rows: VariantTableRow[] = top === undefined ? ordered : ordered.slice(0, top)
  if (rows.length < totalVariants) {
    const other = totalCases - rows.reduce((sum, shown) => sum + shown.cases, 0)
    rows.push({
      sequence: [],
      other: true,
      variants: totalVariants - rows.length,
      cases: other,
      coverage: percent(other),
    })
  }
  return {
    totalVariants,
    totalCases,
    reworkCases: integerOf(reworkCases),
    reworkEvents: integerOf(reworkEvents),
    rows,
  }
}

/** Core's sequence order: activity by activity in code-point order, a prefix before its extensions. */
function compareSequences(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const difference = compareText(a[i] as string, b[i] as string)
    if (difference !== 0) return difference
  }
  return a.length - b.length
}
