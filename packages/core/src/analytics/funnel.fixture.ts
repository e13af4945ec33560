import type { JsonObject } from '../events/event-record.js'
import type { ScalarValue } from '../events/event-selector.schema.js'
import type { FunnelSpecInput } from './funnel.schema.js'
import { buildJourneyLog, type JourneyLog, type JourneyLogInput } from './journey-log.js'

/**
 * Funnel cases transcribed from a peer's test suite where our rule is the same, with the figures
 * the peer asserts. PostHog (github.com/PostHog/posthog, MIT-licensed tests) counts persons and
 * reports conversion times in seconds from the previous step; ours are ms from the attempt's first
 * event, so a time is transcribed only where both agree (step 2), and where they differ the
 * fixture says so and holds our own figure. PostHog step numbers in exclusions and attribution
 * are 0-based (`funnel_from_step: 0` is our `afterStep: 1`).
 */

/** One event of a fixture journey: its name, when (ISO 8601; one minute after the previous fixture event when omitted) and its properties. */
export interface FixtureEvent {
  readonly event: string
  readonly at?: string
  readonly properties?: Readonly<Record<string, ScalarValue>>
}

/** Each person's events, in ingestion order. */
export type FixtureJourneys = Readonly<Record<string, readonly FixtureEvent[]>>

export interface FunnelFixtureRow {
  readonly kind: 'value' | 'missing' | 'other'
  readonly value: ScalarValue | null
  readonly counts: readonly number[]
  readonly meanMs?: readonly (number | null)[]
}

export interface FunnelFixture {
  /** Repository and file the case comes from. */
  readonly source: string
  /** The test it transcribes. */
  readonly test: string
  /** Where our figure differs from the peer's and why. */
  readonly note?: string
  readonly spec: FunnelSpecInput
  readonly journeys: FixtureJourneys
  readonly counts: readonly number[]
  readonly meanMs?: readonly (number | null)[]
  readonly medianMs?: readonly (number | null)[]
  readonly rows?: readonly FunnelFixtureRow[]
}

const POSTHOG = 'PostHog/posthog posthog/hogql_queries/insights/funnels/test/'
const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Builds a journey log from fixture journeys: one customer (and case) per person; ingestion order is the listing order. */
export function logOfJourneys(
  journeys: FixtureJourneys,
  traits: Readonly<Record<string, JsonObject>> = {},
): JourneyLog {
  const events: JourneyLogInput[] = []
  let clock = Date.parse('2021-05-01T00:00:00Z')
  let seq = 0
  for (const [person, list] of Object.entries(journeys)) {
    for (const item of list) {
      clock = item.at === undefined ? clock + 60_000 : Date.parse(item.at)
      events.push({
        type: 'track',
        name: item.event,
        timestamp: clock,
        seq: seq++,
        channel: null,
        properties: item.properties ?? {},
        traits: {},
        context: {},
        customerId: person,
      })
    }
  }
  for (const [person, personTraits] of Object.entries(traits))
    events.push({
      type: 'identify',
      name: 'Identify',
      timestamp: 0,
      seq: seq++,
      channel: null,
      properties: {},
      traits: personTraits,
      context: {},
      customerId: person,
    })
  return buildJourneyLog(events)
}

const step = (name: string, where?: { property: string; value: ScalarValue }) => ({
  name,
  selector: {
    events: [name],
    ...(where === undefined ? {} : { where: [{ op: 'eq' as const, property: where.property, value: where.value }] }),
  },
})
const steps = (...names: string[]) => names.map((name) => step(name))
const at = (iso: string) => ({ at: iso })

const signupPageviewInsight = steps('user signed up', '$pageview', 'insight viewed')

/** The five-step funnel of PostHog's exclusion-between-steps tests and its three people. */
const fiveSteps = steps('user signed up', '$pageview', 'insight viewed', 'invite teammate', 'pageview2')
const exclusionsBetweenSteps: FixtureJourneys = {
  person1: [
    { event: 'user signed up', ...at('2021-05-01T01:00:00Z') },
    { event: '$pageview', ...at('2021-05-01T02:00:00Z') },
    { event: 'x', ...at('2021-05-01T03:00:00Z') },
    { event: 'insight viewed', ...at('2021-05-01T04:00:00Z') },
    { event: 'x', ...at('2021-05-01T04:30:00Z') },
    { event: 'invite teammate', ...at('2021-05-01T05:00:00Z') },
    { event: 'x', ...at('2021-05-01T05:30:00Z') },
    { event: 'pageview2', ...at('2021-05-01T06:00:00Z') },
  ],
  person2: [
    { event: 'user signed up', ...at('2021-05-01T01:00:00Z') },
    { event: '$pageview', ...at('2021-05-01T02:00:00Z') },
    { event: 'insight viewed', ...at('2021-05-01T04:00:00Z') },
    { event: 'x', ...at('2021-05-01T04:30:00Z') },
    { event: 'invite teammate', ...at('2021-05-01T05:00:00Z') },
    { event: 'x', ...at('2021-05-01T05:30:00Z') },
    { event: 'pageview2', ...at('2021-05-01T06:00:00Z') },
  ],
  person3: [
    { event: 'user signed up', ...at('2021-05-01T01:00:00Z') },
    { event: 'x', ...at('2021-05-01T01:30:00Z') },
    { event: '$pageview', ...at('2021-05-01T02:00:00Z') },
    { event: 'insight viewed', ...at('2021-05-01T04:00:00Z') },
    { event: 'invite teammate', ...at('2021-05-01T05:00:00Z') },
    { event: 'x', ...at('2021-05-01T05:30:00Z') },
    { event: 'pageview2', ...at('2021-05-01T06:00:00Z') },
  ],
}
const excludeX = (afterStep: number, beforeStep: number) => [{ selector: { events: ['x'] }, afterStep, beforeStep }]

/** Ten people convert a day after step one, fifteen after nine days (or ten against twenty seconds). */
function conversionWindowPeople(second: string, late: string): FixtureJourneys {
  const journeys: Record<string, FixtureEvent[]> = {}
  for (let i = 0; i < 25; i++)
    journeys[`user_${i}`] = [
      { event: 'step one', ...at('2021-05-01T00:00:00Z') },
      { event: 'step two', ...at(i < 10 ? second : late) },
    ]
  return journeys
}

/** The three people of PostHog's "no end event" exclusion tests: each list is one person's events. */
const noEndEvent = (events: readonly [string, string][]): FixtureJourneys => ({
  user_one: events.map(([event, iso]) => ({ event, at: iso })),
})

const signupBuyPeople: FixtureJourneys = {
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
    { event: 'buy', at: '2020-01-02T16:00:00Z', properties: { $browser: 'alakazam' } },
  ],
}

/** Funnel counts and times (no breakdown). */
export const FUNNEL_FIXTURES: readonly FunnelFixture[] = [
  {
    source: `${POSTHOG}test_funnel_strict.py`,
    test: 'TestFunnelStrictSteps.test_basic_strict_funnel',
    spec: { mode: 'strict', steps: signupPageviewInsight },
    journeys: {
      stopped_after_signup1: [{ event: 'user signed up' }],
      stopped_after_pageview1: [{ event: '$pageview' }, { event: 'user signed up' }],
      stopped_after_insightview: [
        { event: 'user signed up' },
        { event: '$pageview' },
        { event: 'blaah blaa' },
        { event: 'insight viewed' },
      ],
      stopped_after_insightview2: [
        { event: 'insight viewed' },
        { event: 'blaah blaa' },
        { event: '$pageview' },
        { event: 'user signed up' },
      ],
      stopped_after_insightview3: [
        { event: '$pageview' },
        { event: 'user signed up' },
        { event: 'blaah blaa' },
        { event: '$pageview' },
        { event: 'insight viewed' },
      ],
      person6: [{ event: 'blaah blaa' }, { event: 'user signed up' }, { event: 'blaah blaa' }, { event: '$pageview' }],
      person7: [
        { event: 'blaah blaa' },
        { event: 'user signed up' },
        { event: '$pageview' },
        { event: 'insight viewed' },
        { event: 'blaah blaa' },
      ],
      stopped_after_insightview6: [{ event: 'insight viewed' }, { event: '$pageview' }],
    },
    counts: [7, 2, 1],
  },
  {
    source: `${POSTHOG}test_funnel_strict.py`,
    test: 'TestFunnelStrictSteps.test_advanced_strict_funnel',
    note: "PostHog's actions `sign up` and `pageview` are events with properties.key = 'val'.",
    spec: {
      mode: 'strict',
      steps: [
        step('user signed up'),
        step('sign up', { property: 'properties.key', value: 'val' }),
        step('$pageview'),
        step('pageview', { property: 'properties.key', value: 'val' }),
      ],
    },
    journeys: {
      stopped_after_signup1: [{ event: 'user signed up' }],
      stopped_after_pageview1: [{ event: 'user signed up' }, { event: '$pageview' }],
      stopped_after_insightview: [
        { event: 'user signed up' },
        { event: 'sign up', properties: { key: 'val' } },
        { event: 'sign up', properties: { key: 'val2' } },
        { event: '$pageview' },
        { event: 'blaah blaa' },
        { event: 'insight viewed' },
      ],
      person4: [
        { event: 'blaah blaa' },
        { event: 'user signed up' },
        { event: 'sign up', properties: { key: 'val' } },
        { event: '$pageview', properties: { key: 'val' } },
        { event: 'blaah blaa' },
      ],
      person5: [
        { event: 'blaah blaa' },
        { event: 'user signed up' },
        { event: 'sign up', properties: { key: 'val' } },
        { event: '$pageview' },
        { event: 'blaah blaa' },
      ],
      person6: [
        { event: 'blaah blaa' },
        { event: 'user signed up' },
        { event: 'sign up', properties: { key: 'val' } },
        { event: '$pageview' },
        { event: 'pageview', properties: { key: 'val1' } },
      ],
      person7: [
        { event: 'blaah blaa' },
        { event: 'user signed up' },
        { event: 'sign up', properties: { key: 'val' } },
        { event: '$pageview' },
        { event: 'user signed up' },
        { event: 'pageview', properties: { key: 'val' } },
      ],
      person8: [
        { event: 'blaah blaa' },
        { event: 'user signed up' },
        { event: 'user signed up' },
        { event: 'sign up', properties: { key: 'val' } },
        { event: '$pageview' },
        { event: 'pageview', properties: { key: 'val' } },
      ],
    },
    counts: [8, 6, 5, 1],
  },
  {
    source: `${POSTHOG}test_funnel_strict.py`,
    test: 'TestFunnelStrictSteps.test_basic_strict_funnel_conversion_times',
    note: 'PostHog times step 3 from step 2 (7,200 s); ours is from step 1: 4 h.',
    spec: { mode: 'strict', steps: signupPageviewInsight },
    journeys: {
      stopped_after_signup1: [{ event: 'user signed up', at: '2021-05-02T00:00:00Z' }],
      stopped_after_pageview1: [
        { event: 'user signed up', at: '2021-05-02T00:00:00Z' },
        { event: '$pageview', at: '2021-05-02T01:00:00Z' },
      ],
      stopped_after_insightview: [
        { event: 'user signed up', at: '2021-05-02T00:00:00Z' },
        { event: '$pageview', at: '2021-05-02T02:00:00Z' },
        { event: 'insight viewed', at: '2021-05-02T04:00:00Z' },
      ],
    },
    counts: [3, 2, 1],
    meanMs: [null, 5_400_000, 4 * HOUR],
  },
  {
    source: `${POSTHOG}test_funnel_strict.py`,
    test: 'TestFunnelStrictSteps.test_multiple_events_same_timestamp_doesnt_blow_up',
    note: 'An ordered funnel: ties in time follow ingestion order.',
    spec: { steps: steps('step one', 'step two', 'step three') },
    journeys: {
      test: [
        ...Array.from({ length: 30 }, () => ({ event: 'step one', at: '2024-01-10T12:01:00Z' })),
        { event: 'step two', at: '2024-01-10T12:01:00Z' },
        { event: 'step three', at: '2024-01-10T12:01:00Z' },
      ],
    },
    counts: [1, 1, 1],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_events',
    note: "PostHog's actions `paid` and `watched movie` are events named so; the person with two distinct ids is one customer.",
    spec: { steps: steps('user signed up', 'paid', 'watched movie'), windowMs: 14 * DAY },
    journeys: {
      stopped_after_signup: [{ event: 'user signed up' }],
      stopped_after_pay: [{ event: 'user signed up' }, { event: 'paid' }],
      had_anonymous_id: [{ event: 'user signed up' }, { event: 'paid' }, { event: 'watched movie' }],
      just_did_movie: [{ event: 'watched movie' }],
      wrong_order: [{ event: 'paid' }, { event: 'user signed up' }, { event: 'watched movie' }],
    },
    counts: [4, 2, 1],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_basic_funnel_with_repeat_steps',
    spec: { steps: steps('user signed up', 'user signed up'), windowMs: 14 * DAY },
    journeys: {
      stopped_after_signup1: [{ event: 'user signed up' }, { event: 'user signed up' }],
      stopped_after_signup2: [{ event: 'user signed up' }],
    },
    counts: [2, 1],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_advanced_funnel_with_repeat_steps',
    spec: { steps: steps('user signed up', '$pageview', '$pageview', '$pageview', '$pageview') },
    journeys: {
      stopped_after_signup1: [{ event: 'user signed up' }],
      stopped_after_pageview1: [{ event: 'user signed up' }, { event: '$pageview' }],
      stopped_after_pageview2: [
        { event: 'user signed up' },
        { event: '$pageview' },
        { event: 'blaah blaa' },
        { event: '$pageview' },
      ],
      stopped_after_pageview3: [
        { event: 'user signed up' },
        { event: '$pageview' },
        { event: 'blaah blaa' },
        { event: '$pageview' },
        { event: '$pageview' },
        { event: 'blaah blaa' },
      ],
      stopped_after_pageview4: [
        { event: 'user signed up' },
        { event: '$pageview' },
        { event: '$pageview' },
        { event: '$pageview' },
        { event: '$pageview' },
      ],
    },
    counts: [5, 4, 3, 2, 1],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_advanced_funnel_with_repeat_steps_out_of_order_events',
    spec: { steps: steps('user signed up', '$pageview', '$pageview', '$pageview', '$pageview'), windowMs: 14 * DAY },
    journeys: {
      stopped_after_signup1: [{ event: '$pageview' }, { event: 'user signed up' }],
      stopped_after_pageview1: [{ event: 'user signed up' }, { event: '$pageview' }],
      stopped_after_pageview2: [
        { event: '$pageview' },
        { event: 'user signed up' },
        { event: 'blaah blaa' },
        { event: '$pageview' },
      ],
      stopped_after_pageview3: [
        { event: 'blaah blaa' },
        { event: '$pageview' },
        { event: 'blaah blaa' },
        { event: '$pageview' },
        { event: 'user signed up' },
        { event: '$pageview' },
      ],
      stopped_after_pageview4: [
        { event: 'user signed up' },
        { event: '$pageview' },
        { event: 'blaah blaa' },
        { event: '$pageview' },
        { event: '$pageview' },
        { event: '$pageview' },
      ],
      stopped_after_pageview5: [
        { event: '$pageview' },
        { event: 'blaah blaa' },
        { event: '$pageview' },
        { event: '$pageview' },
        { event: '$pageview' },
      ],
    },
    counts: [5, 4, 1, 1, 1],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_with_matching_properties',
    spec: {
      windowMs: 14 * DAY,
      steps: [
        step('user signed up'),
        step('$pageview', { property: 'properties.$current_url', value: 'aloha.com' }),
        step('$pageview', { property: 'properties.$current_url', value: 'aloha2.com' }),
        step('$pageview', { property: 'properties.$current_url', value: 'aloha2.com' }),
        step('$pageview'),
      ],
    },
    journeys: {
      stopped_after_signup1: [{ event: 'user signed up' }],
      stopped_after_pageview1: [
        { event: 'user signed up' },
        { event: '$pageview', properties: { $current_url: 'aloha.com' } },
      ],
      stopped_after_pageview2: [
        { event: 'user signed up' },
        { event: '$pageview', properties: { $current_url: 'aloha.com' } },
        { event: 'blaah blaa', properties: { $current_url: 'aloha.com' } },
        { event: '$pageview', properties: { $current_url: 'aloha2.com' } },
      ],
      stopped_after_pageview3: [
        { event: 'user signed up' },
        { event: '$pageview', properties: { $current_url: 'aloha.com' } },
        { event: '$pageview', properties: { $current_url: 'aloha2.com' } },
        { event: '$pageview', properties: { $current_url: 'aloha2.com' } },
        { event: 'blaah blaa' },
      ],
      stopped_after_pageview4: [
        { event: 'user signed up' },
        { event: '$pageview', properties: { $current_url: 'aloha.com' } },
        { event: 'blaah blaa' },
        { event: '$pageview', properties: { $current_url: 'aloha2.com' } },
        { event: '$pageview', properties: { $current_url: 'aloha.com' } },
        { event: '$pageview', properties: { $current_url: 'aloha2.com' } },
      ],
    },
    counts: [5, 4, 3, 2, 0],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_conversion_window',
    spec: { steps: steps('step one', 'step two', 'step three'), windowMs: 7 * DAY },
    journeys: conversionWindowPeople('2021-05-02T00:00:00Z', '2021-05-10T00:00:00Z'),
    counts: [25, 10, 0],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_conversion_window_seconds',
    spec: { steps: steps('step one', 'step two', 'step three'), windowMs: 15_000 },
    journeys: conversionWindowPeople('2021-05-01T00:00:10Z', '2021-05-01T00:00:20Z'),
    counts: [25, 10, 0],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_exclusion_no_end_event',
    spec: { steps: steps('user signed up', 'paid'), windowMs: DAY, exclusions: excludeX(1, 2) },
    journeys: {
      person1: [
        { event: 'user signed up', at: '2021-05-01T01:00:00Z' },
        { event: 'paid', at: '2021-05-01T02:00:00Z' },
      ],
      person2: [
        { event: 'user signed up', at: '2021-05-01T03:00:00Z' },
        { event: 'x', at: '2021-05-01T03:30:00Z' },
        { event: 'paid', at: '2021-05-01T04:00:00Z' },
      ],
      person3: [
        { event: 'user signed up', at: '2021-05-01T05:00:00Z' },
        { event: 'x', at: '2021-05-01T06:00:00Z' },
      ],
      person4: [
        { event: 'user signed up', at: '2021-05-01T07:00:00Z' },
        { event: 'x', at: '2021-05-02T08:00:00Z' },
      ],
    },
    counts: [2, 1],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_exclusion_multiple_possible_no_end_event1',
    spec: {
      steps: steps('step one', 'step two'),
      windowMs: 10_000,
      exclusions: [{ selector: { events: ['exclusion'] } }],
    },
    journeys: noEndEvent([
      ['step one', '2021-05-01T00:00:00Z'],
      ['exclusion', '2021-05-01T00:00:01Z'],
      ['step one', '2021-05-01T00:00:31Z'],
    ]),
    counts: [1, 0],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_exclusion_multiple_possible_no_end_event2',
    spec: {
      steps: steps('step one', 'step two'),
      windowMs: 10_000,
      exclusions: [{ selector: { events: ['exclusion'] } }],
    },
    journeys: noEndEvent([
      ['step one', '2021-05-01T00:00:00Z'],
      ['step one', '2021-05-01T00:00:31Z'],
      ['exclusion', '2021-05-01T00:00:32Z'],
    ]),
    counts: [1, 0],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_exclusion_multiple_possible_no_end_event3',
    spec: {
      steps: steps('step one', 'step two'),
      windowMs: 10_000,
      exclusions: [{ selector: { events: ['exclusion'] } }],
    },
    journeys: noEndEvent([
      ['step one', '2021-05-01T00:00:00Z'],
      ['step one', '2021-05-01T00:00:01Z'],
      ['exclusion', '2021-05-01T00:00:02Z'],
    ]),
    counts: [0, 0],
  },
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_exclusions_full_window',
    spec: {
      steps: steps('user signed up', 'paid'),
      windowMs: 14 * DAY,
      exclusions: [{ selector: { events: ['x 1 name with numbers 2'] }, afterStep: 1, beforeStep: 2 }],
    },
    journeys: {
      person1: [
        { event: 'user signed up', at: '2021-05-01T01:00:00Z' },
        { event: 'paid', at: '2021-05-01T02:00:00Z' },
      ],
      person2: [
        { event: 'user signed up', at: '2021-05-01T03:00:00Z' },
        { event: 'x 1 name with numbers 2', at: '2021-05-01T03:30:00Z' },
        { event: 'paid', at: '2021-05-01T04:00:00Z' },
      ],
      person3: [
        { event: 'user signed up', at: '2021-05-01T05:00:00Z' },
        { event: 'paid', at: '2021-05-01T06:00:00Z' },
      ],
    },
    counts: [2, 2],
  },
  ...(
    [
      [1, 2, 2],
      [2, 3, 2],
      [3, 4, 1],
      [4, 5, 0],
      [2, 4, 1],
    ] as const
  ).map(
    ([after, before, people]): FunnelFixture => ({
      source: `${POSTHOG}test_funnel.py`,
      test: `TestGetFunnel.test_advanced_funnel_exclusions_between_steps (funnel_from_step ${after - 1}, funnel_to_step ${before - 1})`,
      note: 'PostHog asserts steps 1 and 5; every person who is not excluded does all five steps.',
      spec: { steps: fiveSteps, exclusions: excludeX(after, before) },
      journeys: exclusionsBetweenSteps,
      counts: [people, people, people, people, people],
    }),
  ),
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_advanced_funnel_multiple_exclusions_between_steps',
    spec: {
      steps: fiveSteps,
      exclusions: [
        { selector: { events: ['x'] }, afterStep: 1, beforeStep: 2 },
        { selector: { events: ['y'] }, afterStep: 3, beforeStep: 4 },
      ],
    },
    journeys: {
      person1: [
        { event: 'user signed up', ...at('2021-05-01T01:00:00Z') },
        { event: 'x', ...at('2021-05-01T02:00:00Z') },
        { event: '$pageview', ...at('2021-05-01T03:00:00Z') },
        { event: 'insight viewed', ...at('2021-05-01T04:00:00Z') },
        { event: 'y', ...at('2021-05-01T04:30:00Z') },
        { event: 'invite teammate', ...at('2021-05-01T05:00:00Z') },
        { event: 'pageview2', ...at('2021-05-01T06:00:00Z') },
      ],
      person2: [
        { event: 'user signed up', ...at('2021-05-01T01:00:00Z') },
        { event: 'y', ...at('2021-05-01T01:30:00Z') },
        { event: '$pageview', ...at('2021-05-01T02:00:00Z') },
        { event: 'insight viewed', ...at('2021-05-01T04:00:00Z') },
        { event: 'y', ...at('2021-05-01T04:30:00Z') },
        { event: 'invite teammate', ...at('2021-05-01T05:00:00Z') },
        { event: 'x', ...at('2021-05-01T05:30:00Z') },
        { event: 'pageview2', ...at('2021-05-01T06:00:00Z') },
      ],
      person3: [
        { event: 'user signed up', ...at('2021-05-01T01:00:00Z') },
        { event: 'x', ...at('2021-05-01T01:30:00Z') },
        { event: '$pageview', ...at('2021-05-01T02:00:00Z') },
        { event: 'insight viewed', ...at('2021-05-01T04:00:00Z') },
        { event: 'invite teammate', ...at('2021-05-01T05:00:00Z') },
        { event: 'x', ...at('2021-05-01T05:30:00Z') },
        { event: 'pageview2', ...at('2021-05-01T06:00:00Z') },
      ],
      person4: [
        { event: 'user signed up', ...at('2021-05-01T01:00:00Z') },
        { event: '$pageview', ...at('2021-05-01T02:00:00Z') },
        { event: 'insight viewed', ...at('2021-05-01T04:00:00Z') },
        { event: 'invite teammate', ...at('2021-05-01T05:00:00Z') },
        { event: 'pageview2', ...at('2021-05-01T06:00:00Z') },
      ],
    },
    counts: [1, 1, 1, 1, 1],
  },
  {
    source: `${POSTHOG}conversion_time_cases.py`,
    test: 'TestFunnelConversionTime.test_funnel_with_multiple_incomplete_tries',
    note: 'PostHog asserts step 1 and the time of step 2 (3,600 s); step 3 is ours: 2 h from step 1.',
    spec: { steps: steps('user signed up', '$pageview', 'something else'), windowMs: DAY },
    journeys: {
      person1: [
        { event: 'user signed up', at: '2021-05-01T01:00:00Z' },
        { event: '$pageview', at: '2021-05-01T02:00:00Z' },
        { event: 'something else', at: '2021-05-01T03:00:00Z' },
        { event: 'user signed up', at: '2021-05-03T04:00:00Z' },
        { event: '$pageview', at: '2021-05-03T05:00:00Z' },
        { event: 'user signed up', at: '2021-05-04T07:00:00Z' },
        { event: '$pageview', at: '2021-05-04T10:00:00Z' },
      ],
    },
    counts: [1, 1, 1],
    meanMs: [null, HOUR, 2 * HOUR],
    medianMs: [null, HOUR, 2 * HOUR],
  },
  {
    source: `${POSTHOG}conversion_time_cases.py`,
    test: 'TestFunnelConversionTime.test_funnel_step_conversion_times',
    note: 'PostHog times step 3 from step 2 (mean 5,400 s); ours is from step 1: 3 h for both people.',
    spec: { steps: steps('sign up', 'play movie', 'buy'), windowMs: 7 * DAY },
    journeys: {
      person1: [
        { event: 'sign up', at: '2020-01-01T12:00:00Z' },
        { event: 'play movie', at: '2020-01-01T13:00:00Z' },
        { event: 'buy', at: '2020-01-01T15:00:00Z' },
      ],
      person2: [
        { event: 'sign up', at: '2020-01-02T14:00:00Z' },
        { event: 'play movie', at: '2020-01-02T16:00:00Z' },
      ],
      person3: [
        { event: 'sign up', at: '2020-01-02T14:00:00Z' },
        { event: 'play movie', at: '2020-01-02T16:00:00Z' },
        { event: 'buy', at: '2020-01-02T17:00:00Z' },
      ],
    },
    counts: [3, 3, 2],
    meanMs: [null, 6_000_000, 3 * HOUR],
    medianMs: [null, 7_200_000, 3 * HOUR],
  },
  ...(
    [
      [14 * DAY, [3, 2], 600_000],
      [5 * 60_000, [3, 1], 300_000],
    ] as const
  ).map(
    ([windowMs, counts, mean]): FunnelFixture => ({
      source: `${POSTHOG}conversion_time_cases.py`,
      test: `TestFunnelConversionTime.test_funnel_times_with_different_conversion_windows (${windowMs / 60_000} minutes)`,
      spec: { steps: steps('user signed up', 'pageview'), windowMs },
      journeys: {
        stopped_after_signup1: [
          { event: 'user signed up', at: '2020-01-02T14:00:00Z' },
          { event: 'pageview', at: '2020-01-02T14:05:00Z' },
        ],
        stopped_after_signup2: [{ event: 'user signed up', at: '2020-01-02T14:03:00Z' }],
        stopped_after_signup3: [
          { event: 'user signed up', at: '2020-01-02T12:00:00Z' },
          { event: 'pageview', at: '2020-01-02T12:15:00Z' },
        ],
      },
      counts,
      meanMs: [null, mean],
    }),
  ),
  {
    source: `${POSTHOG}test_funnel.py`,
    test: 'TestGetFunnel.test_funnel_with_different_actions_at_same_time_count_as_converted',
    note: "PostHog's action `sign up` is the event with properties.key = 'val'; all events share one timestamp.",
    spec: { steps: [step('sign up', { property: 'properties.key', value: 'val' }), step('$pageview')] },
    journeys: {
      stopped_after_signup1: [
        { event: 'sign up', at: '2020-01-03T00:00:00Z', properties: { key: 'val' } },
        { event: '$pageview', at: '2020-01-03T00:00:00Z', properties: { key: 'val' } },
      ],
      stopped_after_signup2: [{ event: 'sign up', at: '2020-01-03T00:00:00Z', properties: { key: 'val' } }],
    },
    counts: [2, 1],
  },
  {
    source: `${POSTHOG}test_funnel_unordered.py`,
    test: 'TestFunnelUnorderedSteps.test_basic_unordered_funnel_conversion_times',
    note: "Counts only: PostHog's unordered step n is any n steps, timed step to step; ours is steps 1..n, timed from the attempt's first event.",
    spec: { mode: 'unordered', steps: signupPageviewInsight, windowMs: DAY },
    journeys: {
      stopped_after_signup1: [{ event: 'user signed up', at: '2021-05-02T00:00:00Z' }],
      stopped_after_pageview1: [
        { event: '$pageview', at: '2021-05-02T00:00:00Z' },
        { event: 'user signed up', at: '2021-05-02T01:00:00Z' },
      ],
      stopped_after_insightview: [
        { event: 'insight viewed', at: '2021-05-02T00:00:00Z' },
        { event: 'user signed up', at: '2021-05-02T02:00:00Z' },
        { event: '$pageview', at: '2021-05-02T04:00:00Z' },
        { event: '$pageview', at: '2021-05-03T00:00:00Z' },
        { event: 'insight viewed', at: '2021-05-03T03:00:00Z' },
        { event: 'user signed up', at: '2021-05-03T06:00:00Z' },
      ],
    },
    counts: [3, 2, 1],
  },
]

/** Breakdown cases: the rows in our order (largest first, then by value; "missing" last). */
export const FUNNEL_BREAKDOWN_FIXTURES: readonly FunnelFixture[] = [
  {
    source: `${POSTHOG}breakdown_cases.py`,
    test: 'TestFunnelBreakdown.test_funnel_step_breakdown_with_step_attribution (breakdown_attribution_value "0")',
    spec: {
      steps: steps('sign up', 'buy'),
      windowMs: 7 * DAY,
      breakdown: { property: 'properties.$browser', attribution: { step: 1 } },
    },
    journeys: signupBuyPeople,
    counts: [4, 4],
    rows: [
      { kind: 'value', value: 0, counts: [1, 1], meanMs: [null, HOUR] },
      { kind: 'value', value: 'Chrome', counts: [1, 1], meanMs: [null, HOUR] },
      { kind: 'value', value: 'Mac', counts: [1, 1], meanMs: [null, HOUR] },
      { kind: 'missing', value: null, counts: [1, 1], meanMs: [null, DAY] },
    ],
  },
  {
    source: `${POSTHOG}breakdown_cases.py`,
    test: 'TestFunnelBreakdown.test_funnel_step_breakdown_with_step_one_attribution (breakdown_attribution_value "1")',
    spec: {
      steps: steps('sign up', 'buy'),
      windowMs: 7 * DAY,
      breakdown: { property: 'properties.$browser', attribution: { step: 2 } },
    },
    journeys: signupBuyPeople,
    counts: [4, 4],
    rows: [
      { kind: 'value', value: 'Safari', counts: [1, 1], meanMs: [null, DAY] },
      { kind: 'value', value: 'alakazam', counts: [1, 1], meanMs: [null, HOUR] },
      { kind: 'missing', value: null, counts: [2, 2], meanMs: [null, HOUR] },
    ],
  },
  {
    source: `${POSTHOG}test_funnel_strict.py`,
    test: 'TestFunnelStrictStepsBreakdown.test_strict_breakdown_events_with_multiple_properties',
    spec: {
      mode: 'strict',
      steps: steps('sign up', 'play movie'),
      windowMs: 7 * DAY,
      breakdown: { property: 'properties.$browser', attribution: 'first-touch' },
    },
    journeys: {
      person1: [
        { event: 'sign up', at: '2020-01-01T12:00:00Z', properties: { $browser: 'Chrome' } },
        { event: 'blah', at: '2020-01-01T13:00:00Z', properties: { $browser: 'Chrome' } },
        { event: 'play movie', at: '2020-01-01T14:00:00Z', properties: { $browser: 'Chrome' } },
      ],
      person2: [
        { event: 'sign up', at: '2020-01-02T13:00:00Z', properties: { $browser: 'Safari' } },
        { event: 'play movie', at: '2020-01-02T14:00:00Z', properties: { $browser: 'Safari' } },
      ],
    },
    counts: [2, 1],
    rows: [
      { kind: 'value', value: 'Chrome', counts: [1, 0], meanMs: [null, null] },
      { kind: 'value', value: 'Safari', counts: [1, 1], meanMs: [null, HOUR] },
    ],
  },
  {
    source: `${POSTHOG}breakdown_cases.py`,
    test: 'TestFunnelBreakdown.test_funnel_step_breakdown_event_with_string_only_breakdown',
    note: 'PostHog times step 3 from step 2 (7,200 s); ours is from step 1: 3 h.',
    spec: {
      steps: steps('sign up', 'play movie', 'buy'),
      windowMs: 7 * DAY,
      breakdown: { property: 'properties.$browser', attribution: 'first-touch' },
    },
    journeys: {
      person1: [
        { event: 'sign up', at: '2020-01-01T12:00:00Z', properties: { key: 'val', $browser: 'Chrome' } },
        { event: 'play movie', at: '2020-01-01T13:00:00Z', properties: { key: 'val', $browser: 'Chrome' } },
        { event: 'buy', at: '2020-01-01T15:00:00Z', properties: { key: 'val', $browser: 'Chrome' } },
      ],
      person2: [
        { event: 'sign up', at: '2020-01-02T14:00:00Z', properties: { key: 'val', $browser: 'Safari' } },
        { event: 'play movie', at: '2020-01-02T16:00:00Z', properties: { key: 'val', $browser: 'Safari' } },
      ],
      person3: [{ event: 'sign up', at: '2020-01-02T14:00:00Z', properties: { key: 'val', $browser: 'Safari' } }],
    },
    counts: [3, 2, 1],
    rows: [
      { kind: 'value', value: 'Safari', counts: [2, 1, 0], meanMs: [null, 2 * HOUR, null] },
      { kind: 'value', value: 'Chrome', counts: [1, 1, 1], meanMs: [null, HOUR, 3 * HOUR] },
    ],
  },
]
