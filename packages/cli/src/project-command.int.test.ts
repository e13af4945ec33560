import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WriteKeyInfo } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { CliIo } from './cli-io.js'
import { runCli } from './run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-cli-project-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

let dbCounter = 0
let db: string
beforeEach(() => {
  db = join(folder, `db-${dbCounter++}.duckdb`)
})

/** Runs the CLI in-process on this test's database (given with --db, as a user would). */
async function parcours(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    env: {},
    cwd: folder,
  }
  const code = await runCli(['node', 'parcours', ...args, '--db', db], io)
  return { code, stdout, stderr }
}

async function createProject(...args: string[]) {
  const result = await parcours('project', 'create', ...args, '--format', 'json')
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as { id: string; name: string; locale: string; writeKey: string; keyId: string }
}

async function resolveKey(key: string) {
  const store = await createDuckDbStore({ path: db })
  try {
    return await store.writeKeys.resolve(key)
  } finally {
    await store.close()
  }
}

describe('parcours project create and list', () => {
  it('creates a project with an id from its name and a first write key that resolves to it', async () => {
    const created = await createProject('Boutique Été', '--locale', 'en')
    expect(created).toMatchObject({ id: 'boutique-ete', name: 'Boutique Été', locale: 'en' })
    expect(created.writeKey).toMatch(/^pk_/)
    expect(await resolveKey(created.writeKey)).toBe('boutique-ete')
  })

  it('adds a suffix when the derived id is taken, and keeps an explicit --id', async () => {
    expect((await createProject('Acme')).id).toBe('acme')
    expect((await createProject('Acme')).id).toBe('acme-2')
    expect((await createProject('Acme', '--id', 'acme-shop')).id).toBe('acme-shop')
    const listed = JSON.parse((await parcours('project', 'list', '--format', 'json')).stdout) as { id: string }[]
    expect(listed.map((p) => p.id)).toEqual(['acme', 'acme-2', 'acme-shop'])
  })

  it('refuses a taken --id, a bad id and an unknown locale, creating nothing', async () => {
    await createProject('Acme')
    const taken = await parcours('project', 'create', 'Other', '--id', 'acme')
    expect(taken.code).toBe(1)
    expect(taken.stderr).toContain('a project with id "acme" already exists')
    const badId = await parcours('project', 'create', 'Other', '--id', 'not ok!')
    expect(badId.code).toBe(2)
    expect(badId.stderr).toMatch(/invalid project\n {2}id: /)
    const badLocale = await parcours('project', 'create', 'Other', '--locale', 'de')
    expect(badLocale.code).toBe(2)
    expect(badLocale.stderr).toContain('unknown locale "de"')
    const listed = JSON.parse((await parcours('project', 'list', '--format', 'json')).stdout) as { id: string }[]
    expect(listed.map((p) => p.id)).toEqual(['acme'])
  })

  it('prints the key once in a table, and the project with its count of active keys', async () => {
    const table = await parcours('project', 'create', 'Acme')
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/write key wk_[0-9a-f]+: pk_\S+/)
    expect(table.stdout).toContain('shown only once')
    const list = await parcours('project', 'list')
    expect(list.stdout).toContain('acme')
    expect(list.stdout).not.toContain('pk_')
  })
})

describe('parcours project keys, create-key and revoke-key', () => {
  it('lists keys by id and last 4 characters, never the key', async () => {
    const created = await createProject('Acme')
    const second = JSON.parse((await parcours('project', 'create-key', 'acme', '--format', 'json')).stdout) as {
      id: string
      writeKey: string
    }
    expect(await resolveKey(second.writeKey)).toBe('acme')
    const keys = await parcours('project', 'keys', 'acme', '--format', 'json')
    const listed = JSON.parse(keys.stdout) as WriteKeyInfo[]
    expect(listed.map((info) => info.id).sort()).toEqual([created.keyId, second.id].sort())
    expect(listed.map((info) => info.preview).sort()).toEqual(
      [created.writeKey.slice(-4), second.writeKey.slice(-4)].sort(),
    )
    expect(keys.stdout).not.toContain(created.writeKey)
    expect(keys.stdout).not.toContain(second.writeKey)
    const table = await parcours('project', 'keys', 'acme')
    expect(table.stdout).toContain(`…${created.writeKey.slice(-4)}`)
    expect(table.stdout).not.toContain(created.writeKey)
  })

  it('revokes a key so that it no longer resolves, leaving the others active', async () => {
    const created = await createProject('Acme')
    const second = JSON.parse((await parcours('project', 'create-key', 'acme', '--format', 'json')).stdout) as {
      writeKey: string
    }
    const revoked = await parcours('project', 'revoke-key', 'acme', created.keyId)
    expect(revoked.code).toBe(0)
    expect(revoked.stdout).toContain(`revoked write key ${created.keyId}`)
    expect(await resolveKey(created.writeKey)).toBeUndefined()
    expect(await resolveKey(second.writeKey)).toBe('acme')
    const listed = JSON.parse((await parcours('project', 'keys', 'acme', '--format', 'json')).stdout) as WriteKeyInfo[]
    expect(listed.find((info) => info.id === created.keyId)?.revokedAt).toEqual(expect.any(String))
  })

  it('says so when the project or the key does not exist', async () => {
    const created = await createProject('Acme')
    await createProject('Other')
    for (const args of [
      ['keys', 'nope'],
      ['create-key', 'nope'],
      ['revoke-key', 'nope', created.keyId],
    ]) {
      const result = await parcours('project', ...args)
      expect(result.code).toBe(1)
      expect(result.stderr).toBe('parcours: no project "nope"\n')
    }
    const wrongProject = await parcours('project', 'revoke-key', 'other', created.keyId)
    expect(wrongProject.code).toBe(1)
    expect(wrongProject.stderr).toBe(`parcours: no write key "${created.keyId}" in project "other"\n`)
    expect(await resolveKey(created.writeKey)).toBe('acme')
  })
})
