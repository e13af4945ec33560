import type { DurationSummary } from '@parcours/core'
import { integerOf } from './query-rows.js'

/**
 * SQL for what core's `summarize` needs from durations, given an expression of them sorted
 * (Array(Int64)): `[count, sum, the two order statistics around the median, the two around the
 * 90th percentile]`. ClickHouse's quantileExact picks one value of the sample (and 18.16 has no
 * quantilesExactLow/High), while core interpolates (Hyndman–Fan type 7): so the server finds the
 * order statistics `floor((n − 1) q)` and the next one — the same float64 arithmetic as core — and
 * `durationSummaryOf` interpolates in TypeScript exactly as core does.
 *
 * @example `SELECT ${durationStatisticsSql('arraySort(groupArray(d))')} FROM …`
 */
export function durationStatisticsSql(sorted: string): string {
  const around = (q: number) => {
    const lower = `toUInt64(floor((greatest(length(${sorted}), 1) - 1) * ${q})) + 1`
    return `${sorted}[${lower}], ${sorted}[least(${lower} + 1, length(${sorted}))]`
  }
  return `[toInt64(length(${sorted})), toInt64(arraySum(${sorted})), ${around(0.5)}, ${around(0.9)}]`
}

/**
 * Mean, median and p90 (ms) from the answer of `durationStatisticsSql`; null without durations.
 * The mean divides the exact integer sum, as core's does (sums below 2^53 ms are exact in both).
 *
 * @example durationSummaryOf(['4', '10', '2', '3', '4', '4']) // { mean: 2.5, median: 2.5, p90: 3.7… }
 */
export function durationSummaryOf(statistics: unknown): DurationSummary | null {
  const [n = 0, sum = 0, low50 = 0, high50 = 0, low90 = 0, high90 = 0] = (statistics as unknown[]).map(integerOf)
  if (n === 0) return null
  return { mean: sum / n, median: interpolate(n, 0.5, low50, high50), p90: interpolate(n, 0.9, low90, high90) }
}

/** Core's `selectAt` given the two order statistics around rank `(n − 1) q`. */
function interpolate(n: number, q: number, low: number, high: number): number {
  const h = (n - 1) * q
  const fraction = h - Math.floor(h)
  if (Math.floor(h) + 1 >= n || fraction === 0) return low
  return low + fraction * (high - low)
}
