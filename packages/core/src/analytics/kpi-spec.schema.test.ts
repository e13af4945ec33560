import { describe, expect, it } from 'vitest'
import { KpiSpecInput } from './kpi-spec.schema.js'

const step = (name: string) => ({ events: [name] })

describe('KpiSpecInput', () => {
  it.each([
    { kind: 'nps' },
    { kind: 'nps', answers: 'latest-per-customer', scorePath: 'properties.rating', selector: step('Rated') },
    { kind: 'csat', method: 'mean' },
    { kind: 'ces', method: 'top-box', boxSize: 2 },
    { kind: 'conversion-rate', from: step('A Done'), to: step('B Done'), windowMs: 3_600_000, counting: 'attempt' },
    { kind: 'drop-off', from: step('A Done'), to: step('B Done') },
    { kind: 'churn-rate', basis: 'cancel-event', cancel: step('Plan Cancelled'), start: step('Plan Started') },
    { kind: 'churn-rate', basis: 'inactivity', inactivityDays: 90 },
    {
      kind: 'clv',
      orders: step('Order Completed'),
      lifetime: { type: 'from-churn-rate', churnRate: 0.05 },
      grossMargin: 0.3,
    },
    { kind: 'ctr', clicks: step('Ad Clicked'), impressions: step('Ad Viewed'), counting: 'customers' },
    { kind: 'open-rate', opens: step('Email Opened'), delivered: step('Email Delivered') },
    { kind: 'cpc', events: step('Ad Clicked'), costs: { channels: ['advertising'], campaigns: ['spring'] } },
  ])('accepts $kind as written', (spec) => {
    expect(KpiSpecInput.parse(spec)).toEqual(spec)
  })

  it.each([
    { spec: { kind: 'nps-2' }, path: ['kind'] },
    { spec: { kind: 'csat' }, path: ['method'] },
    { spec: { kind: 'ces', method: 'top-box', boxSize: 0 }, path: ['boxSize'] },
    { spec: { kind: 'churn-rate', basis: 'inactivity', inactivityDays: 0 }, path: ['inactivityDays'] },
    { spec: { kind: 'churn-rate', basis: 'silence' }, path: ['basis'] },
    {
      spec: { kind: 'clv', orders: step('Order Completed'), lifetime: { type: 'periods', periods: 0 } },
      path: ['lifetime', 'periods'],
    },
    {
      spec: {
        kind: 'clv',
        orders: step('Order Completed'),
        lifetime: { type: 'periods', periods: 1 },
        grossMargin: 1.2,
      },
      path: ['grossMargin'],
    },
    {
      spec: { kind: 'cpc', events: step('Ad Clicked'), costs: { channels: ['google'] } },
      path: ['costs', 'channels', 0],
    },
  ])('refuses $spec at $path', ({ spec, path }) => {
    const result = KpiSpecInput.safeParse(spec)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(path)
  })
})
