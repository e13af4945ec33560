import { createReadStream } from 'node:fs'
import { pipeline, Readable } from 'node:stream'
import { TextDecoder } from 'node:util'
import { createGunzip } from 'node:zlib'

/** How many bytes are looked at to find the encoding in the XML declaration. */
const PROLOG_BYTES = 512

/**
 * The text of an XES input, chunk by chunk: a file path or a byte stream, gunzipped when it starts
 * with the gzip magic bytes (whatever its name), decoded with the encoding its XML declaration
 * names (UTF-8 by default; a UTF-16 byte-order mark wins). A stream that yields strings is taken as
 * already decoded text. Nothing is held beyond the chunk being decoded.
 */
export async function* decodeXesInput(input: string | NodeJS.ReadableStream): AsyncGenerator<string, void, undefined> {
  const file = typeof input === 'string' ? createReadStream(input) : undefined
  try {
    const source = chunksOf(file ?? (input as NodeJS.ReadableStream))
    const first = await peek(source.bytes, 2)
    const bytes = isGzip(first.head) ? gunzip(first.rest) : first.rest
    const start = await peek(bytes, PROLOG_BYTES)
    const decoder = source.isText() ? new TextDecoder('utf-8') : decoderFor(start.head)
    for await (const chunk of start.rest) {
      const text = decoder.decode(chunk, { stream: true })
      if (text.length > 0) yield text
    }
    const tail = decoder.decode()
    if (tail.length > 0) yield tail
  } finally {
    file?.destroy()
  }
}

/** The stream's chunks as bytes; strings are encoded as UTF-8 and remembered as text. */
function chunksOf(stream: NodeJS.ReadableStream): { bytes: AsyncIterable<Uint8Array>; isText: () => boolean } {
  let isText = false
  async function* bytes(): AsyncGenerator<Uint8Array, void, undefined> {
    for await (const chunk of stream) {
      if (typeof chunk === 'string') {
        isText = true
        yield Buffer.from(chunk, 'utf8')
      } else {
        yield chunk
      }
    }
  }
  return { bytes: bytes(), isText: () => isText }
}

/**
 * Reads at least `size` bytes (fewer at the end of the input) without losing them: `rest` yields
 * them first, then the remaining chunks.
 */
async function peek(
  source: AsyncIterable<Uint8Array>,
  size: number,
): Promise<{ head: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]()
  const chunks: Uint8Array[] = []
  let length = 0
  let isDone = false
  while (length < size) {
    const next = await iterator.next()
    if (next.done === true) {
      isDone = true
      break
    }
    chunks.push(next.value)
    length += next.value.length
  }
  const head = chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks)
  async function* rest(): AsyncGenerator<Uint8Array, void, undefined> {
    try {
      if (head.length > 0) yield head
      while (!isDone) {
        const next = await iterator.next()
        if (next.done === true) isDone = true
        else yield next.value
      }
    } finally {
      if (!isDone) await iterator.return?.()
    }
  }
  return { head, rest: rest() }
}

function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b
}

function gunzip(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  // An error anywhere destroys the gunzip stream with it, so it surfaces where the output is read.
  return pipeline(Readable.from(source), createGunzip(), () => undefined)
}

function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le')
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be')
  const prolog = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, PROLOG_BYTES)).toString('latin1')
  const label = /^(?:\xEF\xBB\xBF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(prolog)?.[1]
  if (label === undefined) return new TextDecoder('utf-8')
  try {
    return new TextDecoder(label)
  } catch (cause) {
    throw new Error(`unsupported encoding "${label}" in the XML declaration`, { cause })
  }
}
