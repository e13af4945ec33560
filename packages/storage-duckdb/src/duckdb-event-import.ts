import type { EventImporter } from '@parcours/core'
import { importEvents } from './import-events.js'
import { importTable } from './import-table.js'
import type { MessageIdSets } from './message-id-set.js'
import type { OpenDatabase } from './open-database.js'
import { previewTable } from './preview-table.js'
import type { ProjectChanges } from './project-changes.js'
import type { SeqCounter } from './seq-counter.js'
import type { SerialRunner } from './serial-runner.js'

/**
 * Imports table files with DuckDB's own readers (import-table.ts) and streams of events from the
 * other readers (import-events.ts), each in one transaction and once per (project, message id),
 * then tells the project's message-id set what they stored, so that HTTP appends stay exact.
 */
export function createDuckDbEventImporter(
  run: SerialRunner,
  now: () => Date,
  seq: SeqCounter,
  /** The message-id sets shared with the event store (one per store). */
  messageIds: MessageIdSets,
  /** Told of every import, so the journey index knows when to look again. */
  changes: ProjectChanges,
): EventImporter {
  return {
    importTable: (projectId, spec, onProgress) =>
      run((db) =>
        informSets(db, messageIds, changes, projectId, seq, () =>
          importTable(db, projectId, spec, seq, now().getTime(), onProgress ?? (() => {})),
        ),
      ),
    previewTable: (spec, limit) => run((db) => previewTable(db, spec, limit)),
    importEvents: (projectId, batches) =>
      run((db) =>
        informSets(db, messageIds, changes, projectId, seq, () =>
          importEvents(db, projectId, batches, seq, now().getTime()),
        ),
      ),
  }
}

/**
 * Runs an import, then adds what it stored (the project's events above the seq reserved before it)
 * to the project's message-id set when that set is loaded; forgets the set when the import fails.
 */
async function informSets<T>(
  db: OpenDatabase,
  sets: MessageIdSets,
  changes: ProjectChanges,
  projectId: string,
  seq: SeqCounter,
  work: () => Promise<T>,
): Promise<T> {
  const before = await seq.reserve(db, projectId, 0)
  let result: T
  try {
    result = await work()
  } catch (error) {
    sets.forget(projectId)
    throw error
  } finally {
    changes.bump(projectId)
  }
  await sets.addStoredAfter(db, projectId, before)
  return result
}
