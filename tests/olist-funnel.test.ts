import { readFileSync } from 'node:fs'
import {
  buildJourneyLog,
  computeFunnel,
  FunnelSpec,
  type FunnelSpecInput,
  type JourneyLog,
  type JourneyLogInput,
  summarize,
} from '@parcours/core'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The Olist marketing funnel (../shared/data/olist-marketing-funnel, SOURCE.md): 8,000 marketing-
 * qualified leads, 842 of them closed. One `Lead` event per MQL at its first contact date (with
 * `properties.origin`, absent when blank) and one `Deal Won` event per closed deal at its won date,
 * one case per `mql_id`. Dates are read as UTC.
 */
const DIR = new URL('../../shared/data/olist-marketing-funnel/', import.meta.url)
const DAY = 86_400_000

interface LeadRow {
  readonly mql_id: string
  readonly first_contact_date: string
  readonly origin: string
}
interface DealRow {
  readonly mql_id: string
  readonly won_date: string
}

const readCsv = <T>(file: string): T[] =>
  parse(readFileSync(new URL(file, DIR)), { columns: true, skip_empty_lines: true }) as T[]

/** `DD-MM-YYYY` (the re-saved leads file) as epoch ms. */
function contactDate(text: string): number {
  const [day, month, year] = text.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, day)
}
/** `YYYY-MM-DD HH:MM:SS` as epoch ms. */
const wonDate = (text: string): number => Date.parse(`${text.replace(' ', 'T')}Z`)

/** SOURCE.md, "Reference statistics": MQLs and won deals by origin, largest first; blank last. */
const BY_ORIGIN: readonly [string | null, number, number, string | null][] = [
  ['organic_search', 2296, 271, '11.80'],
  ['paid_search', 1586, 195, '12.30'],
  ['social', 1350, 75, '5.56'],
  ['unknown', 1099, 179, '16.29'],
  ['direct_traffic', 499, 56, '11.22'],
  ['email', 493, 15, '3.04'],
  ['referral', 284, 24, '8.45'],
  ['other', 150, 4, null],
  ['display', 118, 6, null],
  ['other_publicities', 65, 3, null],
  [null, 60, 14, null],
]

/** A ratio as SOURCE.md prints it: rounded to 4 decimals, shown as a percentage with 2. */
const percent = (ratio: number) => (Number(ratio.toFixed(4)) * 100).toFixed(2)

describe('the funnel on the Olist marketing funnel', () => {
  let leads: LeadRow[]
  let deals: DealRow[]
  let log: JourneyLog
  const funnel = (input: Omit<FunnelSpecInput, 'steps'>) =>
    computeFunnel(
      log,
      FunnelSpec.parse({
        steps: [
          { name: 'Lead', selector: { events: ['Lead'] } },
          { name: 'Deal', selector: { events: ['Deal Won'] } },
        ],
        ...input,
      }),
    )

  beforeAll(() => {
    leads = readCsv<LeadRow>('olist_marketing_qualified_leads_dataset.csv')
    deals = readCsv<DealRow>('olist_closed_deals_dataset.csv')
    const event = (name: string, mqlId: string, timestamp: number, seq: number, origin?: string): JourneyLogInput => ({
      type: 'track',
      name,
      timestamp,
      seq,
      channel: null,
      properties: { mql_id: mqlId, ...(origin === undefined || origin === '' ? {} : { origin }) },
      traits: {},
      context: {},
      customerId: mqlId,
    })
    log = buildJourneyLog(
      [
        ...leads.map((row, i) => event('Lead', row.mql_id, contactDate(row.first_contact_date), i, row.origin)),
        ...deals.map((row, i) => event('Deal Won', row.mql_id, wonDate(row.won_date), leads.length + i)),
      ],
      { caseProperty: 'mql_id' },
    )
  })

  /** Days from first contact to the deal, per deal. */
  const lagsInDays = () => {
    const contact = new Map(leads.map((row) => [row.mql_id, contactDate(row.first_contact_date)]))
    return deals.map((row) => (wonDate(row.won_date) - (contact.get(row.mql_id) as number)) / DAY)
  }

  it('reads 8,000 leads and 842 deals, every deal joined to a lead', () => {
    expect(leads).toHaveLength(8000)
    expect(deals).toHaveLength(842)
    expect(log.caseCount).toBe(8000)
  })

  it('needs a window of 428 days: deals close up to 427.6 days after first contact, one 1.2 days before it', () => {
    const lags = lagsInDays().sort((a, b) => a - b)
    expect(lags[lags.length - 1]).toBeCloseTo(427.55, 2)
    expect(lags.filter((lag) => lag < 0)).toHaveLength(1)
    expect(lags[0]).toBeCloseTo(-1.18, 2)
    expect(lags.filter((lag) => lag > 14)).toHaveLength(430)
  })

  it('finds 8,000 leads → 842 deals, 10.52 %, and the conversion of every origin (unordered, 428-day window, first touch)', () => {
    const result = funnel({
      mode: 'unordered',
      windowMs: 428 * DAY,
      breakdown: { property: 'properties.origin', attribution: 'first-touch' },
    })
    expect(result.steps.map((step) => step.count)).toEqual([8000, 842])
    expect(percent(result.steps[1]?.conversionFromFirst as number)).toBe('10.52')
    expect(result.breakdown?.map((row) => [row.value, row.steps[0]?.count, row.steps[1]?.count])).toEqual(
      BY_ORIGIN.map(([origin, leadCount, wonCount]) => [origin, leadCount, wonCount]),
    )
    expect(result.breakdown?.map((row) => row.kind)).toEqual([...Array(10).fill('value'), 'missing'])
    for (const [origin, , , shown] of BY_ORIGIN) {
      if (shown === null) continue
      const row = result.breakdown?.find((candidate) => candidate.value === origin)
      expect(percent(row?.steps[1]?.conversionFromFirst as number), origin ?? 'blank').toBe(shown)
    }
  })

  it('times the conversion from the first event of each lead’s journey', () => {
    const result = funnel({ mode: 'unordered', windowMs: 428 * DAY })
    const expected = summarize(lagsInDays().map((lag) => Math.abs(lag) * DAY))
    expect(result.steps[1]?.timeToConvert).toEqual(expected)
    expect((expected?.median ?? 0) / DAY).toBeCloseTo(14.65, 2)
  })

  it('misses the deal dated before its first contact in an ordered funnel, and the late deals with the default 14 days', () => {
    expect(funnel({ windowMs: 428 * DAY }).steps.map((step) => step.count)).toEqual([8000, 841])
    expect(funnel({ windowMs: 427 * DAY }).steps.map((step) => step.count)).toEqual([8000, 840])
    expect(funnel({ mode: 'unordered' }).steps.map((step) => step.count)).toEqual([8000, 412])
  })
})
