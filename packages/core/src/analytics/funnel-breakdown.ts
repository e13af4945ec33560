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
 * `j` for step `j + 1`), its times to reach them and the code of its attributed breakdown value
 * (NONE when missing or without breakdown). The times (ms from the unit's first event, which is
 * not always its step-1 event in unordered mode) are packed: unit after unit, one value per
 * reached step, in step order — unreached steps take no room, so the arrays stay small (most
 * units stop early).
 */
export interface FunnelUnits {
  readonly count: number
  readonly stepCount: number
  readonly reached: Int32Array
  readonly durations: Float64Array
  readonly attribution: Int32Array
}

/** Collects funnel units in growing typed arrays. */
export class FunnelUnitsBuilder {
  private size = 0
  private packed = 0
  private reached: Int32Array
  private durations: Float64Array
  private attribution: Int32Array

  /** `capacity`: the units expected (the arrays grow past it when needed). */
  constructor(
    private readonly stepCount: number,
    capacity = 64,
  ) {
    const initial = Math.max(1, capacity)
    this.reached = new Int32Array(initial)
    this.attribution = new Int32Array(initial)
    this.durations = new Float64Array(Math.max(16, initial >> 2))
  }

  /** Adds a unit: its reached-steps bits, its durations (read from `durations[j]` for each reached step j), its value code. */
  add(reached: number, durations: Float64Array, attribution: number): void {
    if (this.size === this.reached.length) {
      const capacity = this.size * 2
      this.reached = grow(this.reached, new Int32Array(capacity))
      this.attribution = grow(this.attribution, new Int32Array(capacity))
    }
    if (this.packed + this.stepCount > this.durations.length)
      this.durations = grow(this.durations, new Float64Array(2 * this.durations.length + this.stepCount))
    this.reached[this.size] = reached
    this.attribution[this.size] = attribution
    for (let rest = reached; rest !== 0; rest &= rest - 1)
      this.durations[this.packed++] = durations[31 - Math.clz32(rest & -rest)] as number
    this.size++
  }

  build(): FunnelUnits {
    return {
      count: this.size,
      stepCount: this.stepCount,
      reached: this.reached.subarray(0, this.size),
      durations: this.durations.subarray(0, this.packed),
      attribution: this.attribution.subarray(0, this.size),
    }
  }
}

/** Where each unit's packed durations start (`count + 1` offsets), computed once per units. */
const durationOffsets = new WeakMap<FunnelUnits, Int32Array>()
function offsetsOf(units: FunnelUnits): Int32Array {
  let offsets = durationOffsets.get(units)
  if (offsets === undefined) {
    offsets = new Int32Array(units.count + 1)
    for (let unit = 0; unit < units.count; unit++)
      offsets[unit + 1] = (offsets[unit] as number) + popCount(units.reached[unit] as number)
    durationOffsets.set(units, offsets)
  }
  return offsets
}

function popCount(bits: number): number {
  let count = 0
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++
  return count
}

/** The units of several parts of a log, one after the other (as if collected in one piece). */
export function concatFunnelUnits(stepCount: number, parts: readonly FunnelUnits[]): FunnelUnits {
  const count = parts.reduce((sum, part) => sum + part.count, 0)
  const reached = new Int32Array(count)
  const durations = new Float64Array(parts.reduce((sum, part) => sum + part.durations.length, 0))
  const attribution = new Int32Array(count)
  let at = 0
  let packed = 0
  for (const part of parts) {
    reached.set(part.reached.subarray(0, part.count), at)
    durations.set(part.durations, packed)
    attribution.set(part.attribution.subarray(0, part.count), at)
    at += part.count
    packed += part.durations.length
  }
  return { count, stepCount, reached, durations, attribution }
}

function grow<A extends Int32Array | Float64Array>(from: A, to: A): A {
  to.set(from)
  return to
}

/**
 * The step figures of units collected in parts (consecutive parts of a log, in order: the same
 * figures as of their concatenation), or of some `members` of a single part.
 */
export function summarizeFunnelSteps(
  parts: readonly FunnelUnits[],
  steps: readonly FunnelStepLabel[],
  members?: ArrayLike<number>,
): FunnelStepResult[] {
  if (members !== undefined && parts.length !== 1) throw new RangeError('members index the units of a single part')
  const k = steps.length
  const { counts, durations } =
    members === undefined ? stepDurationsOfParts(parts, k) : stepDurationsOfMembers(parts[0] as FunnelUnits, k, members)
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

/** Per step, the units that reached it and their times to convert (step 1's array stays empty). */
interface StepDurations {
  readonly counts: Int32Array
  readonly durations: Float64Array[]
}

/** The step durations of every unit of the parts, in order (tight loops: the whole funnel's path). */
function stepDurationsOfParts(parts: readonly FunnelUnits[], k: number): StepDurations {
  const counts = new Int32Array(k)
  for (const units of parts) {
    const reached = units.reached
    for (let unit = 0; unit < units.count; unit++)
      for (let rest = reached[unit] as number; rest !== 0; rest &= rest - 1) {
        const j = 31 - Math.clz32(rest & -rest)
        counts[j] = (counts[j] as number) + 1
      }
  }
  const durations = Array.from({ length: k }, (_, j) => new Float64Array(j === 0 ? 0 : (counts[j] as number)))
  const filled = new Int32Array(k)
  for (const units of parts) {
    const reached = units.reached
    const packed = units.durations
    let cursor = 0
    for (let unit = 0; unit < units.count; unit++) {
      const bits = reached[unit] as number
      // Step 1 has no time to convert: its duration is skipped.
      if (bits & 1) cursor++
      for (let rest = bits & ~1; rest !== 0; rest &= rest - 1) {
        const j = 31 - Math.clz32(rest & -rest)
        const at = filled[j] as number
        ;(durations[j] as Float64Array)[at] = packed[cursor++] as number
        filled[j] = at + 1
      }
    }
  }
  return { counts, durations }
}

/** The step durations of some units of one part (a breakdown row). */
function stepDurationsOfMembers(units: FunnelUnits, k: number, members: ArrayLike<number>): StepDurations {
  const counts = new Int32Array(k)
  for (let m = 0; m < members.length; m++) {
    const bits = units.reached[members[m] as number] as number
    for (let j = 0; j < k; j++) if (bits & (1 << j)) counts[j] = (counts[j] as number) + 1
  }
  const durations = Array.from({ length: k }, (_, j) => new Float64Array(j === 0 ? 0 : (counts[j] as number)))
  const filled = new Int32Array(k)
  const offsets = offsetsOf(units)
  for (let m = 0; m < members.length; m++) {
    const unit = members[m] as number
    let cursor = offsets[unit] as number
    for (let rest = units.reached[unit] as number; rest !== 0; rest &= rest - 1) {
      const j = 31 - Math.clz32(rest & -rest)
      const duration = units.durations[cursor++] as number
      if (j === 0) continue
      ;(durations[j] as Float64Array)[filled[j] as number] = duration
      filled[j] = (filled[j] as number) + 1
    }
  }
  return { counts, durations }
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
  const members = Array.from({ length: shown.length + 2 }, () => [] as number[])
  for (let unit = 0; unit < units.count; unit++) {
    const code = units.attribution[unit] as number
    const row = code === NONE ? missingRow : (rowOfCode[code] as number) === -1 ? otherRow : (rowOfCode[code] as number)
    ;(members[row] as number[]).push(unit)
  }
  const rows: FunnelBreakdownRow[] = shown.map((code, row) => ({
    kind: 'value',
    value: values[code] as ScalarValue,
    steps: summarizeFunnelSteps([units], steps, members[row] as number[]),
  }))
  const otherMembers = members[otherRow] as number[]
  if (otherMembers.length > 0)
    rows.push({
      kind: 'other',
      value: null,
      valueCount: present.length - shown.length,
      steps: summarizeFunnelSteps([units], steps, otherMembers),
    })
  if (missingSize > 0)
    rows.push({
      kind: 'missing',
      value: null,
      steps: summarizeFunnelSteps([units], steps, members[missingRow] as number[]),
    })
  return rows
}

const TYPE_ORDER = { boolean: 0, number: 1, string: 2 } as const

/** Orders breakdown values: booleans, then numbers, then texts (code-point order), each in natural order. */
function compareValues(a: ScalarValue | undefined, b: ScalarValue | undefined): number {
  if (a === undefined || b === undefined) return 0
  const byType = TYPE_ORDER[typeof a as keyof typeof TYPE_ORDER] - TYPE_ORDER[typeof b as keyof typeof TYPE_ORDER]
  if (byType !== 0) return byType
  return a < b ? -1 : a > b ? 1 : 0
}
