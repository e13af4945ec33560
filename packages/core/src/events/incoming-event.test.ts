import { describe, expect, it } from 'vitest'
import { eventTime, toNewEvent } from './event-record.js'
import { IncomingEvent } from './incoming-event.schema.js'

/** The server's clock when the calls below arrive (none of them has a `sentAt` unless told). */
const RECEIVED_AT = Date.parse('2026-06-01T00:00:00Z')

const parse = (input: unknown) => {
  const parsed = IncomingEvent.safeParse(input)
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '))
  return parsed.data
}
const issues = (input: unknown) => {
  const parsed = IncomingEvent.safeParse(input)
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('IncomingEvent (the Segment spec, checked)', () => {
  it('lists every problem of an event at once, who and when included', () => {
    expect(issues({ type: 'track', messageId: 'm1', event: 'X', properties: 'x' })).toEqual([
      'properties: Invalid input: expected record, received string',
      'userId: userId or anonymousId is required',
      'timestamp: timestamp (ISO 8601 with an offset) is required',
    ])
  })

  it('refuses a timestamp without an offset and an unknown type', () => {
    expect(
      issues({ type: 'track', messageId: 'm', event: 'X', userId: 'u', timestamp: '2026-01-01T10:00:00' }),
    ).toHaveLength(1)
    expect(issues({ type: 'purchase', messageId: 'm', userId: 'u', timestamp: '2026-01-01T10:00:00Z' })).toHaveLength(1)
  })

  it("accepts RudderStack's originalTimestamp and numeric ids", () => {
    const event = parse({
      type: 'identify',
      messageId: 'm',
      userId: 42,
      originalTimestamp: '2026-01-01T10:00:00+01:00',
    })
    expect(toNewEvent(event, RECEIVED_AT)).toMatchObject({
      userId: '42',
      timestamp: Date.UTC(2026, 0, 1, 9),
      name: 'Identify',
    })
  })
})

describe('toNewEvent', () => {
  const at = '2026-03-01T12:00:00.000Z'
  it.each([
    [
      { type: 'track', event: 'Order Completed', properties: { total: 9 } },
      { name: 'Order Completed', channel: null, properties: { total: 9 } },
    ],
    [
      { type: 'page', name: 'Prix', properties: { path: '/prix' } },
      { name: 'Page Viewed', channel: 'web', properties: { name: 'Prix', path: '/prix' } },
    ],
    [
      { type: 'screen', name: 'Panier' },
      { name: 'Screen Viewed', channel: 'app', properties: { name: 'Panier' } },
    ],
    [
      { type: 'group', groupId: 'acme', traits: { plan: 'pro' } },
      { name: 'Group', properties: { groupId: 'acme' }, traits: { plan: 'pro' } },
    ],
    [
      { type: 'alias', previousId: 'anon-1', userId: 'u1' },
      { name: 'Alias', properties: { previousId: 'anon-1' } },
    ],
  ])('names and places the fields of a %o', (fields, expected) => {
    const event = parse({ messageId: 'm', userId: 'u1', timestamp: at, ...fields })
    expect(toNewEvent(event, RECEIVED_AT)).toMatchObject({ ...expected, messageId: 'm', timestamp: Date.parse(at) })
  })

  it('takes the channel from the event, else from its context', () => {
    const base = { type: 'track', event: 'Call Completed', messageId: 'm', userId: 'u', timestamp: at }
    expect(toNewEvent(parse({ ...base, context: { channel: 'phone' } }), RECEIVED_AT).channel).toBe('phone')
    expect(toNewEvent(parse({ ...base, channel: 'store', context: { channel: 'phone' } }), RECEIVED_AT).channel).toBe(
      'store',
    )
  })
})

describe('eventTime (clock-skew correction with sentAt, as Segment and RudderStack do)', () => {
  const received = Date.parse('2026-05-01T10:00:00.000Z')
  const at = (iso: string) => Date.parse(iso)
  it.each([
    ['no sentAt: the timestamp as it is', { timestamp: '2026-05-01T09:58:00Z' }, at('2026-05-01T09:58:00Z')],
    [
      'no sentAt: originalTimestamp as it is',
      { originalTimestamp: '2026-05-01T11:58:00+02:00' },
      at('2026-05-01T09:58:00Z'),
    ],
    [
      'a client 5 minutes ahead: moved back by 5 minutes',
      { timestamp: '2026-05-01T10:04:50Z', sentAt: '2026-05-01T10:05:00Z' },
      at('2026-05-01T09:59:50Z'),
    ],
    [
      'a client 3 hours behind, offsets mixed: moved forward by 3 hours',
      { timestamp: '2026-05-01T08:59:00+02:00', sentAt: '2026-05-01T07:00:00Z' },
      at('2026-05-01T09:59:00Z'),
    ],
    [
      "RudderStack's originalTimestamp with sentAt: corrected the same way",
      { originalTimestamp: '2026-05-01T10:04:50Z', sentAt: '2026-05-01T10:05:00Z' },
      at('2026-05-01T09:59:50Z'),
    ],
    [
      'an event queued offline for an hour keeps its hour before the sending',
      { timestamp: '2026-05-01T09:00:00Z', sentAt: '2026-05-01T10:00:00Z' },
      at('2026-05-01T09:00:00Z'),
    ],
    [
      'timestamp beside originalTimestamp: timestamp was set on purpose and is kept, sentAt or not',
      { timestamp: '2026-04-01T00:00:00Z', originalTimestamp: '2026-05-01T10:04:50Z', sentAt: '2026-05-01T10:05:00Z' },
      at('2026-04-01T00:00:00Z'),
    ],
    [
      'milliseconds are kept',
      { timestamp: '2026-05-01T10:00:00.250Z', sentAt: '2026-05-01T10:00:01.125Z' },
      received - 875,
    ],
  ])('%s', (_name, fields, expected) => {
    expect(eventTime(fields, received)).toBe(expected)
  })

  it('toNewEvent stores the corrected time', () => {
    const event = parse({
      type: 'track',
      event: 'X',
      messageId: 'm',
      userId: 'u',
      timestamp: '2026-05-01T10:04:50Z',
      sentAt: '2026-05-01T10:05:00Z',
    })
    expect(toNewEvent(event, received).timestamp).toBe(at('2026-05-01T09:59:50Z'))
  })

  it('refuses a sentAt that is not an ISO 8601 time with an offset, naming the field', () => {
    const base = { type: 'track', event: 'X', messageId: 'm', userId: 'u', timestamp: '2026-05-01T10:00:00Z' }
    expect(issues({ ...base, sentAt: 'now' })).toEqual(['sentAt: Invalid ISO datetime'])
    expect(issues({ ...base, sentAt: '2026-05-01T10:00:00' })).toEqual(['sentAt: Invalid ISO datetime'])
  })
})
