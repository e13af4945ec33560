import type { EventSelector, PropertyPredicate } from '@parcours/core'
import type { TFunction } from 'i18next'

/** A predicate in words: `properties.total is greater than 100`. */
export function describePredicate(predicate: PropertyPredicate, t: TFunction<'measure'>): string {
  const op = t(`picker.op.${predicate.op}`)
  switch (predicate.op) {
    case 'exists':
      return `${predicate.property} ${op}`
    case 'in':
      return `${predicate.property} ${op} ${predicate.values.map(String).join(', ')}`
    default:
      return `${predicate.property} ${op} ${String(predicate.value)}`
  }
}

/** A selector in one line: its events, then its channels, then its conditions, separated by « · ». */
export function describeSelector(selector: EventSelector, t: TFunction<'measure'>): string {
  return [
    selector.events.join(', '),
    ...(selector.channels === undefined || selector.channels.length === 0 ? [] : [selector.channels.join(', ')]),
    ...(selector.where ?? []).map((predicate) => describePredicate(predicate, t)),
  ].join(' · ')
}
