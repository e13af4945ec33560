import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { CliIo } from './cli-io.js'
import { runCli } from './run-cli.js'

const data = new URL('../../../../shared/data/', import.meta.url).pathname
const folder = mkdtempSync(join(tmpdir(), 'parcours-import-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

let db: string
let counter = 0
beforeEach(() => {
  db = join(folder, `db-${counter++}.duckdb`)
})

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
    env: { PARCOURS_DB: db },
    cwd: folder,
  }
  const code = await runCli(['node', 'parcours', ...args], io)
  return { code, stdout, stderr }
}

interface Stats {
  cases: number
  events: number
  activities: number
  customers: number
  firstEvent: string
}

async function stats(...args: string[]): Promise<Stats> {
  const result = await parcours('stats', '--format', 'json', ...args)
  expect(result.stderr).toBe('')
  return JSON.parse(result.stdout) as Stats
}

async function importFile(file: string, ...args: string[]) {
  const result = await parcours('import', file, '--summary', 'json', ...args)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as {
    read: number
    imported: number
    duplicates: number
    rejected: number
    rejects: unknown[]
  }
}

describe('importing the reference logs reproduces their published figures', () => {
  it('BPIC 2012 (XES.gz): 13,087 cases, 262,200 events, 24 activities by name and 36 by name + lifecycle', async () => {
    const summary = await importFile(join(data, 'bpic2012/bpic2012.xes.gz'))
    expect(summary).toMatchObject({ read: 262_200, imported: 262_200, rejected: 0 })
    expect(await stats()).toMatchObject({ cases: 13_087, events: 262_200, activities: 24 })
    expect(await stats('--classifier', 'name+lifecycle')).toMatchObject({ activities: 36 })
  })

  for (const file of ['receipt/receipt.xes.gz', 'receipt/receipt.csv']) {
    it(`receipt (${file.split('.').slice(1).join('.')}): 1,434 cases, 8,577 events, 27 activities`, async () => {
      await importFile(join(data, file))
      expect(await stats()).toMatchObject({ cases: 1_434, events: 8_577, activities: 27 })
      expect(await stats('--case', 'case:concept:name')).toMatchObject({ cases: 1_434 })
    })
  }

  it('running example: 6 cases and 42 events with trace lengths [9, 5, 5, 5, 13, 5] in file order', async () => {
    await importFile(join(data, 'running-example/running-example.xes'))
    expect(await stats()).toMatchObject({ cases: 6, events: 42 })
    const store = await createDuckDbStore({ path: db })
    const events = await store.events.list('default')
    await store.close()
    const lengths = new Map<string, number>()
    const firstSeq = new Map<string, number>()
    for (const event of events) {
      const id = event.userId ?? ''
      lengths.set(id, (lengths.get(id) ?? 0) + 1)
      firstSeq.set(id, Math.min(firstSeq.get(id) ?? Number.POSITIVE_INFINITY, event.seq))
    }
    const inFileOrder = [...lengths.keys()].sort((a, b) => (firstSeq.get(a) ?? 0) - (firstSeq.get(b) ?? 0))
    expect(inFileOrder.map((id) => lengths.get(id))).toEqual([9, 5, 5, 5, 13, 5])
  })

  it('the running example as CSV, with commas or semicolons, gives the same 6 cases and 42 events', async () => {
    await importFile(join(data, 'running-example/running_example_semicolon.csv'))
    expect(await stats()).toMatchObject({ cases: 6, events: 42, activities: 8 })
  })

  const xesWithoutRejects = [
    'road-traffic-fines-sample/roadtraffic100traces.xes',
    'road-traffic-fines-sample/roadtraffic50traces.xes',
    'road-traffic-fines-sample/roadtraffic_1t_per_variant.xes.gz',
    'bpic2019-variants/bpic2019_1t_per_variant.xes.gz',
    'bpic2020-permit-variants/bpic2020_permit_log_1t_per_variant.xes.gz',
    'hospital-billing-variants/hospital_billing_1t_per_variant.xes.gz',
    'road-traffic-fines-sample/roadtraffic100traces.csv',
  ]
  for (const file of xesWithoutRejects) {
    it(`imports ${file} without a reject`, async () => {
      const summary = await importFile(join(data, file))
      expect(summary.rejected).toBe(0)
      expect(summary.imported).toBe(summary.read)
    })
  }

  it('road traffic 100 traces: 100 cases, 390 events', async () => {
    await importFile(join(data, 'road-traffic-fines-sample/roadtraffic100traces.csv'))
    expect(await stats()).toMatchObject({ cases: 100, events: 390 })
  })
})

describe('importing files with quirks', () => {
  it('reads a Latin-1, CRLF, semicolon-separated file with day-first dates in a given zone', async () => {
    const text =
      'Dossier;Étape;Date;Agence\r\n' +
      'D1;Demande reçue;31/01/2026 09:15;Créteil\r\n' +
      'D1;Étude préalable;01/02/2026 14:00;Créteil\r\n' +
      'D2;Demande reçue;02/02/2026 08:00;Évry\r\n'
    writeFileSync(join(folder, 'latin1.csv'), Buffer.from(text, 'latin1'))
    const summary = await importFile(
      'latin1.csv',
      '--case-id',
      'Dossier',
      '--activity',
      'Étape',
      '--timezone',
      'Europe/Paris',
    )
    expect(summary).toMatchObject({
      read: 3,
      imported: 3,
      rejected: 0,
      encoding: 'latin-1',
      timestampFormat: '%d/%m/%Y %H:%M',
    })
    const store = await createDuckDbStore({ path: db })
    const events = await store.events.list('default')
    await store.close()
    expect(events.map((e) => e.name)).toEqual(['Demande reçue', 'Étude préalable', 'Demande reçue'])
    expect(events[0]?.timestamp).toBe(Date.UTC(2026, 0, 31, 8, 15))
    expect(events[0]?.properties).toMatchObject({ Agence: 'Créteil', Dossier: 'D1' })
  })

  it('keeps the offsets written in the timestamps', async () => {
    writeFileSync(
      join(folder, 'offsets.csv'),
      'case_id,activity,timestamp\nA,start,2026-03-29T01:30:00+01:00\nA,end,2026-03-29T03:30:00+02:00\n',
    )
    await importFile('offsets.csv', '--timezone', 'America/New_York')
    const store = await createDuckDbStore({ path: db })
    const events = await store.events.list('default')
    await store.close()
    expect(events.map((e) => e.timestamp)).toEqual([Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 2, 29, 1, 30)])
  })

  it('reports each rejected record with its line (quoted newlines counted), field and reason, and writes them all to a reject file', async () => {
    writeFileSync(
      join(folder, 'bad.csv'),
      [
        'case_id,activity,timestamp,comment',
        'A,start,2026-01-01 10:00:00,"two',
        'lines"',
        ',start,2026-01-01 11:00:00,no case',
        'B,start,yesterday,bad date',
        'B,,2026-01-01 12:00:00,no activity',
        'C,start,2026-01-01 13:00:00,fine',
      ].join('\n'),
    )
    const result = await parcours('import', 'bad.csv', '--timestamp-format', '%Y-%m-%d %H:%M:%S')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('read 5, imported 2, duplicates 0, rejected 3')
    expect(result.stdout).toContain('rejected line 4: missing-case-id in case_id')
    expect(result.stdout).toContain('rejected line 5: bad-timestamp in timestamp ("yesterday")')
    expect(result.stdout).toContain('rejected line 6: missing-activity in activity')
    const rejects = readFileSync(join(folder, 'bad.csv.rejects.csv'), 'utf8').trim().split('\n')
    expect(rejects).toEqual([
      'line,record,field,code,value',
      '4,line 4,case_id,missing-case-id,',
      '5,line 5,timestamp,bad-timestamp,yesterday',
      '6,line 6,activity,missing-activity,',
    ])
  })

  it('stores nothing twice when the same file is imported again', async () => {
    const file = join(data, 'running-example/running-example.csv')
    await importFile(file)
    const again = await importFile(file)
    expect(again).toMatchObject({ read: 42, imported: 0, duplicates: 42 })
    expect(await stats()).toMatchObject({ events: 42 })
  })

  it('imports gzip-compressed CSV and JSON lines', async () => {
    writeFileSync(
      join(folder, 'events.csv.gz'),
      gzipSync('case_id,activity,timestamp\nA,start,2026-01-01T10:00:00Z\nA,end,2026-01-01T11:00:00Z\n'),
    )
    expect(await importFile('events.csv.gz')).toMatchObject({ imported: 2 })
    writeFileSync(
      join(folder, 'events.jsonl'),
      [
        { userId: 'u1', event: 'Product Viewed', timestamp: '2026-01-01T10:00:00Z', channel: 'web', sku: 'A-1' },
        { userId: 'u1', event: 'Order Completed', timestamp: '2026-01-01T10:05:00Z', channel: 'app', total: 42.5 },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    )
    expect(await importFile('events.jsonl')).toMatchObject({ imported: 2 })
    const store = await createDuckDbStore({ path: db })
    const events = await store.events.list('default', { userIds: ['u1'] })
    await store.close()
    expect(events.map((e) => [e.name, e.channel])).toEqual([
      ['Product Viewed', 'web'],
      ['Order Completed', 'app'],
    ])
    expect(events[1]?.properties).toMatchObject({ total: 42.5 })
  })

  it('imports Parquet with its types, and TSV', async () => {
    const parquet = join(folder, 'events.parquet')
    const { DuckDBInstance } = await import('@duckdb/node-api')
    const instance = await DuckDBInstance.create(':memory:')
    const connection = await instance.connect()
    await connection.run(
      `COPY (SELECT * FROM (VALUES ('c1', 'Order Completed', TIMESTAMPTZ '2026-01-01 10:00:00+00', 42.5),
                                   ('c2', 'Order Completed', TIMESTAMPTZ '2026-01-02 10:00:00+00', 7.0))
             AS t(case_id, activity, timestamp, total)) TO '${parquet}' (FORMAT parquet)`,
    )
    connection.closeSync()
    instance.closeSync()
    expect(await importFile('events.parquet')).toMatchObject({ read: 2, imported: 2, rejected: 0 })
    writeFileSync(join(folder, 'events.tsv'), 'case_id\tactivity\ttimestamp\nc3\tStore Visit\t2026-01-03T09:00:00Z\n')
    expect(await importFile('events.tsv')).toMatchObject({ imported: 1 })
    const store = await createDuckDbStore({ path: db })
    const events = await store.events.list('default')
    await store.close()
    expect(events.map((e) => [e.userId, e.name, e.timestamp])).toEqual([
      ['c1', 'Order Completed', Date.UTC(2026, 0, 1, 10)],
      ['c2', 'Order Completed', Date.UTC(2026, 0, 2, 10)],
      ['c3', 'Store Visit', Date.UTC(2026, 0, 3, 9)],
    ])
    expect(events[0]?.properties).toMatchObject({ total: 42.5 })
  })

  it('changes nothing and names the line when a CSV row is malformed', async () => {
    await importFile(join(data, 'running-example/running-example.csv'))
    writeFileSync(
      join(folder, 'broken.csv'),
      'case_id,activity,timestamp\nA,start,2026-01-01T10:00:00Z\nA,end,2026-01-01T11:00:00Z,extra\n',
    )
    const result = await parcours('import', 'broken.csv')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^parcours: cannot read .*broken\.csv: .*Line: 3/)
    expect(await stats()).toMatchObject({ events: 42 })
  })

  it('names the columns when it cannot tell which one is the activity, and refuses an unknown column', async () => {
    writeFileSync(join(folder, 'odd.csv'), 'who,what_happened,when\nA,start,2026-01-01T10:00:00Z\n')
    const unknown = await parcours('import', 'odd.csv')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain(
      'cannot tell which column is the activity: name it with --activity (columns: who, what_happened, when)',
    )
    const wrong = await parcours('import', 'odd.csv', '--activity', 'nope')
    expect(wrong.stderr).toContain('no column "nope" for activity')
    const mapped = await parcours(
      'import',
      'odd.csv',
      '--activity',
      'what_happened',
      '--timestamp',
      'when',
      '--case-id',
      'who',
    )
    expect(mapped.code).toBe(0)
  })

  it('stores a lifecycle column as lifecycle:transition, from --lifecycle-column or the mapping file, and names a clash', async () => {
    writeFileSync(
      join(folder, 'lifecycle.csv'),
      'patient,activity,timestamp,status\nP1,surgery,2026-01-01T10:00:00Z,start\nP1,surgery,2026-01-01T10:30:00Z,complete\n',
    )
    writeFileSync(join(folder, 'lifecycle-mapping.json'), JSON.stringify({ caseId: 'patient', lifecycle: 'status' }))
    for (const flags of [
      ['--case-id', 'patient', '--lifecycle-column', 'status'],
      ['--mapping', 'lifecycle-mapping.json'],
    ]) {
      db = join(folder, `db-${counter++}.duckdb`)
      const summary = await importFile('lifecycle.csv', ...flags)
      expect(summary).toMatchObject({ imported: 2, mapping: { caseId: 'patient', lifecycle: 'status' } })
      expect(await stats('--classifier', 'name+lifecycle')).toMatchObject({ events: 2, activities: 2 })
      const store = await createDuckDbStore({ path: db })
      const events = await store.events.list('default')
      await store.close()
      expect(events.map((event) => event.properties)).toEqual([
        { patient: 'P1', 'lifecycle:transition': 'start' },
        { patient: 'P1', 'lifecycle:transition': 'complete' },
      ])
    }
    writeFileSync(
      join(folder, 'clash.csv'),
      'case_id,activity,timestamp,status,lifecycle:transition\nA,x,2026-01-01T10:00:00Z,start,start\n',
    )
    const clash = await parcours('import', 'clash.csv', '--lifecycle-column', 'status')
    expect(clash.code).toBe(1)
    expect(clash.stderr).toContain(
      'the lifecycle column "status" would replace the column "lifecycle:transition": map "lifecycle:transition" instead',
    )
  })

  it('says it cannot read dates it does not recognise', async () => {
    writeFileSync(join(folder, 'dates.csv'), 'case_id,activity,timestamp\nA,start,le 3 mars\n')
    const result = await parcours('import', 'dates.csv')
    expect(result.stderr).toContain(
      'cannot read the dates of column "timestamp" (e.g. le 3 mars): give --timestamp-format',
    )
  })
})
