import { availableParallelism } from 'node:os'
import {
  AnalysisRequest,
  buildJourneyLog,
  type FunnelSpecInput,
  type JourneyLog,
  type JourneyLogInput,
  type PropertyColumn,
  runAnalysis,
} from '@parcours/core'
import { createAnalysisThreads } from '@parcours/server'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The analysis runner of the server and the CLI (packages/server/src/analysis-threads): funnels
 * and process maps split over real worker threads give exactly core's answer, and stay on one
 * thread when they cannot be split.
 */

const NAMES = ['a', 'b', 'c', 'd'] as const
const CHANNELS = ['web', 'app', null] as const

/** A seeded multichannel log: `customers` customers, each with up to 30 events over 30 days. */
function randomInputs(seed: number, customers: number): JourneyLogInput[] {
  const journeys = fc.sample(
    fc.array(
      fc.record({
        name: fc.constantFrom(...NAMES),
        channel: fc.constantFrom(...CHANNELS),
        time: fc.integer({ min: 0, max: 30 * 86_400_000 }),
        value: fc.constantFrom('u', 'v', 'w', null),
        order: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 30 },
    ),
    { seed, numRuns: customers },
  )
  let seq = 0
  return journeys.flatMap((events, customer) =>
    events.map((event) => ({
      type: 'track' as const,
      name: event.name,
      timestamp: event.time,
      seq: seq++,
      channel: event.channel,
      properties: { order: `${customer}-${event.order}`, ...(event.value === null ? {} : { v: event.value }) },
      traits: {},
      context: {},
      customerId: `customer-${customer}`,
    })),
  )
}

/** The log with every column over a SharedArrayBuffer, as the DuckDB journey index builds it. */
function sharedCopy(log: JourneyLog): JourneyLog {
  const share = <A extends Int32Array | Float64Array>(array: A): A => {
    const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => A)(
      new SharedArrayBuffer(array.byteLength),
    )
    copy.set(array)
    return copy
  }
  const properties = new Map<string, PropertyColumn>()
  return {
    ...log,
    caseOffsets: share(log.caseOffsets),
    caseCustomer: share(log.caseCustomer),
    name: share(log.name),
    lifecycle: share(log.lifecycle),
    channel: share(log.channel),
    time: share(log.time),
    seq: share(log.seq),
    property(path) {
      let column = properties.get(path)
      if (column === undefined) {
        const original = log.property(path)
        column = { ...original, codes: share(original.codes) }
        properties.set(path, column)
      }
      return column
    },
  }
}

const step = (name: string, extra: object = {}) => ({ name: `step ${name}`, selector: { events: [name] }, ...extra })
const DAY = 86_400_000

const FUNNELS: Record<string, FunnelSpecInput> = {
  'plain ordered, by customer': { steps: [step('a'), step('b'), step('c')], countBy: 'customer', windowMs: 7 * DAY },
  'ordered with an optional step, a step window and an exclusion, by case': {
    steps: [step('a'), step('b', { optional: true }), step('c', { window: 3 * DAY }), step('d')],
    exclusions: [{ selector: { events: ['d'] }, afterStep: 1, beforeStep: 3 }],
    countBy: 'case',
  },
  'strict, by attempt': { steps: [step('a'), step('b'), step('a')], mode: 'strict', countBy: 'attempt' },
  'unordered with a breakdown': {
    steps: [step('a'), step('c'), step('d')],
    mode: 'unordered',
    countBy: 'customer',
    breakdown: { property: 'properties.v', attribution: 'last-touch', top: 2 },
  },
  'with channel and property conditions': {
    steps: [
      step('a'),
      { name: 'b on the web', selector: { events: ['b'], channels: ['web'] } },
      {
        name: 'c with v',
        selector: { events: ['c'], where: [{ op: 'in', property: 'properties.v', values: ['u', 'w'] }] },
      },
    ],
    countBy: 'customer',
    breakdown: { property: 'properties.v', attribution: { step: 2 } },
  },
}

const runs: { analysis: string; parts: number; byCaller: number }[] = []
/** Three threads, eight chunks each. */
const SPLIT = 24
const threads = createAnalysisThreads({ threads: 3, minEvents: 0, onRun: (run) => runs.push(run) })
afterAll(() => threads.close())

/** Runs `request` through the threads and through core, and answers in how many parts it ran. */
async function compare(log: JourneyLog, input: Record<string, unknown>): Promise<number> {
  const request = AnalysisRequest.parse(input)
  runs.length = 0
  const answer = await threads.run(log, request)
  expect(answer).toEqual(runAnalysis(log, request))
  expect(runs).toHaveLength(1)
  return (runs[0] as { parts: number }).parts
}

describe('analyses on worker threads', () => {
  const customerLog = sharedCopy(buildJourneyLog(randomInputs(1, 400)))

  it('split funnels over three threads and give core’s answer for every mode, option and counting unit', async () => {
    for (const funnel of Object.values(FUNNELS)) {
      expect(await compare(customerLog, { analysis: 'funnel', funnel })).toBe(SPLIT)
    }
  })

  it('split process maps over three threads and give core’s answer', async () => {
    expect(await compare(customerLog, { analysis: 'process-map' })).toBe(SPLIT)
    const byOrder = sharedCopy(buildJourneyLog(randomInputs(7, 300), { caseProperty: 'order' }))
    expect(await compare(byOrder, { analysis: 'process-map', caseProperty: 'order' })).toBe(SPLIT)
  })

  it('give core’s answer on many random logs, whatever the sizes of the parts', async () => {
    for (let seed = 2; seed < 40; seed++) {
      const log = sharedCopy(buildJourneyLog(randomInputs(seed, 1 + (seed % 9))))
      for (const funnel of Object.values(FUNNELS)) await compare(log, { analysis: 'funnel', funnel })
      await compare(log, { analysis: 'process-map' })
    }
  })

  it('keep on one thread what cannot be split, with the same answer', async () => {
    const funnel = FUNNELS['plain ordered, by customer']
    // A customer with several cases (cases by order) counted by customer: cases of one unit could fall apart.
    const byOrder = sharedCopy(buildJourneyLog(randomInputs(1, 400), { caseProperty: 'order' }))
    expect(await compare(byOrder, { analysis: 'funnel', funnel })).toBe(1)
    expect(await compare(byOrder, { analysis: 'funnel', funnel: { ...funnel, countBy: 'case' } })).toBe(SPLIT)
    // A filtered log is a private copy.
    expect(await compare(customerLog, { analysis: 'funnel', funnel, channels: ['web'] })).toBe(1)
    // Columns outside shared memory would be copied to each thread.
    expect(await compare(buildJourneyLog(randomInputs(1, 400)), { analysis: 'funnel', funnel })).toBe(1)
    // Process maps of other classifiers, or of some lifecycles.
    expect(await compare(customerLog, { analysis: 'process-map', classifier: 'name+channel' })).toBe(1)
    expect(await compare(customerLog, { analysis: 'process-map', lifecycle: ['complete'] })).toBe(1)
    // Other analyses.
    expect(await compare(customerLog, { analysis: 'variants', top: 5 })).toBe(1)
  })

  it('can leave every chunk to the workers, the calling thread only waiting', async () => {
    const workersOnly = createAnalysisThreads({
      threads: 3,
      minEvents: 0,
      callerComputes: false,
      onRun: (run) => runs.push(run),
    })
    for (const request of [
      ...Object.values(FUNNELS).map((funnel) => ({ analysis: 'funnel', funnel })),
      { analysis: 'process-map' },
    ]) {
      const parsed = AnalysisRequest.parse(request)
      runs.length = 0
      expect(await workersOnly.run(customerLog, parsed)).toEqual(runAnalysis(customerLog, parsed))
      expect(runs).toEqual([{ analysis: parsed.analysis, parts: SPLIT, byCaller: 0 }])
    }
    await workersOnly.close()
  })

  it('keep small logs on the calling thread (the default threshold)', async () => {
    const small = createAnalysisThreads({ threads: 3, onRun: (run) => runs.push(run) })
    runs.length = 0
    const request = AnalysisRequest.parse({ analysis: 'funnel', funnel: FUNNELS['plain ordered, by customer'] })
    expect(await small.run(customerLog, request)).toEqual(runAnalysis(customerLog, request))
    expect(runs).toEqual([{ analysis: 'funnel', parts: 1, byCaller: 1 }])
    await small.close()
  })

  it('use as many threads as PARCOURS_ANALYSIS_THREADS says, else as the machine has', async () => {
    const before = process.env.PARCOURS_ANALYSIS_THREADS
    const request = AnalysisRequest.parse({ analysis: 'process-map' })
    try {
      delete process.env.PARCOURS_ANALYSIS_THREADS
      const unset = createAnalysisThreads({ minEvents: 0, onRun: (run) => runs.push(run) })
      process.env.PARCOURS_ANALYSIS_THREADS = '1'
      const one = createAnalysisThreads({ minEvents: 0, onRun: (run) => runs.push(run) })
      process.env.PARCOURS_ANALYSIS_THREADS = '3'
      const three = createAnalysisThreads({ minEvents: 0, onRun: (run) => runs.push(run) })
      runs.length = 0
      await unset.run(customerLog, request)
      await one.run(customerLog, request)
      await three.run(customerLog, request)
      // 8 chunks per thread (one thread: no chunks).
      const machine = availableParallelism()
      expect(runs.map((run) => run.parts)).toEqual([machine === 1 ? 1 : machine * 8, 1, 24])
      await Promise.all([unset.close(), one.close(), three.close()])
    } finally {
      if (before === undefined) delete process.env.PARCOURS_ANALYSIS_THREADS
      else process.env.PARCOURS_ANALYSIS_THREADS = before
    }
  })

  it('refuse a malformed PARCOURS_ANALYSIS_THREADS', () => {
    const before = process.env.PARCOURS_ANALYSIS_THREADS
    process.env.PARCOURS_ANALYSIS_THREADS = 'two'
    try {
      expect(() => createAnalysisThreads()).toThrow(/PARCOURS_ANALYSIS_THREADS must be a whole number ≥ 1, got "two"/)
    } finally {
      if (before === undefined) delete process.env.PARCOURS_ANALYSIS_THREADS
      else process.env.PARCOURS_ANALYSIS_THREADS = before
    }
  })
})
