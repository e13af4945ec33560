import { describe, expect, it } from 'vitest'
import type { PropertyPredicate, ScalarValue } from '../events/event-selector.schema.js'
import type { Segment } from '../persona/segment.schema.js'
import { classify } from './classify.js'
import { buildJourneyLog, caseRange, type JourneyLog, type JourneyLogInput, NONE } from './journey-log.js'
import { matchSelector, predicateHolds } from './match-selector.js'
import { textsOf } from './packed-texts.js'
import { applyFilter } from './segment-filter.js'
import { lifecycleMask, selectCases, selectEvents } from './select-log.js'
import { quantile, summarize } from './summarize.js'

const T = Date.UTC(2026, 0, 1)
let seq = 0
const ev = (
  customerId: string,
  name: string,
  minute: number,
  extra: Partial<JourneyLogInput> = {},
): JourneyLogInput => ({
  type: 'track',
  name,
  timestamp: T + minute * 60_000,
  seq: ++seq,
  channel: 'web',
  properties: {},
  traits: {},
  context: {},
  customerId,
  ...extra,
})

/** Each case as `caseId: name name …`, in case order. */
const traces = (log: JourneyLog, labels: readonly string[] = log.names, codes: Int32Array = log.name) =>
  textsOf(log.caseIds).map((caseId, c) => {
    const [start, end] = caseRange(log, c)
    const names = []
    for (let i = start; i < end; i++) names.push(labels[codes[i] as number])
    return `${caseId}: ${names.join(' ')}`
  })

describe('buildJourneyLog', () => {
  it('groups events by customer, ordered by time then ingestion order, cases by id', () => {
    const log = buildJourneyLog([
      ev('bob', 'Visit', 5),
      ev('alice', 'Order', 2),
      ev('alice', 'Visit', 1),
      ev('alice', 'Cart', 2),
    ])
    expect(traces(log)).toEqual(['alice: Visit Order Cart', 'bob: Visit'])
    expect(log.caseOffsets).toEqual(Int32Array.from([0, 3, 4]))
    expect(log.customerIds.at(log.caseCustomer[1] as number)).toBe('bob')
  })

  it('leaves identify, alias and group calls out and keeps identify traits per customer, later values winning', () => {
    const log = buildJourneyLog([
      ev('alice', 'Identify', 3, { type: 'identify', traits: { plan: 'gold', city: 'Lyon' } }),
      ev('alice', 'Identify', 1, { type: 'identify', traits: { plan: 'free' } }),
      ev('alice', 'Alias', 1, { type: 'alias' }),
      ev('alice', 'Visit', 2),
      ev('carol', 'Identify', 0, { type: 'identify', traits: { plan: 'pro' } }),
    ])
    expect(traces(log)).toEqual(['alice: Visit'])
    expect(log.customerTraits[log.customerIds.indexOf('alice')]).toEqual({ plan: 'gold', city: 'Lyon' })
    expect(log.customerTraits[log.customerIds.indexOf('carol')]).toEqual({ plan: 'pro' })
  })

  it('makes a case of each value of the case property, leaving out events without it', () => {
    const log = buildJourneyLog(
      [
        ev('alice', 'Order', 1, { properties: { order: 'o2' } }),
        ev('alice', 'Order', 2, { properties: { order: 7 } }),
        ev('bob', 'Ship', 3, { properties: { order: 'o2' } }),
        ev('bob', 'Visit', 0),
      ],
      { caseProperty: 'order' },
    )
    expect(traces(log)).toEqual(['7: Order', 'o2: Order Ship'])
    expect(log.customerIds.at(log.caseCustomer[1] as number)).toBe('alice')
  })

  it('encodes lifecycle, channel and properties, with NONE where absent', () => {
    const log = buildJourneyLog([
      ev('a', 'A', 1, { channel: null, properties: { 'lifecycle:transition': 'complete', total: 12 } }),
      ev('a', 'B', 2, { properties: { total: { nested: 1 } }, context: { campaign: { name: 'spring' } } }),
    ])
    expect(log.lifecycles[log.lifecycle[0] as number]).toBe('complete')
    expect(log.lifecycle[1]).toBe(NONE)
    expect(log.channel[0]).toBe(NONE)
    const total = log.property('properties.total')
    expect(total.values[total.codes[0] as number]).toBe(12)
    expect(total.codes[1]).toBe(NONE)
    const campaign = log.property('context.campaign.name')
    expect(campaign.values[campaign.codes[1] as number]).toBe('spring')
  })
})

describe('selecting, classifying and matching', () => {
  const log = buildJourneyLog([
    ev('a', 'A', 1, { properties: { 'lifecycle:transition': 'start', plan: 'gold' } }),
    ev('a', 'A', 2, { properties: { 'lifecycle:transition': 'complete', plan: 'gold' } }),
    ev('b', 'B', 1, { channel: 'phone', properties: { 'lifecycle:transition': 'start', total: 5 } }),
  ])

  it('keeps the events of a lifecycle and drops the cases left empty', () => {
    const complete = selectEvents(log, lifecycleMask(log, ['COMPLETE']))
    expect(traces(complete)).toEqual(['a: A'])
    expect(complete.property('properties.plan').codes).toEqual(Int32Array.from([0]))
  })

  it('keeps whole cases by mask', () => {
    expect(traces(selectCases(log, Uint8Array.from([0, 1])))).toEqual(['b: B'])
  })

  it('labels activities by name and lifecycle or by name and channel', () => {
    const byLifecycle = classify(log, 'name+lifecycle')
    expect(traces(log, byLifecycle.labels, byLifecycle.codes)).toEqual(['a: A+start A+complete', 'b: B+start'])
    const byChannel = classify(log, 'name+channel')
    expect(traces(log, byChannel.labels, byChannel.codes)).toEqual(['a: A+web A+web', 'b: B+phone'])
  })

  it('matches a selector by name, channel and every predicate', () => {
    expect([...matchSelector(log, { events: ['A', 'B'] })]).toEqual([1, 1, 1])
    expect([...matchSelector(log, { events: ['A', 'B'], channels: ['phone'] })]).toEqual([0, 0, 1])
    expect([
      ...matchSelector(log, { events: ['B'], where: [{ op: 'gte', property: 'properties.total', value: 5 }] }),
    ]).toEqual([0, 0, 1])
    expect([
      ...matchSelector(log, { events: ['A', 'B'], where: [{ op: 'neq', property: 'properties.plan', value: 'gold' }] }),
    ]).toEqual([0, 0, 1])
  })

  it.each<[PropertyPredicate, ScalarValue | undefined, boolean]>([
    [{ op: 'exists', property: 'p' }, undefined, false],
    [{ op: 'eq', property: 'p', value: 1 }, '1', false],
    [{ op: 'neq', property: 'p', value: 1 }, undefined, true],
    [{ op: 'in', property: 'p', values: ['x', 2] }, 2, true],
    [{ op: 'gt', property: 'p', value: 1 }, '2', false],
    [{ op: 'lte', property: 'p', value: 1 }, 1, true],
    [{ op: 'contains', property: 'p', value: 'ai' }, 'mail', true],
  ])('evaluates %o on %o as %s', (predicate, value, expected) => {
    expect(predicateHolds(predicate, value)).toBe(expected)
  })
})

describe('applyFilter', () => {
  const log = buildJourneyLog([
    ev('a', 'Identify', 0, { type: 'identify', traits: { plan: 'gold' } }),
    ev('a', 'Visit', 1),
    ev('a', 'Call', 2, { channel: 'phone' }),
    ev('b', 'Visit', 1),
    ev('b', 'Order', 3000),
  ])

  it('keeps the customers of a segment (traits, what they did, channels)', () => {
    const gold: Segment = {
      match: 'all',
      conditions: [{ kind: 'trait', predicate: { op: 'eq', property: 'traits.plan', value: 'gold' } }],
    } as const
    expect(traces(applyFilter(log, { segment: gold }))).toEqual(['a: Visit Call'])
    const buyers: Segment = { match: 'any', conditions: [{ kind: 'performed', selector: { events: ['Order'] } }] }
    expect(traces(applyFilter(log, { segment: buyers }))).toEqual(['b: Visit Order'])
    const callers: Segment = { match: 'all', conditions: [{ kind: 'channel', channels: ['phone'] }] }
    expect(traces(applyFilter(log, { segment: callers }))).toEqual(['a: Visit Call'])
  })

  it('keeps the events of some channels and of a date range [from, to)', () => {
    expect(traces(applyFilter(log, { channels: ['web'] }))).toEqual(['a: Visit', 'b: Visit Order'])
    expect(traces(applyFilter(log, { from: T + 2 * 60_000, to: T + 3000 * 60_000 }))).toEqual(['a: Call'])
  })
})

describe('summarize', () => {
  it('gives the mean, the median and the type-7 90th percentile', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ mean: 2.5, median: 2.5, p90: 3.7 })
    expect(summarize([])).toBeNull()
    expect(quantile([10], 0.9)).toBe(10)
  })
})
