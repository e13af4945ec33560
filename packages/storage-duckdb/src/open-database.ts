import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { DuckDbStoreError } from './duckdb-store-error.js'

/** Where the embedded database lives unless `--db` or `PARCOURS_DB` say otherwise. */
export const DEFAULT_DATABASE_PATH = '.parcours/parcours.duckdb'

/** `--db` wins over `PARCOURS_DB`, which wins over `./.parcours/parcours.duckdb`. */
export function resolveDatabasePath(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  return resolve(flag ?? env.PARCOURS_DB ?? DEFAULT_DATABASE_PATH)
}

export interface OpenDatabase {
  readonly path: string
  readonly connection: DuckDBConnection
  close(): void
}

/**
 * How much memory DuckDB may use before it spills to disk (`<file>.tmp/`). Parcours keeps the
 * server under 2 GB (DESIGN §8); `PARCOURS_DUCKDB_MEMORY` changes it (e.g. `8GB`).
 */
export const DEFAULT_MEMORY_LIMIT = '2GB'

/** Opens (creating its folder and file when needed) a DuckDB database; `:memory:` for a throwaway one. */
export async function openDatabase(path: string, memoryLimit: string = DEFAULT_MEMORY_LIMIT): Promise<OpenDatabase> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  let instance: DuckDBInstance
  try {
    instance = await DuckDBInstance.create(path, { memory_limit: memoryLimit })
  } catch (cause) {
    const text = String(cause)
    const message = /lock/i.test(text)
      ? `the database ${path} is in use by another Parcours process (stop it, or choose another file with --db)`
      : `cannot open the database ${path}: ${text}`
    throw new DuckDbStoreError(message, path, { cause })
  }
  const connection = await instance.connect()
  return {
    path,
    connection,
    close() {
      connection.closeSync()
      instance.closeSync()
    },
  }
}
