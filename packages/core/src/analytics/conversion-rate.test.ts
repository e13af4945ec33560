import { describe, expect, it } from 'vitest'
import { computeConversionRate, computeDropOff } from './conversion-rate.js'
import { DAY, HOUR, type KpiTestEvent, kpiTestLog, T0 } from './kpi-log.fixture.js'
import type { ConversionCounting } from './kpi-spec.js'

const from = { events: ['Checkout Started'] }
const to = { events: ['Order Completed'] }
const A = 'Checkout Started'
const B = 'Order Completed'

/** One customer's journey: event names at hours, in ingestion order unless `seq` is given. */
const journey = (customer: string, steps: readonly (readonly [name: string, hour: number, seq?: number])[]) =>
  steps.map(
    ([name, hour, seq]): KpiTestEvent => ({ customer, name, at: hour * HOUR, ...(seq === undefined ? {} : { seq }) }),
  )

const rate = (events: readonly KpiTestEvent[], windowMs?: number, counting?: ConversionCounting) =>
  computeConversionRate(kpiTestLog(events), {
    kind: 'conversion-rate',
    from,
    to,
    ...(windowMs === undefined ? {} : { windowMs }),
    ...(counting === undefined ? {} : { counting }),
  })

describe('conversion rate', () => {
  it.each([
    {
      title: 'a start followed by the goal converts',
      steps: [
        [A, 0],
        [B, 1],
      ],
      converted: 1,
    },
    {
      title: 'a goal before the start does not convert',
      steps: [
        [B, 0],
        [A, 1],
      ],
      converted: 0,
    },
    {
      title: 'a tie in time converts when the start was ingested first',
      steps: [
        [A, 0, 1],
        [B, 0, 2],
      ],
      converted: 1,
    },
    {
      title: 'a tie in time does not convert when the goal was ingested first',
      steps: [
        [A, 0, 2],
        [B, 0, 1],
      ],
      converted: 0,
    },
    {
      title: 'a goal at exactly the window converts (inclusive)',
      steps: [
        [A, 0],
        [B, 24],
      ],
      converted: 1,
    },
    {
      title: 'a goal past the window does not convert',
      steps: [
        [A, 0],
        [B, 25],
      ],
      converted: 0,
    },
    {
      title: 'a later start within the window converts',
      steps: [
        [A, 0],
        [A, 10],
        [B, 30],
      ],
      converted: 1,
    },
    {
      title: 'a journey without the goal does not convert',
      steps: [
        [A, 0],
        [A, 1],
      ],
      converted: 0,
    },
  ] as const)('$title', ({ steps, converted }) => {
    const result = rate(journey('a', steps), 24 * HOUR)
    expect(result.details).toMatchObject({ entered: 1, converted, droppedOff: 1 - converted })
    expect(result.value).toBe(converted * 100)
  })

  it('counts cases with the start as the sample, and ignores cases without it', () => {
    const result = rate([
      ...journey('a', [
        [A, 0],
        [B, 1],
      ]),
      ...journey('b', [[A, 0]]),
      ...journey('c', [[A, 0]]),
      ...journey('d', [[B, 0]]),
    ])
    expect(result).toMatchObject({ value: (1 / 3) * 100, sampleSize: 3, unit: 'percent', missing: null })
    expect(result.formula).toBe('cases with Order Completed after Checkout Started ÷ cases with Checkout Started × 100')
  })

  it('lets one event that matches both steps close an earlier start and open a new one', () => {
    const step = { events: ['Page Viewed'] }
    const log = kpiTestLog(
      journey('a', [
        ['Page Viewed', 0],
        ['Page Viewed', 1],
      ]),
    )
    expect(computeConversionRate(log, { kind: 'conversion-rate', from: step, to: step }).details).toMatchObject({
      entered: 1,
      converted: 1,
    })
    const once = kpiTestLog(journey('a', [['Page Viewed', 0]]))
    expect(computeConversionRate(once, { kind: 'conversion-rate', from: step, to: step }).details.converted).toBe(0)
  })

  it('counts every start as an attempt, converted when a goal follows it within the window', () => {
    const events = journey('a', [
      [A, 0],
      [A, 1],
      [B, 2],
      [A, 3],
      [A, 50],
      [B, 70],
    ])
    const result = rate(events, 24 * HOUR, 'attempt')
    expect(result.details).toMatchObject({ counting: 'attempt', entered: 4, converted: 3 })
    expect(result.formula).toContain('starts of')
  })

  it('counts customers once over their cases when counting customers', () => {
    const order = (customer: string, id: string, name: string, hour: number): KpiTestEvent => ({
      customer,
      name,
      at: hour * HOUR,
      properties: { order: id },
    })
    const log = kpiTestLog(
      [order('a', 'o1', A, 0), order('a', 'o2', A, 1), order('a', 'o2', B, 2), order('b', 'o3', A, 0)],
      { caseProperty: 'order' },
    )
    const spec = { kind: 'conversion-rate', from, to } as const
    expect(computeConversionRate(log, spec).details).toMatchObject({ entered: 3, converted: 1 })
    expect(computeConversionRate(log, { ...spec, counting: 'customer' }).details).toMatchObject({
      entered: 2,
      converted: 1,
    })
  })

  it('counts only the events in the period', () => {
    const events = [
      ...journey('a', [
        [A, 0],
        [B, 30],
      ]),
      ...journey('b', [
        [A, 30],
        [B, 31],
      ]),
    ]
    const result = computeConversionRate(
      kpiTestLog(events),
      { kind: 'conversion-rate', from, to },
      {
        from: T0,
        to: T0 + DAY,
      },
    )
    expect(result.details).toMatchObject({ entered: 1, converted: 0 })
  })

  it('has no value and a sample size of 0 when nobody started', () => {
    expect(rate(journey('a', [[B, 0]]))).toMatchObject({ value: null, sampleSize: 0, missing: 'sample' })
  })
})

describe('drop-off', () => {
  it('is the share of starts not followed by the goal within the window', () => {
    const events = [
      ...journey('a', [
        [A, 0],
        [B, 1],
      ]),
      ...journey('b', [
        [A, 0],
        [B, 48],
      ]),
      ...journey('c', [[A, 0]]),
    ]
    const result = computeDropOff(kpiTestLog(events), { kind: 'drop-off', from, to, windowMs: 24 * HOUR })
    expect(result).toMatchObject({ value: (2 / 3) * 100, sampleSize: 3, unit: 'percent' })
    expect(result.details).toMatchObject({ entered: 3, converted: 1, droppedOff: 2, windowMs: 24 * HOUR })
    expect(result.formula).toBe(
      'cases with Checkout Started and no Order Completed after it within 24 h ÷ cases with Checkout Started × 100',
    )
  })

  it('has no value when nobody started', () => {
    expect(computeDropOff(kpiTestLog([]), { kind: 'drop-off', from, to })).toMatchObject({ value: null, sampleSize: 0 })
  })
})
