import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type FixtureJourneys, FUNNEL_BREAKDOWN_FIXTURES, logOfJourneys } from './funnel.fixture.js'
import { computeFunnel } from './funnel.js'
import { FunnelSpec, type FunnelSpecInput } from './funnel.schema.js'

const funnelOf = (journeys: FixtureJourneys, input: FunnelSpecInput) =>
  computeFunnel(logOfJourneys(journeys), FunnelSpec.parse(input))
const steps = (...names: string[]) => names.map((name) => ({ name, selector: { events: [name] } }))
const rowsOf = (journeys: FixtureJourneys, input: FunnelSpecInput) =>
  (funnelOf(journeys, input).breakdown ?? []).map((row) => [row.kind, row.value, row.steps.map((step) => step.count)])

/** PostHog's first- and last-touch people (breakdown_cases.py): `$browser` on some events. */
const touchPeople: FixtureJourneys = {
  person1: [
    { event: 'sign up', at: '2020-01-01T12:00:00Z', properties: { $browser: 'Chrome' } },
    { event: 'buy', at: '2020-01-01T13:00:00Z' },
  ],
  person2: [
    { event: 'sign up', at: '2020-01-01T13:00:00Z' },
    { event: 'buy', at: '2020-01-02T13:00:00Z', properties: { $browser: 'Safari' } },
  ],
  person3: [
    { event: 'sign up', at: '2020-01-02T14:00:00Z', properties: { $browser: 'Mac' } },
    { event: 'buy', at: '2020-01-02T15:00:00Z' },
  ],
  person4: [
    { event: 'sign up', at: '2020-01-02T15:00:00Z', properties: { $browser: 0 } },
    { event: 'buy', at: '2020-01-02T16:00:00Z', properties: { $browser: 'Alakazam' } },
  ],
  person5: [
    { event: 'sign up', at: '2020-01-02T15:00:00Z' },
    { event: 'buy', at: '2020-01-02T16:00:00Z' },
  ],
}

describe('funnel breakdown on cases transcribed from PostHog', () => {
  it.each(FUNNEL_BREAKDOWN_FIXTURES.map((fixture) => [`${fixture.test} (${fixture.source})`, fixture] as const))(
    '%s',
    (_, fixture) => {
      const result = funnelOf(fixture.journeys, fixture.spec)
      expect(result.steps.map((step) => step.count)).toEqual(fixture.counts)
      expect(
        (result.breakdown ?? []).map((row) => ({
          kind: row.kind,
          value: row.value,
          counts: row.steps.map((step) => step.count),
          meanMs: row.steps.map((step) => step.timeToConvert?.mean ?? null),
        })),
      ).toEqual(fixture.rows)
    },
  )
})

describe('funnel breakdown', () => {
  it('attributes first touch to the step-1 event: a value only on a later event does not count', () => {
    // PostHog's test_funnel_step_breakdown_with_first_touch_attribution puts person2 in "Safari": it takes the
    // first non-empty value along the path. Ours reads the step-1 event, which has no $browser.
    expect(
      rowsOf(touchPeople, {
        steps: steps('sign up', 'buy'),
        breakdown: { property: 'properties.$browser', attribution: 'first-touch' },
      }),
    ).toEqual([
      ['value', 0, [1, 1]],
      ['value', 'Chrome', [1, 1]],
      ['value', 'Mac', [1, 1]],
      ['missing', null, [2, 2]],
    ])
  })

  it('attributes last touch to the event of the deepest step reached', () => {
    // PostHog's test_funnel_step_breakdown_with_last_touch_attribution gives person1 "Chrome" and person3 "Mac"
    // (the last non-empty value); ours reads the `buy` event, which has none.
    expect(
      rowsOf(touchPeople, {
        steps: steps('sign up', 'buy'),
        breakdown: { property: 'properties.$browser', attribution: 'last-touch' },
      }),
    ).toEqual([
      ['value', 'Alakazam', [1, 1]],
      ['value', 'Safari', [1, 1]],
      ['missing', null, [3, 3]],
    ])
  })

  it('reads last touch at step 1 for a unit that went no further', () => {
    const journeys = {
      p: [{ event: 'sign up', properties: { $browser: 'Edge' } }, { event: 'buy' }],
      q: [{ event: 'sign up', properties: { $browser: 'Edge' } }],
    }
    expect(
      rowsOf(journeys, {
        steps: steps('sign up', 'buy'),
        breakdown: { property: 'properties.$browser', attribution: 'last-touch' },
      }),
    ).toEqual([
      ['value', 'Edge', [1, 0]],
      ['missing', null, [1, 1]],
    ])
  })

  it('puts units that never reached the attribution step in the missing row', () => {
    const journeys = {
      p: [{ event: 'a' }, { event: 'b', properties: { plan: 'pro' } }],
      q: [{ event: 'a', properties: { plan: 'free' } }],
    }
    expect(
      rowsOf(journeys, {
        steps: steps('a', 'b'),
        breakdown: { property: 'properties.plan', attribution: { step: 2 } },
      }),
    ).toEqual([
      ['value', 'pro', [1, 1]],
      ['missing', null, [1, 0]],
    ])
  })

  it('keeps the top N values, sums the rest into "other" and leaves the missing row last', () => {
    const person = (source: string | null, buys: boolean) => [
      { event: 'visit', ...(source === null ? {} : { properties: { utm_source: source } }) },
      ...(buys ? [{ event: 'buy' }] : []),
    ]
    const journeys = {
      g1: person('google', true),
      g2: person('google', false),
      g3: person('google', false),
      n1: person('newsletter', true),
      n2: person('newsletter', true),
      f1: person('facebook', false),
      t1: person('tiktok', true),
      x1: person(null, true),
    }
    const result = funnelOf(journeys, {
      steps: steps('visit', 'buy'),
      breakdown: { property: 'properties.utm_source', attribution: 'first-touch', top: 2 },
    })
    expect(
      result.breakdown?.map((row) => [row.kind, row.value, row.valueCount, row.steps.map((s) => s.count)]),
    ).toEqual([
      ['value', 'google', undefined, [3, 1]],
      ['value', 'newsletter', undefined, [2, 2]],
      ['other', null, 2, [2, 1]],
      ['missing', null, undefined, [1, 1]],
    ])
    expect(result.breakdown?.[2]?.steps[1]?.conversionFromFirst).toBe(0.5)
  })

  it('orders tied values booleans first, then numbers, then texts', () => {
    const journeys = Object.fromEntries(
      ['b', 2, true, 'a', 1, false].map((value, i) => [`p${i}`, [{ event: 'visit', properties: { v: value } }]]),
    )
    expect(
      funnelOf(journeys, { steps: steps('visit'), breakdown: { property: 'properties.v' } }).breakdown?.map(
        (row) => row.value,
      ),
    ).toEqual([false, true, 1, 2, 'a', 'b'])
  })

  it('gives each attempt its own value when counting attempts', () => {
    const journeys = {
      p: [
        { event: 'visit', properties: { utm_source: 'ad' } },
        { event: 'visit', properties: { utm_source: 'mail' } },
        { event: 'buy' },
      ],
    }
    expect(
      rowsOf(journeys, {
        steps: steps('visit', 'buy'),
        countBy: 'attempt',
        breakdown: { property: 'properties.utm_source', attribution: 'first-touch' },
      }),
    ).toEqual([
      ['value', 'ad', [1, 1]],
      ['value', 'mail', [1, 1]],
    ])
  })

  it('has rows that sum to the funnel at every step, whatever the attribution and top N', () => {
    const person = fc.array(
      fc.record({ event: fc.constantFrom('a', 'b', 'c'), v: fc.constantFrom('u', 'v', 'w', 1, null) }),
      { maxLength: 6 },
    )
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('p', 'q', 'r', 's', 't'), person),
        fc.constantFrom<FunnelSpecInput['countBy']>('customer', 'case', 'attempt'),
        fc.constantFrom('first-touch' as const, 'last-touch' as const, { step: 1 }, { step: 2 }, { step: 3 }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        (people, countBy, attribution, top) => {
          const journeys = Object.fromEntries(
            Object.entries(people).map(([name, events]) => [
              name,
              events.map(({ event, v }) => ({ event, ...(v === null ? {} : { properties: { v } }) })),
            ]),
          )
          const result = funnelOf(journeys, {
            steps: steps('a', 'b', 'c'),
            countBy,
            breakdown: { property: 'properties.v', attribution, ...(top === undefined ? {} : { top }) },
          })
          const sums = [0, 0, 0]
          for (const row of result.breakdown ?? [])
            row.steps.forEach((step, j) => {
              sums[j] = (sums[j] as number) + step.count
            })
          expect(sums).toEqual(result.steps.map((step) => step.count))
          if (top !== undefined)
            expect((result.breakdown ?? []).filter((row) => row.kind === 'value').length).toBeLessThanOrEqual(top)
        },
      ),
      { seed: 42, numRuns: 300 },
    )
  })
})
