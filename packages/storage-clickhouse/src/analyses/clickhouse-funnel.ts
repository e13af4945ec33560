import {
  type EventSelector,
  err,
  type FunnelResult,
  type FunnelSpec,
  type FunnelSpecProblem,
  type FunnelStepResult,
  funnelSpecProblems,
  ok,
  type Result,
} from '@parcours/core'
import { durationStatisticsSql, durationSummaryOf } from './duration-order-statistics.js'
import { journeyCasesSql } from './journey-cases-sql.js'
import type { JourneyInput } from './journey-source.js'
import { type ClickHouseQuery, integerOf, queryRows } from './query-rows.js'
import { isSendableText, sqlTextArray } from './sql-text-literal.js'

/** The funnel's input (its `name` must be the event name: selectors name events) and the spec. */
export type ClickHouseFunnelOptions = JourneyInput & {
  readonly spec: FunnelSpec
}

/**
 * What `clickhouseFunnel` cannot compute, on top of core's own rules (`funnelSpecProblems`): it
 * runs ordered funnels whose selectors name events only, without step windows or a breakdown.
 * Optional steps, exclusions and every `countBy` are supported.
 *
 * @example clickhouseFunnelProblems({ ...spec, mode: 'strict' }) // [{ path: ['mode'], message: 'ClickHouse runs ordered funnels only' }]
 */
export function clickhouseFunnelProblems(spec: FunnelSpec): FunnelSpecProblem[] {
  const problems = funnelSpecProblems(spec)
  if (spec.mode !== 'ordered') problems.push({ path: ['mode'], message: 'ClickHouse runs ordered funnels only' })
  if (spec.breakdown !== undefined)
    problems.push({ path: ['breakdown'], message: 'ClickHouse funnels have no breakdown' })
  const byNameOnly = (selector: EventSelector) =>
    selector.channels === undefined && selector.where === undefined && selector.events.every(isSendableText)
  spec.steps.forEach((step, index) => {
    if (step.window !== undefined)
      problems.push({ path: ['steps', index, 'window'], message: 'ClickHouse funnels have no step windows' })
    if (!byNameOnly(step.selector))
      problems.push({
        path: ['steps', index, 'selector'],
        message: 'ClickHouse funnels select events by name only (names sendable as UTF-8)',
      })
  })
  spec.exclusions.forEach((exclusion, index) => {
    if (!byNameOnly(exclusion.selector))
      problems.push({
        path: ['exclusions', index, 'selector'],
        message: 'ClickHouse funnels select events by name only (names sendable as UTF-8)',
      })
  })
  return problems
}

/**
 * Core's `computeFunnel` for an ordered funnel, computed inside ClickHouse; only the step counts
 * and the time-to-convert order statistics come back. Per case (a customer), the events matching
 * some step or exclusion are sorted into journey order (ts, then seq) as bits per event, then
 * array functions follow core's scan: every step-1 event opens an attempt (`r0`); step j's
 * arrival is the first match after the previous required step's arrival (`arrayFirstIndex`),
 * kept when within the window of the attempt's first event; exclusions drop attempts; each
 * attempt gets core's depth key (deepest step × 64 + steps reached) and a case counts once with
 * its deepest attempt, the earliest on ties (`indexOf` of the maximum). `attempt` counts every
 * attempt instead (ARRAY JOIN). windowFunnel is not used: it keeps the latest start per level and
 * does not break equal timestamps by seq. Specs outside `clickhouseFunnelProblems` answer an error.
 *
 * Cost: per case, O(attempts × matching events × steps) (each arrival is a scan), in memory on
 * the initiator of a Distributed query.
 *
 * @example
 * const result = await clickhouseFunnel((sql) => server.query(sql), { table: 'journey', project: 'p1', spec })
 * if (result.ok) result.value.steps[1]?.count
 */
export async function clickhouseFunnel(
  query: ClickHouseQuery,
  options: ClickHouseFunnelOptions,
): Promise<Result<FunnelResult, FunnelSpecProblem[]>> {
  const { spec } = options
  const problems = clickhouseFunnelProblems(spec)
  if (problems.length > 0) return err(problems)
  const k = spec.steps.length
  const [row] = await queryRows(query, funnelSql(options))
  const [units, counts, statistics] = row ?? []
  const reached = (counts as unknown[]).map(integerOf)
  const first = integerOf(units)
  let previousRequired = first
  const steps = spec.steps.map((step, j): FunnelStepResult => {
    const count = j === 0 ? first : (reached[j - 1] as number)
    const previous = j === 0 ? first : previousRequired
    const optional = step.optional === true
    if (!optional) previousRequired = count
    return {
      name: step.name,
      optional,
      count,
      conversionFromFirst: ratio(count, first),
      conversionFromPrevious: ratio(count, previous),
      dropOff: previous - count,
      timeToConvert: j === 0 ? null : durationSummaryOf((statistics as unknown[])[j - 1]),
    }
  })
  if (steps.length !== k) throw new Error('ClickHouse answered a funnel of another length')
  return ok({ countBy: spec.countBy, steps })
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

/** The whole funnel query: one row of [units, [units reaching step 2…k], [duration statistics of steps 2…k]]. */
function funnelSql(options: ClickHouseFunnelOptions): string {
  const { spec } = options
  const k = spec.steps.length
  const selectors = [
    ...spec.steps.map((step) => step.selector),
    ...spec.exclusions.map((exclusion) => exclusion.selector),
  ]
  const bits = selectors
    .map((selector, r) => `if(has(${sqlTextArray(selector.events)}, name), ${2 ** r}, 0)`)
    .join(' + ')
  const names = sqlTextArray([...new Set(selectors.flatMap((selector) => selector.events))])
  const cases = journeyCasesSql(options, `(ts, seq, toUInt64(${bits}))`, `has(${names}, name)`)
  // Durations are integers (ms): t − t0 ≤ windowMs exactly when t − t0 ≤ floor(windowMs).
  const window = `toInt64(${Math.min(Math.floor(spec.windowMs), Number.MAX_SAFE_INTEGER)})`
  const steps = Array.from({ length: k }, (_, j) => j)
  const later = steps.slice(1)

  // The previous required step of each step (the first step is required).
  const previousRequired: number[] = []
  let required = 0
  for (const j of steps) {
    previousRequired.push(required)
    if (spec.steps[j]?.optional !== true) required = j
  }
  /** The first event after position `a` whose bit `row` is set (0: none). */
  const nextMatch = (row: number) =>
    `if(a = 0, 0, arrayFirstIndex((x, p) -> p > a AND bitTest(x, ${row}), stepBits, arrayEnumerate(stepBits)))`
  const arrivals = later.map(
    (j) => `arrayMap(a -> ${nextMatch(j)}, arrive${previousRequired[j]}) AS candidate${j},
      arrayMap((a, i) -> if(a != 0 AND times[a] - times[i] <= ${window}, a, 0), candidate${j}, arrive0) AS arrive${j}`,
  )
  const exclusions = spec.exclusions.map((exclusion, x) => {
    const after = (exclusion.afterStep ?? 1) - 1
    const before = (exclusion.beforeStep ?? k) - 1
    return `arrayMap(a -> ${nextMatch(k + x)}, arrive${after}) AS exclusion${x},
      arrayMap((e, c, i) -> e != 0 AND if(c != 0, e < c, times[e] - times[i] <= ${window}), exclusion${x}, arrive${before}, arrive0) AS excluded${x}`
  })
  const arriveParameters = steps.map((j) => `x${j}`)
  const excludedParameters = spec.exclusions.map((_, x) => `y${x}`)
  const depth =
    k === 1
      ? '1'
      : `multiIf(${[...later]
          .reverse()
          .map((j) => `x${j} != 0, ${j + 1}, `)
          .join('')}1)`
  const reachedCount = steps.map((j) => `(x${j} != 0)`).join(' + ')
  const isKept = excludedParameters.length === 0 ? '1' : `NOT (${excludedParameters.join(' OR ')})`
  const keys = `arrayMap((${[...arriveParameters, ...excludedParameters].join(', ')}) -> if(${isKept}, ${depth} * 64 + ${reachedCount}, 0), ${[
    ...steps.map((j) => `arrive${j}`),
    ...spec.exclusions.map((_, x) => `excluded${x}`),
  ].join(', ')}) AS keys`
  const attempts = `SELECT arrayMap(x -> x.1, events) AS times, arrayMap(x -> x.3, events) AS stepBits,
      arrayFilter(i -> bitTest(stepBits[i], 0), arrayEnumerate(stepBits)) AS arrive0,
      ${[...arrivals, ...exclusions, keys].join(',\n      ')}
    FROM (${cases})`
  // One row per counted unit: its arrival positions `at0…` (0: not reached) and its times to convert `took1…`.
  const took = later.map((j) => `times[at${j}] - times[at0] AS took${j}`)
  const unitRows =
    spec.countBy === 'attempt'
      ? `SELECT ${[...steps.map((j) => `at${j}`), ...took].join(', ')}
         FROM (${attempts}) ARRAY JOIN ${steps.map((j) => `arrive${j} AS at${j}`).join(', ')}, keys AS key
         WHERE key > 0`
      : `SELECT ${[...steps.map((j) => `arrive${j}[best] AS at${j}`), ...took].join(', ')}
         FROM (SELECT times, ${steps.map((j) => `arrive${j}`).join(', ')}, indexOf(keys, arrayReduce('max', keys)) AS best
               FROM (${attempts}) WHERE arrayReduce('max', keys) > 0)`
  const reachedSql = later.map((j) => `countIf(at${j} != 0)`).join(', ')
  const statisticsSql = later
    .map((j) => durationStatisticsSql(`arraySort(groupArrayIf(took${j}, at${j} != 0))`))
    .join(', ')
  return `SELECT count(), [${reachedSql}], [${statisticsSql}] FROM (${unitRows})`
}
