import type { EventSelector, PropertyPredicate } from '../events/event-selector.schema.js'
import type { KpiPeriod } from './kpi-spec.js'

// The words KPI formulas are written with: a selector, a duration and a period, read by a person.

/**
 * A selector in words: `Order Completed or Order Refunded on web, app [properties.total > 0]`.
 */
export function describeSelector(selector: EventSelector): string {
  const names = selector.events.join(' or ')
  const channels = selector.channels === undefined ? '' : ` on ${selector.channels.join(', ')}`
  const where =
    selector.where === undefined || selector.where.length === 0
      ? ''
      : ` [${selector.where.map(describePredicate).join(' and ')}]`
  return `${names}${channels}${where}`
}

function describePredicate(predicate: PropertyPredicate): string {
  switch (predicate.op) {
    case 'exists':
      return `${predicate.property} exists`
    case 'eq':
      return `${predicate.property} = ${JSON.stringify(predicate.value)}`
    case 'neq':
      return `${predicate.property} ≠ ${JSON.stringify(predicate.value)}`
    case 'in':
      return `${predicate.property} in ${predicate.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'gt':
      return `${predicate.property} > ${predicate.value}`
    case 'gte':
      return `${predicate.property} ≥ ${predicate.value}`
    case 'lt':
      return `${predicate.property} < ${predicate.value}`
    case 'lte':
      return `${predicate.property} ≤ ${predicate.value}`
    case 'contains':
      return `${predicate.property} contains ${JSON.stringify(predicate.value)}`
  }
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A duration in the largest whole unit, days from 2 days: `7 days`, `24 h`, `90 min`, `1500 ms`. */
export function describeDuration(ms: number): string {
  if (ms >= 2 * DAY && ms % DAY === 0) return `${ms / DAY} days`
  if (ms > 0 && ms % HOUR === 0) return `${ms / HOUR} h`
  if (ms > 0 && ms % MINUTE === 0) return `${ms / MINUTE} min`
  return `${ms} ms`
}

/** A period as ISO instants: `[2026-01-01T00:00:00.000Z, 2026-02-01T00:00:00.000Z)`. */
export function describePeriod(period: KpiPeriod): string {
  return `[${new Date(period.from).toISOString()}, ${new Date(period.to).toISOString()})`
}
