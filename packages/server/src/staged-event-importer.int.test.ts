import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppendResult, ColumnMapping, NewEvent, StoredEvent } from '@parcours/core'
import {
  type ClickHouseEventStore,
  type ClickHouseEvents,
  type ClickHouseServers,
  openClickHouseEvents,
  startClickHouseServers,
} from '@parcours/storage-clickhouse'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStagedEventImporter } from './staged-event-importer.js'

let clickhouse: ClickHouseServers
const folder = mkdtempSync(join(tmpdir(), 'parcours-staged-import-'))
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 2 })
}, 120_000)
afterAll(async () => {
  await clickhouse?.stop()
  rmSync(folder, { recursive: true, force: true })
})

let databases = 0
/** A fresh database on the first server alone, or on the two-shard cluster. */
async function openTarget(isSharded: boolean): Promise<ClickHouseEvents> {
  const servers = isSharded ? clickhouse.servers : clickhouse.servers.slice(0, 1)
  const opened = await openClickHouseEvents({
    servers: servers.map((server) => server.url),
    database: `staged_${databases++}`,
    cluster: isSharded ? clickhouse.cluster : null,
    user: null,
    password: null,
  })
  if (!opened.ok) throw new Error(`migration failed: ${JSON.stringify(opened.error)}`)
  return opened.value
}

const MAPPING: Partial<ColumnMapping> = { userId: 'user', activity: 'event', timestamp: 'ts', messageId: 'id' }
const HOSTILE = `it's a \\ "quote"\nnew line\ttab '); DROP TABLE events; -- é 🎉`

/** A CSV of `rows` (id, user, event, ts, note), header first; fields quoted. */
function writeCsv(name: string, rows: readonly (readonly string[])[]): string {
  const path = join(folder, name)
  const quote = (field: string) => `"${field.replaceAll('"', '""')}"`
  writeFileSync(path, ['id,user,event,ts,note', ...rows.map((row) => row.map(quote).join(','))].join('\n'))
  return path
}

/**
 * 30 events over 6 users, not in time order in the file, with ties in time (rows 2k and 2k+1
 * share a timestamp) and hostile text in an id, a user id, names and a property.
 */
const ROWS: readonly (readonly string[])[] = Array.from({ length: 30 }, (_, i) => [
  i === 7 ? `m-${HOSTILE}` : `m-${String(i).padStart(2, '0')}`,
  i === 11 ? HOSTILE : `u${i % 6}`,
  i % 5 === 0 ? `Viewed ${HOSTILE}` : `Step ${i % 4}`,
  `2026-01-${10 + 4 - (Math.floor(i / 2) % 5)}T10:00:${String(Math.floor(i / 10)).padStart(2, '0')}Z`,
  i % 3 === 0 ? HOSTILE : `note ${i}`,
])

/** What DuckDB's own store holds after importing the file: the oracle (journey order, seq 1…n). */
async function duckDbEvents(path: string): Promise<StoredEvent[]> {
  const store = await createDuckDbStore({ path: ':memory:' })
  try {
    const result = await store.importer.importTable('p', { path, format: 'csv', mapping: MAPPING })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return await store.events.list('p')
  } finally {
    await store.close()
  }
}

/** Previews are DuckDB's; these tests make none. */
const unusedPreview = {
  previewTable: async () => ({
    ok: false as const,
    error: { code: 'unreadable-file' as const, file: '', message: 'unused' },
  }),
}

const withoutArrival = ({ seq: _seq, receivedAt: _receivedAt, ...event }: StoredEvent): NewEvent => event

/** A target whose bulk writes are recorded (sizes, and how many chunks were outstanding at once). */
function recordingTarget(target: ClickHouseEventStore, failAtWrite?: number) {
  const record = { writes: [] as number[], mostOutstanding: 0 }
  let outstanding = 0
  const recording: ClickHouseEventStore = {
    ...target,
    async beginImport(projectId) {
      const session = await target.beginImport(projectId)
      return {
        ...session,
        async write(events): Promise<AppendResult> {
          record.writes.push(events.length)
          if (record.writes.length === failAtWrite) throw new Error('the target failed')
          outstanding++
          record.mostOutstanding = Math.max(record.mostOutstanding, outstanding)
          try {
            return await session.write(events)
          } finally {
            outstanding--
          }
        },
      }
    },
  }
  return { recording, record }
}

describe.each([
  ['one server', false],
  ['two shards', true],
])('a staged import into ClickHouse, %s', (_layout, isSharded) => {
  it('stores every event in journey order, seq 1…n, hostile text unchanged, as DuckDB does', async () => {
    const target = await openTarget(isSharded)
    const path = writeCsv('all.csv', ROWS)
    const importer = createStagedEventImporter({ target: target.events, preview: unusedPreview })
    const summary = await importer.importTable('p', { path, format: 'csv', mapping: MAPPING })
    expect(summary).toMatchObject({ ok: true, value: { read: 30, imported: 30, duplicates: 0, rejected: 0 } })
    const stored = await target.events.list('p')
    const expected = await duckDbEvents(path)
    expect(stored.map(withoutArrival)).toEqual(expected.map(withoutArrival))
    expect(stored.map((event) => event.seq)).toEqual(expected.map((_, i) => i + 1))
    expect(stored.some((event) => event.messageId === `m-${HOSTILE}` && event.userId === 'u1')).toBe(true)
    expect(stored.filter((event) => event.properties.note === HOSTILE)).toHaveLength(10)
    if (isSharded) {
      const perShard = await Promise.all(
        target.servers.map(async (server) =>
          Number(
            (await server.select<{ n: string }>(`SELECT count() AS n FROM ${target.location.database}.events_local`))[0]
              ?.n,
          ),
        ),
      )
      expect(perShard.every((rows) => rows > 0)).toBe(true)
    }
  })

  it('stores a file imported twice once: the second import stores nothing', async () => {
    const target = await openTarget(isSharded)
    const path = writeCsv('twice.csv', ROWS)
    const importer = createStagedEventImporter({ target: target.events, preview: unusedPreview })
    await importer.importTable('p', { path, format: 'csv', mapping: MAPPING })
    const again = await importer.importTable('p', { path, format: 'csv', mapping: MAPPING })
    expect(again).toMatchObject({ ok: true, value: { read: 30, imported: 0, duplicates: 30 } })
    const [row] = await target.connection.select<{ n: string; ids: string }>(
      `SELECT count() AS n, uniqExact(message_id) AS ids FROM ${target.location.database}.events`,
    )
    expect(row).toEqual({ n: '30', ids: '30' })
  })

  it('stores exactly the missing events of a file partly stored, numbered after the stored ones in journey order', async () => {
    const target = await openTarget(isSharded)
    const importer = createStagedEventImporter({ target: target.events, preview: unusedPreview })
    const part = ROWS.filter((_, i) => i % 3 === 1)
    await importer.importTable('p', { path: writeCsv('part.csv', part), format: 'csv', mapping: MAPPING })
    // An event sent over HTTP meanwhile, not in the file.
    const sent: NewEvent = {
      messageId: 'http-1',
      type: 'track',
      name: 'Viewed',
      anonymousId: null,
      userId: 'u1',
      timestamp: Date.UTC(2026, 0, 1),
      channel: null,
      properties: {},
      traits: {},
      context: {},
    }
    expect(await target.events.append('p', [sent])).toEqual({ inserted: 1, duplicates: 0 })
    const path = writeCsv('whole.csv', ROWS)
    const summary = await importer.importTable('p', { path, format: 'csv', mapping: MAPPING })
    expect(summary).toMatchObject({ ok: true, value: { read: 30, imported: 20, duplicates: 10 } })
    const stored = await target.events.list('p')
    expect(stored).toHaveLength(31)
    const ofFile = new Set(part.map((row) => row[0]))
    const firstSeqs = stored.filter((event) => ofFile.has(event.messageId)).map((event) => event.seq)
    const missing = stored.filter((event) => !ofFile.has(event.messageId) && event.messageId !== 'http-1')
    // The missing ones come after the 10 + 1 stored ones, numbered in journey order.
    expect(Math.max(...firstSeqs)).toBe(10)
    expect(missing.map((event) => event.seq)).toEqual(Array.from({ length: 20 }, (_, i) => 12 + i))
    const expected = (await duckDbEvents(path)).filter((event) => !ofFile.has(event.messageId))
    expect(missing.map(withoutArrival)).toEqual(expected.map(withoutArrival))
  })
})

describe('the staged import, chunk by chunk (one server)', () => {
  it('writes chunks of at most batchSize, one outstanding at a time, with the same result as one chunk', async () => {
    const path = writeCsv('chunks.csv', ROWS)
    const whole = await openTarget(false)
    await createStagedEventImporter({ target: whole.events, preview: unusedPreview, batchSize: 1000 }).importTable(
      'p',
      {
        path,
        format: 'csv',
        mapping: MAPPING,
      },
    )
    const chunked = await openTarget(false)
    const { recording, record } = recordingTarget(chunked.events)
    const progress: number[] = []
    const summary = await createStagedEventImporter({
      target: recording,
      preview: unusedPreview,
      batchSize: 4,
    }).importTable('p', { path, format: 'csv', mapping: MAPPING }, (step) => {
      if (step.phase === 'storing') progress.push(step.fraction)
    })
    expect(summary).toMatchObject({ ok: true, value: { imported: 30 } })
    expect(record.writes).toEqual([4, 4, 4, 4, 4, 4, 4, 2])
    expect(record.mostOutstanding).toBe(1)
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    const [a, b] = [await whole.events.list('p'), await chunked.events.list('p')]
    expect(b.map(({ receivedAt: _r, ...event }) => event)).toEqual(a.map(({ receivedAt: _r, ...event }) => event))
  })

  it('after a failure midway keeps the chunks written, and a new import stores exactly the rest, after them', async () => {
    const path = writeCsv('crash.csv', ROWS)
    const target = await openTarget(false)
    const { recording } = recordingTarget(target.events, 4)
    const importer = createStagedEventImporter({ target: recording, preview: unusedPreview, batchSize: 5 })
    await expect(importer.importTable('p', { path, format: 'csv', mapping: MAPPING })).rejects.toThrow(
      'the target failed',
    )
    const before = await target.events.list('p')
    expect(before).toHaveLength(15)
    const again = await createStagedEventImporter({
      target: target.events,
      preview: unusedPreview,
      batchSize: 5,
    }).importTable('p', {
      path,
      format: 'csv',
      mapping: MAPPING,
    })
    expect(again).toMatchObject({ ok: true, value: { imported: 15, duplicates: 15 } })
    const after = await target.events.list('p')
    const expected = await duckDbEvents(path)
    expect(after.map((event) => event.messageId).sort()).toEqual(expected.map((event) => event.messageId).sort())
    const added = after.filter((event) => !before.some((kept) => kept.messageId === event.messageId))
    expect(added.map((event) => event.seq)).toEqual(Array.from({ length: 15 }, (_, i) => 16 + i))
  })
})
