import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { JourneyMap } from '@parcours/core'
import { afterAll, describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'
import { describeDocumentStoreContract } from './document-store.contract.js'
import { resolveDatabasePath } from './open-database.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-duckdb-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

let counter = 0
describeDocumentStoreContract('DuckDB (file)', () =>
  createDuckDbStore({ path: join(folder, `contract-${counter++}.duckdb`) }),
)
describeDocumentStoreContract('DuckDB (in memory)', () => createDuckDbStore({ path: ':memory:' }))

describe('DuckDB document store on disk', () => {
  it('keeps documents and versions after the database is closed and opened again', async () => {
    const path = join(folder, 'nested', 'reopen.duckdb')
    const key = { kind: 'project', projectId: 'p', id: 'p' } as const
    const first = await createDuckDbStore({ path, now: () => new Date('2026-01-02T03:04:05Z') })
    await first.documents.create(key, { id: 'p', name: 'Projet', locale: 'fr' })
    await first.documents.update(key, { id: 'p', name: 'Projet renommé', locale: 'fr' }, 1)
    await first.close()
    const second = await createDuckDbStore({ path })
    const read = await second.documents.get(key)
    expect(read.ok && read.value).toMatchObject({ version: 2, body: { name: 'Projet renommé' } })
    const versions = await second.documents.listVersions(key)
    expect(versions.ok && versions.value).toEqual([
      { version: 1, updatedAt: '2026-01-02T03:04:05.000Z' },
      { version: 2, updatedAt: '2026-01-02T03:04:05.000Z' },
    ])
    await second.close()
  })

  it('says clearly when another process holds the database file', async () => {
    const path = join(folder, 'locked.duckdb')
    const { spawn } = await import('node:child_process')
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api'; const db = await DuckDBInstance.create(${JSON.stringify(path)}); await db.connect(); console.log('ready'); setInterval(() => {}, 1000)`,
      ],
      { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()))
      await expect(createDuckDbStore({ path })).rejects.toThrow(/in use by another Parcours process/)
    } finally {
      holder.kill('SIGKILL')
    }
  })

  it('chooses --db over PARCOURS_DB over ./.parcours/parcours.duckdb', () => {
    expect(resolveDatabasePath('/tmp/a.duckdb', { PARCOURS_DB: '/tmp/b.duckdb' })).toBe('/tmp/a.duckdb')
    expect(resolveDatabasePath(undefined, { PARCOURS_DB: '/tmp/b.duckdb' })).toBe('/tmp/b.duckdb')
    expect(resolveDatabasePath(undefined, {})).toBe(join(process.cwd(), '.parcours', 'parcours.duckdb'))
  })

  it('stores a map body as JSON and gives it back deeply equal, unicode included', async () => {
    const store = await createDuckDbStore({ path: ':memory:' })
    const key = { kind: 'map', projectId: 'p', id: 'm' } as const
    const body = { id: 'm', title: 'Parcours « client » — été 🌞', quote: 'l\'été "chaud"\n' } as unknown as JourneyMap
    await store.documents.create(key, body)
    const read = await store.documents.get(key)
    expect(read.ok && read.value.body).toEqual(body)
    await store.close()
  })
})
