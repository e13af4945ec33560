import { describe, expect, it } from 'vitest'
import { computeKpi } from './compute-kpi.js'
import { DAY, kpiTestLog, surveyAnswers, T0 } from './kpi-log.fixture.js'
import type { KpiSpec } from './kpi-spec.js'

const step = (name: string) => ({ events: [name] })

/** One spec of every kind the engine computes, with the unit its value is in. */
const SPECS: readonly { spec: KpiSpec; unit: string }[] = [
  { spec: { kind: 'nps' }, unit: 'score' },
  { spec: { kind: 'csat', method: 'top-2-box' }, unit: 'percent' },
  { spec: { kind: 'csat', method: 'mean' }, unit: 'score' },
  { spec: { kind: 'ces', method: 'mean' }, unit: 'score' },
  { spec: { kind: 'ces', method: 'top-box' }, unit: 'percent' },
  { spec: { kind: 'conversion-rate', from: step('Checkout Started'), to: step('Order Completed') }, unit: 'percent' },
  { spec: { kind: 'drop-off', from: step('Checkout Started'), to: step('Order Completed') }, unit: 'percent' },
  { spec: { kind: 'churn-rate', basis: 'cancel-event', cancel: step('Subscription Cancelled') }, unit: 'percent' },
  { spec: { kind: 'churn-rate', basis: 'inactivity', inactivityDays: 30 }, unit: 'percent' },
  {
    spec: { kind: 'clv', orders: step('Order Completed'), lifetime: { type: 'periods', periods: 2 } },
    unit: 'currency',
  },
  { spec: { kind: 'ctr', clicks: step('Ad Clicked'), impressions: step('Ad Viewed') }, unit: 'percent' },
  { spec: { kind: 'open-rate', opens: step('Email Opened'), delivered: step('Email Delivered') }, unit: 'percent' },
  { spec: { kind: 'cpc', events: step('Ad Clicked') }, unit: 'currency' },
  { spec: { kind: 'cpl', events: step('Lead Created') }, unit: 'currency' },
  { spec: { kind: 'cost-per-conversion', events: step('Order Completed') }, unit: 'currency' },
]

const period = { from: T0, to: T0 + 30 * DAY }
const costs = [{ date: T0, channel: 'advertising' as const, campaign: null, amount: 10, currency: null }]

describe('computeKpi', () => {
  it.each(SPECS)('gives $spec.kind no value and a sample size of 0 on an empty log', ({ spec, unit }) => {
    const result = computeKpi(kpiTestLog([]), spec, { period, costs })
    expect(result).toMatchObject({ kind: spec.kind, value: null, sampleSize: 0, missing: 'sample', unit })
    expect(result.formula.length).toBeGreaterThan(0)
  })

  it.each(SPECS)('gives $spec.kind a plain JSON result', ({ spec }) => {
    const result = computeKpi(kpiTestLog(surveyAnswers('nps', [9, 3])), spec, { period, costs })
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  it('measures the kind the spec names, with the formula beside the value', () => {
    const log = kpiTestLog(surveyAnswers('nps', [10, 9, 8, 7, 6, 0]))
    const result = computeKpi(log, { kind: 'nps' })
    expect(result).toMatchObject({ kind: 'nps', value: 0, sampleSize: 6 })
    expect(result.formula).toMatch(/^%promoters\(9–10\) − %detractors\(0–6\)/)
  })

  it('passes the cost rows to the cost KPIs, and says when they are missing', () => {
    const log = kpiTestLog([
      { customer: 'a', name: 'Ad Clicked', at: 0 },
      { customer: 'b', name: 'Ad Clicked', at: 0 },
    ])
    const spec: KpiSpec = { kind: 'cpc', events: step('Ad Clicked') }
    expect(computeKpi(log, spec, { costs })).toMatchObject({ value: 5, sampleSize: 2 })
    expect(computeKpi(log, spec)).toMatchObject({ value: null, missing: 'costs' })
  })

  it('passes the period to churn, which needs one', () => {
    const spec: KpiSpec = { kind: 'churn-rate', basis: 'inactivity', inactivityDays: 30 }
    const log = kpiTestLog([{ customer: 'a', name: 'Login', at: 0 }])
    expect(computeKpi(log, spec)).toMatchObject({ value: null, missing: 'period' })
    expect(computeKpi(log, spec, { period: { from: T0 + DAY, to: T0 + 40 * DAY } })).toMatchObject({
      value: 100,
      sampleSize: 1,
    })
  })
})
