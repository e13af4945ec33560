import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type {
  ColumnMapping,
  EventImporter,
  ImportFormat,
  ImportProgress,
  ImportSummary,
  TablePreview,
} from '@parcours/core'
import { importXesFile, XesReadError } from '@parcours/ingest'
import { completeMapping } from '@parcours/storage-duckdb'
import { problem } from '../problem.js'
import { describeImportError, type ImportFailure, lineOf } from './describe-import-error.js'
import { previewXes } from './preview-xes.js'
import { rejectCsv } from './reject-csv.js'
import { saveUpload } from './save-upload.js'

/** Rows shown in a preview. */
export const PREVIEW_ROWS = 20

/** Rejects listed in an import's summary (every one is in the reject file). */
export const LISTED_REJECTS = 20

/** How long an upload or a finished import is kept (its temporary files too): one hour. */
export const IMPORT_KEPT_MS = 60 * 60 * 1000

export type ImportState = 'previewed' | 'running' | 'done' | 'failed'

/** Where a running import is: the phase, how far (0–1 overall; null when unknown, XES), traces read (XES). */
export interface ImportRunProgress {
  readonly phase: ImportProgress['phase']
  readonly fraction: number | null
  readonly traces?: number
}

/** What an upload found in the file: as an import would read it. */
export interface ImportPreview extends Omit<TablePreview, 'mapping'> {
  /** The mapping detected from the column names (XES: the fixed one). */
  readonly mapping: Partial<ColumnMapping>
}

/** One upload and its import, from the preview to the summary. */
export interface ImportSession {
  readonly id: string
  readonly projectId: string
  readonly fileName: string
  readonly format: ImportFormat
  readonly bytes: number
  readonly createdAt: string
  readonly preview: ImportPreview
  state: ImportState
  progress?: ImportRunProgress
  /** The mapping the import ran with (tables). */
  mapping?: ColumnMapping
  summary?: ImportSummary
  failure?: ImportFailure | undefined
  /** The folder holding the upload, then the reject file; removed when the session expires. */
  readonly folder: string
  readonly path: string
}

/** How an import is started: the mapping (fields left out are detected) and the CSV dialect. */
export interface ImportStart {
  readonly mapping?: Partial<ColumnMapping>
  readonly delimiter?: string
  readonly encoding?: 'utf-8' | 'latin-1'
}

export interface ImportSessions {
  /** Saves the request's body as a file, previews it, and answers the new session (422 when unreadable). */
  upload(projectId: string, fileName: string, format: ImportFormat, request: Request): Promise<ImportSession>
  get(projectId: string, importId: string): ImportSession
  /** Checks the mapping against the file's columns (400 naming the field), then imports in the background. */
  start(projectId: string, importId: string, start: ImportStart): ImportSession
  /** The reject file of a finished import, as CSV. */
  rejects(projectId: string, importId: string): string
  /** Forgets an import that is not running, and removes its files. */
  remove(projectId: string, importId: string): void
}

export interface ImportSessionOptions {
  readonly importer: EventImporter
  readonly maxUploadBytes: number
  /** Where temporary folders go (default: the OS's temporary folder). */
  readonly tempDir?: string
  readonly keptMs?: number
}

/** Relative weights of the phases of a table import, for one overall fraction. */
const PHASES: Readonly<Record<ImportProgress['phase'], readonly [number, number]>> = {
  reading: [0, 0.5],
  checking: [0.5, 0.7],
  storing: [0.7, 1],
}

/**
 * Uploads and imports through the web: each upload is kept in a temporary folder, previewed with
 * the importer's own reader, then imported by the same importer as `parcours import` (tables by
 * `importTable`, XES by `importXesFile`), all or nothing. Sessions live in memory for an hour.
 */
export function createImportSessions(options: ImportSessionOptions): ImportSessions {
  const sessions = new Map<string, ImportSession>()
  const keptMs = options.keptMs ?? IMPORT_KEPT_MS

  const forget = (session: ImportSession) => {
    sessions.delete(session.id)
    rmSync(session.folder, { recursive: true, force: true })
  }
  const expireLater = (session: ImportSession) => {
    const timer = setTimeout(() => {
      if (session.state === 'running') expireLater(session)
      else forget(session)
    }, keptMs)
    timer.unref()
  }
  const find = (projectId: string, importId: string) => {
    const session = sessions.get(importId)
    if (session === undefined || session.projectId !== projectId)
      throw problem(
        404,
        'import-not-found',
        `no import "${importId}" in project "${projectId}" (imports are kept one hour)`,
      )
    return session
  }

  return {
    async upload(projectId, fileName, format, request) {
      const folder = mkdtempSync(join(options.tempDir ?? tmpdir(), 'parcours-import-'))
      const path = join(folder, safeName(fileName))
      try {
        const bytes = await saveUpload(request, path, options.maxUploadBytes)
        const preview = await previewFile(options.importer, path, format, fileName)
        const session: ImportSession = {
          id: `imp_${randomUUID().replaceAll('-', '').slice(0, 16)}`,
          projectId,
          fileName,
          format,
          bytes,
          createdAt: new Date().toISOString(),
          preview,
          state: 'previewed',
          folder,
          path,
        }
        sessions.set(session.id, session)
        expireLater(session)
        return session
      } catch (error) {
        rmSync(folder, { recursive: true, force: true })
        throw error
      }
    },

    get: find,

    start(projectId, importId, start) {
      const session = find(projectId, importId)
      // A failed import stored nothing and keeps its file: it can be started again (with another mapping).
      if (session.state !== 'previewed' && session.state !== 'failed')
        throw problem(
          409,
          'import-already-started',
          `import "${importId}" was already started (it is ${session.state})`,
        )
      if (session.format === 'xes') {
        if (start.mapping !== undefined && Object.keys(start.mapping).length > 0)
          throw problem(400, 'invalid-request', 'an XES file has no column mapping: send no mapping', {
            errors: [{ path: 'mapping', message: 'not allowed for XES' }],
          })
      } else {
        session.mapping = checkMapping(session, start.mapping ?? session.preview.mapping)
      }
      session.failure = undefined
      session.state = 'running'
      session.progress = { phase: 'reading', fraction: session.format === 'xes' ? null : 0 }
      void run(options.importer, session, start).finally(() => {
        if (session.state === 'done') rmSync(session.path, { force: true })
      })
      return session
    },

    rejects(projectId, importId) {
      const session = find(projectId, importId)
      if (session.state !== 'done' || session.summary === undefined)
        throw problem(
          409,
          'import-not-done',
          `import "${importId}" is ${session.state}: its reject file comes when it is done`,
        )
      return readFileSync(rejectPath(session), 'utf8')
    },

    remove(projectId, importId) {
      const session = find(projectId, importId)
      if (session.state === 'running')
        throw problem(409, 'import-running', `import "${importId}" is running: it can be removed once it has finished`)
      forget(session)
    },
  }
}

/** A file name safe to write in the temporary folder, keeping its extensions (`.csv.gz`). */
function safeName(fileName: string): string {
  const name = basename(fileName)
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .slice(-120)
  return name === '' || name.startsWith('.') ? `upload${name}` : name
}

async function previewFile(
  importer: EventImporter,
  path: string,
  format: ImportFormat,
  fileName: string,
): Promise<ImportPreview> {
  if (format === 'xes') {
    try {
      const { columns, rows } = await previewXes(path, PREVIEW_ROWS)
      return {
        columns,
        rows,
        mapping: { caseId: 'case:concept:name', activity: 'concept:name', timestamp: 'time:timestamp' },
      }
    } catch (error) {
      throw unreadable(error, path, fileName)
    }
  }
  const preview = await importer.previewTable({ path, format }, PREVIEW_ROWS)
  if (!preview.ok) {
    const failure = describeImportError(preview.error, fileName)
    throw problem(422, failure.code, failure.message, {
      errors: [{ path: failure.line === undefined ? 'body' : `body.line.${failure.line}`, message: failure.message }],
    })
  }
  return preview.value
}

function unreadable(error: unknown, path: string, fileName: string) {
  const message = (error instanceof Error ? error.message : String(error)).replaceAll(path, fileName)
  const line = error instanceof XesReadError ? error.line : lineOf(message)
  return problem(422, 'unreadable-file', `${fileName} cannot be read: ${message}`, {
    errors: [{ path: line === undefined ? 'body' : `body.line.${line}`, message }],
  })
}

/** The mapping completed as the importer will complete it; 400 naming the field when it cannot be. */
function checkMapping(session: ImportSession, given: Partial<ColumnMapping>): ColumnMapping {
  const fail = (field: string, code: string, message: string) =>
    problem(400, code, `${field}: ${message}`, { errors: [{ path: field, message }] })
  if (given.timezone !== undefined && !isTimeZone(given.timezone))
    throw fail(
      'mapping.timezone',
      'unknown-timezone',
      `"${given.timezone}" is not a time zone (e.g. Europe/Paris, UTC)`,
    )
  if (
    given.timestampFormat !== undefined &&
    given.timestampFormat !== 'iso8601' &&
    !/%[a-zA-Z]/.test(given.timestampFormat)
  )
    throw fail(
      'mapping.timestampFormat',
      'invalid-timestamp-format',
      `"${given.timestampFormat}" is not a date format: write it with %d %m %Y %H %M %S, e.g. %d/%m/%Y %H:%M`,
    )
  const completed = completeMapping(session.fileName, session.preview.columns, given)
  if (!completed.ok) {
    const failure = describeImportError(completed.error, session.fileName)
    throw fail(failure.field ?? 'mapping', failure.code, failure.message)
  }
  // The preview read the same sample as the import: dates it could not all read need a format.
  const { preview } = session
  if (
    given.timestampFormat === undefined &&
    preview.rows.length > 0 &&
    completed.value.timestamp === preview.mapping.timestamp &&
    preview.timestampFormat === undefined
  ) {
    const likely = preview.likelyTimestampFormat
    throw fail(
      'mapping.timestampFormat',
      'undetected-timestamp-format',
      `not every date of column "${completed.value.timestamp}" can be read with one format: give it${likely === undefined ? ', e.g. %d/%m/%Y %H:%M' : ` (${likely.format} reads ${Math.round(likely.share * 100)}% of them; the others would be rejected)`}`,
    )
  }
  return completed.value
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

async function run(importer: EventImporter, session: ImportSession, start: ImportStart): Promise<void> {
  try {
    const summary =
      session.format === 'xes'
        ? await importXesFile(importer, session.projectId, session.path, {
            onTrace: (traces) => {
              session.progress = { phase: 'reading', fraction: null, traces }
            },
          })
        : await importTable(importer, session, start)
    if (summary === undefined) return
    writeFileSync(rejectPath(session), rejectCsv(summary.rejects))
    // Only the first rejects stay in memory: the reject file has them all.
    session.summary = { ...summary, file: session.fileName, rejects: summary.rejects.slice(0, LISTED_REJECTS) }
    session.progress = { phase: 'storing', fraction: 1 }
    session.state = 'done'
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replaceAll(session.path, session.fileName)
    const line = error instanceof XesReadError ? error.line : lineOf(message)
    session.failure = { code: 'import-failed', message, ...(line === undefined ? {} : { line }) }
    session.state = 'failed'
  }
}

/** Runs a table import; answers undefined (the session failed) when the importer refuses the file. */
async function importTable(
  importer: EventImporter,
  session: ImportSession,
  start: ImportStart,
): Promise<ImportSummary | undefined> {
  const format = session.format as Exclude<ImportFormat, 'xes'>
  const result = await importer.importTable(
    session.projectId,
    {
      path: session.path,
      format,
      mapping: session.mapping ?? {},
      ...(start.delimiter === undefined ? {} : { delimiter: start.delimiter }),
      ...(start.encoding === undefined ? {} : { encoding: start.encoding }),
    },
    (progress) => {
      const [from, to] = PHASES[progress.phase]
      session.progress = { phase: progress.phase, fraction: from + (to - from) * progress.fraction }
    },
  )
  if (result.ok) return result.value
  session.failure = describeImportError(result.error, session.fileName)
  session.state = 'failed'
  return undefined
}

const rejectPath = (session: ImportSession) => join(session.folder, '.rejects.csv')
