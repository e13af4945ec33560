import { describe, expect, it } from 'vitest'
import { computeChurnRate } from './churn-rate.js'
import { DAY, type KpiTestEvent, kpiTestLog, T0 } from './kpi-log.fixture.js'

const period = { from: T0 + 60 * DAY, to: T0 + 90 * DAY }
const at = (customer: string, name: string, day: number, extra: Partial<KpiTestEvent> = {}): KpiTestEvent => ({
  customer,
  name,
  at: day * DAY,
  ...extra,
})
const cancel = { events: ['Subscription Cancelled'] }

describe('churn rate by cancel event', () => {
  const spec = { kind: 'churn-rate', basis: 'cancel-event', cancel } as const

  it.each([
    {
      title: 'a customer who cancels in the period is lost',
      days: [
        ['Login', 10],
        ['Subscription Cancelled', 70],
      ],
      atStart: 1,
      lost: 1,
    },
    {
      title: 'a customer who does not cancel stays',
      days: [
        ['Login', 10],
        ['Login', 70],
      ],
      atStart: 1,
      lost: 0,
    },
    {
      title: 'a customer who cancelled before the period is not at its start',
      days: [
        ['Login', 10],
        ['Subscription Cancelled', 20],
      ],
      atStart: 0,
      lost: 0,
    },
    {
      title: 'a customer who came back after cancelling is at the start again',
      days: [
        ['Subscription Cancelled', 20],
        ['Login', 30],
        ['Subscription Cancelled', 61],
      ],
      atStart: 1,
      lost: 1,
    },
    {
      title: 'a customer first seen in the period is not at its start',
      days: [
        ['Login', 65],
        ['Subscription Cancelled', 70],
      ],
      atStart: 0,
      lost: 0,
    },
    {
      title: 'a cancel at the very start of the period counts',
      days: [
        ['Login', 10],
        ['Subscription Cancelled', 60],
      ],
      atStart: 1,
      lost: 1,
    },
    {
      title: 'a cancel at the very end of the period does not',
      days: [
        ['Login', 10],
        ['Subscription Cancelled', 90],
      ],
      atStart: 1,
      lost: 0,
    },
    {
      title: 'a customer lost in the period who comes back is still lost',
      days: [
        ['Login', 10],
        ['Subscription Cancelled', 70],
        ['Login', 80],
      ],
      atStart: 1,
      lost: 1,
    },
  ] as const)('$title', ({ days, atStart, lost }) => {
    const result = computeChurnRate(kpiTestLog(days.map(([name, day]) => at('a', name, day))), spec, period)
    expect(result.details).toMatchObject({ customersAtStart: atStart, customersLost: lost })
    expect(result.sampleSize).toBe(atStart)
    expect(result.value).toBe(atStart === 0 ? null : lost * 100)
  })

  it('is customers lost ÷ customers at the start × 100', () => {
    const log = kpiTestLog([
      at('a', 'Login', 1),
      at('a', 'Subscription Cancelled', 70),
      at('b', 'Login', 1),
      at('c', 'Login', 1),
      at('d', 'Login', 1),
    ])
    const result = computeChurnRate(log, spec, period)
    expect(result).toMatchObject({ value: 25, sampleSize: 4, unit: 'percent', missing: null })
    expect(result.formula).toContain('customers at 2026-03-02T00:00:00.000Z with Subscription Cancelled before')
  })

  it('counts as customers only those whose latest start or cancel was a start, when starts are given', () => {
    const log = kpiTestLog([
      at('a', 'Subscription Started', 1),
      at('a', 'Subscription Cancelled', 70),
      at('b', 'Login', 1),
      at('b', 'Subscription Cancelled', 70),
      at('c', 'Subscription Started', 1),
      at('c', 'Subscription Cancelled', 10),
      at('c', 'Login', 20),
    ])
    const result = computeChurnRate(log, { ...spec, start: { events: ['Subscription Started'] } }, period)
    expect(result.details).toMatchObject({ customersAtStart: 1, customersLost: 1 })
  })

  it('breaks a tie in time between a start and a cancel by ingestion order', () => {
    const started = { events: ['Subscription Started'] }
    const tie = (startSeq: number, cancelSeq: number) =>
      computeChurnRate(
        kpiTestLog([
          at('a', 'Subscription Started', 1, { seq: startSeq }),
          at('a', 'Subscription Cancelled', 1, { seq: cancelSeq }),
        ]),
        { ...spec, start: started },
        period,
      ).details.customersAtStart
    expect(tie(1, 2)).toBe(0)
    expect(tie(2, 1)).toBe(1)
  })

  it('counts a customer once over their cases', () => {
    const log = kpiTestLog(
      [
        at('a', 'Login', 1, { properties: { contract: 'k1' } }),
        at('a', 'Login', 2, { properties: { contract: 'k2' } }),
        at('a', 'Subscription Cancelled', 70, { properties: { contract: 'k2' } }),
      ],
      { caseProperty: 'contract' },
    )
    expect(computeChurnRate(log, spec, period).details).toMatchObject({ customersAtStart: 1, customersLost: 1 })
  })

  it('has no value without a period', () => {
    const result = computeChurnRate(kpiTestLog([at('a', 'Login', 1)]), spec)
    expect(result).toMatchObject({ value: null, sampleSize: 0, missing: 'period', details: { period: null } })
  })

  it('has no value when nobody is a customer at the start', () => {
    expect(computeChurnRate(kpiTestLog([]), spec, period)).toMatchObject({
      value: null,
      sampleSize: 0,
      missing: 'sample',
    })
  })
})

describe('churn rate by inactivity', () => {
  const spec = { kind: 'churn-rate', basis: 'inactivity', inactivityDays: 30 } as const

  it.each([
    { title: 'active before the start and before the end: stays', days: [50, 80], atStart: 1, lost: 0 },
    { title: 'active before the start only: lost', days: [40], atStart: 1, lost: 1 },
    { title: 'inactive for the whole window before the start: not at the start', days: [20, 80], atStart: 0, lost: 0 },
    { title: 'an event exactly D days before the start makes active', days: [30], atStart: 1, lost: 1 },
    { title: 'an event exactly at the start is not before it', days: [60], atStart: 0, lost: 0 },
    { title: 'an event exactly D days before the end keeps', days: [45, 60], atStart: 1, lost: 0 },
    { title: 'an event exactly at the end does not keep', days: [45, 90], atStart: 1, lost: 1 },
  ])('$title (events on days $days, period days 60–90, D = 30)', ({ days, atStart, lost }) => {
    const result = computeChurnRate(kpiTestLog(days.map((day) => at('a', 'Order Completed', day))), spec, period)
    expect(result.details).toMatchObject({ customersAtStart: atStart, customersLost: lost, inactivityDays: 30 })
  })

  it('reads only the activity events when given', () => {
    const log = kpiTestLog([at('a', 'Order Completed', 40), at('a', 'Email Opened', 80)])
    expect(computeChurnRate(log, spec, period).value).toBe(0)
    expect(computeChurnRate(log, { ...spec, activity: { events: ['Order Completed'] } }, period).value).toBe(100)
  })

  it('states its rule in the formula', () => {
    expect(computeChurnRate(kpiTestLog([]), spec, period).formula).toBe(
      'customers active at 2026-03-02T00:00:00.000Z and not at 2026-04-01T00:00:00.000Z ÷ customers active at ' +
        '2026-03-02T00:00:00.000Z × 100 (active at an instant: any event in the 30 days before it)',
    )
  })

  it('refuses an inactivity of 0 days', () => {
    expect(() => computeChurnRate(kpiTestLog([]), { ...spec, inactivityDays: 0 }, period)).toThrow(RangeError)
  })
})
