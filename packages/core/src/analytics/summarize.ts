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
 * summarises millions of durations. `values` is left as it was (see `summarizeInPlace`).
 */
export function summarize(values: ArrayLike<number>): DurationSummary | null {
  return summarizeInPlace(Float64Array.from(values))
}

/**
 * `summarize` without a copy: reorders `work`. Large arrays of non-negative values (durations)
 * take `radixOrderStatistics`; otherwise the 90th percentile is selected among the values right
 * of the median only (the median's selection leaves every larger value there).
 */
export function summarizeInPlace(work: Float64Array): DurationSummary | null {
  const n = work.length
  if (n === 0) return null
  const medianAt = (n - 1) * 0.5
  const p90At = (n - 1) * 0.9
  if (n >= RADIX_MINIMUM) {
    const ranks = [Math.floor(medianAt), Math.ceil(medianAt), Math.floor(p90At), Math.ceil(p90At)].map((rank) =>
      Math.min(rank, n - 1),
    )
    const found = radixOrderStatistics(work, ranks)
    if (found !== undefined) {
      const [low, high, low90, high90] = found.values as [number, number, number, number]
      return {
        mean: found.total / n,
        median: interpolate(low, high, medianAt),
        p90: interpolate(low90, high90, p90At),
      }
    }
  }
  let total = 0
  for (let i = 0; i < n; i++) total += work[i] as number
  const median = selectQuantile(work, 0.5)
  const p90 = selectAt(work.subarray(Math.floor(medianAt)), p90At, Math.floor(medianAt))
  return { mean: total / n, median, p90 }
}

/** The type-7 value at fractional rank `h` between the order statistics `low` (rank ⌊h⌋) and `high` (the next). */
function interpolate(low: number, high: number, h: number): number {
  const fraction = h - Math.floor(h)
  return fraction === 0 ? low : low + fraction * (high - low)
}

/** Below this many values a selection is as fast as the histogram passes. */
const RADIX_MINIMUM = 4096

/** Bucket counts by the high 16 bits of a binary64 value, reused between calls (zeroed on the range used). */
const bucketCounts = new Int32Array(1 << 16)

/**
 * The values at the given ranks (0-based, ascending) of non-negative values, and their sum (in
 * index order), in two passes: the first counts the values per bucket of the high 16 bits of
 * their binary64 form (sign, exponent and 4 mantissa bits: for non-negative numbers this order
 * is the numeric order) and sums them; the second copies out the few buckets holding the ranks,
 * where a selection finds each value. Undefined (nothing reordered) when a value is negative,
 * −0, infinite or NaN: the caller selects instead.
 */
export function radixOrderStatistics(
  work: Float64Array,
  ranks: readonly number[],
): { readonly values: number[]; readonly total: number } | undefined {
  const n = work.length
  const words = new Uint32Array(work.buffer, work.byteOffset, 2 * n)
  let lowest = 0xffff
  let highest = 0
  let total = 0
  for (let i = 0; i < n; i++) {
    const bucket = (words[2 * i + 1] as number) >>> 16
    if (bucket >= 0x7ff0) {
      bucketCounts.fill(0, lowest, highest + 1)
      return undefined
    }
    bucketCounts[bucket] = (bucketCounts[bucket] as number) + 1
    if (bucket < lowest) lowest = bucket
    if (bucket > highest) highest = bucket
    total += work[i] as number
  }
  // The bucket of each rank and the rank inside it.
  const bucketOf: number[] = []
  const rankInBucket: number[] = []
  let before = 0
  let r = 0
  for (let bucket = lowest; bucket <= highest && r < ranks.length; bucket++) {
    const count = bucketCounts[bucket] as number
    while (r < ranks.length && (ranks[r] as number) < before + count) {
      bucketOf.push(bucket)
      rankInBucket.push((ranks[r] as number) - before)
      r++
    }
    before += count
  }
  const wanted = [...new Set(bucketOf)]
  const contents = wanted.map((bucket) => new Float64Array(bucketCounts[bucket] as number))
  const filled = wanted.map(() => 0)
  bucketCounts.fill(0, lowest, highest + 1)
  for (let slot = 0; slot < wanted.length; slot++) bucketCounts[wanted[slot] as number] = slot + 1
  for (let i = 0; i < n; i++) {
    const slot = (bucketCounts[(words[2 * i + 1] as number) >>> 16] as number) - 1
    if (slot < 0) continue
    ;(contents[slot] as Float64Array)[filled[slot] as number] = work[i] as number
    filled[slot] = (filled[slot] as number) + 1
  }
  for (const bucket of wanted) bucketCounts[bucket] = 0
  const values = bucketOf.map((bucket, index) =>
    selectNth(contents[wanted.indexOf(bucket)] as Float64Array, rankInBucket[index] as number),
  )
  return { values, total }
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
  return selectAt(work, (work.length - 1) * q)
}

/**
 * The value at fractional rank `h` of `work`, interpolated between the two order statistics around
 * it; reorders `work`. `work` may be the part of a larger array from rank `skipped` on (every value
 * before it no larger): `h` is a rank in the larger array.
 */
function selectAt(work: Float64Array, h: number, skipped = 0): number {
  const fraction = h - Math.floor(h)
  const lower = Math.floor(h) - skipped
  const low = selectNth(work, lower)
  if (lower + 1 >= work.length || fraction === 0) return low
  // After the selection every value right of `lower` is ≥ low: the next order statistic is their minimum.
  let high = Number.POSITIVE_INFINITY
  for (let i = lower + 1; i < work.length; i++) if ((work[i] as number) < high) high = work[i] as number
  return low + fraction * (high - low)
}

/**
 * Rearranges `work` so that `work[k]` is its k-th smallest value, no larger ones left of it and no
 * smaller ones right of it: Floyd and Rivest's selection (CACM 18(3), 1975, algorithm 489), which
 * first narrows the range to a small sample around k, so a large array is partitioned about once
 * (about 1.5 n comparisons for a median where Hoare's quickselect makes over 3 n).
 */
function selectNth(work: Float64Array, k: number): number {
  narrow(work, k, 0, work.length - 1)
  return work[k] as number
}

function narrow(work: Float64Array, k: number, from: number, to: number): void {
  let left = from
  let right = to
  while (right > left) {
    if (right - left > 600) {
      // Recurse on a sample range expected to hold the k-th value, so that its value is a near-perfect pivot.
      const n = right - left + 1
      const m = k - left + 1
      const z = Math.log(n)
      const s = 0.5 * Math.exp((2 * z) / 3)
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1)
      const sampleLeft = Math.max(left, Math.floor(k - (m * s) / n + sd))
      const sampleRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd))
      narrow(work, k, sampleLeft, sampleRight)
    }
    const pivot = work[k] as number
    let i = left
    let j = right
    swap(work, left, k)
    if ((work[right] as number) > pivot) swap(work, left, right)
    while (i < j) {
      swap(work, i, j)
      i++
      j--
      while ((work[i] as number) < pivot) i++
      while ((work[j] as number) > pivot) j--
    }
    if (work[left] === pivot) swap(work, left, j)
    else {
      j++
      swap(work, j, right)
    }
    if (j <= k) left = j + 1
    if (k <= j) right = j - 1
  }
}

function swap(work: Float64Array, a: number, b: number): void {
  const value = work[a] as number
  work[a] = work[b] as number
  work[b] = value
}
