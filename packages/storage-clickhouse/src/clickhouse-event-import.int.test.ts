import type { NewEvent } from '@parcours/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JsonTextEvent } from './clickhouse-event-store.js'
import { openClickHouseEvents } from './open-clickhouse-events.js'
import { type ClickHouseServers, startClickHouseServers } from './testing/clickhouse-servers.js'
import { testLocation } from './testing/open-event-store-under-test.js'

let clickhouse: ClickHouseServers
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 2 })
}, 120_000)
afterAll(async () => {
  await clickhouse?.stop()
})

const HOSTILE = `it's a \\ "quote"\nnew line\ttab\r\0 '); DROP TABLE events; -- é 🎉`

const event = (messageId: string, timestamp: number): NewEvent => ({
  messageId,
  type: 'track',
  name: `Viewed ${HOSTILE}`,
  anonymousId: null,
  userId: `u${timestamp % 7}`,
  timestamp,
  channel: 'web',
  properties: { note: HOSTILE, n: timestamp, [HOSTILE]: [1, 'x'] },
  traits: {},
  context: {},
})

/** The event as a bulk import takes it, its JSON fields as text. */
const asText = ({ properties, traits, context, ...event }: NewEvent): JsonTextEvent => ({
  ...event,
  propertiesJson: JSON.stringify(properties),
  traitsJson: JSON.stringify(traits),
  contextJson: JSON.stringify(context),
})

let databases = 0
async function open(isSharded: boolean) {
  const opened = await openClickHouseEvents(testLocation(clickhouse, `bulk_${databases++}`, isSharded))
  if (!opened.ok) throw new Error('migration failed')
  return opened.value
}

describe.each([
  ['one server', false],
  ['two shards', true],
])('bulk imports into the event store, %s', (_layout, isSharded) => {
  it('gives the stored ids back unchanged, and numbers written chunks after the last seq in the order given', async () => {
    const { events } = await open(isSharded)
    const stored = [event(`a-${HOSTILE}`, 5), event('b', 1)]
    await events.append('p', stored)
    await events.append('other', [event('c', 1)])
    const session = await events.beginImport('p')
    const ids: string[] = []
    for await (const chunk of session.storedMessageIds(1)) ids.push(...chunk)
    expect(ids.sort()).toEqual([`a-${HOSTILE}`, 'b'])
    expect(await session.write([asText(event('x', 9)), asText(event('y', 2))])).toEqual({ inserted: 2, duplicates: 0 })
    expect(await session.write([asText(event(`z-${HOSTILE}`, 3))])).toEqual({ inserted: 1, duplicates: 0 })
    session.end()
    const listed = await events.list('p')
    expect(listed.map((e) => [e.messageId, e.seq])).toEqual([
      ['b', 2],
      ['y', 4],
      [`z-${HOSTILE}`, 5],
      [`a-${HOSTILE}`, 1],
      ['x', 3],
    ])
    const written = listed.find((e) => e.messageId === `z-${HOSTILE}`)
    const { seq: _seq, receivedAt: _receivedAt, ...fields } = written ?? { seq: 0, receivedAt: 0 }
    expect(fields).toEqual(event(`z-${HOSTILE}`, 3))
    expect((await events.stats('p', { classifier: 'name' })).events).toBe(5)
  })

  it('skips the ids an append stored after the session began, and lets appends of written ids change nothing', async () => {
    const { events } = await open(isSharded)
    const session = await events.beginImport('p')
    expect(await events.append('p', [event('sent', 1)])).toEqual({ inserted: 1, duplicates: 0 })
    const [written, sent] = await Promise.all([
      session.write([asText(event('sent', 1)), asText(event('file', 2))]),
      events.append('p', [event('late', 3)]),
    ])
    expect(written).toEqual({ inserted: 1, duplicates: 1 })
    expect(sent).toEqual({ inserted: 1, duplicates: 0 })
    expect(await events.append('p', [event('file', 2)])).toEqual({ inserted: 0, duplicates: 1 })
    session.end()
    expect((await events.list('p')).map((e) => e.messageId).sort()).toEqual(['file', 'late', 'sent'])
  })
})

describe('bulk imports, one at a time', () => {
  it('opens the next import only when the previous one ended', async () => {
    const { events } = await open(false)
    const first = await events.beginImport('p')
    let isSecondOpen = false
    const second = events.beginImport('q').then((session) => {
      isSecondOpen = true
      return session
    })
    await first.write([asText(event('a', 1))])
    expect(isSecondOpen).toBe(false)
    first.end()
    const session = await second
    expect(isSecondOpen).toBe(true)
    await expect(first.write([asText(event('b', 1))])).rejects.toThrow('ended')
    session.end()
  })
})
