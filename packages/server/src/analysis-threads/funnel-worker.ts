import { parentPort } from 'node:worker_threads'
import { collectFunnelUnits, type FunnelSpec, type FunnelUnits, sliceCases } from '@parcours/core'
import { journeyLogOfColumns, type SharedJourneyColumns } from './shared-journey-log.js'

/** A request to a funnel worker: the units of cases `from` to `to − 1`. */
export interface FunnelPartRequest {
  /** Echoed in the answer. */
  readonly id: number
  readonly columns: SharedJourneyColumns
  /** A spec whose units never span two cases (core's `funnelByCase`). */
  readonly spec: FunnelSpec
  readonly from: number
  readonly to: number
  /** The breakdown property's path, when the funnel has a breakdown. */
  readonly attributionPath?: string
}

/** A worker's answer to request `id`: the units, or why it failed. */
export type FunnelPartAnswer =
  | { readonly id: number; readonly ok: true; readonly units: FunnelUnits }
  | { readonly id: number; readonly ok: false; readonly message: string }

// The worker thread's entry: answers each request with the units, their buffers transferred.
parentPort?.on('message', (request: FunnelPartRequest) => {
  try {
    const log = journeyLogOfColumns(request.columns)
    const codes = request.attributionPath === undefined ? undefined : log.property(request.attributionPath).codes
    const units = collectFunnelUnits(sliceCases(log, request.from, request.to), request.spec, codes)
    parentPort?.postMessage({ id: request.id, ok: true, units } satisfies FunnelPartAnswer, [
      units.reached.buffer as ArrayBuffer,
      units.durations.buffer as ArrayBuffer,
      units.attribution.buffer as ArrayBuffer,
    ])
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    parentPort?.postMessage({ id: request.id, ok: false, message } satisfies FunnelPartAnswer)
  }
})
