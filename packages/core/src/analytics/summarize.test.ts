import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quantile, summarize, summarizeInPlace } from './summarize.js'

describe('summarize by selection', () => {
  it('gives the type-7 quantiles of the sorted values, whatever the order, ties and size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 50 }), { minLength: 1, maxLength: 300 }), (values) => {
        const sorted = Float64Array.from(values).sort()
        const summary = summarize(values)
        expect(summary?.median).toBe(quantile(sorted, 0.5))
        expect(summary?.p90).toBe(quantile(sorted, 0.9))
      }),
      { seed: 42, numRuns: 500 },
    )
  })

  it('gives them on arrays large enough for the sampled selection (over 600 values), with many ties or none', () => {
    const values = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1e10, noNaN: true }))
    fc.assert(
      fc.property(fc.array(values, { minLength: 601, maxLength: 6000 }), (input) => {
        const sorted = Float64Array.from(input).sort()
        const work = Float64Array.from(input)
        const summary = summarizeInPlace(work)
        expect(summary?.median).toBe(quantile(sorted, 0.5))
        expect(summary?.p90).toBe(quantile(sorted, 0.9))
        expect(work.slice().sort()).toEqual(sorted)
      }),
      { seed: 7, numRuns: 60 },
    )
  })

  it('gives them through the bucket histogram on large non-negative arrays, and by selection when a value is negative', () => {
    const sign = fc.constantFrom(1, -1)
    const values = fc.oneof(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 2_000_000_000 }),
      fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }),
    )
    fc.assert(
      fc.property(fc.array(values, { minLength: 4096, maxLength: 20_000 }), sign, (input, direction) => {
        const signed = input.map((value) => direction * value)
        const sorted = Float64Array.from(signed).sort()
        const summary = summarizeInPlace(Float64Array.from(signed))
        expect(summary?.median).toBe(quantile(sorted, 0.5))
        expect(summary?.p90).toBe(quantile(sorted, 0.9))
        expect(summary?.mean).toBe(signed.reduce((sum, value) => sum + value, 0) / signed.length)
      }),
      { seed: 11, numRuns: 40 },
    )
  })

  it('does not reorder its input', () => {
    const values = [5, 1, 4, 2, 3]
    summarize(values)
    expect(values).toEqual([5, 1, 4, 2, 3])
  })
})
