/**
 * Typed arrays over SharedArrayBuffers: the journey index keeps its columns in them so that worker
 * threads can read a log without a copy (posting a shared array shares its memory). Zero-filled
 * like ordinary typed arrays, and used the same way.
 */
export function sharedInt32Array(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT))
}

export function sharedFloat64Array(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT))
}

/** A shared Int32Array holding `values`. */
export function sharedInt32ArrayOf(values: ArrayLike<number>): Int32Array {
  const array = sharedInt32Array(values.length)
  for (let i = 0; i < values.length; i++) array[i] = values[i] as number
  return array
}
