import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api'
import {
  type DocumentBodies,
  type DocumentKey,
  type DocumentKind,
  type DocumentStore,
  type DocumentVersionInfo,
  err,
  ok,
  type StoredDocument,
  type StoreResult,
} from '@parcours/core'
import type { OpenDatabase } from './open-database.js'
import { type SerialRunner, transaction } from './serial-runner.js'

export const DOCUMENT_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS documents (
     kind VARCHAR NOT NULL, project_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
     version INTEGER NOT NULL, body VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
     PRIMARY KEY (kind, project_id, id))`,
  `CREATE TABLE IF NOT EXISTS document_versions (
     kind VARCHAR NOT NULL, project_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
     version INTEGER NOT NULL, body VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
     PRIMARY KEY (kind, project_id, id, version))`,
]

interface Row {
  readonly kind: string
  readonly project_id: string
  readonly id: string
  readonly version: number
  readonly body: string
  readonly updated_at: string
}

/**
 * The document store on DuckDB: the current version of each document in `documents`, every version
 * in `document_versions`. DuckDB has one writer, so operations run one at a time, each write in a
 * transaction that checks the expected version before writing.
 */
export function createDuckDbDocumentStore(run: SerialRunner, now: () => Date): DocumentStore {
  return {
    create: (key, body) =>
      run(async (db) => {
        if ((await currentRow(db, key)) !== undefined)
          return err({ code: 'already-exists', kind: key.kind, id: key.id })
        return ok(await writeVersion(db, key, body, 1, now(), 'insert'))
      }),

    get: (key) =>
      run(async (db) => {
        const row = await currentRow(db, key)
        return row === undefined ? err(notFound(key)) : ok(documentFromRow(key.kind, row))
      }),

    list: (kind, projectId) =>
      run(async (db) => {
        const rows =
          projectId === undefined
            ? await select(db, 'SELECT * FROM documents WHERE kind = $1 ORDER BY project_id, id', [kind])
            : await select(db, 'SELECT * FROM documents WHERE kind = $1 AND project_id = $2 ORDER BY id', [
                kind,
                projectId,
              ])
        return rows.map((row) => documentFromRow(kind, row))
      }),

    update: (key, body, expectedVersion) =>
      run(async (db) => {
        const row = await currentRow(db, key)
        if (row === undefined) return err(notFound(key))
        if (row.version !== expectedVersion) return err(conflict(key, expectedVersion, row.version))
        return ok(await writeVersion(db, key, body, row.version + 1, now(), 'update'))
      }),

    remove: (key, expectedVersion) =>
      run(async (db) => {
        const row = await currentRow(db, key)
        if (row === undefined) return err(notFound(key))
        if (row.version !== expectedVersion) return err(conflict(key, expectedVersion, row.version))
        if (key.kind === 'project') {
          const held = await select(db, `SELECT * FROM documents WHERE project_id = $1 AND kind <> 'project' LIMIT 1`, [
            key.id,
          ])
          if (held.length > 0) return err({ code: 'not-empty', kind: key.kind, id: key.id })
        }
        await transaction(db, async () => {
          const where = 'WHERE kind = $1 AND project_id = $2 AND id = $3'
          await db.connection.run(`DELETE FROM documents ${where}`, [key.kind, key.projectId, key.id])
          await db.connection.run(`DELETE FROM document_versions ${where}`, [key.kind, key.projectId, key.id])
        })
        return ok(undefined)
      }),

    listVersions: (key) =>
      run(async (db): Promise<StoreResult<DocumentVersionInfo[]>> => {
        const rows = await select(
          db,
          'SELECT * FROM document_versions WHERE kind = $1 AND project_id = $2 AND id = $3 ORDER BY version',
          [key.kind, key.projectId, key.id],
        )
        if (rows.length === 0) return err(notFound(key))
        return ok(rows.map((row) => ({ version: row.version, updatedAt: row.updated_at })))
      }),

    getVersion: (key, version) =>
      run(async (db) => {
        const row = await versionRow(db, key, version)
        return row === undefined ? err({ ...notFound(key), version }) : ok(documentFromRow(key.kind, row))
      }),

    restore: (key, version, expectedVersion) =>
      run(async (db) => {
        const current = await currentRow(db, key)
        if (current === undefined) return err(notFound(key))
        if (current.version !== expectedVersion) return err(conflict(key, expectedVersion, current.version))
        const old = await versionRow(db, key, version)
        if (old === undefined) return err({ ...notFound(key), version })
        const body = JSON.parse(old.body) as DocumentBodies[typeof key.kind]
        return ok(await writeVersion(db, key, body, current.version + 1, now(), 'update'))
      }),
  }
}

async function select(db: OpenDatabase, sql: string, values: DuckDBValue[]): Promise<Row[]> {
  const reader = await db.connection.runAndReadAll(sql, values)
  return reader.getRowObjectsJS() as unknown as Row[]
}

async function currentRow(db: OpenDatabase, key: DocumentKey): Promise<Row | undefined> {
  const rows = await select(db, 'SELECT * FROM documents WHERE kind = $1 AND project_id = $2 AND id = $3', [
    key.kind,
    key.projectId,
    key.id,
  ])
  return rows[0]
}

async function versionRow(db: OpenDatabase, key: DocumentKey, version: number): Promise<Row | undefined> {
  const rows = await select(
    db,
    'SELECT * FROM document_versions WHERE kind = $1 AND project_id = $2 AND id = $3 AND version = $4',
    [key.kind, key.projectId, key.id, version],
  )
  return rows[0]
}

async function writeVersion<K extends DocumentKind>(
  db: OpenDatabase,
  key: DocumentKey<K>,
  body: DocumentBodies[K],
  version: number,
  at: Date,
  mode: 'insert' | 'update',
): Promise<StoredDocument<K>> {
  const text = JSON.stringify(body)
  const updatedAt = at.toISOString()
  const connection: DuckDBConnection = db.connection
  await transaction(db, async () => {
    if (mode === 'insert') {
      await connection.run('INSERT INTO documents VALUES ($1, $2, $3, $4, $5, $6)', [
        key.kind,
        key.projectId,
        key.id,
        version,
        text,
        updatedAt,
      ])
    } else {
      await connection.run(
        'UPDATE documents SET version = $4, body = $5, updated_at = $6 WHERE kind = $1 AND project_id = $2 AND id = $3',
        [key.kind, key.projectId, key.id, version, text, updatedAt],
      )
    }
    await connection.run('INSERT INTO document_versions VALUES ($1, $2, $3, $4, $5, $6)', [
      key.kind,
      key.projectId,
      key.id,
      version,
      text,
      updatedAt,
    ])
  })
  return { kind: key.kind, projectId: key.projectId, id: key.id, version, updatedAt, body: JSON.parse(text) }
}

function documentFromRow<K extends DocumentKind>(kind: K, row: Row): StoredDocument<K> {
  return {
    kind,
    projectId: row.project_id,
    id: row.id,
    version: row.version,
    updatedAt: row.updated_at,
    body: JSON.parse(row.body) as DocumentBodies[K],
  }
}

const notFound = (key: DocumentKey) => ({ code: 'not-found' as const, kind: key.kind, id: key.id })

const conflict = (key: DocumentKey, expectedVersion: number, currentVersion: number) => ({
  code: 'conflict' as const,
  kind: key.kind,
  id: key.id,
  expectedVersion,
  currentVersion,
})
