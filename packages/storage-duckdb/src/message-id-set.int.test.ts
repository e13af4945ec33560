import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventImporter, EventStore, NewEvent } from '@parcours/core'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'
import { createDuckDbEventImporter } from './duckdb-event-import.js'
import { createDuckDbEventStore, EVENT_SCHEMA } from './duckdb-event-store.js'
import { createMessageIdSets, MD5_MESSAGE_ID_HASH, type MessageIdHash } from './message-id-set.js'
import { openDatabase } from './open-database.js'
import { createProjectChanges } from './project-changes.js'
import { createSeqCounter } from './seq-counter.js'
import { createSerialRunner } from './serial-runner.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-message-ids-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const event = (messageId: string, overrides: Partial<NewEvent> = {}): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Order Completed',
  anonymousId: null,
  userId: 'alice',
  timestamp: Date.UTC(2026, 0, 1),
  channel: 'web',
  properties: {},
  traits: {},
  context: {},
  ...overrides,
})

/** Every id hashes alike: every id already stored somewhere in the project is a possible duplicate. */
const CONSTANT_HASH: MessageIdHash = { of: () => 7, sql: () => '7::DOUBLE' }
/** Ids of the same length collide. */
const LENGTH_HASH: MessageIdHash = { of: (id) => id.length, sql: (column) => `length(${column})::DOUBLE` }

/** An event store and an importer over one in-memory database, sharing sets with the given hash. */
async function openStore(hash: MessageIdHash) {
  const database = await openDatabase(':memory:')
  for (const statement of EVENT_SCHEMA) await database.connection.run(statement)
  const run = createSerialRunner(database)
  const seq = createSeqCounter()
  const now = () => new Date(Date.UTC(2026, 5, 1))
  const sets = createMessageIdSets(hash)
  const changes = createProjectChanges()
  const events: EventStore = createDuckDbEventStore(run, now, seq, sets, changes)
  const importer: EventImporter = createDuckDbEventImporter(run, now, seq, sets, changes)
  const listIds = async (projectId: string) =>
    run(async (db) => {
      const reader = await db.connection.runAndReadAll(
        'SELECT message_id FROM events WHERE project_id = $1 ORDER BY seq',
        [projectId],
      )
      return reader.getRowsJS().map((row) => String(row[0]))
    })
  return { events, importer, listIds, close: () => run(async () => database.close()) }
}

async function* batches(...lists: NewEvent[][]) {
  yield* lists
}

describe('message-id sets', () => {
  it('computes the same hash in JavaScript as DuckDB computes in SQL', async () => {
    const ids = ['abc', '', 'm1', 'l\'été "chaud"', '東京-🚀', 'x'.repeat(1000), '4457ac32-959a-482f-a5c2-d50d09063d5e']
    const database = await openDatabase(':memory:')
    const reader = await database.connection.runAndReadAll(
      `SELECT ${MD5_MESSAGE_ID_HASH.sql('id')} FROM unnest([${ids.map((id) => `'${id.replace(/'/g, "''")}'`).join(', ')}]) t(id)`,
    )
    const fromSql = reader.getRowsJS().map((row) => row[0])
    database.close()
    expect(fromSql).toEqual(ids.map((id) => MD5_MESSAGE_ID_HASH.of(id)))
  })

  it('refuses a messageId stored before the store was closed and opened again', async () => {
    const path = join(folder, 'reload.duckdb')
    const first = await createDuckDbStore({ path })
    await first.events.append('p', [event('m1'), event('m2')])
    await first.close()
    const second = await createDuckDbStore({ path })
    expect(await second.events.append('p', [event('m2'), event('m3'), event('m1')])).toEqual({
      inserted: 1,
      duplicates: 2,
    })
    expect((await second.events.list('p')).map((e) => e.messageId)).toEqual(['m1', 'm2', 'm3'])
    await second.close()
  })

  it('refuses messageIds that an import stored, whether the project was written to before the import or not', async () => {
    const csv = join(folder, 'imported.csv')
    writeFileSync(
      csv,
      'message_id,event,timestamp,user_id\ni1,Signed Up,2026-01-02T10:00:00Z,bob\ni2,Paid,2026-01-03T10:00:00Z,bob\n',
    )
    const mapping = { messageId: 'message_id', activity: 'event', timestamp: 'timestamp', userId: 'user_id' }
    const store = await createDuckDbStore({ path: ':memory:' })
    // "p" gets an append first (its set is loaded when the import runs); "q" gets none.
    await store.events.append('p', [event('h1')])
    for (const projectId of ['p', 'q']) {
      const imported = await store.importer.importTable(projectId, { path: csv, format: 'csv', mapping })
      expect(imported.ok && imported.value.imported).toBe(2)
      await store.importer.importEvents(projectId, batches([event('x1')], [event('x2')]))
      expect(await store.events.append(projectId, [event('i1'), event('x2'), event('h2'), event('i2')])).toEqual({
        inserted: 1,
        duplicates: 3,
      })
    }
    expect((await store.events.list('p')).map((e) => e.messageId).sort()).toEqual(['h1', 'h2', 'i1', 'i2', 'x1', 'x2'])
    await store.close()
  })

  it('refuses a messageId sent again with another timestamp, and one sent again with its own', async () => {
    const store = await openStore(MD5_MESSAGE_ID_HASH)
    const t = Date.UTC(2026, 0, 1)
    await store.events.append('p', [event('m1', { timestamp: t }), event('m2', { timestamp: t })])
    expect(await store.events.append('p', [event('m1', { timestamp: t + 1 }), event('m3', { timestamp: t })])).toEqual({
      inserted: 1,
      duplicates: 1,
    })
    expect(await store.events.append('p', [event('m2', { timestamp: t }), event('m4', { timestamp: t + 1 })])).toEqual({
      inserted: 1,
      duplicates: 1,
    })
    expect(await store.listIds('p')).toEqual(['m1', 'm2', 'm3', 'm4'])
    await store.close()
  })

  it.each([
    ['every id has the same hash', CONSTANT_HASH],
    ['ids of the same length have the same hash', LENGTH_HASH],
  ])('stores each messageId exactly once when %s', async (_, hash) => {
    const store = await openStore(hash)
    expect(await store.events.append('p', [event('a1'), event('b2'), event('a1')])).toEqual({
      inserted: 2,
      duplicates: 1,
    })
    expect(await store.events.append('p', [event('c3'), event('a1'), event('d44')])).toEqual({
      inserted: 2,
      duplicates: 1,
    })
    await store.importer.importEvents('p', batches([event('e5'), event('c3')]))
    expect(await store.events.append('p', [event('e5'), event('f6'), event('b2')])).toEqual({
      inserted: 1,
      duplicates: 2,
    })
    expect(await store.events.append('q', [event('a1')])).toEqual({ inserted: 1, duplicates: 0 })
    expect(await store.listIds('p')).toEqual(['a1', 'b2', 'c3', 'd44', 'e5', 'f6'])
    await store.close()
  })

  it('gives each of concurrent appends the counts of storing them one after another, whatever the hash', async () => {
    const id = fc.constantFrom('a', 'b', 'cc', 'dd', 'eee', 'f')
    const append = fc.record({
      projectId: fc.constantFrom('p', 'q'),
      ids: fc.array(id, { minLength: 1, maxLength: 5 }),
    })
    // Appends in one inner array are sent together (one group commit); the groups one after another.
    const groups = fc.array(fc.array(append, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(MD5_MESSAGE_ID_HASH, LENGTH_HASH, CONSTANT_HASH), groups, async (hash, sent) => {
        const store = await openStore(hash)
        const stored = new Map<string, string[]>()
        try {
          for (const group of sent) {
            const results = await Promise.all(
              group.map(({ projectId, ids }) =>
                store.events.append(
                  projectId,
                  ids.map((messageId) => event(messageId)),
                ),
              ),
            )
            const expected = group.map(({ projectId, ids }) => {
              const project = stored.get(projectId) ?? []
              stored.set(projectId, project)
              const inserted = ids.filter(
                (messageId, i) => !project.includes(messageId) && ids.indexOf(messageId) === i,
              )
              project.push(...inserted)
              return { inserted: inserted.length, duplicates: ids.length - inserted.length }
            })
            expect(results).toEqual(expected)
          }
          for (const projectId of ['p', 'q'])
            expect(await store.listIds(projectId)).toEqual(stored.get(projectId) ?? [])
        } finally {
          await store.close()
        }
      }),
      { numRuns: 40 },
    )
  })

  it('stores nothing of a group whose commit fails, and takes its messageIds when they are sent again', async () => {
    const store = await openStore(MD5_MESSAGE_ID_HASH)
    await store.events.append('p', [event('before')])
    const broken = event('broken', { name: null as unknown as string })
    const failed = await Promise.allSettled([
      store.events.append('p', [event('n1'), event('n2')]),
      store.events.append('p', [broken]),
    ])
    expect(failed.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    expect(await store.events.append('p', [event('n1'), event('n2'), event('before')])).toEqual({
      inserted: 2,
      duplicates: 1,
    })
    expect(await store.listIds('p')).toEqual(['before', 'n1', 'n2'])
    await store.close()
  })
})
