import type { EventSelector, PropertyPredicate, ScalarValue } from '../events/event-selector.schema.js'
import { type JourneyLog, NONE, scalarAt } from './journey-log.js'

/**
 * Whether a predicate holds for a value (undefined when the event has none): `exists` needs a
 * value; `neq` holds for a missing value; the ordering operators need a number; `contains` a text.
 * Numbers and texts never equal each other (`"1"` is not `1`).
 */
export function predicateHolds(predicate: PropertyPredicate, value: ScalarValue | undefined): boolean {
  switch (predicate.op) {
    case 'exists':
      return value !== undefined
    case 'eq':
      return value === predicate.value
    case 'neq':
      return value !== predicate.value
    case 'in':
      return value !== undefined && predicate.values.includes(value)
    case 'gt':
      return typeof value === 'number' && value > predicate.value
    case 'gte':
      return typeof value === 'number' && value >= predicate.value
    case 'lt':
      return typeof value === 'number' && value < predicate.value
    case 'lte':
      return typeof value === 'number' && value <= predicate.value
    case 'contains':
      return typeof value === 'string' && value.includes(predicate.value)
  }
}

/** Whether some event of the log has one of the selector's names: when not, it matches nothing (no need to look at the events). */
export function selectorMayMatch(log: JourneyLog, selector: EventSelector): boolean {
  return log.names.some((name) => selector.events.includes(name))
}

/** The events a selector matches, as a mask over event positions. */
export function matchSelector(log: JourneyLog, selector: EventSelector): Uint8Array {
  if (!selectorMayMatch(log, selector)) return new Uint8Array(log.eventCount)
  const nameWanted = new Uint8Array(log.names.length)
  log.names.forEach((name, code) => {
    nameWanted[code] = selector.events.includes(name) ? 1 : 0
  })
  const channelWanted =
    selector.channels === undefined
      ? undefined
      : log.channels.map((channel) => (selector.channels as string[]).includes(channel))
  const predicates = (selector.where ?? []).map((predicate) => {
    const column = log.property(predicate.property)
    const holds = column.values.map((value) => predicateHolds(predicate, value))
    return { codes: column.codes, holds, holdsWhenAbsent: predicateHolds(predicate, undefined) }
  })
  const mask = new Uint8Array(log.eventCount)
  for (let i = 0; i < log.eventCount; i++) {
    if (!nameWanted[log.name[i] as number]) continue
    if (channelWanted !== undefined) {
      const channel = log.channel[i] as number
      if (channel === NONE || !channelWanted[channel]) continue
    }
    let matches = true
    for (const predicate of predicates) {
      const code = predicate.codes[i] as number
      if (!(code === NONE ? predicate.holdsWhenAbsent : predicate.holds[code])) {
        matches = false
        break
      }
    }
    if (matches) mask[i] = 1
  }
  return mask
}

/** Whether a predicate holds on a traits object; the path may start with `traits.` or name the trait directly. */
export function traitPredicateHolds(predicate: PropertyPredicate, traits: object): boolean {
  const path = predicate.property.startsWith('traits.')
    ? predicate.property.slice('traits.'.length)
    : predicate.property
  return predicateHolds(predicate, scalarAt(traits, path))
}
