import { describe, expect, it } from 'vitest'
import { type CostRow, filterCosts, parseCostCsv } from './cost-data.js'

const day = (month: number, date: number) => Date.UTC(2026, month - 1, date)

describe('parseCostCsv', () => {
  it.each([
    {
      title: 'reads date, channel, campaign and amount',
      text: 'date,channel,campaign,amount\n2026-01-05,advertising,spring-sale,120.50\n2026-01-06,email,,3\n',
      rows: [
        { date: day(1, 5), channel: 'advertising', campaign: 'spring-sale', amount: 120.5, currency: null },
        { date: day(1, 6), channel: 'email', campaign: null, amount: 3, currency: null },
      ],
    },
    {
      title: 'accepts header aliases in any case, and ignores other columns',
      text: 'Day,Campaign Name,Clicks,Spend\n2026-02-01,brand,40,10\n',
      rows: [{ date: day(2, 1), channel: null, campaign: 'brand', amount: 10, currency: null }],
    },
    {
      title: 'reads a ;-separated file with decimal commas, CRLF line ends and a BOM',
      text: '\uFEFFjour;canal;montant;devise\r\n2026-03-01;Social;12,5;eur\r\n',
      rows: [{ date: day(3, 1), channel: 'social', campaign: null, amount: 12.5, currency: 'EUR' }],
    },
    {
      title: 'reads quoted fields with separators, quotes and line breaks',
      text: 'date,campaign,amount\n2026-01-01,"Sale, ""spring""\nedition",7\n',
      rows: [{ date: day(1, 1), channel: null, campaign: 'Sale, "spring"\nedition', amount: 7, currency: null }],
    },
    {
      title: 'skips blank lines',
      text: 'date,channel,amount\n\n2026-01-01,web,1\n\n',
      rows: [{ date: day(1, 1), channel: 'web', campaign: null, amount: 1, currency: null }],
    },
    { title: 'gives no rows for a header alone', text: 'date,channel,amount\n', rows: [] },
  ])('$title', ({ text, rows }) => {
    expect(parseCostCsv(text)).toEqual({ ok: true, value: rows })
  })

  it.each([
    { title: 'an empty file', text: '', errors: [{ code: 'empty-file' }] },
    {
      title: 'missing columns',
      text: 'when,spend\n',
      errors: [
        { code: 'missing-column', column: 'date' },
        { code: 'missing-column', column: 'channel or campaign' },
      ],
    },
    {
      title: 'a column given twice',
      text: 'date,cost,amount,channel\n',
      errors: [{ code: 'duplicate-column', line: 1, field: 'amount' }],
    },
    {
      title: 'impossible or badly written dates',
      text: 'date,channel,amount\n2026-02-30,web,1\n05/01/2026,web,1\n',
      errors: [
        { code: 'bad-date', line: 2, field: 'date', value: '2026-02-30' },
        { code: 'bad-date', line: 3, field: 'date', value: '05/01/2026' },
      ],
    },
    {
      title: 'negative, empty, symbol-bearing or comma amounts in a comma file',
      text: 'date,channel,Cost\n2026-01-01,web,-3\n2026-01-01,web,\n2026-01-01,web,€12\n2026-01-01,web,"1,5"\n',
      errors: [
        { code: 'bad-amount', line: 2, field: 'Cost', value: '-3' },
        { code: 'bad-amount', line: 3, field: 'Cost', value: '' },
        { code: 'bad-amount', line: 4, field: 'Cost', value: '€12' },
        { code: 'bad-amount', line: 5, field: 'Cost', value: '1,5' },
      ],
    },
    {
      title: 'a channel Parcours does not know',
      text: 'date,channel,amount\n2026-01-01,google-ads,5\n',
      errors: [{ code: 'unknown-channel', line: 2, field: 'channel', value: 'google-ads' }],
    },
    {
      title: 'a row with neither channel nor campaign',
      text: 'date,channel,campaign,amount\n2026-01-01,,,5\n',
      errors: [{ code: 'missing-channel-or-campaign', line: 2 }],
    },
    {
      title: 'a row with too few fields, on the line after a multi-line field',
      text: 'date,campaign,amount\n2026-01-01,"a\nb",1\n2026-01-02,c\n',
      errors: [{ code: 'wrong-field-count', line: 4, expected: 3, actual: 2 }],
    },
    {
      title: 'a quote never closed',
      text: 'date,campaign,amount\n2026-01-01,"open,1\n',
      errors: [{ code: 'unclosed-quote', line: 2 }],
    },
    {
      title: 'two currencies in one file',
      text: 'date,channel,amount,currency\n2026-01-01,web,1,EUR\n2026-01-02,web,1,USD\n',
      errors: [{ code: 'mixed-currencies', line: 3, field: 'currency', value: 'USD', expected: 'EUR' }],
    },
  ])('refuses $title, naming the line and field', ({ text, errors }) => {
    expect(parseCostCsv(text)).toEqual({ ok: false, error: errors })
  })

  it('reports every bad line, not only the first, and returns no rows', () => {
    const result = parseCostCsv('date,channel,amount\n2026-01-01,web,1\nx,web,1\n2026-01-03,nowhere,1\n')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.map((error) => error.code)).toEqual(['bad-date', 'unknown-channel'])
  })
})

describe('filterCosts', () => {
  const rows: CostRow[] = [
    { date: day(1, 1), channel: 'advertising', campaign: 'a', amount: 1, currency: null },
    { date: day(1, 15), channel: 'advertising', campaign: 'b', amount: 2, currency: null },
    { date: day(1, 31), channel: 'email', campaign: 'a', amount: 4, currency: null },
    { date: day(2, 1), channel: null, campaign: 'a', amount: 8, currency: null },
  ]
  const total = (selected: readonly CostRow[]) => selected.reduce((sum, row) => sum + row.amount, 0)

  it.each([
    { title: 'keeps every row without a filter', filter: {}, amount: 15 },
    {
      title: 'keeps the days whose midnight is in [from, to)',
      filter: { period: { from: day(1, 1), to: day(2, 1) } },
      amount: 7,
    },
    {
      title: 'leaves out a day that starts before from',
      filter: { period: { from: day(1, 1) + 1, to: day(3, 1) } },
      amount: 14,
    },
    { title: 'keeps the rows of the channels', filter: { channels: ['advertising'] as const }, amount: 3 },
    { title: 'keeps the rows of the campaigns', filter: { campaigns: ['a'] }, amount: 13 },
    {
      title: 'combines the filters',
      filter: { channels: ['email', 'advertising'] as const, campaigns: ['a'] },
      amount: 5,
    },
  ])('$title', ({ filter, amount }) => {
    expect(total(filterCosts(rows, filter))).toBe(amount)
  })
})
