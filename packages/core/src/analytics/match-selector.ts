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
  return new SelectorBits(log, [selector]).mask(0)
}

/** A selector's property predicates, read from dictionary-encoded columns. */
interface PredicateColumn {
  readonly codes: Int32Array
  /** Per value code, whether the predicate holds. */
  readonly holds: readonly boolean[]
  readonly holdsWhenAbsent: boolean
}

/**
 * Which of several selectors (at most 31) each event matches, as bits: bit r for `selectors[r]`.
 * Names and channels are looked up in one table by (name, channel) codes, so an event that no
 * selector names costs one read; property predicates are checked only where the table says the
 * name and channel fit. `matchSelector` is this for one selector.
 *
 * @example
 * const bits = new SelectorBits(log, [{ events: ['Cart Updated'] }, { events: ['Order Completed'], channels: ['web'] }])
 * bits.at(i) // 0, 1, 2 or 3
 */
export class SelectorBits {
  /** Bits per (name code × (channels + 1) + channel code + 1); channel NONE is column 0. */
  private readonly table: Int32Array
  private readonly width: number
  /** The bits of the selectors that have property predicates. */
  private readonly checked: number
  /** The bits of the selectors that accept every channel (their names alone decide, before predicates). */
  private readonly anyChannel: number
  /** One bit per selector. */
  private readonly allSelectors: number
  /** Per selector, its predicates (empty when none). */
  private readonly predicates: readonly (readonly PredicateColumn[])[]

  constructor(
    private readonly log: JourneyLog,
    selectors: readonly EventSelector[],
  ) {
    if (selectors.length > 31) throw new RangeError(`at most 31 selectors at once, got ${selectors.length}`)
    this.width = log.channels.length + 1
    this.table = new Int32Array(log.names.length * this.width)
    let checked = 0
    let anyChannel = 0
    selectors.forEach((selector, r) => {
      const nameWanted = log.names.map((name) => selector.events.includes(name))
      const channelWanted = [undefined, ...log.channels].map(
        (channel) =>
          selector.channels === undefined ||
          (channel !== undefined && (selector.channels as string[]).includes(channel)),
      )
      nameWanted.forEach((isWanted, name) => {
        if (!isWanted) return
        channelWanted.forEach((isChannelWanted, column) => {
          if (isChannelWanted)
            this.table[name * this.width + column] = (this.table[name * this.width + column] as number) | (1 << r)
        })
      })
      if ((selector.where ?? []).length > 0) checked |= 1 << r
      if (selector.channels === undefined) anyChannel |= 1 << r
    })
    this.checked = checked
    this.anyChannel = anyChannel
    this.allSelectors = selectors.length === 0 ? 0 : 2 ** selectors.length - 1
    this.predicates = selectors.map((selector) =>
      (selector.where ?? []).map((predicate) => {
        const column = log.property(predicate.property)
        return {
          codes: column.codes,
          holds: column.values.map((value) => predicateHolds(predicate, value)),
          holdsWhenAbsent: predicateHolds(predicate, undefined),
        }
      }),
    )
  }

  /**
   * The bits per event name when no selector has a channel or property condition (an event's
   * bits are then `byName[log.name[i]]`, one read instead of two), else undefined.
   */
  byName(): Int32Array | undefined {
    if (this.checked !== 0 || this.anyChannel !== this.allSelectors) return undefined
    return Int32Array.from(this.log.names, (_, name) => this.table[name * this.width] as number)
  }

  /** The bits of the selectors that event `i` matches. */
  at(i: number): number {
    const bits = this.table[(this.log.name[i] as number) * this.width + (this.log.channel[i] as number) + 1] as number
    return (bits & this.checked) === 0 ? bits : this.checkPredicates(i, bits)
  }

  /**
   * Writes the bits of events `from` to `to − 1` into `out[0…]` and answers their union (so a
   * caller sees at once whether any event matched a given selector).
   */
  fill(out: Int32Array, from: number, to: number): number {
    const { table, width, checked } = this
    const names = this.log.name
    const channels = this.log.channel
    let union = 0
    for (let i = from; i < to; i++) {
      let bits = table[(names[i] as number) * width + (channels[i] as number) + 1] as number
      if ((bits & checked) !== 0) bits = this.checkPredicates(i, bits)
      out[i - from] = bits
      union |= bits
    }
    return union
  }

  /**
   * The events selector `r` matches, as a mask over every event of the log. A selector without a
   * channel condition reads the name column only.
   */
  mask(r: number): Uint8Array {
    const { table, width, checked } = this
    const names = this.log.name
    const channels = this.log.channel
    const mask = new Uint8Array(this.log.eventCount)
    const bit = 1 << r
    if (this.anyChannel & bit) {
      // Column 0 (no channel) of the table holds the bit exactly for the names such a selector wants.
      const wanted = Uint8Array.from(this.log.names, (_, name) => ((table[name * width] as number) & bit ? 1 : 0))
      for (let i = 0; i < mask.length; i++) {
        if (wanted[names[i] as number] === 0) continue
        if ((checked & bit) === 0 || (this.checkPredicates(i, bit) & bit) !== 0) mask[i] = 1
      }
      return mask
    }
    for (let i = 0; i < mask.length; i++) {
      let bits = table[(names[i] as number) * width + (channels[i] as number) + 1] as number
      if ((bits & bit) === 0) continue
      if ((bits & checked) !== 0) bits = this.checkPredicates(i, bits)
      if ((bits & bit) !== 0) mask[i] = 1
    }
    return mask
  }

  private checkPredicates(i: number, bits: number): number {
    let kept = bits
    for (let rest = bits & this.checked; rest !== 0; rest &= rest - 1) {
      const r = 31 - Math.clz32(rest & -rest)
      for (const predicate of this.predicates[r] as readonly PredicateColumn[]) {
        const code = predicate.codes[i] as number
        if (code === NONE ? predicate.holdsWhenAbsent : predicate.holds[code]) continue
        kept &= ~(1 << r)
        break
      }
    }
    return kept
  }
}

/** Whether a predicate holds on a traits object; the path may start with `traits.` or name the trait directly. */
export function traitPredicateHolds(predicate: PropertyPredicate, traits: object): boolean {
  const path = predicate.property.startsWith('traits.')
    ? predicate.property.slice('traits.'.length)
    : predicate.property
  return predicateHolds(predicate, scalarAt(traits, path))
}
