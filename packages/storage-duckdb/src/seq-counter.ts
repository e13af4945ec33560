import type { OpenDatabase } from './open-database.js'

/**
 * Hands out each project's ingestion sequence numbers. The highest stored seq is read once per
 * project, then kept in memory: every write goes through the one serial runner, so no other writer
 * can take numbers meanwhile. A rolled-back write leaves a gap, which is harmless (seq only orders).
 */
export interface SeqCounter {
  /** Reserves `count` numbers and returns the one before the first (the first is `base + 1`). */
  reserve(db: OpenDatabase, projectId: string, count: number): Promise<number>
}

export function createSeqCounter(): SeqCounter {
  const last = new Map<string, number>()
  return {
    async reserve(db, projectId, count) {
      let base = last.get(projectId)
      if (base === undefined) {
        const reader = await db.connection.runAndReadAll(
          'SELECT coalesce(max(seq), 0) FROM events WHERE project_id = $1',
          [projectId],
        )
        base = Number(reader.getRowsJS()[0]?.[0] ?? 0)
      }
      last.set(projectId, base + count)
      return base
    },
  }
}
