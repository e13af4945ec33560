import { compareText } from '../identity/identifier.js'
import type { Activities } from './classify.js'
import { type JourneyLog, NONE } from './journey-log.js'

/**
 * One activity sequence per case, events that are not activities (code NONE) left out: case `c`'s
 * activity codes are `codes[offsets[c]]` to `codes[offsets[c + 1] - 1]`, in journey order.
 */
export interface ActivitySequences {
  readonly codes: Int32Array
  /** `count + 1` offsets into `codes`. */
  readonly offsets: Int32Array
}

/** One row of a variant (or path) table: a sequence of activities and the cases that follow it. */
export interface VariantRow {
  readonly sequence: readonly string[]
  readonly cases: number
  /** Share of the table's cases, in percent (0–100), not rounded. */
  readonly coverage: number
}

/** The last row of a table cut to its top N: every other variant, summed so that the rows add up to the total. */
export interface OtherVariantsRow {
  readonly sequence: readonly []
  readonly other: true
  /** How many variants this row stands for. */
  readonly variants: number
  readonly cases: number
  /** Percent, not rounded. */
  readonly coverage: number
}

export type VariantTableRow = VariantRow | OtherVariantsRow

/**
 * The variant table of a log: a variant is the sequence of activities of a case. Rows are sorted
 * by cases (descending), then by sequence (activity by activity in code-point order, a prefix
 * before its extensions). Cases without any activity are not counted.
 */
export interface VariantTable {
  /** Distinct variants (all of them, also when the rows are cut to the top N). */
  readonly totalVariants: number
  /** Cases with at least one activity. */
  readonly totalCases: number
  /** Cases in which some activity occurs more than once. */
  readonly reworkCases: number
  /** Occurrences of an activity in a case beyond its first: Σ over cases and activities of (occurrences − 1). */
  readonly reworkEvents: number
  readonly rows: readonly VariantTableRow[]
}

export interface VariantOptions {
  /** Keep the N most frequent variants and sum the rest into one `other` row (absent: every variant). */
  readonly top?: number
}

/**
 * The exact variant table with rework figures. Sequences are interned by a hash of their codes
 * with an exact comparison on collision, so the cost is one pass over the events.
 *
 * @example
 * computeVariants(log, classify(log, 'name'), { top: 10 })
 * // { totalVariants: 4366, totalCases: 13087, reworkCases: …, reworkEvents: …,
 * //   rows: [{ sequence: ['A_SUBMITTED', 'A_PARTLYSUBMITTED', 'A_DECLINED'], cases: 3429, coverage: 26.2… }, …,
 * //          { sequence: [], other: true, variants: 4356, cases: …, coverage: … }] }
 */
export function computeVariants(log: JourneyLog, activities: Activities, options: VariantOptions = {}): VariantTable {
  const sequences = activitySequences(log, activities)
  const tally = tallySequences(sequences)
  const seen = new Int32Array(activities.labels.length).fill(-1)
  let reworkCases = 0
  let reworkEvents = 0
  for (let v = 0; v < tally.cases.length; v++) {
    const first = sequences.offsets[tally.example[v] as number] as number
    const end = sequences.offsets[(tally.example[v] as number) + 1] as number
    let repeats = 0
    for (let i = first; i < end; i++) {
      const code = sequences.codes[i] as number
      if (seen[code] === v) repeats++
      else seen[code] = v
    }
    const cases = tally.cases[v] as number
    if (repeats > 0) reworkCases += cases
    reworkEvents += repeats * cases
  }
  return {
    totalVariants: tally.cases.length,
    totalCases: tally.total,
    reworkCases,
    reworkEvents,
    rows: sequenceRows(sequences, tally, activities.labels, options.top),
  }
}

/**
 * Each case's activity codes without the NONE events (one pass, no allocation per case). When
 * every event is an activity (the `name` classifier), the log's own columns are the answer: no copy.
 */
export function activitySequences(log: JourneyLog, activities: Activities): ActivitySequences {
  let kept = 0
  for (let i = 0; i < log.eventCount; i++) if ((activities.codes[i] as number) !== NONE) kept++
  if (kept === log.eventCount) return { codes: activities.codes, offsets: log.caseOffsets }
  const offsets = new Int32Array(log.caseCount + 1)
  const codes = new Int32Array(kept)
  let n = 0
  for (let c = 0; c < log.caseCount; c++) {
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++) {
      const code = activities.codes[i] as number
      if (code !== NONE) codes[n++] = code
    }
    offsets[c + 1] = n
  }
  return { codes, offsets }
}

/** Distinct sequences: which one each sequence is, how many sequences follow each, and one example of each. */
export interface SequenceTally {
  /** For each sequence, the index of its distinct sequence, or -1 when it is empty. */
  readonly distinctOf: Int32Array
  /** For each distinct sequence, how many sequences follow it. */
  readonly cases: Int32Array
  /** For each distinct sequence, the index of its first sequence. */
  readonly example: Int32Array
  /** Non-empty sequences. */
  readonly total: number
}

/**
 * Interns sequences in an open-addressing hash table (one typed array of (distinct, hash) pairs,
 * linear probing, doubled at half full) keyed by a 32-bit hash of their codes; a sequence joins a
 * distinct one only after an exact comparison of the codes, so collisions never merge two. One
 * pass over the codes; the table stays small (its size follows the distinct sequences, not the
 * cases), which keeps the probes in cache.
 */
export function tallySequences(sequences: ActivitySequences): SequenceTally {
  const count = sequences.offsets.length - 1
  const { codes, offsets } = sequences
  const distinctOf = new Int32Array(count).fill(-1)
  let table: Int32Array = new Int32Array(2 * 4096).fill(-1)
  let mask = 4095
  const cases = new Int32Array(count)
  const example = new Int32Array(count)
  /** Per distinct sequence: where its example's codes start and end. */
  const exampleStart = new Int32Array(count)
  const exampleEnd = new Int32Array(count)
  let distinct = 0
  let total = 0
  for (let s = 0; s < count; s++) {
    const start = offsets[s] as number
    const end = offsets[s + 1] as number
    if (end === start) continue
    total++
    const hash = hashCodes(codes, start, end)
    let slot = hash & mask
    let v = table[2 * slot] as number
    while (v !== -1) {
      if (
        table[2 * slot + 1] === hash &&
        sameCodes(codes, exampleStart[v] as number, exampleEnd[v] as number, start, end)
      )
        break
      slot = (slot + 1) & mask
      v = table[2 * slot] as number
    }
    if (v === -1) {
      v = distinct++
      table[2 * slot] = v
      table[2 * slot + 1] = hash
      example[v] = s
      exampleStart[v] = start
      exampleEnd[v] = end
      if (2 * distinct > mask) {
        table = rehash(table, mask)
        mask = 2 * mask + 1
      }
    }
    cases[v] = (cases[v] as number) + 1
    distinctOf[s] = v
  }
  return { distinctOf, cases: cases.subarray(0, distinct), example: example.subarray(0, distinct), total }
}

/** A 32-bit hash of codes[start..end) (FNV-1a over the codes and the length, then a finalising mix). */
function hashCodes(codes: Int32Array, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start)
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (codes[i] as number), 0x01000193)
  hash ^= hash >>> 15
  hash = Math.imul(hash, 0x2c1b3c6d)
  return hash ^ (hash >>> 12)
}

/** The table of (distinct, hash) pairs at twice the size, every entry at its new slot. */
function rehash(table: Int32Array, mask: number): Int32Array {
  const grownMask = 2 * mask + 1
  const grown = new Int32Array(2 * (grownMask + 1)).fill(-1)
  for (let slot = 0; slot <= mask; slot++) {
    const v = table[2 * slot] as number
    if (v === -1) continue
    const hash = table[2 * slot + 1] as number
    let target = hash & grownMask
    while (grown[2 * target] !== -1) target = (target + 1) & grownMask
    grown[2 * target] = v
    grown[2 * target + 1] = hash
  }
  return grown
}

function sameCodes(codes: Int32Array, startA: number, endA: number, startB: number, endB: number): boolean {
  if (endA - startA !== endB - startB) return false
  for (let i = 0; startA + i < endA; i++) if (codes[startA + i] !== codes[startB + i]) return false
  return true
}

/** For each label, its rank in code-point order: comparing ranks compares labels. */
export function labelRanks(labels: readonly string[]): Int32Array {
  const order = labels.map((_, code) => code).sort((a, b) => compareText(labels[a] as string, labels[b] as string))
  const ranks = new Int32Array(labels.length)
  order.forEach((code, rank) => {
    ranks[code] = rank
  })
  return ranks
}

/**
 * The rows of a tally: by cases (descending), then sequence (activity labels in code-point order,
 * a prefix first); with `top`, the first N rows and one `other` row for the rest.
 */
export function sequenceRows(
  sequences: ActivitySequences,
  tally: SequenceTally,
  labels: readonly string[],
  top?: number,
): VariantTableRow[] {
  if (top !== undefined && !(Number.isInteger(top) && top >= 0))
    throw new RangeError(`top must be a natural number, got ${top}`)
  const ranks = labelRanks(labels)
  const { codes, offsets } = sequences
  const compareSequences = (a: number, b: number): number => {
    const startA = offsets[tally.example[a] as number] as number
    const startB = offsets[tally.example[b] as number] as number
    const lengthA = (offsets[(tally.example[a] as number) + 1] as number) - startA
    const lengthB = (offsets[(tally.example[b] as number) + 1] as number) - startB
    const length = Math.min(lengthA, lengthB)
    for (let i = 0; i < length; i++) {
      const difference = (ranks[codes[startA + i] as number] as number) - (ranks[codes[startB + i] as number] as number)
      if (difference !== 0) return difference
    }
    return lengthA - lengthB
  }
  const variantCount = tally.cases.length
  let order = Array.from(tally.cases, (_, v) => v)
  if (top !== undefined && top < variantCount) {
    // Only the variants that can be in the top N are ordered by sequence: those with at least the
    // N-th largest count (a numeric sort finds it); the rest only add up into `other`.
    const counts = Float64Array.from(tally.cases).sort()
    const threshold = top === 0 ? Number.POSITIVE_INFINITY : (counts[variantCount - top] as number)
    order = order.filter((v) => (tally.cases[v] as number) >= threshold)
  }
  order.sort((a, b) => (tally.cases[b] as number) - (tally.cases[a] as number) || compareSequences(a, b))
  const shown = top === undefined ? order.length : Math.min(top, order.length)
  const percent = (cases: number) => (cases / tally.total) * 100
  const rows: VariantTableRow[] = []
  for (let r = 0; r < shown; r++) {
    const v = order[r] as number
    const example = tally.example[v] as number
    const sequence: string[] = []
    for (let i = offsets[example] as number; i < (offsets[example + 1] as number); i++)
      sequence.push(labels[codes[i] as number] as string)
    const cases = tally.cases[v] as number
    rows.push({ sequence, cases, coverage: percent(cases) })
  }
  if (shown < variantCount) {
    let cases = 0
    for (const count of tally.cases) cases += count
    for (const row of rows) cases -= row.cases
    rows.push({ sequence: [], other: true, variants: variantCount - shown, cases, coverage: percent(cases) })
  }
  return rows
}
