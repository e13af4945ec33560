import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildJourneyLog, computeFunnel, FunnelSpec, type JourneyLogInput } from '@parcours/core'
import { xesEvents } from '@parcours/ingest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from './cli-io.js'
import { runCli } from './run-cli.js'

const data = new URL('../../../../shared/data/', import.meta.url).pathname
const folder = mkdtempSync(join(tmpdir(), 'parcours-analyze-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Runs `parcours` in-process on one database file. */
function cli(db: string) {
  return async (...args: string[]) => {
    let stdout = ''
    let stderr = ''
    const io: CliIo = {
      stdout: (text) => {
        stdout += text
      },
      stderr: (text) => {
        stderr += text
      },
      env: { PARCOURS_DB: join(folder, db) },
      cwd: folder,
    }
    const code = await runCli(['node', 'parcours', ...args], io)
    return { code, stdout, stderr }
  }
}

async function json<T>(run: ReturnType<typeof cli>, ...args: string[]): Promise<T> {
  const result = await run(...args, '--format', 'json')
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as T
}

interface Variants {
  totalVariants: number
  totalCases: number
  reworkCases: number
  reworkEvents: number
  rows: { sequence: string[]; cases: number; coverage: number }[]
}
interface ProcessMap {
  totalTransitions: number
  edges: { from: string; to: string; transitions: number; cases: number }[]
  startActivities: { activity: string; cases: number }[]
  endActivities: { activity: string; cases: number }[]
}

const countsOf = (items: { activity: string; cases: number }[]) =>
  Object.fromEntries(items.map((item) => [item.activity, item.cases]))

describe('parcours analyze on BPIC 2012', () => {
  const run = cli('bpic.duckdb')
  beforeAll(async () => {
    expect((await run('import', join(data, 'bpic2012/bpic2012.xes.gz'), '--summary', 'json')).code).toBe(0)
  }, 120_000)

  it('counts 4,366 variants by name', async () => {
    const variants = await json<Variants>(run, 'analyze', 'variants')
    expect(variants.totalVariants).toBe(4366)
    expect(variants.totalCases).toBe(13087)
  })

  it('counts 4,336 variants, 7,019 rework cases and 57,556 rework events on COMPLETE events', async () => {
    const variants = await json<Variants>(run, 'analyze', 'variants', '--lifecycle', 'complete', '--top', '10')
    expect(variants).toMatchObject({ totalVariants: 4336, reworkCases: 7019, reworkEvents: 57556 })
    expect(variants.rows).toHaveLength(11)
    expect(variants.rows.reduce((sum, row) => sum + row.cases, 0)).toBe(variants.totalCases)
  })

  it('totals 151,419 directly-follows transitions on COMPLETE events, 125 pairs by name on all', async () => {
    const complete = await json<ProcessMap>(run, 'analyze', 'process-map', '--lifecycle', 'complete')
    expect(complete.totalTransitions).toBe(151419)
    expect((await json<ProcessMap>(run, 'analyze', 'process-map')).edges).toHaveLength(125)
  })

  it('prints a table and a CSV of the same variants', async () => {
    const table = await run('analyze', 'variants', '--top', '3')
    expect(table.stdout).toContain('variants: 4366')
    expect(table.stdout).toContain('(other: 4363 variants)')
    const csv = await run('analyze', 'variants', '--top', '3', '--format', 'csv')
    expect(csv.stdout.split('\n')[0]).toBe('cases,coverage %,sequence')
    expect(csv.stdout.trim().split('\n')).toHaveLength(5)
  })

  it('gives the funnel of the core reference built straight from the XES file', async () => {
    const steps = ['A_SUBMITTED', 'A_PREACCEPTED', 'A_ACCEPTED', 'A_APPROVED']
    const cli = await json<{ steps: { name: string; count: number }[] }>(
      run,
      'analyze',
      'funnel',
      '--steps',
      steps.join(','),
      '--window',
      '30d',
      '--lifecycle',
      'complete',
    )
    const inputs: JourneyLogInput[] = []
    for await (const batch of xesEvents(join(data, 'bpic2012/bpic2012.xes.gz'), {
      fileId: 'bpic2012',
      onReject: () => undefined,
    }))
      for (const event of batch)
        if (event.properties['lifecycle:transition'] === 'COMPLETE')
          inputs.push({ ...event, seq: inputs.length + 1, customerId: String(event.userId) })
    const reference = computeFunnel(
      buildJourneyLog(inputs),
      FunnelSpec.parse({
        steps: steps.map((name) => ({ name, selector: { events: [name] } })),
        windowMs: 30 * 86_400_000,
      }),
    )
    expect(cli.steps.map((step) => step.count)).toEqual(reference.steps.map((step) => step.count))
    expect(cli.steps[0]?.count).toBe(13087)
    expect(cli.steps[3]?.count).toBeGreaterThan(0)
  }, 60_000)

  it('shows durations in a table the way a person reads them, and keeps milliseconds in CSV', async () => {
    const args = ['analyze', 'funnel', '--steps', 'A_SUBMITTED,A_PREACCEPTED', '--lifecycle', 'complete']
    const table = await run(...args)
    expect(table.stdout).toMatch(/median time/)
    expect(table.stdout).toMatch(/\d+(\.\d)? (s|min|h|d) /)
    const csv = await run(...args, '--format', 'csv')
    expect(csv.stdout.split('\n')[0]).toContain('median time ms')
  })

  it('checks declarative rules on every case', async () => {
    const rules = JSON.stringify([
      { kind: 'starts-with', activity: 'A_SUBMITTED' },
      { kind: 'absent', activity: 'Nothing' },
    ])
    const answer = await json<{ rules: { rules: { satisfiedCases: number; violatedCases: number }[] } }>(
      run,
      'analyze',
      'conformance',
      '--rules',
      rules,
    )
    expect(answer.rules.rules.map((rule) => rule.satisfiedCases)).toEqual([13087, 13087])
  })

  it('refuses an unknown classifier naming the field', async () => {
    const result = await run('analyze', 'variants', '--classifier', 'colour')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('classifier')
  })
})

describe('parcours analyze on the receipt, running-example and road-traffic logs', () => {
  it('gives exactly the 99 edges, start and end activities of pm4py on receipt, and 116 variants', async () => {
    const run = cli('receipt.duckdb')
    expect((await run('import', join(data, 'receipt/receipt.xes.gz'), '--summary', 'json')).code).toBe(0)
    const reference = JSON.parse(readFileSync(join(data, 'receipt/pm4py-notebook-reference.json'), 'utf8')) as {
      dfg_frequency: { from: string; to: string; count: number }[]
      start_activities: Record<string, number>
      end_activities: Record<string, number>
    }
    const map = await json<ProcessMap>(run, 'analyze', 'process-map')
    const edges = (list: { from: string; to: string }[], count: (edge: never) => number) =>
      Object.fromEntries(list.map((edge) => [`${edge.from} → ${edge.to}`, count(edge as never)]))
    expect(edges(map.edges, (edge: { transitions: number }) => edge.transitions)).toEqual(
      edges(reference.dfg_frequency, (edge: { count: number }) => edge.count),
    )
    expect(countsOf(map.startActivities)).toEqual(reference.start_activities)
    expect(countsOf(map.endActivities)).toEqual(reference.end_activities)
    expect((await json<Variants>(run, 'analyze', 'variants')).totalVariants).toBe(116)
  }, 60_000)

  it('gives 6 variants and 16 edges on the running example, with its start and end activities', async () => {
    const run = cli('running.duckdb')
    expect((await run('import', join(data, 'running-example/running-example.xes'), '--summary', 'json')).code).toBe(0)
    expect((await json<Variants>(run, 'analyze', 'variants')).totalVariants).toBe(6)
    const map = await json<ProcessMap>(run, 'analyze', 'process-map')
    expect(map.edges).toHaveLength(16)
    expect(countsOf(map.startActivities)).toEqual({ 'register request': 6 })
    expect(countsOf(map.endActivities)).toEqual({ 'pay compensation': 3, 'reject request': 3 })
  })

  it('gives 10 variants and 18 edges on the 100 road-traffic traces', async () => {
    const run = cli('road.duckdb')
    expect(
      (await run('import', join(data, 'road-traffic-fines-sample/roadtraffic100traces.xes'), '--summary', 'json')).code,
    ).toBe(0)
    expect((await json<Variants>(run, 'analyze', 'variants')).totalVariants).toBe(10)
    expect((await json<ProcessMap>(run, 'analyze', 'process-map')).edges).toHaveLength(18)
  })
})

describe('parcours analyze measure, conformance and kpi on a map', () => {
  it('measures the nine-steps map on imported events, with the NPS of its survey touchpoint', async () => {
    const run = cli('measure.duckdb')
    const csv = [
      'user_id,event,timestamp,channel,survey,score',
      'u1,Product Viewed,2026-01-01T09:00:00Z,web,,',
      'u1,Product Added,2026-01-01T09:05:00Z,web,,',
      'u1,Checkout Started,2026-01-01T09:10:00Z,web,,',
      'u1,Survey Answered,2026-01-03T09:00:00Z,email,nps,10',
      'u2,Product Viewed,2026-01-01T10:00:00Z,app,,',
      'u2,Survey Answered,2026-01-02T09:00:00Z,email,nps,3',
      'u3,Product Viewed,2026-01-01T11:00:00Z,web,,',
    ].join('\n')
    writeFileSync(join(folder, 'shop.csv'), csv)
    expect((await run('import', join(folder, 'shop.csv'), '--summary', 'json')).code).toBe(0)
    expect(
      (await run('map', 'new', '--template', 'nine-steps', '--lang', 'en', '--out', join(folder, 'nine.json'))).code,
    ).toBe(0)
    expect((await run('map', 'import', join(folder, 'nine.json'), '--id', 'nine')).code).toBe(0)

    const measured = await json<{
      casesOnMap: number
      stages: {
        stageId: string
        reach: number
        conversionFromPrevious: number | null
        touchpoints: {
          touchpointId: string
          kpis: { kpiId: string; value: { value: number; sampleSize: number } | null }[]
        }[]
      }[]
    }>(run, 'analyze', 'measure', '--map', 'nine')
    expect(measured.casesOnMap).toBe(3)
    const stage = (id: string) => measured.stages.find((candidate) => candidate.stageId === id)
    expect(stage('selection')?.reach).toBe(3)
    expect(stage('payment')?.reach).toBe(1)
    const nps = stage('feedback')?.touchpoints.find((t) => t.touchpointId === 'tp-satisfaction-survey')?.kpis[0]
    // one promoter (10), one detractor (3): 50 % − 50 % = 0, on 2 answers.
    expect(nps?.value).toMatchObject({ value: 0, sampleSize: 2 })

    const table = await run('analyze', 'measure', '--map', 'nine')
    expect(table.stdout).toContain('cases on the map: 3')

    const kpi = await json<{ value: number; sampleSize: number; formula: string }>(
      run,
      'analyze',
      'kpi',
      '--kind',
      'nps',
    )
    expect(kpi).toMatchObject({ value: 0, sampleSize: 2 })

    const conformance = await json<{
      model: { totalCases: number; deviations: { kind: string; touchpointId: string }[] }
    }>(run, 'analyze', 'conformance', '--map', 'nine')
    expect(conformance.model.totalCases).toBe(3)
    expect(
      conformance.model.deviations.some((d) => d.kind === 'skipped-step' && d.touchpointId === 'tp-add-to-cart'),
    ).toBe(true)

    const byTouchpoint = await json<{ rows: { sequence: string[]; cases: number }[] }>(
      run,
      'analyze',
      'variants',
      '--classifier',
      'touchpoint',
      '--map',
      'nine',
    )
    expect(byTouchpoint.rows.map((row) => [row.sequence.join(' → '), row.cases])).toEqual([
      ['Product page and customer reviews', 1],
      ['Product page and customer reviews → Add to cart → Payment page → Satisfaction survey (NPS)', 1],
      ['Product page and customer reviews → Satisfaction survey (NPS)', 1],
    ])
    const unnamed = await run('analyze', 'variants', '--classifier', 'touchpoint')
    expect(unnamed.code).toBe(1)
    expect(unnamed.stderr).toContain('needs a map')
    expect((await run('analyze', 'measure')).stderr).toContain('mapId')

    const missing = await run('analyze', 'measure', '--map', 'nope')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no map "nope"')
  }, 60_000)
})
