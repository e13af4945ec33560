import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeProcessMap, countDirectlyFollows, type ProcessMap, processMapOfParts } from './process-map.js'
import { sliceCases } from './select-log.js'
import { activitiesOf, logOf, settings } from './trace-log.fixture.js'

const mapOf = (cases: Readonly<Record<string, string>>): ProcessMap => {
  const log = logOf(cases)
  return computeProcessMap(log, activitiesOf(log))
}

describe('computeProcessMap', () => {
  it('counts transitions and distinct cases per directly-follows edge', () => {
    const map = mapOf({ c1: 'A B A B', c2: 'A B C' })
    expect(map.edges.map(({ from, to, transitions, cases }) => ({ from, to, transitions, cases }))).toEqual([
      { from: 'A', to: 'B', transitions: 3, cases: 2 },
      { from: 'B', to: 'A', transitions: 1, cases: 1 },
      { from: 'B', to: 'C', transitions: 1, cases: 1 },
    ])
    expect(map.totalTransitions).toBe(5)
  })

  it('summarises the time between the two events of each transition (ms, mean, type-7 median and p90)', () => {
    const map = mapOf({ c1: 'A@0 B@1000', c2: 'A@0 B@2000', c3: 'A@0 B@6000', c4: 'A@0 B@7000' })
    expect(map.edges[0]?.duration).toEqual({ mean: 4000, median: 4000, p90: 6700 })
  })

  it('drops the events that are not activities before pairing: their neighbours become consecutive', () => {
    const map = mapOf({ c1: 'x@0 A@10 x@20 x@30 B@50 x@60' })
    expect(map.edges).toEqual([
      { from: 'A', to: 'B', transitions: 1, cases: 1, duration: { mean: 40, median: 40, p90: 40 } },
    ])
    expect(map).toMatchObject({ totalCases: 1, totalEvents: 2, totalTransitions: 1 })
    expect(map.activities.map((row) => row.activity)).toEqual(['A', 'B'])
  })

  it('pairs events in journey order: time, then ingestion order', () => {
    const map = mapOf({ c1: 'B@5 A@0 C@5' })
    expect(map.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['A>B', 'B>C'])
  })

  it('counts events and cases per activity, most events first, then by name', () => {
    expect(mapOf({ c1: 'B A A', c2: 'C B', c3: 'x' }).activities).toEqual([
      { activity: 'A', events: 2, cases: 1 },
      { activity: 'B', events: 2, cases: 2 },
      { activity: 'C', events: 1, cases: 1 },
    ])
  })

  it('counts the cases each activity starts and ends, a one-event case being both', () => {
    const map = mapOf({ c1: 'A B', c2: 'A C', c3: 'B', c4: 'x C x' })
    expect(map.startActivities).toEqual([
      { activity: 'A', cases: 2 },
      { activity: 'B', cases: 1 },
      { activity: 'C', cases: 1 },
    ])
    expect(map.endActivities).toEqual([
      { activity: 'B', cases: 2 },
      { activity: 'C', cases: 2 },
    ])
    expect(map.edges).toHaveLength(2)
  })

  it('sorts edges by transitions, then from, then to (code-point order)', () => {
    const map = mapOf({ c1: 'b a', c2: 'B a', c3: 'B C', c4: 'C D', c5: 'C D' })
    expect(map.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['C>D', 'B>C', 'B>a', 'b>a'])
  })

  it('answers an empty map for an empty log, or a log without activities', () => {
    const empty = {
      totalCases: 0,
      totalEvents: 0,
      totalTransitions: 0,
      edges: [],
      activities: [],
      startActivities: [],
      endActivities: [],
    }
    expect(mapOf({})).toEqual(empty)
    expect(mapOf({ c1: 'x x' })).toEqual(empty)
  })
})

describe('computeProcessMap on random logs', () => {
  const journeys = fc.dictionary(
    fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
    fc
      .array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'x'), fc.integer({ min: 0, max: 9 })), { maxLength: 8 })
      .map((events) => events.map(([name, time]) => `${name}@${time}`).join(' ')),
  )

  it('has events − cases transitions, and as many starts and ends as cases', () => {
    fc.assert(
      fc.property(journeys, (cases) => {
        const map = mapOf(cases)
        const sum = (rows: readonly { readonly cases: number }[]) => rows.reduce((total, row) => total + row.cases, 0)
        expect(map.edges.reduce((total, edge) => total + edge.transitions, 0)).toBe(map.totalEvents - map.totalCases)
        expect(map.totalTransitions).toBe(map.totalEvents - map.totalCases)
        expect(map.activities.reduce((total, row) => total + row.events, 0)).toBe(map.totalEvents)
        expect(sum(map.startActivities)).toBe(map.totalCases)
        expect(sum(map.endActivities)).toBe(map.totalCases)
        for (const edge of map.edges) {
          expect(edge.cases).toBeLessThanOrEqual(edge.transitions)
          expect(edge.duration.mean).toBeGreaterThanOrEqual(0)
          expect(edge.duration.median).toBeLessThanOrEqual(edge.duration.p90)
        }
      }),
      settings,
    )
  })

  it('equals the plain definition: pairs of consecutive activity events, counted in a Map', () => {
    fc.assert(
      fc.property(journeys, (cases) => {
        const log = logOf(cases)
        const naive = new Map<string, { transitions: number; cases: Set<number>; total: number }>()
        for (let c = 0; c < log.caseCount; c++) {
          const events: number[] = []
          for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++)
            if (log.names[log.name[i] as number] !== 'x') events.push(i)
          for (let k = 1; k < events.length; k++) {
            const [a, b] = [events[k - 1] as number, events[k] as number]
            const key = `${log.names[log.name[a] as number]}>${log.names[log.name[b] as number]}`
            const edge = naive.get(key) ?? { transitions: 0, cases: new Set<number>(), total: 0 }
            edge.transitions++
            edge.cases.add(c)
            edge.total += (log.time[b] as number) - (log.time[a] as number)
            naive.set(key, edge)
          }
        }
        const map = computeProcessMap(log, activitiesOf(log))
        expect(
          new Map(
            map.edges.map((edge) => [`${edge.from}>${edge.to}`, [edge.transitions, edge.cases, edge.duration.mean]]),
          ),
        ).toEqual(
          new Map(
            [...naive].map(([key, edge]) => [key, [edge.transitions, edge.cases.size, edge.total / edge.transitions]]),
          ),
        )
      }),
      settings,
    )
  })
})

describe('a process map computed in parts of the log', () => {
  const journeys = fc.dictionary(
    fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'),
    fc
      .array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'x'), fc.integer({ min: 0, max: 9 })), { maxLength: 9 })
      .map((events) => events.map(([name, time]) => `${name}@${time}`).join(' ')),
  )

  it('equals the whole map when the cases are split anywhere (each edge’s durations kept in case order)', () => {
    fc.assert(
      fc.property(journeys, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }), (cases, cuts) => {
        const log = logOf(cases)
        const activities = activitiesOf(log)
        const bounds = [0, ...cuts.map((cut) => Math.floor(cut * log.caseCount)).sort((a, b) => a - b), log.caseCount]
        const parts = bounds
          .slice(1)
          .map((to, i) =>
            countDirectlyFollows(sliceCases(log, bounds[i] as number, to), activities.codes, activities.labels.length),
          )
        expect(processMapOfParts(parts, activities.labels)).toEqual(computeProcessMap(log, activities))
      }),
      settings,
    )
  })
})
