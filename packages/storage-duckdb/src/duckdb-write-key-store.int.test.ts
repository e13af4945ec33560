import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'
import { describeWriteKeyStoreContract } from './write-key-store.contract.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-keys-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const now = () => new Date('2026-03-04T05:06:07Z')
let counter = 0
describeWriteKeyStoreContract('DuckDB (file)', () =>
  createDuckDbStore({ path: join(folder, `contract-${counter++}.duckdb`), now }),
)
describeWriteKeyStoreContract('DuckDB (in memory)', () => createDuckDbStore({ path: ':memory:', now }))

describe('DuckDB write keys on disk', () => {
  it('keeps keys and revocations after the database is closed and opened again', async () => {
    const path = join(folder, 'reopen.duckdb')
    const first = await createDuckDbStore({ path })
    const kept = await first.writeKeys.create('acme')
    const revoked = await first.writeKeys.create('acme')
    await first.writeKeys.revoke('acme', revoked.info.id)
    await first.close()
    const second = await createDuckDbStore({ path })
    expect(await second.writeKeys.resolve(kept.key)).toBe('acme')
    expect(await second.writeKeys.resolve(revoked.key)).toBeUndefined()
    const listed = await second.writeKeys.list('acme')
    expect(listed.find((info) => info.id === kept.info.id)?.revokedAt).toBeNull()
    expect(listed.find((info) => info.id === revoked.info.id)?.revokedAt).toEqual(expect.any(String))
    await second.close()
  })

  it('stores only a SHA-256 hash of a key, never the key', async () => {
    const path = join(folder, 'hashed.duckdb')
    const store = await createDuckDbStore({ path })
    const { key } = await store.writeKeys.create('acme')
    await store.close()
    const instance = await DuckDBInstance.create(path)
    const connection = await instance.connect()
    const rows = (await connection.runAndReadAll('SELECT * FROM write_keys')).getRowObjectsJS()
    connection.closeSync()
    instance.closeSync()
    expect(rows).toHaveLength(1)
    const text = JSON.stringify(rows)
    expect(text).not.toContain(key)
    expect(text).not.toContain(key.slice(3, 20))
    expect(rows[0]?.key_hash).toMatch(/^[0-9a-f]{64}$/)
  })
})
