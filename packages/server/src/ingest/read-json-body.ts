import { isUtf8 } from 'node:buffer'
import { gunzip } from 'node:zlib'
import { problem } from '../problem.js'

/** The largest body accepted, compressed or decompressed: 5 MiB. */
export const INGEST_BODY_LIMIT_BYTES = 5 * 1024 * 1024

/**
 * Reads a request's JSON body, gzip-encoded or not, holding at most `limit` bytes at any stage: a
 * declared Content-Length over the limit is refused before reading (within it, the body is read
 * whole), a body without one is counted as it arrives and cancelled past the limit, and
 * decompression stops past the limit (413 in each case).
 */
export async function readJsonBody(request: Request, limit: number = INGEST_BODY_LIMIT_BYTES): Promise<unknown> {
  const encoding = (request.headers.get('content-encoding') ?? 'identity').trim().toLowerCase()
  if (encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'x-gzip') {
    throw problem(415, 'unsupported-encoding', `Content-Encoding "${encoding}" is not supported: send gzip or nothing`)
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) throw tooLarge(limit)
  // With a declared length within the limit, the HTTP parser delivers no more than that: the body
  // is read whole (@hono/node-server then reads the socket directly, without a web stream).
  const received = declared >= 0 ? Buffer.from(await request.arrayBuffer()) : await readAtMost(request.body, limit)
  if (received.byteLength > limit) throw tooLarge(limit)
  const bytes = encoding === 'identity' ? received : await gunzipAtMost(received, limit)
  if (bytes.byteLength === 0) throw problem(400, 'invalid-json', 'the body is empty: send a JSON object')
  if (!isUtf8(bytes)) throw problem(400, 'invalid-json', 'the body is not UTF-8 text')
  // As TextDecoder would: a byte order mark is not part of the text.
  const decoded = bytes.toString('utf8')
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded
  try {
    return JSON.parse(text)
  } catch (error) {
    throw problem(400, 'invalid-json', `the body is not valid JSON: ${error instanceof Error ? error.message : error}`)
  }
}

const tooLarge = (limit: number) =>
  problem(413, 'payload-too-large', `the body is over ${limit} bytes (compressed or not): send smaller batches`)

async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Buffer> {
  if (body === null) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel()
      throw tooLarge(limit)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, total)
}

function gunzipAtMost(compressed: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gunzip(compressed, { maxOutputLength: limit }, (error, result) => {
      if (error === null) resolve(result)
      else if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') reject(tooLarge(limit))
      else reject(problem(400, 'invalid-gzip', `the body is not valid gzip: ${error.message}`))
    })
  })
}
