import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { ParcoursStore } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { validate } from '@readme/openapi-parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../create-app.js'

type OpenApiDocument = Parameters<typeof validate>[0] & object

interface ImportAnswer {
  id: string
  state: string
  format: string
  preview: { columns: string[]; rows: (string | null)[][]; mapping: Record<string, unknown>; timestampFormat?: string }
  summary?: {
    read: number
    imported: number
    duplicates: number
    rejected: number
    rejects: { line: number | null; field: string; code: string; value: string | null }[]
  }
  failure?: { code: string; message: string; line?: number; field?: string }
}

let store: ParcoursStore
let app: ReturnType<typeof createApp>
let temp: string
const previousTmp = process.env.TMPDIR

beforeEach(async () => {
  // Uploads go to os.tmpdir(): a folder of this test's own, to see them cleaned up.
  temp = mkdtempSync(join(tmpdir(), 'parcours-import-routes-'))
  process.env.TMPDIR = temp
  store = await createDuckDbStore({ path: ':memory:' })
  app = createApp({ store, version: '0.0.0-test' })
  await store.documents.create(
    { kind: 'project', projectId: 'acme', id: 'acme' },
    { id: 'acme', name: 'Acme', locale: 'fr' },
  )
})
afterEach(async () => {
  await store.close()
  if (previousTmp === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = previousTmp
  rmSync(temp, { recursive: true, force: true })
})

const upload = (fileName: string, body: string | Uint8Array, headers: Record<string, string> = {}) =>
  app.request(`/api/projects/acme/imports?filename=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', ...headers },
    body,
  })

const start = (id: string, body: unknown) =>
  app.request(`/api/projects/acme/imports/${id}/start`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })

async function uploaded(fileName: string, body: string | Uint8Array): Promise<ImportAnswer> {
  const response = await upload(fileName, body)
  expect(response.status).toBe(201)
  return (await response.json()) as ImportAnswer
}

/** Polls the import until it is no longer running. */
async function finished(id: string): Promise<ImportAnswer> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const answer = (await (await app.request(`/api/projects/acme/imports/${id}`)).json()) as ImportAnswer
    if (answer.state !== 'running') return answer
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`import ${id} still running`)
}

/** The uploads left in the temporary folder (each import has a folder holding its file). */
const uploadsLeft = () =>
  readdirSync(temp, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)

const calls = [
  'Dossier;Activité;Date;Canal;Email',
  'D1;Appel reçu;31/01/2026 09:15;phone;lea@example.fr',
  'D1;Devis envoyé;31/01/2026 10:30;email;lea@example.fr',
  'D2;;01/02/2026 11:00;web;',
  'D2;Appel reçu;01/02/2026 12:45;phone;marc@example.fr',
].join('\n')

describe('uploading a file', () => {
  it('answers the columns, the first rows and the detected mapping, read as the import reads them', async () => {
    const text = ['case_id,activity,timestamp,channel,email,plan', 'A,start,2026-01-01T10:00:00Z,web,lea@x.fr,pro']
    const answer = await uploaded('events.csv', `${text.join('\n')}\n`)
    expect(answer).toMatchObject({
      state: 'previewed',
      format: 'csv',
      preview: {
        columns: ['case_id', 'activity', 'timestamp', 'channel', 'email', 'plan'],
        rows: [['A', 'start', '2026-01-01T10:00:00Z', 'web', 'lea@x.fr', 'pro']],
        mapping: {
          caseId: 'case_id',
          activity: 'activity',
          timestamp: 'timestamp',
          channel: 'channel',
          identifiers: { email: 'email' },
        },
        timestampFormat: 'iso8601',
        delimiter: ',',
      },
    })
  })

  it('shows at most 20 rows, reads gzip files, and detects French dates and the delimiter', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `D${i};Appel;31/01/2026 09:${String(i).padStart(2, '0')}`)
    const answer = await uploaded('calls.csv.gz', gzipSync(['Dossier;action;date', ...rows].join('\n')))
    expect(answer.preview.rows).toHaveLength(20)
    expect(answer.preview).toMatchObject({
      columns: ['Dossier', 'action', 'date'],
      delimiter: ';',
      timestampFormat: '%d/%m/%Y %H:%M',
      mapping: { activity: 'action', timestamp: 'date' },
    })
    expect(answer.preview.mapping.caseId).toBeUndefined()
  })

  it('refuses an unknown format, a file over the limit, an empty file and an unknown project', async () => {
    const unknown = await upload('notes.txt', 'hello')
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toMatchObject({ code: 'unknown-format', errors: [{ path: 'filename' }] })
    const tooLarge = await upload('big.csv', 'a,b\n', { 'Content-Length': String(201 * 1024 * 1024) })
    expect(tooLarge.status).toBe(413)
    expect(((await tooLarge.json()) as { detail: string }).detail).toContain('200 MB')
    const empty = await upload('empty.csv', '')
    expect(empty.status).toBe(400)
    const noProject = await app.request('/api/projects/nope/imports?filename=a.csv', { method: 'POST', body: 'a' })
    expect(noProject.status).toBe(404)
    expect(uploadsLeft()).toEqual([])
  })

  it('answers 422 naming the line when the reader cannot parse the first rows, and keeps nothing', async () => {
    const response = await upload(
      'broken.csv',
      'case_id,activity,timestamp\nA,start,2026-01-01T10:00:00Z\nA,end,2026-01-01T11:00:00Z,extra\n',
    )
    expect(response.status).toBe(422)
    const body = (await response.json()) as { detail: string }
    expect(body).toMatchObject({ code: 'unreadable-file', errors: [{ path: 'body.line.3' }] })
    expect(body.detail).toContain('broken.csv cannot be read (line 3)')
    expect(body.detail).not.toContain(temp)
    expect(uploadsLeft()).toEqual([])
  })
})

describe('importing an uploaded file', () => {
  it('imports with the mapping, reports the counts and the rejects, and serves the reject file', async () => {
    const answer = await uploaded('appels.csv', calls)
    expect(answer.preview.mapping).toMatchObject({ activity: 'Activité', timestamp: 'Date', channel: 'Canal' })
    const started = await start(answer.id, {
      mapping: { ...answer.preview.mapping, caseId: 'Dossier' },
      delimiter: ';',
    })
    expect(started.status).toBe(202)
    const done = await finished(answer.id)
    expect(done.state).toBe('done')
    expect(done.summary).toMatchObject({ read: 4, imported: 3, duplicates: 0, rejected: 1 })
    expect(done.summary?.rejects).toEqual([
      { line: 4, record: 'line 4', field: 'Activité', code: 'missing-activity', value: null },
    ])
    const events = await store.events.list('acme')
    expect(events.map((event) => [event.userId, event.name, event.channel, event.timestamp])).toEqual([
      ['D1', 'Appel reçu', 'phone', Date.UTC(2026, 0, 31, 9, 15)],
      ['D1', 'Devis envoyé', 'email', Date.UTC(2026, 0, 31, 10, 30)],
      ['D2', 'Appel reçu', 'phone', Date.UTC(2026, 1, 1, 12, 45)],
    ])
    expect(events[0]?.traits).toEqual({ email: 'lea@example.fr' })
    const rejects = await app.request(`/api/projects/acme/imports/${answer.id}/rejects`)
    expect(rejects.status).toBe(200)
    expect(rejects.headers.get('content-type')).toContain('text/csv')
    expect(rejects.headers.get('content-disposition')).toBe(
      `attachment; filename="appels.csv.rejects.csv"; filename*=UTF-8''appels.csv.rejects.csv`,
    )
    expect(await rejects.text()).toBe('line,record,field,code,value\n4,line 4,Activité,missing-activity,\n')
    expect(uploadsLeft()).toEqual([])
    expect((await start(answer.id, {})).status).toBe(409)

    // The same file again stores nothing twice.
    const again = await uploaded('appels.csv', calls)
    await start(again.id, { mapping: { caseId: 'Dossier' } })
    expect((await finished(again.id)).summary).toMatchObject({ imported: 0, duplicates: 3, rejected: 1 })
  })

  it('answers 400 naming the field of a bad mapping, and starts nothing', async () => {
    const answer = await uploaded('appels.csv', calls)
    const unknown = await start(answer.id, { mapping: { activity: 'Action' } })
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toMatchObject({
      code: 'unknown-column',
      errors: [{ path: 'mapping.activity', message: expect.stringContaining('no column "Action"') }],
    })
    const missing = await start(answer.id, { mapping: {} })
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({ code: 'no-mapping', errors: [{ path: 'mapping.caseId' }] })
    const zone = await start(answer.id, { mapping: { caseId: 'Dossier', timezone: 'Mars/Olympus' } })
    expect(await zone.json()).toMatchObject({ errors: [{ path: 'mapping.timezone' }] })
    const typo = await start(answer.id, { mapping: { caseId: 'Dossier', activty: 'Activité' } })
    expect(typo.status).toBe(400)
    expect(JSON.stringify(await typo.json())).toContain('activty')
    expect((await finished(answer.id)).state).toBe('previewed')
    expect(await store.events.list('acme')).toEqual([])
  })

  it('asks for a date format when not every date can be read, suggesting the likeliest, then rejects the others', async () => {
    const text = [
      'case_id,activity,timestamp',
      'A,start,31/01/2026 09:15',
      'A,end,31/01/2026 10:15',
      'B,start,yesterday',
      'B,end,01/02/2026 11:00',
    ].join('\n')
    const answer = await uploaded('日付.csv', text)
    expect(answer.preview).toMatchObject({ likelyTimestampFormat: { format: '%d/%m/%Y %H:%M', share: 0.75 } })
    expect(answer.preview.timestampFormat).toBeUndefined()
    const refused = await start(answer.id, {})
    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({
      code: 'undetected-timestamp-format',
      errors: [{ path: 'mapping.timestampFormat', message: expect.stringContaining('%d/%m/%Y %H:%M reads 75%') }],
    })
    expect((await start(answer.id, { mapping: { timestampFormat: '%d/%m/%Y %H:%M' } })).status).toBe(202)
    const done = await finished(answer.id)
    expect(done.summary).toMatchObject({ read: 4, imported: 3, rejected: 1 })
    expect(done.summary?.rejects[0]).toMatchObject({ line: 4, code: 'bad-timestamp', value: 'yesterday' })
    const rejects = await app.request(`/api/projects/acme/imports/${answer.id}/rejects`)
    expect(rejects.headers.get('content-disposition')).toBe(
      `attachment; filename="__.csv.rejects.csv"; filename*=UTF-8''${encodeURIComponent('日付.csv.rejects.csv')}`,
    )
  })

  it('fails naming the line when a row past the preview is malformed, stores nothing, and can be started again', async () => {
    await store.events.append('acme', [
      {
        messageId: 'before',
        type: 'track',
        name: 'Kept',
        anonymousId: null,
        userId: 'u0',
        timestamp: Date.UTC(2026, 0, 1),
        channel: null,
        properties: {},
        traits: {},
        context: {},
      },
    ])
    const rows = Array.from({ length: 12_000 }, (_, i) => `C${i},step,2026-01-01T10:00:00Z`)
    rows[11_000] = 'C11000,step,2026-01-01T10:00:00Z,extra'
    const answer = await uploaded('long.csv', ['case_id,activity,timestamp', ...rows].join('\n'))
    expect((await start(answer.id, {})).status).toBe(202)
    const failed = await finished(answer.id)
    expect(failed.state).toBe('failed')
    expect(failed.failure).toMatchObject({ line: 11_002 })
    expect(failed.failure?.message).toContain('long.csv cannot be read (line 11002)')
    expect((await store.events.list('acme')).map((event) => event.messageId)).toEqual(['before'])
    expect((await start(answer.id, {})).status).toBe(202)
    expect((await finished(answer.id)).state).toBe('failed')
    const removed = await app.request(`/api/projects/acme/imports/${answer.id}`, { method: 'DELETE' })
    expect(removed.status).toBe(204)
    expect(uploadsLeft()).toEqual([])
    expect((await app.request(`/api/projects/acme/imports/${answer.id}`)).status).toBe(404)
  })

  it('previews and imports an XES file with the same reader as the command line', async () => {
    const xes = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0">
  <trace><string key="concept:name" value="case-1"/>
    <event><string key="concept:name" value="Register"/><date key="time:timestamp" value="2026-01-01T10:00:00.000+01:00"/><string key="org:resource" value="Ana"/></event>
    <event><string key="concept:name" value="Approve"/><date key="time:timestamp" value="2026-01-02T10:00:00.000+01:00"/></event>
    <event><date key="time:timestamp" value="2026-01-03T10:00:00.000+01:00"/></event>
  </trace>
</log>`
    const answer = await uploaded('loans.xes.gz', gzipSync(xes))
    expect(answer.format).toBe('xes')
    expect(answer.preview.columns.slice(0, 3)).toEqual(['case:concept:name', 'concept:name', 'time:timestamp'])
    expect(answer.preview.columns).toContain('org:resource')
    expect(answer.preview.rows[0]?.slice(0, 3)).toEqual(['case-1', 'Register', '2026-01-01T09:00:00.000Z'])
    expect((await start(answer.id, { mapping: { activity: 'x' } })).status).toBe(400)
    expect((await start(answer.id, {})).status).toBe(202)
    const done = await finished(answer.id)
    expect(done.summary).toMatchObject({ read: 3, imported: 2, rejected: 1 })
    expect(done.summary?.rejects[0]).toMatchObject({ line: null, field: 'concept:name', code: 'missing-activity' })
    expect((await store.events.list('acme')).map((event) => event.name)).toEqual(['Register', 'Approve'])
  })

  it('describes the import routes in the OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument & {
      paths: Record<string, unknown>
    }
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/projects/{projectId}/imports',
        '/api/projects/{projectId}/imports/{importId}',
        '/api/projects/{projectId}/imports/{importId}/start',
        '/api/projects/{projectId}/imports/{importId}/rejects',
      ]),
    )
    const result = await validate(structuredClone(document))
    expect(result.valid ? [] : result.errors).toEqual([])
  })
})
