import { findTemplate, type ParcoursStore } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../create-app.js'

let store: ParcoursStore
let app: ReturnType<typeof createApp>

const at = (minute: number) => Date.UTC(2026, 2, 1, 9, minute)
const track = (
  messageId: string,
  userId: string,
  name: string,
  minute: number,
  channel: string | null,
  properties: Record<string, unknown>,
) => ({
  messageId,
  type: 'track' as const,
  name,
  anonymousId: null,
  userId,
  timestamp: at(minute),
  channel,
  properties,
  traits: {},
  context: {},
})

beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:' })
  app = createApp({ store, version: '0.0.0-test' })
  await store.documents.create(
    { kind: 'project', projectId: 'acme', id: 'acme' },
    { id: 'acme', name: 'Acme', locale: 'fr' },
  )
  await store.events.append('acme', [
    track('m1', 'u1', 'Visit', 0, 'web', { plan: 'gold', page: '/' }),
    track('m2', 'u1', 'Order', 2, 'web', { plan: 'gold', total: 120 }),
    track('m3', 'u1', 'Order', 3, 'app', { plan: 'gold', total: 15 }),
    track('m4', 'u2', 'Visit', 0, 'web', { plan: 'free', page: '/' }),
    track('m5', 'u2', 'Order', 5, 'app', { plan: 'free', total: 80 }),
    track('m6', 'u3', 'Visit', 0, null, { plan: 'free', page: '/pricing', nested: { a: 1 } }),
    {
      messageId: 'm7',
      type: 'identify' as const,
      name: 'identify',
      anonymousId: null,
      userId: 'u3',
      timestamp: at(1),
      channel: 'web',
      properties: { ignored: 'yes' },
      traits: { email: 'u3@example.fr' },
      context: {},
    },
  ])
})
afterEach(async () => {
  await store.close()
})

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

interface Catalog {
  events: number
  customers: number
  names: { name: string; events: number; customers: number }[]
  channels: { channel: string; events: number }[]
  properties: { path: string; events: number; values: { value: unknown; events: number }[] }[]
  limits: { names: number; properties: number; valuesPerProperty: number }
}

describe('GET /api/projects/{projectId}/event-catalog', () => {
  it('lists names, channels and properties of the journey events with their counts, most frequent first', async () => {
    const response = await app.request('/api/projects/acme/event-catalog')
    expect(response.status).toBe(200)
    const catalog = (await response.json()) as Catalog
    expect(catalog.events).toBe(6)
    expect(catalog.customers).toBe(3)
    expect(catalog.names).toEqual([
      { name: 'Order', events: 3, customers: 2 },
      { name: 'Visit', events: 3, customers: 3 },
    ])
    expect(catalog.channels).toEqual([
      { channel: 'web', events: 3 },
      { channel: 'app', events: 2 },
    ])
    expect(catalog.properties.map((property) => [property.path, property.events])).toEqual([
      ['properties.plan', 6],
      ['properties.page', 3],
      ['properties.total', 3],
    ])
    expect(catalog.properties[0]?.values).toEqual([
      { value: 'free', events: 3 },
      { value: 'gold', events: 3 },
    ])
    expect(catalog.properties[2]?.values.map((entry) => entry.value)).toEqual([120, 15, 80])
    expect(catalog.limits).toEqual({ names: 500, properties: 50, valuesPerProperty: 20 })
  })

  it('answers 404 for an unknown project and 403 to a write key', async () => {
    expect((await app.request('/api/projects/nobody/event-catalog')).status).toBe(404)
    const { key } = await store.writeKeys.create('acme')
    const response = await app.request('/api/projects/acme/event-catalog', {
      headers: { Authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` },
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })
})

describe('POST /api/projects/{projectId}/event-count', () => {
  it.each([
    { selector: { events: ['Order'] }, events: 3, customers: 2 },
    { selector: { events: ['Order'], channels: ['app'] }, events: 2, customers: 2 },
    {
      selector: { events: ['Order'], where: [{ op: 'gt', property: 'properties.total', value: 50 }] },
      events: 2,
      customers: 2,
    },
    {
      selector: { events: ['Order', 'Visit'], where: [{ op: 'eq', property: 'properties.plan', value: 'gold' }] },
      events: 3,
      customers: 1,
    },
    {
      selector: { events: ['Visit'], where: [{ op: 'in', property: 'properties.page', values: ['/pricing'] }] },
      events: 1,
      customers: 1,
    },
    { selector: { events: ['identify'] }, events: 0, customers: 0 },
    { selector: { events: ['Never Sent'] }, events: 0, customers: 0 },
  ])('counts $selector.events with $selector exactly: $events events, $customers customers', async (row) => {
    const response = await post('/api/projects/acme/event-count', row.selector)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ events: row.events, customers: row.customers })
  })

  it('counts what the measure analysis reaches for a touchpoint bound to the same selector', async () => {
    const selector = {
      events: ['Order'],
      where: [{ op: 'lt' as const, property: 'properties.total', value: 100 }],
    }
    const count = (await (await post('/api/projects/acme/event-count', selector)).json()) as {
      events: number
      customers: number
    }
    const template = findTemplate('five-stages')?.build('en').map
    if (template === undefined) throw new Error('no five-stages template')
    const [first] = template.touchpoints
    if (first === undefined) throw new Error('the template has no touchpoint')
    await store.documents.create(
      { kind: 'map', projectId: 'acme', id: 'shop' },
      {
        ...template,
        id: 'shop',
        touchpoints: template.touchpoints.map(({ selector: _unbound, ...touchpoint }) =>
          touchpoint.id === first.id ? { ...touchpoint, selector } : touchpoint,
        ),
      },
    )
    const measured = (await (
      await post('/api/projects/acme/analyses', { analysis: 'measure', mapId: 'shop' })
    ).json()) as {
      result: { stages: { touchpoints: { touchpointId: string; reach: number; events: number }[] }[] }
    }
    const touchpoints = measured.result.stages.flatMap((stage) => stage.touchpoints)
    expect(touchpoints.find((touchpoint) => touchpoint.touchpointId === first.id)).toMatchObject({
      reach: count.customers,
      events: count.events,
    })
    expect(count).toEqual({ events: 2, customers: 2 })
  })

  it('refuses a bad selector with a problem naming the field', async () => {
    const empty = await post('/api/projects/acme/event-count', { events: [] })
    expect(empty.status).toBe(400)
    expect(empty.headers.get('content-type')).toContain('application/problem+json')
    const emptyProblem = (await empty.json()) as { errors: { path: string }[] }
    expect(emptyProblem.errors.map((error) => error.path)).toContain('events')

    const path = await post('/api/projects/acme/event-count', {
      events: ['Order'],
      where: [{ op: 'eq', property: 'plan', value: 'gold' }],
    })
    expect(path.status).toBe(400)
    const pathProblem = (await path.json()) as { detail: string; errors: { path: string }[] }
    expect(pathProblem.errors.map((error) => error.path)).toEqual(['where[0].property'])
    expect(pathProblem.detail).toContain('properties.')

    const operator = await post('/api/projects/acme/event-count', {
      events: ['Order'],
      where: [{ op: 'gt', property: 'properties.total', value: 'many' }],
    })
    expect(operator.status).toBe(400)
    expect(((await operator.json()) as { errors: { path: string }[] }).errors[0]?.path).toMatch(/^where\[0\]/)
  })

  it('answers 404 for an unknown project and 403 to a write key', async () => {
    expect((await post('/api/projects/nobody/event-count', { events: ['Order'] })).status).toBe(404)
    const { key } = await store.writeKeys.create('acme')
    const response = await post(
      '/api/projects/acme/event-count',
      { events: ['Order'] },
      { Authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` },
    )
    expect(response.status).toBe(403)
  })
})

describe('the OpenAPI document', () => {
  it('describes both routes with their schemas', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>
      components: { schemas: Record<string, unknown> }
    }
    expect(Object.keys(document.paths['/api/projects/{projectId}/event-catalog'] ?? {})).toEqual(['get'])
    expect(Object.keys(document.paths['/api/projects/{projectId}/event-count'] ?? {})).toEqual(['post'])
    expect(document.components.schemas).toHaveProperty('EventCatalog')
    expect(document.components.schemas).toHaveProperty('EventCount')
  })
})
