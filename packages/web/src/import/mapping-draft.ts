import type { ColumnMapping, ImportStatus } from '../api/import.js'

/** The fields chosen with one column each, in the order the form shows them. */
export const COLUMN_FIELDS = [
  'activity',
  'timestamp',
  'caseId',
  'userId',
  'anonymousId',
  'channel',
  'lifecycle',
  'messageId',
] as const
export type ColumnField = (typeof COLUMN_FIELDS)[number]

/** Shared identifier kinds offered for stitching (stored as traits). */
export const IDENTIFIER_KINDS = ['email', 'phone', 'loyaltyCard', 'crmId'] as const
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number]

/** The mapping being edited: '' means no column chosen. */
export interface MappingDraft {
  readonly columns: Readonly<Record<ColumnField, string>>
  readonly identifiers: Readonly<Record<IdentifierKind, string>>
  readonly timestampFormat: string
  readonly timezone: string
  /** Columns left out of the properties (every other unmapped column is kept). */
  readonly excluded: readonly string[]
}

/** Why a field cannot be sent as it is (a message key of the import namespace). */
export type DraftProblem = 'required' | 'needCase' | 'sameColumn'

/**
 * The draft prefilled with what the server detected; when no date format reads every date, the
 * one that reads the most is proposed (the import needs one, and rejects the dates it cannot read).
 */
export function draftFromPreview(preview: ImportStatus['preview']): MappingDraft {
  const detected = preview.mapping
  const columns = Object.fromEntries(COLUMN_FIELDS.map((field) => [field, detected[field] ?? ''])) as Record<
    ColumnField,
    string
  >
  const identifiers = Object.fromEntries(
    IDENTIFIER_KINDS.map((kind) => [kind, detected.identifiers?.[kind] ?? '']),
  ) as Record<IdentifierKind, string>
  return {
    columns,
    identifiers,
    timestampFormat: detected.timestampFormat ?? preview.likelyTimestampFormat?.format ?? '',
    timezone: detected.timezone ?? '',
    excluded: [],
  }
}

/** The columns not chosen for a field nor as an identifier: they are kept as properties. */
export function propertyColumns(draft: MappingDraft, columns: readonly string[]): string[] {
  const used = new Set(
    [draft.columns.activity, draft.columns.timestamp, draft.columns.userId, draft.columns.anonymousId]
      .concat([draft.columns.channel, draft.columns.messageId, draft.columns.lifecycle])
      .filter((column) => column !== ''),
  )
  return columns.filter((column) => !used.has(column))
}

/** The problems of a draft, by field; empty when it can be sent. */
export function draftProblems(draft: MappingDraft): Partial<Record<ColumnField, DraftProblem>> {
  const problems: Partial<Record<ColumnField, DraftProblem>> = {}
  if (draft.columns.activity === '') problems.activity = 'required'
  if (draft.columns.timestamp === '') problems.timestamp = 'required'
  if (draft.columns.caseId === '' && draft.columns.userId === '' && draft.columns.anonymousId === '')
    problems.caseId = 'needCase'
  if (draft.columns.timestamp !== '' && draft.columns.timestamp === draft.columns.activity)
    problems.timestamp = 'sameColumn'
  return problems
}

/**
 * The mapping to send: the chosen columns, identifiers, date options and, when some were left out,
 * the properties. A field left empty is detected by the server from the column names, as
 * `parcours import` does.
 */
export function mappingOfDraft(draft: MappingDraft, columns: readonly string[]): ColumnMapping {
  const chosen = Object.fromEntries(
    COLUMN_FIELDS.flatMap((field) => (draft.columns[field] === '' ? [] : [[field, draft.columns[field]]])),
  )
  const identifiers = Object.fromEntries(
    IDENTIFIER_KINDS.flatMap((kind) => (draft.identifiers[kind] === '' ? [] : [[kind, draft.identifiers[kind]]])),
  )
  const kept = propertyColumns(draft, columns)
  const properties = kept.filter((column) => !draft.excluded.includes(column))
  return {
    ...chosen,
    // Always sent: an empty object keeps the server from detecting identifiers the user removed.
    identifiers,
    ...(draft.timestampFormat.trim() === '' ? {} : { timestampFormat: draft.timestampFormat.trim() }),
    ...(draft.timezone.trim() === '' ? {} : { timezone: draft.timezone.trim() }),
    ...(properties.length === kept.length ? {} : { properties }),
  }
}
