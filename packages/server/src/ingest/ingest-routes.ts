import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  AliasEvent,
  EVENT_TYPES,
  type EventStore,
  type EventType,
  GroupEvent,
  IdentifyEvent,
  IncomingEvent,
  PageEvent,
  ScreenEvent,
  TrackEvent,
  type WriteKeyStore,
} from '@parcours/core'
import type { Context } from 'hono'
import { cors } from 'hono/cors'
import { problem } from '../problem.js'
import { problemResponse } from '../routes/document-routes.js'
import { MAX_LISTED_PROBLEMS, parseSegmentBody, type SegmentRoute } from './parse-segment-body.js'
import { INGEST_BODY_LIMIT_BYTES, readJsonBody } from './read-json-body.js'
import { credentialOf } from './write-key-auth.js'

export interface IngestOptions {
  readonly events: EventStore
  readonly writeKeys: WriteKeyStore
  /** The largest body, compressed or decompressed (default 5 MiB). */
  readonly maxBodyBytes?: number
  /** The server's clock, epoch ms (default `Date.now`): a request's `receivedAt`, to correct client clock skew. */
  readonly now?: () => number
}

const SINGLE_SCHEMAS = {
  track: TrackEvent,
  identify: IdentifyEvent,
  page: PageEvent,
  screen: ScreenEvent,
  group: GroupEvent,
  alias: AliasEvent,
} as const satisfies Record<EventType, unknown>

/**
 * The Segment HTTP tracking API (`POST /v1/batch`, `/v1/track`, …), so Segment and RudderStack
 * libraries send to Parcours by changing their host. A request is checked whole before anything is
 * stored, and answered 200 `{ "success": true }` only once its events are committed.
 */
export function registerIngestRoutes(app: OpenAPIHono, options: IngestOptions): void {
  const limit = options.maxBodyBytes ?? INGEST_BODY_LIMIT_BYTES
  const now = options.now ?? Date.now
  // Browser libraries (analytics.js) send from the site's origin.
  app.use(
    '/v1/*',
    cors({ origin: '*', allowMethods: ['POST'], allowHeaders: ['Authorization', 'Content-Type', 'Content-Encoding'] }),
  )

  const ingest = (route: SegmentRoute) => async (c: Context) => {
    // Segment's receivedAt: "added to incoming messages as soon as they hit our API".
    const receivedAt = now()
    const headerKey = credentialOf(c.req.header('authorization'))
    const headerProject = headerKey === undefined ? undefined : await authenticate(c, options.writeKeys, headerKey)
    const body = await readJsonBody(c.req.raw, limit)
    const bodyKey = typeof body === 'object' && body !== null ? (body as { writeKey?: unknown }).writeKey : undefined
    const projectId =
      headerProject ??
      (typeof bodyKey === 'string' && bodyKey !== '' ? await authenticate(c, options.writeKeys, bodyKey) : undefined)
    if (projectId === undefined) {
      c.header('WWW-Authenticate', 'Basic realm="parcours"')
      throw problem(
        401,
        'missing-write-key',
        'send the write key as the basic-auth user (or as "writeKey" in the body)',
      )
    }
    const parsed = parseSegmentBody(route, body, receivedAt)
    if (!parsed.ok) {
      const count = parsed.error.length
      const first = parsed.error[0]
      const detail = `${count} problem${count === 1 ? '' : 's'}, nothing was stored${first === undefined ? '' : `: ${first.path}: ${first.message}`}`
      throw problem(400, 'invalid-events', detail, { errors: parsed.error.slice(0, MAX_LISTED_PROBLEMS) })
    }
    await options.events.append(projectId, parsed.value)
    return c.json({ success: true as const }, 200)
  }

  app.post('/v1/batch', ingest('batch'))
  for (const type of EVENT_TYPES) app.post(`/v1/${type}`, ingest(type))
  // analytics.js posts each call to its type's first letter (`/v1/t`, `/v1/p`…), batches to `/v1/b`.
  app.post('/v1/b', ingest('batch'))
  for (const type of EVENT_TYPES) app.post(`/v1/${type.charAt(0)}`, ingest(type))
  documentRoutes(app, limit)
}

async function authenticate(c: Context, writeKeys: WriteKeyStore, key: string): Promise<string> {
  const projectId = await writeKeys.resolve(key)
  if (projectId !== undefined) return projectId
  c.header('WWW-Authenticate', 'Basic realm="parcours"')
  throw problem(401, 'invalid-write-key', 'the write key is unknown or revoked')
}

/** The routes in the OpenAPI document (they read their bodies themselves: gzip, size limit). */
function documentRoutes(app: OpenAPIHono, limit: number): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'writeKey', {
    type: 'http',
    scheme: 'basic',
    description: 'The write key as the user name, with an empty password (as Segment and RudderStack clients send it).',
  })
  const Success = z.object({ success: z.literal(true) }).openapi('IngestSuccess')
  const responses = {
    200: { description: 'Stored durably', content: { 'application/json': { schema: Success } } },
    400: problemResponse(
      'Malformed JSON or invalid events (each listed in `errors`, an event over 32 KB at its own path); nothing was stored',
    ),
    401: problemResponse('Missing, unknown or revoked write key'),
    413: problemResponse(`Body over ${limit} bytes, compressed or decompressed`),
    415: problemResponse('Content-Encoding other than gzip'),
  }
  const envelope = {
    context: z.record(z.string(), z.unknown()).optional(),
    sentAt: z.iso
      .datetime({ offset: true, local: false })
      .optional()
      .openapi({ description: "When the client sent the batch, by its clock: each event's sentAt when it has none" }),
    writeKey: z.string().optional(),
  }
  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/v1/batch',
      tags: ['ingestion'],
      summary: 'Send a batch of Segment-spec events (all stored, or none)',
      description:
        "The top-level `context` is merged under each event's own, and `sentAt` stands for each event's that has none. " +
        'An event with a `sentAt` has its time corrected for the client clock skew: `receivedAt − (sentAt − timestamp)`. ' +
        'Each event is at most 32 KB of JSON. Bodies may be gzip-encoded.',
      security: [{ writeKey: [] }],
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: z.object({ batch: z.array(IncomingEvent), ...envelope }) } },
        },
      },
      responses,
    }),
  )
  for (const type of EVENT_TYPES) {
    const schema = SINGLE_SCHEMAS[type]
    app.openAPIRegistry.registerPath(
      createRoute({
        method: 'post',
        path: `/v1/${type}`,
        tags: ['ingestion'],
        summary: `Send one ${type} call (its type may be left out)`,
        security: [{ writeKey: [] }],
        request: {
          body: {
            required: true,
            content: {
              'application/json': {
                schema: schema.extend({ type: schema.shape.type.optional(), writeKey: z.string().optional() }),
              },
            },
          },
        },
        responses,
      }),
    )
  }
}
