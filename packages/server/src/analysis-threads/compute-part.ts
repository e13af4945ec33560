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

/**
 * Work cut into chunks of cases that threads claim one at a time from a shared counter until none
 * is left, so that a faster thread takes more of them.
 */
export interface ChunkedWork {
  readonly columns: SharedJourneyColumns
  /** Chunk i is cases `bounds[i]` to `bounds[i + 1] − 1`. */
  readonly bounds: readonly number[]
  /** Element 0: the next chunk to claim (read and increased with Atomics, by every thread). */
  readonly next: Int32Array
  readonly work: PartWork
}

/** The result of one chunk. */
export interface ChunkResult {
  readonly chunk: number
  readonly result: PartResult
}

/** Claims and computes chunks until none is left; answers the ones this thread did. */
export function computeChunks(chunked: ChunkedWork): ChunkResult[] {
  const { columns, bounds, next, work } = chunked
  const results: ChunkResult[] = []
  for (let chunk = Atomics.add(next, 0, 1); chunk < bounds.length - 1; chunk = Atomics.add(next, 0, 1))
    results.push({ chunk, result: computePart(columns, bounds[chunk] as number, bounds[chunk + 1] as number, work) })
  return results
}
