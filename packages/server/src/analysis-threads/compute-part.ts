import {
  collectFunnelUnits,
  countDirectlyFollows,
  type DirectlyFollowsPart,
  type FunnelSpec,
  type FunnelUnits,
  sliceCases,
} from '@parcours/core'
import { journeyLogOfColumns, type SharedJourneyColumns } from './shared-journey-log.js'

/** The per-case work done on cases `from` to `to − 1` of a log, on any thread. */
export type PartWork =
  /** A funnel's units; the spec's units never span two cases (core's `funnelByCase`). */
  | { readonly kind: 'funnel'; readonly spec: FunnelSpec; readonly attributionPath?: string }
  /** The directly-follows counts of the events' names (the `name` classifier). */
  | { readonly kind: 'process-map' }

export type PartResult = FunnelUnits | DirectlyFollowsPart

/** Does the work on cases `from` to `to − 1` of the log the columns carry. */
export function computePart(columns: SharedJourneyColumns, from: number, to: number, work: PartWork): PartResult {
  const log = sliceCases(journeyLogOfColumns(columns), from, to)
  if (work.kind === 'process-map') return countDirectlyFollows(log, log.name, log.names.length)
  const codes = work.attributionPath === undefined ? undefined : log.property(work.attributionPath).codes
  return collectFunnelUnits(log, work.spec, codes)
}
