import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppendResult, EventImporter, NewEvent } from '@parcours/core'
import type { ClickHouseEventStore } from '@parcours/storage-clickhouse'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { openStagedEvents } from './staged-events.js'

export interface StagedEventImporterOptions {
  /** Where the events go (the ClickHouse event store, with its bulk imports). */
  readonly target: ClickHouseEventStore
  /** Reads previews (stores nothing): the embedded store's importer. */
  readonly preview: Pick<EventImporter, 'previewTable'>
  /** Events per insert into the target: a table file's chunks, and `importEvents`'s appends (default 50,000). */
  readonly batchSize?: number
}

/** Events per insert: the most events the importer holds at once (twice: one chunk written, the next read). */
export const DEFAULT_STAGED_BATCH = 50_000

/**
 * The `EventImporter` of an event store that has no file readers of its own (ClickHouse): a table
 * file is read, mapped and checked by DuckDB's importer into a scratch database (a temporary file,
 * removed afterwards), then streamed to the target through a bulk import session
 * (`target.beginImport`): the target's stored message ids are loaded into the scratch file once,
 * DuckDB leaves them out and sorts the rest in journey order (timestamp, then row), and they are
 * written `batchSize` at a time, numbered after the project's last seq. Memory stays bounded by a
 * chunk, whatever the file's size (DuckDB sorts within its memory limit and spills beyond).
 *
 * The summary (read, rejects, mapping, date format) is DuckDB's; `imported` is what the target
 * stored, `duplicates` the rest of the accepted records. All or nothing only up to the target: a
 * file with a problem (unreadable, no timestamp format…) stores nothing, but chunks written
 * before a failure of the target stay stored. Message ids derive from the file's content (or its
 * message-id column), so importing the same file again stores exactly the missing events, never
 * one twice. Appends (HTTP ingestion) may run meanwhile: the target tells them apart.
 *
 * @example
 * const importer = createStagedEventImporter({ target: clickhouse.events, preview: duckdb.importer })
 * await importer.importTable('acme', { path: 'receipt.csv', format: 'csv', mapping: {} })
 * // → ok({ read: 8577, imported: 8577, duplicates: 0, rejected: 0, … })
 */
export function createStagedEventImporter(options: StagedEventImporterOptions): EventImporter {
  const { target } = options
  const batchSize = options.batchSize ?? DEFAULT_STAGED_BATCH
  const appendAll = async (projectId: string, events: readonly NewEvent[]) => {
    let inserted = 0
    let duplicates = 0
    for (let from = 0; from < events.length; from += batchSize) {
      const result = await target.append(projectId, events.slice(from, from + batchSize))
      inserted += result.inserted
      duplicates += result.duplicates
    }
    return { inserted, duplicates }
  }
  return {
    async importTable(projectId, spec, onProgress) {
      const folder = mkdtempSync(join(tmpdir(), 'parcours-import-'))
      const path = join(folder, 'staging.duckdb')
      try {
        const scratch = await createDuckDbStore({ path })
        let summary: Awaited<ReturnType<EventImporter['importTable']>>
        try {
          summary = await scratch.importer.importTable(projectId, spec, (progress) => {
            if (progress.phase !== 'storing') onProgress?.(progress)
          })
        } finally {
          await scratch.close()
        }
        if (!summary.ok) return summary
        const imported = await writeStaged(path, projectId, (fraction) => onProgress?.({ phase: 'storing', fraction }))
        const { read, rejected } = summary.value
        return { ok: true, value: { ...summary.value, imported, duplicates: read - rejected - imported } }
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
    },
    previewTable: (spec, limit) => options.preview.previewTable(spec, limit),
    async importEvents(projectId, batches): Promise<AppendResult> {
      let inserted = 0
      let duplicates = 0
      for await (const batch of batches) {
        const result = await appendAll(projectId, batch)
        inserted += result.inserted
        duplicates += result.duplicates
      }
      return { inserted, duplicates }
    },
  }

  /** Streams the scratch file's events the target lacks into it; answers how many it stored. */
  async function writeStaged(path: string, projectId: string, onFraction: (fraction: number) => void) {
    const staged = await openStagedEvents(path, projectId)
    const session = await target.beginImport(projectId).catch((error: unknown) => {
      staged.close()
      throw error
    })
    try {
      await staged.leaveOut(session.storedMessageIds())
      const total = await staged.count()
      let inserted = 0
      let done = 0
      // One chunk is written while the next is read: a write is awaited before the next starts.
      let previous: { readonly writing: Promise<AppendResult>; readonly done: number } | undefined
      const settle = async () => {
        if (previous === undefined) return
        inserted += (await previous.writing).inserted
        onFraction(previous.done / total)
      }
      for await (const events of staged.chunks(batchSize)) {
        await settle()
        done += events.length
        const writing = session.write(events)
        // Handled at once, so a failure is not reported as unhandled while the next chunk is read.
        writing.catch(() => undefined)
        previous = { writing, done }
      }
      await settle()
      onFraction(1)
      return inserted
    } finally {
      session.end()
      staged.close()
    }
  }
}
