import { createReadStream, statSync } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { err, type ImportError, type ImportProgress, ok, type Result, type TableImportSpec } from '@parcours/core'
import { parse } from 'csv-parse'
import type { OpenDatabase } from './open-database.js'
import { quoteLiteral } from './quote-sql.js'
import { withProgress } from './with-progress.js'

/** What reading a table file into `import_raw` found. */
export interface RawTable {
  readonly columns: readonly string[]
  readonly delimiter: string | undefined
  readonly encoding: string | undefined
}

/**
 * Reads a table file into the temporary table `import_raw` (every row, or the first `limit`):
 * CSV's delimiter and encoding are the given ones or detected (UTF-8 first, Latin-1 when DuckDB
 * finds invalid UTF-8).
 */
export async function readRawTable(
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

/** DuckDB's reader error without its long list of possible fixes and the SQL it ran. */
export function readerMessage(error: unknown): string {
  const text = String(error).replace(/^Error: /, '')
  const cut = text.search(/\n\s*(Possible fixes|LINE \d+:|The search space used was)/)
  return (cut === -1 ? text : text.slice(0, cut)).replace(/\s+/g, ' ').trim()
}

export function readerSql(
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

/** The column names on the first line of a CSV file. */
export async function readHeader(file: string, encoding: string | undefined, delimiter: string): Promise<string[]> {
  const parser = openText(file).pipe(
    parse({ delimiter, to_line: 1, relax_quotes: true, encoding: encoding === 'latin-1' ? 'latin1' : 'utf8' }),
  )
  for await (const record of parser as AsyncIterable<string[]>) return record
  return []
}

/** The delimiter of a CSV file: the most frequent of , ; tab | in its header line (outside quotes). */
export async function detectDelimiter(file: string): Promise<string> {
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

export function openText(file: string) {
  const stream = createReadStream(file)
  return file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream
}
