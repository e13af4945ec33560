import type { JourneyLog } from './journey-log.js'
import { describeDuration, describePeriod, describeSelector } from './kpi-formula-text.js'
import type {
  ConversionCounting,
  ConversionDetails,
  ConversionRateSpec,
  ConversionSteps,
  DropOffSpec,
  KpiPeriod,
  KpiValueOf,
} from './kpi-spec.js'
import { matchSelector } from './match-selector.js'

/**
 * Conversion rate (percent) = units that reached `to` after `from` ÷ units that reached `from` × 100.
 * A case converts when a `to` event comes after one of its `from` events (a later position in
 * journey order, ties in time broken by ingestion order) within `windowMs` of it; an event
 * matching both selectors can close an earlier start and open a new one. With a period, only
 * events in `[from, to)` count.
 *
 * @example computeConversionRate(log, { kind: 'conversion-rate', from: { events: ['Checkout Started'] }, to: { events: ['Order Completed'] } })
 */
export function computeConversionRate(
  log: JourneyLog,
  spec: ConversionRateSpec,
  period?: KpiPeriod,
): KpiValueOf<'conversion-rate'> {
  const details = countConversions(log, spec, period)
  const { unit, reached, reachedTo } = conversionWords(spec, period)
  return {
    kind: 'conversion-rate',
    value: details.entered === 0 ? null : (details.converted / details.entered) * 100,
    formula: `${unit} ${reachedTo} ÷ ${unit} ${reached} × 100`,
    sampleSize: details.entered,
    unit: 'percent',
    missing: details.entered === 0 ? 'sample' : null,
    details,
  }
}

/**
 * Drop-off (percent) = units that reached `from` and not `to` after it ÷ units that reached
 * `from` × 100: the complement of the conversion rate with the same steps, window and counting.
 *
 * @example computeDropOff(log, { kind: 'drop-off', from: { events: ['Checkout Started'] }, to: { events: ['Order Completed'] }, windowMs: 86_400_000 })
 */
export function computeDropOff(log: JourneyLog, spec: DropOffSpec, period?: KpiPeriod): KpiValueOf<'drop-off'> {
  const details = countConversions(log, spec, period)
  const { unit, reached, missedTo } = conversionWords(spec, period)
  return {
    kind: 'drop-off',
    value: details.entered === 0 ? null : (details.droppedOff / details.entered) * 100,
    formula: `${unit} ${missedTo} ÷ ${unit} ${reached} × 100`,
    sampleSize: details.entered,
    unit: 'percent',
    missing: details.entered === 0 ? 'sample' : null,
    details,
  }
}

/** How many units entered (reached `from`) and converted (reached `to` after it within the window). */
export function countConversions(log: JourneyLog, steps: ConversionSteps, period?: KpiPeriod): ConversionDetails {
  const counting = steps.counting ?? 'case'
  const window = steps.windowMs ?? Number.POSITIVE_INFINITY
  const isFrom = matchSelector(log, steps.from)
  const isTo = matchSelector(log, steps.to)
  const inPeriod = (i: number) => {
    if (period === undefined) return true
    const time = log.time[i] as number
    return time >= period.from && time < period.to
  }
  const customerState = counting === 'customer' ? new Uint8Array(log.customerIds.length) : undefined
  const ENTERED = 1
  const CONVERTED = 2
  let entered = 0
  let converted = 0
  for (let c = 0; c < log.caseCount; c++) {
    const start = log.caseOffsets[c] as number
    const end = log.caseOffsets[c + 1] as number
    if (counting === 'attempt') {
      // Backwards: each start looks at the nearest later `to` event, the earliest one after it.
      let nextTo = Number.POSITIVE_INFINITY
      for (let i = end - 1; i >= start; i--) {
        if (!inPeriod(i)) continue
        const time = log.time[i] as number
        if (isFrom[i]) {
          entered++
          if (nextTo - time <= window) converted++
        }
        if (isTo[i]) nextTo = time
      }
      continue
    }
    let lastFrom = Number.NaN
    let caseEntered = false
    let caseConverted = false
    for (let i = start; i < end && !caseConverted; i++) {
      if (!inPeriod(i)) continue
      const time = log.time[i] as number
      if (isTo[i] && caseEntered && time - lastFrom <= window) caseConverted = true
      if (isFrom[i]) {
        caseEntered = true
        lastFrom = time
      }
    }
    if (customerState !== undefined) {
      const customer = log.caseCustomer[c] as number
      if (caseEntered) customerState[customer] = (customerState[customer] as number) | ENTERED
      if (caseConverted) customerState[customer] = (customerState[customer] as number) | CONVERTED
    } else {
      if (caseEntered) entered++
      if (caseConverted) converted++
    }
  }
  if (customerState !== undefined)
    for (const state of customerState) {
      if (state & ENTERED) entered++
      if (state & CONVERTED) converted++
    }
  return {
    counting,
    windowMs: steps.windowMs ?? null,
    entered,
    converted,
    droppedOff: entered - converted,
  }
}

const UNIT_WORDS: Record<ConversionCounting, string> = {
  case: 'cases',
  customer: 'customers',
  attempt: 'starts',
}

function conversionWords(spec: ConversionSteps, period: KpiPeriod | undefined) {
  const unit = UNIT_WORDS[spec.counting ?? 'case']
  const from = describeSelector(spec.from)
  const to = describeSelector(spec.to)
  const within = spec.windowMs === undefined ? '' : ` within ${describeDuration(spec.windowMs)}`
  const during = period === undefined ? '' : ` in ${describePeriod(period)}`
  const verb = spec.counting === 'attempt' ? 'of' : 'with'
  return {
    unit,
    reached: `${verb} ${from}${during}`,
    reachedTo: `${verb} ${to} after ${from}${within}${during}`,
    missedTo: `${verb} ${from} and no ${to} after it${within}${during}`,
  }
}
