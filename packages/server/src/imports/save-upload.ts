import { createWriteStream } from 'node:fs'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { problem } from '../problem.js'

/** The largest file accepted by an upload: 200 MiB (as sent, so a gzip file may hold more). */
export const IMPORT_UPLOAD_LIMIT_BYTES = 200 * 1024 * 1024

/**
 * Writes a request's body to `path`, holding at most one chunk in memory: a declared
 * Content-Length over `limit` is refused before reading, and a body that grows past it is cut off
 * (413 in both cases, the partial file left for the caller to remove). Answers the bytes written.
 */
export async function saveUpload(request: Request, path: string, limit: number): Promise<number> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) throw tooLarge(limit)
  if (request.body === null) throw emptyFile()
  let written = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      written += chunk.byteLength
      if (written > limit) done(tooLarge(limit))
      else done(null, chunk)
    },
  })
  await pipeline(
    Readable.fromWeb(request.body as import('node:stream/web').ReadableStream),
    counter,
    createWriteStream(path),
  )
  if (written === 0) throw emptyFile()
  return written
}

const tooLarge = (limit: number) =>
  problem(
    413,
    'file-too-large',
    `the file is over ${Math.round(limit / 1024 / 1024)} MB: compress it with gzip, split it, or import it with the command line (parcours import)`,
  )

const emptyFile = () =>
  problem(400, 'empty-file', 'the file is empty', { errors: [{ path: 'body', message: 'empty' }] })
