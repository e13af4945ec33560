import { describe, expect, it } from 'vitest'
import type { CostRow } from './cost-data.js'
import { computeCostPerEvent } from './cost-kpis.js'
import { DAY, type KpiTestEvent, kpiTestLog, T0 } from './kpi-log.fixture.js'

const clicked = (customer: string, day: number): KpiTestEvent => ({ customer, name: 'Ad Clicked', at: day * DAY })
const cost = (day: number, amount: number, extra: Partial<CostRow> = {}): CostRow => ({
  date: T0 + day * DAY,
  channel: 'advertising',
  campaign: null,
  amount,
  currency: null,
  ...extra,
})
const clicks = { events: ['Ad Clicked'] }
const log = kpiTestLog([clicked('a', 0), clicked('a', 1), clicked('b', 1), clicked('c', 40)])
const costs = [cost(0, 10), cost(1, 20), cost(2, 30, { channel: 'social' }), cost(40, 100)]
const january = { from: T0, to: T0 + 31 * DAY }

describe('cost per click, lead or conversion', () => {
  it.each([
    { title: 'all costs ÷ all clicks', spec: {}, period: undefined, value: 160 / 4, sampleSize: 4 },
    { title: 'the costs and clicks of the period', spec: {}, period: january, value: 60 / 3, sampleSize: 3 },
    {
      title: 'the costs of the channels',
      spec: { costs: { channels: ['advertising'] as const } },
      period: january,
      value: 30 / 3,
      sampleSize: 3,
    },
    {
      title: 'per distinct customer',
      spec: { counting: 'customers' as const },
      period: january,
      value: 30,
      sampleSize: 2,
    },
  ])('is $title', ({ spec, period, value, sampleSize }) => {
    const result = computeCostPerEvent(log, { kind: 'cpc', events: clicks, ...spec }, costs, period)
    expect(result).toMatchObject({ kind: 'cpc', value, sampleSize, unit: 'currency', missing: null })
  })

  it('states the cost rows and the events it divided', () => {
    const result = computeCostPerEvent(
      log,
      { kind: 'cpl', events: { events: ['Lead Created'] }, costs: { campaigns: ['spring'] } },
      [cost(0, 50, { campaign: 'spring', currency: 'EUR' })],
    )
    expect(result.formula).toBe('cost (campaigns spring) ÷ leads (Lead Created events)')
    expect(result.details).toEqual({ counting: 'events', cost: 50, costRows: 1, currency: 'EUR', events: 0 })
  })

  it.each([
    { title: 'no cost data is given', costRows: undefined, missing: 'costs' },
    {
      title: 'no cost row is selected',
      costRows: [cost(0, 10, { channel: 'social' })],
      missing: 'costs',
      selection: { channels: ['advertising'] as const },
    },
    { title: 'nothing was counted', costRows: [cost(0, 10)], missing: 'sample', events: { events: ['Nothing'] } },
    {
      title: 'the costs mix currencies',
      costRows: [cost(0, 10, { currency: 'EUR' }), cost(1, 10, { currency: 'USD' })],
      missing: 'mixed-currencies',
    },
  ])('has no value when $title', ({ costRows, missing, events, selection }) => {
    const spec = {
      kind: 'cost-per-conversion',
      events: events ?? clicks,
      ...(selection && { costs: selection }),
    } as const
    const result = computeCostPerEvent(log, spec, costRows)
    expect(result).toMatchObject({ value: null, missing })
  })

  it('is 0 when the selected rows spent 0', () => {
    expect(computeCostPerEvent(log, { kind: 'cpc', events: clicks }, [cost(0, 0)]).value).toBe(0)
  })
})
