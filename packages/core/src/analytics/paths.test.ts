import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computePaths, type PathAnalysis, type PathOptions } from './paths.js'
import { activitiesOf, logOf, settings } from './trace-log.fixture.js'

const pathsOf = (cases: Readonly<Record<string, string>>, options: PathOptions): PathAnalysis => {
  const log = logOf(cases)
  return computePaths(log, activitiesOf(log), options)
}

/** Nodes as `id=cases`, links as `source>target=cases`: short enough to read a whole Sankey in one line. */
const sankey = (paths: PathAnalysis) => ({
  nodes: paths.nodes.map((node) => `${node.id}=${node.cases}`),
  links: paths.links.map((link) => `${link.source}>${link.target}=${link.cases}`),
})

describe('computePaths after an activity', () => {
  const cases = { c1: 'S A B C', c2: 'A B A D', c3: 'S A', c4: 'S B C' }

  it('follows each case from the first occurrence of the anchor for depth steps; cases without it are left out', () => {
    const paths = pathsOf(cases, { anchor: 'A', direction: 'after', depth: 2 })
    expect(paths).toMatchObject({ anchor: 'A', direction: 'after', depth: 2, totalCases: 4, cases: 3, totalPaths: 3 })
    expect(paths.paths).toEqual([
      { sequence: ['A'], cases: 1, coverage: (1 / 3) * 100 },
      { sequence: ['A', 'B', 'A'], cases: 1, coverage: (1 / 3) * 100 },
      { sequence: ['A', 'B', 'C'], cases: 1, coverage: (1 / 3) * 100 },
    ])
    expect(sankey(paths)).toEqual({
      nodes: ['0:A=3', '1:B=2', '1#end=1', '2:A=1', '2:C=1'],
      links: ['0:A>1:B=2', '0:A>1#end=1', '1:B>2:A=1', '1:B>2:C=1'],
    })
  })

  it('starts at the first activity of each case without an anchor', () => {
    const paths = pathsOf(cases, { direction: 'after', depth: 1 })
    expect(paths).toMatchObject({ anchor: null, cases: 4 })
    expect(sankey(paths)).toEqual({
      nodes: ['0:S=3', '0:A=1', '1:A=2', '1:B=2'],
      links: ['0:S>1:A=2', '0:S>1:B=1', '0:A>1:B=1'],
    })
  })

  it('shows only the anchor at depth 0', () => {
    expect(sankey(pathsOf(cases, { anchor: 'B', direction: 'after', depth: 0 }))).toEqual({
      nodes: ['0:B=3'],
      links: [],
    })
  })

  it('groups all but the top N activities of each step into an other node that keeps flowing', () => {
    const many = { c1: 'A B D', c2: 'A B D', c3: 'A C D', c4: 'A E', c5: 'A F D' }
    const paths = pathsOf(many, { anchor: 'A', direction: 'after', depth: 2, top: 1 })
    expect(paths.nodes[2]).toEqual({ id: '1#other', step: 1, kind: 'other', activity: null, activities: 3, cases: 3 })
    expect(sankey(paths)).toEqual({
      nodes: ['0:A=5', '1:B=2', '1#other=3', '2:D=4', '2#end=1'],
      links: ['0:A>1:B=2', '0:A>1#other=3', '1:B>2:D=2', '1#other>2:D=2', '1#other>2#end=1'],
    })
  })

  it('cuts the path table to the top N paths with an other row', () => {
    const paths = pathsOf({ c1: 'A B', c2: 'A B', c3: 'A C', c4: 'A D' }, { direction: 'after', depth: 1, topPaths: 1 })
    expect(paths.paths).toEqual([
      { sequence: ['A', 'B'], cases: 2, coverage: 50 },
      { sequence: [], other: true, variants: 2, cases: 2, coverage: 50 },
    ])
    expect(paths.totalPaths).toBe(3)
  })

  it('skips events that are not activities', () => {
    expect(sankey(pathsOf({ c1: 'x A x x B x' }, { anchor: 'A', direction: 'after', depth: 3 }))).toEqual({
      nodes: ['0:A=1', '1:B=1', '2#end=1'],
      links: ['0:A>1:B=1', '1:B>2#end=1'],
    })
  })
})

describe('computePaths before an activity', () => {
  const cases = { c1: 'S A B C', c2: 'A B A D', c3: 'S A', c4: 'S B C' }

  it('leads to the first occurrence of the anchor, steps counted back from 0, a start node where the case began', () => {
    const paths = pathsOf(cases, { anchor: 'B', direction: 'before', depth: 2 })
    expect(paths.paths).toEqual([
      { sequence: ['A', 'B'], cases: 1, coverage: (1 / 3) * 100 },
      { sequence: ['S', 'A', 'B'], cases: 1, coverage: (1 / 3) * 100 },
      { sequence: ['S', 'B'], cases: 1, coverage: (1 / 3) * 100 },
    ])
    expect(sankey(paths)).toEqual({
      nodes: ['-2:S=1', '-2#start=2', '-1:A=2', '-1:S=1', '0:B=3'],
      links: ['-2:S>-1:A=1', '-2#start>-1:A=1', '-2#start>-1:S=1', '-1:A>0:B=2', '-1:S>0:B=1'],
    })
  })

  it('ends at the last activity of each case without an anchor', () => {
    expect(sankey(pathsOf(cases, { direction: 'before', depth: 1 }))).toEqual({
      nodes: ['-1:B=2', '-1:A=1', '-1:S=1', '0:C=2', '0:A=1', '0:D=1'],
      links: ['-1:B>0:C=2', '-1:A>0:D=1', '-1:S>0:A=1'],
    })
  })
})

describe('computePaths edge cases', () => {
  it('answers no paths for an anchor that is no activity of the log', () => {
    const paths = pathsOf({ c1: 'A B' }, { anchor: 'Z', direction: 'after', depth: 2 })
    expect(paths).toMatchObject({ totalCases: 1, cases: 0, totalPaths: 0, paths: [], nodes: [], links: [] })
  })

  it('answers no paths for an empty log', () => {
    expect(pathsOf({}, { direction: 'before', depth: 3 })).toMatchObject({ cases: 0, nodes: [], links: [] })
  })

  it.each([
    { depth: -1, top: undefined },
    { depth: 1.5, top: undefined },
    { depth: 2, top: -1 },
  ])('refuses depth $depth and top $top', ({ depth, top }) => {
    const options = top === undefined ? { direction: 'after', depth } : { direction: 'after', depth, top }
    expect(() => pathsOf({ c1: 'A' }, options as PathOptions)).toThrow(RangeError)
  })
})

describe('computePaths on random logs', () => {
  const journeys = fc.dictionary(
    fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'),
    fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'x'), { maxLength: 7 }).map((names) => names.join(' ')),
  )
  const options: fc.Arbitrary<PathOptions> = fc.record(
    {
      anchor: fc.constantFrom('A', 'B', 'Z'),
      direction: fc.constantFrom('after' as const, 'before' as const),
      depth: fc.nat(4),
      top: fc.nat(3),
    },
    { requiredKeys: ['direction', 'depth'] },
  )

  it('conserves the flows: each node has its cases in and out, step 0 holds every anchored case', () => {
    fc.assert(
      fc.property(journeys, options, (cases, option) => {
        const paths = pathsOf(cases, option)
        const inflow = new Map<string, number>()
        const outflow = new Map<string, number>()
        for (const link of paths.links) {
          inflow.set(link.target, (inflow.get(link.target) ?? 0) + link.cases)
          outflow.set(link.source, (outflow.get(link.source) ?? 0) + link.cases)
        }
        const [firstStep, lastStep] = option.direction === 'after' ? [0, option.depth] : [-option.depth, 0]
        for (const node of paths.nodes) {
          if (node.step > firstStep && node.kind !== 'start') expect(inflow.get(node.id), node.id).toBe(node.cases)
          if (node.step < lastStep && node.kind !== 'end') expect(outflow.get(node.id), node.id).toBe(node.cases)
        }
        const anchored = paths.nodes.filter((node) => node.step === 0).reduce((sum, node) => sum + node.cases, 0)
        expect(anchored).toBe(paths.cases)
        expect(paths.paths.reduce((sum, row) => sum + row.cases, 0)).toBe(paths.cases)
        for (const link of paths.links) {
          const [source, target] = [link.source, link.target].map((id) => paths.nodes.find((node) => node.id === id))
          expect((target?.step ?? Number.NaN) - (source?.step ?? Number.NaN)).toBe(1)
        }
      }),
      settings,
    )
  })

  it('has the paths of the plain definition: the window around the first anchor, sliced from the activities', () => {
    fc.assert(
      fc.property(journeys, options, (cases, option) => {
        const expected = new Map<string, number>()
        for (const journey of Object.values(cases)) {
          const names = journey.split(' ').filter((name) => name !== '' && name !== 'x')
          if (names.length === 0) continue
          const at =
            option.anchor === undefined
              ? option.direction === 'after'
                ? 0
                : names.length - 1
              : names.indexOf(option.anchor)
          if (at === -1) continue
          const window =
            option.direction === 'after'
              ? names.slice(at, at + option.depth + 1)
              : names.slice(Math.max(0, at - option.depth), at + 1)
          expected.set(window.join('>'), (expected.get(window.join('>')) ?? 0) + 1)
        }
        const paths = pathsOf(cases, option)
        expect(new Map(paths.paths.map((row) => [row.sequence.join('>'), row.cases]))).toEqual(expected)
      }),
      settings,
    )
  })
})
