#!/usr/bin/env node
// Journey analytics: Parcours's fast engine against hand-written DuckDB SQL and ClickHouse 18.16,
// on the same events, measured in the same run.
//
//   npm run build && node bench/analytics.bench.mjs --events 1m          # a few minutes
//   node bench/analytics.bench.mjs --events 10m --runs 5                  # the issue's figures
//
// Preparation (not timed; cached in bench/data/ and recorded in analytics-<n>.prepared.json, so a
// later run skips what is there):
//   - analytics-<n>.duckdb: a Parcours store with bench/data/events-<n>.csv imported into project
//     `bench` (createDuckDbStore + importer.importTable, the mapping of import-csv.bench.mjs), and
//     identities stitched (events.stats brings the identity map up to date);
//   - analytics-<n>-peer.duckdb: the peers' table, one row per journey event (customer, name, ts,
//     seq), customer being the stitched customer id (the events ⋈ identity_map join of
//     duckdb-journey-index.ts; identify/alias/group events left out): `journey` in the events
//     table's order (seq, which is the CSV's order: customer by customer, as generated) and
//     `journey_sorted`, a copy sorted by customer, ts, seq;
//   - analytics-<n>-clickhouse/: the data folder of a ClickHouse server with the same rows in
//     `journey` (MergeTree ORDER BY (customer, ts, seq), merged to one part), loaded by
//     clickhouse-client from a TSV written by DuckDB's COPY.
// The server is the Debian clickhouse-server 18.16, started by this script with its own config in
// a temporary folder (loopback only, free ports, default user without password) and stopped at
// the end, also on error or Ctrl-C.
//
// Measured:
//   cold   the index build: the first store.journeys.journeyLog('bench') in a fresh process and
//          store; its seconds (with a breakdown by DuckDB statement, each statement counted until
//          the next one starts, so the JavaScript reading its rows is included), the index's
//          bytes per event (the typed arrays' byteLength ÷ events), the heap it adds and the
//          process RSS after it, and DuckDB's memory by tag with its temporary tables
//          (duckdb_memory(), read on the store's connection once it is idle). The first read of
//          the property columns an analysis names (the map's selectors, the survey score…) is
//          timed apart: it is cold work too.
//   warm   each analysis, median of --runs after --warmups runs (default 3), waiting for idle CPUs first:
//          Parcours = journeyLog (the freshness checks every API call makes) + the analysis over
//          the index (also shown alone); DuckDB = the best SQL found for the same answer, on
//          `journey` and on `journey_sorted` (a fresh process, 8GB memory limit, 2 threads);
//          ClickHouse = its SQL over HTTP on loopback (round trip included, ~1 ms).
//   Analyses: a 4-step ordered funnel Product Viewed → Cart Updated → Checkout Started → Order
//   Completed, 14-day window from step 1, counted per customer at the deepest step reached by any
//   of their step-1 events (core's computeFunnel; DuckDB: a chain of ASOF joins from every step-1
//   event; ClickHouse: windowFunnel, which keeps per level the latest start that reached it: the
//   same rule, but on whole seconds, with ties in a second in no defined order); the process map
//   (directly-follows edges, transitions and distinct cases; Parcours also computes each edge's
//   durations, the activities, start and end activities: the peers are timed with counts only,
//   row `process-map`, and with mean/median/p90 durations, row `process-map+durations`); exact
//   variants (number of distinct name sequences and the top 10 with their cases; Parcours also
//   computes rework); conformance of the `nine-steps` template bound to the generated events
//   (Parcours only: no SQL peer aligns journeys); measureMap of that map (`measure`, Parcours only). Each goes through runAnalysis with
//   the request parsed by AnalysisRequest and the property columns of propertiesOfRequest, as the
//   API does.
// Every peer's answer is compared with Parcours's (funnel step counts; every edge's transitions
// and cases, and durations; number of variants and the top-10 counts) and MATCH or the
// difference is printed.
// Results: a table with ratios (peer ms ÷ Parcours ms) and bench/data/analytics-<n>.json.
//
// Flags: --events 10m|1m (default 10m)  --runs N (default 5)  --analyses funnel,process-map,variants,conformance,measure
//        --max-wait S (wait up to S seconds for idle CPUs before each timed section, default 60)
//        --warmups N (untimed runs before each timed section, default 3; the same for every engine)
//        --prepare-only (prepare the databases, time nothing)

import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BENCH_DIR, DATA, describeMachine, parseFlags, ROOT, waitForIdle } from './bench-machine.mjs'
import { ensureEventLog } from './generate-events.mjs'
import { MAPPING } from './import-csv.bench.mjs'
import { boundNineSteps } from './nine-steps-map.mjs'

const SELF = join(BENCH_DIR, 'analytics.bench.mjs')
const PROJECT = 'bench'
const PREPARED_VERSION = 1
const FUNNEL_STEPS = ['Product Viewed', 'Cart Updated', 'Checkout Started', 'Order Completed']
const WINDOW_MS = 14 * 24 * 60 * 60 * 1000
const ANALYSES = ['funnel', 'process-map', 'variants', 'conformance', 'measure']
const TOP = 10

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
const mb = (bytes) => Math.round(bytes / 2 ** 20)

function paths(n) {
  const name = sizeName(n)
  return {
    name,
    csv: join(DATA, `events-${name}.csv`),
    parcours: join(DATA, `analytics-${name}.duckdb`),
    peer: join(DATA, `analytics-${name}-peer.duckdb`),
    tsv: join(DATA, `analytics-${name}-peer.tsv`),
    clickhouse: join(DATA, `analytics-${name}-clickhouse`),
    prepared: join(DATA, `analytics-${name}.prepared.json`),
    result: join(DATA, `analytics-${name}.json`),
  }
}

/** Untimed runs before each timed section (`--warmups`), the same for every engine. */
let WARMUPS = 3

/**
 * Waits for idle CPUs, runs a section `WARMUPS` times to warm up (the JIT of the calling thread and
 * of the analysis workers; the peers' caches), then `runs` times: the median (ms), every run and
 * the last answer.
 */
async function timeRuns(runs, maxWait, body) {
  const busyBefore = await waitForIdle(maxWait)
  let answer
  for (let i = 0; i < WARMUPS; i++) answer = await body()
  const times = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    answer = await body()
    times.push(performance.now() - start)
  }
  return { ms: round(median(times)), runs: times.map((t) => round(t)), busyBefore, answer }
}

// ---------------------------------------------------------------------------------------------
// Child processes: each prints one `RESULT {json}` line.

function runChild(args, { exposeGc = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const node = exposeGc ? ['--expose-gc', SELF, ...args] : [SELF, ...args]
    const child = spawn(process.execPath, node, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk) => {
      const text = String(chunk)
      out += text
      for (const line of text.split('\n')) if (line.length > 0 && !line.startsWith('RESULT ')) console.log(line)
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '))
      if (code !== 0 || line === undefined) reject(new Error(`${args.join(' ')} exited ${code}`))
      else resolvePromise(JSON.parse(line.slice(7)))
    })
  })
}

const printResult = (result) => process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)

/** Imports the CSV into a fresh Parcours store and stitches identities. */
async function caseImport(flags) {
  const { createDuckDbStore } = await import('@parcours/storage-duckdb')
  const path = String(flags.db)
  for (const file of [path, `${path}.wal`]) rmSync(file, { force: true })
  const start = performance.now()
  const store = await createDuckDbStore({ path })
  try {
    const imported = await store.importer.importTable(PROJECT, {
      path: String(flags.file),
      format: 'csv',
      mapping: MAPPING,
    })
    if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.error)}`)
    const importSeconds = (performance.now() - start) / 1000
    const stats = await store.events.stats(PROJECT, { classifier: 'name' })
    printResult({
      imported: imported.value.imported,
      rejected: imported.value.rejected,
      events: stats.events,
      customers: stats.customers,
      importSeconds: round(importSeconds),
      identitySeconds: round((performance.now() - start) / 1000 - importSeconds),
    })
  } finally {
    await store.close()
  }
}

/** The journey rows of the Parcours store, as duckdb-journey-index.ts selects them (owner → identity_map). */
const OWNER_SQL = `CASE WHEN e.user_id IS NOT NULL THEN 'user:' || e.user_id ELSE 'anonymous:' || e.anonymous_id END`
const JOURNEY_ROWS_SQL = `
  SELECT m.customer_id AS customer, e.name, e.ts, e.seq
  FROM p.events e JOIN p.identity_map m ON m.project_id = '${PROJECT}' AND m.identifier = ${OWNER_SQL}
  WHERE e.project_id = '${PROJECT}' AND e.type NOT IN ('identify', 'alias', 'group')`

/** Writes the peers' DuckDB file (unsorted and sorted tables) and the TSV ClickHouse loads. */
async function casePeerPrepare(flags) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const path = String(flags.db)
  for (const file of [path, `${path}.wal`]) rmSync(file, { force: true })
  const instance = await DuckDBInstance.create(path)
  const connection = await instance.connect()
  try {
    await connection.run(`SET memory_limit = '8GB'`)
    await connection.run(`ATTACH '${String(flags.parcours)}' AS p (READ_ONLY)`)
    const start = performance.now()
    await connection.run(`CREATE TABLE journey AS SELECT * FROM (${JOURNEY_ROWS_SQL}) ORDER BY seq`)
    await connection.run('CREATE TABLE journey_sorted AS SELECT * FROM journey ORDER BY customer, ts, seq')
    const tablesSeconds = (performance.now() - start) / 1000
    await connection.run(`COPY journey TO '${String(flags.tsv)}' (FORMAT csv, DELIMITER '\t', HEADER false)`)
    const reader = await connection.runAndReadAll(
      `SELECT count(*)::DOUBLE, count(DISTINCT customer)::DOUBLE, min(ts)::DOUBLE, max(ts)::DOUBLE, max(seq)::DOUBLE FROM journey`,
    )
    const [rows, customers, minTs, maxTs, maxSeq] = reader.getRowsJS()[0]
    const names = (await connection.runAndReadAll('SELECT DISTINCT name FROM journey')).getRowsJS().map((row) => row[0])
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    await connection.run('DETACH p')
    await connection.run('CHECKPOINT')
    printResult({ rows, customers, minTs, maxTs, maxSeq, names, tablesSeconds: round(tablesSeconds) })
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

// ---------------------------------------------------------------------------------------------
// Parcours.

/**
 * The request (parsed as the API parses it), the context and how to read the answer of each
 * analysis, or why it is skipped (what core does not export yet).
 */
function parcoursRequest(name, core, map) {
  const missing = (what) => ({
    skip: `${name}: @parcours/core does not export ${what} yet (build it first): not measured`,
  })
  const parse = (request) => core.AnalysisRequest.parse(request)
  switch (name) {
    case 'funnel':
      if (typeof core.computeFunnel !== 'function') return missing('the funnel analysis')
      return {
        request: parse({
          analysis: 'funnel',
          funnel: {
            steps: FUNNEL_STEPS.map((step) => ({ name: step, selector: { events: [step] } })),
            mode: 'ordered',
            windowMs: WINDOW_MS,
            countBy: 'customer',
          },
        }),
        context: {},
        answer: (result) => ({ steps: result.steps.map((step) => step.count) }),
      }
    case 'process-map':
      return {
        request: parse({ analysis: 'process-map', classifier: 'name' }),
        context: {},
        answer: (result) => ({
          edges: result.edges.map((e) => [
            e.from,
            e.to,
            e.transitions,
            e.cases,
            [e.duration.mean, e.duration.median, e.duration.p90],
          ]),
          totalTransitions: result.totalTransitions,
        }),
      }
    case 'variants':
      return {
        request: parse({ analysis: 'variants', classifier: 'name', top: TOP }),
        context: {},
        answer: (result) => ({
          totalVariants: result.totalVariants,
          top: result.rows
            .filter((row) => row.other !== true)
            .map((row) => ({ sequence: row.sequence, cases: row.cases })),
        }),
      }
    case 'conformance':
      if (typeof core.checkConformance !== 'function') return missing('the conformance analysis')
      if (map === undefined) return { skip: 'conformance: the nine-steps template is missing: not measured' }
      return {
        request: parse({ analysis: 'conformance', mapId: map.id }),
        context: { map },
        answer: (result) => {
          const c = result.model ?? result
          return {
            totalCases: c.totalCases,
            distinctTraces: c.distinctTraces,
            fittingCases: c.fittingCases,
            meanFitness: c.fitness === null ? null : round(c.fitness.mean, 4),
            topDeviations: c.deviations.slice(0, 3).map((d) => `${d.kind} ${d.touchpointId}: ${d.cases} cases`),
          }
        },
      }
    case 'measure':
      if (typeof core.measureMap !== 'function') return missing('measureMap')
      if (map === undefined) return { skip: 'measure: the nine-steps template is missing: not measured' }
      return {
        request: parse({ analysis: 'measure', mapId: map.id }),
        context: { map },
        answer: (result) => ({
          cases: result.cases,
          casesOnMap: result.casesOnMap,
          reach: result.stages.map((stage) => stage.reach),
          meanFitness: result.conformance?.fitness == null ? null : round(result.conformance.fitness.mean, 4),
        }),
      }
    default:
      throw new Error(`unknown analysis ${name}`)
  }
}

/**
 * Records when each DuckDB statement starts (run and stream), to break the index build down, and
 * keeps the store's connection so that DuckDB's own memory can be read after the build.
 */
async function instrumentDuckDb(log, seen) {
  const { DuckDBConnection } = await import('@duckdb/node-api')
  for (const method of ['run', 'stream']) {
    const original = DuckDBConnection.prototype[method]
    DuckDBConnection.prototype[method] = function timed(sql, values, types) {
      seen.connection = this
      log.push({ sql: sql.replace(/\s+/g, ' ').trim(), at: performance.now() })
      return original.call(this, sql, values, types)
    }
  }
}

/** DuckDB's memory by tag (MB) and its temporary tables (rows), read on the store's connection while it is idle. */
async function duckDbMemory(connection) {
  const read = async (sql) => (await connection.runAndReadAll(sql)).getRowsJS()
  const tags = await read('SELECT tag, memory_usage_bytes::DOUBLE FROM duckdb_memory() WHERE memory_usage_bytes > 0')
  const temporary = await read('SELECT table_name, estimated_size::DOUBLE FROM duckdb_tables() WHERE temporary')
  return {
    memoryMb: Object.fromEntries(tags.map(([tag, bytes]) => [tag, mb(bytes)])),
    temporaryTables: Object.fromEntries(temporary.map(([name, rows]) => [name, rows])),
  }
}

/** Names a statement of the index build by its SQL. */
function statementName(sql) {
  if (/identity_computations|identity_merges|identity_blocks|max\(seq\)|count\(\*\) FROM events/.test(sql))
    return 'freshness checks (max seq, identity signature, identity computation)'
  if (/TEMP TABLE journey_rows/.test(sql))
    return 'journey_rows: events ⋈ identity_map, lifecycle from JSON (temp table)'
  if (
    /TEMP TABLE journey_(name|lifecycle|channel)s/.test(sql) ||
    /FROM journey_(name|lifecycle|channel)s ORDER BY code/.test(sql)
  )
    return 'dictionaries of names, lifecycles, channels'
  if (/TEMP TABLE journey_cases/.test(sql)) return 'journey_cases: first customer per case, case codes (temp table)'
  if (/FROM journey_cases ORDER BY code/.test(sql)) return 'read case ids and customers into JS'
  if (/count\(\*\)::DOUBLE AS n FROM journey_rows/.test(sql)) return 'count'
  if (/ORDER BY c\.code, r\.ts, r\.seq/.test(sql))
    return 'sorted read of every event into typed arrays (join codes, ORDER BY case, ts, seq)'
  if (/e\.type = 'identify'/.test(sql)) return "customer traits (identify events' traits)"
  return `other: ${sql.slice(0, 60)}`
}

function breakdown(log, end) {
  const steps = {}
  for (let i = 0; i < log.length; i++) {
    const name = statementName(log[i].sql)
    const until = i + 1 < log.length ? log[i + 1].at : end
    steps[name] = (steps[name] ?? 0) + (until - log[i].at)
  }
  return Object.fromEntries(Object.entries(steps).map(([name, ms]) => [name, round(ms / 1000, 2)]))
}

/** The index's typed arrays: total bytes. */
function typedArrayBytes(log) {
  let bytes = 0
  for (const value of Object.values(log)) if (ArrayBuffer.isView(value)) bytes += value.byteLength
  return bytes
}

/** Cold index build and warm analyses on the Parcours store, in this fresh process. */
async function caseParcours(flags) {
  const runs = Number(flags.runs)
  const maxWait = Number(flags['max-wait'])
  const analyses = String(flags.analyses).split(',')
  const statements = []
  const seen = {}
  await instrumentDuckDb(statements, seen)
  const core = await import('@parcours/core')
  const { createDuckDbStore } = await import('@parcours/storage-duckdb')
  const { createAnalysisThreads } = await import('@parcours/server')
  const store = await createDuckDbStore({ path: String(flags.db) })
  // The runner of the API and the CLI: large funnels split over worker threads.
  let lastParts = 1
  const runner = createAnalysisThreads({
    onRun: (run) => {
      lastParts = run.parts
    },
  })
  const notes = []
  try {
    // Cold: the first journeyLog call.
    const busyBefore = await waitForIdle(maxWait)
    globalThis.gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    statements.length = 0
    const start = performance.now()
    const log = await store.journeys.journeyLog(PROJECT)
    const end = performance.now()
    globalThis.gc?.()
    const memory = process.memoryUsage()
    const bytes = typedArrayBytes(log)
    const cold = {
      seconds: round((end - start) / 1000, 2),
      busyBefore,
      events: log.eventCount,
      cases: log.caseCount,
      customers: log.customerIds.length,
      typedArrayBytes: bytes,
      bytesPerEvent: round(bytes / log.eventCount, 2),
      heapAddedMb: mb(memory.heapUsed - heapBefore),
      heapAddedBytesPerEvent: round((memory.heapUsed - heapBefore) / log.eventCount, 1),
      rssMb: mb(memory.rss),
      externalMb: mb(memory.external + memory.arrayBuffers),
      breakdown: breakdown(statements, end),
      duckdb: await duckDbMemory(seen.connection),
    }
    console.log(
      `   parcours cold index build: ${cold.seconds} s, ${cold.events} events, ${cold.cases} cases, ${cold.bytesPerEvent} B/event in typed arrays, heap +${cold.heapAddedMb} MB, RSS ${cold.rssMb} MB`,
    )
    for (const [step, s] of Object.entries(cold.breakdown)) console.log(`      ${s.toFixed(2).padStart(6)} s  ${step}`)
    console.log(
      `      DuckDB memory after the build (MB): ${JSON.stringify(cold.duckdb.memoryMb)}; temporary tables (rows): ${JSON.stringify(cold.duckdb.temporaryTables)}`,
    )

    const warm = {}
    const checkOnly = await timeRuns(runs, maxWait, () => store.journeys.journeyLog(PROJECT))
    warm.journeyLogWarmCall = { ms: checkOnly.ms, runs: checkOnly.runs }
    console.log(`   parcours warm journeyLog call (freshness checks, no rebuild): ${checkOnly.ms} ms`)

    const map = boundNineSteps(core.findTemplate)
    for (const name of analyses) {
      let planned
      try {
        planned = parcoursRequest(name, core, map)
      } catch (error) {
        planned = {
          skip: `${name}: core does not accept the request yet (${String(error).slice(0, 200)}): not measured`,
        }
      }
      if (planned.skip !== undefined) {
        notes.push(planned.skip)
        continue
      }
      const { request, context, answer } = planned
      const properties = core.propertiesOfRequest(request, context)
      if (properties.length > 0) {
        // Property columns are read once per snapshot, on the first request that names them.
        const t0 = performance.now()
        await store.journeys.journeyLog(PROJECT, { properties })
        cold.propertyColumns ??= {}
        cold.propertyColumns[name] = { paths: properties, seconds: round((performance.now() - t0) / 1000, 2) }
        console.log(
          `   parcours ${name}: first read of its property columns (${properties.join(', ')}): ${cold.propertyColumns[name].seconds} s`,
        )
      }
      const answerOf = (outcome) => {
        const value = outcome.ok === undefined ? outcome : outcome.ok ? outcome.value : undefined
        if (value === undefined) throw new Error(`${name}: ${JSON.stringify(outcome.error)}`)
        return answer(value.result)
      }
      const analyze = async (log) => answerOf(await runner.run(log, request, context))
      // As the API serves it: journeyLog (freshness checks; the index is built) then the runner.
      const served = await timeRuns(runs, maxWait, async () =>
        analyze(await store.journeys.journeyLog(PROJECT, { properties })),
      )
      const indexed = await store.journeys.journeyLog(PROJECT, { properties })
      const analysisOnly = await timeRuns(runs, maxWait, async () => analyze(indexed))
      const parts = lastParts
      // Split over threads: the same analysis on the calling thread alone, for the record.
      const oneThread =
        parts > 1
          ? await timeRuns(runs, maxWait, async () => answerOf(core.runAnalysis(indexed, request, context)))
          : undefined
      warm[name] = {
        ms: served.ms,
        runs: served.runs,
        analysisMs: analysisOnly.ms,
        parts,
        threads: availableParallelism(),
        ...(oneThread === undefined ? {} : { oneThreadMs: oneThread.ms }),
        busyBefore: served.busyBefore,
        answer: served.answer,
      }
      const threadsNote =
        oneThread === undefined
          ? ''
          : `; ${parts} parts on ${availableParallelism()} threads — on one thread ${oneThread.ms} ms`
      console.log(`   parcours ${name}: ${served.ms} ms (analysis alone ${analysisOnly.ms} ms${threadsNote})`)
    }
    cold.rssAfterAnalysesMb = mb(process.memoryUsage().rss)
    printResult({ cold, warm, notes })
  } finally {
    await runner.close()
    await store.close()
  }
}

// ---------------------------------------------------------------------------------------------
// DuckDB SQL.

/**
 * The funnel in DuckDB: from every step-1 event, an ASOF join finds the first step-2 event after
 * it (journey order: ts then seq, packed into one BIGINT key), then the first step-3 event after
 * that, and so on, each kept only within 14 days of the step-1 event (the earliest arrival at
 * each step is the best one); a customer counts at the deepest step of any of their starts.
 * The key is (ts − minTs) · 2^24 + seq, exact while seq < 2^24 (checked) and the log spans < 17 years.
 * A step not reached joins on the largest BIGINT, not on NULL: DuckDB 1.5's ASOF join matched a
 * NULL key with a row here (measured: customers without a Checkout Started counted at step 3).
 */
function duckDbFunnelSql(table, minTs) {
  const NEVER = '9223372036854775807'
  const key = `(ts - ${minTs}) * 16777216 + seq`
  const step = (j) => `s${j} AS (SELECT customer, ts, ${key} AS k FROM ${table} WHERE name = '${FUNNEL_STEPS[j - 1]}')`
  return `
    WITH ${[1, 2, 3, 4].map(step).join(',\n')},
    a2 AS (SELECT s1.customer, s1.ts AS t1, CASE WHEN s2.ts - s1.ts <= ${WINDOW_MS} THEN s2.k END AS k2
           FROM s1 ASOF LEFT JOIN s2 ON s1.customer = s2.customer AND s2.k > s1.k),
    a3 AS (SELECT a2.*, CASE WHEN s3.ts - a2.t1 <= ${WINDOW_MS} THEN s3.k END AS k3
           FROM a2 ASOF LEFT JOIN s3 ON a2.customer = s3.customer AND s3.k > coalesce(a2.k2, ${NEVER})),
    a4 AS (SELECT a3.*, CASE WHEN s4.ts - a3.t1 <= ${WINDOW_MS} THEN s4.k END AS k4
           FROM a3 ASOF LEFT JOIN s4 ON a3.customer = s4.customer AND s4.k > coalesce(a3.k3, ${NEVER})),
    depth AS (SELECT customer, max(CASE WHEN k2 IS NULL THEN 1 WHEN k3 IS NULL THEN 2 WHEN k4 IS NULL THEN 3 ELSE 4 END) AS d
              FROM a4 GROUP BY customer)
    SELECT count(*)::DOUBLE, count(*) FILTER (WHERE d >= 2)::DOUBLE, count(*) FILTER (WHERE d >= 3)::DOUBLE,
           count(*) FILTER (WHERE d >= 4)::DOUBLE FROM depth`
}

/** The SQL list of the event names, in code-point order: position i (1-based) is name code i, as the application's dictionary. */
const nameList = (names) => `[${names.map((name) => `'${name}'`).join(', ')}]`

/**
 * Directly-follows pairs by lead() over each customer's events (names as small codes, which
 * measured faster than text), distinct cases by a second aggregation (faster than count(DISTINCT)).
 */
const duckDbProcessMapSql = (table, names) => `
  WITH coded AS (SELECT customer, ts, seq, list_position(${nameList(names)}, name)::UTINYINT AS code FROM ${table}),
  pairs AS (SELECT customer, code AS source, lead(code) OVER (PARTITION BY customer ORDER BY ts, seq) AS target FROM coded),
  per_case AS (SELECT source, target, count(*) AS n FROM pairs WHERE target IS NOT NULL GROUP BY customer, source, target)
  SELECT ${nameList(names)}[source], ${nameList(names)}[target], sum(n)::DOUBLE AS transitions, count(*)::DOUBLE AS cases
  FROM per_case GROUP BY source, target`

/** The same with each edge's durations (ms): mean, median and p90 as type-7 quantiles, as Parcours computes them. */
const duckDbProcessMapDurationsSql = (table, names) => `
  WITH coded AS (SELECT customer, ts, seq, list_position(${nameList(names)}, name)::UTINYINT AS code FROM ${table}),
  pairs AS (SELECT customer, code AS source, lead(code) OVER w AS target, lead(ts) OVER w - ts AS duration
            FROM coded WINDOW w AS (PARTITION BY customer ORDER BY ts, seq))
  SELECT ${nameList(names)}[source], ${nameList(names)}[target], count(*)::DOUBLE AS transitions,
         count(DISTINCT customer)::DOUBLE AS cases, avg(duration)::DOUBLE, quantile_cont(duration, 0.5)::DOUBLE,
         quantile_cont(duration, 0.9)::DOUBLE
  FROM pairs WHERE target IS NOT NULL GROUP BY source, target`

/** Each customer's name codes in journey order as a list, then the distinct lists with their cases (codes measured faster than names). */
const duckDbVariantsSql = (table, names) => `
  WITH sequences AS (SELECT list(list_position(${nameList(names)}, name)::UTINYINT ORDER BY ts, seq) AS sequence FROM ${table} GROUP BY customer),
  variants AS (SELECT sequence, count(*) AS cases FROM sequences GROUP BY sequence)
  SELECT list_transform(sequence, lambda c: ${nameList(names)}[c]), cases::DOUBLE, (count(*) OVER ())::DOUBLE AS total
  FROM variants ORDER BY cases DESC LIMIT ${TOP}`

/** The rows of the table: each compares a Parcours analysis with the peers' queries of the same name. */
const ROWS = [
  { row: 'funnel', analysis: 'funnel' },
  { row: 'process-map', analysis: 'process-map', note: 'peers: counts only' },
  { row: 'process-map+durations', analysis: 'process-map', note: 'peers: + mean/median/p90 per edge' },
  { row: 'variants', analysis: 'variants' },
  { row: 'conformance', analysis: 'conformance' },
  { row: 'measure', analysis: 'measure' },
]

const duckDbQueries = (table, minTs, names) => ({
  funnel: { sql: duckDbFunnelSql(table, minTs), answer: (rows) => ({ steps: rows[0] }) },
  'process-map': { sql: duckDbProcessMapSql(table, names), answer: (rows) => processMapAnswer(rows) },
  'process-map+durations': {
    sql: duckDbProcessMapDurationsSql(table, names),
    answer: (rows) =>
      processMapAnswer(rows.map(([from, to, t, c, mean, p50, p90]) => [from, to, t, c, [mean, p50, p90]])),
  },
  variants: {
    sql: duckDbVariantsSql(table, names),
    answer: (rows) => ({
      totalVariants: rows[0]?.[2] ?? 0,
      top: rows.map((row) => ({ sequence: row[0], cases: row[1] })),
    }),
  },
})

/** Edges as [from, to, transitions, cases, durations?], sorted as Parcours sorts them. */
function processMapAnswer(rows) {
  const edges = rows.map((row) => [
    row[0],
    row[1],
    Number(row[2]),
    Number(row[3]),
    ...(row[4] === undefined ? [] : [row[4].map(Number)]),
  ])
  edges.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  return { edges, totalTransitions: edges.reduce((sum, edge) => sum + edge[2], 0) }
}

async function caseDuckDb(flags) {
  const runs = Number(flags.runs)
  const maxWait = Number(flags['max-wait'])
  const analyses = String(flags.analyses).split(',')
  const minTs = Number(flags['min-ts'])
  const names = JSON.parse(String(flags.names))
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const instance = await DuckDBInstance.create(String(flags.db), { access_mode: 'READ_ONLY' })
  const connection = await instance.connect()
  const results = {}
  try {
    await connection.run(`SET memory_limit = '8GB'`)
    const threads = (await connection.runAndReadAll(`SELECT current_setting('threads')`)).getRowsJS()[0][0]
    for (const table of ['journey', 'journey_sorted']) {
      results[table] = {}
      for (const [name, query] of Object.entries(duckDbQueries(table, minTs, names))) {
        if (!isWanted(name, analyses)) continue
        const timed = await timeRuns(runs, maxWait, async () =>
          query.answer((await connection.runAndReadAll(query.sql)).getRowsJS()),
        )
        results[table][name] = timed
        console.log(`   duckdb ${table} ${name}: ${timed.ms} ms`)
      }
    }
    printResult({ threads: Number(threads), memoryLimit: '8GB', results, sql: duckDbQueries('<table>', minTs, names) })
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

// ---------------------------------------------------------------------------------------------
// ClickHouse 18.16.

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePromise(port))
    })
  })
}

/** Starts clickhouse-server on loopback with its data in `dataDir`; `stop()` ends it (also called on exit). */
async function startClickHouse(dataDir) {
  mkdirSync(dataDir, { recursive: true })
  const folder = mkdtempSync(join(tmpdir(), 'parcours-clickhouse-'))
  const [tcpPort, httpPort] = [await freePort(), await freePort()]
  writeFileSync(
    join(folder, 'config.xml'),
    `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${folder}/server.log</log><errorlog>${folder}/server.err.log</errorlog><size>100M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>${tcpPort}</tcp_port>
  <http_port>${httpPort}</http_port>
  <path>${dataDir}/</path>
  <tmp_path>${folder}/tmp/</tmp_path>
  <user_files_path>${folder}/user_files/</user_files_path>
  <format_schema_path>${folder}/format_schemas/</format_schema_path>
  <users_config>${folder}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>1073741824</mark_cache_size>
  <max_concurrent_queries>8</max_concurrent_queries>
</yandex>
`,
  )
  writeFileSync(
    join(folder, 'users.xml'),
    `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>10000000000</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
`,
  )
  const server = spawn('clickhouse-server', [`--config-file=${join(folder, 'config.xml')}`], {
    stdio: ['ignore', openSync(join(folder, 'stdout.log'), 'a'), openSync(join(folder, 'stdout.log'), 'a')],
  })
  let exited = false
  const exitedPromise = new Promise((resolvePromise) =>
    server.on('exit', () => {
      exited = true
      resolvePromise()
    }),
  )
  const killOnExit = () => {
    if (!exited) server.kill('SIGKILL')
  }
  process.on('exit', killOnExit)
  const clickhouse = {
    tcpPort,
    httpPort,
    folder,
    pid: server.pid,
    async query(sql) {
      const response = await fetch(`http://127.0.0.1:${httpPort}/`, { method: 'POST', body: sql })
      const text = await response.text()
      if (!response.ok)
        throw new Error(`ClickHouse: ${text.trim().slice(0, 500)}\n  in: ${sql.replace(/\s+/g, ' ').slice(0, 200)}`)
      return text
    },
    async rows(sql) {
      return JSON.parse(await clickhouse.query(`${sql} FORMAT JSONCompact`)).data
    },
    async stop() {
      if (!exited) {
        server.kill('SIGTERM')
        const timeout = new Promise((r) => setTimeout(r, 30_000))
        await Promise.race([exitedPromise, timeout])
        if (!exited) {
          server.kill('SIGKILL')
          await exitedPromise
        }
      }
      process.off('exit', killOnExit)
      rmSync(folder, { recursive: true, force: true })
    },
  }
  const until = performance.now() + 60_000
  for (;;) {
    if (exited) throw new Error(`clickhouse-server exited at start: see ${folder}/server.err.log`)
    try {
      if ((await clickhouse.query('SELECT 1')).trim() === '1') break
    } catch {
      // not listening yet
    }
    if (performance.now() > until) {
      await clickhouse.stop()
      throw new Error('clickhouse-server did not answer SELECT 1 within 60 s')
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return clickhouse
}

/** Creates and loads `journey` from the TSV with clickhouse-client, then merges it to one part. */
async function loadClickHouse(clickhouse, tsv) {
  const start = performance.now()
  await clickhouse.query('DROP TABLE IF EXISTS journey')
  await clickhouse.query(
    'CREATE TABLE journey (customer String, name String, ts UInt64, seq UInt64) ENGINE = MergeTree ORDER BY (customer, ts, seq)',
  )
  await new Promise((resolvePromise, reject) => {
    const child = spawn(
      'clickhouse-client',
      [
        '--host',
        '127.0.0.1',
        '--port',
        String(clickhouse.tcpPort),
        '--query',
        'INSERT INTO journey FORMAT TabSeparated',
      ],
      { stdio: [openSync(tsv, 'r'), 'inherit', 'inherit'] },
    )
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`clickhouse-client exited ${code}`))))
  })
  const loadSeconds = (performance.now() - start) / 1000
  await clickhouse.query('OPTIMIZE TABLE journey FINAL')
  const [[rows, parts]] = await clickhouse.rows(
    `SELECT (SELECT count() FROM journey), (SELECT count() FROM system.parts WHERE table = 'journey' AND active)`,
  )
  return {
    rows: Number(rows),
    parts: Number(parts),
    loadSeconds: round(loadSeconds),
    totalSeconds: round((performance.now() - start) / 1000),
  }
}

/**
 * ClickHouse 18.16 (no window functions): each customer's events gathered with groupArray of
 * (ts, seq, name code) tuples and sorted (arraySort on tuples: by ts, then seq), then array
 * functions. Codes (indexOf in the name list) measured faster than names.
 */
const clickHouseSequences = (names) =>
  `SELECT customer, arraySort(groupArray((ts, seq, toUInt8(indexOf(${nameList(names)}, name))))) AS events FROM journey GROUP BY customer`

const clickHouseQueries = (names) => ({
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
  'process-map': {
    sql: `SELECT ${nameList(names)}[source], ${nameList(names)}[target], count() AS transitions, uniqExact(customer) AS cases
          FROM (SELECT customer, arrayMap(x -> x.3, events) AS codes FROM (${clickHouseSequences(names)}))
          ARRAY JOIN arrayPopBack(codes) AS source, arrayPopFront(codes) AS target
          GROUP BY source, target`,
    answer: (rows) => processMapAnswer(rows),
  },
  'process-map+durations': {
    sql: `SELECT ${nameList(names)}[source], ${nameList(names)}[target], count() AS transitions, uniqExact(customer) AS cases,
                 avg(duration), quantilesExact(0.5, 0.9)(duration)
          FROM (SELECT customer, arrayPopBack(events) AS a, arrayPopFront(events) AS b FROM (${clickHouseSequences(names)}))
          ARRAY JOIN arrayMap(x -> x.3, a) AS source, arrayMap(x -> x.3, b) AS target, arrayMap((x, y) -> y.1 - x.1, a, b) AS duration
          GROUP BY source, target`,
    answer: (rows) =>
      processMapAnswer(rows.map(([from, to, t, c, mean, [p50, p90]]) => [from, to, t, c, [mean, p50, p90]])),
  },
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
})

/** Whether a row of ROWS is asked for (by its analysis in --analyses). */
const isWanted = (row, analyses) => analyses.includes(ROWS.find((r) => r.row === row)?.analysis ?? row)

// ---------------------------------------------------------------------------------------------
// Answers compared with Parcours's.

function compare(row, parcours, peer, peerName) {
  if (parcours === undefined) return 'no Parcours answer to compare with'
  if (peer === undefined) return 'no answer'
  switch (row) {
    case 'funnel': {
      const same = parcours.steps.every((count, j) => count === peer.steps[j])
      return same
        ? 'MATCH'
        : `DIFFERENT step counts: ${peer.steps.join(' / ')} vs Parcours ${parcours.steps.join(' / ')} (${peer.steps.map((c, j) => c - parcours.steps[j]).join(', ')})`
    }
    case 'process-map+durations': {
      const counts = compare('process-map', parcours, peer)
      const mine = new Map(parcours.edges.map((edge) => [`${edge[0]}→${edge[1]}`, edge[4]]))
      let worst = 0
      let where = ''
      for (const edge of peer.edges) {
        const expected = mine.get(`${edge[0]}→${edge[1]}`)
        if (expected === undefined) continue
        edge[4].forEach((value, i) => {
          const difference = Math.abs(value - expected[i]) / Math.max(1, Math.abs(expected[i]))
          if (difference > worst) {
            worst = difference
            where = `${['mean', 'median', 'p90'][i]} of ${edge[0]}→${edge[1]}: ${value} vs ${expected[i]}`
          }
        })
      }
      const durations =
        worst < 1e-9
          ? 'durations (mean, median, p90) MATCH'
          : `durations differ by up to ${(worst * 100).toPrecision(2)} % (${where})${peerName === 'clickhouse' ? ': quantilesExact picks a value of the sample, Parcours interpolates (type 7)' : ''}`
      return `${counts}; ${durations}`
    }
    case 'process-map': {
      const mine = new Map(parcours.edges.map(([from, to, t, c]) => [`${from}→${to}`, `${t}/${c}`]))
      const theirs = new Map(peer.edges.map(([from, to, t, c]) => [`${from}→${to}`, `${t}/${c}`]))
      const differing = [...new Set([...mine.keys(), ...theirs.keys()])].filter(
        (key) => mine.get(key) !== theirs.get(key),
      )
      const head = `${peer.edges.length} edges, ${peer.totalTransitions} transitions (Parcours ${parcours.edges.length}, ${parcours.totalTransitions})`
      return differing.length === 0
        ? `MATCH (${head}, every edge's transitions and cases)`
        : `DIFFERENT: ${head}; ${differing.length} edges differ, e.g. ${differing
            .slice(0, 3)
            .map((key) => `${key} ${theirs.get(key) ?? 'absent'} vs ${mine.get(key) ?? 'absent'}`)
            .join('; ')}`
    }
    case 'variants': {
      const counts = (answer) => answer.top.map((row) => row.cases).join(',')
      const key = (row) => JSON.stringify(row.sequence)
      const sameCounts = parcours.totalVariants === peer.totalVariants && counts(parcours) === counts(peer)
      const sameSequences = parcours.top.every((row, i) => key(row) === key(peer.top[i] ?? { sequence: [] }))
      const head = `${peer.totalVariants} variants, top ${TOP} cases ${counts(peer)}`
      if (!sameCounts) return `DIFFERENT: ${head} vs Parcours ${parcours.totalVariants}, ${counts(parcours)}`
      return sameSequences
        ? `MATCH (${head}, same sequences)`
        : `MATCH (${head}; the order of equal counts differs, as neither peer query breaks ties)`
    }
    default:
      return 'not compared'
  }
}

// ---------------------------------------------------------------------------------------------
// The orchestrator.

function readPrepared(p) {
  try {
    const prepared = JSON.parse(readFileSync(p.prepared, 'utf8'))
    return prepared.version === PREPARED_VERSION ? prepared : { version: PREPARED_VERSION }
  } catch {
    return { version: PREPARED_VERSION }
  }
}

async function prepareDuckDb(p, events, flags) {
  const meta = ensureEventLog({ events, seed: 42, out: p.csv, format: 'csv' })
  const prepared = readPrepared(p)
  const save = () => writeFileSync(p.prepared, `${JSON.stringify(prepared, null, 2)}\n`)
  const csv = { file: p.csv, bytes: meta.bytes, events: meta.events, customers: meta.customers }
  if (JSON.stringify(prepared.csv) !== JSON.stringify(csv) || !existsSync(p.parcours)) {
    console.log(`   preparing: importing ${p.csv} into ${p.parcours} (project ${PROJECT}) and stitching identities…`)
    for (const key of ['parcours', 'peer', 'clickhouse']) delete prepared[key]
    prepared.csv = csv
    prepared.parcours = await runChild(['--case', 'import', '--file', p.csv, '--db', p.parcours])
    save()
    console.log(
      `   imported ${prepared.parcours.imported} events in ${prepared.parcours.importSeconds} s, identities in ${prepared.parcours.identitySeconds} s`,
    )
  }
  if (prepared.peer?.names === undefined || !existsSync(p.peer)) {
    console.log(`   preparing: the peers' tables in ${p.peer} and ${p.tsv}…`)
    delete prepared.clickhouse
    prepared.peer = await runChild(['--case', 'peer-prepare', '--db', p.peer, '--parcours', p.parcours, '--tsv', p.tsv])
    save()
    console.log(`   ${prepared.peer.rows} journey rows, ${prepared.peer.customers} customers`)
  }
  if (prepared.peer.maxSeq >= 2 ** 24 || prepared.peer.maxTs - prepared.peer.minTs >= 2 ** 39)
    throw new Error('the DuckDB funnel key (ts − minTs) · 2^24 + seq would overflow: widen it')
  void flags
  return { prepared, save }
}

/** Loads the TSV into the server unless the prepared meta says it is there (and it is). */
async function ensureClickHouseLoaded(clickhouse, p, prepared, save) {
  const loaded = prepared.clickhouse !== undefined && (await clickhouse.query('EXISTS TABLE journey')).trim() === '1'
  if (!loaded) {
    if (!existsSync(p.tsv)) throw new Error(`${p.tsv} is missing: delete ${p.prepared} to prepare again`)
    console.log(`   preparing: loading ${p.tsv} into ClickHouse (${p.clickhouse})…`)
    prepared.clickhouse = await loadClickHouse(clickhouse, p.tsv)
    save()
    console.log(`   ${prepared.clickhouse.rows} rows in ${prepared.clickhouse.totalSeconds} s`)
  }
  const [[rows]] = await clickhouse.rows('SELECT count() FROM journey')
  if (Number(rows) !== prepared.peer.rows)
    throw new Error(`ClickHouse has ${rows} rows, the peer table ${prepared.peer.rows}`)
  if (existsSync(p.tsv)) rmSync(p.tsv)
}

async function orchestrate(flags) {
  const events = parseSize(flags.events ?? '10m')
  const runs = Number(flags.runs ?? 5)
  const maxWait = Number(flags['max-wait'] ?? 60)
  const analyses = String(flags.analyses ?? ANALYSES.join(',')).split(',')
  const p = paths(events)
  mkdirSync(DATA, { recursive: true })
  const machine = describeMachine()
  console.log(`machine: ${JSON.stringify(machine)}`)
  console.log(`\n== ${p.name} events, ${runs} runs per measure`)
  const { prepared, save } = await prepareDuckDb(p, events, flags)
  if (flags['prepare-only'] === true) {
    const clickhouse = await startClickHouse(p.clickhouse)
    try {
      await ensureClickHouseLoaded(clickhouse, p, prepared, save)
    } finally {
      await clickhouse.stop()
    }
    console.log(`prepared: ${p.prepared}`)
    return
  }
  const common = [
    '--runs',
    String(runs),
    '--max-wait',
    String(maxWait),
    '--warmups',
    String(WARMUPS),
    '--analyses',
    analyses.join(','),
  ]

  console.log('\n-- Parcours (fresh process)')
  const parcours = await runChild(['--case', 'parcours', '--db', p.parcours, ...common], { exposeGc: true })
  console.log('\n-- DuckDB SQL (fresh process)')
  const duckdb = await runChild([
    '--case',
    'duckdb',
    '--db',
    p.peer,
    '--min-ts',
    String(prepared.peer.minTs),
    '--names',
    JSON.stringify(prepared.peer.names),
    ...common,
  ])

  console.log('\n-- ClickHouse 18.16 (own server)')
  const clickhouseResults = {}
  let clickhouseInfo
  const clickhouse = await startClickHouse(p.clickhouse)
  const onSignal = async () => {
    await clickhouse.stop()
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    const version = (await clickhouse.query('SELECT version()')).trim()
    await ensureClickHouseLoaded(clickhouse, p, prepared, save)
    clickhouseInfo = { version, pid: clickhouse.pid, tcpPort: clickhouse.tcpPort, httpPort: clickhouse.httpPort }
    for (const [name, query] of Object.entries(clickHouseQueries(prepared.peer.names))) {
      if (!isWanted(name, analyses)) continue
      const timed = await timeRuns(runs, maxWait, async () => query.answer(await clickhouse.rows(query.sql)))
      clickhouseResults[name] = timed
      console.log(`   clickhouse ${name}: ${timed.ms} ms`)
    }
  } finally {
    await clickhouse.stop()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }

  // Report.
  const cold = parcours.cold
  console.log(
    `\n== Results, ${p.name} events (${cold.events} journey events, ${cold.cases} cases), median of ${runs} warm runs`,
  )
  console.log(
    `cold index build: ${cold.seconds} s; ${cold.bytesPerEvent} bytes/event in typed arrays (${mb(cold.typedArrayBytes)} MB), heap +${cold.heapAddedMb} MB (${cold.heapAddedBytesPerEvent} B/event incl. case and customer ids), RSS after build ${cold.rssMb} MB`,
  )
  console.log(
    `DuckDB memory after the build (MB): ${JSON.stringify(cold.duckdb.memoryMb)}; its temporary tables (rows): ${JSON.stringify(cold.duckdb.temporaryTables)}`,
  )
  for (const [name, columns] of Object.entries(cold.propertyColumns ?? {}))
    console.log(`first read of the property columns ${name} needs (${columns.paths.length}): ${columns.seconds} s`)
  console.log(`warm journeyLog call alone (freshness checks): ${parcours.warm.journeyLogWarmCall.ms} ms`)
  const header = [
    'analysis',
    'Parcours ms',
    '(analysis)',
    'DuckDB ms',
    'sorted ms',
    'ClickHouse ms',
    'DuckDB÷P',
    'sorted÷P',
    'CH÷P',
  ]
  const table = []
  const checks = {}
  for (const { row, analysis, note } of ROWS) {
    if (!analyses.includes(analysis)) continue
    const mine = parcours.warm[analysis]
    const peers = {
      duckdb: duckdb.results.journey?.[row],
      'duckdb-sorted': duckdb.results.journey_sorted?.[row],
      clickhouse: clickhouseResults[row],
    }
    const ratio = (peer) => (peer === undefined || mine === undefined ? '–' : `${(peer.ms / mine.ms).toFixed(1)}×`)
    const ms = (x) => (x === undefined ? '–' : String(x))
    table.push([
      note === undefined ? row : `${row} (${note})`,
      ms(mine?.ms),
      ms(mine?.analysisMs),
      ms(peers.duckdb?.ms),
      ms(peers['duckdb-sorted']?.ms),
      ms(peers.clickhouse?.ms),
      ratio(peers.duckdb),
      ratio(peers['duckdb-sorted']),
      ratio(peers.clickhouse),
    ])
    const compared = Object.entries(peers).filter(([, peer]) => peer !== undefined)
    if (compared.length > 0)
      checks[row] = Object.fromEntries(
        compared.map(([peer, result]) => [peer, compare(row, mine?.answer, result.answer, peer)]),
      )
  }
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)))
  const line = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  console.log(line(header))
  for (const row of table) console.log(line(row))
  console.log('\nanswers:')
  if (parcours.warm.funnel !== undefined)
    console.log(`   funnel (Parcours): ${parcours.warm.funnel.answer.steps.join(' → ')} customers`)
  if (parcours.warm.conformance !== undefined)
    console.log(`   conformance (Parcours, no peer): ${JSON.stringify(parcours.warm.conformance.answer)}`)
  for (const [name, byPeer] of Object.entries(checks))
    for (const [peer, verdict] of Object.entries(byPeer)) console.log(`   ${name} ${peer}: ${verdict}`)
  if (checks.funnel?.clickhouse !== undefined)
    console.log(
      '   note: windowFunnel (18.16) takes whole seconds: steps in the same second are taken in the order the rows reach it (not by seq), and the 14-day window is compared in seconds; Parcours and the DuckDB SQL use milliseconds and break ties by seq.',
    )
  for (const note of parcours.notes) console.log(`   note: ${note}`)

  const result = {
    machine,
    events: p.name,
    runs,
    prepared,
    clickhouse: clickhouseInfo,
    duckdb: { threads: duckdb.threads, memoryLimit: duckdb.memoryLimit },
    cold,
    warm: {
      parcours: parcours.warm,
      duckdb: duckdb.results.journey,
      duckdbSorted: duckdb.results.journey_sorted,
      clickhouse: clickhouseResults,
    },
    checks,
    notes: parcours.notes,
    sql: { duckdb: duckdb.sql, clickhouse: clickHouseQueries(prepared.peer.names) },
  }
  writeFileSync(p.result, `${JSON.stringify(result, null, 2)}\n`)
  console.log(`\nwritten: ${p.result}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flags = parseFlags(process.argv.slice(2))
  WARMUPS = Number(flags.warmups ?? 3)
  if (flags.case === 'import') await caseImport(flags)
  else if (flags.case === 'peer-prepare') await casePeerPrepare(flags)
  else if (flags.case === 'parcours') await caseParcours(flags)
  else if (flags.case === 'duckdb') await caseDuckDb(flags)
  else if (flags.case !== undefined) throw new Error(`unknown case ${flags.case}`)
  else await orchestrate(flags)
}
