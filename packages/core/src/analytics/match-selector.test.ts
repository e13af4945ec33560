import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EventSelector } from '../events/event-selector.schema.js'
import { buildJourneyLog, type JourneyLogInput, scalarAt } from './journey-log.js'
import { matchSelector, predicateHolds, SelectorBits } from './match-selector.js'

/* Selectors on random logs, against an evaluation event by event on the plain events. */

const NAMES = ['a', 'b', 'c'] as const
const CHANNELS = ['web', 'email', 'store'] as const

const randomEvents = fc.array(
  fc.record({
    customer: fc.integer({ min: 0, max: 3 }),
    name: fc.constantFrom(...NAMES),
    channel: fc.option(fc.constantFrom(...CHANNELS), { nil: null }),
    total: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    plan: fc.option(fc.constantFrom('gold', 'free'), { nil: undefined }),
  }),
  { maxLength: 30 },
)

const randomSelector: fc.Arbitrary<EventSelector> = fc
  .record({
    events: fc.uniqueArray(fc.constantFrom(...NAMES, 'missing'), { minLength: 1, maxLength: 3 }),
    channels: fc.option(fc.uniqueArray(fc.constantFrom(...CHANNELS), { minLength: 1, maxLength: 2 }), {
      nil: undefined,
    }),
    where: fc.option(
      fc.array(
        fc.oneof(
          fc.record({
            op: fc.constant('gte' as const),
            property: fc.constant('properties.total'),
            value: fc.integer({ min: 0, max: 4 }),
          }),
          fc.record({
            op: fc.constant('neq' as const),
            property: fc.constant('properties.plan'),
            value: fc.constant('gold'),
          }),
          fc.record({ op: fc.constant('exists' as const), property: fc.constant('properties.total') }),
        ),
        { minLength: 1, maxLength: 2 },
      ),
      { nil: undefined },
    ),
  })
  .map((drawn) => ({
    events: drawn.events,
    ...(drawn.channels === undefined ? {} : { channels: drawn.channels }),
    ...(drawn.where === undefined ? {} : { where: drawn.where }),
  }))

function inputsOf(
  events: readonly {
    customer: number
    name: string
    channel: string | null
    total?: number | undefined
    plan?: string | undefined
  }[],
) {
  return events.map(
    (event, seq): JourneyLogInput => ({
      type: 'track',
      name: event.name,
      timestamp: seq,
      seq,
      channel: event.channel,
      properties: {
        ...(event.total === undefined ? {} : { total: event.total }),
        ...(event.plan === undefined ? {} : { plan: event.plan }),
      },
      traits: {},
      context: {},
      customerId: `c${event.customer}`,
    }),
  )
}

/** Whether a plain event matches a selector, read field by field. */
function matchesByHand(event: JourneyLogInput, selector: EventSelector): boolean {
  if (!selector.events.includes(event.name)) return false
  if (
    selector.channels !== undefined &&
    (event.channel === null || !(selector.channels as string[]).includes(event.channel))
  )
    return false
  return (selector.where ?? []).every((predicate) => predicateHolds(predicate, scalarAt(event, predicate.property)))
}

describe('matching selectors', () => {
  it('matchSelector and SelectorBits agree with an event-by-event evaluation, for names, channels and predicates', () => {
    fc.assert(
      fc.property(randomEvents, fc.array(randomSelector, { minLength: 1, maxLength: 4 }), (events, selectors) => {
        const inputs = inputsOf(events)
        const log = buildJourneyLog(inputs)
        // The log is in journey order: find each position's event by its seq.
        const eventAt = (i: number) => inputs[log.seq[i] as number] as JourneyLogInput
        const bits = new SelectorBits(log, selectors)
        const filled = new Int32Array(log.eventCount)
        bits.fill(filled, 0, log.eventCount)
        selectors.forEach((selector, r) => {
          const expected = Array.from({ length: log.eventCount }, (_, i) =>
            matchesByHand(eventAt(i), selector) ? 1 : 0,
          )
          expect([...matchSelector(log, selector)]).toEqual(expected)
          expect([...bits.mask(r)]).toEqual(expected)
          expect(Array.from(filled, (value) => (value >>> r) & 1)).toEqual(expected)
          expect(Array.from({ length: log.eventCount }, (_, i) => (bits.at(i) >>> r) & 1)).toEqual(expected)
        })
        // By name only when no selector has a channel or property condition.
        const byName = bits.byName()
        const namesDecide = selectors.every(
          (selector) => selector.channels === undefined && (selector.where ?? []).length === 0,
        )
        expect(byName !== undefined).toBe(namesDecide)
        if (byName !== undefined)
          expect(Array.from({ length: log.eventCount }, (_, i) => byName[log.name[i] as number])).toEqual([...filled])
      }),
      { seed: 5, numRuns: 400 },
    )
  })
})
