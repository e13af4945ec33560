/** Mean, median and 90th percentile of durations (ms); null without values. */
export interface DurationSummary {
  readonly mean: number
  readonly median: number
  readonly p90: number
}

/**
 * Summarises values with the linear-interpolation quantile (Hyndman–Fan type 7, the default of R,
 * NumPy and pandas): the median of an even count is the mean of the two middle values.
 */
export function summarize(values: ArrayLike<number>): DurationSummary | null {
  if (values.length === 0) return null
  const sorted = Float64Array.from(values).sort()
  let total = 0
  for (const value of sorted) total += value
  return { mean: total / sorted.length, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) }
}

/** The type-7 quantile of sorted values. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q
  const lower = Math.floor(h)
  const low = sorted[lower] as number
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] as number
  return low + (h - lower) * (high - low)
}
