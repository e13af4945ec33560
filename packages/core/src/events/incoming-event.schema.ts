import { z } from 'zod'

const JsonObject = z.record(z.string(), z.unknown())
/** An ISO 8601 date-time with an offset (`2026-05-01T10:00:00Z`, `…+02:00`), as Segment calls carry them. */
export const IsoTimestamp = z.iso.datetime({ offset: true, local: false })

/**
 * The largest event accepted, in bytes of its JSON (UTF-8, as `JSON.stringify` writes it): 32 KB,
 * Segment's limit per call, alone or in a batch ("Max request size", segment.com/docs/connections/
 * sources/catalog/libraries/server/http-api/#max-request-size). A larger event refuses its request.
 */
export const MAX_EVENT_JSON_BYTES = 32 * 1024

/**
 * The fields every Segment-spec call shares. `timestamp` (or RudderStack's `originalTimestamp`)
 * says when it happened, with an offset; `sentAt` when the client sent it, by the client's clock
 * (used to correct that clock's skew: see `eventTime`); `messageId` deduplicates re-sent events;
 * `channel` is Parcours's first-class channel (else `context.channel`).
 */
const common = {
  messageId: z.string().min(1).max(200),
  anonymousId: z.union([z.string().min(1), z.number()]).optional(),
  userId: z.union([z.string().min(1), z.number()]).optional(),
  timestamp: IsoTimestamp.optional(),
  originalTimestamp: IsoTimestamp.optional(),
  sentAt: IsoTimestamp.optional(),
  channel: z.string().min(1).max(100).optional(),
  context: JsonObject.optional(),
  integrations: JsonObject.optional(),
}

export const TrackEvent = z.object({
  ...common,
  type: z.literal('track'),
  event: z.string().min(1).max(500),
  properties: JsonObject.optional(),
})
export const IdentifyEvent = z.object({ ...common, type: z.literal('identify'), traits: JsonObject.optional() })
export const PageEvent = z.object({
  ...common,
  type: z.literal('page'),
  name: z.string().optional(),
  category: z.string().optional(),
  properties: JsonObject.optional(),
})
export const ScreenEvent = z.object({
  ...common,
  type: z.literal('screen'),
  name: z.string().optional(),
  category: z.string().optional(),
  properties: JsonObject.optional(),
})
export const GroupEvent = z.object({
  ...common,
  type: z.literal('group'),
  groupId: z.union([z.string().min(1), z.number()]),
  traits: JsonObject.optional(),
})
export const AliasEvent = z.object({
  ...common,
  type: z.literal('alias'),
  previousId: z.union([z.string().min(1), z.number()]),
  userId: z.union([z.string().min(1), z.number()]),
})

/** Runs the who/when checks even when other fields are wrong, so every problem is listed at once. */
function isObjectPayload(payload: { value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null
}

/** One call of the Segment HTTP tracking API, checked: it must say who, when, and carry a messageId. */
export const IncomingEvent = z
  .discriminatedUnion('type', [TrackEvent, IdentifyEvent, PageEvent, ScreenEvent, GroupEvent, AliasEvent])
  .refine((event) => event.userId !== undefined || event.anonymousId !== undefined, {
    path: ['userId'],
    message: 'userId or anonymousId is required',
    when: isObjectPayload,
  })
  .refine((event) => event.timestamp !== undefined || event.originalTimestamp !== undefined, {
    path: ['timestamp'],
    message: 'timestamp (ISO 8601 with an offset) is required',
    when: isObjectPayload,
  })
export type IncomingEvent = z.infer<typeof IncomingEvent>
export type EventType = IncomingEvent['type']
export const EVENT_TYPES: readonly EventType[] = ['track', 'identify', 'page', 'screen', 'group', 'alias']
