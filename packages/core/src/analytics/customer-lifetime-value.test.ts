import { describe, expect, it } from 'vitest'
import { computeClv } from './customer-lifetime-value.js'
import { DAY, type KpiTestEvent, kpiTestLog, T0 } from './kpi-log.fixture.js'
import type { ClvSpec } from './kpi-spec.js'

const order = (customer: string, revenue: unknown, day = 0): KpiTestEvent => ({
  customer,
  name: 'Order Completed',
  at: day * DAY,
  properties: revenue === undefined ? {} : { revenue },
})
const orders = { events: ['Order Completed'] }
const log = kpiTestLog([
  order('a', 100),
  order('a', 50),
  order('b', '30'),
  order('c', 'n/a'),
  order('c', -5),
  order('d', undefined),
])

describe('CLV', () => {
  it.each([
    { title: 'AOV × frequency × lifetime', lifetime: { type: 'periods', periods: 2 }, value: 60 * 1.5 * 2 },
    { title: 'with a gross margin', lifetime: { type: 'periods', periods: 2 }, grossMargin: 0.5, value: 90 },
    { title: 'with a lifetime of 1 ÷ churn rate', lifetime: { type: 'from-churn-rate', churnRate: 0.25 }, value: 360 },
  ] as const)('is $title', ({ lifetime, value, ...rest }) => {
    const result = computeClv(log, { kind: 'clv', orders, lifetime, ...rest })
    expect(result).toMatchObject({ value, sampleSize: 2, unit: 'currency', missing: null })
    expect(result.details).toMatchObject({
      customers: 2,
      orders: 3,
      revenue: 180,
      averageOrderValue: 60,
      purchaseFrequency: 1.5,
    })
  })

  it('leaves out and counts orders without a usable amount', () => {
    const result = computeClv(log, { kind: 'clv', orders, lifetime: { type: 'periods', periods: 1 } })
    expect(result.details.ordersWithoutRevenue).toBe(3)
  })

  it('reads the amount at the given path and only the orders in the period', () => {
    const dated = kpiTestLog([
      { customer: 'a', name: 'Order Completed', at: 0, properties: { total: 10 } },
      { customer: 'a', name: 'Order Completed', at: 5 * DAY, properties: { total: 1000 } },
    ])
    const spec: ClvSpec = {
      kind: 'clv',
      orders,
      revenuePath: 'properties.total',
      lifetime: { type: 'periods', periods: 3 },
    }
    expect(computeClv(dated, spec, { from: T0, to: T0 + DAY }).value).toBe(30)
  })

  it('states the formula it used', () => {
    const result = computeClv(log, { kind: 'clv', orders, lifetime: { type: 'periods', periods: 2 }, grossMargin: 0.4 })
    expect(result.formula).toBe(
      'average order value (revenue ÷ orders) × purchase frequency (orders ÷ customers) × expected lifetime (2 periods) × ' +
        'gross margin (0.4); orders: Order Completed with properties.revenue, period: the whole log',
    )
  })

  it('has no value without orders', () => {
    expect(
      computeClv(kpiTestLog([]), { kind: 'clv', orders, lifetime: { type: 'periods', periods: 2 } }),
    ).toMatchObject({ value: null, sampleSize: 0, missing: 'sample' })
  })

  it.each([
    { lifetime: { type: 'periods', periods: 0 } },
    { lifetime: { type: 'from-churn-rate', churnRate: 0 } },
    { lifetime: { type: 'from-churn-rate', churnRate: 1.5 } },
    { lifetime: { type: 'periods', periods: 1 }, grossMargin: 1.2 },
  ] as const)('refuses an impossible parameter: %o', (parameters) => {
    expect(() => computeClv(log, { kind: 'clv', orders, ...parameters })).toThrow(RangeError)
  })
})
