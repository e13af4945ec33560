import type { JourneyTable } from './query-rows.js'
import { sqlText, tableIdentifier } from './sql-text-literal.js'

/**
 * SQL for each case (a customer of the project) with its events in journey order: one row per
 * customer with `events`, the array of `element` tuples sorted (arraySort on tuples whose first
 * members are `ts, seq`: timestamp, then ingestion sequence). The GROUP BY runs in two stages on
 * a Distributed table (partial arrays on the shards, merged on the initiator), so a customer's
 * rows may live on any shards.
 *
 * @example journeyCasesSql({ table: 'journey', project: 'p1' }, '(ts, seq, name)')
 */
export function journeyCasesSql(source: JourneyTable, element: string, where = '1'): string {
  return `SELECT customer, arraySort(groupArray(${element})) AS events
    FROM ${tableIdentifier(source.table)}
    WHERE project = ${sqlText(source.project)} AND (${where})
    GROUP BY customer`
}
