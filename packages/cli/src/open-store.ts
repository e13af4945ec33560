import type { DocumentStore, ParcoursStore, StoredDocument } from '@parcours/core'
import { openParcoursStore, StoreConfigError } from '@parcours/server'
import { ClickHouseError } from '@parcours/storage-clickhouse'
import { DuckDbStoreError, resolveDatabasePath } from '@parcours/storage-duckdb'
import { CliError, type CliIo } from './cli-io.js'
import { describeStoreError } from './describe-store-error.js'

export interface StoreOptions {
  readonly db?: string
  readonly project?: string
}

/**
 * Opens the store named by --db / PARCOURS_DB (events on ClickHouse when PARCOURS_EVENTS is set,
 * see openParcoursStore), runs the work, and always closes it.
 */
export async function withStore<T>(
  io: CliIo,
  options: StoreOptions,
  work: (store: ParcoursStore) => Promise<T>,
): Promise<T> {
  const path = resolveDatabasePath(options.db, io.env)
  let store: ParcoursStore
  try {
    store = await openParcoursStore({ dbPath: path, env: io.env })
  } catch (error) {
    if (error instanceof DuckDbStoreError || error instanceof StoreConfigError) throw new CliError(error.message)
    throw error
  }
  try {
    return await work(store)
  } catch (error) {
    // A database failure is reported as one line (its first), like every other CLI error.
    if (error instanceof DuckDbStoreError) throw new CliError(error.message.split('\n')[0] ?? error.message)
    // ClickHouse failing during the work (a server gone, a refused statement): its first line.
    if (error instanceof ClickHouseError) throw new CliError(error.message.split('\n')[0] ?? error.message)
    throw error
  } finally {
    await store.close()
  }
}

/**
 * The project a command works in: `--project` when given (it must exist, except `default`),
 * otherwise the only project, otherwise `default`, created on first use.
 */
export async function resolveProject(
  store: DocumentStore,
  requested: string | undefined,
): Promise<StoredDocument<'project'>> {
  const projects = await store.list('project')
  if (requested !== undefined) {
    const found = projects.find((project) => project.id === requested)
    if (found !== undefined) return found
    if (requested !== 'default') {
      const known = projects.map((project) => project.id).join(', ') || 'none yet'
      throw new CliError(`no project "${requested}" (projects: ${known})`)
    }
  }
  if (requested === undefined && projects.length === 1 && projects[0] !== undefined) return projects[0]
  const fallback = projects.find((project) => project.id === 'default')
  if (fallback !== undefined) return fallback
  if (requested === undefined && projects.length > 1) {
    throw new CliError(`several projects: choose one with --project (${projects.map((p) => p.id).join(', ')})`)
  }
  const created = await store.create(
    { kind: 'project', projectId: 'default', id: 'default' },
    { id: 'default', name: 'Default project', locale: 'fr' },
  )
  if (!created.ok) throw new CliError(describeStoreError(created.error))
  return created.value
}
