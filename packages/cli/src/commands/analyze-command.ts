import { AnalysisRequest, describeCostCsvError, type JourneyMap, type ParcoursStore } from '@parcours/core'
import { createAnalysisThreads, runProjectAnalysis } from '@parcours/server'
import Table from 'cli-table3'
import type { Command } from 'commander'
import { stringify } from 'csv-stringify/sync'
import { analysisTable } from '../analysis-table.js'
import { CliError, type CliIo, parseFormat } from '../cli-io.js'
import { resolveProject, withStore } from '../open-store.js'
import {
  type FunnelFlags,
  funnelOf,
  int,
  readJsonFlag,
  readTextFlag,
  type ScopeFlags,
  scopeOf,
  withFunnelOptions,
  withScopeOptions,
} from './analyze-options.js'

/** Checks a request built from flags; a problem names the flag's field. */
function parseRequest(raw: unknown): AnalysisRequest {
  const parsed = AnalysisRequest.safeParse(raw)
  if (parsed.success) return parsed.data
  const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`)
  throw new CliError('invalid analysis options', 2, details)
}

/** Runs a request (inside ClickHouse when it can, else on the project's journey log) and prints it in the chosen format. */
async function runAndPrint(io: CliIo, flags: ScopeFlags, raw: Record<string, unknown>): Promise<void> {
  const format = parseFormat(flags.format, ['table', 'json', 'csv'] as const)
  const request = parseRequest({ ...scopeOf(io, flags), ...raw })
  await withStore(io, flags, async (store) => {
    const project = await resolveProject(store.documents, flags.project)
    const map = await mapOf(store, project.id, request)
    const context = map === undefined ? {} : { map }
    const analyses = createAnalysisThreads()
    const outcome = await runProjectAnalysis(store, analyses, project.id, request, context).finally(() =>
      analyses.close(),
    )
    if (!outcome.ok) {
      const details = outcome.error.code === 'invalid-costs' ? outcome.error.errors.map(describeCostCsvError) : []
      throw new CliError(outcome.error.message, 1, details)
    }
    const { answer } = outcome.value
    if (format === 'json') {
      io.stdout(`${JSON.stringify(answer.result, null, 2)}\n`)
      return
    }
    const table = analysisTable(answer)
    if (format === 'csv') {
      io.stdout(stringify([table.columns, ...table.rows]))
      return
    }
    for (const [label, value] of table.headline) io.stdout(`${label}: ${value}\n`)
    // Durations are milliseconds in JSON and CSV; a table shows them the way a person reads them.
    const isDuration = table.columns.map((column) => column.endsWith(' ms'))
    const grid = new Table({ head: table.columns.map((column) => column.replace(/ ms$/, '')) })
    for (const row of table.rows)
      grid.push(
        row.map((cell, i) =>
          cell === null ? '—' : typeof cell !== 'number' ? cell : isDuration[i] ? humanDuration(cell) : round(cell),
        ),
      )
    io.stdout(`${grid.toString()}\n`)
  })
}

/** The map a request names (conformance, measure), from the project's documents. */
async function mapOf(
  store: ParcoursStore,
  projectId: string,
  request: AnalysisRequest,
): Promise<JourneyMap | undefined> {
  const mapId = 'mapId' in request ? request.mapId : undefined
  if (mapId === undefined) return undefined
  const found = await store.documents.get({ kind: 'map', projectId, id: mapId })
  if (!found.ok) throw new CliError(`no map "${mapId}" in project ${projectId} (see parcours map list)`)
  return found.value.body
}

/** `850 ms`, `12.3 s`, `4.5 min`, `3.2 h`, `13.8 d`. */
export function humanDuration(ms: number): string {
  const units: readonly [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
  ]
  for (const [size, unit] of units) if (Math.abs(ms) >= size) return `${Number((ms / size).toFixed(1))} ${unit}`
  return `${Math.round(ms)} ms`
}

const round = (value: number) => (Number.isInteger(value) ? value : Number(value.toFixed(2)))

/** `parcours analyze …`: the journey analyses of a project's events, as a table, JSON or CSV. */
export function registerAnalyzeCommand(program: Command, io: CliIo): void {
  const analyze = program
    .command('analyze')
    .description('analyse the journeys of a project (variants, paths, process map…)')

  withScopeOptions(analyze.command('variants').description('the variants: distinct activity sequences and their cases'))
    .option('--top <n>', 'keep the N most frequent variants and sum the rest into "other"')
    .action((flags: ScopeFlags & { top?: string }) =>
      runAndPrint(io, flags, { analysis: 'variants', ...(flags.top === undefined ? {} : { top: int(flags.top) }) }),
    )

  withScopeOptions(
    analyze.command('paths').description('the paths after (or before) an activity, with Sankey data in JSON'),
  )
    .option('--anchor <activity>', 'the activity paths start from (or lead to)')
    .option('--direction <direction>', 'after or before', 'after')
    .option('--depth <n>', 'how many activities to follow', '5')
    .option('--top <n>', 'per step, keep the N most frequent activities as Sankey nodes')
    .option('--top-paths <n>', 'keep the N most frequent paths in the table')
    .action(
      (flags: ScopeFlags & { anchor?: string; direction: string; depth: string; top?: string; topPaths?: string }) =>
        runAndPrint(io, flags, {
          analysis: 'paths',
          direction: flags.direction,
          depth: int(flags.depth),
          ...(flags.anchor === undefined ? {} : { anchor: flags.anchor }),
          ...(flags.top === undefined ? {} : { top: int(flags.top) }),
          ...(flags.topPaths === undefined ? {} : { topPaths: int(flags.topPaths) }),
        }),
    )

  withScopeOptions(
    analyze.command('process-map').description('the directly-follows graph: edges, activities, start and end'),
  ).action((flags: ScopeFlags) => runAndPrint(io, flags, { analysis: 'process-map' }))

  withFunnelOptions(
    withScopeOptions(analyze.command('funnel').description('a funnel: counts, conversion, drop-off and time per step')),
  ).action((flags: FunnelFlags) => runAndPrint(io, flags, { analysis: 'funnel', funnel: funnelOf(io, flags) }))

  withFunnelOptions(
    withScopeOptions(
      analyze.command('compare').description('one funnel on two segments, with confidence intervals and a test'),
    ),
  )
    .requiredOption('--segment-a <json>', 'the first segment, as JSON or @file.json')
    .requiredOption('--segment-b <json>', 'the second segment, as JSON or @file.json')
    .action((flags: FunnelFlags & { segmentA: string; segmentB: string }) =>
      runAndPrint(io, flags, {
        analysis: 'compare-segments',
        funnel: funnelOf(io, flags),
        segments: [readJsonFlag(io, 'segment-a', flags.segmentA), readJsonFlag(io, 'segment-b', flags.segmentB)],
      }),
    )

  withScopeOptions(
    analyze.command('kpi').description('one KPI with its formula and sample size (NPS, CSAT, CES, conversion…)'),
  )
    .option('--spec <json>', 'the KPI, as JSON or @file.json (e.g. {"kind":"csat","method":"top-2-box"})')
    .option('--kind <kind>', 'a survey KPI with its defaults: nps, csat or ces')
    .option('--costs <file>', 'cost data CSV (date, channel and/or campaign, amount) for CPC, CPL, cost per conversion')
    .action((flags: ScopeFlags & { spec?: string; kind?: string; costs?: string }) => {
      const defaults: Record<string, unknown> = {
        nps: { kind: 'nps' },
        csat: { kind: 'csat', method: 'top-2-box' },
        ces: { kind: 'ces', method: 'mean' },
      }
      const kpi = flags.spec !== undefined ? readJsonFlag(io, 'spec', flags.spec) : defaults[flags.kind ?? '']
      if (kpi === undefined) throw new CliError('give the KPI with --spec, or --kind nps|csat|ces', 2)
      return runAndPrint(io, flags, {
        analysis: 'kpi',
        kpi,
        ...(flags.costs === undefined ? {} : { costs: readTextFlag(io, 'costs', flags.costs) }),
      })
    })

  withScopeOptions(
    analyze.command('conformance').description("how far journeys follow a map's designed model, and declarative rules"),
  )
    .option('--rules <json>', 'declarative rules (precedes, responded-by, starts-with…), as JSON or @file.json')
    .option('--examples <n>', 'example cases listed per deviation or rule (default 5)')
    .action((flags: ScopeFlags & { rules?: string; examples?: string }) =>
      runAndPrint(io, flags, {
        analysis: 'conformance',
        ...(flags.rules === undefined ? {} : { rules: readJsonFlag(io, 'rules', flags.rules) }),
        ...(flags.examples === undefined ? {} : { exampleCases: int(flags.examples) }),
      }),
    )

  withScopeOptions(
    analyze.command('measure').description('every stage and touchpoint of a map measured: the measured overlay'),
  )
    .option('--costs <file>', 'cost data CSV for the cost KPIs of the map')
    .option('--deviations <n>', 'deviations listed per stage (default 3)')
    .action((flags: ScopeFlags & { costs?: string; deviations?: string }) =>
      runAndPrint(io, flags, {
        analysis: 'measure',
        ...(flags.costs === undefined ? {} : { costs: readTextFlag(io, 'costs', flags.costs) }),
        ...(flags.deviations === undefined ? {} : { deviationsPerStage: int(flags.deviations) }),
      }),
    )

  withScopeOptions(
    analyze.command('performance').description('throughput and processing times (start/complete lifecycles)'),
  )
    .option('--instance <path>', 'the activity-instance property (e.g. properties.activity_instance)')
    .option('--resource <path>', 'the resource property (e.g. properties.org:resource)')
    .action((flags: ScopeFlags & { instance?: string; resource?: string }) =>
      runAndPrint(io, flags, {
        analysis: 'performance',
        ...(flags.instance === undefined ? {} : { instance: flags.instance }),
        ...(flags.resource === undefined ? {} : { resource: flags.resource }),
      }),
    )
}
