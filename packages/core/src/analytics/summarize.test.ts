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

  it('does not reorder its input', () => {
    const values = [5, 1, 4, 2, 3]
    summarize(values)
    expect(values).toEqual([5, 1, 4, 2, 3])
  })
})
