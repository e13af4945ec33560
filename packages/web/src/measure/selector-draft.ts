import type { Channel, EventSelector, PropertyPredicate, ScalarValue } from '@parcours/core'
import type { EventCatalog } from '../api/measure.js'

/** The operators the picker offers, in the order it lists them. */
export const OPERATORS = ['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'exists'] as const
export type Operator = (typeof OPERATORS)[number]

/** A property condition as typed: the value is text until the selector is built. */
export interface ConditionDraft {
  readonly property: string
  readonly op: Operator
  /** The value, or for `in` the values separated by commas. */
  readonly text: string
}

/** A selector being edited in the picker. */
export interface SelectorDraft {
  readonly events: readonly string[]
  readonly channels: readonly Channel[]
  readonly conditions: readonly ConditionDraft[]
}

/** Why a draft is not a selector yet: no event, or a condition (by index) whose value is not right. */
export type DraftProblem = { readonly kind: 'no-event' } | { readonly kind: 'number-needed'; readonly index: number }

const ORDERING = new Set<Operator>(['gt', 'gte', 'lt', 'lte'])

/** The draft of an existing selector (or an empty one). */
export function draftOfSelector(selector: EventSelector | undefined): SelectorDraft {
  return {
    events: selector?.events ?? [],
    channels: selector?.channels ?? [],
    conditions: (selector?.where ?? []).map((predicate) => ({
      property: predicate.property,
      op: predicate.op,
      text:
        predicate.op === 'exists'
          ? ''
          : predicate.op === 'in'
            ? predicate.values.map(String).join(', ')
            : String(predicate.value),
    })),
  }
}

/**
 * A typed value from text: the catalog's value whose text it is (so `12` stays a number when the
 * events hold numbers), else a number when the property holds only numbers, else `true`/`false`
 * when it holds booleans, else the text.
 */
export function typedValue(text: string, property: string, catalog: EventCatalog | undefined): ScalarValue {
  const entry = catalog?.properties.find((candidate) => candidate.path === property)
  const known = entry?.values.find((candidate) => String(candidate.value) === text)
  if (known !== undefined) return known.value
  const types = new Set(entry?.values.map((candidate) => typeof candidate.value))
  if (types.size === 1 && types.has('number') && text.trim() !== '' && Number.isFinite(Number(text)))
    return Number(text)
  if (types.size === 1 && types.has('boolean') && (text === 'true' || text === 'false')) return text === 'true'
  return text
}

/**
 * The selector a draft stands for, or why it is not one yet. Conditions without a property are
 * left out; ordering operators need a number.
 */
export function selectorOfDraft(
  draft: SelectorDraft,
  catalog: EventCatalog | undefined,
): { readonly selector: EventSelector } | { readonly problem: DraftProblem } {
  if (draft.events.length === 0) return { problem: { kind: 'no-event' } }
  const where: PropertyPredicate[] = []
  for (const [index, condition] of draft.conditions.entries()) {
    const property = condition.property.trim()
    if (property === '') continue
    if (condition.op === 'exists') where.push({ op: 'exists', property })
    else if (ORDERING.has(condition.op)) {
      const value = Number(condition.text)
      if (condition.text.trim() === '' || !Number.isFinite(value)) return { problem: { kind: 'number-needed', index } }
      where.push({ op: condition.op as 'gt' | 'gte' | 'lt' | 'lte', property, value })
    } else if (condition.op === 'in') {
      const values = condition.text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => typedValue(part, property, catalog))
      if (values.length > 0) where.push({ op: 'in', property, values })
    } else if (condition.op === 'contains') where.push({ op: 'contains', property, value: condition.text })
    else
      where.push({ op: condition.op as 'eq' | 'neq', property, value: typedValue(condition.text, property, catalog) })
  }
  return {
    selector: {
      events: [...draft.events],
      ...(draft.channels.length === 0 ? {} : { channels: [...draft.channels] }),
      ...(where.length === 0 ? {} : { where }),
    },
  }
}
