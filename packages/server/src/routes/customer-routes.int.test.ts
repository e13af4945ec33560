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

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })

/** Léa's journey as Segment calls: web, sign-up, app profile, a call to the call centre, a store purchase. */
const journey = [
  { type: 'page', messageId: 'web-1', anonymousId: 'a1', timestamp: '2026-03-01T09:00:00+01:00', name: 'Accueil' },
  {
    type: 'identify',
    messageId: 'signup',
    anonymousId: 'a1',
    userId: 'u1',
    timestamp: '2026-03-02T09:00:00+01:00',
    traits: { email: 'Léa@Example.FR ', firstName: 'Léa' },
    context: { channel: 'web' },
  },
  {
    type: 'identify',
    messageId: 'profile',
    userId: 'u1',
    channel: 'app',
    timestamp: '2026-03-03T09:00:00+01:00',
    traits: { phone: '+33612345678', loyaltyCard: 'LC-42' },
  },
  {
    type: 'track',
    messageId: 'call',
    event: 'Call Received',
    anonymousId: 'caller-9',
    channel: 'phone',
    timestamp: '2026-03-05T09:00:00+01:00',
    context: { traits: { phone: '06 12 34 56 78' } },
  },
  {
    type: 'track',
    messageId: 'purchase',
    event: 'Order Completed',
    anonymousId: 'pos-7',
    channel: 'store',
    timestamp: '2026-03-08T09:00:00+01:00',
    properties: { loyaltyCard: 'LC-42', total: 79 },
  },
]

async function ingestJourney() {
  const response = await send(
    'POST',
    '/v1/batch',
    { batch: journey },
    { Authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}` },
  )
  expect(response.status).toBe(200)
}

interface Page {
  total: number
  items: { customerId: string; identifiers: Record<string, string[]>; channels: string[]; firstSeen: string }[]
}

describe('customers over HTTP', () => {
  it('lists one stitched customer, with a profile and a cross-channel timeline in time order', async () => {
    await ingestJourney()
    const listed = await send('GET', '/api/projects/acme/customers')
    expect(listed.status).toBe(200)
    const page = (await listed.json()) as Page
    expect(page).toMatchObject({ total: 1, limit: 50, offset: 0 })
    const [customer] = page.items
    expect(customer).toMatchObject({
      identifiers: {
        anonymous: ['a1', 'caller-9', 'pos-7'],
        user: ['u1'],
        email: ['léa@example.fr'],
        phone: ['+33612345678'],
        loyalty: ['LC-42'],
      },
      channels: ['app', 'phone', 'store', 'web'],
      firstSeen: '2026-03-01T08:00:00.000Z',
    })
    const id = customer?.customerId ?? ''

    const profile = await (await send('GET', `/api/projects/acme/customers/${id}`)).json()
    expect(profile).toMatchObject({ customerId: id, events: 5, traits: { firstName: 'Léa', loyaltyCard: 'LC-42' } })
    expect((profile as { merges: { reason: string }[] }).merges.map((m) => m.reason)).toEqual([
      'identify',
      'email',
      'loyalty',
      'phone',
      'phone',
      'loyalty',
    ])

    const timeline = (await (await send('GET', `/api/projects/acme/customers/${id}/timeline`)).json()) as {
      events: { messageId: string; channel: string; timestamp: string }[]
    }
    expect(timeline.events.map((e) => `${e.messageId}@${e.channel}`)).toEqual([
      'web-1@web',
      'signup@web',
      'profile@app',
      'call@phone',
      'purchase@store',
    ])
    expect(timeline.events[0]?.timestamp).toBe('2026-03-01T08:00:00.000Z')
  })

  it('unmerges the phone call into its own customer, and finds customers by identifier', async () => {
    await ingestJourney()
    const [customer] = ((await (await send('GET', '/api/projects/acme/customers')).json()) as Page).items
    const id = customer?.customerId ?? ''
    const profile = (await (await send('GET', `/api/projects/acme/customers/${id}`)).json()) as {
      merges: { version: number; left: string }[]
    }
    const phoneMerge = profile.merges.find((m) => m.left === 'anonymous:caller-9')

    const undone = await send('POST', `/api/projects/acme/customers/${id}/unmerge`, {
      mergeVersion: phoneMerge?.version,
    })
    expect(undone.status).toBe(200)
    const outcome = (await undone.json()) as { customerIds: string[]; unmerge: { version: number; blockedAt: string } }
    expect(outcome.unmerge).toMatchObject({ version: 1, blockedAt: '2026-06-01T00:00:00.000Z' })
    expect(outcome.customerIds).toHaveLength(2)

    const caller = (await (
      await send('GET', '/api/projects/acme/customers?identifier=anonymous%3Acaller-9')
    ).json()) as Page
    expect(caller.total).toBe(1)
    expect(caller.items[0]?.channels).toEqual(['phone'])
    expect(((await (await send('GET', '/api/projects/acme/customers?limit=1')).json()) as Page).total).toBe(2)
  })

  it('undoes the latest merge when the body names none', async () => {
    await ingestJourney()
    const [customer] = ((await (await send('GET', '/api/projects/acme/customers')).json()) as Page).items
    const undone = await app.request(`/api/projects/acme/customers/${customer?.customerId}/unmerge`, { method: 'POST' })
    expect(undone.status).toBe(200)
    expect(await undone.json()).toMatchObject({ unmerge: { merge: { left: 'anonymous:pos-7', reason: 'loyalty' } } })
  })

  it('answers problems for unknown projects, customers and merges, and bad paging', async () => {
    await ingestJourney()
    const expectProblem = async (response: Response, status: number, code: string) => {
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      expect(await response.json()).toMatchObject({ status, code })
    }
    await expectProblem(await send('GET', '/api/projects/nope/customers'), 404, 'not-found')
    await expectProblem(await send('GET', '/api/projects/acme/customers/cus_nobody'), 404, 'customer-not-found')
    await expectProblem(
      await send('GET', '/api/projects/acme/customers/cus_nobody/timeline'),
      404,
      'customer-not-found',
    )
    await expectProblem(await send('GET', '/api/projects/acme/customers?limit=0'), 400, 'invalid-request')
    const [customer] = ((await (await send('GET', '/api/projects/acme/customers')).json()) as Page).items
    const unmerge = (body: unknown) =>
      send('POST', `/api/projects/acme/customers/${customer?.customerId}/unmerge`, body)
    await expectProblem(await unmerge({ mergeVersion: 99 }), 404, 'merge-not-found')
    await expectProblem(await unmerge({ mergeVersion: 'one' }), 400, 'invalid-request')
  })

  it('answers nothing-to-unmerge for a customer made of one identifier', async () => {
    await store.events.append('acme', [
      {
        messageId: 'solo',
        type: 'track',
        name: 'Order Completed',
        anonymousId: null,
        userId: 'solo',
        timestamp: Date.UTC(2026, 0, 1),
        channel: 'web',
        properties: {},
        traits: {},
        context: {},
      },
    ])
    const [customer] = ((await (await send('GET', '/api/projects/acme/customers')).json()) as Page).items
    const response = await send('POST', `/api/projects/acme/customers/${customer?.customerId}/unmerge`, {})
    expect(response.status).toBe(409)
    expect(await response.json()).toMatchObject({ code: 'nothing-to-unmerge' })
  })

  it('describes the customer routes in a valid OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument & {
      paths: Record<string, unknown>
    }
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/projects/{projectId}/customers',
        '/api/projects/{projectId}/customers/{customerId}',
        '/api/projects/{projectId}/customers/{customerId}/timeline',
        '/api/projects/{projectId}/customers/{customerId}/unmerge',
      ]),
    )
    const result = await validate(structuredClone(document))
    expect(result.valid ? [] : result.errors).toEqual([])
  })
})
