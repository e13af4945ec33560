import type { ScalarValue } from '../events/event-selector.schema.js'
import { NONE } from './journey-log.js'
import { type DurationSummary, summarizeInPlace } from './summarize.js'

/**
 * One funnel step's figures. `count` is the units (customers, cases or attempts) that reached the
 * step; `conversionFromFirst` and `conversionFromPrevious` are ratios in [0, 1] of the first step's
 * count and of the previous required step's count (0 when that count is 0); `dropOff` is the units
 * that reached the previous required step but not this one; `timeToConvert` (ms) is the time from
 * the attempt's first event to reaching this step, over the units that reached it (null for the
 * first step and for a step nobody reached).
 */
export interface FunnelStepResult {
  readonly name: string
  readonly optional: boolean
  readonly count: number
  readonly conversionFromFirst: number
  readonly conversionFromPrevious: number
  readonly dropOff: number
  readonly timeToConvert: DurationSummary | null
}

/**
 * One row of a funnel breakdown: the units whose attributed event has `value` (`kind: 'value'`),
 * has no such property (`kind: 'missing'`, `value` null), or has one of the values left out of the
 * top N (`kind: 'other'`, `value` null, `valueCount` of them). Rows partition the units, so their
 * counts sum to the funnel's at every step.
 */
export interface FunnelBreakdownRow {
  readonly kind: 'value' | 'missing' | 'other'
  readonly value: ScalarValue | null
  readonly valueCount?: number
  readonly steps: readonly FunnelStepResult[]
}

/** The name of a step and whether it may be skipped. */
export interface FunnelStepLabel {
  readonly name: string
  readonly optional: boolean
}

/**
 * The counted units of a funnel, one per customer, case or attempt: the steps it reached (bit
 * `j` for step `j + 1`), the code of its attributed breakdown value (NONE when missing or without
 * breakdown), and per step its time to convert (ms from the unit's first event, which is not
 * always its step-1 event in unordered mode): `stepDurations[j]` holds the times of the units that
 * reached step `j + 1`, in unit order (empty for step 1, which has no time to convert), so that
 * summing up parts is copying arrays, and unreached steps take no room.
 */
export interface FunnelUnits {
  readonly count: number
  readonly stepCount: number
  readonly reached: Int32Array
  readonly stepDurations: readonly Float64Array[]
  readonly attribution: Int32Array
}

/** Collects funnel units in growing typed arrays. */
export class FunnelUnitsBuilder {
  private size = 0
  private reached: Int32Array
  private attribution: Int32Array
  private readonly stepDurations: Float64Array[]
  private readonly stepSizes: Int32Array

  /** `capacity`: the units expected (the arrays grow past it when needed). */
  constructor(
    private readonly stepCount: number,
    capacity = 64,
  ) {
    const initial = Math.max(1, capacity)
    this.reached = new Int32Array(initial)
    this.attribution = new Int32Array(initial)
    this.stepDurations = Array.from({ length: stepCount }, (_, j) => new Float64Array(j === 0 ? 0 : 16))
    this.stepSizes = new Int32Array(stepCount)
  }

  /** Adds a unit: its reached-steps bits, its durations (read from `durations[j]` for each reached step j), its value code. */
  add(reached: number, durations: Float64Array, attribution: number): void {
    if (this.size === this.reached.length) {
      const capacity = this.size * 2
      this.reached = grow(this.reached, new Int32Array(capacity))
      this.attribution = grow(this.attribution, new Int32Array(capacity))
    }
    this.reached[this.size] = reached
    this.attribution[this.size] = attribution
    // Step 1 has no time to convert.
    for (let rest = reached & ~1; rest !== 0; rest &= rest - 1) {
      const j = 31 - Math.clz32(rest & -rest)
      const at = this.stepSizes[j] as number
      let times = this.stepDurations[j] as Float64Array
      if (at === times.length) {
        times = grow(times, new Float64Array(2 * times.length))
        this.stepDurations[j] = times
      }
      times[at] = durations[j] as number
      this.stepSizes[j] = at + 1
    }
    this.size++
  }

  build(): FunnelUnits {
    return {
      count: this.size,
      stepCount: this.stepCount,
      reached: this.reached.subarray(0, this.size),
      stepDurations: this.stepDurations.map((times, j) => times.subarray(0, this.stepSizes[j] as number)),
      attribution: this.attribution.subarray(0, this.size),
    }
  }
}

/** The units of several parts of a log, one after the other (as if collected in one piece). */
export function concatFunnelUnits(stepCount: number, parts: readonly FunnelUnits[]): FunnelUnits {
  const count = parts.reduce((sum, part) => sum + part.count, 0)
  const reached = new Int32Array(count)
  const attribution = new Int32Array(count)
  let at = 0
  for (const part of parts) {
    reached.set(part.reached.subarray(0, part.count), at)
    attribution.set(part.attribution.subarray(0, part.count), at)
    at += part.count
  }
  const stepDurations = Array.from({ length: stepCount }, (_, j) => concatTimes(parts, j))
  return { count, stepCount, reached, stepDurations, attribution }
}

/** Step `j`'s times of every part, one part after the other. */
function concatTimes(parts: readonly FunnelUnits[], j: number): Float64Array {
  const times = new Float64Array(parts.reduce((sum, part) => sum + (part.stepDurations[j] as Float64Array).length, 0))
  let at = 0
  for (const part of parts) {
    const own = part.stepDurations[j] as Float64Array
    times.set(own, at)
    at += own.length
  }
  return times
}

function grow<A extends Int32Array | Float64Array>(from: A, to: A): A {
  to.set(from)
  return to
}

/**
 * The step figures of units collected in parts (consecutive parts of a log, in order: the same
 * figures as of their concatenation).
 */
export function summarizeFunnelSteps(
  parts: readonly FunnelUnits[],
  steps: readonly FunnelStepLabel[],
): FunnelStepResult[] {
  const counts = new Int32Array(steps.length)
  for (const units of parts)
    for (let unit = 0; unit < units.count; unit++)
      if ((units.reached[unit] as number) & 1) counts[0] = (counts[0] as number) + 1
  const durations = steps.map((_, j) => (j === 0 ? new Float64Array(0) : concatTimes(parts, j)))
  for (let j = 1; j < steps.length; j++) counts[j] = (durations[j] as Float64Array).length
  return stepFigures(steps, counts, durations)
}

/** Each step's figures from its count and its units' times to convert (sorted in place). */
function stepFigures(
  steps: readonly FunnelStepLabel[],
  counts: Int32Array,
  durations: readonly Float64Array[],
): FunnelStepResult[] {
  const first = counts[0] as number
  let previousRequired = first
  return steps.map((step, j) => {
    const count = counts[j] as number
    const previous = j === 0 ? first : previousRequired
    if (!step.optional) previousRequired = count
    return {
      name: step.name,
      optional: step.optional,
      count,
      conversionFromFirst: ratio(count, first),
      conversionFromPrevious: ratio(count, previous),
      dropOff: previous - count,
      timeToConvert: j === 0 ? null : summarizeInPlace(durations[j] as Float64Array),
    }
  })
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

/**
 * Splits the units by their attributed value: one row per value, largest first (by units at step
 * 1, then by value), or the `top` largest plus one "other" row summing the rest; units without a
 * value form the `missing` row, always last. Empty rows are left out.
 */
export function breakDownFunnel(
  units: FunnelUnits,
  values: readonly ScalarValue[],
  steps: readonly FunnelStepLabel[],
  top?: number,
): FunnelBreakdownRow[] {
  const sizes = new Int32Array(values.length)
  let missingSize = 0
  for (let unit = 0; unit < units.count; unit++) {
    const code = units.attribution[unit] as number
    if (code === NONE) missingSize++
    else sizes[code] = (sizes[code] as number) + 1
  }
  const present: number[] = []
  sizes.forEach((size, code) => {
    if (size > 0) present.push(code)
  })
  present.sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || compareValues(values[a], values[b]))
  const shown = top === undefined ? present : present.slice(0, top)
  const rowOfCode = new Int32Array(values.length).fill(-1)
  shown.forEach((code, row) => {
    rowOfCode[code] = row
  })
  const otherRow = shown.length
  const missingRow = shown.length + 1
  const rowOfUnit = new Int32Array(units.count)
  for (let unit = 0; unit < units.count; unit++) {
    const code = units.attribution[unit] as number
    rowOfUnit[unit] =
      code === NONE ? missingRow : (rowOfCode[code] as number) === -1 ? otherRow : (rowOfCode[code] as number)
  }
  const figures = rowStepFigures(units, rowOfUnit, shown.length + 2, steps)
  const rows: FunnelBreakdownRow[] = shown.map((code, row) => ({
    kind: 'value',
    value: values[code] as ScalarValue,
    steps: figures[row] as FunnelStepResult[],
  }))
  const otherCount = present.length - shown.length
  if (otherCount > 0)
    rows.push({ kind: 'other', value: null, valueCount: otherCount, steps: figures[otherRow] as FunnelStepResult[] })
  if (missingSize > 0) rows.push({ kind: 'missing', value: null, steps: figures[missingRow] as FunnelStepResult[] })
  return rows
}

/** The step figures of each row's units (`rowOfUnit`), in one pass over the units' times. */
function rowStepFigures(
  units: FunnelUnits,
  rowOfUnit: Int32Array,
  rowCount: number,
  steps: readonly FunnelStepLabel[],
): FunnelStepResult[][] {
  const k = steps.length
  const counts = Array.from({ length: rowCount }, () => new Int32Array(k))
  for (let unit = 0; unit < units.count; unit++) {
    const rowCounts = counts[rowOfUnit[unit] as number] as Int32Array
    for (let rest = units.reached[unit] as number; rest !== 0; rest &= rest - 1) {
      const j = 31 - Math.clz32(rest & -rest)
      rowCounts[j] = (rowCounts[j] as number) + 1
    }
  }
  const durations = counts.map((rowCounts) =>
    Array.from(rowCounts, (count, j) => new Float64Array(j === 0 ? 0 : count)),
  )
  const filled = Array.from({ length: rowCount }, () => new Int32Array(k))
  const cursor = new Int32Array(k)
  for (let unit = 0; unit < units.count; unit++) {
    const row = rowOfUnit[unit] as number
    for (let rest = (units.reached[unit] as number) & ~1; rest !== 0; rest &= rest - 1) {
      const j = 31 - Math.clz32(rest & -rest)
      const at = (filled[row] as Int32Array)[j] as number
      ;((durations[row] as Float64Array[])[j] as Float64Array)[at] = (units.stepDurations[j] as Float64Array)[
        cursor[j] as number
      ] as number
      ;(filled[row] as Int32Array)[j] = at + 1
      cursor[j] = (cursor[j] as number) + 1
    }
  }
  return counts.map((rowCounts, row) => stepFigures(steps, rowCounts, durations[row] as Float64Array[]))
}

const TYPE_ORDER = { boolean: 0, number: 1, string: 2 } as const

/** Orders breakdown values: booleans, then numbers, then texts (code-point order), each in natural order. */
function compareValues(a: ScalarValue | undefined, b: ScalarValue | undefined): number {
  if (a === undefined || b === undefined) return 0
  const byType = TYPE_ORDER[typeof a as keyof typeof TYPE_ORDER] - TYPE_ORDER[typeof b as keyof typeof TYPE_ORDER]
  if (byType !== 0) return byType
  return a < b ? -1 : a > b ? 1 : 0
}
