import { computeFunnel } from './funnel.js'
import type { FunnelCountBy, FunnelSpec } from './funnel.schema.js'
import type { JourneyLog } from './journey-log.js'
import { type AnalysisFilter, applyFilter } from './segment-filter.js'

/** The standard normal quantile of 0.975: a 95 % two-sided interval is the estimate ± Z_95 standard errors. */
export const Z_95 = 1.959963984540054

/** A proportion `successes / trials` with its 95 % Wilson score interval (null without trials). */
export interface ProportionEstimate {
  readonly successes: number
  readonly trials: number
  readonly rate: number | null
  readonly low: number | null
  readonly high: number | null
}

/** A difference of two proportions (A − B) with its 95 % interval. */
export interface DifferenceEstimate {
  readonly value: number
  readonly low: number
  readonly high: number
}

/** The outcome of a two-sided test of A's rate against B's: the statistic and its p-value. */
export interface TestOutcome {
  readonly z: number
  readonly pValue: number
}

/**
 * One funnel step in both segments: the share of each segment's step-1 units that reached it
 * (`conversionFromFirst` as a proportion), the difference A − B with its interval, and the test.
 * Null where a segment has no step-1 unit.
 */
export interface SegmentComparisonStep {
  readonly name: string
  readonly optional: boolean
  readonly a: ProportionEstimate
  readonly b: ProportionEstimate
  readonly difference: DifferenceEstimate | null
  readonly z: number | null
  readonly pValue: number | null
}

/**
 * Two segments side by side on one funnel, with the statistics named so a difference is not read
 * from noise: Wilson score intervals for each rate, Newcombe's hybrid score interval for the
 * difference, and a two-proportion z-test (pooled, two-sided) for each step.
 */
export interface SegmentComparison {
  readonly test: 'two-proportion z-test'
  readonly interval: 'wilson-score'
  readonly differenceInterval: 'newcombe-hybrid-score'
  readonly confidence: 0.95
  /** What the compared proportion is: units that reached the step ÷ units that reached step 1. */
  readonly rate: 'conversion-from-first'
  readonly countBy: FunnelCountBy
  readonly steps: readonly SegmentComparisonStep[]
}

/**
 * Compares one funnel across two segments (each an `AnalysisFilter`: a segment of customers,
 * channels, a date range). Each step's rate is the share of the segment's step-1 units that
 * reached it. The test assumes independent samples: compare disjoint segments (a customer in both
 * counts in both). Any breakdown of the spec is ignored.
 *
 * @example compareSegments(log, spec, { segment: { match: 'all', conditions: [{ kind: 'trait', predicate: { op: 'eq', property: 'traits.variant', value: 'A' } }] } }, { segment: { match: 'all', conditions: [{ kind: 'trait', predicate: { op: 'eq', property: 'traits.variant', value: 'B' } }] } })
 */
export function compareSegments(
  log: JourneyLog,
  spec: FunnelSpec,
  segmentA: AnalysisFilter,
  segmentB: AnalysisFilter,
): SegmentComparison {
  const funnel: FunnelSpec = { ...spec, breakdown: undefined }
  const a = computeFunnel(applyFilter(log, segmentA), funnel).steps
  const b = computeFunnel(applyFilter(log, segmentB), funnel).steps
  const entriesA = a[0]?.count ?? 0
  const entriesB = b[0]?.count ?? 0
  return {
    test: 'two-proportion z-test',
    interval: 'wilson-score',
    differenceInterval: 'newcombe-hybrid-score',
    confidence: 0.95,
    rate: 'conversion-from-first',
    countBy: spec.countBy,
    steps: a.map((stepA, j) => {
      const countB = b[j]?.count ?? 0
      const test = twoProportionZTest(stepA.count, entriesA, countB, entriesB)
      return {
        name: stepA.name,
        optional: stepA.optional,
        a: estimateProportion(stepA.count, entriesA),
        b: estimateProportion(countB, entriesB),
        difference: newcombeInterval(stepA.count, entriesA, countB, entriesB),
        z: test?.z ?? null,
        pValue: test?.pValue ?? null,
      }
    }),
  }
}

/** A proportion with its 95 % Wilson score interval. */
export function estimateProportion(successes: number, trials: number): ProportionEstimate {
  const interval = wilsonInterval(successes, trials)
  return {
    successes,
    trials,
    rate: trials === 0 ? null : successes / trials,
    low: interval?.low ?? null,
    high: interval?.high ?? null,
  }
}

/**
 * The Wilson score interval of a proportion (Wilson 1927; Newcombe 1998, method 3): the values of
 * p whose score test does not reject at level z. Null without trials.
 *
 * @example wilsonInterval(81, 263) // { low: 0.2553, high: 0.3662 } (rounded)
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): { low: number; high: number } | null {
  if (trials === 0) return null
  const p = successes / trials
  const z2 = z * z
  const denominator = 1 + z2 / trials
  const centre = (p + z2 / (2 * trials)) / denominator
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}

/**
 * Newcombe's hybrid score interval for p1 − p2 (Newcombe 1998, method 10), from the two Wilson
 * intervals: [d − √((p1 − l1)² + (u2 − p2)²), d + √((u1 − p1)² + (p2 − l2)²)]. Null when a
 * sample is empty.
 *
 * @example newcombeInterval(56, 70, 48, 80) // { value: 0.2, low: 0.0524, high: 0.3339 } (rounded)
 */
export function newcombeInterval(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  z = Z_95,
): DifferenceEstimate | null {
  const first = wilsonInterval(successes1, trials1, z)
  const second = wilsonInterval(successes2, trials2, z)
  if (first === null || second === null) return null
  const p1 = successes1 / trials1
  const p2 = successes2 / trials2
  const value = p1 - p2
  return {
    value,
    low: value - Math.hypot(p1 - first.low, second.high - p2),
    high: value + Math.hypot(first.high - p1, p2 - second.low),
  }
}

/**
 * The two-sided two-proportion z-test with a pooled variance (as R's `prop.test` without
 * continuity correction, whose χ² is z²): z = (p1 − p2) / √(p(1 − p)(1/n1 + 1/n2)). When both
 * samples are all successes or all failures the rates are equal: z 0, p-value 1. Null when a
 * sample is empty.
 *
 * @example twoProportionZTest(5, 83, 12, 99) // { z: -1.4078, pValue: 0.1592 } (rounded)
 */
export function twoProportionZTest(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
): TestOutcome | null {
  if (trials1 === 0 || trials2 === 0) return null
  const pooled = (successes1 + successes2) / (trials1 + trials2)
  const variance = pooled * (1 - pooled) * (1 / trials1 + 1 / trials2)
  if (variance === 0) return { z: 0, pValue: 1 }
  const z = (successes1 / trials1 - successes2 / trials2) / Math.sqrt(variance)
  return { z, pValue: twoSidedPValue(z) }
}

/** P(|Z| ≥ |z|) for a standard normal Z: erfc(|z| / √2). */
export function twoSidedPValue(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2)
}

/**
 * The complementary error function for x ≥ 0, to about 1e-14 relative: 1 − erf(x) by its
 * positive series below 2, Laplace's continued fraction from 2 on.
 */
function erfc(x: number): number {
  if (x < 2) {
    let term = x
    let sum = x
    for (let n = 1; term > 1e-17 * sum; n++) {
      term *= (2 * x * x) / (2 * n + 1)
      sum += term
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum
  }
  let fraction = x
  for (let n = 60; n >= 1; n--) fraction = x + n / 2 / fraction
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * fraction)
}
