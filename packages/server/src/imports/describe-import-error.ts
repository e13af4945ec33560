import { assertNever, type ImportError } from '@parcours/core'

/** An import problem in words, with the request field it is about and the file line when known. */
export interface ImportFailure {
  /** A stable code: the `ImportError` code, `unreadable-xes`, or `import-failed`. */
  readonly code: string
  readonly message: string
  /** The request field to fix (`mapping.activity`), when a field is at fault. */
  readonly field?: string
  /** The 1-based line of the file at fault, when the reader names one. */
  readonly line?: number
}

/** The line a reader's message names (DuckDB: `Line: 3`; XES: `line 12`), if any. */
export function lineOf(message: string): number | undefined {
  const match = /\bline:?\s*(\d+)/i.exec(message)
  return match?.[1] === undefined ? undefined : Number(match[1])
}

/** Describes an importer's error for an API client, naming the mapping field or the file line. */
export function describeImportError(error: ImportError, fileName: string): ImportFailure {
  switch (error.code) {
    case 'unreadable-file': {
      const line = lineOf(error.message)
      return {
        code: error.code,
        message: `${fileName} cannot be read${line === undefined ? '' : ` (line ${line})`}: ${error.message.replaceAll(error.file, fileName)}`,
        ...(line === undefined ? {} : { line }),
      }
    }
    case 'unknown-column':
      return {
        code: error.code,
        field: `mapping.${error.field}`,
        message: `there is no column "${error.column}" for ${error.field} (columns: ${error.columns.join(', ')})`,
      }
    case 'no-mapping':
      return {
        code: error.code,
        field: `mapping.${error.field}`,
        message: `choose the column of the ${error.field} (columns: ${error.columns.join(', ')})`,
      }
    case 'conflicting-column':
      return {
        code: error.code,
        field: `mapping.${error.field}`,
        message: `the ${error.field} column "${error.column}" would replace the column "${error.replaced}": map "${error.replaced}" instead`,
      }
    case 'undetected-timestamp-format':
      return {
        code: error.code,
        field: 'mapping.timestampFormat',
        message: `the dates of column "${error.column}" cannot be read (e.g. ${error.sample.slice(0, 3).join(' | ')}): give their format, e.g. %d/%m/%Y %H:%M`,
      }
    default:
      return assertNever(error)
  }
}
