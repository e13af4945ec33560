import type { ImportProgress } from '@parcours/core'
import type { OpenDatabase } from './open-database.js'

/** Runs a long statement while reporting DuckDB's own progress of it. */
export async function withProgress<T>(
  db: OpenDatabase,
  phase: ImportProgress['phase'],
  onProgress: (progress: ImportProgress) => void,
  work: () => Promise<T>,
): Promise<T> {
  onProgress({ phase, fraction: 0 })
  const timer = setInterval(() => {
    const percentage = db.connection.progress.percentage
    if (percentage >= 0) onProgress({ phase, fraction: Math.min(1, percentage / 100) })
  }, 200)
  try {
    return await work()
  } finally {
    clearInterval(timer)
    onProgress({ phase, fraction: 1 })
  }
}
