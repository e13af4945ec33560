import type { JourneyLog } from './journey-log.js'
import { NONE } from './journey-log.js'
import { describePeriod, describeSelector } from './kpi-formula-text.js'
import { type ClvSpec, DEFAULT_REVENUE_PATH, type KpiPeriod, type KpiValueOf } from './kpi-spec.js'
import { matchSelector } from './match-selector.js'

const DECIMAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/

/**
 * Simple CLV (currency) = average order value × purchase frequency × expected lifetime
 * [× gross margin]: (revenue ÷ orders) × (orders ÷ ordering customers) × lifetime, over the
 * orders in the period (the whole log without one), so the lifetime is a number of such periods
 * (or 1 ÷ the churn rate per period). An order whose amount is missing, not a number or negative
 * is left out and counted in `details.ordersWithoutRevenue`.
 *
 * @example computeClv(log, { kind: 'clv', orders: { events: ['Order Completed'] }, lifetime: { type: 'periods', periods: 3 } })
 */
export function computeClv(log: JourneyLog, spec: ClvSpec, period?: KpiPeriod): KpiValueOf<'clv'> {
  const expectedLifetime = lifetimeOf(spec)
  const grossMargin = spec.grossMargin ?? null
  if (grossMargin !== null && !(grossMargin >= 0 && grossMargin <= 1))
    throw new RangeError(`grossMargin must be a fraction from 0 to 1, got ${grossMargin}`)
  const revenuePath = spec.revenuePath ?? DEFAULT_REVENUE_PATH
  const isOrder = matchSelector(log, spec.orders)
  const column = log.property(revenuePath)
  const amounts = Float64Array.from(column.values, amountOf)
  const ordered = new Uint8Array(log.customerIds.length)
  let customers = 0
  let orders = 0
  let revenue = 0
  let ordersWithoutRevenue = 0
  for (let c = 0; c < log.caseCount; c++) {
    const customer = log.caseCustomer[c] as number
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++) {
      if (!isOrder[i]) continue
      if (period !== undefined) {
        const time = log.time[i] as number
        if (time < period.from || time >= period.to) continue
      }
      const code = column.codes[i] as number
      const amount = code === NONE ? Number.NaN : (amounts[code] as number)
      if (Number.isNaN(amount)) {
        ordersWithoutRevenue++
        continue
      }
      orders++
      revenue += amount
      if (!ordered[customer]) {
        ordered[customer] = 1
        customers++
      }
    }
  }
  const averageOrderValue = orders === 0 ? null : revenue / orders
  const purchaseFrequency = customers === 0 ? null : orders / customers
  const value =
    averageOrderValue === null || purchaseFrequency === null
      ? null
      : averageOrderValue * purchaseFrequency * expectedLifetime * (grossMargin ?? 1)
  const lifetimeWords =
    spec.lifetime.type === 'periods'
      ? `expected lifetime (${expectedLifetime} periods)`
      : `expected lifetime (1 ÷ churn rate ${spec.lifetime.churnRate} = ${expectedLifetime} periods)`
  const margin = grossMargin === null ? '' : ` × gross margin (${grossMargin})`
  const during = period === undefined ? 'the whole log' : describePeriod(period)
  return {
    kind: 'clv',
    value,
    formula:
      `average order value (revenue ÷ orders) × purchase frequency (orders ÷ customers) × ${lifetimeWords}${margin}; ` +
      `orders: ${describeSelector(spec.orders)} with ${revenuePath}, period: ${during}`,
    sampleSize: customers,
    unit: 'currency',
    missing: value === null ? 'sample' : null,
    details: {
      customers,
      orders,
      revenue,
      ordersWithoutRevenue,
      averageOrderValue,
      purchaseFrequency,
      expectedLifetime,
      grossMargin,
    },
  }
}

function lifetimeOf(spec: ClvSpec): number {
  const lifetime = spec.lifetime
  if (lifetime.type === 'periods') {
    if (!(lifetime.periods > 0)) throw new RangeError(`lifetime periods must be above 0, got ${lifetime.periods}`)
    return lifetime.periods
  }
  if (!(lifetime.churnRate > 0 && lifetime.churnRate <= 1))
    throw new RangeError(`churnRate must be a fraction above 0 and at most 1, got ${lifetime.churnRate}`)
  return 1 / lifetime.churnRate
}

/** An order amount: a number or a decimal text, 0 or more; NaN otherwise. */
function amountOf(value: unknown): number {
  const amount =
    typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value) ? Number(value) : NaN
  return Number.isFinite(amount) && amount >= 0 ? amount : Number.NaN
}
