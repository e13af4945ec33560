import type { EventSelector } from '../events/event-selector.schema.js'
import type { JourneyLog } from './journey-log.js'
import { describePeriod, describeSelector } from './kpi-formula-text.js'
import type { CtrSpec, EventCounting, KpiPeriod, KpiValueOf, OpenRateSpec } from './kpi-spec.js'
import { matchSelector } from './match-selector.js'

/**
 * CTR (percent) = clicks ÷ impressions × 100, counting matching events (default) or distinct
 * customers. Clicks are not required to follow an impression: the two are counted apart, so the
 * value can exceed 100 when the impressions are under-tracked.
 *
 * @example computeCtr(log, { kind: 'ctr', clicks: { events: ['Ad Clicked'] }, impressions: { events: ['Ad Viewed'] } })
 */
export function computeCtr(log: JourneyLog, spec: CtrSpec, period?: KpiPeriod): KpiValueOf<'ctr'> {
  return { kind: 'ctr', ...eventRatio(log, spec.clicks, spec.impressions, spec.counting ?? 'events', period) }
}

/**
 * Open rate (percent) = opens ÷ delivered × 100, counting matching events (default) or distinct customers.
 *
 * @example computeOpenRate(log, { kind: 'open-rate', opens: { events: ['Email Opened'] }, delivered: { events: ['Email Delivered'] } })
 */
export function computeOpenRate(log: JourneyLog, spec: OpenRateSpec, period?: KpiPeriod): KpiValueOf<'open-rate'> {
  return { kind: 'open-rate', ...eventRatio(log, spec.opens, spec.delivered, spec.counting ?? 'events', period) }
}

/**
 * How many events match the selector in the period, or how many distinct customers have one.
 */
export function countMatchingEvents(
  log: JourneyLog,
  selector: EventSelector,
  counting: EventCounting,
  period?: KpiPeriod,
): number {
  const matches = matchSelector(log, selector)
  const seen = counting === 'customers' ? new Uint8Array(log.customerIds.length) : undefined
  let count = 0
  for (let c = 0; c < log.caseCount; c++) {
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++) {
      if (!matches[i]) continue
      if (period !== undefined) {
        const time = log.time[i] as number
        if (time < period.from || time >= period.to) continue
      }
      if (seen === undefined) count++
      else {
        const customer = log.caseCustomer[c] as number
        if (!seen[customer]) {
          seen[customer] = 1
          count++
        }
        break
      }
    }
  }
  return count
}

/** The words of a count: `Ad Clicked events`, `customers with Ad Clicked`, with the period when given. */
export function describeEventCount(selector: EventSelector, counting: EventCounting, period?: KpiPeriod): string {
  const during = period === undefined ? '' : ` in ${describePeriod(period)}`
  return counting === 'events'
    ? `${describeSelector(selector)} events${during}`
    : `customers with ${describeSelector(selector)}${during}`
}

function eventRatio(
  log: JourneyLog,
  numeratorSelector: EventSelector,
  denominatorSelector: EventSelector,
  counting: EventCounting,
  period: KpiPeriod | undefined,
) {
  const numerator = countMatchingEvents(log, numeratorSelector, counting, period)
  const denominator = countMatchingEvents(log, denominatorSelector, counting, period)
  return {
    value: denominator === 0 ? null : (numerator / denominator) * 100,
    formula: `${describeEventCount(numeratorSelector, counting, period)} ÷ ${describeEventCount(denominatorSelector, counting, period)} × 100`,
    sampleSize: denominator,
    unit: 'percent' as const,
    missing: denominator === 0 ? ('sample' as const) : null,
    details: { counting, numerator, denominator },
  }
}
