import { CHANNELS, type Channel } from '../shared/channel.js'
import { err, ok, type Result } from '../shared/result.js'
import type { CostSelection, KpiPeriod } from './kpi-spec.js'

/**
 * One row of imported cost data: what was spent on a day, on a channel and/or a campaign.
 *
 * @example { date: Date.UTC(2026, 0, 5), channel: 'advertising', campaign: 'spring-sale', amount: 120.5, currency: 'EUR' }
 */
export interface CostRow {
  /** The day, epoch ms of its UTC midnight. */
  readonly date: number
  readonly channel: Channel | null
  readonly campaign: string | null
  /** In the file's currency, 0 or more. */
  readonly amount: number
  readonly currency: string | null
}

/** The fields of a cost file, and the header names each accepts (compared case-insensitively, spaces and hyphens read as `_`). */
export const COST_CSV_COLUMNS = {
  date: ['date', 'day', 'jour'],
  channel: ['channel', 'canal'],
  campaign: ['campaign', 'campaign_name', 'utm_campaign', 'campagne'],
  amount: ['amount', 'cost', 'spend', 'montant', 'cout', 'coût'],
  currency: ['currency', 'devise'],
} as const

export type CostField = keyof typeof COST_CSV_COLUMNS

/** Why a cost file or one of its lines was refused; `line` is 1-based (the header is line 1), `field` the header as written. */
export type CostCsvError =
  | { readonly code: 'empty-file' }
  | { readonly code: 'missing-column'; readonly column: 'date' | 'amount' | 'channel or campaign' }
  | { readonly code: 'duplicate-column'; readonly line: 1; readonly field: string }
  | { readonly code: 'unclosed-quote'; readonly line: number }
  | { readonly code: 'wrong-field-count'; readonly line: number; readonly expected: number; readonly actual: number }
  | { readonly code: 'bad-date'; readonly line: number; readonly field: string; readonly value: string }
  | { readonly code: 'bad-amount'; readonly line: number; readonly field: string; readonly value: string }
  | { readonly code: 'unknown-channel'; readonly line: number; readonly field: string; readonly value: string }
  | { readonly code: 'missing-channel-or-campaign'; readonly line: number }
  | {
      readonly code: 'mixed-currencies'
      readonly line: number
      readonly field: string
      readonly value: string
      readonly expected: string
    }

/**
 * Reads cost data from CSV text: a header, then one row per day and channel and/or campaign.
 * Columns `date` (`YYYY-MM-DD`, a UTC day), `amount` (a decimal with `.`, or with `,` in a
 * `;`-separated file; 0 or more) and `channel` (a Parcours channel) and/or `campaign`; optional
 * `currency` (one per file). Header aliases are in `COST_CSV_COLUMNS`; other columns (clicks,
 * impressions…) are ignored. The separator is the header's most frequent of `,` `;` tab. Quoted
 * fields follow RFC 4180. Every bad line is reported; one error and no row is returned.
 *
 * @example parseCostCsv('date,channel,campaign,amount\n2026-01-05,advertising,spring-sale,120.50\n')
 * // → ok([{ date: Date.UTC(2026, 0, 5), channel: 'advertising', campaign: 'spring-sale', amount: 120.5, currency: null }])
 */
export function parseCostCsv(text: string): Result<CostRow[], CostCsvError[]> {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const separator = detectSeparator(source)
  const parsed = parseRecords(source, separator)
  const records = parsed.records.filter((record) => !(record.fields.length === 1 && record.fields[0]?.trim() === ''))
  const header = records[0]
  if (header === undefined) return err(parsed.unclosedAt === null ? [{ code: 'empty-file' }] : unclosed(parsed))

  const errors: CostCsvError[] = []
  const columns = new Map<CostField, { index: number; name: string }>()
  header.fields.forEach((name, index) => {
    const field = fieldOfHeader(name)
    if (field === undefined) return
    if (columns.has(field)) errors.push({ code: 'duplicate-column', line: 1, field: name })
    else columns.set(field, { index, name })
  })
  if (!columns.has('date')) errors.push({ code: 'missing-column', column: 'date' })
  if (!columns.has('amount')) errors.push({ code: 'missing-column', column: 'amount' })
  if (!columns.has('channel') && !columns.has('campaign'))
    errors.push({ code: 'missing-column', column: 'channel or campaign' })
  if (errors.length > 0) return err(errors)

  const rows: CostRow[] = []
  let currency: { value: string; line: number } | undefined
  for (const record of records.slice(1)) {
    const line = record.line
    if (record.fields.length !== header.fields.length) {
      errors.push({ code: 'wrong-field-count', line, expected: header.fields.length, actual: record.fields.length })
      continue
    }
    const cell = (field: CostField) => {
      const column = columns.get(field)
      return column === undefined
        ? undefined
        : { name: column.name, value: (record.fields[column.index] as string).trim() }
    }
    const before = errors.length
    const dateCell = cell('date') as { name: string; value: string }
    const date = parseDay(dateCell.value)
    if (date === undefined) errors.push({ code: 'bad-date', line, field: dateCell.name, value: dateCell.value })
    const amountCell = cell('amount') as { name: string; value: string }
    const amount = parseAmount(amountCell.value, separator)
    if (amount === undefined) errors.push({ code: 'bad-amount', line, field: amountCell.name, value: amountCell.value })
    const channelCell = cell('channel')
    const channelText = channelCell?.value ?? ''
    const channel = channelText === '' ? null : channelOf(channelText)
    if (channelCell !== undefined && channel === undefined)
      errors.push({ code: 'unknown-channel', line, field: channelCell.name, value: channelCell.value })
    const campaign = cell('campaign')?.value || null
    if (channelText === '' && campaign === null) errors.push({ code: 'missing-channel-or-campaign', line })
    const currencyCell = cell('currency')
    const rowCurrency =
      currencyCell === undefined || currencyCell.value === '' ? null : currencyCell.value.toUpperCase()
    if (currencyCell !== undefined && rowCurrency !== null) {
      if (currency === undefined) currency = { value: rowCurrency, line }
      else if (currency.value !== rowCurrency)
        errors.push({
          code: 'mixed-currencies',
          line,
          field: currencyCell.name,
          value: currencyCell.value,
          expected: currency.value,
        })
    }
    if (errors.length > before) continue
    rows.push({
      date: date as number,
      channel: channel ?? null,
      campaign,
      amount: amount as number,
      currency: rowCurrency,
    })
  }
  if (parsed.unclosedAt !== null) errors.push(...unclosed(parsed))
  return errors.length > 0 ? err(errors) : ok(rows)
}

/**
 * The cost rows a KPI adds up: days in the period (a row's UTC midnight in `[from, to)`), on one
 * of `channels` and in one of `campaigns` (each filter optional; a row without a channel never
 * matches a channel filter, nor one without a campaign a campaign filter).
 *
 * @example filterCosts(rows, { period: { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 1, 1) }, channels: ['advertising'] })
 */
export function filterCosts(
  rows: readonly CostRow[],
  filter: CostSelection & { readonly period?: KpiPeriod },
): CostRow[] {
  const channels = filter.channels === undefined ? undefined : new Set<string>(filter.channels)
  const campaigns = filter.campaigns === undefined ? undefined : new Set(filter.campaigns)
  const period = filter.period
  return rows.filter(
    (row) =>
      (period === undefined || (row.date >= period.from && row.date < period.to)) &&
      (channels === undefined || (row.channel !== null && channels.has(row.channel))) &&
      (campaigns === undefined || (row.campaign !== null && campaigns.has(row.campaign))),
  )
}

function fieldOfHeader(name: string): CostField | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
  for (const [field, aliases] of Object.entries(COST_CSV_COLUMNS) as [CostField, readonly string[]][])
    if (aliases.includes(key)) return field
  return undefined
}

const CHANNEL_SET = new Set<string>(CHANNELS)

function channelOf(text: string): Channel | undefined {
  const key = text.toLowerCase()
  return CHANNEL_SET.has(key) ? (key as Channel) : undefined
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A `YYYY-MM-DD` calendar day as its UTC midnight, or undefined. */
function parseDay(text: string): number | undefined {
  const match = DAY.exec(text)
  if (match === null) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = Date.UTC(year, month - 1, day)
  const check = new Date(date)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined
  return date
}

const POINT_DECIMAL = /^\d+(\.\d+)?$/
const COMMA_DECIMAL = /^\d+(,\d+)?$/

function parseAmount(text: string, separator: string): number | undefined {
  if (POINT_DECIMAL.test(text)) return Number(text)
  if (separator === ';' && COMMA_DECIMAL.test(text)) return Number(text.replace(',', '.'))
  return undefined
}

function detectSeparator(text: string): string {
  const end = text.search(/\r?\n/)
  const header = end === -1 ? text : text.slice(0, end)
  let best = ','
  let bestCount = 0
  for (const separator of [',', ';', '\t']) {
    const count = header.split(separator).length - 1
    if (count > bestCount) {
      best = separator
      bestCount = count
    }
  }
  return best
}

interface CsvRecord {
  readonly line: number
  readonly fields: string[]
}

/** RFC 4180 records with the 1-based line each starts on; `unclosedAt` is the line of a quote never closed. */
function parseRecords(text: string, separator: string): { records: CsvRecord[]; unclosedAt: number | null } {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let inQuotes = false
  let quoteLine = 0
  let i = 0
  const endRecord = () => {
    fields.push(field)
    records.push({ line: recordLine, fields })
    fields = []
    field = ''
  }
  while (i < text.length) {
    const char = text[i] as string
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        inQuotes = false
      } else {
        if (char === '\n') line++
        field += char
      }
      i++
      continue
    }
    if (char === '"' && field === '') {
      inQuotes = true
      quoteLine = line
    } else if (char === separator) {
      fields.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      endRecord()
      if (char === '\r' && text[i + 1] === '\n') i++
      line++
      recordLine = line
    } else field += char
    i++
  }
  if (inQuotes) return { records, unclosedAt: quoteLine }
  if (field !== '' || fields.length > 0) endRecord()
  return { records, unclosedAt: null }
}

function unclosed(parsed: { unclosedAt: number | null }): CostCsvError[] {
  return [{ code: 'unclosed-quote', line: parsed.unclosedAt as number }]
}

/** One line a person can act on: where in the cost file, and what is wrong. */
export function describeCostCsvError(error: CostCsvError): string {
  const where = 'line' in error ? `line ${error.line}${'field' in error ? `, ${error.field}` : ''}: ` : ''
  const value = 'value' in error ? ` (${JSON.stringify(error.value)})` : ''
  switch (error.code) {
    case 'empty-file':
      return 'the cost file is empty'
    case 'missing-column':
      return `the cost file has no ${error.column} column`
    case 'wrong-field-count':
      return `${where}${error.actual} fields where the header has ${error.expected}`
    default:
      return `${where}${error.code.replaceAll('-', ' ')}${value}`
  }
}
