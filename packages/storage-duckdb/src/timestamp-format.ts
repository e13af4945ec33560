import { ISO_FORMAT, TIMESTAMP_FORMATS } from './detect-mapping.js'
import type { OpenDatabase } from './open-database.js'
import { quoteIdentifier, quoteLiteral } from './quote-sql.js'

/** ISO 8601 when every sampled value casts; else the first strptime format that reads them all. */
export async function detectTimestampFormat(db: OpenDatabase, column: string): Promise<string | undefined> {
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
export async function likelyTimestampFormat(
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
