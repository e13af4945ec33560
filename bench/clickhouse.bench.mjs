#!/usr/bin/env node
// Parcours on ClickHouse (issue 6): import throughput, the engine-side analyses against the
// hand-written ClickHouse SQL and the embedded engine, one shard against two, measured in one run.
//
//   npm run build && node bench/clickhouse.bench.mjs --events 1m          # a few minutes
//
// Servers: Debian's clickhouse-server 18.16, started by startClickHouseServers of
// packages/storage-clickhouse/dist (loopback, free ports, a temporary folder each, default user
// without password, max_memory_usage 4 GB per query): first one server (`{ shards: 1 }`), then
// two forming the cluster `.cluster` (`{ shards: 2 }`, one shard per server). Both are stopped
// before the script ends, also on error or Ctrl-C. On a 2-core machine the two servers share the
// same two cores.
//
// Preparation (not timed, cached in bench/data/):
//   - analytics-<n>.duckdb and analytics-<n>-peer.duckdb, the Parcours store and the peers' table
//     of bench/analytics.bench.mjs (made by `node bench/analytics.bench.mjs --events <n>
//     --prepare-only` when missing): the CSV imported into project `bench`, identities stitched;
//     `journey(customer, name, ts, seq)` one row per journey event, customer being the stitched
//     customer id (identify/alias/group events left out);
//   - clickhouse-<n>-journey.tsv: that table with the columns the engine-side functions read
//     (project = 'bench', customer, ts in ms, seq, name, lifecycle = '' and channel = '': the
//     generator's events have no lifecycle, and no analysis here selects by channel), written by
//     DuckDB's COPY in seq order.
// In each server set, `journey_local` (MergeTree ORDER BY (project, customer, ts, seq), merged to
// one part by OPTIMIZE … FINAL) is loaded from that TSV by clickhouse-client; with one server
// `journey` is that table (renamed), with two `journey` is a Distributed table over
// journey_local sharded by cityHash64(customer), so that each customer lives on one shard
// (loaded through it with insert_distributed_sync=1, then each shard's part merged).
//
// Measured:
//   import (one server, timed once each, the same file):
//     parcours   `node packages/cli/bin/parcours.js import <csv> --project bench --mapping <json>
//                --db <temporary documents.duckdb> --summary json` (project `default`) with
//                PARCOURS_EVENTS=clickhouse://127.0.0.1:<httpPort>/bench (the database created
//                and migrated by the CLI at start, included), the mapping of
//                bench/import-csv.bench.mjs: DuckDB reads the file, the events are stored in
//                ClickHouse with the identity map; wall time of the process;
//     client     `clickhouse-client --port <tcpPort> --query "INSERT INTO raw_events FORMAT
//                CSVWithNames" < <csv>` into a plain MergeTree table with the CSV's 21 columns as
//                String (ORDER BY message_id): no parsing of timestamps, no identities, the
//                server's raw insert speed; wall time of the process.
//     Both processes run under GNU time (/usr/bin/time -f %M, when present) for their peak RSS
//     (the client process only: the server's memory is not counted).
//     events/s for both and client ÷ Parcours.
//   analyses (warm: median of --runs after one warm-up, waiting for idle CPUs before each):
//     the variants top 10, the process map (every edge's transitions and distinct cases; the
//     engine-side and embedded ones also compute durations, activities, start and end), the
//     4-step ordered funnel Product Viewed → Cart Updated → Checkout Started → Order Completed,
//     14-day window from step 1, counted per customer, computed three ways:
//       adapter    clickhouseVariants / clickhouseProcessMap / clickhouseFunnel of
//                  @parcours/storage-clickhouse over { table: 'journey', project: 'bench' }
//                  (HTTP on loopback, round trip included);
//       SQL        the hand-written ClickHouse SQL of bench/analytics.bench.mjs (copied below),
//                  over the same `journey` (extra columns ignored);
//       embedded   Parcours's DuckDB store: store.journeys.journeyLog('bench') (the freshness
//                  checks every API call makes; the index is built before timing) + core's
//                  runAnalysis with the request parsed by AnalysisRequest, as the API serves it.
//       stored     the API's path: the store opened on the database `parcours import` filled
//                  (openClickHouseStore), engineAnalyses.run('default', request) — the same
//                  functions over the stored events joined to the identity map; the first call
//                  brings the identity map up to date (its seconds and the process's RSS printed);
//                  one server only, and only when the imports ran.
//     adapter and SQL on one server and on two shards (the query sent to the first server, the
//     initiator of the Distributed query); embedded is one process.
//     conformance to the nine-steps map bound by event names (bench/nine-steps-map.mjs): on the
//     API path and the embedded engine only (no flat-table adapter or hand-written SQL for it).
// Answers are compared with the embedded engine's (funnel step counts; every edge's transitions
// and cases; number of variants and the top-10 case counts; conformance's whole answer) and
// MATCH or the difference printed.
// Results: tables with ratios measured in this run and bench/data/clickhouse-<n>.json.
//
// Flags: --events 1m|10m|100k (default 1m)  --runs N (default 5)
//        --max-wait S (wait up to S seconds for idle CPUs before each timed section, default 60)
//        --skip-import (skip the two imports)
//        --import-only (only the two imports: no journey table, no analyses, no second server set)
//        --baseline <parcours.js> (also import with the CLI of another build, e.g. a `git archive` of
//                   an older commit built with `tsc -b`: its own database on the same server, timed
//                   the same way, so the two figures come from one run)

import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { BENCH_DIR, DATA, describeMachine, parseFlags, ROOT, waitForIdle } from './bench-machine.mjs'
import { COLUMNS } from './generate-events.mjs'
import { MAPPING } from './import-csv.bench.mjs'
import { nameBoundNineSteps } from './nine-steps-map.mjs'

const PROJECT = 'bench'
const FUNNEL_STEPS = ['Product Viewed', 'Cart Updated', 'Checkout Started', 'Order Completed']
const WINDOW_MS = 14 * 24 * 60 * 60 * 1000
const TOP = 10
const ANALYSES = ['variants', 'process-map', 'funnel']
/** Measured on the API path and the embedded engine only: conformance has no flat-table adapter or hand-written SQL. */
const API_ANALYSES = [...ANALYSES, 'conformance']

const parseSize = (text) => {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(String(text))
  if (match === null) throw new Error(`bad size ${text}`)
  return Math.round(Number(match[1]) * { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase()])
}
const sizeName = (n) => (n % 1e6 === 0 ? `${n / 1e6}m` : n % 1e3 === 0 ? `${n / 1e3}k` : String(n))
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

/** Waits for idle CPUs, runs a section once to warm up, then `runs` times: the median (ms), every run and the last answer. */
async function timeRuns(runs, maxWait, body) {
  const busyBefore = await waitForIdle(maxWait)
  let answer = await body()
  const times = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    answer = await body()
    times.push(performance.now() - start)
  }
  return { ms: round(median(times)), runs: times.map((t) => round(t)), busyBefore, answer }
}

const TIME = '/usr/bin/time'

/**
 * Runs a process to its end: wall seconds, stdout, and with `peakRss` its peak resident memory
 * (MB, GNU time's %M, when /usr/bin/time exists); rejects with its stderr on a non-zero exit.
 */
function run(command, args, { env = process.env, stdin = 'ignore', peakRss = false } = {}) {
  const measured = peakRss && existsSync(TIME)
  const [file, argv] = measured ? [TIME, ['-f', 'PEAK_RSS_KB %M', command, ...args]] : [command, args]
  return new Promise((resolvePromise, reject) => {
    const start = performance.now()
    const child = spawn(file, argv, { cwd: ROOT, env, stdio: [stdin, 'pipe', 'pipe'] })
    let out = ''
    let errors = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.stderr.on('data', (chunk) => {
      errors += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000
      const rss = /PEAK_RSS_KB (\d+)/.exec(errors)
      const peakRssMb = rss === null ? undefined : Math.round(Number(rss[1]) / 1024)
      if (code === 0) resolvePromise({ seconds, stdout: out, stderr: errors, peakRssMb })
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${errors.slice(0, 2000)}`))
    })
  })
}

const rowsOf = async (server, sql) => JSON.parse(await server.query(`${sql}\nFORMAT JSONCompact`)).data

// ---------------------------------------------------------------------------------------------
// Preparation.

function paths(n) {
  const name = sizeName(n)
  return {
    name,
    csv: join(DATA, `events-${name}.csv`),
    parcours: join(DATA, `analytics-${name}.duckdb`),
    peer: join(DATA, `analytics-${name}-peer.duckdb`),
    journeyTsv: join(DATA, `clickhouse-${name}-journey.tsv`),
    result: join(DATA, `clickhouse-${name}.json`),
  }
}

/** The cached stores of analytics.bench.mjs, and the journey TSV with the adapter's columns; the sorted event names. */
async function prepare(p) {
  if (!existsSync(p.parcours) || !existsSync(p.peer)) {
    console.log(`   preparing: node bench/analytics.bench.mjs --events ${p.name} --prepare-only…`)
    await run(process.execPath, [join(BENCH_DIR, 'analytics.bench.mjs'), '--events', p.name, '--prepare-only'])
  }
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const instance = await DuckDBInstance.create(p.peer, { access_mode: 'READ_ONLY' })
  const connection = await instance.connect()
  try {
    if (!existsSync(p.journeyTsv)) {
      console.log(`   preparing: ${p.journeyTsv}…`)
      await connection.run(
        `COPY (SELECT '${PROJECT}' AS project, customer, ts, seq, name, '' AS lifecycle, '' AS channel FROM journey ORDER BY seq)
         TO '${p.journeyTsv}' (FORMAT csv, DELIMITER '\t', HEADER false)`,
      )
    }
    const [[rows, customers]] = (
      await connection.runAndReadAll('SELECT count(*)::DOUBLE, count(DISTINCT customer)::DOUBLE FROM journey')
    ).getRowsJS()
    const names = (await connection.runAndReadAll('SELECT DISTINCT name FROM journey')).getRowsJS().map((r) => r[0])
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    return { rows, customers, names }
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

const JOURNEY_COLUMNS =
  'project String, customer String, ts Int64, seq UInt64, name String, lifecycle String, channel String'

/** Loads the journey TSV into `journey` (one server: a MergeTree table; several: Distributed over journey_local). */
async function loadJourney(clickhouse, tsv, expectedRows) {
  const start = performance.now()
  const [first] = clickhouse.servers
  const sharded = clickhouse.servers.length > 1
  for (const server of clickhouse.servers) {
    await server.query('DROP TABLE IF EXISTS journey')
    await server.query('DROP TABLE IF EXISTS journey_local')
    await server.query(
      `CREATE TABLE journey_local (${JOURNEY_COLUMNS}) ENGINE = MergeTree ORDER BY (project, customer, ts, seq)`,
    )
  }
  if (sharded)
    await first.query(
      `CREATE TABLE journey AS journey_local ENGINE = Distributed(${clickhouse.cluster}, default, journey_local, cityHash64(customer))`,
    )
  else await first.query('RENAME TABLE journey_local TO journey')
  await run(
    'clickhouse-client',
    [
      '--host',
      '127.0.0.1',
      '--port',
      String(first.tcpPort),
      ...(sharded ? ['--insert_distributed_sync=1'] : []),
      '--query',
      'INSERT INTO journey FORMAT TabSeparated',
    ],
    { stdin: openSync(tsv, 'r') },
  )
  const perShard = []
  for (const server of clickhouse.servers) {
    const local = sharded ? 'journey_local' : 'journey'
    await server.query(`OPTIMIZE TABLE ${local} FINAL`)
    const [[rows]] = await rowsOf(server, `SELECT count() FROM ${local}`)
    perShard.push(Number(rows))
  }
  const [[total]] = await rowsOf(first, 'SELECT count() FROM journey')
  if (Number(total) !== expectedRows) throw new Error(`journey has ${total} rows, the peer table ${expectedRows}`)
  return { rows: Number(total), perShard, seconds: round((performance.now() - start) / 1000) }
}

// ---------------------------------------------------------------------------------------------
// Imports (one server).

/**
 * `parcours import` of the CSV into the database `database` of the server, through the CLI at
 * `bin` (this tree's, or a baseline build's), after waiting up to 60 s for idle CPUs: wall
 * seconds, peak RSS, events/s, the summary and how busy the CPUs still were before it.
 */
async function importThroughParcours(server, p, events, folder, bin, database) {
  const mapping = join(folder, 'mapping.json')
  writeFileSync(mapping, JSON.stringify(MAPPING))
  const env = { ...process.env, PARCOURS_EVENTS: `clickhouse://127.0.0.1:${server.httpPort}/${database}` }
  const busyBefore = await waitForIdle(60)
  console.log(`   parcours import → ClickHouse (${bin})…`)
  const parcours = await run(
    process.execPath,
    [
      bin,
      'import',
      p.csv,
      '--mapping',
      mapping,
      '--db',
      join(folder, `${database}-documents.duckdb`),
      '--reject-file',
      join(folder, 'rejects.csv'),
      '--summary',
      'json',
    ],
    { env, peakRss: true },
  )
  const summary = JSON.parse(parcours.stdout.slice(parcours.stdout.indexOf('{')))
  const [[stored]] = await rowsOf(server, `SELECT count() FROM ${database}.events`)
  console.log(
    `   parcours: ${round(parcours.seconds, 2)} s, ${summary.imported} imported (${stored} rows in ${database}.events), peak RSS ${parcours.peakRssMb} MB`,
  )
  return {
    seconds: round(parcours.seconds, 2),
    imported: summary.imported,
    summary,
    storedRows: Number(stored),
    peakRssMb: parcours.peakRssMb,
    eventsPerSecond: Math.round(events / parcours.seconds),
    busyBefore,
  }
}

async function measureImports(server, p, events, baselineBin) {
  const folder = mkdtempSync(join(tmpdir(), 'parcours-clickhouse-bench-'))
  try {
    const parcours = await importThroughParcours(
      server,
      p,
      events,
      folder,
      join(ROOT, 'packages', 'cli', 'bin', 'parcours.js'),
      'bench',
    )
    const baseline =
      baselineBin === undefined
        ? undefined
        : {
            bin: baselineBin,
            ...(await importThroughParcours(server, p, events, folder, baselineBin, 'bench_baseline')),
          }
    await server.query('DROP DATABASE IF EXISTS bench_baseline')

    await server.query('DROP TABLE IF EXISTS raw_events')
    await server.query(
      `CREATE TABLE raw_events (${COLUMNS.map((c) => `${c} String`).join(', ')}) ENGINE = MergeTree ORDER BY message_id`,
    )
    console.log('   clickhouse-client INSERT … FORMAT CSVWithNames…')
    const client = await run(
      'clickhouse-client',
      [
        '--host',
        '127.0.0.1',
        '--port',
        String(server.tcpPort),
        '--query',
        'INSERT INTO raw_events FORMAT CSVWithNames',
      ],
      { stdin: openSync(p.csv, 'r'), peakRss: true },
    )
    const [[inserted]] = await rowsOf(server, 'SELECT count() FROM raw_events')
    console.log(
      `   clickhouse-client: ${round(client.seconds, 2)} s, ${inserted} rows, peak RSS ${client.peakRssMb} MB`,
    )
    await server.query('DROP TABLE raw_events')
    return {
      parcours,
      ...(baseline === undefined ? {} : { baseline }),
      client: {
        seconds: round(client.seconds, 2),
        rows: Number(inserted),
        peakRssMb: client.peakRssMb,
        eventsPerSecond: Math.round(events / client.seconds),
      },
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// The three ways.

/** The SQL list of the event names, in code-point order (as analytics.bench.mjs). */
const nameList = (names) => `[${names.map((name) => `'${name}'`).join(', ')}]`

/**
 * The hand-written ClickHouse SQL of bench/analytics.bench.mjs (clickHouseSequences and
 * clickHouseQueries there: funnel, process-map counts only, variants), copied as is.
 */
const clickHouseSequences = (names) =>
  `SELECT customer, arraySort(groupArray((ts, seq, toUInt8(indexOf(${nameList(names)}, name))))) AS events FROM journey GROUP BY customer`

const handWrittenQueries = (names) => ({
  variants: {
    sql: `SELECT count() AS total,
                 arrayMap(x -> (arrayMap(c -> ${nameList(names)}[c], x.1), x.2), arraySlice(arraySort(x -> -x.2, groupArray((codes, cases))), 1, ${TOP})) AS top
          FROM (SELECT codes, count() AS cases
                FROM (SELECT arrayMap(x -> x.3, events) AS codes FROM (${clickHouseSequences(names)})) GROUP BY codes)`,
    answer: (rows) => ({
      totalVariants: Number(rows[0][0]),
      top: rows[0][1].map(([sequence, cases]) => ({ sequence, cases: Number(cases) })),
    }),
  },
  'process-map': {
    sql: `SELECT ${nameList(names)}[source], ${nameList(names)}[target], count() AS transitions, uniqExact(customer) AS cases
          FROM (SELECT customer, arrayMap(x -> x.3, events) AS codes FROM (${clickHouseSequences(names)}))
          ARRAY JOIN arrayPopBack(codes) AS source, arrayPopFront(codes) AS target
          GROUP BY source, target`,
    answer: (rows) => ({ edges: rows.map(([from, to, t, c]) => [from, to, Number(t), Number(c)]) }),
  },
  funnel: {
    sql: `SELECT level, count() FROM (
            SELECT customer, windowFunnel(${WINDOW_MS / 1000})(toDateTime(intDiv(ts, 1000)), ${FUNNEL_STEPS.map((name) => `name = '${name}'`).join(', ')}) AS level
            FROM journey WHERE name IN (${FUNNEL_STEPS.map((name) => `'${name}'`).join(', ')}) GROUP BY customer)
          GROUP BY level`,
    answer: (rows) => {
      const steps = FUNNEL_STEPS.map(() => 0)
      for (const [level, count] of rows) for (let j = 0; j < Number(level); j++) steps[j] += Number(count)
      return { steps }
    },
  },
})

/** The analyses' requests, parsed as the API parses them, and the context they run with (the map). */
function requests(core) {
  const map = nameBoundNineSteps(core.findTemplate)
  if (map === undefined) throw new Error('the nine-steps template is missing from @parcours/core')
  return {
    context: { map },
    conformance: core.AnalysisRequest.parse({ analysis: 'conformance', mapId: map.id }),
    variants: core.AnalysisRequest.parse({ analysis: 'variants', classifier: 'name', top: TOP }),
    'process-map': core.AnalysisRequest.parse({ analysis: 'process-map', classifier: 'name' }),
    funnel: core.AnalysisRequest.parse({
      analysis: 'funnel',
      funnel: {
        steps: FUNNEL_STEPS.map((step) => ({ name: step, selector: { events: [step] } })),
        mode: 'ordered',
        windowMs: WINDOW_MS,
        countBy: 'customer',
      },
    }),
  }
}

/** The comparable part of an answer: variants, process map or funnel result of core's types. */
const answerOf = {
  variants: (table) => ({
    totalVariants: table.totalVariants,
    top: table.rows.filter((row) => row.other !== true).map((row) => ({ sequence: row.sequence, cases: row.cases })),
  }),
  'process-map': (map) => ({ edges: map.edges.map((e) => [e.from, e.to, e.transitions, e.cases]) }),
  funnel: (result) => ({ steps: result.steps.map((step) => step.count) }),
  conformance: ({ model }) => model,
}

/** The engine-side functions of @parcours/storage-clickhouse. */
function adapterAnalyses(adapter, core, server) {
  const query = (sql) => server.query(sql)
  const source = { table: 'journey', project: PROJECT }
  const parsed = requests(core)
  return {
    variants: async () => answerOf.variants(await adapter.clickhouseVariants(query, { ...source, top: TOP })),
    'process-map': async () => answerOf['process-map'](await adapter.clickhouseProcessMap(query, source)),
    funnel: async () => {
      const result = await adapter.clickhouseFunnel(query, { ...source, spec: parsed.funnel.funnel })
      if (!result.ok) throw new Error(`clickhouseFunnel: ${JSON.stringify(result.error)}`)
      return answerOf.funnel(result.value)
    },
  }
}

/**
 * The API's path with PARCOURS_EVENTS: the store opened on the database `parcours import` filled
 * (project `default`), `engineAnalyses.run` over the stored events joined to the identity map.
 * The first call brings the identity map up to date (timed apart as `identities`).
 */
async function measureStored(server, adapter, core, runs, maxWait) {
  const location = adapter.parseClickHouseUrl(`clickhouse://127.0.0.1:${server.httpPort}/bench`)
  if (!location.ok) throw new Error(JSON.stringify(location.error))
  const opened = await adapter.openClickHouseStore(location.value)
  if (!opened.ok) throw new Error(JSON.stringify(opened.error))
  const store = opened.value
  try {
    const parsed = requests(core)
    const t0 = performance.now()
    const computation = await store.identities.ensureFresh('default')
    const identities = {
      seconds: round((performance.now() - t0) / 1000, 2),
      customers: computation.computation.customers,
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
    }
    console.log(
      `   stored: identity map brought up to date in ${identities.seconds} s (${identities.customers} customers, RSS ${identities.rssMb} MB)`,
    )
    const results = {}
    for (const name of API_ANALYSES) {
      try {
        results[name] = await timeRuns(runs, maxWait, async () => {
          const answer = await store.engineAnalyses.run('default', parsed[name], parsed.context)
          if (answer === undefined) throw new Error(`${name}: the engine refused the request`)
          return answerOf[name](answer.result)
        })
        console.log(`   1 shard stored ${name}: ${results[name].ms} ms`)
      } catch (error) {
        // Recorded and printed in the results (a server's memory limit, for one): the run goes on.
        results[name] = { failed: String(error?.message ?? error).slice(0, 300) }
        console.log(`   1 shard stored ${name}: FAILED ${results[name].failed}`)
      }
    }
    return { identities, results }
  } finally {
    await store.close()
  }
}

function handWrittenAnalyses(server, names) {
  return Object.fromEntries(
    Object.entries(handWrittenQueries(names)).map(([name, query]) => [
      name,
      async () => query.answer(await rowsOf(server, query.sql)),
    ]),
  )
}

async function measureClickHouse(clickhouse, adapter, core, names, runs, maxWait, label) {
  const [first] = clickhouse.servers
  const ways = { adapter: adapterAnalyses(adapter, core, first), sql: handWrittenAnalyses(first, names) }
  const results = { adapter: {}, sql: {} }
  for (const name of ANALYSES)
    for (const way of ['adapter', 'sql']) {
      results[way][name] = await timeRuns(runs, maxWait, ways[way][name])
      console.log(`   ${label} ${way} ${name}: ${results[way][name].ms} ms`)
    }
  return results
}

async function measureEmbedded(p, core, runs, maxWait) {
  const { createDuckDbStore } = await import('@parcours/storage-duckdb')
  const store = await createDuckDbStore({ path: p.parcours })
  try {
    const t0 = performance.now()
    const log = await store.journeys.journeyLog(PROJECT)
    console.log(
      `   embedded index build (not timed below): ${round((performance.now() - t0) / 1000, 2)} s, ${log.eventCount} events, ${log.caseCount} cases`,
    )
    const parsed = requests(core)
    const results = {}
    for (const name of API_ANALYSES) {
      const analyze = (journeyLog) => {
        const outcome = core.runAnalysis(journeyLog, parsed[name], parsed.context)
        const value = outcome.ok === undefined ? outcome : outcome.ok ? outcome.value : undefined
        if (value === undefined) throw new Error(`${name}: ${JSON.stringify(outcome.error)}`)
        return answerOf[name](value.result)
      }
      results[name] = await timeRuns(runs, maxWait, async () => analyze(await store.journeys.journeyLog(PROJECT)))
      console.log(`   embedded ${name}: ${results[name].ms} ms`)
    }
    return { results, events: log.eventCount, cases: log.caseCount }
  } finally {
    await store.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Answers compared with the embedded engine's.

function compare(name, mine, theirs) {
  switch (name) {
    case 'funnel': {
      const same = mine.steps.every((count, j) => count === theirs.steps[j])
      return same
        ? `MATCH (${theirs.steps.join(' / ')})`
        : `DIFFERENT step counts: ${theirs.steps.join(' / ')} vs embedded ${mine.steps.join(' / ')} (${theirs.steps.map((c, j) => c - mine.steps[j]).join(', ')})`
    }
    case 'process-map': {
      const byEdge = (answer) => new Map(answer.edges.map(([from, to, t, c]) => [`${from}→${to}`, `${t}/${c}`]))
      const [a, b] = [byEdge(mine), byEdge(theirs)]
      const differing = [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key))
      const transitions = theirs.edges.reduce((sum, edge) => sum + edge[2], 0)
      const head = `${theirs.edges.length} edges, ${transitions} transitions`
      return differing.length === 0
        ? `MATCH (${head}, every edge's transitions and cases)`
        : `DIFFERENT: ${head}; ${differing.length} edges differ, e.g. ${differing
            .slice(0, 3)
            .map((key) => `${key} ${b.get(key) ?? 'absent'} vs ${a.get(key) ?? 'absent'}`)
            .join('; ')}`
    }
    case 'variants': {
      const counts = (answer) => answer.top.map((row) => row.cases).join(',')
      const key = (row) => JSON.stringify(row.sequence)
      const sameCounts = mine.totalVariants === theirs.totalVariants && counts(mine) === counts(theirs)
      const sameSequences = mine.top.every((row, i) => key(row) === key(theirs.top[i] ?? { sequence: [] }))
      const head = `${theirs.totalVariants} variants, top ${TOP} cases ${counts(theirs)}`
      if (!sameCounts) return `DIFFERENT: ${head} vs embedded ${mine.totalVariants}, ${counts(mine)}`
      return sameSequences ? `MATCH (${head}, same sequences)` : `MATCH (${head}; the order of equal counts differs)`
    }
    case 'conformance': {
      const head = `${theirs.totalCases} cases, ${theirs.distinctTraces} distinct traces, ${theirs.fittingCases} fitting, mean fitness ${theirs.fitness?.mean.toFixed(4)}, ${theirs.deviations.length} deviations`
      return JSON.stringify(mine) === JSON.stringify(theirs)
        ? `MATCH (${head}; the whole answer)`
        : `DIFFERENT: ${head} vs embedded ${mine.totalCases} cases, ${mine.fittingCases} fitting, ${mine.deviations.length} deviations`
    }
    default:
      return 'not compared'
  }
}

// ---------------------------------------------------------------------------------------------
// The orchestrator.

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  console.log(line(header))
  for (const row of rows) console.log(line(row))
}

/** `--baseline <parcours.js>`: the CLI of another build to import with too (an absolute path, or relative to the repo). */
const baselineBin = (flags) => (typeof flags.baseline === 'string' ? resolve(ROOT, flags.baseline) : undefined)

/** The import table: both paths, events/s, peak RSS and the ratio. */
function printImport({ parcours, baseline, client }) {
  console.log('import of the CSV into ClickHouse (one server):')
  printTable(
    ['path', 'seconds', 'events/s', 'peak RSS MB', 'client÷Parcours'],
    [
      ...(baseline === undefined
        ? []
        : [
            [
              `baseline parcours import (${baseline.bin})`,
              String(baseline.seconds),
              String(baseline.eventsPerSecond),
              String(baseline.peakRssMb ?? '–'),
              `${(client.eventsPerSecond / baseline.eventsPerSecond).toFixed(1)}×`,
            ],
          ]),
      [
        'parcours import (PARCOURS_EVENTS)',
        String(parcours.seconds),
        String(parcours.eventsPerSecond),
        String(parcours.peakRssMb ?? '–'),
        '',
      ],
      [
        'clickhouse-client CSVWithNames',
        String(client.seconds),
        String(client.eventsPerSecond),
        String(client.peakRssMb ?? '–'),
        `${(client.eventsPerSecond / parcours.eventsPerSecond).toFixed(1)}×`,
      ],
    ],
  )
}

async function main(flags) {
  const events = parseSize(flags.events ?? '1m')
  const runs = Number(flags.runs ?? 5)
  const maxWait = Number(flags['max-wait'] ?? 60)
  const p = paths(events)
  if (!existsSync(p.csv)) throw new Error(`${p.csv} is missing: node bench/generate-events.mjs first`)
  const machine = describeMachine()
  console.log(`machine: ${JSON.stringify(machine)}`)
  console.log(`\n== ${p.name} events, ${runs} runs per measure`)
  if (flags['import-only'] === true) return importOnly(p, events, machine, flags)
  const prepared = await prepare(p)
  console.log(`   journey: ${prepared.rows} rows, ${prepared.customers} customers`)
  const core = await import('@parcours/core')
  const adapter = await import('@parcours/storage-clickhouse')

  let running
  const onSignal = async () => {
    await running?.stop()
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const result = { machine, events: p.name, runs, journey: prepared }
  try {
    console.log('\n-- one server')
    running = await adapter.startClickHouseServers({ shards: 1 })
    result.clickhouseVersion = (await running.servers[0].query('SELECT version()')).trim()
    if (flags['skip-import'] !== true)
      result.import = await measureImports(running.servers[0], p, events, baselineBin(flags))
    if (result.import !== undefined)
      result.stored = await measureStored(running.servers[0], adapter, core, runs, maxWait)
    await running.servers[0].query('DROP DATABASE IF EXISTS bench')
    result.load1 = await loadJourney(running, p.journeyTsv, prepared.rows)
    console.log(`   journey loaded: ${JSON.stringify(result.load1)}`)
    result.oneShard = await measureClickHouse(running, adapter, core, prepared.names, runs, maxWait, '1 shard')
    await running.stop()
    running = undefined

    console.log('\n-- two servers, cluster of two shards')
    running = await adapter.startClickHouseServers({ shards: 2 })
    result.load2 = await loadJourney(running, p.journeyTsv, prepared.rows)
    console.log(`   journey loaded: ${JSON.stringify(result.load2)}`)
    result.twoShards = await measureClickHouse(running, adapter, core, prepared.names, runs, maxWait, '2 shards')
    await running.stop()
    running = undefined
  } finally {
    await running?.stop()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }

  console.log('\n-- embedded engine (DuckDB store + core)')
  const embedded = await measureEmbedded(p, core, runs, maxWait)
  result.embedded = embedded.results

  // Report.
  console.log(`\n== Results, ${p.name} events (${prepared.rows} journey events, ${prepared.customers} customers)`)
  if (result.import !== undefined) printImport(result.import)
  if (result.stored !== undefined) {
    console.log(
      `\nthe API path on one server (stored events ⋈ identity map, engineAnalyses.run), warm median of ${runs} runs (ms); identity map brought up to date first in ${result.stored.identities.seconds} s:`,
    )
    printTable(
      ['analysis', 'stored', 'adapter 1sh', 'embedded', 'stored÷adapter', 'stored÷emb'],
      API_ANALYSES.map((name) => {
        const [st, a1, e] = [
          result.stored.results[name].ms,
          result.oneShard.adapter[name]?.ms,
          result.embedded[name].ms,
        ]
        const adapter = a1 === undefined ? '–' : String(a1)
        if (st === undefined) return [name, 'failed', adapter, String(e), '–', '–']
        return [
          name,
          String(st),
          adapter,
          String(e),
          a1 === undefined ? '–' : `${(st / a1).toFixed(2)}×`,
          `${(st / e).toFixed(2)}×`,
        ]
      }),
    )
  }
  console.log(`\nanalyses, warm median of ${runs} runs (ms):`)
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`
  const table = ANALYSES.map((name) => {
    const [a1, s1, a2, s2, e] = [
      result.oneShard.adapter[name].ms,
      result.oneShard.sql[name].ms,
      result.twoShards.adapter[name].ms,
      result.twoShards.sql[name].ms,
      result.embedded[name].ms,
    ]
    return [
      name,
      String(a1),
      String(s1),
      String(e),
      String(a2),
      String(s2),
      ratio(a1, e),
      ratio(s1, e),
      ratio(a2, a1),
      ratio(s2, s1),
    ]
  })
  printTable(
    [
      'analysis',
      'adapter 1sh',
      'SQL 1sh',
      'embedded',
      'adapter 2sh',
      'SQL 2sh',
      'adapter÷emb',
      'SQL÷emb',
      'adapter 2÷1',
      'SQL 2÷1',
    ],
    table,
  )
  console.log('\nanswers (compared with the embedded engine):')
  result.checks = {}
  for (const name of API_ANALYSES) {
    const mine = result.embedded[name].answer
    result.checks[name] = {}
    for (const [label, set] of [
      ...(result.stored === undefined ? [] : [['stored 1 shard (API path)', result.stored.results]]),
      ['adapter 1 shard', result.oneShard.adapter],
      ['SQL 1 shard', result.oneShard.sql],
      ['adapter 2 shards', result.twoShards.adapter],
      ['SQL 2 shards', result.twoShards.sql],
    ]) {
      if (set[name] === undefined) continue
      const verdict =
        set[name].failed === undefined ? compare(name, mine, set[name].answer) : `FAILED: ${set[name].failed}`
      result.checks[name][label] = verdict
      console.log(`   ${name} ${label}: ${verdict}`)
    }
  }
  console.log(
    '   note: the hand-written funnel uses windowFunnel (18.16): whole seconds, the latest start per level, ties in a second in no defined order; the adapter and the embedded engine use milliseconds and break ties by seq.',
  )
  writeFileSync(p.result, `${JSON.stringify(result, null, 2)}\n`)
  console.log(`\nwritten: ${p.result}`)
}

/** `--import-only`: the two imports on one server, printed and written to clickhouse-<n>-import.json. */
async function importOnly(p, events, machine, flags) {
  const adapter = await import('@parcours/storage-clickhouse')
  const running = await adapter.startClickHouseServers({ shards: 1 })
  const stop = async () => {
    await running.stop()
    process.exit(130)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    const result = {
      machine,
      events: p.name,
      import: await measureImports(running.servers[0], p, events, baselineBin(flags)),
    }
    printImport(result.import)
    const file = p.result.replace(/\.json$/, '-import.json')
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
    console.log(`\nwritten: ${file}`)
  } finally {
    await running.stop()
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}

await main(parseFlags(process.argv.slice(2)))
