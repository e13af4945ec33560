import type { JourneyTable } from './query-rows.js'
import { sqlText, tableIdentifier } from './sql-text-literal.js'

declare const builtHere: unique symbol

/**
 * The rows an analysis reads, as SQL this package built (values escaped): one row per journey
 * event with the columns `customer` (the case), `ts` (epoch ms), `seq` (ingestion sequence, the
 * tie-break of equal timestamps) and `name` (the activity). `from` is what follows FROM (a table,
 * or a parenthesised subquery) and `where` the condition that keeps the project's rows; they stay
 * apart so that a Distributed table is grouped on its shards.
 */
export interface JourneySource {
  readonly from: string
  readonly where: string
  readonly [builtHere]: true
}

/** What the analyses read: a flat journey table (benchmarks, tests) or a source built by this package. */
export type JourneyInput = JourneyTable | { readonly source: JourneySource }

/**
 * A source from SQL fragments. Only this package calls it, with values already escaped.
 *
 * @example journeySourceOf('events', "project = 'acme'")
 */
export function journeySourceOf(from: string, where: string): JourneySource {
  return { from, where } as JourneySource
}

/**
 * The source of an analysis input: the source itself, or the rows of a flat table's project.
 *
 * @example sourceOf({ table: 'journey', project: 'p1' }) // { from: 'journey', where: "project = 'p1'" }
 */
export function sourceOf(input: JourneyInput): JourneySource {
  if ('source' in input) return input.source
  return journeySourceOf(tableIdentifier(input.table), `project = ${sqlText(input.project)}`)
}
