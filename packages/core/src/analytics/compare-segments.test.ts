import { describe, expect, it } from 'vitest'
import type { Segment } from '../persona/segment.schema.js'
import {
  compareSegments,
  estimateProportion,
  newcombeInterval,
  twoProportionZTest,
  twoSidedPValue,
  wilsonInterval,
  Z_95,
} from './compare-segments.js'
import { logOfJourneys } from './funnel.fixture.js'
import { FunnelSpec } from './funnel.schema.js'

const round4 = (value: number | null | undefined) =>
  value === null || value === undefined ? value : Math.round(value * 1e4) / 1e4

describe('wilsonInterval', () => {
  // Newcombe RG (1998) Two-sided confidence intervals for the single proportion: comparison of seven
  // methods. Statistics in Medicine 17:857–872, Table I, method 3 (score interval without correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('gives %i/%i the published interval [%f, %f]', (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials)
    expect([round4(interval?.low), round4(interval?.high)]).toEqual([low, high])
  })

  it('has no interval without trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull()
    expect(estimateProportion(0, 0)).toEqual({ successes: 0, trials: 0, rate: null, low: null, high: null })
  })
})

describe('newcombeInterval', () => {
  // Newcombe RG (1998) Interval estimation for the difference between independent proportions: comparison
  // of eleven methods. Statistics in Medicine 17:873–890, Table II, method 10 (hybrid score).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])('gives %i/%i − %i/%i the published interval [%f, %f]', (x1, n1, x2, n2, low, high) => {
    const difference = newcombeInterval(x1, n1, x2, n2)
    expect(difference?.value).toBeCloseTo(x1 / n1 - x2 / n2, 12)
    expect([round4(difference?.low), round4(difference?.high)]).toEqual([low, high])
  })

  it('has no interval when a sample is empty', () => {
    expect(newcombeInterval(1, 2, 0, 0)).toBeNull()
  })
})

describe('twoProportionZTest', () => {
  it('gives the pooled two-sided test of the statsmodels proportions_ztest example (5/83 vs 12/99: p 0.159)', () => {
    const outcome = twoProportionZTest(5, 83, 12, 99)
    expect(round4(outcome?.z)).toBe(-1.4078)
    expect(round4(outcome?.pValue)).toBe(0.1592)
  })

  it('finds no difference between two samples that are all failures', () => {
    expect(twoProportionZTest(0, 10, 0, 30)).toEqual({ z: 0, pValue: 1 })
    expect(twoProportionZTest(1, 0, 0, 3)).toBeNull()
  })

  it.each([
    [Z_95, 0.05],
    [1, 0.31731050786291415],
    [3, 0.0026997960632601913],
    [6, 1.9731752900754024e-9],
  ])('turns z = %f into the two-sided p-value %f', (z, p) => {
    expect(twoSidedPValue(z) / p).toBeCloseTo(1, 10)
    expect(twoSidedPValue(-z) / p).toBeCloseTo(1, 10)
  })
})

describe('compareSegments', () => {
  const variant = (value: string): Segment => ({
    match: 'all',
    conditions: [{ kind: 'trait', predicate: { op: 'eq', property: 'traits.variant', value } }],
  })
  const people = (prefix: string, total: number, buyers: number) =>
    Object.fromEntries(
      Array.from({ length: total }, (_, i) => [
        `${prefix}${i}`,
        i < buyers ? [{ event: 'visit' }, { event: 'buy' }] : [{ event: 'visit' }],
      ]),
    )
  const journeys = { ...people('a', 70, 56), ...people('b', 80, 48) }
  const traits = Object.fromEntries(
    Object.keys(journeys).map((person) => [person, { variant: person[0]?.toUpperCase() }]),
  )
  const log = logOfJourneys(journeys, traits)
  const spec = FunnelSpec.parse({
    steps: [
      { name: 'Visit', selector: { events: ['visit'] } },
      { name: 'Buy', selector: { events: ['buy'] } },
    ],
    breakdown: { property: 'properties.v' },
  })

  it('states its test and gives each step both rates, their difference and the p-value', () => {
    const comparison = compareSegments(log, spec, { segment: variant('A') }, { segment: variant('B') })
    expect(comparison).toMatchObject({
      test: 'two-proportion z-test',
      interval: 'wilson-score',
      differenceInterval: 'newcombe-hybrid-score',
      confidence: 0.95,
      rate: 'conversion-from-first',
      countBy: 'case',
    })
    const buy = comparison.steps[1]
    expect(buy?.a).toMatchObject({ successes: 56, trials: 70, rate: 0.8 })
    expect(buy?.b).toMatchObject({ successes: 48, trials: 80, rate: 0.6 })
    expect([round4(buy?.difference?.low), round4(buy?.difference?.high)]).toEqual([0.0524, 0.3339])
    expect(round4(buy?.z)).toBe(2.6502)
    expect(round4(buy?.pValue)).toBe(0.008)
  })

  it('reads no difference between a segment and itself', () => {
    const comparison = compareSegments(log, spec, { segment: variant('A') }, { segment: variant('A') })
    expect(comparison.steps.map((step) => [step.difference?.value, step.z, step.pValue])).toEqual([
      [0, 0, 1],
      [0, 0, 1],
    ])
  })

  it('has no test for a segment nobody is in', () => {
    const comparison = compareSegments(log, spec, { segment: variant('A') }, { segment: variant('C') })
    expect(comparison.steps[1]).toMatchObject({ b: { trials: 0, rate: null }, difference: null, z: null, pValue: null })
  })
})
