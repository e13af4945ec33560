import { readFileSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import {
  type ColumnMapping,
  IMPORT_FORMATS,
  type ImportError,
  type ImportFormat,
  type ImportReject,
  type ImportSummary,
  importFormatOf,
  type ParcoursStore,
} from '@parcours/core'
import { importXesFile } from '@parcours/ingest'
import { SingleBar } from 'cli-progress'
import type { Command } from 'commander'
import { stringify } from 'csv-stringify/sync'
import { CliError, type CliIo, parseFormat } from '../cli-io.js'
import { resolveProject, type StoreOptions, withStore } from '../open-store.js'

interface ImportOptions extends StoreOptions {
  readonly format?: string
  readonly mapping?: string
  readonly caseId?: string
  readonly activity?: string
  readonly timestamp?: string
  readonly timestampFormat?: string
  readonly timezone?: string
  readonly channel?: string
  readonly lifecycleColumn?: string
  readonly userId?: string
  readonly anonymousId?: string
  readonly messageId?: string
  readonly identifier?: readonly string[]
  readonly properties?: string
  readonly delimiter?: string
  readonly encoding?: string
  readonly rejectFile?: string
  readonly summary: string
}

/** `parcours import <file>`: CSV, TSV, JSONL, Parquet or XES (also .gz), all or nothing. */
export function registerImportCommand(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('import events from a CSV, TSV, JSONL, Parquet or XES file (.gz too)')
    .argument('<file>', 'the file to import')
    .option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
    .option('--project <id>', 'project (default: the only one, or "default")')
    .option('--format <format>', `${IMPORT_FORMATS.join(', ')} (default: from the file name)`)
    .option('--mapping <file>', 'a JSON file with the column mapping (the flags below override it)')
    .option('--case-id <column>', 'the case id column (also the user id unless --user-id is given)')
    .option('--activity <column>', 'the activity / event name column')
    .option('--timestamp <column>', 'the timestamp column')
    .option('--timestamp-format <format>', 'strptime format, e.g. "%d/%m/%Y %H:%M" (default: detected)')
    .option('--timezone <zone>', 'zone of timestamps without an offset, e.g. Europe/Paris (default UTC)')
    .option('--channel <column>', 'the channel column')
    .option(
      '--lifecycle-column <column>',
      'the lifecycle transition column (start, complete…), stored as lifecycle:transition (default: a column named lifecycle:transition, lifecycle or transition)',
    )
    .option('--user-id <column>', 'the user id column')
    .option('--anonymous-id <column>', 'the anonymous id column')
    .option('--message-id <column>', 'a unique id per event (default: derived from the file and the row)')
    .option('--identifier <kind=column...>', 'shared identifiers for stitching, e.g. email=Mail phone=Tel')
    .option('--properties <columns>', 'comma-separated columns kept as properties (default: all others)')
    .option('--delimiter <char>', 'CSV delimiter (default: detected)')
    .option('--encoding <encoding>', 'utf-8 or latin-1 (default: detected)')
    .option('--reject-file <file>', 'where rejected records go (default: <file>.rejects.csv in the current folder)')
    .option('--summary <format>', 'table or json', 'table')
    .action((file: string, options: ImportOptions) =>
      withStore(io, options, async (store) => {
        const summaryFormat = parseFormat(options.summary, ['table', 'json'] as const)
        const path = resolve(io.cwd, file)
        const format = options.format === undefined ? formatFromName(file) : parseFormat(options.format, IMPORT_FORMATS)
        const project = await resolveProject(store.documents, options.project)
        const bar = progressBar(io)
        const result =
          format === 'xes'
            ? await importXes(store, project.id, path, bar)
            : await importTable(store, project.id, path, format, options, io, bar)
        bar.stop()
        const summary = { ...result, file }
        const rejectFile = resolve(io.cwd, options.rejectFile ?? `${basename(file)}.rejects.csv`)
        if (summary.rejected > 0) writeRejects(rejectFile, summary.rejects)
        if (summaryFormat === 'json') {
          io.stdout(
            `${JSON.stringify({ ...summary, project: project.id, rejects: summary.rejects.slice(0, 20) }, null, 2)}\n`,
          )
        } else {
          io.stdout(describeSummary(summary, project.id, summary.rejected > 0 ? rejectFile : undefined))
        }
      }),
    )
}

function formatFromName(file: string): ImportFormat {
  const format = importFormatOf(file)
  if (format !== undefined) return format
  throw new CliError(`cannot tell the format of ${file} from its name: add --format (${IMPORT_FORMATS.join(', ')})`, 2)
}

async function importTable(
  store: ParcoursStore,
  projectId: string,
  path: string,
  format: Exclude<ImportFormat, 'xes'>,
  options: ImportOptions,
  io: CliIo,
  bar: ProgressBar,
): Promise<ImportSummary> {
  const mapping = { ...readMappingFile(io, options.mapping), ...mappingFromFlags(options) }
  const encoding =
    options.encoding === undefined ? undefined : parseFormat(options.encoding, ['utf-8', 'latin-1'] as const)
  const result = await store.importer.importTable(
    projectId,
    {
      path,
      format,
      mapping,
      ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
      ...(encoding === undefined ? {} : { encoding }),
    },
    (progress) => bar.update(progress.phase, progress.fraction),
  )
  if (!result.ok) throw new CliError(describeImportError(result.error))
  return result.value
}

async function importXes(
  store: ParcoursStore,
  projectId: string,
  path: string,
  bar: ProgressBar,
): Promise<ImportSummary> {
  try {
    return await importXesFile(store.importer, projectId, path, {
      onTrace: (traces) => bar.update(`reading (${traces} traces)`, 0),
    })
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error))
  }
}

function mappingFromFlags(options: ImportOptions): Partial<ColumnMapping> {
  const identifiers = Object.fromEntries(
    (options.identifier ?? []).map((pair) => {
      const [kind, column] = pair.split('=')
      if (kind === undefined || column === undefined || kind === '' || column === '') {
        throw new CliError(`--identifier takes kind=column, not "${pair}"`, 2)
      }
      return [kind, column]
    }),
  )
  const entries = {
    caseId: options.caseId,
    activity: options.activity,
    timestamp: options.timestamp,
    timestampFormat: options.timestampFormat,
    timezone: options.timezone,
    channel: options.channel,
    lifecycle: options.lifecycleColumn,
    userId: options.userId,
    anonymousId: options.anonymousId,
    messageId: options.messageId,
    properties: options.properties?.split(',').map((column) => column.trim()),
    identifiers: Object.keys(identifiers).length === 0 ? undefined : identifiers,
  }
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))
}

function readMappingFile(io: CliIo, file: string | undefined): Partial<ColumnMapping> {
  if (file === undefined) return {}
  try {
    const parsed = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8')) as unknown
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new CliError(`${file}: a mapping file is a JSON object such as {"activity": "Action", "timestamp": "Date"}`)
    }
    return parsed as Partial<ColumnMapping>
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function describeImportError(error: ImportError): string {
  switch (error.code) {
    case 'unreadable-file':
      return `cannot read ${error.file}: ${error.message}`
    case 'unknown-column':
      return `${error.file}: no column "${error.column}" for ${error.field} (columns: ${error.columns.join(', ')})`
    case 'no-mapping':
      return `${error.file}: cannot tell which column is the ${error.field}: name it with --${kebab(error.field)} (columns: ${error.columns.join(', ')})`
    case 'conflicting-column':
      return `${error.file}: the ${error.field} column "${error.column}" would replace the column "${error.replaced}": map "${error.replaced}" instead, or remove or rename it`
    case 'undetected-timestamp-format':
      return `${error.file}: cannot read the dates of column "${error.column}" (e.g. ${error.sample.slice(0, 3).join(' | ')}): give --timestamp-format`
  }
}

const kebab = (field: string) => field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

function describeSummary(summary: ImportSummary, projectId: string, rejectFile: string | undefined): string {
  const lines = [
    `${summary.file} → project "${projectId}" (${summary.format}${summary.encoding === undefined ? '' : `, ${summary.encoding}`}${summary.timestampFormat === undefined ? '' : `, dates ${summary.timestampFormat}`})`,
    `read ${summary.read}, imported ${summary.imported}, duplicates ${summary.duplicates}, rejected ${summary.rejected}`,
  ]
  for (const reject of summary.rejects.slice(0, 5)) {
    lines.push(
      `  rejected ${reject.record}: ${reject.code} in ${reject.field}${reject.value === null ? '' : ` (${JSON.stringify(reject.value)})`}`,
    )
  }
  if (rejectFile !== undefined) lines.push(`every rejected record is in ${rejectFile}`)
  return `${lines.join('\n')}\n`
}

function writeRejects(file: string, rejects: readonly ImportReject[]): void {
  writeFileSync(
    file,
    stringify([
      ['line', 'record', 'field', 'code', 'value'],
      ...rejects.map((r) => [r.line ?? '', r.record, r.field, r.code, r.value ?? '']),
    ]),
  )
}

interface ProgressBar {
  update(phase: string, fraction: number): void
  stop(): void
}

/** A progress bar on a terminal (stderr), nothing otherwise. */
function progressBar(io: CliIo): ProgressBar {
  if (!io.isTerminal) return { update: () => {}, stop: () => {} }
  const bar = new SingleBar({ format: '{phase} [{bar}] {percentage}%', hideCursor: true, stream: process.stderr })
  let started = false
  return {
    update(phase, fraction) {
      if (!started) {
        bar.start(100, 0, { phase })
        started = true
      }
      bar.update(Math.round(fraction * 100), { phase })
    },
    stop() {
      if (started) bar.stop()
    },
  }
}
