import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { AnalysisRequest, propertiesOfRequest, runAnalysis } from '@parcours/core'
import Table from 'cli-table3'
import type { Command } from 'commander'
import { stringify } from 'csv-stringify/sync'
import { analysisTable } from '../analysis-table.js'
import { CliError, type CliIo, parseFormat } from '../cli-io.js'
import { resolveProject, type StoreOptions, withStore } from '../open-store.js'

/** The options every analysis takes (the scope of `AnalysisRequest`). */
interface ScopeFlags extends StoreOptions {
  readonly case?: string
  readonly classifier: string
  readonly lifecycle?: string
  readonly segment?: string
  readonly channel?: string
  readonly from?: string
  readonly to?: string
  readonly format: string
}

const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
const int = (value: string | undefined) => (value === undefined ? undefined : Number(value))

/** A JSON value given inline or as `@file.json`. */
function readJsonFlag(io: CliIo, flag: string, value: string): unknown {
  const text = value.startsWith('@') ? readFileSync(resolve(io.cwd, value.slice(1)), 'utf8') : value
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`--${flag} is not valid JSON: ${(error as Error).message}`, 2)
  }
}

function scopeOf(io: CliIo, flags: ScopeFlags) {
  return {
    classifier: flags.classifier,
    ...(flags.case === undefined ? {} : { caseProperty: flags.case }),
    ...(flags.lifecycle === undefined ? {} : { lifecycle: list(flags.lifecycle) }),
    ...(flags.segment === undefined ? {} : { segment: readJsonFlag(io, 'segment', flags.segment) }),
    ...(flags.channel === undefined ? {} : { channels: list(flags.channel) }),
    ...(flags.from === undefined ? {} : { from: flags.from }),
    ...(flags.to === undefined ? {} : { to: flags.to }),
  }
}

/** Checks a request built from flags; a problem names the flag's field. */
function parseRequest(raw: unknown): AnalysisRequest {
  const parsed = AnalysisRequest.safeParse(raw)
  if (parsed.success) return parsed.data
  const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`)
  throw new CliError('invalid analysis options', 2, details)
}

function withScopeOptions(command: Command): Command {
  return command
    .option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
    .option('--project <id>', 'project (default: the only one, or "default")')
    .option('--case <property>', 'case notion: a property naming the case (default: one case per customer)')
    .option('--classifier <classifier>', 'activity: name, name+lifecycle or name+channel', 'name')
    .option('--lifecycle <list>', 'keep only events of these lifecycles (e.g. complete)')
    .option('--segment <json>', 'a segment of customers, as JSON or @file.json')
    .option('--channel <list>', 'keep only events of these channels (e.g. web,app)')
    .option('--from <iso>', 'keep events from this instant (ISO 8601 with offset)')
    .option('--to <iso>', 'keep events before this instant (ISO 8601 with offset)')
    .option('--format <format>', 'table, json or csv', 'table')
}

/** Runs a request on the project's journey log and prints it in the chosen format. */
async function runAndPrint(io: CliIo, flags: ScopeFlags, raw: Record<string, unknown>): Promise<void> {
  const format = parseFormat(flags.format, ['table', 'json', 'csv'] as const)
  const request = parseRequest({ ...scopeOf(io, flags), ...raw })
  await withStore(io, flags, async (store) => {
    const project = await resolveProject(store.documents, flags.project)
    const log = await store.journeys.journeyLog(project.id, {
      ...(request.caseProperty === undefined ? {} : { caseProperty: request.caseProperty }),
      properties: propertiesOfRequest(request),
    })
    const answer = runAnalysis(log, request)
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
    const grid = new Table({ head: [...table.columns] })
    for (const row of table.rows)
      grid.push(row.map((cell) => (cell === null ? '—' : typeof cell === 'number' ? round(cell) : cell)))
    io.stdout(`${grid.toString()}\n`)
  })
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
