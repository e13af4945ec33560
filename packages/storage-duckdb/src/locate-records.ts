import type { TableImportSpec } from '@parcours/core'
import { parse } from 'csv-parse'
import { openText } from './read-raw-table.js'

/** Whether the file holds a header and then exactly one line per record (no quoted line breaks). */
export async function isOneLinePerRecord(file: string, records: number): Promise<boolean> {
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
export async function recordStartLines(
  file: string,
  encoding: string | undefined,
  spec: TableImportSpec,
): Promise<number[]> {
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
