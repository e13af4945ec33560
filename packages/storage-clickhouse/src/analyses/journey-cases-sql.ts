import { type JourneyInput, sourceOf } from './journey-source.js'

/**
 * SQL for each case (a customer of the project) with its events in journey order: one row per
 * customer with `events`, the array of `element` tuples sorted (arraySort on tuples whose first
 * members are `ts, seq`: timestamp, then ingestion sequence). On a Distributed table the GROUP BY
 * runs in two stages (partial arrays on the shards, merged on the initiator), so a customer's
 * rows may live on any shards.
 *
 * @example journeyCasesSql({ table: 'journey', project: 'p1' }, '(ts, seq, name)')
 */
export function journeyCasesSql(input: JourneyInput, element: string, where = '1'): string {
  const source = sourceOf(input)
  return `SELECT customer, arraySort(groupArray(${element})) AS events
    FROM ${source.from}
    WHERE (${source.where}) AND (${where})
    GROUP BY customer`
}
