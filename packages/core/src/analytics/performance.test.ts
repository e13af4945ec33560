import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Activities, classify } from './classify.js'
import { buildJourneyLog, type JourneyLog, LIFECYCLE_PROPERTY, NONE } from './journey-log.js'
import { computePerformance, type PerformanceOptions } from './performance.js'

/** Fixed so the suite is deterministic; run with FC_SEED=<n> to explore other inputs. */
const SEED = Number(
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.FC_SEED ?? 20_260_601,
)
const settings = { numRuns: 200, seed: SEED }

/** One event: case, activity, lifecycle ('' for none), time in ms, activity instance and resource (optional). */
type Row = readonly [string, string, string, number, (string | number)?, string?]

/** A log from rows in ingestion order; lifecycle, instance and resource are kept as XES and bupaR name them. */
function logOf(rows: readonly Row[]): JourneyLog {
  return buildJourneyLog(
    rows.map(([customerId, name, lifecycle, timestamp, instance, resource], seq) => ({
      type: 'track',
      name,
      timestamp,
      seq,
      channel: null,
      properties: {
        ...(lifecycle === '' ? {} : { [LIFECYCLE_PROPERTY]: lifecycle }),
        ...(instance === undefined ? {} : { activity_instance: instance }),
        ...(resource === undefined ? {} : { resource }),
      },
      traits: {},
      context: {},
      customerId,
    })),
  )
}

/** Activities by name, where the events named `x` are not activities (as a touchpoint classifier leaves them). */
function activitiesOf(log: JourneyLog): Activities {
  const { codes, labels } = classify(log, 'name')
  return { codes: codes.map((code) => (labels[code] === 'x' ? NONE : code)), labels }
}

const performanceOf = (rows: readonly Row[], options: PerformanceOptions = {}) => {
  const log = logOf(rows)
  return computePerformance(log, activitiesOf(log), options)
}
const BY_ID = { instance: 'properties.activity_instance' } as const

describe('computePerformance: throughput time', () => {
  it('is the last activity event minus the first, per case, summarised over cases', () => {
    const performance = performanceOf([
      ['c1', 'A', '', 100],
      ['c1', 'B', '', 400],
      ['c1', 'C', '', 1100],
      ['c2', 'A', '', 50],
      ['c3', 'A', '', 7],
    ])
    expect(performance.perCase.map((row) => [row.caseId, row.throughputTime])).toEqual([
      ['c1', 1000],
      ['c2', 0],
      ['c3', 0],
    ])
    expect(performance.throughputTime).toEqual({ mean: 1000 / 3, median: 0, p90: 800 })
    expect(performance.cases).toBe(3)
  })

  it('ignores the events that are not activities, and the cases that have none', () => {
    const performance = performanceOf([
      ['c1', 'x', '', 0],
      ['c1', 'A', '', 100],
      ['c1', 'B', '', 300],
      ['c1', 'x', '', 900],
      ['c2', 'x', '', 5],
    ])
    expect(performance.perCase).toEqual([{ caseId: 'c1', throughputTime: 200, processingTime: 0 }])
  })
})

describe('computePerformance: processing time', () => {
  it('sums the start-to-complete durations of the activity instances of a case', () => {
    const rows: Row[] = [
      ['c1', 'A', 'start', 0, 1],
      ['c1', 'A', 'complete', 30, 1],
      ['c1', 'B', 'start', 50, 2],
      ['c1', 'B', 'complete', 100, 2],
    ]
    expect(performanceOf(rows, BY_ID).perCase[0]?.processingTime).toBe(80)
    expect(performanceOf(rows).perCase[0]?.processingTime).toBe(80)
  })

  it('measures an instance from its first start to its last complete; a schedule does not count', () => {
    const rows: Row[] = [
      ['c1', 'A', 'schedule', 0, 1],
      ['c1', 'A', 'start', 10, 1],
      ['c1', 'A', 'suspend', 20, 1],
      ['c1', 'A', 'resume', 30, 1],
      ['c1', 'A', 'complete', 45, 1],
    ]
    expect(performanceOf(rows, BY_ID).perActivity).toEqual([
      { activity: 'A', instances: 1, processingTime: { mean: 35, median: 35, p90: 35 } },
    ])
  })

  it('gives no duration to an instance without both a start and a complete (it counts 0 in its case)', () => {
    const performance = performanceOf(
      [
        ['c1', 'A', 'complete', 0, 1],
        ['c1', 'B', 'start', 10, 2],
        ['c1', 'C', 'start', 20, 3],
        ['c1', 'C', 'complete', 25, 3],
        ['c2', 'A', '', 5, 4],
      ],
      BY_ID,
    )
    expect(performance.perActivity).toEqual([
      { activity: 'A', instances: 0, processingTime: null },
      { activity: 'B', instances: 0, processingTime: null },
      { activity: 'C', instances: 1, processingTime: { mean: 5, median: 5, p90: 5 } },
    ])
    expect(performance.perCase.map((row) => row.processingTime)).toEqual([5, 0])
    expect(performance.processingTime).toEqual({ mean: 2.5, median: 2.5, p90: 4.5 })
  })

  it('pairs each complete with the oldest open start of the same activity when there is no instance id', () => {
    const performance = performanceOf([
      ['c1', 'A', 'start', 0],
      ['c1', 'A', 'start', 10],
      ['c1', 'B', 'complete', 15],
      ['c1', 'A', 'complete', 20],
      ['c1', 'A', 'complete', 40],
    ])
    expect(performance.perActivity[0]).toEqual({
      activity: 'A',
      instances: 2,
      processingTime: { mean: 25, median: 25, p90: 29 },
    })
  })

  it('follows the instance ids when given, whatever the order of overlapping instances', () => {
    const rows: Row[] = [
      ['c1', 'A', 'start', 0, 'i1'],
      ['c1', 'A', 'start', 10, 'i2'],
      ['c1', 'A', 'complete', 20, 'i2'],
      ['c1', 'A', 'complete', 40, 'i1'],
    ]
    expect(performanceOf(rows, BY_ID).perActivity[0]?.processingTime).toEqual({ mean: 25, median: 25, p90: 37 })
    expect(performanceOf(rows).perActivity[0]?.processingTime).toEqual({ mean: 25, median: 25, p90: 29 })
  })

  it('reads lifecycle transitions case-insensitively (XES writes them in any case)', () => {
    expect(
      performanceOf([
        ['c1', 'A', 'START', 0],
        ['c1', 'A', 'Complete', 12],
      ]).perCase[0]?.processingTime,
    ).toBe(12)
  })

  it('summarises per resource, the resource of an instance being that of its first event that names one', () => {
    const performance = performanceOf(
      [
        ['c1', 'A', 'start', 0, 1, 'Ann'],
        ['c1', 'A', 'complete', 10, 1],
        ['c1', 'B', 'start', 10, 2],
        ['c1', 'B', 'complete', 30, 2, 'Bob'],
        ['c1', 'C', 'complete', 40, 3, 'Cid'],
      ],
      { ...BY_ID, resource: 'properties.resource' },
    )
    expect(performance.perResource).toEqual([
      { resource: 'Ann', instances: 1, processingTime: { mean: 10, median: 10, p90: 10 } },
      { resource: 'Bob', instances: 1, processingTime: { mean: 20, median: 20, p90: 20 } },
      { resource: 'Cid', instances: 0, processingTime: null },
    ])
  })

  it('leaves out perResource when no resource is asked for', () => {
    expect(performanceOf([['c1', 'A', '', 0]])).not.toHaveProperty('perResource')
  })

  it('answers no cases and no summaries for an empty log', () => {
    expect(performanceOf([])).toEqual({
      cases: 0,
      throughputTime: null,
      processingTime: null,
      perCase: [],
      perActivity: [],
    })
  })
})

describe('computePerformance on random logs', () => {
  const rows = fc.array(
    fc.tuple(
      fc.constantFrom('c1', 'c2', 'c3'),
      fc.constantFrom('A', 'B', 'x'),
      fc.constantFrom('start', 'complete', 'schedule', ''),
      fc.integer({ min: 0, max: 100 }),
    ),
    { maxLength: 12 },
  )

  it('has throughput = last − first activity time, and processing times ≥ 0 when pairing in journey order', () => {
    fc.assert(
      fc.property(rows, (generated) => {
        const log = logOf(generated)
        const performance = computePerformance(log, activitiesOf(log))
        for (const row of performance.perCase) {
          const times = generated
            .filter(([caseId, name]) => caseId === row.caseId && name !== 'x')
            .map(([, , , time]) => time)
          expect(row.throughputTime).toBe(Math.max(...times) - Math.min(...times))
          expect(row.processingTime).toBeGreaterThanOrEqual(0)
        }
        const timed = performance.perActivity.reduce((sum, activity) => sum + activity.instances, 0)
        const starts = generated.filter(([, name, lifecycle]) => name !== 'x' && lifecycle === 'start').length
        expect(timed).toBeLessThanOrEqual(starts)
      }),
      settings,
    )
  })
})
