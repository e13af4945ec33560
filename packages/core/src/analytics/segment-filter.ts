import type { Segment, SegmentCondition } from '../persona/segment.schema.js'
import type { Channel } from '../shared/channel.js'
import type { JourneyLog } from './journey-log.js'
import { matchSelector, traitPredicateHolds } from './match-selector.js'
import { selectCases, selectEvents, timeMask } from './select-log.js'

/**
 * Which journeys an analysis looks at. A segment keeps the cases of the customers in it (a
 * customer's traits, what they did and the channels they used, over all their events); `channels`
 * and the date range `[from, to)` keep only the events on those channels and in that period.
 */
export interface AnalysisFilter {
  readonly segment?: Segment
  readonly channels?: readonly Channel[]
  /** Epoch ms, inclusive. */
  readonly from?: number
  /** Epoch ms, exclusive. */
  readonly to?: number
}

/** The log an analysis runs on once the filter is applied: segment first (on whole customers), then events. */
export function applyFilter(log: JourneyLog, filter: AnalysisFilter = {}): JourneyLog {
  let result = log
  if (filter.segment !== undefined) result = selectCases(result, segmentCaseMask(result, filter.segment))
  if (filter.channels !== undefined) {
    const wanted = new Set<string>(filter.channels)
    const keep = new Uint8Array(result.eventCount)
    for (let i = 0; i < result.eventCount; i++) {
      const code = result.channel[i] as number
      keep[i] = code >= 0 && wanted.has(result.channels[code] as string) ? 1 : 0
    }
    result = selectEvents(result, keep)
  }
  if (filter.from !== undefined || filter.to !== undefined)
    result = selectEvents(result, timeMask(result, filter.from, filter.to))
  return result
}

/** The cases whose customer belongs to the segment. */
export function segmentCaseMask(log: JourneyLog, segment: Segment): Uint8Array {
  const inSegment = segmentCustomerMask(log, segment)
  const keep = new Uint8Array(log.caseCount)
  for (let c = 0; c < log.caseCount; c++) keep[c] = inSegment[log.caseCustomer[c] as number] as number
  return keep
}

/** The customers (indexes into `customerIds`) who belong to the segment. */
export function segmentCustomerMask(log: JourneyLog, segment: Segment): Uint8Array {
  const results = segment.conditions.map((condition) => conditionCustomers(log, condition))
  const mask = new Uint8Array(log.customerIds.length)
  for (let customer = 0; customer < mask.length; customer++) {
    const holds = results.map((result) => result[customer] === 1)
    mask[customer] = (segment.match === 'all' ? holds.every(Boolean) : holds.some(Boolean)) ? 1 : 0
  }
  return mask
}

function conditionCustomers(log: JourneyLog, condition: SegmentCondition): Uint8Array {
  const customers = new Uint8Array(log.customerIds.length)
  switch (condition.kind) {
    case 'trait':
      log.customerTraits.forEach((traits, customer) => {
        customers[customer] = traitPredicateHolds(condition.predicate, traits) ? 1 : 0
      })
      return customers
    case 'performed': {
      const matches = matchSelector(log, condition.selector)
      const counts = new Int32Array(log.customerIds.length)
      forEachEventCustomer(log, (i, customer) => {
        if (matches[i]) counts[customer] = (counts[customer] as number) + 1
      })
      const minCount = condition.minCount ?? 1
      counts.forEach((count, customer) => {
        customers[customer] = count >= minCount ? 1 : 0
      })
      return customers
    }
    case 'channel': {
      const wanted = log.channels.map((channel) => (condition.channels as readonly string[]).includes(channel))
      forEachEventCustomer(log, (i, customer) => {
        const code = log.channel[i] as number
        if (code >= 0 && wanted[code]) customers[customer] = 1
      })
      return customers
    }
  }
}

function forEachEventCustomer(log: JourneyLog, visit: (position: number, customer: number) => void): void {
  for (let c = 0; c < log.caseCount; c++) {
    const customer = log.caseCustomer[c] as number
    for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++) visit(i, customer)
  }
}
