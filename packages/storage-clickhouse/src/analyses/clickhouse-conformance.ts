import {
  type ConformanceResult,
  type ConformanceTrace,
  checkConformanceOfTraces,
  type ModelTouchpoint,
  type ProcessModel,
} from '@parcours/core'
import type { JourneySource } from './journey-source.js'
import { type ClickHouseQuery, integerOf, queryRows } from './query-rows.js'
import { isSendableText, sqlTextArray } from './sql-text-literal.js'

/** Touchpoints one 64-bit mask can hold: each event's touchpoints are its bits. */
const MAX_TOUCHPOINTS = 64

export interface ClickHouseConformanceOptions {
  /** A source of the store (`storedJourneySource`): its rows have `event_name` and `channel`. */
  readonly source: JourneySource
  readonly model: ProcessModel
  /** How many example cases each deviation lists (default 5, as core). */
  readonly exampleCases?: number
}

/**
 * Whether `clickhouseConformance` can check a model: at most 64 touchpoints, selected by event
 * names and channels (property conditions are read from the journey log instead), texts that can
 * be sent as UTF-8 (`isSendableText`).
 *
 * @example clickhouseConformanceAccepts(compileMapModel(map).value) // true
 */
export function clickhouseConformanceAccepts(model: ProcessModel): boolean {
  return (
    model.touchpoints.length <= MAX_TOUCHPOINTS &&
    model.touchpoints.every(
      ({ selector }) =>
        (selector.where ?? []).length === 0 && [...selector.events, ...(selector.channels ?? [])].every(isSendableText),
    )
  )
}

/**
 * Core's `checkConformance` with its per-case work inside ClickHouse: each event's touchpoints
 * (the selectors matched as the bits of one mask), each case's matched events in journey order
 * (timestamp, then ingestion sequence), and the cases grouped by their touchpoint and channel
 * sequences with their count and smallest case ids. Only those groups come back; TypeScript aligns
 * each distinct touchpoint sequence once and tallies (`checkConformanceOfTraces`), so the answer
 * is core's. Cases whose events match no touchpoint are one group, the empty trace.
 *
 * @example
 * await clickhouseConformance(query, { source: storedJourneySource(scope), model })
 * // { totalCases: 1200, fittingCases: 310, fitness: { mean: 0.82, … }, deviations: [ … ], … }
 */
export async function clickhouseConformance(
  query: ClickHouseQuery,
  options: ClickHouseConformanceOptions,
): Promise<ConformanceResult> {
  const { source, model } = options
  if (!clickhouseConformanceAccepts(model))
    throw new RangeError('ClickHouse checks models of at most 64 touchpoints selected by event names and channels')
  const examples = options.exampleCases ?? 5
  if (!(Number.isInteger(examples) && examples >= 0))
    throw new RangeError(`exampleCases must be a natural number, got ${examples}`)
  const rows = await queryRows(
    query,
    `SELECT masks, channels, count(), arraySlice(arraySort(groupArray(customer)), 1, ${examples})
     FROM (
       SELECT customer, arrayMap(x -> x.3, events) AS masks, arrayMap(x -> x.4, events) AS channels
       FROM (
         SELECT customer, arraySort(groupArrayIf((ts, seq, mask, channel), mask != 0)) AS events
         FROM (SELECT customer, ts, seq, ${touchpointMaskSql(model.touchpoints)} AS mask, channel
               FROM ${source.from} WHERE ${source.where})
         GROUP BY customer))
     GROUP BY masks, channels`,
  )
  const traces: ConformanceTrace[] = rows.map(([masks, channels, cases, ids]) => ({
    touchpoints: (masks as string[]).map(touchpointsOfMask),
    channels: channels as (string | null)[],
    cases: integerOf(cases),
    examples: ids as string[],
  }))
  return checkConformanceOfTraces(model, traces, { exampleCases: examples })
}

/** The sum of 2^t over the touchpoints t whose selector matches the row (distinct bits: an OR). */
function touchpointMaskSql(touchpoints: readonly ModelTouchpoint[]): string {
  if (touchpoints.length === 0) return 'toUInt64(0)'
  return touchpoints
    .map(({ selector }, t) => {
      const conditions = [`has(${sqlTextArray(selector.events)}, event_name)`]
      // An event without a channel matches no selector that names channels (core's SelectorBits).
      if (selector.channels !== undefined)
        conditions.push(`has(${sqlTextArray(selector.channels)}, ifNull(channel, ''))`)
      return `if(${conditions.join(' AND ')}, toUInt64(${(1n << BigInt(t)).toString()}), toUInt64(0))`
    })
    .join(' + ')
}

/** The touchpoints of a mask (ClickHouse answers UInt64 as decimal text), in increasing order. */
function touchpointsOfMask(mask: string): number[] {
  const touchpoints: number[] = []
  let bits = BigInt(mask)
  for (let t = 0; bits !== 0n; t++, bits >>= 1n) if ((bits & 1n) === 1n) touchpoints.push(t)
  return touchpoints
}
