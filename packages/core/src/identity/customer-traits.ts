import type { JsonObject, StoredEvent } from '../events/event-record.js'

/**
 * A customer's traits: the traits of their identify calls merged in event order (timestamp, then
 * seq), so a later value of a trait replaces an earlier one. Other events' traits are ignored.
 *
 * @example customerTraits([identify({ name: 'Léa' }), identify({ plan: 'gold' })]) // { name: 'Léa', plan: 'gold' }
 */
export function customerTraits(
  events: readonly Pick<StoredEvent, 'type' | 'timestamp' | 'seq' | 'traits'>[],
): JsonObject {
  const identifies = events
    .filter((event) => event.type === 'identify')
    .sort((a, b) => a.timestamp - b.timestamp || a.seq - b.seq)
  const traits: Record<string, unknown> = {}
  for (const event of identifies) Object.assign(traits, event.traits)
  return traits
}
