import { readFileSync } from 'node:fs'
import {
  buildJourneyLog,
  classify,
  computePaths,
  computePerformance,
  computeProcessMap,
  computeVariants,
  type JourneyLog,
  type JourneyLogInput,
  lifecycleMask,
  type ProcessMap,
  selectEvents,
  type VariantTable,
} from '@parcours/core'
import { xesEvents } from '@parcours/ingest'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'

/** The shared real data lives beside the repository: ../shared/data from its root. */
const DATA = new URL('../../shared/data/', import.meta.url)
const dataPath = (path: string) => new URL(path, DATA).pathname
const readJson = <T>(path: string): T => JSON.parse(readFileSync(dataPath(path), 'utf8')) as T

/** An XES log as the journey log of its events: one customer per trace, ingestion order = file order. */
async function xesLog(path: string): Promise<JourneyLog> {
  const events: JourneyLogInput[] = []
  const rejects: unknown[] = []
  for await (const batch of xesEvents(dataPath(path), { fileId: path, onReject: (reject) => rejects.push(reject) }))
    for (const event of batch) events.push({ ...event, seq: events.length, customerId: event.userId as string })
  expect(rejects).toEqual([])
  return buildJourneyLog(events)
}

/** `2011-10-11 13:45:40.276000+02:00` (pm4py's CSV) or `2017-05-10 08:33:26` (UTC) as epoch ms. */
function csvTime(text: string): number {
  const iso = text.replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1')
  const time = Date.parse(/[+-]\d\d:\d\d$|Z$/.test(iso) ? iso : `${iso}Z`)
  if (Number.isNaN(time)) throw new Error(`unreadable timestamp ${text}`)
  return time
}

interface CsvColumns {
  readonly caseId: string
  readonly activity: string
  readonly timestamp: string
  readonly lifecycle?: string
}

/** A CSV event log as the journey log of its rows: every column a property, the case the customer, row order the ingestion order. */
function csvLog(path: string, columns: CsvColumns): JourneyLog {
  const rows = parse(readFileSync(dataPath(path), 'utf8'), { columns: true }) as Record<string, string>[]
  return buildJourneyLog(
    rows.map((row, seq) => ({
      type: 'track',
      name: row[columns.activity] as string,
      timestamp: csvTime(row[columns.timestamp] as string),
      seq,
      channel: null,
      properties:
        columns.lifecycle === undefined ? row : { ...row, 'lifecycle:transition': row[columns.lifecycle] as string },
      traits: {},
      context: {},
      customerId: row[columns.caseId] as string,
    })),
  )
}

/** The figures an independent recount publishes in `*.recount-stats.json` (activity = concept:name). */
interface RecountStats {
  readonly cases: number
  readonly events: number
  readonly variantsByActivity: number
  readonly distinctDFpairs: number
  readonly startActivities: Record<string, number>
  readonly endActivities: Record<string, number>
  readonly top5VariantsByActivity: readonly { readonly count: number; readonly variant: string }[]
  readonly top10DF: readonly { readonly pair: string; readonly count: number }[]
}

const boundary = (rows: ProcessMap['startActivities']) =>
  Object.fromEntries(rows.map((row) => [row.activity, row.cases]))
const edgeCounts = (map: ProcessMap) =>
  Object.fromEntries(map.edges.map((edge) => [`${edge.from} -> ${edge.to}`, edge.transitions]))
const variantRows = (table: VariantTable) =>
  table.rows.map((row) =>
    'other' in row ? { other: row.cases } : { count: row.cases, variant: row.sequence.join('>') },
  )

/** Checks a log's variants and process map against its independent recount. */
function expectRecount(variants: VariantTable, map: ProcessMap, stats: RecountStats): void {
  expect(variants.totalCases).toBe(stats.cases)
  expect(variants.totalVariants).toBe(stats.variantsByActivity)
  expect(map.totalEvents).toBe(stats.events)
  expect(map.edges).toHaveLength(stats.distinctDFpairs)
  expect(map.totalTransitions).toBe(stats.events - stats.cases)
  // The recount lists at most ten start and end activities (BPIC 2012 has an eleventh end: A_REGISTERED, 1 case).
  expect(boundary(map.startActivities)).toMatchObject(stats.startActivities)
  expect(boundary(map.endActivities)).toMatchObject(stats.endActivities)
  const counts = edgeCounts(map)
  for (const { pair, count } of stats.top10DF) expect(counts[pair], pair).toBe(count)
  const top = variantRows(variants).slice(0, stats.top5VariantsByActivity.length)
  expect(top.map((row) => row.count)).toEqual(stats.top5VariantsByActivity.map((row) => row.count))
  for (const { count, variant } of stats.top5VariantsByActivity)
    if (stats.top5VariantsByActivity.filter((row) => row.count === count).length === 1)
      expect(top).toContainEqual({ count, variant })
}

describe('BPI Challenge 2012 (13,087 loan applications, 262,200 events)', () => {
  let log: JourneyLog
  let complete: JourneyLog
  beforeAll(async () => {
    log = await xesLog('bpic2012/bpic2012.xes.gz')
    complete = selectEvents(log, lifecycleMask(log, ['complete']))
  })

  it('has 4,366 variants by activity name and 125 directly-follows pairs over all events, as recounted', () => {
    const activities = classify(log, 'name')
    const variants = computeVariants(log, activities, { top: 5 })
    const map = computeProcessMap(log, activities)
    expectRecount(variants, map, readJson('bpic2012/bpic2012.recount-stats.json'))
    expect(variants.totalVariants).toBe(4366)
    expect(map.edges).toHaveLength(125)
    expect(variants.rows[5]).toMatchObject({ other: true, variants: 4361 })
    expect(variants.rows.reduce((sum, row) => sum + row.cases, 0)).toBe(13087)
    expect(boundary(map.endActivities)).toMatchObject({ A_REGISTERED: 1 })
    expect(map.endActivities.reduce((sum, row) => sum + row.cases, 0)).toBe(13087)
  })

  it('has 4,366 variants by activity and lifecycle too', () => {
    expect(computeVariants(log, classify(log, 'name+lifecycle')).totalVariants).toBe(4366)
  })

  it('reproduces TraceVerity on COMPLETE events: 164,506 events, 4,336 variants, 151,419 transitions, rework 7,019 cases and 57,556 events', () => {
    const activities = classify(complete, 'name')
    const variants = computeVariants(complete, activities)
    const map = computeProcessMap(complete, activities)
    expect(complete.eventCount).toBe(164_506)
    expect(map.totalEvents).toBe(164_506)
    expect(log.names).toHaveLength(24)
    expect(variants).toMatchObject({ totalVariants: 4336, totalCases: 13_087, reworkCases: 7019, reworkEvents: 57_556 })
    expect(map.totalTransitions).toBe(151_419)
    expect(map.edges.reduce((sum, edge) => sum + edge.transitions, 0)).toBe(151_419)
  })

  it('has paths that agree with the directly-follows graph: after A_SUBMITTED, and before A_DECLINED', () => {
    const activities = classify(complete, 'name')
    const map = computeProcessMap(complete, activities)
    const edgesFrom = (from: string) =>
      map.edges.filter((edge) => edge.from === from).map((edge) => [edge.to, edge.transitions])
    const edgesTo = (to: string) =>
      map.edges.filter((edge) => edge.to === to).map((edge) => [edge.from, edge.transitions])

    const after = computePaths(complete, activities, { anchor: 'A_SUBMITTED', direction: 'after', depth: 2 })
    expect(after.cases).toBe(13_087)
    expect(after.nodes.filter((node) => node.step === 1).map((node) => [node.activity, node.cases])).toEqual([
      ['A_PARTLYSUBMITTED', 13_087],
    ])
    // Every case starts A_SUBMITTED > A_PARTLYSUBMITTED, which occur once: step 2 is the edges out of A_PARTLYSUBMITTED.
    expect(after.nodes.filter((node) => node.step === 2).map((node) => [node.activity, node.cases])).toEqual(
      edgesFrom('A_PARTLYSUBMITTED'),
    )
    expect(after.paths[1]).toMatchObject({ sequence: ['A_SUBMITTED', 'A_PARTLYSUBMITTED', 'A_DECLINED'], cases: 5301 })

    // A_DECLINED occurs at most once per case, never first: step −1 is the edges into it.
    const before = computePaths(complete, activities, { anchor: 'A_DECLINED', direction: 'before', depth: 1, top: 3 })
    const declined = map.activities.find((row) => row.activity === 'A_DECLINED')
    expect(declined).toEqual({ activity: 'A_DECLINED', events: 7635, cases: 7635 })
    expect(before.cases).toBe(7635)
    expect(before.nodes.filter((node) => node.step === -1).map((node) => [node.activity, node.cases])).toEqual([
      ...edgesTo('A_DECLINED').slice(0, 3),
      [
        null,
        edgesTo('A_DECLINED')
          .slice(3)
          .reduce((sum, [, transitions]) => sum + Number(transitions), 0),
      ],
    ])
  })
})

describe('receipt phase of the WABO permit process (pm4py notebook 5, receipt.csv)', () => {
  interface NotebookReference {
    readonly dfg_frequency: readonly { readonly from: string; readonly to: string; readonly count: number }[]
    readonly start_activities: Record<string, number>
    readonly end_activities: Record<string, number>
    readonly n_cases: number
    readonly events_per_activity: Record<string, number>
    readonly cases_containing_activity: Record<string, number>
  }
  const reference = readJson<NotebookReference>('receipt/pm4py-notebook-reference.json')
  const log = csvLog('receipt/receipt.csv', {
    caseId: 'case:concept:name',
    activity: 'concept:name',
    timestamp: 'time:timestamp',
  })
  const activities = classify(log, 'name')

  it('has exactly the 99 edges and transition counts of pm4py discover_dfg', () => {
    const map = computeProcessMap(log, activities)
    expect(map.edges).toHaveLength(99)
    expect(edgeCounts(map)).toEqual(
      Object.fromEntries(reference.dfg_frequency.map((edge) => [`${edge.from} -> ${edge.to}`, edge.count])),
    )
    expect(map.totalTransitions).toBe(7143)
  })

  it("has pm4py's start and end activities, events and cases per activity", () => {
    const map = computeProcessMap(log, activities)
    expect(map.totalCases).toBe(reference.n_cases)
    expect(boundary(map.startActivities)).toEqual(reference.start_activities)
    expect(boundary(map.endActivities)).toEqual(reference.end_activities)
    expect(Object.fromEntries(map.activities.map((row) => [row.activity, row.events]))).toEqual(
      reference.events_per_activity,
    )
    expect(Object.fromEntries(map.activities.map((row) => [row.activity, row.cases]))).toEqual(
      reference.cases_containing_activity,
    )
  })

  it('has 116 variants, the first followed by 713 cases', () => {
    const variants = computeVariants(log, activities)
    expect(variants.totalVariants).toBe(116)
    expect(variants.rows[0]?.cases).toBe(713)
    expect(variants.rows[0]?.sequence).toHaveLength(6)
  })

  it('reads the same from receipt.xes.gz as from receipt.csv', async () => {
    const xes = await xesLog('receipt/receipt.xes.gz')
    const fromXes = classify(xes, 'name')
    expect(computeVariants(xes, fromXes)).toEqual(computeVariants(log, activities))
    expect(edgeCounts(computeProcessMap(xes, fromXes))).toEqual(edgeCounts(computeProcessMap(log, activities)))
  })
})

describe('running example (van der Aalst, 6 cases)', () => {
  const log = csvLog('running-example/running-example.csv', {
    caseId: 'case:concept:name',
    activity: 'concept:name',
    timestamp: 'time:timestamp',
  })
  const activities = classify(log, 'name')

  it('has 6 variants, 16 edges, every case registered first and paid or rejected last', () => {
    const variants = computeVariants(log, activities)
    const map = computeProcessMap(log, activities)
    expectRecount(variants, map, readJson('running-example/running-example.recount-stats.json'))
    expect(variants.totalVariants).toBe(6)
    expect(map.edges).toHaveLength(16)
    expect(boundary(map.startActivities)).toEqual({ 'register request': 6 })
    expect(boundary(map.endActivities)).toEqual({ 'pay compensation': 3, 'reject request': 3 })
  })

  it('has the trace lengths of pm4py notebook 2', () => {
    const lengths = computeVariants(log, activities).rows.map((row) => row.sequence.length)
    expect(lengths.sort((a, b) => a - b)).toEqual([5, 5, 5, 5, 9, 13])
  })

  it('shows the paths before a decision: check ticket always comes right before decide', () => {
    const paths = computePaths(log, activities, { anchor: 'decide', direction: 'before', depth: 1 })
    expect(paths.nodes).toEqual([
      { id: '-1:check ticket', step: -1, kind: 'activity', activity: 'check ticket', cases: 4 },
      { id: '-1:examine casually', step: -1, kind: 'activity', activity: 'examine casually', cases: 1 },
      { id: '-1:examine thoroughly', step: -1, kind: 'activity', activity: 'examine thoroughly', cases: 1 },
      { id: '0:decide', step: 0, kind: 'activity', activity: 'decide', cases: 6 },
    ])
  })

  it('is the same from running-example.xes', async () => {
    const xes = await xesLog('running-example/running-example.xes')
    expect(computeVariants(xes, classify(xes, 'name'))).toEqual(computeVariants(log, activities))
  })
})

describe('road traffic fines, first 100 traces', () => {
  it('has 10 variants and 18 edges, as recounted', async () => {
    const log = await xesLog('road-traffic-fines-sample/roadtraffic100traces.xes')
    const activities = classify(log, 'name')
    const variants = computeVariants(log, activities)
    const map = computeProcessMap(log, activities)
    expectRecount(variants, map, readJson('road-traffic-fines-sample/roadtraffic100traces.recount-stats.json'))
    expect(variants.totalVariants).toBe(10)
    expect(map.edges).toHaveLength(18)
    expect(variantRows(computeVariants(log, activities, { top: 2 }))).toEqual([
      { count: 36, variant: 'Create Fine>Send Fine>Insert Fine Notification>Add penalty>Send for Credit Collection' },
      { count: 22, variant: 'Create Fine>Payment' },
      { other: 42 },
    ])
  })
})

describe('bupaR patients fixture (edeaR throughput and processing time tests)', () => {
  const MINUTE = 60_000
  const log = csvLog('bupar-patients-fixture/patients.csv', {
    caseId: 'patient',
    activity: 'activity',
    timestamp: 'timestamp',
    lifecycle: 'status',
  })
  const activities = classify(log, 'name')
  const byInstanceId = computePerformance(log, activities, {
    instance: 'properties.activity_instance',
    resource: 'properties.resource',
  })
  const minutes = (ms: number | undefined) => (ms ?? Number.NaN) / MINUTE
  const perCase = (key: 'throughputTime' | 'processingTime') =>
    ['John Doe', 'Jane Doe', 'George Doe'].map((id) =>
      minutes(byInstanceId.perCase.find((row) => row.caseId === id)?.[key]),
    )

  it('has the throughput times of test_throughput_time.R: log mean 1103.916667 min; per case 1819.16667, 1492.58333, 0', () => {
    expect(minutes(byInstanceId.throughputTime?.mean)).toBeCloseTo(1103.916667, 5)
    const [john, jane, george] = perCase('throughputTime')
    expect(john).toBeCloseTo(1819.16667, 4)
    expect(jane).toBeCloseTo(1492.58333, 4)
    expect(george).toBe(0)
  })

  it('has the processing times of test_processing_time.R: log mean 58.277778 min; per case 108.516667, 66.316667, 0', () => {
    expect(minutes(byInstanceId.processingTime?.mean)).toBeCloseTo(58.277778, 5)
    const [john, jane, george] = perCase('processingTime')
    expect(john).toBeCloseTo(108.516667, 5)
    expect(jane).toBeCloseTo(66.316667, 5)
    expect(george).toBe(0)
  })

  it('has the per-activity means 23.14583 (surgery), 27.41667 (treatment) and none for the instant activities', () => {
    const mean = Object.fromEntries(
      byInstanceId.perActivity.map((row) => [row.activity, row.processingTime && minutes(row.processingTime.mean)]),
    )
    expect(Object.keys(mean).sort()).toEqual(['check-in', 'check-out', 'register', 'surgery', 'treatment'])
    expect(mean.surgery).toBeCloseTo(23.14583, 5)
    expect(mean.treatment).toBeCloseTo(27.41667, 5)
    expect([mean['check-in'], mean['check-out'], mean.register]).toEqual([null, null, null])
  })

  it('has the per-resource means 22.74444 (Richard), 33.90833 (Danny), 14.43333 (Sarah), 24.35 (William), none for Samantha', () => {
    const mean = Object.fromEntries(
      (byInstanceId.perResource ?? []).map((row) => [
        row.resource,
        row.processingTime && minutes(row.processingTime.mean),
      ]),
    )
    expect(mean).toEqual({
      Danny: expect.closeTo(33.90833, 4),
      Richard: expect.closeTo(22.74444, 4),
      Samantha: null,
      Sarah: expect.closeTo(14.43333, 4),
      William: expect.closeTo(24.35, 4),
    })
  })

  it('gives the same figures when starts and completes are paired in order instead of by instance id', () => {
    const paired = computePerformance(log, activities, { resource: 'properties.resource' })
    expect(paired).toEqual(byInstanceId)
  })
})
