import Table from 'cli-table3'
import type { Command } from 'commander'
import { type CliIo, parseFormat } from '../cli-io.js'
import { resolveProject, type StoreOptions, withStore } from '../open-store.js'

/** `parcours stats`: cases, events, activities, customers, channels and time range of a project. */
export function registerStatsCommand(program: Command, io: CliIo): void {
  program
    .command('stats')
    .description('count the cases, events, activities, customers and channels of a project')
    .option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
    .option('--project <id>', 'project (default: the only one, or "default")')
    .option('--case <property>', 'case notion: a property naming the case (default: one case per customer)')
    .option('--classifier <classifier>', 'name or name+lifecycle', 'name')
    .option('--format <format>', 'table or json', 'table')
    .action((options: StoreOptions & { case?: string; classifier: string; format: string }) =>
      withStore(io, options, async (store) => {
        const format = parseFormat(options.format, ['table', 'json'] as const)
        const classifier = parseFormat(options.classifier, ['name', 'name+lifecycle'] as const)
        const project = await resolveProject(store.documents, options.project)
        const stats = await store.events.stats(project.id, {
          classifier,
          ...(options.case === undefined ? {} : { caseProperty: options.case }),
        })
        const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())
        const report = {
          project: project.id,
          caseNotion: options.case ?? 'customer',
          classifier,
          cases: stats.cases,
          events: stats.events,
          activities: stats.activities,
          customers: stats.customers,
          channels: stats.channels,
          firstEvent: iso(stats.firstTimestamp),
          lastEvent: iso(stats.lastTimestamp),
        }
        if (format === 'json') {
          io.stdout(`${JSON.stringify(report, null, 2)}\n`)
          return
        }
        const table = new Table()
        table.push(
          { project: report.project },
          { 'case notion': report.caseNotion },
          { classifier },
          { cases: report.cases },
          { events: report.events },
          { activities: report.activities },
          { customers: report.customers },
          { channels: report.channels.map((c) => `${c.channel ?? '(none)'}: ${c.events}`).join(', ') || '—' },
          { 'time range': report.firstEvent === null ? '—' : `${report.firstEvent} → ${report.lastEvent}` },
        )
        io.stdout(`${table.toString()}\n`)
      }),
    )
}
