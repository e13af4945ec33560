import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import {
  err,
  type ImportProgress,
  type ImportReject,
  type ImportResult,
  ok,
  type TableImportSpec,
} from '@parcours/core'
import { completeMapping } from './detect-mapping.js'
import { importedRowSql } from './imported-row-sql.js'
import { isOneLinePerRecord, recordStartLines } from './locate-records.js'
import type { OpenDatabase } from './open-database.js'
import { quoteIdentifier, quoteLiteral } from './quote-sql.js'
import { readRawTable } from './read-raw-table.js'
import type { SeqCounter } from './seq-counter.js'
import { transaction } from './serial-runner.js'
import { collectRejects, findRepeatedIds, storeImportedRows, surveyRows } from './store-imported-rows.js'
import { detectTimestampFormat } from './timestamp-format.js'
import { withProgress } from './with-progress.js'

/**
 * Imports a table file with DuckDB's own reader (far faster than parsing in JavaScript): the file
 * is read into the temporary table `import_raw`, its rejected records and repeated message ids are
 * found in SQL, and the accepted rows go from `import_raw` into `events` in one transaction, once
 * per (project, message id): the first row of the file wins, ids the project holds are left out.
 */
export async function importTable(
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

  const counts = await connection.runAndReadAll('SELECT count(*) FROM import_raw')
  const read = Number(counts.getRowsJS()[0]?.[0] ?? 0)
  // Timestamps without an offset are read in the mapping's time zone, by the checks and the insert.
  await connection.run(`SET TimeZone = ${quoteLiteral(mapping.timezone ?? 'UTC')}`)
  let stored: { readonly format: string; readonly rejects: ImportReject[]; readonly inserted: number }
  try {
    const format = mapping.timestampFormat ?? (await detectTimestampFormat(db, mapping.timestamp))
    if (format === undefined) {
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
    const row = importedRowSql(mapping, format, columns)
    const { rejects, repeatedIds } = await withProgress(db, 'checking', onProgress, async () => {
      const survey = await surveyRows(db, row)
      const rejects = survey.rejected === 0 ? [] : await collectRejects(db, row)
      // Ids unique among all rows are unique among the accepted ones.
      const repeatedIds =
        row.messageId === undefined || survey.hasUniqueIds
          ? 0
          : await findRepeatedIds(db, row.messageId, rejects.length > 0)
      return { rejects, repeatedIds }
    })
    // Ids derived from this file's content and rows cannot repeat inside it.
    const messageId = row.messageId ?? `'imp-' || ${quoteLiteral(await contentHash(file))} || '-' || r.rowid`
    const inserted = await withProgress(db, 'storing', onProgress, () =>
      transaction(db, async () => {
        const base = await seq.reserve(db, projectId, read)
        const existing = await connection.runAndReadAll('SELECT 1 FROM events WHERE project_id = $1 LIMIT 1', [
          projectId,
        ])
        const rows = {
          projectId,
          base,
          receivedAt,
          read,
          messageId,
          hasRejects: rejects.length > 0,
          hasRepeatedIds: repeatedIds > 0,
          hasStoredEvents: existing.getRowsJS().length > 0,
        }
        return storeImportedRows(db, row, rows, onProgress)
      }),
    )
    stored = { format, rejects, inserted }
  } finally {
    await connection.run(`SET TimeZone = 'UTC'`)
  }
  for (const table of ['import_raw', 'import_rejects', 'import_repeated', 'import_skipped'])
    await connection.run(`DROP TABLE IF EXISTS ${table}`)

  const { format, rejects, inserted } = stored
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
  return ok({
    file,
    format: spec.format,
    read,
    imported: inserted,
    duplicates: read - located.length - inserted,
    rejected: located.length,
    rejects: located,
    mapping,
    timestampFormat: format,
    ...(encoding === undefined ? {} : { encoding }),
  })
}

async function contentHash(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex').slice(0, 16)
}
