import { DuckDbStoreError } from './duckdb-store-error.js'
import type { OpenDatabase } from './open-database.js'

/** Runs database work one piece at a time: a DuckDB connection does not interleave transactions. */
export type SerialRunner = <T>(work: (db: OpenDatabase) => Promise<T>) => Promise<T>

export function createSerialRunner(database: OpenDatabase): SerialRunner {
  let queue: Promise<unknown> = Promise.resolve()
  return <T>(work: (db: OpenDatabase) => Promise<T>): Promise<T> => {
    const next = queue.then(async () => {
      try {
        return await work(database)
      } catch (cause) {
        if (cause instanceof DuckDbStoreError) throw cause
        throw new DuckDbStoreError(`database operation failed on ${database.path}: ${String(cause)}`, database.path, {
          cause,
        })
      }
    })
    queue = next.catch(() => undefined)
    return next
  }
}

/** Runs `work` inside a transaction, rolled back when it throws. */
export async function transaction<T>(db: OpenDatabase, work: () => Promise<T>): Promise<T> {
  await db.connection.run('BEGIN TRANSACTION')
  try {
    const result = await work()
    await db.connection.run('COMMIT')
    return result
  } catch (cause) {
    await db.connection.run('ROLLBACK')
    throw cause
  }
}
