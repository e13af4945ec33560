import { parentPort } from 'node:worker_threads'
import { computePart, type PartResult, type PartWork } from './compute-part.js'
import type { SharedJourneyColumns } from './shared-journey-log.js'

/** A request to a worker thread: `computePart` of these arguments. */
export interface PartRequest {
  /** Echoed in the answer. */
  readonly id: number
  readonly columns: SharedJourneyColumns
  readonly from: number
  readonly to: number
  readonly work: PartWork
}

/** A worker's answer to request `id`: the part's result, or why it failed. */
export type PartAnswer =
  | { readonly id: number; readonly ok: true; readonly result: PartResult }
  | { readonly id: number; readonly ok: false; readonly message: string }

/** The buffers of a result, moved to the receiving thread instead of copied. */
function buffersOf(result: PartResult): ArrayBuffer[] {
  const arrays = Object.values(result).filter((value): value is Int32Array | Float64Array => ArrayBuffer.isView(value))
  return [...new Set(arrays.map((array) => array.buffer))].filter(
    (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer,
  )
}

// The worker thread's entry: answers each request, its result's buffers transferred.
parentPort?.on('message', (request: PartRequest) => {
  try {
    const result = computePart(request.columns, request.from, request.to, request.work)
    parentPort?.postMessage({ id: request.id, ok: true, result } satisfies PartAnswer, buffersOf(result))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    parentPort?.postMessage({ id: request.id, ok: false, message } satisfies PartAnswer)
  }
})
