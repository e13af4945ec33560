import type { ColumnMapping, ImportError } from '@parcours/core'
import { err, LIFECYCLE_PROPERTY, ok, type Result } from '@parcours/core'

type MappedField = Exclude<keyof ColumnMapping, 'timestampFormat' | 'timezone' | 'identifiers' | 'properties'>

/** Column names recognised for each field, compared case-insensitively, first match wins. */
const CANDIDATES: Readonly<Record<MappedField, readonly string[]>> = {
  activity: ['concept:name', 'activity', 'event', 'event_name', 'event_type', 'action', 'activité'],
  timestamp: [
    'time:timestamp',
    'timestamp',
    'event_time',
    'time',
    'datetime',
    'date',
    'created_at',
    'ts',
    'horodatage',
  ],
  caseId: ['case:concept:name', 'case_id', 'caseid', 'case', 'case id', 'patient', 'order_id', 'ticket_id'],
  userId: ['user_id', 'userid', 'customer_id', 'client_id', 'customer'],
  anonymousId: ['anonymous_id', 'anonymousid'],
  channel: ['channel', 'canal'],
  // Not `status`: too common a name for other things (order status…); name it with --lifecycle-column.
  lifecycle: ['lifecycle:transition', 'lifecycle', 'transition'],
  messageId: ['message_id', 'messageid'],
}

const IDENTIFIER_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  email: ['email', 'e-mail', 'mail', 'courriel'],
  phone: ['phone', 'telephone', 'téléphone', 'tel', 'mobile'],
  loyaltyCard: ['loyalty_card', 'loyaltycard', 'carte_fidelite'],
  crmId: ['crm_id', 'crmid'],
}

/**
 * Completes a partial mapping from the table's column names. Named columns must exist; the
 * activity, the timestamp and one of case id / user id / anonymous id must be found. A lifecycle
 * column other than `lifecycle:transition` cannot be given when the table also has a column of
 * that name (it would replace it).
 *
 * @example
 * completeMapping('patients.csv', ['patient', 'activity', 'timestamp', 'status'], { lifecycle: 'status' })
 * // ok({ activity: 'activity', timestamp: 'timestamp', caseId: 'patient', lifecycle: 'status' })
 */
export function completeMapping(
  file: string,
  columns: readonly string[],
  given: Partial<ColumnMapping>,
): Result<ColumnMapping, ImportError> {
  const fields = Object.keys(CANDIDATES) as MappedField[]
  for (const field of fields) {
    const column = given[field]
    if (column !== undefined && !columns.includes(column)) {
      return err({ code: 'unknown-column', file, field, column, columns })
    }
  }
  for (const [kind, column] of Object.entries(given.identifiers ?? {})) {
    if (!columns.includes(column))
      return err({ code: 'unknown-column', file, field: `identifiers.${kind}`, column, columns })
  }
  for (const column of given.properties ?? []) {
    if (!columns.includes(column)) return err({ code: 'unknown-column', file, field: 'properties', column, columns })
  }

  const resolved = resolveColumns(columns, given)
  const lifecycleNamesake = columns.find((column) => column === LIFECYCLE_PROPERTY)
  if (resolved.lifecycle !== undefined && lifecycleNamesake !== undefined && resolved.lifecycle !== lifecycleNamesake) {
    return err({
      code: 'conflicting-column',
      file,
      field: 'lifecycle',
      column: resolved.lifecycle,
      replaced: lifecycleNamesake,
    })
  }
  const { activity, timestamp } = resolved
  if (activity === undefined) return err({ code: 'no-mapping', file, field: 'activity', columns })
  if (timestamp === undefined) return err({ code: 'no-mapping', file, field: 'timestamp', columns })
  if (resolved.caseId === undefined && resolved.userId === undefined && resolved.anonymousId === undefined) {
    return err({ code: 'no-mapping', file, field: 'caseId', columns })
  }
  const identifiers = given.identifiers ?? detectIdentifiers(columns)
  return ok({
    ...resolved,
    activity,
    timestamp,
    ...(given.timestampFormat === undefined ? {} : { timestampFormat: given.timestampFormat }),
    ...(given.timezone === undefined ? {} : { timezone: given.timezone }),
    ...(Object.keys(identifiers).length === 0 ? {} : { identifiers }),
    ...(given.properties === undefined ? {} : { properties: given.properties }),
  })
}

/**
 * The fields a table's column names tell (case-insensitively, see `CANDIDATES`), the given ones
 * kept: what `completeMapping` completes, without its checks, so that a preview can show what was
 * found and what is missing.
 *
 * @example
 * detectMapping(['Case_ID', 'Activity', 'Timestamp', 'Email'])
 * // { caseId: 'Case_ID', activity: 'Activity', timestamp: 'Timestamp', identifiers: { email: 'Email' } }
 */
export function detectMapping(columns: readonly string[], given: Partial<ColumnMapping> = {}): Partial<ColumnMapping> {
  const identifiers = given.identifiers ?? detectIdentifiers(columns)
  return {
    ...given,
    ...resolveColumns(columns, given),
    ...(Object.keys(identifiers).length === 0 ? {} : { identifiers }),
  }
}

function finder(columns: readonly string[]) {
  const byLowerName = new Map(columns.map((column) => [column.toLowerCase(), column]))
  return {
    byLowerName,
    find: (names: readonly string[]) => names.map((name) => byLowerName.get(name)).find((c) => c !== undefined),
  }
}

function resolveColumns(
  columns: readonly string[],
  given: Partial<ColumnMapping>,
): Partial<Record<MappedField, string>> {
  const { byLowerName, find } = finder(columns)
  const fields = Object.keys(CANDIDATES) as MappedField[]
  const resolved: Partial<Record<MappedField, string>> = {}
  const used = new Set<string>()
  // A log of customers (user or anonymous ids) is measured per customer: a case column is only
  // looked for when there is neither, as in process-mining logs.
  const hasPeople = [given.userId, given.anonymousId, find(CANDIDATES.userId), find(CANDIDATES.anonymousId)].some(
    (column) => column !== undefined,
  )
  for (const field of fields) {
    if (field === 'caseId' && given.caseId === undefined && hasPeople) continue
    const column = given[field] ?? find(CANDIDATES[field].filter((name) => !used.has(byLowerName.get(name) ?? '')))
    if (column !== undefined) {
      resolved[field] = column
      used.add(column)
    }
  }
  return resolved
}

function detectIdentifiers(columns: readonly string[]): Record<string, string> {
  const { find } = finder(columns)
  return Object.fromEntries(
    Object.entries(IDENTIFIER_CANDIDATES).flatMap(([kind, names]) => {
      const column = find(names)
      return column === undefined ? [] : [[kind, column]]
    }),
  )
}

/** Day-first formats come before month-first ones: Parcours's users write dates the French way. */
export const TIMESTAMP_FORMATS = [
  '%d/%m/%Y %H:%M:%S',
  '%d/%m/%Y %H:%M',
  '%d/%m/%Y',
  '%d-%m-%Y %H:%M:%S',
  '%d-%m-%Y %H:%M',
  '%d-%m-%Y',
  '%d.%m.%Y %H:%M:%S',
  '%d.%m.%Y %H:%M',
  '%d.%m.%Y',
  '%m/%d/%Y %H:%M:%S',
  '%m/%d/%Y %H:%M',
  '%m/%d/%Y',
] as const

/** The ISO 8601 family (with or without offset, `T` or space), read by DuckDB's cast. */
export const ISO_FORMAT = 'iso8601'
