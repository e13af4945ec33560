import Papa from 'papaparse'

/** One value of a CSV cell: numbers are written with a dot as the decimal separator, empty for null/undefined. */
export type CsvValue = string | number | boolean | null | undefined

/**
 * A table as RFC 4180 CSV text (papaparse): a header row, then one line per row, CRLF line ends;
 * cells holding a comma, a quote or a line break are quoted, quotes doubled. A text cell that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` then a non-digit) gets a leading apostrophe.
 *
 * @example toCsv(['Étape', 'Clients'], [['Recherche, achat', 120]]) // 'Étape,Clients\r\n"Recherche, achat",120'
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return Papa.unparse(
    { fields: columns.map(cellText), data: rows.map((row) => row.map(cellText)) },
    { newline: '\r\n', quotes: false },
  )
}

/**
 * The CSV as a downloadable file: UTF-8 with a byte-order mark so spreadsheet programs read accents
 * (é, à, ’) correctly, MIME type text/csv.
 */
export function csvBlob(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): Blob {
  return new Blob(['\uFEFF', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' })
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return String(value)
  return /^[=+\-@][^0-9]/.test(value) ? `'${value}` : value
}
