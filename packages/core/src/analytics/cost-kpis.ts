import { type CostRow, filterCosts } from './cost-data.js'
import { countMatchingEvents, describeEventCount } from './event-ratios.js'
import type { JourneyLog } from './journey-log.js'
import { describePeriod } from './kpi-formula-text.js'
import type { CostPerEventSpec, CostSelection, KpiMissing, KpiPeriod, KpiValueOf } from './kpi-spec.js'

const COST_WORDS: Record<CostPerEventSpec['kind'], string> = {
  cpc: 'clicks',
  cpl: 'leads',
  'cost-per-conversion': 'conversions',
}

/**
 * CPC, CPL or cost per conversion (currency) = the selected cost ÷ the number of clicks, leads or
 * conversions (`spec.events`), both over the period (cost rows by day, events by time). Null when no
 * cost row is given or selected (`missing: 'costs'`: no row is not a cost of 0), the selected rows mix
 * currencies, or nothing was counted.
 *
 * @example computeCostPerEvent(log, { kind: 'cpc', events: { events: ['Ad Clicked'] }, costs: { channels: ['advertising'] } }, costRows)
 */
export function computeCostPerEvent(
  log: JourneyLog,
  spec: CostPerEventSpec,
  costs: readonly CostRow[] | undefined,
  period?: KpiPeriod,
): KpiValueOf<CostPerEventSpec['kind']> {
  const counting = spec.counting ?? 'events'
  const events = countMatchingEvents(log, spec.events, counting, period)
  const rows =
    costs === undefined ? [] : filterCosts(costs, { ...spec.costs, ...(period === undefined ? {} : { period }) })
  let cost = 0
  for (const row of rows) cost += row.amount
  const currencies = new Set(rows.flatMap((row) => (row.currency === null ? [] : [row.currency])))
  const missing: KpiMissing | null =
    rows.length === 0 ? 'costs' : currencies.size > 1 ? 'mixed-currencies' : events === 0 ? 'sample' : null
  return {
    kind: spec.kind,
    value: missing === null ? cost / events : null,
    formula: `cost (${describeCostSelection(spec.costs, period)}) ÷ ${COST_WORDS[spec.kind]} (${describeEventCount(spec.events, counting, period)})`,
    sampleSize: events,
    unit: 'currency',
    missing,
    details: {
      counting,
      cost,
      costRows: rows.length,
      currency: currencies.size === 1 ? ([...currencies][0] as string) : null,
      events,
    },
  }
}

function describeCostSelection(selection: CostSelection | undefined, period: KpiPeriod | undefined): string {
  const parts: string[] = []
  if (selection?.channels !== undefined) parts.push(`channels ${selection.channels.join(', ')}`)
  if (selection?.campaigns !== undefined) parts.push(`campaigns ${selection.campaigns.join(', ')}`)
  if (parts.length === 0) parts.push('all rows')
  if (period !== undefined) parts.push(`days in ${describePeriod(period)}`)
  return parts.join('; ')
}
