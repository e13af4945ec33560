/** The most bytes one JSON value can take besides strings: a number (`-1.2345678901234567e-308`). */
const MAX_SCALAR_BYTES = 24
/** The most UTF-8 bytes one UTF-16 unit of a string takes in JSON: a control character, `\u001f`. */
const MAX_BYTES_PER_UNIT = 6

/**
 * The size of an event's JSON in UTF-8 bytes (as `JSON.stringify` writes it) when it is over
 * `limit`, else undefined. Cheap for the usual small event: an upper bound of the size (every
 * string unit counted at 6 bytes, every other value at 24) is summed first, stopping as soon as it
 * passes the limit, and only then is the event serialised and measured. An event too deeply nested
 * to be serialised counts as over the limit (`Infinity`).
 *
 * @example
 * jsonBytesOver({ event: 'Order Completed' }, 32 * 1024) // undefined
 * jsonBytesOver({ blob: 'x'.repeat(40_000) }, 32 * 1024) // 40011
 */
export function jsonBytesOver(value: unknown, limit: number): number | undefined {
  if (!isBoundOver(value, limit)) return undefined
  let text: string
  try {
    text = JSON.stringify(value)
  } catch {
    return Number.POSITIVE_INFINITY
  }
  const bytes = Buffer.byteLength(text, 'utf8')
  return bytes > limit ? bytes : undefined
}

/** Whether an upper bound of the value's JSON size passes `limit` (iterative: any depth). */
function isBoundOver(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value]
  let bound = 0
  while (pending.length > 0) {
    const next = pending.pop()
    if (typeof next === 'string') bound += MAX_BYTES_PER_UNIT * next.length + 2
    else if (typeof next !== 'object' || next === null) bound += MAX_SCALAR_BYTES
    else if (Array.isArray(next)) {
      bound += 2 + next.length
      for (const item of next) pending.push(item)
    } else {
      bound += 2
      for (const key in next) {
        bound += MAX_BYTES_PER_UNIT * key.length + 4
        pending.push((next as Record<string, unknown>)[key])
      }
    }
    if (bound > limit) return true
  }
  return false
}
