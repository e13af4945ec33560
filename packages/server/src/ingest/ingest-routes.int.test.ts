import { gzipSync } from 'node:zlib'
import type { ParcoursStore } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { validate } from '@readme/openapi-parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../create-app.js'

type OpenApiDocument = Parameters<typeof validate>[0] & object

let store: ParcoursStore
let app: ReturnType<typeof createApp>
let writeKey: string

beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:', now: () => new Date('2026-06-01T00:00:00Z') })
  app = createApp({ store, version: '0.0.0-test' })
  await store.documents.create(
    { kind: 'project', projectId: 'acme', id: 'acme' },
    { id: 'acme', name: 'Acme', locale: 'fr' },
  )
  writeKey = (await store.writeKeys.create('acme')).key
})
afterEach(async () => {
  await store.close()
})

const basic = (user: string) => `Basic ${Buffer.from(`${user}:`).toString('base64')}`

/** Sends a body (an object is JSON-encoded) with the write key as the basic-auth user unless told otherwise. */
function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: basic(writeKey), ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  })
}

const track = (messageId: string, overrides: Record<string, unknown> = {}) => ({
  type: 'track',
  messageId,
  event: 'Order Completed',
  userId: 'alice',
  timestamp: '2026-05-01T10:00:00+02:00',
  properties: { total: 42 },
  ...overrides,
})

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toContain('application/problem+json')
  return (await response.json()) as { status: number; code: string; detail: string; errors?: { path: string }[] }
}

const storedIds = async () => (await store.events.list('acme')).map((event) => event.messageId)

describe('POST /v1/batch', () => {
  it('stores every event of a batch and answers as Segment does', async () => {
    const response = await post('/v1/batch', { batch: [track('m1'), track('m2', { type: 'page', name: 'Home' })] })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ success: true })
    const stored = await store.events.list('acme')
    expect(stored.map((event) => [event.messageId, event.name, event.channel])).toEqual([
      ['m1', 'Order Completed', null],
      ['m2', 'Page Viewed', 'web'],
    ])
    expect(stored[0]).toMatchObject({ userId: 'alice', timestamp: Date.parse('2026-05-01T08:00:00Z') })
  })

  it('merges the batch context under each event’s own, the event winning', async () => {
    const context = { channel: 'email', library: { name: 'analytics-node', version: '1' }, locale: 'fr-FR' }
    const response = await post('/v1/batch', {
      context,
      batch: [track('m1'), track('m2', { context: { locale: 'en-GB', library: { version: '2' } } })],
    })
    expect(response.status).toBe(200)
    const [first, second] = await store.events.list('acme')
    expect(first?.context).toEqual(context)
    expect(first?.channel).toBe('email')
    expect(second?.context).toEqual({
      channel: 'email',
      library: { name: 'analytics-node', version: '2' },
      locale: 'en-GB',
    })
  })

  it('refuses the whole batch when one event is invalid, listing its index and field, and stores nothing', async () => {
    const batch = [track('m1'), track('m2'), track('m3', { timestamp: 'yesterday' }), track('m4'), { type: 'track' }]
    const response = await post('/v1/batch', { batch })
    expect(response.status).toBe(400)
    const body = await problemOf(response)
    expect(body.code).toBe('invalid-events')
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'batch[2].timestamp', message: 'Invalid ISO datetime' },
        expect.objectContaining({ path: 'batch[4].messageId' }),
        expect.objectContaining({ path: 'batch[4].event' }),
      ]),
    )
    expect(body.errors?.every((error) => /^batch\[[24]\]\./.test(error.path))).toBe(true)
    expect(body.detail).toMatch(/^\d+ problems, nothing was stored: batch\[2\]\.timestamp/)
    expect(await storedIds()).toEqual([])
  })

  it('names a wrong type and a missing timestamp by their path', async () => {
    const response = await post('/v1/batch', {
      batch: [track('m1', { properties: 'x' }), track('m2', { timestamp: undefined })],
    })
    expect(response.status).toBe(400)
    expect((await problemOf(response)).errors).toEqual([
      { path: 'batch[0].properties', message: 'Invalid input: expected record, received string' },
      { path: 'batch[1].timestamp', message: 'timestamp (ISO 8601 with an offset) is required' },
    ])
  })

  it('refuses an unknown event type, a missing or empty batch, and a context that is not an object', async () => {
    for (const [body, path] of [
      [{ batch: [track('m1', { type: 'purchase' })] }, 'batch[0].type'],
      [{ events: [track('m1')] }, 'batch'],
      [{ batch: [] }, 'batch'],
      [{ batch: [track('m1')], context: 'web' }, 'context'],
      [[track('m1')], '$'],
    ] as const) {
      const response = await post('/v1/batch', body)
      expect(response.status).toBe(400)
      expect((await problemOf(response)).errors?.map((error) => error.path)).toEqual([path])
    }
    expect(await storedIds()).toEqual([])
  })

  it('answers 400 invalid-json to malformed JSON, an empty body and bytes that are not UTF-8', async () => {
    for (const body of ['{"batch": [', '', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]) {
      const response = await post('/v1/batch', body)
      expect(response.status).toBe(400)
      expect((await problemOf(response)).code).toBe('invalid-json')
    }
  })

  it('stores an event once per messageId, inside a batch and when a batch is sent again', async () => {
    const batch = { batch: [track('m1'), track('m2'), track('m1', { event: 'Other' })] }
    expect((await post('/v1/batch', batch)).status).toBe(200)
    expect((await post('/v1/batch', batch)).status).toBe(200)
    const stored = await store.events.list('acme')
    expect(stored.map((event) => [event.messageId, event.name])).toEqual([
      ['m1', 'Order Completed'],
      ['m2', 'Order Completed'],
    ])
  })
})

describe('sentAt: the client clock skew is corrected with the time the server received the request', () => {
  const iso = (ms: number) => new Date(ms).toISOString()
  const MINUTE = 60_000

  /** Sends what `build` makes of the server's clock now, and gives the bounds of its receivedAt. */
  async function sendAround(path: string, build: (now: number) => unknown) {
    const before = Date.now()
    const response = await post(path, build(before))
    const after = Date.now()
    expect(response.status).toBe(200)
    return { before, after }
  }

  it.each([
    [
      'no sentAt: the timestamp as sent',
      (now: number) => ({ batch: [track('m1', { timestamp: iso(now - 2 * MINUTE) })] }),
      [-2 * MINUTE],
      'exact',
    ],
    [
      'a batch-level sentAt 5 minutes ahead of the server: moved back by those 5 minutes',
      (now: number) => ({
        sentAt: iso(now + 5 * MINUTE),
        batch: [track('m1', { timestamp: iso(now + 5 * MINUTE - 10_000) })],
      }),
      [-10_000],
      'received',
    ],
    [
      "an event-level sentAt (5 minutes ahead) wins over the batch's (on time)",
      (now: number) => ({
        sentAt: iso(now),
        batch: [
          track('m1', { timestamp: iso(now + 5 * MINUTE - 10_000), sentAt: iso(now + 5 * MINUTE) }),
          track('m2', { timestamp: iso(now - 20_000) }),
        ],
      }),
      [-20_000, -10_000],
      'received',
    ],
  ] as const)('%s', async (_name, build, offsets, kind) => {
    const { before, after } = await sendAround('/v1/batch', build)
    const stored = (await store.events.list('acme')).map((event) => event.timestamp)
    expect(stored).toHaveLength(offsets.length)
    stored.forEach((timestamp, index) => {
      const offset = offsets[index] as number
      // Corrected: receivedAt + offset, receivedAt being between `before` and `after`; exact: `before` + offset.
      if (kind === 'exact') expect(timestamp).toBe(before + offset)
      else {
        expect(timestamp).toBeGreaterThanOrEqual(before + offset)
        expect(timestamp).toBeLessThanOrEqual(after + offset)
      }
    })
  })

  it('corrects a single call with its sentAt (analytics.js at /v1/t)', async () => {
    const { type: _type, ...untyped } = track('t1')
    const { before, after } = await sendAround('/v1/t', (now) => ({
      ...untyped,
      timestamp: iso(now - 3 * 3600_000 - 1000),
      sentAt: iso(now - 3 * 3600_000),
    }))
    const [stored] = await store.events.list('acme')
    expect(stored?.timestamp).toBeGreaterThanOrEqual(before - 1000)
    expect(stored?.timestamp).toBeLessThanOrEqual(after - 1000)
  })

  it('answers 400 naming sentAt when it is not an ISO 8601 time with an offset, and stores nothing', async () => {
    for (const [path, body, field] of [
      ['/v1/batch', { sentAt: 'yesterday', batch: [track('m1')] }, 'sentAt'],
      ['/v1/batch', { batch: [track('m1'), track('m2', { sentAt: '2026-05-01 10:00' })] }, 'batch[1].sentAt'],
      ['/v1/track', { ...track('m1'), sentAt: 1_746_000_000 }, 'sentAt'],
    ] as const) {
      const response = await post(path, body)
      expect(response.status).toBe(400)
      expect((await problemOf(response)).errors?.map((error) => error.path)).toEqual([field])
    }
    expect(await storedIds()).toEqual([])
  })
})

describe('single calls /v1/track, /v1/identify, /v1/page, /v1/screen, /v1/group, /v1/alias', () => {
  it('takes the type from the path when the body has none', async () => {
    const { type: _type, ...untyped } = track('t1')
    const common = { userId: 'alice', timestamp: '2026-05-01T10:00:00Z' }
    const calls = [
      ['/v1/track', untyped],
      ['/v1/identify', { ...common, messageId: 'i1', traits: { email: 'a@example.com' } }],
      ['/v1/page', { ...common, messageId: 'p1', name: 'Home' }],
      ['/v1/screen', { ...common, messageId: 's1', name: 'Cart' }],
      ['/v1/group', { ...common, messageId: 'g1', groupId: 'acme-corp' }],
      ['/v1/alias', { ...common, messageId: 'a1', previousId: 'anon-1' }],
    ] as const
    for (const [path, body] of calls) {
      const response = await post(path, body)
      expect(response.status, path).toBe(200)
      expect(await response.json()).toEqual({ success: true })
    }
    const stored = await store.events.list('acme')
    expect(stored.map((event) => [event.messageId, event.type, event.name])).toEqual([
      ['t1', 'track', 'Order Completed'],
      ['i1', 'identify', 'Identify'],
      ['p1', 'page', 'Page Viewed'],
      ['s1', 'screen', 'Screen Viewed'],
      ['g1', 'group', 'Group'],
      ['a1', 'alias', 'Alias'],
    ])
  })

  it('refuses a body whose type differs from the path, and names fields without a batch prefix', async () => {
    const mismatch = await post('/v1/identify', track('m1'))
    expect(mismatch.status).toBe(400)
    expect((await problemOf(mismatch)).errors).toEqual([
      { path: 'type', message: 'must be "identify" on /v1/identify (or absent)' },
    ])
    const invalid = await post('/v1/track', track('m1', { properties: 'x' }))
    expect((await problemOf(invalid)).errors?.map((error) => error.path)).toEqual(['properties'])
    expect(await storedIds()).toEqual([])
  })
})

describe('write keys', () => {
  it('answers 401 to a missing, unknown or revoked key, and stores nothing', async () => {
    const other = await store.writeKeys.create('acme')
    await store.writeKeys.revoke('acme', other.info.id)
    for (const [authorization, code] of [
      [undefined, 'missing-write-key'],
      [basic('pk_unknown'), 'invalid-write-key'],
      [basic(other.key), 'invalid-write-key'],
      ['Basic !!!', 'missing-write-key'],
    ] as const) {
      const response = await app.request('/v1/batch', {
        method: 'POST',
        headers: authorization === undefined ? {} : { Authorization: authorization },
        body: JSON.stringify({ batch: [track('m1')] }),
      })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe('Basic realm="parcours"')
      expect((await problemOf(response)).code).toBe(code)
    }
    expect(await storedIds()).toEqual([])
  })

  it('accepts the key as "writeKey" in a text/plain body at analytics.js’s short paths', async () => {
    const { type: _type, ...untyped } = track('m1')
    const single = await app.request('/v1/t', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ ...untyped, writeKey, sentAt: '2026-05-01T10:00:01Z', _metadata: { bundled: [] } }),
    })
    expect(single.status).toBe(200)
    const batched = await app.request('/v1/b', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({
        writeKey,
        batch: [track('m2', { type: 'page', name: 'Home' })],
        sentAt: '2026-05-01T10:00:01Z',
      }),
    })
    expect(batched.status).toBe(200)
    expect((await store.events.list('acme')).map((event) => [event.messageId, event.type])).toEqual([
      ['m1', 'track'],
      ['m2', 'page'],
    ])
    const bad = await app.request('/v1/batch', {
      method: 'POST',
      body: JSON.stringify({ batch: [track('m3')], writeKey: 'pk_unknown' }),
    })
    expect(bad.status).toBe(401)
  })

  it('forbids a write key, as basic auth or as a Bearer token, on every /api route', async () => {
    for (const authorization of [basic(writeKey), `Bearer ${writeKey}`]) {
      for (const [method, path] of [
        ['GET', '/api/projects'],
        ['GET', '/api/projects/acme'],
        ['DELETE', '/api/projects/acme'],
        ['GET', '/api/health'],
      ] as const) {
        const response = await app.request(path, { method, headers: { Authorization: authorization } })
        expect(response.status, `${method} ${path}`).toBe(403)
        expect((await problemOf(response)).code).toBe('write-key-cannot-read')
      }
    }
    expect((await app.request('/api/projects/acme')).status).toBe(200)
  })
})

describe('request bodies', () => {
  /** A batch of a little under `bytes` of JSON, in events of about 30 KB (each under the 32 KB limit). */
  const bigBatch = (bytes: number) => {
    const count = Math.max(1, Math.floor(bytes / 30_300))
    const batch = Array.from({ length: count }, (_, i) =>
      track(`big-${i}`, { properties: { blob: 'x'.repeat(30_000) } }),
    )
    return JSON.stringify({ batch })
  }

  it('accepts a gzip-encoded body', async () => {
    const response = await post('/v1/batch', gzipSync(JSON.stringify({ batch: [track('m1'), track('m2')] })), {
      'Content-Encoding': 'gzip',
    })
    expect(response.status).toBe(200)
    expect(await storedIds()).toEqual(['m1', 'm2'])
  })

  it('answers 413 to a 6 MB body, whether its length is declared or not', async () => {
    const body = bigBatch(6 * 1024 * 1024)
    const undeclared = await post('/v1/batch', body)
    expect(undeclared.status).toBe(413)
    expect((await problemOf(undeclared)).code).toBe('payload-too-large')
    const declared = await post('/v1/batch', '{}', { 'Content-Length': String(6 * 1024 * 1024) })
    expect(declared.status).toBe(413)
    expect(await storedIds()).toEqual([])
  })

  it('reads a body whose length is declared as one without, a leading byte order mark included', async () => {
    const text = JSON.stringify({ batch: [track('m1')] })
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
    for (const [body, headers] of [
      [text, { 'Content-Length': String(Buffer.byteLength(text)) }],
      [withBom, { 'Content-Length': String(withBom.byteLength) }],
      [withBom, {}],
    ] as const) {
      expect(
        (await post('/v1/batch', new Uint8Array(body instanceof Buffer ? body : Buffer.from(body)), headers)).status,
      ).toBe(200)
    }
    const notUtf8 = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])
    const refused = await post('/v1/batch', notUtf8, { 'Content-Length': '4' })
    expect((await problemOf(refused)).code).toBe('invalid-json')
    expect(await storedIds()).toEqual(['m1'])
  })

  it('answers 413 to a body longer than its declared length once past 5 MB', async () => {
    const response = await post('/v1/batch', bigBatch(6 * 1024 * 1024), { 'Content-Length': '100' })
    expect(response.status).toBe(413)
    expect(await storedIds()).toEqual([])
  })

  it('answers 413 to a small gzip body that decompresses past 5 MB, and accepts one just under', async () => {
    const bomb = gzipSync(bigBatch(6 * 1024 * 1024))
    expect(bomb.byteLength).toBeLessThan(100_000)
    expect((await post('/v1/batch', bomb, { 'Content-Encoding': 'gzip' })).status).toBe(413)
    const text = bigBatch(5 * 1024 * 1024)
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024 - 100_000)
    expect((await post('/v1/batch', gzipSync(text), { 'Content-Encoding': 'gzip' })).status).toBe(200)
    expect(await storedIds()).toHaveLength(173)
  })

  it('answers 400 to a body that claims gzip but is not, and 415 to another encoding', async () => {
    const notGzip = await post('/v1/batch', JSON.stringify({ batch: [track('m1')] }), { 'Content-Encoding': 'gzip' })
    expect(notGzip.status).toBe(400)
    expect((await problemOf(notGzip)).code).toBe('invalid-gzip')
    const brotli = await post('/v1/batch', JSON.stringify({ batch: [track('m1')] }), { 'Content-Encoding': 'br' })
    expect(brotli.status).toBe(415)
    expect(await storedIds()).toEqual([])
  })

  it('refuses with 400 a batch holding one event over 32 KB of JSON, naming it, and stores nothing', async () => {
    const frame = JSON.stringify(track('m2', { properties: { blob: '' } })).length
    const atLimit = track('m1', { properties: { blob: 'x'.repeat(32 * 1024 - frame) } })
    const overLimit = track('m2', { properties: { blob: 'x'.repeat(32 * 1024 - frame + 1) } })
    const response = await post('/v1/batch', { batch: [atLimit, overLimit, track('m3')] })
    expect(response.status).toBe(400)
    const body = await problemOf(response)
    expect(body.code).toBe('invalid-events')
    expect(body.errors).toEqual([
      {
        path: 'batch[1]',
        message: 'the event is 32769 bytes of JSON, over the limit of 32768 bytes (32 KB) per event',
      },
    ])
    expect(await storedIds()).toEqual([])
    expect((await post('/v1/batch', { batch: [atLimit, track('m3')] })).status).toBe(200)
    expect(await storedIds()).toEqual(['m1', 'm3'])
  })

  it('lets browsers send from another origin (CORS)', async () => {
    const preflight = await app.request('/v1/batch', {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('the OpenAPI document', () => {
  it('describes the ingestion routes and stays valid', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument & {
      paths: Record<string, unknown>
    }
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/v1/batch',
        '/v1/track',
        '/v1/identify',
        '/v1/page',
        '/v1/screen',
        '/v1/group',
        '/v1/alias',
      ]),
    )
    const result = await validate(structuredClone(document))
    expect(result.valid ? [] : result.errors).toEqual([])
  })
})
