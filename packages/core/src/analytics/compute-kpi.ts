import { assertNever } from '../shared/result.js'
import { computeChurnRate } from './churn-rate.js'
import { computeConversionRate, computeDropOff } from './conversion-rate.js'
import type { CostRow } from './cost-data.js'
import { computeCostPerEvent } from './cost-kpis.js'
import { computeClv } from './customer-lifetime-value.js'
import { computeCtr, computeOpenRate } from './event-ratios.js'
import type { JourneyLog } from './journey-log.js'
import type { KpiPeriod, KpiSpec, KpiValue } from './kpi-spec.js'
import { computeCes, computeCsat, computeNps } from './survey-scores.js'

/** What a KPI needs besides the log. */
export interface ComputeKpiOptions {
  /** Imported cost rows (`parseCostCsv`), for CPC, CPL and cost per conversion. */
  readonly costs?: readonly CostRow[]
  /**
   * The analysis period `[from, to)`, epoch ms: events outside it are not counted (cost rows by
   * day); churn reads the history before it to know who was a customer at its start.
   */
  readonly period?: KpiPeriod
}

/**
 * Measures one KPI on a journey log (already filtered by segment or channel with `applyFilter`):
 * the value with the formula actually used, the sample size, the unit and the counts behind it.
 *
 * @example computeKpi(log, { kind: 'nps' })
 * // → { kind: 'nps', value: 20, sampleSize: 10, unit: 'score', missing: null,
 * //     formula: '%promoters(9–10) − %detractors(0–6) on 0–10 of …', details: { promoters: 4, … } }
 */
export function computeKpi(log: JourneyLog, spec: KpiSpec, options: ComputeKpiOptions = {}): KpiValue {
  const period = options.period
  switch (spec.kind) {
    case 'nps':
      return computeNps(log, spec, period)
    case 'csat':
      return computeCsat(log, spec, period)
    case 'ces':
      return computeCes(log, spec, period)
    case 'conversion-rate':
      return computeConversionRate(log, spec, period)
    case 'drop-off':
      return computeDropOff(log, spec, period)
    case 'churn-rate':
      return computeChurnRate(log, spec, period)
    case 'clv':
      return computeClv(log, spec, period)
    case 'ctr':
      return computeCtr(log, spec, period)
    case 'open-rate':
      return computeOpenRate(log, spec, period)
    case 'cpc':
    case 'cpl':
    case 'cost-per-conversion':
      return computeCostPerEvent(log, spec, options.costs, period)
    default:
      return assertNever(spec)
  }
}
