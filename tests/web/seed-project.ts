import type { JourneyMap } from '@parcours/core'
import { expect } from 'vitest'

/*
 * Seeding for the browser tests, through the real HTTP API only: a project
 * (POST /api/projects), its write key (POST /api/projects/{id}/keys), events sent as a Segment
 * source would (POST /v1/batch, the key as the basic-auth user) and a map from a template
 * (POST /api/projects/{id}/maps/from-template).
 */

/** A map as the API answers it. */
export interface MapEnvelope {
  readonly id: string
  readonly version: number
  readonly document: JourneyMap
}

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

/** Creates a project (its id derived from its name when omitted) and answers its id. */
export async function createProject(
  serverUrl: string,
  project: { readonly id?: string; readonly name: string; readonly locale: 'en' | 'fr' },
): Promise<string> {
  const response = await postJson(`${serverUrl}/api/projects`, project)
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

/** Issues a write key for the project and answers its secret. */
export async function issueWriteKey(serverUrl: string, projectId: string): Promise<string> {
  const response = await fetch(`${serverUrl}/api/projects/${projectId}/keys`, { method: 'POST' })
  expect(response.status).toBe(201)
  return ((await response.json()) as { writeKey: string }).writeKey
}

/** Sends a batch through /v1/batch with the key as the basic-auth user; the caller checks the answer. */
export const sendBatch = (serverUrl: string, writeKey: string, batch: readonly unknown[]) =>
  fetch(`${serverUrl}/v1/batch`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`,
    },
    body: JSON.stringify({ batch }),
  })

/**
 * Four customers walking the five-stage template (whose touchpoints are bound), one hour between
 * steps from 2026-04-01 08:00 UTC, as one /v1/batch (message ids m1…m15):
 *   u1 blog → product page → promotion → order (web)      u2 blog → product page → promotion
 *   u3 blog → product page                                  u4 blog
 * Store visits (the template's unbound "store visit" touchpoint, in decision): u2 and u3 in Lyon,
 * u4 in Paris. CSAT answers (1–5) by email: u1 5 after ordering, u2 3 after the promotion.
 */
export function fiveStageWalk(): unknown[] {
  const hour = 3_600_000
  const start = Date.UTC(2026, 3, 1, 8)
  let message = 0
  const track = (userId: string, event: string, hours: number, channel: string, properties: object) => ({
    type: 'track',
    messageId: `m${++message}`,
    userId,
    event,
    channel,
    timestamp: new Date(start + hours * hour).toISOString(),
    properties,
  })
  const blog = (userId: string) => track(userId, 'Page Viewed', 0, 'web', { path: '/blog/how-to-choose' })
  return [
    blog('u1'),
    track('u1', 'Product Viewed', 1, 'web', { sku: 'A1' }),
    track('u1', 'Promotion Viewed', 2, 'web', { promotion: 'spring' }),
    track('u1', 'Order Completed', 3, 'web', { total: 120 }),
    track('u1', 'Survey Answered', 3.5, 'email', { survey: 'csat', score: 5 }),
    blog('u2'),
    track('u2', 'Product Viewed', 1, 'web', { sku: 'A1' }),
    track('u2', 'Promotion Viewed', 2, 'web', { promotion: 'spring' }),
    track('u2', 'Survey Answered', 2.2, 'email', { survey: 'csat', score: 3 }),
    track('u2', 'Store Visited', 2.5, 'store', { store: 'Lyon' }),
    blog('u3'),
    track('u3', 'Product Viewed', 1, 'web', { sku: 'B2' }),
    track('u3', 'Store Visited', 3, 'store', { store: 'Lyon' }),
    blog('u4'),
    track('u4', 'Store Visited', 3, 'store', { store: 'Paris' }),
  ]
}

/** Creates a map (and its personas) from a template and answers the new map. */
export async function createMapFromTemplate(
  serverUrl: string,
  projectId: string,
  request: { readonly templateId: string; readonly lang: 'en' | 'fr'; readonly id?: string },
): Promise<MapEnvelope> {
  const response = await postJson(`${serverUrl}/api/projects/${projectId}/maps/from-template`, request)
  expect(response.status).toBe(201)
  return (await response.json()) as MapEnvelope
}
