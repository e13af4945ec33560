import { parentPort } from 'node:worker_threads'
import { type ChunkedWork, type ChunkResult, computeChunks, type PartResult } from './compute-part.js'

/** A request to a worker thread: claim and compute chunks of this work. */
export interface ChunksRequest {
  /** Echoed in the answer. */
  readonly id: number
  readonly chunked: ChunkedWork
}

/** A worker's answer to request `id`: the chunks it did, or why it failed. */
export type ChunksAnswer =
  | { readonly id: number; readonly ok: true; readonly results: readonly ChunkResult[] }
  | { readonly id: number; readonly ok: false; readonly message: string }

/** The buffers of a result, moved to the receiving thread instead of copied. */
function buffersOf(result: PartResult): ArrayBuffer[] {
  const arrays = Object.values(result)
    .flat()
    .filter((value): value is Int32Array | Float64Array => ArrayBuffer.isView(value))
  return [...new Set(arrays.map((array) => array.buffer))].filter(
    (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer,
  )
}

// The worker thread's entry: answers each request, its results' buffers transferred.
parentPort?.on('message', (request: ChunksRequest) => {
  try {
    const results = computeChunks(request.chunked)
    const buffers = results.flatMap(({ result }) => buffersOf(result))
    parentPort?.postMessage({ id: request.id, ok: true, results } satisfies ChunksAnswer, buffers)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    parentPort?.postMessage({ id: request.id, ok: false, message } satisfies ChunksAnswer)
  }
})
