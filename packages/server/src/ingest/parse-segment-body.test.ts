import { MAX_EVENT_JSON_BYTES } from '@parcours/core'
import { describe, expect, it } from 'vitest'
import { parseSegmentBody, type SegmentRoute } from './parse-segment-body.js'

/** The server's clock when every request below arrives. */
const RECEIVED_AT = Date.parse('2026-05-01T10:00:00.000Z')
const at = (iso: string) => Date.parse(iso)

const track = (messageId: string, fields: Record<string, unknown> = {}) => ({
  type: 'track',
  messageId,
  event: 'Order Completed',
  userId: 'alice',
  ...fields,
})

function timesOf(route: SegmentRoute, body: unknown): number[] {
  const parsed = parseSegmentBody(route, body, RECEIVED_AT)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
  return parsed.value.map((event) => event.timestamp)
}

function problemsOf(route: SegmentRoute, body: unknown) {
  const parsed = parseSegmentBody(route, body, RECEIVED_AT)
  return parsed.ok ? [] : parsed.error
}

describe('parseSegmentBody: sentAt corrects the client clock skew (receivedAt − (sentAt − timestamp))', () => {
  it.each([
    [
      'no sentAt: the times as sent',
      'batch',
      { batch: [track('m1', { timestamp: '2026-05-01T09:58:00Z' })] },
      [at('2026-05-01T09:58:00Z')],
    ],
    [
      'a batch-level sentAt 5 minutes ahead of the server: every event moved back 5 minutes',
      'batch',
      {
        sentAt: '2026-05-01T10:05:00Z',
        batch: [
          track('m1', { timestamp: '2026-05-01T10:04:50Z' }),
          track('m2', { timestamp: '2026-05-01T12:04:55+02:00' }),
        ],
      },
      [at('2026-05-01T09:59:50Z'), at('2026-05-01T09:59:55Z')],
    ],
    [
      "an event-level sentAt wins over the batch's; the batch's stands for the others",
      'batch',
      {
        sentAt: '2026-05-01T10:00:00Z',
        batch: [
          track('m1', { timestamp: '2026-05-01T10:04:50Z', sentAt: '2026-05-01T10:05:00Z' }),
          track('m2', { timestamp: '2026-05-01T09:59:50Z' }),
        ],
      },
      [at('2026-05-01T09:59:50Z'), at('2026-05-01T09:59:50Z')],
    ],
    [
      'event-level sentAt only (analytics.js, RudderStack SDKs), with originalTimestamp',
      'batch',
      { batch: [track('m1', { originalTimestamp: '2026-05-01T07:04:50Z', sentAt: '2026-05-01T07:05:00Z' })] },
      [at('2026-05-01T09:59:50Z')],
    ],
    [
      'a single call with its sentAt (/v1/track)',
      'track',
      { ...track('m1', { timestamp: '2026-05-01T10:04:50Z' }), sentAt: '2026-05-01T10:05:00Z' },
      [at('2026-05-01T09:59:50Z')],
    ],
    [
      'a timestamp set beside originalTimestamp is kept as it is',
      'batch',
      {
        sentAt: '2026-05-01T10:05:00Z',
        batch: [track('m1', { timestamp: '2020-01-01T00:00:00Z', originalTimestamp: '2026-05-01T10:04:50Z' })],
      },
      [at('2020-01-01T00:00:00Z')],
    ],
  ] as const)('%s', (_name, route, body, expected) => {
    expect(timesOf(route, body)).toEqual(expected)
  })

  it.each([
    ['a batch-level sentAt that is not a time', 'batch', { sentAt: 'now', batch: [track('m1')] }, ['sentAt']],
    [
      'a batch-level sentAt without an offset',
      'batch',
      { sentAt: '2026-05-01T10:05:00', batch: [track('m1', { timestamp: '2026-05-01T10:00:00Z' })] },
      ['sentAt'],
    ],
    [
      'an event-level sentAt that is not a time, even under a valid batch-level one',
      'batch',
      {
        sentAt: '2026-05-01T10:05:00Z',
        batch: [
          track('m1', { timestamp: '2026-05-01T10:00:00Z' }),
          track('m2', { timestamp: '2026-05-01T10:00:00Z', sentAt: 42 }),
        ],
      },
      ['batch[1].sentAt'],
    ],
    [
      'a single call’s sentAt',
      'track',
      { ...track('m1', { timestamp: '2026-05-01T10:00:00Z' }), sentAt: 'x' },
      ['sentAt'],
    ],
  ] as const)('refuses %s, naming the field', (_name, route, body, paths) => {
    expect(problemsOf(route, body).map((problem) => problem.path)).toEqual(paths)
  })
})

describe('parseSegmentBody: at most 32 KB of JSON per event', () => {
  const timestamp = '2026-05-01T10:00:00Z'
  /** A track call whose JSON, as sent, is exactly `bytes` long. */
  const trackOfBytes = (messageId: string, bytes: number) => {
    const frame = Buffer.byteLength(JSON.stringify(track(messageId, { timestamp, properties: { blob: '' } })))
    return track(messageId, { timestamp, properties: { blob: 'x'.repeat(bytes - frame) } })
  }

  it('accepts an event of exactly 32 KB, measured as sent (the batch context merged in later does not count)', () => {
    const body = { context: { note: 'y'.repeat(10_000) }, batch: [trackOfBytes('m1', MAX_EVENT_JSON_BYTES)] }
    expect(parseSegmentBody('batch', body, RECEIVED_AT).ok).toBe(true)
  })

  it('refuses a batch with one event a byte over 32 KB, naming it batch[i] with its size, beside the other problems', () => {
    const body = {
      batch: [
        track('m1', { timestamp }),
        trackOfBytes('m2', MAX_EVENT_JSON_BYTES + 1),
        track('m3', { timestamp: 'yesterday' }),
      ],
    }
    expect(problemsOf('batch', body)).toEqual([
      {
        path: 'batch[1]',
        message: 'the event is 32769 bytes of JSON, over the limit of 32768 bytes (32 KB) per event',
      },
      { path: 'batch[2].timestamp', message: 'Invalid ISO datetime' },
    ])
  })

  it('refuses a single call over 32 KB at $', () => {
    const { type: _type, ...body } = trackOfBytes('m1', 40_015) // 40,000 bytes once its type is left out
    expect(problemsOf('track', body)).toEqual([
      { path: '$', message: 'the event is 40000 bytes of JSON, over the limit of 32768 bytes (32 KB) per event' },
    ])
  })
})
