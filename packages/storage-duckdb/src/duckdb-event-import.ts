import { createHash } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { createGunzip } from 'node:zlib'
import type { DuckDBValue } from '@duckdb/node-api'
import {
  type AppendResult,
  type ColumnMapping,
  type EventImporter,
  err,
  type ImportError,
  type ImportProgress,
  type ImportReject,
  type ImportResult,
  LIFECYCLE_PROPERTY,
  type NewEvent,
  ok,
  type Result,
  type TableImportSpec,
  type TablePreview,
} from '@parcours/core'
import { parse } from 'csv-parse'
import { completeMapping, detectMapping, ISO_FORMAT, TIMESTAMP_FORMATS } from './detect-mapping.js'
import type { MessageIdSets } from './message-id-set.js'
import type { OpenDatabase } from './open-database.js'
import type { ProjectChanges } from './project-changes.js'
import type { SeqCounter } from './seq-counter.js'
import { type SerialRunner, transaction } from './serial-runner.js'

/**
 * Imports files with DuckDB's own readers (far faster than parsing in JavaScript): the file is read
 * into a temporary table, checked in SQL, and the accepted rows are inserted in one transaction.
 * Imports deduplicate with an anti-join against the stored ids (bulk-friendly), then tell the
 * project's message-id set what they stored, so that HTTP appends stay exact.
 */
export function createDuckDbEventImporter(
  run: SerialRunner,
  now: () => Date,
  seq: SeqCounter,
  /** The message-id sets shared with the event store (one per store). */
  messageIds: MessageIdSets,
  /** Told of every import, so the journey index knows when to look again. */
  changes: ProjectChanges,
): EventImporter {
  return {
    importTable: (projectId, spec, onProgress) =>
      run((db) =>
        informSets(db, messageIds, changes, projectId, seq, () =>
          importTable(db, projectId, spec, seq, now().getTime(), onProgress ?? (() => {})),
        ),
      ),
    previewTable: (spec, limit) => run((db) => previewTable(db, spec, limit)),
    importEvents: (projectId, batches) =>
      run((db) =>
        informSets(db, messageIds, changes, projectId, seq, () =>
          importEvents(db, projectId, batches, seq, now().getTime()),
        ),
      ),
  }
}

/**
 * Runs an import, then adds what it stored (the project's events above the seq reserved before it)
 * to the project's message-id set when that set is loaded; forgets the set when the import fails.
 */
async function informSets<T>(
  db: OpenDatabase,
  sets: MessageIdSets,
  changes: ProjectChanges,
  projectId: string,
  seq: SeqCounter,
  work: () => Promise<T>,
): Promise<T> {
  const before = await seq.reserve(db, projectId, 0)
  let result: T
  try {
    result = await work()
  } catch (error) {
    sets.forget(projectId)
    throw error
  } finally {
    changes.bump(projectId)
  }
  await sets.addStoredAfter(db, projectId, before)
  return result
}

/** Rows inserted per statement: bounded work per statement keeps a big import within memory. */
const INSERT_CHUNK_ROWS = 1_000_000

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`

async function importTable(
  db: OpenDatabase,
  projectId: string,
  spec: TableImportSpec,
  seq: SeqCounter,
  receivedAt: number,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  const file = spec.path
  const isTextTable = spec.format === 'csv' || spec.format === 'tsv'
  const connection = db.connection
  const raw = await readRawTable(db, spec, undefined, onProgress)
  if (!raw.ok) return raw
  const { encoding, columns } = raw.value
  const mapped = completeMapping(file, columns, spec.mapping)
  if (!mapped.ok) return mapped
  const mapping = mapped.value

  const timezone = mapping.timezone ?? 'UTC'
  await connection.run(`SET TimeZone = ${quoteLiteral(timezone)}`)
  let format: string | undefined
  try {
    const detected = mapping.timestampFormat ?? (await detectTimestampFormat(db, mapping.timestamp))
    if (detected === undefined) {
      const sample = await connection.runAndReadAll(
        `SELECT ${quoteIdentifier(mapping.timestamp)}::VARCHAR FROM import_raw WHERE ${quoteIdentifier(mapping.timestamp)} IS NOT NULL LIMIT 5`,
      )
      return err({
        code: 'undetected-timestamp-format',
        file,
        column: mapping.timestamp,
        sample: sample.getRowsJS().map((row) => String(row[0])),
      })
    }
    format = detected
    await withProgress(db, 'checking', onProgress, () => connection.run(checkedTableSql(mapping, detected, columns)))
  } finally {
    await connection.run(`SET TimeZone = 'UTC'`)
  }

  await connection.run('DROP TABLE IF EXISTS import_raw')
  const rejects = await collectRejects(db)
  const fileId = mapping.messageId === undefined ? await contentHash(file) : ''
  const counts = await connection.runAndReadAll('SELECT count(*) FROM import_checked')
  const read = Number(counts.getRowsJS()[0]?.[0] ?? 0)
  const inserted = await withProgress(db, 'storing', onProgress, () =>
    transaction(db, async () => {
      const base = await seq.reserve(db, projectId, read)
      const messageId =
        mapping.messageId === undefined ? `'imp-' || ${quoteLiteral(fileId)} || '-' || row` : 'message_id'
      // Rows carry their seq, so the insert need not keep their order, and it goes a million rows at
      // a time: DuckDB then streams within its memory limit instead of holding the whole file.
      await connection.run('SET preserve_insertion_order = false')
      // Ids derived from this file's content and rows cannot repeat inside it; into a project with
      // no events yet they need no check against stored ids either.
      const existing = await connection.runAndReadAll('SELECT 1 FROM events WHERE project_id = $1 LIMIT 1', [projectId])
      const isDedupNeeded = mapping.messageId !== undefined || existing.getRowsJS().length > 0
      const dedup = isDedupNeeded
        ? 'WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.project_id = $1 AND e.message_id = s.mid)'
        : ''
      let stored = 0
      try {
        for (let from = 0; from < read; from += INSERT_CHUNK_ROWS) {
          const result = await connection.runAndReadAll(
            `INSERT INTO events
               SELECT $1, $2 + row + 1, mid, 'track', name, anonymous_id, user_id,
                      epoch_ms(ts), channel, properties, traits, '{}', $3
               FROM (SELECT *, ${messageId} AS mid FROM import_checked
                     WHERE reject IS NULL AND row >= $4 AND row < $5) s
               ${dedup}
               ${mapping.messageId === undefined ? '' : 'QUALIFY row_number() OVER (PARTITION BY mid ORDER BY row) = 1'}`,
            [projectId, base, receivedAt, from, from + INSERT_CHUNK_ROWS],
          )
          stored += Number(result.getRowsJS()[0]?.[0] ?? 0)
          onProgress({ phase: 'storing', fraction: Math.min(1, (from + INSERT_CHUNK_ROWS) / read) })
        }
      } finally {
        await connection.run('SET preserve_insertion_order = true')
      }
      return stored
    }),
  )
  const lines =
    isTextTable && rejects.length > 0 && !(await isOneLinePerRecord(file, read))
      ? await recordStartLines(file, encoding, spec)
      : undefined
  const located: ImportReject[] = rejects.map((reject) => {
    const index = reject.line ?? 0
    if (!isTextTable)
      return { ...reject, line: index + 1, record: `${spec.format === 'parquet' ? 'row' : 'line'} ${index + 1}` }
    const line = lines?.[index] ?? index + 2
    return { ...reject, line, record: `line ${line}` }
  })
  await connection.run('DROP TABLE IF EXISTS import_raw')
  await connection.run('DROP TABLE IF EXISTS import_checked')
  return ok({
    file,
    format: spec.format,
    read,
    imported: inserted,
    duplicates: read - located.length - inserted,
    rejected: located.length,
    rejects: located,
    mapping,
    ...(format === undefined ? {} : { timestampFormat: format }),
    ...(encoding === undefined ? {} : { encoding }),
  })
}

/** What reading a table file into `import_raw` found. */
interface RawTable {
  readonly columns: readonly string[]
  readonly delimiter: string | undefined
  readonly encoding: string | undefined
}

/**
 * Reads a table file into the temporary table `import_raw` (every row, or the first `limit`):
 * CSV's delimiter and encoding are the given ones or detected (UTF-8 first, Latin-1 when DuckDB
 * finds invalid UTF-8).
 */
async function readRawTable(
  db: OpenDatabase,
  spec: Omit<TableImportSpec, 'mapping'>,
  limit: number | undefined,
  onProgress: (progress: ImportProgress) => void,
): Promise<Result<RawTable, ImportError>> {
  const file = spec.path
  try {
    statSync(file)
  } catch (error) {
    return err({ code: 'unreadable-file', file, message: (error as NodeJS.ErrnoException).code ?? String(error) })
  }
  const isTextTable = spec.format === 'csv' || spec.format === 'tsv'
  const connection = db.connection
  const delimiter = isTextTable
    ? (spec.delimiter ?? (spec.format === 'tsv' ? '\t' : await detectDelimiter(file)))
    : undefined
  const encodings = isTextTable ? (spec.encoding === undefined ? ['utf-8', 'latin-1'] : [spec.encoding]) : [undefined]
  let encoding: string | undefined
  for (const [attempt, candidate] of encodings.entries()) {
    const header = isTextTable ? await readHeader(file, candidate, delimiter ?? ',') : undefined
    const reader = readerSql(spec.format, candidate, delimiter, header)
    const limited = limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(limit))}`
    try {
      await withProgress(db, 'reading', onProgress, () =>
        connection.run(`CREATE OR REPLACE TEMP TABLE import_raw AS SELECT * FROM ${reader}${limited}`, [file]),
      )
      encoding = candidate
      break
    } catch (error) {
      const isEncodingError = /unicode|utf-?8/i.test(String(error))
      if (!isEncodingError || attempt === encodings.length - 1) {
        return err({ code: 'unreadable-file', file, message: readerMessage(error) })
      }
    }
  }
  const described = await connection.runAndReadAll('DESCRIBE import_raw')
  const columns = described.getRowObjectsJS().map((row) => String(row.column_name))
  return ok({ columns, delimiter, encoding })
}

/** Rows read to detect the date format in a preview, as an import samples them. */
const PREVIEW_SAMPLE_ROWS = 10_000

/** The first rows of a table file and what an import of it would detect; stores nothing. */
async function previewTable(
  db: OpenDatabase,
  spec: Omit<TableImportSpec, 'mapping'>,
  limit: number,
): Promise<Result<TablePreview, ImportError>> {
  const raw = await readRawTable(db, spec, Math.max(limit, PREVIEW_SAMPLE_ROWS), () => {})
  if (!raw.ok) return raw
  const { columns, delimiter, encoding } = raw.value
  try {
    const mapping = detectMapping(columns)
    const cells = columns.map((name) => `${quoteIdentifier(name)}::VARCHAR`).join(', ')
    const reader = await db.connection.runAndReadAll(
      `SELECT ${cells === '' ? 'NULL' : cells} FROM import_raw ORDER BY rowid LIMIT ${Math.max(0, Math.floor(limit))}`,
    )
    const rows = reader.getRowsJS().map((row) => row.map((cell) => (cell === null ? null : String(cell))))
    const timestampFormat =
      mapping.timestamp === undefined ? undefined : await detectTimestampFormat(db, mapping.timestamp)
    const likely =
      mapping.timestamp === undefined || timestampFormat !== undefined
        ? undefined
        : await likelyTimestampFormat(db, mapping.timestamp)
    return ok({
      columns,
      rows,
      mapping,
      ...(timestampFormat === undefined ? {} : { timestampFormat }),
      ...(likely === undefined ? {} : { likelyTimestampFormat: likely }),
      ...(delimiter === undefined ? {} : { delimiter }),
      ...(encoding === undefined ? {} : { encoding }),
    })
  } finally {
    await db.connection.run('DROP TABLE IF EXISTS import_raw')
  }
}

/** DuckDB's reader error without its long list of possible fixes and the SQL it ran. */
function readerMessage(error: unknown): string {
  const text = String(error).replace(/^Error: /, '')
  const cut = text.search(/\n\s*(Possible fixes|LINE \d+:|The search space used was)/)
  return (cut === -1 ? text : text.slice(0, cut)).replace(/\s+/g, ' ').trim()
}

function readerSql(
  format: TableImportSpec['format'],
  encoding: string | undefined,
  delimiter: string | undefined,
  header: readonly string[] | undefined,
): string {
  switch (format) {
    case 'csv':
    case 'tsv': {
      const columns = (header ?? []).map((name, i) => `${quoteLiteral(name === '' ? `column${i}` : name)}: 'VARCHAR'`)
      const options = [
        'header = true',
        'auto_detect = false',
        `columns = {${columns.join(', ')}}`,
        'strict_mode = true',
        `quote = '"'`,
        `escape = '"'`,
        `encoding = ${quoteLiteral(encoding ?? 'utf-8')}`,
        ...(delimiter === undefined ? [] : [`delim = ${quoteLiteral(delimiter)}`]),
      ]
      return `read_csv($1, ${options.join(', ')})`
    }
    case 'jsonl':
      return `read_json($1, format = 'newline_delimited')`
    case 'parquet':
      return 'read_parquet($1)'
  }
}

/** ISO 8601 when every sampled value casts; else the first strptime format that reads them all. */
async function detectTimestampFormat(db: OpenDatabase, column: string): Promise<string | undefined> {
  const value = `${quoteIdentifier(column)}::VARCHAR`
  const sample = `(SELECT ${value} AS v FROM import_raw WHERE ${quoteIdentifier(column)} IS NOT NULL LIMIT 10000)`
  const candidates = [ISO_FORMAT, ...TIMESTAMP_FORMATS]
  for (const format of candidates) {
    const parsed = format === ISO_FORMAT ? 'TRY_CAST(v AS TIMESTAMPTZ)' : `try_strptime(v, ${quoteLiteral(format)})`
    const reader = await db.connection.runAndReadAll(
      `SELECT count(*) AS total, count(${parsed}) AS parsed FROM ${sample}`,
    )
    const row = reader.getRowObjectsJS()[0]
    if (row !== undefined && Number(row.total) > 0 && Number(row.total) === Number(row.parsed)) return format
  }
  return undefined
}

/**
 * When no format reads every sampled value: the one that reads the most (the first of equals, so
 * day-first wins), with the share of sampled values it reads; undefined when none reads any.
 */
async function likelyTimestampFormat(
  db: OpenDatabase,
  column: string,
): Promise<{ readonly format: string; readonly share: number } | undefined> {
  const value = `${quoteIdentifier(column)}::VARCHAR`
  const sample = `(SELECT ${value} AS v FROM import_raw WHERE ${quoteIdentifier(column)} IS NOT NULL LIMIT 10000)`
  let best: { readonly format: string; readonly share: number } | undefined
  for (const format of [ISO_FORMAT, ...TIMESTAMP_FORMATS]) {
    const parsed = format === ISO_FORMAT ? 'TRY_CAST(v AS TIMESTAMPTZ)' : `try_strptime(v, ${quoteLiteral(format)})`
    const reader = await db.connection.runAndReadAll(
      `SELECT count(*) AS total, count(${parsed}) AS parsed FROM ${sample}`,
    )
    const row = reader.getRowObjectsJS()[0]
    const total = Number(row?.total ?? 0)
    const share = total === 0 ? 0 : Number(row?.parsed ?? 0) / total
    if (share > 0 && (best === undefined || share > best.share)) best = { format, share }
  }
  return best
}

/** The checked table: one row per record with its event fields, or the reason it is rejected. */
function checkedTableSql(mapping: ColumnMapping, format: string, columns: readonly string[]): string {
  const column = (name: string | undefined) => (name === undefined ? 'NULL' : `${quoteIdentifier(name)}::VARCHAR`)
  const tsText = column(mapping.timestamp)
  const ts =
    format === ISO_FORMAT
      ? `TRY_CAST(${tsText} AS TIMESTAMPTZ)`
      : `TRY_CAST(try_strptime(${tsText}, ${quoteLiteral(format)}) AS TIMESTAMPTZ)`
  const caseColumn = mapping.caseId
  const userId = mapping.userId ?? mapping.caseId
  const isBlank = (name: string | undefined) =>
    name === undefined ? 'true' : `coalesce(trim(${column(name)}), '') = ''`
  const missingCase =
    caseColumn === undefined ? `${isBlank(mapping.userId)} AND ${isBlank(mapping.anonymousId)}` : isBlank(caseColumn)
  const mappedColumns = new Set(
    [
      mapping.activity,
      mapping.timestamp,
      mapping.userId,
      mapping.anonymousId,
      mapping.channel,
      mapping.messageId,
      mapping.lifecycle,
    ].filter((name): name is string => name !== undefined),
  )
  const listed = mapping.properties ?? columns.filter((name) => !mappedColumns.has(name))
  // The lifecycle is stored as `lifecycle:transition`, as XES carries it, trimmed (empty: none).
  const lifecycle = mapping.lifecycle
  const propertyColumns = lifecycle === undefined ? listed : listed.filter((name) => name !== LIFECYCLE_PROPERTY)
  const jsonObject = (pairs: readonly (readonly [string, string])[]) =>
    pairs.length === 0 ? `'{}'` : `json_object(${pairs.map(([key, sql]) => `${quoteLiteral(key)}, ${sql}`).join(', ')})`
  const properties = jsonObject([
    ...propertyColumns.map((name) => [name, quoteIdentifier(name)] as const),
    ...(lifecycle === undefined ? [] : [[LIFECYCLE_PROPERTY, `nullif(trim(${column(lifecycle)}), '')`] as const]),
  ])
  const traits = jsonObject(
    Object.entries(mapping.identifiers ?? {}).map(
      ([kind, name]) => [kind, kind === 'email' ? `lower(trim(${column(name)}))` : column(name)] as const,
    ),
  )
  const name = column(mapping.activity)
  return `CREATE OR REPLACE TEMP TABLE import_checked AS
    SELECT rowid AS row, ${name} AS name, ${ts} AS ts, ${tsText} AS ts_text,
           ${column(userId)} AS user_id, ${column(mapping.anonymousId)} AS anonymous_id,
           ${column(mapping.channel)} AS channel, ${column(mapping.messageId)} AS message_id,
           ${properties} AS properties, ${traits} AS traits,
           CASE WHEN ${name} IS NULL OR trim(${name}) = '' THEN 'missing-activity'
                WHEN ${missingCase} THEN 'missing-case-id'
                WHEN ${ts} IS NULL THEN 'bad-timestamp' END AS reject,
           ${quoteLiteral(mapping.activity)} AS activity_field,
           ${quoteLiteral(caseColumn ?? [mapping.userId, mapping.anonymousId].filter((c) => c !== undefined).join(' / '))} AS case_field,
           ${quoteLiteral(mapping.timestamp)} AS timestamp_field,
           ${column(caseColumn ?? mapping.userId ?? mapping.anonymousId)} AS case_text
    FROM import_raw`
}

/** Rejected records with their 0-based record index in `line` (turned into a file line later). */
async function collectRejects(db: OpenDatabase): Promise<ImportReject[]> {
  const reader = await db.connection.runAndReadAll(
    `SELECT row, reject,
            CASE reject WHEN 'missing-activity' THEN activity_field WHEN 'missing-case-id' THEN case_field ELSE timestamp_field END AS field,
            CASE reject WHEN 'missing-activity' THEN name WHEN 'missing-case-id' THEN case_text ELSE ts_text END AS value
     FROM import_checked WHERE reject IS NOT NULL ORDER BY row`,
  )
  return reader.getRowObjectsJS().map((row) => ({
    line: Number(row.row),
    record: '',
    field: String(row.field),
    code: row.reject as ImportReject['code'],
    value: (row.value as string | null) ?? null,
  }))
}

/** Whether the file holds a header and then exactly one line per record (no quoted line breaks). */
async function isOneLinePerRecord(file: string, records: number): Promise<boolean> {
  let newlines = 0
  let last = 10
  for await (const chunk of openText(file)) {
    const bytes = chunk as Buffer
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) newlines++
    last = bytes.at(-1) ?? last
  }
  const lines = last === 10 ? newlines : newlines + 1
  return lines === records + 1
}

/** The 1-based line where each record starts, read with a CSV parser that knows quoted newlines. */
async function recordStartLines(file: string, encoding: string | undefined, spec: TableImportSpec): Promise<number[]> {
  const starts: number[] = []
  let previousEnd = 1
  const parser = openText(file).pipe(
    parse({
      delimiter: spec.delimiter ?? (spec.format === 'tsv' ? '\t' : [',', ';', '\t', '|']),
      relax_column_count: true,
      relax_quotes: true,
      info: true,
      from_line: 2,
      encoding: encoding === 'latin-1' ? 'latin1' : 'utf8',
    }),
  )
  for await (const { info } of parser as AsyncIterable<{ info: { lines: number } }>) {
    starts.push(previousEnd + 1)
    previousEnd = info.lines
  }
  return starts
}

/** The column names on the first line of a CSV file. */
async function readHeader(file: string, encoding: string | undefined, delimiter: string): Promise<string[]> {
  const parser = openText(file).pipe(
    parse({ delimiter, to_line: 1, relax_quotes: true, encoding: encoding === 'latin-1' ? 'latin1' : 'utf8' }),
  )
  for await (const record of parser as AsyncIterable<string[]>) return record
  return []
}

/** The delimiter of a CSV file: the most frequent of , ; tab | in its header line (outside quotes). */
async function detectDelimiter(file: string): Promise<string> {
  let header = ''
  for await (const chunk of openText(file)) {
    header += (chunk as Buffer).toString('latin1')
    const end = header.indexOf('\n')
    if (end !== -1) {
      header = header.slice(0, end)
      break
    }
    if (header.length > 1_000_000) break
  }
  const outsideQuotes = header.replace(/"[^"]*"/g, '')
  const counts = [',', ';', '\t', '|'].map(
    (candidate) => [candidate, outsideQuotes.split(candidate).length - 1] as const,
  )
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  return best !== undefined && best[1] > 0 ? best[0] : ','
}

function openText(file: string) {
  const stream = createReadStream(file)
  return file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream
}

async function contentHash(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex').slice(0, 16)
}

/** Runs a long statement while reporting DuckDB's own progress of it. */
async function withProgress<T>(
  db: OpenDatabase,
  phase: ImportProgress['phase'],
  onProgress: (progress: ImportProgress) => void,
  work: () => Promise<T>,
): Promise<T> {
  onProgress({ phase, fraction: 0 })
  const timer = setInterval(() => {
    const percentage = db.connection.progress.percentage
    if (percentage >= 0) onProgress({ phase, fraction: Math.min(1, percentage / 100) })
  }, 200)
  try {
    return await work()
  } finally {
    clearInterval(timer)
    onProgress({ phase, fraction: 1 })
  }
}

const STAGING = `CREATE OR REPLACE TEMP TABLE import_events (
   pos BIGINT, message_id VARCHAR, type VARCHAR, name VARCHAR, anonymous_id VARCHAR, user_id VARCHAR,
   ts BIGINT, channel VARCHAR, properties VARCHAR, traits VARCHAR, context VARCHAR)`

/** Stages every event of the stream, then stores them in one transaction. */
async function importEvents(
  db: OpenDatabase,
  projectId: string,
  batches: AsyncIterable<readonly NewEvent[]>,
  seq: SeqCounter,
  receivedAt: number,
): Promise<AppendResult> {
  const connection = db.connection
  await connection.run(STAGING)
  const appender = await connection.createAppender('import_events', 'main', 'temp')
  let pos = 0
  const nullable = (value: string | null) => (value === null ? appender.appendNull() : appender.appendVarchar(value))
  for await (const batch of batches) {
    for (const event of batch) {
      appender.appendBigInt(BigInt(pos++))
      appender.appendVarchar(event.messageId)
      appender.appendVarchar(event.type)
      appender.appendVarchar(event.name)
      nullable(event.anonymousId)
      nullable(event.userId)
      appender.appendBigInt(BigInt(event.timestamp))
      nullable(event.channel)
      appender.appendVarchar(JSON.stringify(event.properties))
      appender.appendVarchar(JSON.stringify(event.traits))
      appender.appendVarchar(JSON.stringify(event.context))
      appender.endRow()
    }
  }
  appender.closeSync()
  const inserted = await transaction(db, async () => {
    const base = await seq.reserve(db, projectId, pos)
    const values: DuckDBValue[] = [projectId, base, receivedAt]
    const result = await connection.runAndReadAll(
      `INSERT INTO events
         SELECT $1, $2 + pos + 1, message_id, type, name, anonymous_id, user_id, ts, channel,
                properties, traits, context, $3
         FROM import_events s
         WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.project_id = $1 AND e.message_id = s.message_id)
         QUALIFY row_number() OVER (PARTITION BY message_id ORDER BY pos) = 1`,
      values,
    )
    return Number(result.getRowsJS()[0]?.[0] ?? 0)
  })
  await connection.run('DROP TABLE IF EXISTS import_events')
  return { inserted, duplicates: pos - inserted }
}
