import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { EventImporter, ImportReject, ImportSummary } from '@parcours/core'
import { xesEvents } from './xes-to-events.js'

export interface ImportXesFileOptions {
  /** Called after each trace with the number of traces read. */
  readonly onTrace?: (traces: number) => void
}

/**
 * Imports an XES file (or `.xes.gz`) into a project, all or nothing: its events are streamed
 * through `xesEvents` and stored by the importer in one transaction; rejected events are reported
 * with their trace and position. Throws `XesReadError` (naming the line) when the file cannot be
 * read; nothing is stored then. The CLI and the server both import XES this way.
 */
export async function importXesFile(
  importer: EventImporter,
  projectId: string,
  path: string,
  options: ImportXesFileOptions = {},
): Promise<ImportSummary> {
  const rejects: ImportReject[] = []
  const fileId = await contentHash(path)
  let read = 0
  const batches = xesEvents(path, {
    fileId,
    onReject: (reject) => rejects.push(reject),
    ...(options.onTrace === undefined ? {} : { onTrace: options.onTrace }),
  })
  const counted = (async function* () {
    for await (const batch of batches) {
      read += batch.length
      yield batch
    }
  })()
  const appended = await importer.importEvents(projectId, counted)
  return {
    file: path,
    format: 'xes',
    read: read + rejects.length,
    imported: appended.inserted,
    duplicates: appended.duplicates,
    rejected: rejects.length,
    rejects,
  }
}

/** The first 16 hex digits of the file's SHA-256: the same file gets the same messageIds. */
async function contentHash(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex').slice(0, 16)
}
