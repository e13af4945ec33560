import type { Result } from '../shared/result.js'

/** File formats Parcours imports. */
export const IMPORT_FORMATS = ['csv', 'tsv', 'jsonl', 'parquet', 'xes'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/**
 * The format a file's name tells (`calls.csv.gz` → `csv`, `.json` and `.ndjson` → `jsonl`);
 * undefined when the name does not tell one.
 */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  const name = fileName.toLowerCase().replace(/\.gz$/, '')
  const dot = name.lastIndexOf('.')
  if (dot === -1) return undefined
  const extension = name.slice(dot + 1)
  const format = extension === 'json' || extension === 'ndjson' ? 'jsonl' : extension
  return (IMPORT_FORMATS as readonly string[]).includes(format) ? (format as ImportFormat) : undefined
}

/**
 * Which columns of a table (CSV, TSV, JSONL, Parquet) make an event. Only `activity` and
 * `timestamp` are required; the case id becomes the user id when no user id column is given, so
 * process-mining logs get one customer per case. Every column not mapped to a field is kept as a
 * property (or only `properties` when given).
 */
export interface ColumnMapping {
  readonly activity: string
  readonly timestamp: string
  /** strptime format (`%d/%m/%Y %H:%M`); absent: detected (ISO 8601, day-first or month-first). */
  readonly timestampFormat?: string
  /** Zone of timestamps written without an offset (`Europe/Paris`); default UTC. */
  readonly timezone?: string
  readonly caseId?: string
  readonly userId?: string
  readonly anonymousId?: string
  readonly channel?: string
  /**
   * The lifecycle transition of each event (`start`, `complete`, `schedule`…), stored as the
   * property `lifecycle:transition` as XES logs carry it, so that `--classifier name+lifecycle`,
   * `--lifecycle complete` and the performance analysis read it. Detected from a column named
   * `lifecycle:transition`, `lifecycle` or `transition`; a column with another name (bupaR's
   * `status`) is only used when named here. An empty cell: no lifecycle.
   */
  readonly lifecycle?: string
  /** A column with a unique id per event; absent: derived from the file's content and the row. */
  readonly messageId?: string
  /** Shared identifiers for stitching, by kind: `{ email: 'Email', phone: 'Tel' }`, stored as traits. */
  readonly identifiers?: Readonly<Record<string, string>>
  /** The columns kept as properties; absent: every column not mapped above. */
  readonly properties?: readonly string[]
}

/** One rejected record, with where it is and why. */
export interface ImportReject {
  /** 1-based line of the file where the record starts (the header is line 1); null where a format has no lines that mean anything (XES: see `record`). */
  readonly line: number | null
  /** Where the record is in words: `line 12`, `row 7` (Parquet), `trace 3 ("case-17"), event 2` (XES). */
  readonly record: string
  readonly field: string
  readonly code: 'bad-timestamp' | 'missing-case-id' | 'missing-activity'
  readonly value: string | null
}

export interface ImportSummary {
  readonly file: string
  readonly format: ImportFormat
  readonly read: number
  readonly imported: number
  readonly duplicates: number
  readonly rejected: number
  /** The first rejects (all of them go to the reject file). */
  readonly rejects: readonly ImportReject[]
  readonly mapping?: ColumnMapping
  readonly timestampFormat?: string
  readonly encoding?: string
}

export type ImportError =
  | { readonly code: 'unreadable-file'; readonly file: string; readonly message: string }
  | {
      readonly code: 'unknown-column'
      readonly file: string
      readonly field: string
      readonly column: string
      readonly columns: readonly string[]
    }
  | { readonly code: 'no-mapping'; readonly file: string; readonly field: string; readonly columns: readonly string[] }
  /** The column mapped to `field` would be stored under the name of another column, `replaced`. */
  | {
      readonly code: 'conflicting-column'
      readonly file: string
      readonly field: string
      readonly column: string
      readonly replaced: string
    }
  | {
      readonly code: 'undetected-timestamp-format'
      readonly file: string
      readonly column: string
      readonly sample: readonly string[]
    }

export type ImportResult = Result<ImportSummary, ImportError>

/**
 * The first rows of a table file read as an import reads it, and what an import would detect:
 * the columns, the mapping found from their names (only the fields found), the date format.
 */
export interface TablePreview {
  readonly columns: readonly string[]
  /** The first rows, each cell as text (null when empty or missing), in column order. */
  readonly rows: readonly (readonly (string | null)[])[]
  /** The fields whose column was found by name; required ones may be missing. */
  readonly mapping: Partial<ColumnMapping>
  /** The date format of the detected timestamp column (strptime, or `iso8601`); absent when none reads every value. */
  readonly timestampFormat?: string
  /**
   * When no format reads every sampled date: the one that reads the most, and the share it reads
   * (0–1). An import must then be given a format; the dates it cannot read are rejected.
   */
  readonly likelyTimestampFormat?: { readonly format: string; readonly share: number }
  /** CSV: the delimiter and the encoding the import would use. */
  readonly delimiter?: string
  readonly encoding?: string
}

/** Progress of a long import, for a progress bar: a fraction from 0 to 1 and what is being done. */
export interface ImportProgress {
  readonly phase: 'reading' | 'checking' | 'storing'
  readonly fraction: number
}
