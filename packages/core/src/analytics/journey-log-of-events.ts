import type { StoredEvent } from '../events/event-record.js'
import { eventOwner } from '../identity/identifier.js'
import { identityGraphOfEvents } from '../identity/identity-links.js'
import type { IdentityRules } from '../identity/identity-rules.schema.js'
import { type IdentifierPair, stitchIdentities } from '../identity/stitch-identities.js'
import { buildJourneyLog, type JourneyLog, type JourneyLogInput, type JourneyLogOptions } from './journey-log.js'

/**
 * The reference journey log of raw events: identities stitched by `stitchIdentities` (with the
 * given rules and undone merges), each event given to its owner's customer, then `buildJourneyLog`.
 * Events without any id belong to no customer and are left out. Every engine's index must equal it.
 */
export function journeyLogOfEvents(
  events: readonly StoredEvent[],
  rules: IdentityRules,
  options: JourneyLogOptions & { readonly blocked?: readonly IdentifierPair[] } = {},
): JourneyLog {
  const stitching = stitchIdentities({
    ...identityGraphOfEvents(events, rules),
    ...(options.blocked === undefined ? {} : { blocked: options.blocked }),
  })
  const customerOf = new Map<string, string>()
  for (const customer of stitching.customers)
    for (const identifier of customer.identifiers) customerOf.set(identifier, customer.customerId)
  const inputs: JourneyLogInput[] = []
  for (const event of events) {
    const owner = eventOwner(event)
    const customerId = owner === null ? undefined : customerOf.get(owner)
    if (customerId !== undefined) inputs.push({ ...event, customerId })
  }
  return buildJourneyLog(inputs, options.caseProperty === undefined ? {} : { caseProperty: options.caseProperty })
}
