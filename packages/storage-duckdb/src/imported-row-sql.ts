import { type ColumnMapping, type ImportReject, LIFECYCLE_PROPERTY } from '@parcours/core'
import { ISO_FORMAT } from './detect-mapping.js'
import { quoteIdentifier, quoteLiteral } from './quote-sql.js'

/** The alias of `import_raw` that every expression below reads from (`FROM import_raw r`). */
export const RAW = 'r'

/**
 * SQL expressions over one row of `import_raw r` (its `r.rowid` is the record's 0-based index):
 * the event's fields, and why the record is rejected (NULL when it is accepted). Computed where
 * they are needed instead of being stored in a checked copy of the whole file.
 */
export interface ImportedRowSql {
  readonly name: string
  /** TIMESTAMPTZ, NULL when the text does not read with the format (read in the session's TimeZone). */
  readonly timestamp: string
  readonly userId: string
  readonly anonymousId: string
  readonly channel: string
  /** The file's message id column, or undefined when the file has none. */
  readonly messageId: string | undefined
  readonly properties: string
  readonly traits: string
  /** The reject code (`missing-activity`, `missing-case-id`, `bad-timestamp`) or NULL. */
  readonly reject: string
  /** The cells shown with a reject: the case id (or user id, or anonymous id) and the timestamp text. */
  readonly caseText: string
  readonly timestampText: string
  /** The file's column (or columns) named by a reject of each code. */
  readonly rejectedField: Readonly<Record<ImportReject['code'], string>>
}

export function importedRowSql(mapping: ColumnMapping, format: string, columns: readonly string[]): ImportedRowSql {
  const cell = (name: string) => `${RAW}.${quoteIdentifier(name)}`
  const column = (name: string | undefined) => (name === undefined ? 'NULL' : `${cell(name)}::VARCHAR`)
  const tsText = column(mapping.timestamp)
  const timestamp =
    format === ISO_FORMAT
      ? `TRY_CAST(${tsText} AS TIMESTAMPTZ)`
      : `TRY_CAST(try_strptime(${tsText}, ${quoteLiteral(format)}) AS TIMESTAMPTZ)`
  const caseColumn = mapping.caseId
  const isBlank = (name: string | undefined) =>
    name === undefined ? 'true' : `coalesce(trim(${column(name)}), '') = ''`
  const missingCase =
    caseColumn === undefined ? `${isBlank(mapping.userId)} AND ${isBlank(mapping.anonymousId)}` : isBlank(caseColumn)
  const mappedColumns = new Set(
    [
      mapping.activity,
      mapping.timestamp,
      mapping.userId,
      mapping.anonymousId,
      mapping.channel,
      mapping.messageId,
      mapping.lifecycle,
    ].filter((name): name is string => name !== undefined),
  )
  const listed = mapping.properties ?? columns.filter((name) => !mappedColumns.has(name))
  // The lifecycle is stored as `lifecycle:transition`, as XES carries it, trimmed (empty: none).
  const lifecycle = mapping.lifecycle
  const propertyColumns = lifecycle === undefined ? listed : listed.filter((name) => name !== LIFECYCLE_PROPERTY)
  // Only the cells that hold a value become members: an empty cell is no property (core reads a
  // null as absent), and a file whose rows fill few of many columns stores a fraction of the text.
  // `'"key":' || to_json(NULL)` is NULL, and concat_ws leaves NULLs out.
  const jsonObject = (pairs: readonly (readonly [string, string])[]) =>
    pairs.length === 0
      ? `'{}'`
      : `'{' || concat_ws(',', ${pairs.map(([key, sql]) => `${quoteLiteral(`${JSON.stringify(key)}:`)} || to_json(${sql})`).join(', ')}) || '}'`
  const properties = jsonObject([
    ...propertyColumns.map((name) => [name, cell(name)] as const),
    ...(lifecycle === undefined ? [] : [[LIFECYCLE_PROPERTY, `nullif(trim(${column(lifecycle)}), '')`] as const]),
  ])
  const traits = jsonObject(
    Object.entries(mapping.identifiers ?? {}).map(
      ([kind, name]) => [kind, kind === 'email' ? `lower(trim(${column(name)}))` : column(name)] as const,
    ),
  )
  const name = column(mapping.activity)
  const reject = `CASE WHEN ${name} IS NULL OR trim(${name}) = '' THEN 'missing-activity'
                       WHEN ${missingCase} THEN 'missing-case-id'
                       WHEN ${timestamp} IS NULL THEN 'bad-timestamp' END`
  const caseText = column(caseColumn ?? mapping.userId ?? mapping.anonymousId)
  return {
    name,
    timestamp,
    userId: column(mapping.userId ?? caseColumn),
    anonymousId: column(mapping.anonymousId),
    channel: column(mapping.channel),
    messageId: mapping.messageId === undefined ? undefined : column(mapping.messageId),
    properties,
    traits,
    reject,
    caseText,
    timestampText: tsText,
    rejectedField: {
      'missing-activity': mapping.activity,
      'missing-case-id': caseColumn ?? [mapping.userId, mapping.anonymousId].filter((c) => c !== undefined).join(' / '),
      'bad-timestamp': mapping.timestamp,
    },
  }
}
