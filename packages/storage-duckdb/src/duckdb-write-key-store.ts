import { createHash, randomBytes } from 'node:crypto'
import { err, ok, type WriteKeyInfo, type WriteKeyStore } from '@parcours/core'
import type { OpenDatabase } from './open-database.js'
import type { SerialRunner } from './serial-runner.js'

export const WRITE_KEY_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS write_keys (
     id VARCHAR PRIMARY KEY, project_id VARCHAR NOT NULL, key_hash VARCHAR NOT NULL UNIQUE,
     preview VARCHAR NOT NULL, created_at VARCHAR NOT NULL, revoked_at VARCHAR)`,
]

interface Row {
  readonly id: string
  readonly project_id: string
  readonly preview: string
  readonly created_at: string
  readonly revoked_at: string | null
}

/** `pk_` and 24 random bytes in base64url: 192 bits, URL- and header-safe. */
const newKey = () => `pk_${randomBytes(24).toString('base64url')}`
const newKeyId = () => `wk_${randomBytes(6).toString('hex')}`
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex')

/**
 * Write keys on DuckDB: only the SHA-256 of a key is stored, so the table cannot leak one. Active
 * keys that were resolved are cached: this store is the only writer of its file (DuckDB locks it),
 * so revoking through it is the only way a cached key can become invalid, and revoke clears it.
 */
export function createDuckDbWriteKeyStore(run: SerialRunner, now: () => Date): WriteKeyStore {
  const activeProjectByHash = new Map<string, string>()

  return {
    create: (projectId) =>
      run(async (db) => {
        const key = newKey()
        const info: WriteKeyInfo = {
          id: newKeyId(),
          projectId,
          createdAt: now().toISOString(),
          revokedAt: null,
          preview: key.slice(-4),
        }
        await db.connection.run('INSERT INTO write_keys VALUES ($1, $2, $3, $4, $5, NULL)', [
          info.id,
          projectId,
          hashKey(key),
          info.preview,
          info.createdAt,
        ])
        return { key, info }
      }),

    list: (projectId) =>
      run(async (db) =>
        (await select(db, 'SELECT * FROM write_keys WHERE project_id = $1 ORDER BY created_at, id', [projectId])).map(
          toInfo,
        ),
      ),

    revoke: (projectId, keyId) =>
      run(async (db) => {
        const [row] = await select(db, 'SELECT * FROM write_keys WHERE project_id = $1 AND id = $2', [projectId, keyId])
        if (row === undefined) return err({ code: 'not-found', kind: 'write-key', id: keyId })
        if (row.revoked_at !== null) return ok(toInfo(row))
        const revokedAt = now().toISOString()
        const reader = await db.connection.runAndReadAll(
          'UPDATE write_keys SET revoked_at = $2 WHERE id = $1 RETURNING key_hash',
          [keyId, revokedAt],
        )
        for (const [hash] of reader.getRowsJS()) activeProjectByHash.delete(String(hash))
        return ok({ ...toInfo(row), revokedAt })
      }),

    revokeAll: (projectId) =>
      run(async (db) => {
        const reader = await db.connection.runAndReadAll(
          'UPDATE write_keys SET revoked_at = $2 WHERE project_id = $1 AND revoked_at IS NULL RETURNING key_hash',
          [projectId, now().toISOString()],
        )
        const hashes = reader.getRowsJS()
        for (const [hash] of hashes) activeProjectByHash.delete(String(hash))
        return hashes.length
      }),

    async resolve(key) {
      const hash = hashKey(key)
      const cached = activeProjectByHash.get(hash)
      if (cached !== undefined) return cached
      return run(async (db) => {
        const [row] = await select(db, 'SELECT * FROM write_keys WHERE key_hash = $1 AND revoked_at IS NULL', [hash])
        if (row === undefined) return undefined
        activeProjectByHash.set(hash, row.project_id)
        return row.project_id
      })
    },
  }
}

async function select(db: OpenDatabase, sql: string, values: string[]): Promise<Row[]> {
  const reader = await db.connection.runAndReadAll(sql, values)
  return reader.getRowObjectsJS() as unknown as Row[]
}

function toInfo(row: Row): WriteKeyInfo {
  return {
    id: row.id,
    projectId: row.project_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at ?? null,
    preview: row.preview,
  }
}
