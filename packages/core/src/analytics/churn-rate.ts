import type { EventSelector } from '../events/event-selector.schema.js'
import type { JourneyLog } from './journey-log.js'
import { describeSelector } from './kpi-formula-text.js'
import type { ChurnDetails, ChurnRateSpec, KpiPeriod, KpiValueOf } from './kpi-spec.js'
import { matchSelector } from './match-selector.js'

const DAY = 86_400_000

/**
 * Churn rate (percent) = customers lost in the period `[from, to)` ÷ customers at its start × 100,
 * by customer over all their cases. It reads the events before the period too, so the log must not
 * be cut to the period. Without a period the value is null (`missing: 'period'`).
 *
 * - `cancel-event`: a customer is one at the start when their latest status event before `from`
 *   (a start event, by default any event that is not a cancel, or a cancel event; journey order)
 *   is a start; they are lost when a cancel event falls in the period, even if they come back.
 * - `inactivity`: a customer is active at an instant when an activity event (default: any event)
 *   falls in the `inactivityDays` days before it; lost = active at `from` and not active at `to`.
 *
 * @example computeChurnRate(log, { kind: 'churn-rate', basis: 'inactivity', inactivityDays: 90 }, { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 3, 1) })
 */
export function computeChurnRate(log: JourneyLog, spec: ChurnRateSpec, period?: KpiPeriod): KpiValueOf<'churn-rate'> {
  const inactivityDays = spec.basis === 'inactivity' ? spec.inactivityDays : null
  if (inactivityDays !== null && !(inactivityDays > 0))
    throw new RangeError(`inactivityDays must be above 0, got ${inactivityDays}`)
  const formula = churnFormula(spec, period)
  if (period === undefined) {
    const details: ChurnDetails = {
      basis: spec.basis,
      period: null,
      inactivityDays,
      customersAtStart: 0,
      customersLost: 0,
    }
    return { kind: 'churn-rate', value: null, formula, sampleSize: 0, unit: 'percent', missing: 'period', details }
  }
  const { customersAtStart, customersLost } =
    spec.basis === 'cancel-event'
      ? countCancellations(log, spec.cancel, spec.start, period)
      : countInactive(log, spec.activity, (inactivityDays as number) * DAY, period)
  return {
    kind: 'churn-rate',
    value: customersAtStart === 0 ? null : (customersLost / customersAtStart) * 100,
    formula,
    sampleSize: customersAtStart,
    unit: 'percent',
    missing: customersAtStart === 0 ? 'sample' : null,
    details: { basis: spec.basis, period, inactivityDays, customersAtStart, customersLost },
  }
}

interface ChurnCounts {
  readonly customersAtStart: number
  readonly customersLost: number
}

function countCancellations(
  log: JourneyLog,
  cancelSelector: EventSelector,
  startSelector: EventSelector | undefined,
  period: KpiPeriod,
): ChurnCounts {
  const isCancel = matchSelector(log, cancelSelector)
  const isStart = startSelector === undefined ? undefined : matchSelector(log, startSelector)
  const customers = log.customerIds.length
  const statusTime = new Float64Array(customers).fill(Number.NEGATIVE_INFINITY)
  const statusSeq = new Float64Array(customers).fill(Number.NEGATIVE_INFINITY)
  const isCustomer = new Uint8Array(customers)
  const cancelled = new Uint8Array(customers)
  for (let c = 0; c < log.caseCount; c++) {
    const customer = log.caseCustomer[c] as number
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++) {
      const time = log.time[i] as number
      const cancel = isCancel[i] === 1
      if (time >= period.from) {
        if (cancel && time < period.to) cancelled[customer] = 1
        continue
      }
      if (!cancel && isStart !== undefined && !isStart[i]) continue
      const seq = log.seq[i] as number
      const latestTime = statusTime[customer] as number
      if (time > latestTime || (time === latestTime && seq > (statusSeq[customer] as number))) {
        statusTime[customer] = time
        statusSeq[customer] = seq
        isCustomer[customer] = cancel ? 0 : 1
      }
    }
  }
  return tallyLost(isCustomer, (customer) => cancelled[customer] === 1)
}

function countInactive(
  log: JourneyLog,
  activitySelector: EventSelector | undefined,
  inactivityMs: number,
  period: KpiPeriod,
): ChurnCounts {
  const isActivity = activitySelector === undefined ? undefined : matchSelector(log, activitySelector)
  const customers = log.customerIds.length
  const activeAtStart = new Uint8Array(customers)
  const activeAtEnd = new Uint8Array(customers)
  for (let c = 0; c < log.caseCount; c++) {
    const customer = log.caseCustomer[c] as number
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++) {
      if (isActivity !== undefined && !isActivity[i]) continue
      const time = log.time[i] as number
      if (time >= period.from - inactivityMs && time < period.from) activeAtStart[customer] = 1
      if (time >= period.to - inactivityMs && time < period.to) activeAtEnd[customer] = 1
    }
  }
  return tallyLost(activeAtStart, (customer) => activeAtEnd[customer] === 0)
}

function tallyLost(atStart: Uint8Array, isLost: (customer: number) => boolean): ChurnCounts {
  let customersAtStart = 0
  let customersLost = 0
  atStart.forEach((flag, customer) => {
    if (!flag) return
    customersAtStart++
    if (isLost(customer)) customersLost++
  })
  return { customersAtStart, customersLost }
}

function churnFormula(spec: ChurnRateSpec, period: KpiPeriod | undefined): string {
  const from = period === undefined ? 'the period start' : new Date(period.from).toISOString()
  const to = period === undefined ? 'the period end' : new Date(period.to).toISOString()
  if (spec.basis === 'cancel-event') {
    const cancel = describeSelector(spec.cancel)
    const start = spec.start === undefined ? 'any other event' : describeSelector(spec.start)
    return (
      `customers at ${from} with ${cancel} before ${to} ÷ customers at ${from} × 100 ` +
      `(a customer at an instant: latest of ${start} or ${cancel} before it is not ${cancel})`
    )
  }
  const activity = spec.activity === undefined ? 'any event' : describeSelector(spec.activity)
  const days = `${spec.inactivityDays} days`
  return (
    `customers active at ${from} and not at ${to} ÷ customers active at ${from} × 100 ` +
    `(active at an instant: ${activity} in the ${days} before it)`
  )
}
