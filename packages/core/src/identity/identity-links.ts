import type { StoredEvent } from '../events/event-record.js'
import type { EventType } from '../events/incoming-event.schema.js'
import { EventIdentifierKind, eventOwner, type Identifier, toIdentifier } from './identifier.js'
import {
  type IdentityRule,
  type IdentityRules,
  normalizeIdentifierValue,
  splitRuleSource,
} from './identity-rules.schema.js'

/**
 * Why two identifiers were linked: an `identify` (or `alias`) call that carried both an anonymous
 * id and a user id, any other event that carried both (`same-event`), an alias's previous id
 * (`alias`), or a shared identifier named by a rule (its kind: `email`, `phone`, `loyalty`…).
 */
export type LinkReason = 'identify' | 'alias' | 'same-event' | (string & {})

/** Where a link was seen: the event's time (epoch ms), ingestion sequence and messageId. */
export interface LinkSource {
  readonly timestamp: number
  readonly seq: number
  readonly messageId: string
}

/** Two identifiers that one event says belong to the same person. */
export interface IdentityLink extends LinkSource {
  readonly left: Identifier
  readonly right: Identifier
  readonly reason: LinkReason
}

/** The fields of an event that stitching reads. */
export type IdentityEvent = Pick<
  StoredEvent,
  'seq' | 'messageId' | 'type' | 'anonymousId' | 'userId' | 'timestamp' | 'properties' | 'traits' | 'context'
>

/** What stitching works on: the identifiers that own events, and the links between identifiers. */
export interface IdentityGraph {
  readonly owners: readonly Identifier[]
  readonly links: readonly IdentityLink[]
}

/** The reason of the link between the anonymous id and the user id of one event. */
export function sameEventReason(type: EventType): LinkReason {
  return type === 'identify' ? 'identify' : type === 'alias' ? 'alias' : 'same-event'
}

/**
 * The link a rule makes from an event's owner to the shared identifier in `raw`, or null when the
 * value is not an identifier once normalised.
 */
export function sharedIdentifierLink(
  owner: Identifier,
  rule: IdentityRule,
  raw: unknown,
  source: LinkSource,
  defaultCountry: IdentityRules['defaultCountry'],
): IdentityLink | null {
  const value = normalizeIdentifierValue(raw, rule.normalize, defaultCountry)
  if (value === null) return null
  return { left: owner, right: toIdentifier(rule.kind, value), reason: rule.kind, ...source }
}

/** Whether a rule reads this event: a group call's traits describe the group, not the person. */
export const isRuleApplicable = (rule: IdentityRule, type: EventType): boolean =>
  !(type === 'group' && splitRuleSource(rule.source).field === 'traits')

/**
 * The reference extraction of identity links from a project's events (the oracle of every
 * storage adapter):
 *
 * - an event with both ids links `anonymous:<anonymousId>` and `user:<userId>`;
 * - an alias links its owner to its `properties.previousId`, as a user id when some event has that
 *   user id and as an anonymous id when some event has that anonymous id (an alias whose
 *   previous id appears on no event links nothing, until such an event arrives);
 * - each rule links the event's owner (see `eventOwner`) to the normalised shared identifier it
 *   finds (group calls' `traits` are skipped).
 */
export function identityGraphOfEvents(events: readonly IdentityEvent[], rules: IdentityRules): IdentityGraph {
  const owners = new Set<Identifier>()
  const userIds = new Set<string>()
  const anonymousIds = new Set<string>()
  for (const event of events) {
    const owner = eventOwner(event)
    if (owner !== null) owners.add(owner)
    if (event.userId !== null) userIds.add(event.userId)
    if (event.anonymousId !== null) anonymousIds.add(event.anonymousId)
  }
  const compiled = rules.rules.map((rule) => ({ rule, ...splitRuleSource(rule.source) }))
  const links: IdentityLink[] = []
  for (const event of events) {
    const source = { timestamp: event.timestamp, seq: event.seq, messageId: event.messageId }
    const owner = eventOwner(event)
    if (owner === null) continue
    if (event.anonymousId !== null && event.userId !== null) {
      links.push({
        left: toIdentifier(EventIdentifierKind.Anonymous, event.anonymousId),
        right: owner,
        reason: sameEventReason(event.type),
        ...source,
      })
    }
    if (event.type === 'alias') {
      const previous = event.properties.previousId
      const previousId = typeof previous === 'number' ? String(previous) : previous
      if (typeof previousId === 'string') {
        for (const [kind, seen] of [
          [EventIdentifierKind.User, userIds],
          [EventIdentifierKind.Anonymous, anonymousIds],
        ] as const) {
          const target = toIdentifier(kind, previousId)
          if (seen.has(previousId) && target !== owner)
            links.push({ left: owner, right: target, reason: 'alias', ...source })
        }
      }
    }
    for (const { rule, field, keys } of compiled) {
      if (!isRuleApplicable(rule, event.type)) continue
      const link = sharedIdentifierLink(owner, rule, readPath(event[field], keys), source, rules.defaultCountry)
      if (link !== null) links.push(link)
    }
  }
  return { owners: [...owners], links }
}

/**
 * The value at `keys` inside a parsed JSON value (an event's traits, properties or context),
 * undefined when some step is not an object or lacks the key (own keys only).
 *
 * @example readPath({ traits: { email: 'x@y.z' } }, ['traits', 'email']) // → 'x@y.z'
 */
export function readPath(value: unknown, keys: readonly string[]): unknown {
  let current = value
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, key))
      return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
