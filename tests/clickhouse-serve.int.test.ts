import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { type ClickHouseServers, startClickHouseServers } from '@parcours/storage-clickhouse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProcessGroup, PARCOURS_BIN, REPO_ROOT } from './start-parcours-process.js'

// `parcours serve`, `import` and `stats` as real processes with PARCOURS_EVENTS pointing at a real
// clickhouse-server (the storage-clickhouse harness), against the same commands on DuckDB alone.
// Needs the build (`npx tsc -b`), as tests/demo-serve.int.test.ts does.

const data = new URL('../../shared/data/', import.meta.url).pathname
const folder = mkdtempSync(join(tmpdir(), 'parcours-clickhouse-serve-'))
const processes = createProcessGroup()
let clickhouse: ClickHouseServers
let eventsUrl: (database: string) => string

beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 1 })
  const port = clickhouse.servers[0]?.httpPort
  eventsUrl = (database) => `clickhouse://127.0.0.1:${port}/${database}`
}, 120_000)
afterAll(async () => {
  processes.stopAll()
  await clickhouse?.stop()
  rmSync(folder, { recursive: true, force: true })
})

type Env = Record<string, string>

/** Starts `parcours serve` and resolves with its URL, or rejects with everything it printed if it exits first. */
const serve = (env: Env, ...args: string[]) =>
  processes.start(process.execPath, [PARCOURS_BIN, 'serve', '--port', '0', '--no-demo', ...args], {
    ...process.env,
    PARCOURS_EVENTS: '',
    ...env,
  })

/** Runs one `parcours` command to its end. */
async function parcours(env: Env, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [PARCOURS_BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, PARCOURS_EVENTS: '', ...env },
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

async function stats(env: Env, db: string, ...args: string[]): Promise<Record<string, unknown>> {
  const result = await parcours(env, 'stats', '--db', db, '--format', 'json', ...args)
  expect(result.stderr).toBe('')
  return JSON.parse(result.stdout) as Record<string, unknown>
}

const json = (method: string, body?: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
})

/** A batch with ties in time, anonymous visits stitched to a user by identify, channels, and a re-sent event. */
function batch(): unknown[] {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString()
  const track = (messageId: string, who: Record<string, string>, event: string, minute: number, channel = 'web') => ({
    type: 'track',
    messageId,
    event,
    timestamp: at(minute),
    channel,
    properties: { plan: who.userId === 'u1' ? 'gold' : 'free', note: 'l\'été "quoted" \\ back\nline' },
    ...who,
  })
  return [
    track('m1', { anonymousId: 'a1' }, 'Visit', 0),
    track('m2', { anonymousId: 'a1' }, 'Cart', 1),
    {
      type: 'identify',
      messageId: 'm3',
      anonymousId: 'a1',
      userId: 'u1',
      timestamp: at(2),
      traits: { email: 'lea@example.fr' },
    },
    track('m4', { userId: 'u1' }, 'Order', 3, 'app'),
    track('m5', { userId: 'u2' }, 'Visit', 0),
    track('m6', { userId: 'u2' }, 'Cart', 0),
    track('m7', { userId: 'u2' }, 'Order', 0, 'store'),
    track('m8', { userId: 'u3' }, 'Visit', 5),
    track('m9', { anonymousId: 'a9' }, 'Visit', 7),
    track('m1', { anonymousId: 'a1' }, 'Visit', 0),
  ]
}

/** Serves a fresh database, creates a project and a key through the API, sends the batch, reads the answers. */
async function sendAndRead(env: Env, db: string) {
  const { url, output, child } = await serve(env, '--db', db)
  try {
    const project = await fetch(`${url}/api/projects`, json('POST', { id: 'acme', name: 'Acme', locale: 'fr' }))
    expect(project.status).toBe(201)
    const key = await fetch(`${url}/api/projects/acme/keys`, json('POST'))
    expect(key.status).toBe(201)
    const { writeKey } = (await key.json()) as { writeKey: string }
    const basic = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`
    for (let round = 0; round < 2; round++) {
      const sent = await fetch(`${url}/v1/batch`, json('POST', { batch: batch() }, { Authorization: basic }))
      expect(sent.status).toBe(200)
    }
    // A file uploaded and imported through the API (the web app's import): rows with a shared
    // e-mail, one rejected (no activity), previewed and read by DuckDB, stored where the events are.
    const calls = [
      'Dossier;Activité;Date;Canal;Email',
      'D1;Appel reçu;31/01/2026 09:15;phone;lea@example.fr',
      'D1;Devis envoyé;31/01/2026 10:30;email;lea@example.fr',
      'D2;;01/02/2026 11:00;web;',
      'D2;Appel reçu;01/02/2026 12:45;phone;marc@example.fr',
    ].join('\n')
    const uploaded = await fetch(`${url}/api/projects/acme/imports?filename=appels.csv`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: calls,
    })
    expect(uploaded.status).toBe(201)
    const { id, preview } = (await uploaded.json()) as { id: string; preview: unknown }
    const started = await fetch(
      `${url}/api/projects/acme/imports/${id}/start`,
      json('POST', { mapping: { caseId: 'Dossier' } }),
    )
    expect(started.status).toBe(202)
    let imported: { state: string; summary?: unknown } = { state: 'running' }
    for (let attempt = 0; attempt < 600 && imported.state === 'running'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      imported = (await (await fetch(`${url}/api/projects/acme/imports/${id}`)).json()) as typeof imported
    }
    expect(imported).toMatchObject({ state: 'done', summary: { imported: 3, rejected: 1 } })
    const read = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${url}${path}`, json(method, body))
      return { status: response.status, body: (await response.json()) as unknown }
    }
    // A map whose touchpoints are the batch's events, for conformance (a document: stays in DuckDB).
    const fromTemplate = await fetch(
      `${url}/api/projects/acme/maps/from-template`,
      json('POST', { templateId: 'nine-steps', lang: 'en', id: 'shop' }),
    )
    expect(fromTemplate.status).toBe(201)
    const created = (await fromTemplate.json()) as { version: number; document: { stages: { id: string }[] } }
    const [first, second] = created.document.stages
    const touchpoint = (id: string, stageId: string | undefined, events: string[], isRequired: boolean) => ({
      id,
      name: id,
      channel: 'web',
      mode: 'online',
      stageId,
      isRequired,
      selector: { events },
    })
    const bound = await fetch(
      `${url}/api/projects/acme/maps/shop`,
      json(
        'PUT',
        {
          ...created.document,
          kpis: [], // the template's KPIs name its own touchpoints
          touchpoints: [
            touchpoint('tp-visit', first?.id, ['Visit'], false),
            touchpoint('tp-cart', second?.id, ['Cart'], true),
            touchpoint('tp-order', second?.id, ['Order'], true),
          ],
        },
        { 'If-Match': `"${created.version}"` },
      ),
    )
    expect(bound.status).toBe(200)
    const answers = {
      preview,
      summary: imported.summary,
      customers: await read('GET', '/api/projects/acme/customers'),
      variants: await read('POST', '/api/projects/acme/analyses', { analysis: 'variants' }),
      processMap: await read('POST', '/api/projects/acme/analyses', { analysis: 'process-map' }),
      funnel: await read('POST', '/api/projects/acme/analyses', {
        analysis: 'funnel',
        funnel: {
          steps: ['Visit', 'Cart', 'Order'].map((name) => ({ name, selector: { events: [name] } })),
          countBy: 'customer',
        },
      }),
      filteredVariants: await read('POST', '/api/projects/acme/analyses', {
        analysis: 'variants',
        channels: ['web', 'app'],
        from: '2026-03-01T09:01:00+00:00',
        top: 2,
      }),
      conformance: await read('POST', '/api/projects/acme/analyses', {
        analysis: 'conformance',
        mapId: 'shop',
        exampleCases: 2,
      }),
      // A segment is not computed inside ClickHouse: the journey log answers it.
      segment: await read('POST', '/api/projects/acme/analyses', {
        analysis: 'variants',
        segment: { match: 'all', conditions: [{ kind: 'channel', channels: ['app'] }] },
      }),
    }
    const eventCatalog = await read('GET', '/api/projects/acme/event-catalog')
    return { output, answers, eventCatalog }
  } finally {
    await processes.stop(child)
  }
}

type Answers = Awaited<ReturnType<typeof sendAndRead>>['answers']
const ANALYSES = ['variants', 'processMap', 'funnel', 'filteredVariants', 'conformance', 'segment'] as const

/** Where each analysis was computed (`computedBy` of its answer), and the answers without it. */
function splitComputedBy(answers: Answers) {
  const computedBy: Record<string, unknown> = {}
  const rest: Record<string, unknown> = { ...answers }
  for (const key of ANALYSES) {
    const { status, body } = answers[key]
    expect(status, key).toBe(200)
    const { computedBy: where, ...answer } = body as Record<string, unknown>
    computedBy[key] = where
    rest[key] = { status, body: answer }
  }
  return { computedBy, rest }
}

/** On ClickHouse: variants, process map, funnel and conformance inside ClickHouse, the segment on the journey log. */
const ON_CLICKHOUSE = {
  variants: 'clickhouse',
  processMap: 'clickhouse',
  funnel: 'clickhouse',
  filteredVariants: 'clickhouse',
  conformance: 'clickhouse',
  segment: 'embedded',
}
const ON_DUCKDB = Object.fromEntries(ANALYSES.map((key) => [key, 'embedded']))

/** Both engines give the same answers; each says where it computed them. */
function expectSameAnswers(onClickHouse: Answers, onDuckDb: Answers) {
  const clickhouse = splitComputedBy(onClickHouse)
  const duckdb = splitComputedBy(onDuckDb)
  expect(duckdb.computedBy).toEqual(ON_DUCKDB)
  expect(clickhouse.computedBy).toEqual(ON_CLICKHOUSE)
  expect(clickhouse.rest).toEqual(duckdb.rest)
}

describe('parcours serve with PARCOURS_EVENTS=clickhouse://…', () => {
  it('stores the events of /v1/batch in ClickHouse and answers as DuckDB alone does', async () => {
    const onDuckDb = await sendAndRead({}, join(folder, 'alone.duckdb'))
    const onClickHouse = await sendAndRead({ PARCOURS_EVENTS: eventsUrl('served') }, join(folder, 'documents.duckdb'))
    expect(onClickHouse.output).toContain(
      `events on ClickHouse http://127.0.0.1:${clickhouse.servers[0]?.httpPort}/served`,
    )
    expect(onDuckDb.answers.variants.status).toBe(200)
    // a1's visits and u1's order are one customer (the identify links them), and so is the file's
    // D1 (same e-mail as u1's identify): a1+u1+D1, u2, u3, a9, D2.
    expect(onDuckDb.answers.customers.body).toMatchObject({ total: 5 })
    expectSameAnswers(onClickHouse.answers, onDuckDb.answers)
    // Five customers against the map: two follow it, one meets none of its touchpoints.
    expect(onDuckDb.answers.conformance.body).toMatchObject({
      result: { model: { totalCases: 5, fittingCases: 2, casesWithoutTouchpoints: 1, distinctTraces: 2 } },
    })
    expect(onDuckDb.answers.funnel.body).toMatchObject({
      result: { steps: [{ count: 4 }, { count: 2 }, { count: 2 }] },
    })
    // The property catalog (computed from the ClickHouse events) and the rest of the event catalog.
    expect(onDuckDb.eventCatalog.status).toBe(200)
    const paths = (onDuckDb.eventCatalog.body as { properties: { path: string }[] }).properties.map((p) => p.path)
    expect(paths.slice(0, 3)).toEqual(['properties.note', 'properties.plan', 'properties.Dossier'])
    expect(onClickHouse.eventCatalog).toEqual(onDuckDb.eventCatalog)

    // The events are in ClickHouse (once each, the re-sent batch and event skipped), none in the DuckDB file.
    const server = clickhouse.servers[0]
    expect((await server?.query(`SELECT count() FROM served.events WHERE project = 'acme'`))?.trim()).toBe('12')
    const fromClickHouse = await stats(
      { PARCOURS_EVENTS: eventsUrl('served') },
      join(folder, 'documents.duckdb'),
      '--project',
      'acme',
    )
    const fromDuckDb = await stats({}, join(folder, 'alone.duckdb'), '--project', 'acme')
    expect(fromClickHouse).toEqual(fromDuckDb)
    expect(fromDuckDb).toMatchObject({ events: 12 })
    expect(await stats({}, join(folder, 'documents.duckdb'), '--project', 'acme')).toMatchObject({ events: 0 })
  })

  it('imports receipt.csv into ClickHouse: 1,434 cases, 8,577 events, and again stores nothing twice', async () => {
    const env = { PARCOURS_EVENTS: eventsUrl('receipt') }
    const db = join(folder, 'receipt.duckdb')
    const file = join(data, 'receipt', 'receipt.csv')
    const first = await parcours(env, 'import', file, '--db', db, '--summary', 'json')
    expect(first.stderr).toBe('')
    expect(JSON.parse(first.stdout)).toMatchObject({ read: 8_577, imported: 8_577, duplicates: 0, rejected: 0 })
    expect(await stats(env, db)).toMatchObject({ cases: 1_434, events: 8_577, activities: 27 })
    const again = await parcours(env, 'import', file, '--db', db, '--summary', 'json')
    expect(JSON.parse(again.stdout)).toMatchObject({ read: 8_577, imported: 0, duplicates: 8_577 })
    expect(await stats(env, db)).toMatchObject({ cases: 1_434, events: 8_577 })
    expect((await clickhouse.servers[0]?.query('SELECT count() FROM receipt.events'))?.trim()).toBe('8577')
    expect(await stats({}, db)).toMatchObject({ events: 0 })
  })

  it('gives the same analyses of receipt (CSV, then XES) through parcours analyze as DuckDB alone', async () => {
    const env = { PARCOURS_EVENTS: eventsUrl('analyzed') }
    const file = join(data, 'receipt', 'receipt.csv')
    const alone = join(folder, 'receipt-alone.duckdb')
    const documents = join(folder, 'receipt-documents.duckdb')
    expect((await parcours({}, 'import', file, '--db', alone)).code).toBe(0)
    expect((await parcours(env, 'import', file, '--db', documents)).code).toBe(0)
    for (const analysis of [
      ['variants'],
      ['process-map'],
      [
        'funnel',
        '--steps',
        'Confirmation of receipt,T02 Check confirmation of receipt,T04 Determine confirmation of receipt',
      ],
    ]) {
      const expected = await parcours({}, 'analyze', ...analysis, '--db', alone, '--format', 'json')
      const actual = await parcours(env, 'analyze', ...analysis, '--db', documents, '--format', 'json')
      expect(expected.code).toBe(0)
      expect(actual).toEqual(expected)
    }
    const customers = ['customer', 'list', '--limit', '5', '--format', 'json']
    const customersAlone = await parcours({}, ...customers, '--db', alone)
    expect(customersAlone.code).toBe(0)
    expect(await parcours(env, ...customers, '--db', documents)).toEqual(customersAlone)
    const xes = await parcours(
      { PARCOURS_EVENTS: eventsUrl('xes') },
      'import',
      join(data, 'receipt', 'receipt.xes.gz'),
      '--db',
      join(folder, 'xes.duckdb'),
      '--summary',
      'json',
    )
    expect(xes.stderr).toBe('')
    expect(JSON.parse(xes.stdout)).toMatchObject({ imported: 8_577 })
    expect(await stats({ PARCOURS_EVENTS: eventsUrl('xes') }, join(folder, 'xes.duckdb'))).toMatchObject({
      cases: 1_434,
      events: 8_577,
      activities: 27,
    })
  })

  it('serves a two-shard cluster (?cluster=…) with the same answers as DuckDB alone', async () => {
    const cluster = await startClickHouseServers({ shards: 2 })
    try {
      const hosts = cluster.servers.map((server) => `127.0.0.1:${server.httpPort}`).join(',')
      const env = { PARCOURS_EVENTS: `clickhouse://${hosts}/sharded?cluster=${cluster.cluster}` }
      const onDuckDb = await sendAndRead({}, join(folder, 'alone-for-cluster.duckdb'))
      const onCluster = await sendAndRead(env, join(folder, 'cluster-documents.duckdb'))
      expectSameAnswers(onCluster.answers, onDuckDb.answers)
      const local = await Promise.all(
        cluster.servers.map(async (server) => Number(await server.query('SELECT count() FROM sharded.events_local'))),
      )
      expect(local.reduce((a, b) => a + b, 0)).toBe(12)
      expect(local.every((count) => count > 0)).toBe(true)
      const fromCluster = await stats(env, join(folder, 'cluster-documents.duckdb'), '--project', 'acme')
      expect(fromCluster).toEqual(await stats({}, join(folder, 'alone-for-cluster.duckdb'), '--project', 'acme'))
    } finally {
      await cluster.stop()
    }
  })

  const malformed: [string, string][] = [
    ['postgres://127.0.0.1:8123/parcours', 'bad scheme "postgres"'],
    ['clickhouse://127.0.0.1:80a/parcours', 'bad port "80a"'],
    ['clickhouse://127.0.0.1:8123', 'bad database ""'],
    ['clickhouse://127.0.0.1:8123/par-cours', 'bad database "par-cours"'],
    ['clickhouse://127.0.0.1:8123/parcours?shards=2', 'bad parameter "shards"'],
    ['clickhouse://a:8123,b:8123/parcours', 'bad cluster ""'],
    ['clickhouse://bob:s3cret@ho_st/parcours', 'bad host "ho_st"'],
  ]
  for (const [value, named] of malformed)
    it(`refuses to start with PARCOURS_EVENTS=${value}, naming the part (${named})`, async () => {
      const failure = await serve({ PARCOURS_EVENTS: value }, '--db', join(folder, 'never.duckdb')).then(
        () => '',
        (error: Error) => error.message,
      )
      expect(failure).toContain(`PARCOURS_EVENTS: ${named}`)
      expect(failure).not.toContain('s3cret')
      expect(failure).not.toContain('running at')
    })

  it('refuses to start when the ClickHouse server cannot be reached, naming it', async () => {
    const failure = await serve(
      { PARCOURS_EVENTS: 'clickhouse://127.0.0.1:1/parcours' },
      '--db',
      join(folder, 'never.duckdb'),
    ).then(
      () => '',
      (error: Error) => error.message,
    )
    expect(failure).toContain('PARCOURS_EVENTS: cannot use ClickHouse at http://127.0.0.1:1')
    expect(failure).toContain('could not be reached')
  })

  it('refuses a cluster the server does not declare', async () => {
    const port = clickhouse.servers[0]?.httpPort
    const result = await parcours(
      { PARCOURS_EVENTS: `clickhouse://127.0.0.1:${port}/parcours?cluster=nowhere` },
      'stats',
      '--db',
      join(folder, 'never.duckdb'),
    )
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('PARCOURS_EVENTS: the cluster "nowhere" is not in the remote_servers of')
  })
})
