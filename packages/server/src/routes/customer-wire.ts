import type { CustomerProfile, CustomerSummary, MergeRecord, StoredEvent, UnmergeOutcome } from '@parcours/core'

/**
 * Customers, merges and events as the API and the CLI's `--format json` show them: the same
 * fields as in core, with times in ISO 8601 (UTC) instead of epoch milliseconds.
 */
const iso = (ms: number) => new Date(ms).toISOString()

export function mergeToWire(merge: MergeRecord) {
  return { ...merge, timestamp: iso(merge.timestamp) }
}

export function customerToWire(customer: CustomerSummary) {
  return {
    customerId: customer.customerId,
    identifiers: Object.fromEntries(Object.entries(customer.identifiers).map(([kind, values]) => [kind, [...values]])),
    events: customer.events,
    channels: [...customer.channels],
    firstSeen: iso(customer.firstSeen),
    lastSeen: iso(customer.lastSeen),
  }
}

export function profileToWire(profile: CustomerProfile) {
  return { ...customerToWire(profile), traits: { ...profile.traits }, merges: profile.merges.map(mergeToWire) }
}

export function eventToWire(event: StoredEvent) {
  return { ...event, timestamp: iso(event.timestamp), receivedAt: iso(event.receivedAt) }
}

export function unmergeToWire(outcome: UnmergeOutcome) {
  return {
    unmerge: {
      version: outcome.unmerge.version,
      blockedAt: iso(outcome.unmerge.blockedAt),
      merge: mergeToWire(outcome.unmerge.merge),
    },
    customerIds: [...outcome.customerIds],
  }
}
