import { assertNever } from '../shared/result.js'
import type { EventType, IncomingEvent } from './incoming-event.schema.js'

export type JsonObject = { readonly [key: string]: unknown }

/**
 * An event as Parcours keeps it, whatever its source (HTTP, CSV, XES): who, what, when (epoch ms),
 * on which channel, with its properties, traits and context. The store adds `seq`.
 */
export interface NewEvent {
  readonly messageId: string
  readonly type: EventType
  /** The activity name: a track's `event`; `Page Viewed`, `Screen Viewed`, `Identify`, `Group`, `Alias` otherwise. */
  readonly name: string
  readonly anonymousId: string | null
  readonly userId: string | null
  /** When it happened, epoch milliseconds. */
  readonly timestamp: number
  readonly channel: string | null
  readonly properties: JsonObject
  readonly traits: JsonObject
  readonly context: JsonObject
}

/** A stored event: `seq` is the project's ingestion order, the tie-break of equal timestamps. */
export interface StoredEvent extends NewEvent {
  readonly seq: number
  /** When Parcours stored it, epoch milliseconds. */
  readonly receivedAt: number
}

const NAMES: Record<Exclude<EventType, 'track'>, string> = {
  page: 'Page Viewed',
  screen: 'Screen Viewed',
  identify: 'Identify',
  group: 'Group',
  alias: 'Alias',
}

/**
 * When a Segment call happened, epoch ms, with the client's clock skew corrected as Segment and
 * RudderStack do: `timestamp = receivedAt − (sentAt − originalTimestamp)`.
 *
 * - Segment, "Spec: Common Fields › Timestamps" (segment.com/docs/connections/spec/common/#timestamps):
 *   `originalTimestamp` is the time on the client when the call was made, *or* the `timestamp`
 *   passed in; `sentAt` the time on the client when the request was sent; `receivedAt` the
 *   server's time when it arrived; Segment computes `timestamp = receivedAt - (sentAt - originalTimestamp)`,
 *   taking `sentAt` and `receivedAt` to be the same instant, so their difference is the skew.
 * - RudderStack (rudder-server `processor/processor.go`, `enhanceWithTimeFields`): a `timestamp`
 *   in the event is kept as it is; otherwise `timestamp = receivedAt - (sentAt - originalTimestamp)`.
 *
 * The rule applied, for the event's client time `t`:
 * 1. `timestamp` and `originalTimestamp` both present: `timestamp` was set on purpose (or already
 *    corrected upstream) and is kept as it is, whatever `sentAt` says (RudderStack).
 * 2. otherwise `t` is `timestamp`, else `originalTimestamp` (both are read off the client's clock);
 *    with a `sentAt` the stored time is `receivedAt − (sentAt − t)` (Segment, and RudderStack for
 *    `originalTimestamp`); without one, `t` as it is.
 * The `sentAt` to use is the event's own, else its batch's (the caller puts the batch's on the event).
 *
 * @param receivedAt when the server received the request, epoch ms.
 * @example
 * // A phone 5 minutes ahead: the event at 10:04:50 on its clock, sent at 10:05:00, received at 10:00:00.
 * eventTime({ timestamp: '2026-05-01T10:04:50Z', sentAt: '2026-05-01T10:05:00Z' }, Date.parse('2026-05-01T10:00:00Z'))
 * // → Date.parse('2026-05-01T09:59:50Z')
 */
export function eventTime(
  incoming: Pick<IncomingEvent, 'timestamp' | 'originalTimestamp' | 'sentAt'>,
  receivedAt: number,
): number {
  const { timestamp, originalTimestamp, sentAt } = incoming
  if (timestamp !== undefined && originalTimestamp !== undefined) return Date.parse(timestamp)
  const clientTime = Date.parse(timestamp ?? originalTimestamp ?? '')
  return sentAt === undefined ? clientTime : receivedAt - (Date.parse(sentAt) - clientTime)
}

/**
 * Turns a checked Segment call into a Parcours event. Page and screen names go to
 * `properties.name`; a group's id to `properties.groupId`; an alias's previous id to
 * `properties.previousId`. The channel is `channel`, else `context.channel`, else web for pages
 * and app for screens. The time is the call's, corrected for the client's clock skew with its
 * `sentAt` (see {@link eventTime}).
 *
 * @param receivedAt when the server received the request, epoch ms.
 */
export function toNewEvent(incoming: IncomingEvent, receivedAt: number): NewEvent {
  const context = incoming.context ?? {}
  const contextChannel = typeof context.channel === 'string' ? context.channel : undefined
  const defaultChannel = incoming.type === 'page' ? 'web' : incoming.type === 'screen' ? 'app' : null
  const timestamp = eventTime(incoming, receivedAt)
  const base = {
    messageId: incoming.messageId,
    type: incoming.type,
    anonymousId: incoming.anonymousId === undefined ? null : String(incoming.anonymousId),
    userId: incoming.userId === undefined ? null : String(incoming.userId),
    timestamp,
    channel: incoming.channel ?? contextChannel ?? defaultChannel,
    context,
  }
  switch (incoming.type) {
    case 'track':
      return { ...base, name: incoming.event, properties: incoming.properties ?? {}, traits: {} }
    case 'page':
    case 'screen': {
      const named = {
        ...(incoming.name === undefined ? {} : { name: incoming.name }),
        ...(incoming.category === undefined ? {} : { category: incoming.category }),
      }
      return { ...base, name: NAMES[incoming.type], properties: { ...named, ...incoming.properties }, traits: {} }
    }
    case 'identify':
      return { ...base, name: NAMES.identify, properties: {}, traits: incoming.traits ?? {} }
    case 'group':
      return {
        ...base,
        name: NAMES.group,
        properties: { groupId: String(incoming.groupId) },
        traits: incoming.traits ?? {},
      }
    case 'alias':
      return { ...base, name: NAMES.alias, properties: { previousId: String(incoming.previousId) }, traits: {} }
    default:
      return assertNever(incoming)
  }
}
