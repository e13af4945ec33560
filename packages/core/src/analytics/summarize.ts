/** Mean, median and 90th percentile of durations (ms); null without values. */
export interface DurationSummary {
  readonly mean: number
  readonly median: number
  readonly p90: number
}

/**
 * Summarises values with the linear-interpolation quantile (Hyndman–Fan type 7, the default of R,
 * NumPy and pandas): the median of an even count is the mean of the two middle values. The
 * quantiles are found by selection (linear time on average), not by sorting: a process map
 * summarises millions of durations.
 */
export function summarize(values: ArrayLike<number>): DurationSummary | null {
  if (values.length === 0) return null
  const work = Float64Array.from(values)
  let total = 0
  for (const value of work) total += value
  return { mean: total / work.length, median: selectQuantile(work, 0.5), p90: selectQuantile(work, 0.9) }
}

/** The type-7 quantile of sorted values. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q
  const lower = Math.floor(h)
  const low = sorted[lower] as number
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] as number
  return low + (h - lower) * (high - low)
}

/** The type-7 quantile of values in any order; reorders `work` (the same answer as `quantile` on the sorted values). */
export function selectQuantile(work: Float64Array, q: number): number {
  const h = (work.length - 1) * q
  const lower = Math.floor(h)
  const low = selectNth(work, lower)
  if (lower + 1 >= work.length) return low
  // After the selection every value right of `lower` is ≥ low: the next order statistic is their minimum.
  let high = Number.POSITIVE_INFINITY
  for (let i = lower + 1; i < work.length; i++) if ((work[i] as number) < high) high = work[i] as number
  return low + (h - lower) * (high - low)
}

/** Rearranges `work` so that `work[k]` is its k-th smallest value, smaller ones left, larger right (Hoare's quickselect, median of three). */
function selectNth(work: Float64Array, k: number): number {
  let left = 0
  let right = work.length - 1
  while (right > left) {
    const middle = (left + right) >>> 1
    // Median of three as the pivot keeps sorted and reversed inputs linear.
    const a = work[left] as number
    const b = work[middle] as number
    const c = work[right] as number
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b
    let i = left
    let j = right
    while (i <= j) {
      while ((work[i] as number) < pivot) i++
      while ((work[j] as number) > pivot) j--
      if (i <= j) {
        const swap = work[i] as number
        work[i] = work[j] as number
        work[j] = swap
        i++
        j--
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else break
  }
  return work[k] as number
}
