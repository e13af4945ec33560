import type { ParcoursStore } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../create-app.js'

let store: ParcoursStore
let app: ReturnType<typeof createApp>

beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:' })
  app = createApp({ store, version: '0.0.0-test' })
  await store.documents.create(
    { kind: 'project', projectId: 'acme', id: 'acme' },
    { id: 'acme', name: 'Acme', locale: 'fr' },
  )
  const at = (minute: number) => Date.UTC(2026, 2, 1, 9, minute)
  const track = (messageId: string, userId: string, name: string, minute: number, channel = 'web') => ({
    messageId,
    type: 'track' as const,
    name,
    anonymousId: null,
    userId,
    timestamp: at(minute),
    channel,
    properties: { plan: userId === 'u1' ? 'gold' : 'free' },
    traits: {},
    context: {},
  })
  await store.events.append('acme', [
    track('m1', 'u1', 'Visit', 0),
    track('m2', 'u1', 'Cart', 1),
    track('m3', 'u1', 'Order', 2),
    track('m4', 'u2', 'Visit', 0),
    track('m5', 'u2', 'Cart', 5, 'app'),
    track('m6', 'u3', 'Visit', 0),
  ])
})
afterEach(async () => {
  await store.close()
})

const post = (path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

describe('POST /api/projects/{projectId}/analyses', () => {
  it('answers the variants of the project, with the same JSON as the CLI', async () => {
    const response = await post('/api/projects/acme/analyses', { analysis: 'variants' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      analysis: string
      result: { totalVariants: number; rows: unknown[] }
      computedBy: string
    }
    expect(body.analysis).toBe('variants')
    // DuckDB has no engine-side analyses: the journey log in this process answers.
    expect(body.computedBy).toBe('embedded')
    expect(body.result.totalVariants).toBe(3)
    expect(body.result.rows).toEqual([
      { sequence: ['Visit'], cases: 1, coverage: (1 / 3) * 100 },
      { sequence: ['Visit', 'Cart'], cases: 1, coverage: (1 / 3) * 100 },
      { sequence: ['Visit', 'Cart', 'Order'], cases: 1, coverage: (1 / 3) * 100 },
    ])
  })

  it('filters by channel and by a segment whose predicate reads an event property', async () => {
    const web = await post('/api/projects/acme/analyses', { analysis: 'process-map', channels: ['web'] })
    const map = ((await web.json()) as { result: { totalTransitions: number } }).result
    expect(map.totalTransitions).toBe(2)
    const gold = await post('/api/projects/acme/analyses', {
      analysis: 'variants',
      segment: {
        match: 'all',
        conditions: [
          {
            kind: 'performed',
            selector: { events: ['Visit'], where: [{ op: 'eq', property: 'properties.plan', value: 'gold' }] },
          },
        ],
      },
    })
    expect(((await gold.json()) as { result: { totalCases: number } }).result.totalCases).toBe(1)
  })

  it('refuses an unknown analysis with a problem naming the field, and an unknown project with 404', async () => {
    const bad = await post('/api/projects/acme/analyses', { analysis: 'horoscope' })
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
    expect(JSON.stringify(await bad.json())).toContain('analysis')
    expect((await post('/api/projects/nope/analyses', { analysis: 'variants' })).status).toBe(404)
  })
})
