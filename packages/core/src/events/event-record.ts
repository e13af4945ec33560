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
 * Turns a checked Segment call into a Parcours event. Page and screen names go to
 * `properties.name`; a group's id to `properties.groupId`; an alias's previous id to
 * `properties.previousId`. The channel is `channel`, else `context.channel`, else web for pages
 * and app for screens.
 */
export function toNewEvent(incoming: IncomingEvent): NewEvent {
  const context = incoming.context ?? {}
  const contextChannel = typeof context.channel === 'string' ? context.channel : undefined
  const defaultChannel = incoming.type === 'page' ? 'web' : incoming.type === 'screen' ? 'app' : null
  const timestamp = Date.parse(incoming.timestamp ?? incoming.originalTimestamp ?? '')
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
