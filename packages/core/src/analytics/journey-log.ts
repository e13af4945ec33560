import type { JsonObject, StoredEvent } from '../events/event-record.js'
import type { ScalarValue } from '../events/event-selector.schema.js'
import { compareText } from '../identity/identifier.js'
import type { TextList } from './packed-texts.js'

/** The code of a missing value in a dictionary-encoded column (no lifecycle, no channel, no property). */
export const NONE = -1

/** One property of every event, dictionary-encoded: `values[codes[position]]`, or NONE where the event has no scalar there. */
export interface PropertyColumn {
  readonly codes: Int32Array
  readonly values: readonly ScalarValue[]
}

/**
 * The journey log every analysis reads: events grouped by case, each case's events in journey
 * order (timestamp, then ingestion sequence), stored as columns (typed arrays, text
 * dictionary-encoded). Case `c` holds the events at positions `caseOffsets[c]` to
 * `caseOffsets[c + 1] - 1`. Analyses must not depend on the order of the cases, only on the order
 * of events inside a case. Identify, alias and group calls are not journey events: they are left
 * out of the log, and identify traits become `customerTraits`.
 */
export interface JourneyLog {
  readonly caseCount: number
  readonly eventCount: number
  /** `caseCount + 1` offsets into the event columns. */
  readonly caseOffsets: Int32Array
  /** Each case's id (an array, or `PackedTexts` in an index of millions of cases: read with `at`). */
  readonly caseIds: TextList
  /** The customer of each case, an index into `customerIds`. */
  readonly caseCustomer: Int32Array
  readonly customerIds: TextList
  /** Each customer's traits (identify calls merged in event order). */
  readonly customerTraits: readonly JsonObject[]
  /** The event name of each event, an index into `names`. */
  readonly name: Int32Array
  readonly names: readonly string[]
  /** `lifecycle:transition` (XES) of each event, an index into `lifecycles`, or NONE. */
  readonly lifecycle: Int32Array
  readonly lifecycles: readonly string[]
  /** The channel of each event, an index into `channels`, or NONE. */
  readonly channel: Int32Array
  readonly channels: readonly string[]
  /** Epoch milliseconds. */
  readonly time: Float64Array
  /** Ingestion sequence: the tie-break of equal timestamps. */
  readonly seq: Float64Array
  /**
   * One property of every event, by dotted path from the event (`properties.plan`,
   * `context.campaign.name`, `traits.email`); objects and arrays count as absent.
   */
  property(path: string): PropertyColumn
}

/** An event as the log is built from it: a stored event and the customer it was stitched to. */
export type JourneyLogInput = Pick<
  StoredEvent,
  'type' | 'name' | 'timestamp' | 'seq' | 'channel' | 'properties' | 'traits' | 'context'
> & { readonly customerId: string }

export interface JourneyLogOptions {
  /** A top-level property whose value names the case (`order_id`, `case:concept:name`); one case per customer when absent. */
  readonly caseProperty?: string
}

/** The XES lifecycle attribute, kept as an event property by the importers. */
export const LIFECYCLE_PROPERTY = 'lifecycle:transition'

const NOT_JOURNEY_EVENTS = new Set(['identify', 'alias', 'group'])

/** Appends text values to a dictionary and answers their codes. */
export class Dictionary<T extends ScalarValue = string> {
  readonly values: T[] = []
  private readonly codes = new Map<T, number>()
  code(value: T): number {
    let code = this.codes.get(value)
    if (code === undefined) {
      code = this.values.length
      this.codes.set(value, code)
      this.values.push(value)
    }
    return code
  }
}

/**
 * Builds the journey log from events (the reference way: every engine's index must equal it).
 * Cases are ordered by id (code-point order); events without the case property are left out in
 * case-property mode, where a case's customer is the customer of its first event.
 */
export function buildJourneyLog(events: readonly JourneyLogInput[], options: JourneyLogOptions = {}): JourneyLog {
  const journey: { event: JourneyLogInput; caseId: string }[] = []
  for (const event of events) {
    if (NOT_JOURNEY_EVENTS.has(event.type)) continue
    const caseId = options.caseProperty === undefined ? event.customerId : caseValue(event, options.caseProperty)
    if (caseId !== undefined) journey.push({ event, caseId })
  }
  journey.sort(
    (a, b) => compareText(a.caseId, b.caseId) || a.event.timestamp - b.event.timestamp || a.event.seq - b.event.seq,
  )

  const customers = new Dictionary()
  const names = new Dictionary()
  const lifecycles = new Dictionary()
  const channels = new Dictionary()
  const n = journey.length
  const name = new Int32Array(n)
  const lifecycle = new Int32Array(n)
  const channel = new Int32Array(n)
  const time = new Float64Array(n)
  const seq = new Float64Array(n)
  const caseIds: string[] = []
  const offsets: number[] = []
  const caseCustomer: number[] = []
  journey.forEach(({ event, caseId }, i) => {
    if (caseIds[caseIds.length - 1] !== caseId) {
      caseIds.push(caseId)
      offsets.push(i)
      caseCustomer.push(customers.code(event.customerId))
    }
    name[i] = names.code(event.name)
    const transition = event.properties[LIFECYCLE_PROPERTY]
    lifecycle[i] = typeof transition === 'string' ? lifecycles.code(transition) : NONE
    channel[i] = event.channel === null ? NONE : channels.code(event.channel)
    time[i] = event.timestamp
    seq[i] = event.seq
  })
  offsets.push(n)

  const identifies = new Map<string, JourneyLogInput[]>()
  for (const event of events) {
    if (event.type !== 'identify') continue
    customers.code(event.customerId)
    const list = identifies.get(event.customerId) ?? []
    list.push(event)
    identifies.set(event.customerId, list)
  }
  const customerTraits = customers.values.map((id) => mergeTraits(identifies.get(id) ?? []))

  const cache = new Map<string, PropertyColumn>()
  return {
    caseCount: caseIds.length,
    eventCount: n,
    caseOffsets: Int32Array.from(offsets),
    caseIds,
    caseCustomer: Int32Array.from(caseCustomer),
    customerIds: customers.values,
    customerTraits,
    name,
    names: names.values,
    lifecycle,
    lifecycles: lifecycles.values,
    channel,
    channels: channels.values,
    time,
    seq,
    property(path) {
      let column = cache.get(path)
      if (column === undefined) {
        const values = new Dictionary<ScalarValue>()
        const codes = new Int32Array(n)
        journey.forEach(({ event }, i) => {
          const value = scalarAt(event, path)
          codes[i] = value === undefined ? NONE : values.code(value)
        })
        column = { codes, values: values.values }
        cache.set(path, column)
      }
      return column
    },
  }
}

function caseValue(event: JourneyLogInput, caseProperty: string): string | undefined {
  const value = event.properties[caseProperty]
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined
}

function mergeTraits(identifies: readonly JourneyLogInput[]): JsonObject {
  const traits: Record<string, unknown> = {}
  const ordered = [...identifies].sort((a, b) => a.timestamp - b.timestamp || a.seq - b.seq)
  for (const event of ordered) Object.assign(traits, event.traits)
  return traits
}

/**
 * The scalar at a dotted path of an event or a traits object (`properties.plan`,
 * `context.campaign.name`); undefined for a missing value, null, an object or an array.
 */
export function scalarAt(root: unknown, path: string): ScalarValue | undefined {
  let value: unknown = root
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
}

/** The positions of case `c`'s events: `[start, end)`. */
export function caseRange(log: JourneyLog, c: number): readonly [number, number] {
  return [log.caseOffsets[c] as number, log.caseOffsets[c + 1] as number]
}
