import type { ImportProgress, ImportReject } from '@parcours/core'
import type { ImportedRowSql } from './imported-row-sql.js'
import type { OpenDatabase } from './open-database.js'

/** Rows inserted per statement: bounded work per statement keeps a big import within memory. */
const INSERT_CHUNK_ROWS = 1_000_000

/** What the first checks over `import_raw r` tell, before any row is kept aside. */
export interface RowSurvey {
  readonly rejected: number
  /** Whether every row carries its own message id (none NULL, none repeated); true without an id column. */
  readonly hasUniqueIds: boolean
}

/**
 * Counts the rejected rows and checks that the message ids are unique: in the usual file (no
 * rejects, unique ids) nothing else has to be looked for. Two statements: measured faster than one
 * that computes both (a distinct count next to a filtered one).
 */
export async function surveyRows(db: OpenDatabase, row: ImportedRowSql): Promise<RowSurvey> {
  const count = async (sql: string) => {
    const reader = await db.connection.runAndReadAll(sql)
    return Number(reader.getRowsJS()[0]?.[0] ?? 0)
  }
  const rejected = await count(`SELECT count(*) FROM import_raw r WHERE (${row.reject}) IS NOT NULL`)
  const hasUniqueIds =
    row.messageId === undefined ||
    (await count(`SELECT count(*) - count(DISTINCT ${row.messageId}) FROM import_raw r`)) === 0
  return { rejected, hasUniqueIds }
}

/**
 * Finds the rejected records of `import_raw r` and keeps their indexes in the temporary table
 * `import_rejects`; answers them in file order with their 0-based record index in `line` (turned
 * into a file line later).
 */
export async function collectRejects(db: OpenDatabase, row: ImportedRowSql): Promise<ImportReject[]> {
  const connection = db.connection
  // The filter on the reject reason goes under the projection: the reason is computed once per row,
  // and the shown value only for rejected ones.
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE import_rejects AS
     SELECT row, reject,
            CASE reject WHEN 'missing-activity' THEN name WHEN 'missing-case-id' THEN case_text ELSE ts_text END AS value
     FROM (SELECT r.rowid AS row, ${row.reject} AS reject, ${row.name} AS name, ${row.caseText} AS case_text,
                  ${row.timestampText} AS ts_text
           FROM import_raw r)
     WHERE reject IS NOT NULL`,
  )
  const reader = await connection.runAndReadAll('SELECT row, reject, value FROM import_rejects ORDER BY row')
  return reader.getRowObjectsJS().map((rejected) => {
    const code = rejected.reject as ImportReject['code']
    return {
      line: Number(rejected.row),
      record: '',
      field: row.rejectedField[code],
      code,
      value: (rejected.value as string | null) ?? null,
    }
  })
}

/**
 * Keeps in `import_repeated` the message ids that more than one accepted row of the file carries,
 * with the first of those rows (the one stored); answers how many ids repeat. Ids are usually
 * unique in a file, so the dedup inside the file is then a join on few ids, not a window over all.
 */
export async function findRepeatedIds(db: OpenDatabase, messageId: string, hasRejects: boolean): Promise<number> {
  await db.connection.run(
    `CREATE OR REPLACE TEMP TABLE import_repeated AS
     SELECT ${messageId} AS mid, min(r.rowid) AS first_row
     FROM import_raw r ${hasRejects ? 'ANTI JOIN import_rejects j ON j.row = r.rowid' : ''}
     GROUP BY ALL HAVING count(*) > 1`,
  )
  const reader = await db.connection.runAndReadAll('SELECT count(*) FROM import_repeated')
  return Number(reader.getRowsJS()[0]?.[0] ?? 0)
}

/** What decides which rows of `import_raw` are stored. */
export interface RowsToStore {
  readonly projectId: string
  /** The seq before the first reserved one: a row's seq is `base + rowid + 1`, so seq follows the file. */
  readonly base: number
  readonly receivedAt: number
  /** Rows read from the file. */
  readonly read: number
  /** The message id of a row: the file's column, or one derived from the file's content and the row. */
  readonly messageId: string
  readonly hasRejects: boolean
  /** Whether `import_repeated` holds ids (see findRepeatedIds). */
  readonly hasRepeatedIds: boolean
  /** Whether the project holds events already (whose ids the file's rows may carry). */
  readonly hasStoredEvents: boolean
}

/**
 * Inserts the accepted rows of `import_raw r` into `events`, once per message id: not the rows
 * whose id the project holds already, and of the rows sharing an id only the first. The rows to
 * leave out (rejected, repeated, stored) are collected first as row numbers in `import_skipped`,
 * then the insert goes a million rows at a time, leaving them out by an anti-join on the row
 * number (the insert is plain when there is nothing to leave out). Runs inside the caller's
 * transaction; answers how many rows it stored.
 */
export async function storeImportedRows(
  db: OpenDatabase,
  row: ImportedRowSql,
  rows: RowsToStore,
  onProgress: (progress: ImportProgress) => void,
): Promise<number> {
  const connection = db.connection
  const { messageId } = rows
  const skipped = [
    ...(rows.hasRejects ? ['SELECT row FROM import_rejects'] : []),
    ...(rows.hasRepeatedIds
      ? [
          `SELECT r.rowid AS row FROM import_raw r JOIN import_repeated p ON p.mid = ${messageId} WHERE r.rowid <> p.first_row`,
        ]
      : []),
    ...(rows.hasStoredEvents
      ? [
          `SELECT r.rowid AS row FROM import_raw r WHERE ${messageId} IN (SELECT message_id FROM events WHERE project_id = $1)`,
        ]
      : []),
  ]
  if (skipped.length > 0) {
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE import_skipped AS ${skipped.join(' UNION ALL ')}`,
      rows.hasStoredEvents ? [rows.projectId] : [],
    )
  }
  const leaveOut =
    skipped.length === 0
      ? ''
      : 'ANTI JOIN (SELECT row FROM import_skipped WHERE row >= $4 AND row < $5) k ON k.row = r.rowid'
  // Rows carry their seq, so the insert need not keep their order: DuckDB then streams each chunk.
  await connection.run('SET preserve_insertion_order = false')
  let stored = 0
  try {
    for (let from = 0; from < rows.read; from += INSERT_CHUNK_ROWS) {
      const result = await connection.runAndReadAll(
        `INSERT INTO events
           SELECT $1, $2 + r.rowid + 1, ${messageId}, 'track', ${row.name}, ${row.anonymousId}, ${row.userId},
                  epoch_ms(${row.timestamp}), ${row.channel}, ${row.properties}, ${row.traits}, '{}', $3
           FROM import_raw r ${leaveOut}
           WHERE r.rowid >= $4 AND r.rowid < $5`,
        [rows.projectId, rows.base, rows.receivedAt, from, from + INSERT_CHUNK_ROWS],
      )
      stored += Number(result.getRowsJS()[0]?.[0] ?? 0)
      onProgress({ phase: 'storing', fraction: Math.min(1, (from + INSERT_CHUNK_ROWS) / rows.read) })
    }
  } finally {
    await connection.run('SET preserve_insertion_order = true')
  }
  return stored
}
