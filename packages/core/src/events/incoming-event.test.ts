import { describe, expect, it } from 'vitest'
import { toNewEvent } from './event-record.js'
import { IncomingEvent } from './incoming-event.schema.js'

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
    expect(toNewEvent(event)).toMatchObject({ userId: '42', timestamp: Date.UTC(2026, 0, 1, 9), name: 'Identify' })
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
    expect(toNewEvent(event)).toMatchObject({ ...expected, messageId: 'm', timestamp: Date.parse(at) })
  })

  it('takes the channel from the event, else from its context', () => {
    const base = { type: 'track', event: 'Call Completed', messageId: 'm', userId: 'u', timestamp: at }
    expect(toNewEvent(parse({ ...base, context: { channel: 'phone' } })).channel).toBe('phone')
    expect(toNewEvent(parse({ ...base, channel: 'store', context: { channel: 'phone' } })).channel).toBe('store')
  })
})
