import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppendResult, EventImporter, EventStore, NewEvent, StoredEvent } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'

export interface StagedEventImporterOptions {
  /** Where the events go (the ClickHouse event store). */
  readonly target: EventStore
  /** Reads previews (stores nothing): the embedded store's importer. */
  readonly preview: Pick<EventImporter, 'previewTable'>
  /** Events per append to the target (default 20,000). */
  readonly batchSize?: number
}

/** Events per append: one INSERT each, with its duplicate check over as many message ids. */
export const DEFAULT_STAGED_BATCH = 20_000

/**
 * The `EventImporter` of an event store that has no file readers of its own (ClickHouse): a table
 * file is read, mapped and checked by DuckDB's importer into a scratch database (a temporary file,
 * removed afterwards), then its events are appended to the target in journey order (timestamp,
 * then row), `batchSize` at a time. The summary (read, rejects, mapping, date format) is DuckDB's;
 * `imported` and `duplicates` are what the target stored and skipped.
 *
 * All or nothing only up to the target: a file with a problem (unreadable, no timestamp format…)
 * stores nothing, but batches appended before a failure of the target stay stored. Message ids
 * derive from the file's content (or its message-id column), so importing the same file again
 * stores exactly the missing events, never one twice. The file's events are held in memory once
 * between the two stores.
 *
 * @example
 * const importer = createStagedEventImporter({ target: clickhouse.events, preview: duckdb.importer })
 * await importer.importTable('acme', { path: 'receipt.csv', format: 'csv', mapping: {} })
 * // → ok({ read: 8577, imported: 8577, duplicates: 0, rejected: 0, … })
 */
export function createStagedEventImporter(options: StagedEventImporterOptions): EventImporter {
  const { target } = options
  const batchSize = options.batchSize ?? DEFAULT_STAGED_BATCH
  const appendAll = async (projectId: string, events: readonly NewEvent[], onBatch?: (done: number) => void) => {
    let inserted = 0
    let duplicates = 0
    for (let from = 0; from < events.length; from += batchSize) {
      const result = await target.append(projectId, events.slice(from, from + batchSize))
      inserted += result.inserted
      duplicates += result.duplicates
      onBatch?.(Math.min(events.length, from + batchSize))
    }
    return { inserted, duplicates }
  }
  return {
    async importTable(projectId, spec, onProgress) {
      const folder = mkdtempSync(join(tmpdir(), 'parcours-import-'))
      try {
        const scratch = await createDuckDbStore({ path: join(folder, 'staging.duckdb') })
        let staged: StoredEvent[]
        let summary: Awaited<ReturnType<EventImporter['importTable']>>
        try {
          summary = await scratch.importer.importTable(projectId, spec, (progress) => {
            if (progress.phase !== 'storing') onProgress?.(progress)
          })
          if (!summary.ok) return summary
          staged = await scratch.events.list(projectId)
        } finally {
          await scratch.close()
        }
        const events = staged.map(toNewEvent)
        staged = []
        const stored = await appendAll(projectId, events, (done) =>
          onProgress?.({ phase: 'storing', fraction: events.length === 0 ? 1 : done / events.length }),
        )
        const { read, rejected } = summary.value
        return {
          ok: true,
          value: { ...summary.value, imported: stored.inserted, duplicates: read - rejected - stored.inserted },
        }
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
}

/** A stored event as a new one: what the target stores, without the scratch store's seq and arrival. */
function toNewEvent(event: StoredEvent): NewEvent {
  const { seq: _seq, receivedAt: _receivedAt, ...rest } = event
  return rest
}
