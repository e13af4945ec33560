import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ColumnMapping, ParcoursStore } from '@parcours/core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-import-dedup-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

let store: ParcoursStore
beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:' })
})
afterEach(async () => {
  await store.close()
})

const HEADER = 'message_id,user_id,event,timestamp,note'
const withIds: Partial<ColumnMapping> = {
  messageId: 'message_id',
  userId: 'user_id',
  activity: 'event',
  timestamp: 'timestamp',
  timestampFormat: 'iso8601',
}
const withoutIds: Partial<ColumnMapping> = {
  caseId: 'user_id',
  activity: 'event',
  timestamp: 'timestamp',
  timestampFormat: 'iso8601',
  properties: ['note'],
}

function writeCsv(name: string, rows: readonly string[], header = HEADER): string {
  const path = join(folder, name)
  writeFileSync(path, `${[header, ...rows].join('\n')}\n`)
  return path
}

async function importCsv(path: string, mapping: Partial<ColumnMapping>, projectId = 'p') {
  const result = await store.importer.importTable(projectId, { path, format: 'csv', mapping })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

/** The stored events in seq order, as `messageId:name:note`. */
async function stored(projectId = 'p') {
  const events = await store.events.list(projectId)
  const seqs = events.map((event) => event.seq)
  expect(seqs).toEqual(seqs.toSorted((a, b) => a - b))
  return events.map((event) => `${event.messageId}:${event.name}:${String(event.properties.note)}`)
}

describe('importing a table with a message id column', () => {
  it('keeps the first row of each repeated id into an empty project, in file order, and counts the others as duplicates', async () => {
    const path = writeCsv('repeats.csv', [
      'm1,u1,Visit,2026-01-01T10:00:00Z,first',
      'm2,u1,Buy,2026-01-01T10:01:00Z,first',
      'm1,u1,Visit again,2026-01-01T10:02:00Z,second',
      'm3,u2,Visit,2026-01-01T10:03:00Z,first',
      'm2,u1,Buy again,2026-01-01T10:04:00Z,second',
      'm1,u1,Visit thrice,2026-01-01T10:05:00Z,third',
    ])
    const summary = await importCsv(path, withIds)
    expect(summary).toMatchObject({ read: 6, imported: 3, duplicates: 3, rejected: 0 })
    expect(await stored()).toEqual(['m1:Visit:first', 'm2:Buy:first', 'm3:Visit:first'])
  })

  it('keeps the first accepted row of a repeated id when an earlier row with that id is rejected', async () => {
    const path = writeCsv('rejected-first.csv', [
      'm1,u1,Visit,not a date,rejected',
      'm1,u1,Visit,2026-01-01T10:01:00Z,accepted',
      'm1,u1,Visit,2026-01-01T10:02:00Z,repeated',
      'm2,u1,,2026-01-01T10:03:00Z,no activity',
    ])
    const summary = await importCsv(path, withIds)
    expect(summary).toMatchObject({ read: 4, imported: 1, duplicates: 1, rejected: 2 })
    expect(summary.rejects.map((reject) => [reject.code, reject.line])).toEqual([
      ['bad-timestamp', 2],
      ['missing-activity', 5],
    ])
    expect(await stored()).toEqual(['m1:Visit:accepted'])
  })

  it('leaves out a rejected row of a file whose ids are all different, and stores the others in file order', async () => {
    const path = writeCsv('unique-ids.csv', [
      'm1,u1,Visit,2026-01-01T10:00:00Z,first',
      'm2,,Buy,2026-01-01T10:01:00Z,no user',
      'm3,u2,Visit,2026-01-01T10:02:00Z,first',
    ])
    const summary = await importCsv(path, withIds)
    expect(summary).toMatchObject({ read: 3, imported: 2, duplicates: 0, rejected: 1 })
    expect(summary.rejects).toMatchObject([{ code: 'missing-case-id', line: 3, field: 'user_id', value: null }])
    expect(await stored()).toEqual(['m1:Visit:first', 'm3:Visit:first'])
  })

  it('stores only the ids a project does not hold yet, after its stored events, once each', async () => {
    await store.events.append('p', [
      {
        messageId: 'm2',
        type: 'track',
        name: 'Appended',
        anonymousId: null,
        userId: 'u1',
        timestamp: Date.parse('2026-01-01T09:00:00Z'),
        channel: null,
        properties: { note: 'appended' },
        traits: {},
        context: {},
      },
    ])
    const path = writeCsv('partly-stored.csv', [
      'm1,u1,Visit,2026-01-01T10:00:00Z,first',
      'm2,u1,Buy,2026-01-01T10:01:00Z,from the file',
      'm3,u2,Visit,2026-01-01T10:02:00Z,first',
      'm3,u2,Visit,2026-01-01T10:03:00Z,repeated',
      'm2,u1,Buy,2026-01-01T10:04:00Z,again',
    ])
    const summary = await importCsv(path, withIds)
    expect(summary).toMatchObject({ read: 5, imported: 2, duplicates: 3, rejected: 0 })
    expect(await stored()).toEqual(['m2:Appended:appended', 'm1:Visit:first', 'm3:Visit:first'])
  })

  it('stores nothing the second time the same file is imported, and the ids of another project do not count', async () => {
    const path = writeCsv('twice.csv', [
      'm1,u1,Visit,2026-01-01T10:00:00Z,first',
      'm1,u1,Visit,2026-01-01T10:01:00Z,repeated',
      'm2,u1,Buy,not a date,rejected',
      'm3,u2,Visit,2026-01-01T10:02:00Z,first',
    ])
    expect(await importCsv(path, withIds)).toMatchObject({ read: 4, imported: 2, duplicates: 1, rejected: 1 })
    expect(await importCsv(path, withIds)).toMatchObject({ read: 4, imported: 0, duplicates: 3, rejected: 1 })
    expect(await importCsv(path, withIds, 'q')).toMatchObject({ imported: 2, duplicates: 1 })
    expect(await stored()).toEqual(['m1:Visit:first', 'm3:Visit:first'])
    expect(await stored('q')).toEqual(['m1:Visit:first', 'm3:Visit:first'])
  })

  it('tells the message-id set what it stored, so an append of an imported id is a duplicate', async () => {
    const path = writeCsv('then-append.csv', ['m1,u1,Visit,2026-01-01T10:00:00Z,first'])
    await importCsv(path, withIds)
    const result = await store.events.append('p', [
      {
        messageId: 'm1',
        type: 'track',
        name: 'Appended',
        anonymousId: null,
        userId: 'u1',
        timestamp: Date.parse('2026-01-01T09:00:00Z'),
        channel: null,
        properties: {},
        traits: {},
        context: {},
      },
    ])
    expect(result).toEqual({ inserted: 0, duplicates: 1 })
    expect(await stored()).toEqual(['m1:Visit:first'])
  })

  it('stores nothing of a file whose insert fails, and leaves the project as it was', async () => {
    const first = writeCsv('before.csv', ['m1,u1,Visit,2026-01-01T10:00:00Z,kept'])
    await importCsv(first, withIds)
    // An empty message id cell reads as NULL, which the events table refuses.
    const broken = writeCsv('broken.csv', [
      'm2,u1,Visit,2026-01-01T10:00:00Z,new',
      ',u1,Visit,2026-01-01T10:01:00Z,no id',
    ])
    await expect(store.importer.importTable('p', { path: broken, format: 'csv', mapping: withIds })).rejects.toThrow()
    expect(await stored()).toEqual(['m1:Visit:kept'])
    expect(await importCsv(first, withIds)).toMatchObject({ imported: 0, duplicates: 1 })
  })
})

describe('importing a table without a message id column', () => {
  const rows = [
    'u1,Visit,2026-01-01T10:00:00Z,first',
    'u1,Visit,2026-01-01T10:00:00Z,first',
    'u2,Visit,not a date,rejected',
    'u2,Buy,2026-01-01T10:02:00Z,last',
  ]
  const header = 'user_id,event,timestamp,note'

  it('gives every row its own id (even identical rows), and stores nothing the second time the same file is imported', async () => {
    const path = writeCsv('no-ids.csv', rows, header)
    expect(await importCsv(path, withoutIds)).toMatchObject({ read: 4, imported: 3, duplicates: 0, rejected: 1 })
    expect(await importCsv(path, withoutIds)).toMatchObject({ read: 4, imported: 0, duplicates: 3, rejected: 1 })
    const names = (await store.events.list('p')).map((event) => event.name)
    expect(names).toEqual(['Visit', 'Visit', 'Buy'])
  })

  it('stores another file into a project that holds events', async () => {
    await importCsv(writeCsv('no-ids-a.csv', rows, header), withoutIds)
    const other = writeCsv('no-ids-b.csv', [...rows, 'u3,Leave,2026-01-01T10:03:00Z,extra'], header)
    expect(await importCsv(other, withoutIds)).toMatchObject({ read: 5, imported: 4, duplicates: 0, rejected: 1 })
    expect(await store.events.list('p')).toHaveLength(7)
  })
})
