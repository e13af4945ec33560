import type { ParcoursStore } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { validate } from '@readme/openapi-parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../create-app.js'

type OpenApiDocument = Parameters<typeof validate>[0] & object

let store: ParcoursStore
let app: ReturnType<typeof createApp>

beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:', now: () => new Date('2026-06-01T00:00:00Z') })
  app = createApp({ store, version: '0.0.0-test' })
  await store.documents.create(
    { kind: 'project', projectId: 'acme', id: 'acme' },
    { id: 'acme', name: 'Acme', locale: 'fr' },
  )
})
afterEach(async () => {
  await store.close()
})

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })

const basic = (key: string) => ({ Authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` })

/** One track call through the ingestion endpoint, with the key as the basic-auth user. */
const ingest = (key: string, messageId: string) =>
  send(
    'POST',
    '/v1/batch',
    {
      batch: [
        {
          type: 'track',
          messageId,
          userId: 'u1',
          event: 'Order Completed',
          timestamp: '2026-03-01T09:00:00Z',
          properties: { total: 42 },
        },
      ],
    },
    basic(key),
  )

interface CreatedKey {
  id: string
  projectId: string
  preview: string
  createdAt: string
  revokedAt: string | null
  writeKey: string
}

async function createKey(): Promise<CreatedKey> {
  const response = await send('POST', '/api/projects/acme/keys')
  expect(response.status).toBe(201)
  return (await response.json()) as CreatedKey
}

describe('write keys over HTTP', () => {
  it('creates a key whose secret is answered once and ingests events through /v1/batch', async () => {
    const created = await createKey()
    expect(created).toMatchObject({ projectId: 'acme', revokedAt: null, createdAt: '2026-06-01T00:00:00.000Z' })
    expect(created.id).toMatch(/^wk_/)
    expect(created.writeKey.length).toBeGreaterThan(16)
    expect(created.preview).toBe(created.writeKey.slice(-4))

    const sent = await ingest(created.writeKey, 'm1')
    expect(sent.status).toBe(200)
    expect(await store.events.list('acme')).toHaveLength(1)
  })

  it('lists the keys, active and revoked, without ever giving a secret', async () => {
    const first = await createKey()
    const second = await createKey()
    await send('DELETE', `/api/projects/acme/keys/${first.id}`)

    const response = await send('GET', '/api/projects/acme/keys')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).not.toContain(first.writeKey)
    expect(text).not.toContain(second.writeKey)
    const { items } = JSON.parse(text) as { items: Record<string, unknown>[] }
    expect(items.map((item) => Object.keys(item).sort())).toEqual([
      ['createdAt', 'id', 'preview', 'projectId', 'revokedAt'],
      ['createdAt', 'id', 'preview', 'projectId', 'revokedAt'],
    ])
    // Both keys were made at the same (fixed) instant: the list orders them by creation time, then id.
    const expected = [
      { id: first.id, preview: first.preview, revokedAt: '2026-06-01T00:00:00.000Z' },
      { id: second.id, preview: second.preview, revokedAt: null },
    ].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(items).toEqual(expected.map((key) => expect.objectContaining(key)))
  })

  it('revokes a key: /v1/batch then refuses it with 401, and revoking again says it already was', async () => {
    const created = await createKey()
    expect((await ingest(created.writeKey, 'before')).status).toBe(200)

    const revoked = await send('DELETE', `/api/projects/acme/keys/${created.id}`)
    expect(revoked.status).toBe(200)
    expect(await revoked.json()).toMatchObject({
      id: created.id,
      revokedAt: '2026-06-01T00:00:00.000Z',
      alreadyRevoked: false,
    })
    expect((await ingest(created.writeKey, 'after')).status).toBe(401)

    const again = await send('DELETE', `/api/projects/acme/keys/${created.id}`)
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ id: created.id, alreadyRevoked: true })
    expect(await store.events.list('acme')).toHaveLength(1)
  })

  it('answers 404 for an unknown key, another project’s key, or an unknown project', async () => {
    await store.documents.create(
      { kind: 'project', projectId: 'other', id: 'other' },
      { id: 'other', name: 'Other', locale: 'en' },
    )
    const theirs = (await store.writeKeys.create('other')).info

    const unknown = await send('DELETE', '/api/projects/acme/keys/wk_nope')
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({
      code: 'not-found',
      detail: 'no write key "wk_nope" in project "acme"',
    })
    expect((await send('DELETE', `/api/projects/acme/keys/${theirs.id}`)).status).toBe(404)
    expect((await store.writeKeys.list('other'))[0]?.revokedAt).toBeNull()

    expect((await send('GET', '/api/projects/ghost/keys')).status).toBe(404)
    expect((await send('POST', '/api/projects/ghost/keys')).status).toBe(404)
    expect(await store.writeKeys.list('ghost')).toEqual([])
  })

  it('refuses a request authenticated with a write key (403), even to manage keys', async () => {
    const { writeKey, id } = await createKey()
    for (const [method, path] of [
      ['GET', '/api/projects/acme/keys'],
      ['POST', '/api/projects/acme/keys'],
      ['DELETE', `/api/projects/acme/keys/${id}`],
    ] as const) {
      const response = await send(method, path, undefined, basic(writeKey))
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ code: 'write-key-cannot-read' })
    }
    expect(await store.writeKeys.list('acme')).toEqual([expect.objectContaining({ id, revokedAt: null })])
  })

  it('describes the write-key routes in a valid OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument & {
      paths: Record<string, Record<string, unknown>>
    }
    expect(Object.keys(document.paths['/api/projects/{projectId}/keys'] ?? {}).sort()).toEqual(['get', 'post'])
    expect(Object.keys(document.paths['/api/projects/{projectId}/keys/{keyId}'] ?? {})).toEqual(['delete'])
    const result = await validate(structuredClone(document))
    expect(result.valid ? [] : result.errors).toEqual([])
  })
})
