import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JourneyLog } from './journey-log.js'
import { activitiesOf, logOf, settings } from './trace-log.fixture.js'
import { computeVariants, type VariantTable } from './variants.js'

const variantsOf = (cases: Readonly<Record<string, string>>, top?: number): VariantTable => {
  const log = logOf(cases)
  return computeVariants(log, activitiesOf(log), top === undefined ? {} : { top })
}

describe('computeVariants', () => {
  it.each([
    {
      rule: 'counts the cases of each sequence of activities, most frequent first',
      cases: { c1: 'A B C', c2: 'A B C', c3: 'A C' },
      rows: [
        { sequence: ['A', 'B', 'C'], cases: 2, coverage: (2 / 3) * 100 },
        { sequence: ['A', 'C'], cases: 1, coverage: (1 / 3) * 100 },
      ],
    },
    {
      rule: 'breaks ties by sequence, activity by activity, a prefix before its extensions',
      cases: { c1: 'A C', c2: 'A B D', c3: 'A', c4: 'A B' },
      rows: [
        { sequence: ['A'], cases: 1, coverage: 25 },
        { sequence: ['A', 'B'], cases: 1, coverage: 25 },
        { sequence: ['A', 'B', 'D'], cases: 1, coverage: 25 },
        { sequence: ['A', 'C'], cases: 1, coverage: 25 },
      ],
    },
    {
      rule: 'compares activity names in code-point order (upper case before lower case)',
      cases: { c1: 'b', c2: 'B', c3: 'a' },
      rows: [
        { sequence: ['B'], cases: 1, coverage: (1 / 3) * 100 },
        { sequence: ['a'], cases: 1, coverage: (1 / 3) * 100 },
        { sequence: ['b'], cases: 1, coverage: (1 / 3) * 100 },
      ],
    },
    {
      rule: 'orders the events of a case by time, then by ingestion order',
      cases: { c1: 'B@5 A@1 C@5', c2: 'A@0 B@0 C@0' },
      rows: [{ sequence: ['A', 'B', 'C'], cases: 2, coverage: 100 }],
    },
    {
      rule: 'leaves out events that are not activities, and cases that have no activity',
      cases: { c1: 'A x B', c2: 'x A B x', c3: 'x x' },
      rows: [{ sequence: ['A', 'B'], cases: 2, coverage: 100 }],
    },
  ])('$rule', ({ cases, rows }) => {
    const table = variantsOf(cases)
    expect(table.rows).toEqual(rows)
    expect(table.totalVariants).toBe(rows.length)
    expect(table.totalCases).toBe(rows.reduce((sum, row) => sum + row.cases, 0))
  })

  it('answers an empty table for an empty log', () => {
    expect(variantsOf({})).toEqual({ totalVariants: 0, totalCases: 0, reworkCases: 0, reworkEvents: 0, rows: [] })
  })

  it.each([
    { cases: { c1: 'A B C' }, reworkCases: 0, reworkEvents: 0 },
    { cases: { c1: 'A B A A' }, reworkCases: 1, reworkEvents: 2 },
    { cases: { c1: 'A B A B', c2: 'A B A B', c3: 'A B' }, reworkCases: 2, reworkEvents: 4 },
    { cases: { c1: 'A x A', c2: 'x x' }, reworkCases: 1, reworkEvents: 1 },
  ])(
    'counts rework: $reworkCases cases repeat an activity, $reworkEvents events are repetitions in $cases',
    ({ cases, reworkCases, reworkEvents }) => {
      expect(variantsOf(cases)).toMatchObject({ reworkCases, reworkEvents })
    },
  )

  describe('with top N', () => {
    const cases = { c1: 'A', c2: 'A', c3: 'A', c4: 'B', c5: 'B', c6: 'C', c7: 'D' }

    it('keeps the N most frequent variants and sums the rest into one other row', () => {
      expect(variantsOf(cases, 2).rows).toEqual([
        { sequence: ['A'], cases: 3, coverage: (3 / 7) * 100 },
        { sequence: ['B'], cases: 2, coverage: (2 / 7) * 100 },
        { sequence: [], other: true, variants: 2, cases: 2, coverage: (2 / 7) * 100 },
      ])
    })

    it('still counts every variant and case in the totals', () => {
      expect(variantsOf(cases, 1)).toMatchObject({ totalVariants: 4, totalCases: 7 })
    })

    it.each([4, 10])('adds no other row when N = %i covers every variant', (top) => {
      expect(variantsOf(cases, top).rows).toEqual(variantsOf(cases).rows)
    })

    it('puts everything in the other row when N = 0', () => {
      expect(variantsOf(cases, 0).rows).toEqual([{ sequence: [], other: true, variants: 4, cases: 7, coverage: 100 }])
    })

    it.each([-1, 1.5, Number.NaN])('refuses N = %s', (top) => {
      expect(() => variantsOf(cases, top)).toThrow(RangeError)
    })
  })
})

describe('computeVariants on random logs', () => {
  const journeys = fc.dictionary(
    fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'),
    fc
      .array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'x'), fc.integer({ min: 0, max: 4 })), { maxLength: 7 })
      .map((events) => events.map(([name, time]) => `${name}@${time}`).join(' ')),
  )

  /** The plain definition: each case's activities in journey order, joined, counted in a Map. */
  function naiveVariants(log: JourneyLog): {
    variants: Map<string, number>
    reworkCases: number
    reworkEvents: number
  } {
    const variants = new Map<string, number>()
    let reworkCases = 0
    let reworkEvents = 0
    for (let c = 0; c < log.caseCount; c++) {
      const names: string[] = []
      for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++) {
        const name = log.names[log.name[i] as number] as string
        if (name !== 'x') names.push(name)
      }
      if (names.length === 0) continue
      const repeats = names.length - new Set(names).size
      if (repeats > 0) reworkCases++
      reworkEvents += repeats
      variants.set(names.join('>'), (variants.get(names.join('>')) ?? 0) + 1)
    }
    return { variants, reworkCases, reworkEvents }
  }

  it('equals the plain definition (joined sequences counted in a Map)', () => {
    fc.assert(
      fc.property(journeys, (cases) => {
        const log = logOf(cases)
        const table = computeVariants(log, activitiesOf(log))
        const naive = naiveVariants(log)
        const counted = new Map(table.rows.map((row) => [row.sequence.join('>'), row.cases]))
        expect(counted).toEqual(naive.variants)
        expect(table).toMatchObject({ reworkCases: naive.reworkCases, reworkEvents: naive.reworkEvents })
      }),
      settings,
    )
  })

  it('sums the rows, other row included, to the total cases and 100 % coverage', () => {
    fc.assert(
      fc.property(journeys, fc.option(fc.nat(5), { nil: undefined }), (cases, top) => {
        const table = variantsOf(cases, top)
        expect(table.rows.reduce((sum, row) => sum + row.cases, 0)).toBe(table.totalCases)
        const variants = table.rows.reduce((sum, row) => sum + ('other' in row ? row.variants : 1), 0)
        expect(variants).toBe(table.totalVariants)
        if (table.totalCases > 0) expect(table.rows.reduce((sum, row) => sum + row.coverage, 0)).toBeCloseTo(100, 9)
      }),
      settings,
    )
  })

  it('does not depend on the order of the cases (renaming the customers changes nothing)', () => {
    fc.assert(
      fc.property(journeys, (cases) => {
        const renamed = Object.fromEntries(
          Object.entries(cases).map(([id, journey]) => [`z${9 - Number(id.slice(1))}`, journey]),
        )
        expect(variantsOf(renamed, 2)).toEqual(variantsOf(cases, 2))
      }),
      settings,
    )
  })
})

describe('computeVariants with top N', () => {
  it('shows exactly the first N rows of the whole table, ties at the cut ordered by sequence', () => {
    const journeys = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom('A', 'B', 'C'), { maxLength: 3 }).map((names) => names.join(' ')),
      { maxKeys: 30 },
    )
    fc.assert(
      fc.property(journeys, fc.integer({ min: 0, max: 12 }), (cases, top) => {
        const whole = variantsOf(cases)
        const cut = variantsOf(cases, top)
        const shown = Math.min(top, whole.rows.length)
        expect(cut.rows.slice(0, shown)).toEqual(whole.rows.slice(0, shown))
        expect(cut.rows.reduce((sum, row) => sum + row.cases, 0)).toBe(whole.totalCases)
      }),
      settings,
    )
  })
})
