import type { ImportReject } from '@parcours/core'

/** The header of a reject file, the same as `parcours import` writes. */
export const REJECT_CSV_HEADER = ['line', 'record', 'field', 'code', 'value'] as const

/**
 * Rejected records as CSV (RFC 4180, CRLF-free: one `\n` per record), with the columns of the
 * CLI's reject file: the file line (empty for XES), where the record is in words, the field, the
 * reason's code and the value that was refused.
 */
export function rejectCsv(rejects: readonly ImportReject[]): string {
  const rows = [
    REJECT_CSV_HEADER,
    ...rejects.map((r) => [r.line === null ? '' : String(r.line), r.record, r.field, r.code, r.value ?? '']),
  ]
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
