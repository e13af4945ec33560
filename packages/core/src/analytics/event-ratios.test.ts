import { describe, expect, it } from 'vitest'
import { computeCtr, computeOpenRate } from './event-ratios.js'
import { DAY, type KpiTestEvent, kpiTestLog, T0 } from './kpi-log.fixture.js'

const events = (customer: string, name: string, count: number, at = 0): KpiTestEvent[] =>
  Array.from({ length: count }, (_, i) => ({ customer, name, at: at + i }))

const clicks = { events: ['Ad Clicked'] }
const impressions = { events: ['Ad Viewed'] }

describe('CTR', () => {
  it.each([
    { views: 10, clicked: 1, value: 10 },
    { views: 4, clicked: 4, value: 100 },
    { views: 3, clicked: 0, value: 0 },
    { views: 2, clicked: 3, value: 150 },
  ])('is $value % for $clicked clicks on $views impressions', ({ views, clicked, value }) => {
    const log = kpiTestLog([...events('a', 'Ad Viewed', views), ...events('b', 'Ad Clicked', clicked)])
    const result = computeCtr(log, { kind: 'ctr', clicks, impressions })
    expect(result).toMatchObject({ value, sampleSize: views, unit: 'percent' })
    expect(result.details).toEqual({ counting: 'events', numerator: clicked, denominator: views })
  })

  it('counts distinct customers when asked', () => {
    const log = kpiTestLog([
      ...events('a', 'Ad Viewed', 5),
      ...events('a', 'Ad Clicked', 3),
      ...events('b', 'Ad Viewed', 1),
      ...events('c', 'Ad Viewed', 2),
    ])
    const result = computeCtr(log, { kind: 'ctr', clicks, impressions, counting: 'customers' })
    expect(result).toMatchObject({ value: (1 / 3) * 100, sampleSize: 3 })
    expect(result.formula).toBe('customers with Ad Clicked ÷ customers with Ad Viewed × 100')
  })

  it('counts only the events in the period', () => {
    const log = kpiTestLog([...events('a', 'Ad Viewed', 2), ...events('a', 'Ad Clicked', 1, DAY)])
    expect(computeCtr(log, { kind: 'ctr', clicks, impressions }, { from: T0, to: T0 + DAY })).toMatchObject({
      value: 0,
      sampleSize: 2,
    })
  })

  it('has no value without impressions', () => {
    const log = kpiTestLog(events('a', 'Ad Clicked', 2))
    expect(computeCtr(log, { kind: 'ctr', clicks, impressions })).toMatchObject({
      value: null,
      sampleSize: 0,
      missing: 'sample',
    })
  })
})

describe('open rate', () => {
  it('is opens ÷ delivered × 100', () => {
    const log = kpiTestLog([...events('a', 'Email Delivered', 8), ...events('a', 'Email Opened', 2)])
    const result = computeOpenRate(log, {
      kind: 'open-rate',
      opens: { events: ['Email Opened'] },
      delivered: { events: ['Email Delivered'] },
    })
    expect(result).toMatchObject({ kind: 'open-rate', value: 25, sampleSize: 8 })
    expect(result.formula).toBe('Email Opened events ÷ Email Delivered events × 100')
  })
})
