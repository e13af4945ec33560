import { type ImportError, ok, type Result, type TableImportSpec, type TablePreview } from '@parcours/core'
import { detectMapping } from './detect-mapping.js'
import type { OpenDatabase } from './open-database.js'
import { quoteIdentifier } from './quote-sql.js'
import { readRawTable } from './read-raw-table.js'
import { detectTimestampFormat, likelyTimestampFormat } from './timestamp-format.js'

/** Rows read to detect the date format in a preview, as an import samples them. */
const PREVIEW_SAMPLE_ROWS = 10_000

/** The first rows of a table file and what an import of it would detect; stores nothing. */
export async function previewTable(
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
