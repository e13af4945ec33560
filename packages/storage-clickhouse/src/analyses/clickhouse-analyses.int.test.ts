import {
  classify,
  computeFunnel,
  computeProcessMap,
  computeVariants,
  type FunnelSpec,
  ok,
  summarize,
} from '@parcours/core'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ClickHouseServers, startClickHouseServers } from '../testing/clickhouse-servers.js'
import { clickhouseFunnel, clickhouseFunnelProblems } from './clickhouse-funnel.js'
import { clickhouseProcessMap } from './clickhouse-process-map.js'
import { clickhouseVariants } from './clickhouse-variants.js'
import {
  clusterTarget,
  type JourneyRow,
  type JourneyTarget,
  journeyLogOf,
  NAMES,
  randomJourney,
  randomOrderedFunnel,
  singleServerTarget,
} from './journey-tables.fixture.js'
import { sqlText } from './sql-text-literal.js'

let single: ClickHouseServers
let cluster: ClickHouseServers
let targets: JourneyTarget[] = []
beforeAll(async () => {
  single = await startClickHouseServers({ shards: 1 })
  cluster = await startClickHouseServers({ shards: 2 })
  const [server] = single.servers
  if (server === undefined) throw new Error('no server')
  targets = [
    await singleServerTarget(server),
    await clusterTarget(cluster, 'journey', false),
    await clusterTarget(cluster, 'journey_split', true),
  ]
}, 120_000)
afterAll(async () => {
  await single?.stop()
  await cluster?.stop()
})

let projects = 0
/** Writes the rows under a fresh project on every target (plus one decoy row in another project) and answers the project. */
async function load(rows: readonly JourneyRow[]): Promise<string> {
  const project = `p'${++projects}`
  const decoy: JourneyRow = { customer: 'c1', ts: 5, seq: 1, name: 'decoy', lifecycle: '', channel: '' }
  for (const target of targets) {
    await target.insert(project, rows)
    await target.insert(`${project}-other`, [decoy])
  }
  return project
}

const table = 'journey'
const tableOf = (target: JourneyTarget) => (target.name.includes('split') ? 'journey_split' : table)

it('the split table really holds one customer on both shards (so results do not rest on co-location)', async () => {
  const rows = [1, 2, 3, 4].map((ts, seq) => ({ customer: 'x', ts, seq, name: 'a', lifecycle: '', channel: '' }))
  const project = await load(rows)
  const counts = await Promise.all(
    cluster.servers.map(async (server) =>
      Number(await server.query(`SELECT count() FROM journey_split_local WHERE project = ${sqlText(project)}`)),
    ),
  )
  expect(counts).toEqual([2, 2])
})

describe('variants', () => {
  it('equal core on hand-picked cases: ties by sequence, a prefix first, rework, top N with ties at the cut', async () => {
    const rows: JourneyRow[] = [
      ['x', 1, 'a'],
      ['x', 2, 'b'],
      ['y', 1, 'a'],
      ['z', 1, 'a'],
      ['z', 1, 'a'],
      ['w', 3, 'b'],
      ['w', 3, 'a'],
    ].map(([customer, ts, name], seq) => ({
      customer: customer as string,
      ts: ts as number,
      seq,
      name: name as string,
      lifecycle: '',
      channel: '',
    }))
    const project = await load(rows)
    const log = journeyLogOf(rows)
    for (const top of [undefined, 0, 1, 2, 4, 10])
      for (const target of targets)
        expect(
          await clickhouseVariants(target.query, {
            table: tableOf(target),
            project,
            ...(top === undefined ? {} : { top }),
          }),
          `${target.name}, top ${top}`,
        ).toEqual(computeVariants(log, classify(log, 'name'), top === undefined ? {} : { top }))
  })

  it('equal core on random logs, on one server and on two shards', async () => {
    await fc.assert(
      fc.asyncProperty(randomJourney, fc.option(fc.nat(5), { nil: undefined }), async (rows, top) => {
        const project = await load(rows)
        const log = journeyLogOf(rows)
        const expected = computeVariants(log, classify(log, 'name'), top === undefined ? {} : { top })
        for (const target of targets)
          expect(
            await clickhouseVariants(target.query, {
              table: tableOf(target),
              project,
              ...(top === undefined ? {} : { top }),
            }),
            target.name,
          ).toEqual(expected)
      }),
      { seed: 20261122, numRuns: 40 },
    )
  })

  it('refuses a top that is not a natural number', async () => {
    const [target] = targets
    if (target === undefined) throw new Error('no target')
    await expect(clickhouseVariants(target.query, { table, project: 'p', top: -1 })).rejects.toThrow(RangeError)
  })
})

describe('process map', () => {
  it('equals core on random logs, durations included (type-7 median and p90), on one server and on two shards', async () => {
    await fc.assert(
      fc.asyncProperty(randomJourney, async (rows) => {
        const project = await load(rows)
        const log = journeyLogOf(rows)
        const expected = computeProcessMap(log, classify(log, 'name'))
        for (const target of targets)
          expect(await clickhouseProcessMap(target.query, { table: tableOf(target), project }), target.name).toEqual(
            expected,
          )
      }),
      { seed: 1122, numRuns: 40 },
    )
  })

  it('interpolates the median and p90 between order statistics, as core does', async () => {
    // One edge a → b with durations 1, 2, 4, 8 and 100: median 4, p90 = 8 + 0.6 × 92.
    const durations = [1, 2, 4, 8, 100]
    const rows = durations.flatMap((duration, c) => [
      { customer: `k${c}`, ts: 10, seq: 2 * c, name: 'a', lifecycle: '', channel: '' },
      { customer: `k${c}`, ts: 10 + duration, seq: 2 * c + 1, name: 'b', lifecycle: '', channel: '' },
    ])
    const project = await load(rows)
    for (const target of targets) {
      const map = await clickhouseProcessMap(target.query, { table: tableOf(target), project })
      expect(map.edges).toEqual([{ from: 'a', to: 'b', transitions: 5, cases: 5, duration: summarize(durations) }])
      expect(map.edges[0]?.duration).toMatchObject({ mean: 23, median: 4, p90: expect.closeTo(63.2, 9) })
    }
  })
})

/** Random ordered funnels over the random logs' names: 1–4 steps, optional steps, exclusions, every countBy. */
const randomFunnel = randomOrderedFunnel(NAMES, [1, 5, 7.5, 20, 1_000_000, 1e300])

describe('funnel', () => {
  it('equals core on random logs and random ordered funnels, on one server and on two shards', async () => {
    await fc.assert(
      fc.asyncProperty(randomJourney, randomFunnel, async (rows, spec) => {
        const project = await load(rows)
        const expected = ok(computeFunnel(journeyLogOf(rows), spec))
        for (const target of targets)
          expect(
            await clickhouseFunnel(target.query, { table: tableOf(target), project, spec }),
            `${target.name}: ${JSON.stringify(spec)}`,
          ).toEqual(expected)
      }),
      { seed: 61, numRuns: 60 },
    )
  })

  const ab = (extra: Partial<FunnelSpec> = {}): FunnelSpec => ({
    steps: [
      { name: 'A', selector: { events: ['a'] } },
      { name: 'B', selector: { events: ['b'] } },
    ],
    mode: 'ordered',
    windowMs: 10,
    exclusions: [],
    countBy: 'case',
    ...extra,
  })
  const journey = (events: readonly (readonly [string, number])[]): JourneyRow[] =>
    events.map(([name, ts], seq) => ({ customer: 'u', ts, seq, name, lifecycle: '', channel: '' }))

  it.each([
    {
      case: 'equal timestamps follow seq: a then b converts',
      events: [
        ['a', 5],
        ['b', 5],
      ],
      reached: 1,
    },
    {
      case: 'equal timestamps follow seq: b then a does not',
      events: [
        ['b', 5],
        ['a', 5],
      ],
      reached: 0,
    },
    {
      case: 'the window includes its bound',
      events: [
        ['a', 0],
        ['b', 10],
      ],
      reached: 1,
    },
    {
      case: 'past the window no conversion',
      events: [
        ['a', 0],
        ['b', 11],
      ],
      reached: 0,
    },
    {
      case: 'a later start converts where the first does not (deepest over any start)',
      events: [
        ['a', 0],
        ['a', 8],
        ['b', 15],
      ],
      reached: 1,
    },
  ] as const)('$case', async ({ events, reached }) => {
    const rows = journey(events)
    const project = await load(rows)
    const expected = computeFunnel(journeyLogOf(rows), ab())
    expect(expected.steps[1]?.count).toBe(reached)
    for (const target of targets)
      expect(
        await clickhouseFunnel(target.query, { table: tableOf(target), project, spec: ab() }),
        target.name,
      ).toEqual(ok(expected))
  })

  it.each([
    { problem: 'strict mode', spec: ab({ mode: 'strict' }), path: ['mode'] },
    { problem: 'unordered mode', spec: ab({ mode: 'unordered' }), path: ['mode'] },
    {
      problem: 'a breakdown',
      spec: ab({ breakdown: { property: 'properties.x', attribution: 'first-touch' } }),
      path: ['breakdown'],
    },
    {
      problem: 'a step window',
      spec: ab({
        steps: [
          { name: 'A', selector: { events: ['a'] } },
          { name: 'B', selector: { events: ['b'] }, window: 5 },
        ],
      }),
      path: ['steps', 1, 'window'],
    },
    {
      problem: 'a channel in a selector',
      spec: ab({
        steps: [
          { name: 'A', selector: { events: ['a'], channels: ['web'] } },
          { name: 'B', selector: { events: ['b'] } },
        ],
      }),
      path: ['steps', 0, 'selector'],
    },
  ])('answers an error for $problem', async ({ spec, path }) => {
    expect(clickhouseFunnelProblems(spec).map((problem) => problem.path)).toEqual([path])
    const [target] = targets
    if (target === undefined) throw new Error('no target')
    const result = await clickhouseFunnel(target.query, { table, project: 'none', spec })
    expect(result.ok).toBe(false)
  })
})
