import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quantile, summarize } from './summarize.js'

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

  it('does not reorder its input', () => {
    const values = [5, 1, 4, 2, 3]
    summarize(values)
    expect(values).toEqual([5, 1, 4, 2, 3])
  })
})
