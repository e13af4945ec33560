#!/usr/bin/env node
// HTTP ingestion: sustained events/s through POST /v1/batch into the real server, durable.
//
//   npm run build && node bench/http-ingest.bench.mjs
//   node bench/http-ingest.bench.mjs --concurrency 8,32,64 --duration 20
//
// For each concurrency: a fresh database file; `parcours project create bench --format json` makes
// the project and its write key (before the server starts: DuckDB locks its file); then the real
// server process (`parcours serve --port 0 --db <file>`) on loopback. This process sends batches of
// --batch events (Segment `track` calls from bench/generate-events.mjs, bodies serialised before
// the clock starts so that the client spends little CPU) with --concurrency requests in flight over
// keep-alive connections, for --duration seconds (or until the --pool of events is used up).
// A 200 answer means the events are committed (group commit in the DuckDB store). Afterwards the
// server is stopped (SIGTERM) and the events table is counted directly: stored must equal
// acknowledged. Prints events/s (acknowledged events ÷ seconds), answer latency p50/p99/max, the
// server's peak RSS (VmHWM) and both processes' CPU.
//
// Flags: --concurrency 32 (a comma list runs each)  --duration 20  --batch 100  --pool 1500000
//        --seed 42  --json <file>  --keep (keep the database files)
//        --preload <csv> (import this file with `parcours import` before the server starts, to
//                   measure ingestion into a database that already holds events; give the bodies
//                   another --seed than the file's so that they are not duplicates)
//        --preload-memory 8GB (PARCOURS_DUCKDB_MEMORY for that import only; the server keeps its default)
//        --profile (run the server under --cpu-prof and print where its main thread spends its time;
//                   the profiler slows it a little, so figures of a profiled run are not the results)
//        --resend-every N (every Nth request re-sends a body already acknowledged: all its events are
//                   duplicates, found by the exact check against the table; events/s counts new events)
//
// "first answer" is the latency of the first warm-up request: it includes reading the project's
// message-id set from the stored events (once per server start; see message-id-set.ts).

import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { join, resolve } from 'node:path'
import { DATA, describeMachine, parseFlags, ROOT, waitForIdle } from './bench-machine.mjs'
import { generateEvents, toSegmentTrack } from './generate-events.mjs'

const CLI = join(ROOT, 'packages/cli/bin/parcours.js')

function runCli(args, env = process.env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.stderr.on('data', (chunk) => {
      err += chunk
    })
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`parcours ${args[0]}: ${err}`))))
  })
}

/** Starts `parcours serve --port 0` and resolves with its URL once it listens. */
function startServer(db, profileDir) {
  const profile = profileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir]
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...profile, CLI, 'serve', '--port', '0', '--db', db], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stderr.on('data', (chunk) => {
      err += chunk
    })
    child.stdout.on('data', (chunk) => {
      out += chunk
      const match = /running at (http:\/\/[^\s]+)/.exec(out)
      if (match !== null) resolvePromise({ child, url: match[1].replace(/\/$/, '') })
    })
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${err}`)))
  })
}

/** Peak resident memory (VmHWM) and CPU seconds of a live process, from /proc. */
function processStats(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0)
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12]) // utime + stime, in clock ticks (100/s)
  return { peakRssMb: Math.round(hwm / 1024), cpuSeconds: ticks / 100 }
}

function stopServer(child) {
  return new Promise((resolvePromise) => {
    child.once('exit', (code, signal) => resolvePromise({ code, signal }))
    child.kill('SIGTERM')
  })
}

/** The request bodies: batches of Segment track calls, serialised up front. */
function makeBodies(events, batchSize, seed) {
  const bodies = []
  let batch = []
  for (const row of generateEvents({ events, seed })) {
    batch.push(toSegmentTrack(row))
    if (batch.length === batchSize) {
      bodies.push(Buffer.from(JSON.stringify({ batch })))
      batch = []
    }
  }
  if (batch.length > 0) bodies.push(Buffer.from(JSON.stringify({ batch })))
  return bodies
}

function post(agent, url, auth, body) {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      `${url}/v1/batch`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: auth },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => {
          text += chunk
        })
        res.on('end', () => resolvePromise({ status: res.statusCode, text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

async function countStored(db) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const instance = await DuckDBInstance.create(db)
  const connection = await instance.connect()
  const reader = await connection.runAndReadAll('SELECT count(*), count(DISTINCT message_id) FROM events')
  const [rows, distinct] = reader.getRowsJS()[0].map(Number)
  connection.closeSync()
  instance.closeSync()
  return { rows, distinct }
}

/** Where the server's main thread spent its time, from its V8 CPU profile, by package and by function. */
function summarizeProfile(dir) {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'))
  if (file === undefined) return undefined
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const byPackage = {}
  const byFunction = {}
  let total = 0
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id).callFrame
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    total += ms
    const url = frame.url
    const where =
      frame.functionName === '(idle)'
        ? 'idle (waiting for DuckDB or the network)'
        : frame.functionName === '(garbage collector)'
          ? 'garbage collector'
          : (/node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(url)?.[1] ??
            /packages\/([^/]+)\//.exec(url)?.[1]?.replace(/^/, '@parcours/') ??
            (url.startsWith('node:')
              ? 'node internals (http, streams, zlib)'
              : 'V8 builtins and natives (JSON.parse, …)'))
    byPackage[where] = (byPackage[where] ?? 0) + ms
    const name = `${frame.functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|packages)\//, '')}:${frame.lineNumber + 1}`
    byFunction[name] = (byFunction[name] ?? 0) + ms
  })
  const top = (record, n) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, seconds: round(ms / 1000, 2), share: round((ms / total) * 100, 1) }))
  return { seconds: round(total / 1000, 1), byPackage: top(byPackage, 12), byFunction: top(byFunction, 15) }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

async function runOnce({
  concurrency,
  durationSeconds,
  batchSize,
  bodies,
  isProfiled,
  preload,
  preloadMemory,
  resendEvery,
}) {
  const db = join(DATA, `bench-http-${concurrency}.duckdb`)
  rmSync(db, { force: true })
  rmSync(`${db}.wal`, { force: true })
  const created = JSON.parse(await runCli(['project', 'create', 'bench', '--format', 'json', '--db', db]))
  if (preload !== undefined) {
    const started = performance.now()
    // The generator's columns, as bench/import-csv.bench.mjs maps them.
    await runCli(
      [
        'import',
        preload,
        '--db',
        db,
        '--project',
        'bench',
        '--message-id',
        'message_id',
        '--user-id',
        'user_id',
        '--anonymous-id',
        'anonymous_id',
        '--summary',
        'json',
      ],
      preloadMemory === undefined ? process.env : { ...process.env, PARCOURS_DUCKDB_MEMORY: preloadMemory },
    )
    console.log(`   preloaded ${preload} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  const preloaded = (await countStored(db)).rows
  const auth = `Basic ${Buffer.from(`${created.writeKey}:`).toString('base64')}`
  const busyBefore = await waitForIdle(120)
  const profileDir = isProfiled ? join(DATA, `http-profile-${concurrency}`) : undefined
  if (profileDir !== undefined) rmSync(profileDir, { recursive: true, force: true })
  const { child, url } = await startServer(db, profileDir)
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })

  // Warm-up: a few sequential batches (stored and counted, not timed). The first one's latency
  // includes reading the project's message-id set from the stored events (once per server start).
  let next = 0
  let acknowledged = 0
  let firstAnswerMs
  const warmUp = Math.min(20, bodies.length)
  for (; next < warmUp; next++) {
    const sent = performance.now()
    const answer = await post(agent, url, auth, bodies[next])
    firstAnswerMs ??= performance.now() - sent
    if (answer.status !== 200) throw new Error(`warm-up answer ${answer.status}: ${answer.text}`)
    acknowledged += batchSize
  }

  const latencies = []
  const failures = {}
  let ackedTimed = 0
  // --resend-every N: every Nth request sends again a body already acknowledged (all duplicates).
  const acknowledgedBodies = Array.from({ length: next }, (_, i) => i)
  let sentCount = 0
  let resentAcked = 0
  const clientCpuStart = process.cpuUsage()
  const serverCpuStart = processStats(child.pid).cpuSeconds
  const started = performance.now()
  const deadline = started + durationSeconds * 1000
  const worker = async () => {
    while (performance.now() < deadline && next < bodies.length) {
      sentCount++
      const isResent = resendEvery > 0 && sentCount % resendEvery === 0
      const index = isResent ? acknowledgedBodies[(sentCount * 7919) % acknowledgedBodies.length] : next++
      const sent = performance.now()
      const answer = await post(agent, url, auth, bodies[index])
      latencies.push(performance.now() - sent)
      if (answer.status !== 200) failures[answer.status] = (failures[answer.status] ?? 0) + 1
      else if (isResent) resentAcked++
      else {
        ackedTimed += batchSize
        acknowledgedBodies.push(index)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const elapsed = (performance.now() - started) / 1000
  const clientCpu = process.cpuUsage(clientCpuStart)
  const server = processStats(child.pid)
  agent.destroy()
  acknowledged += ackedTimed
  const stopped = await stopServer(child)
  const counted = await countStored(db)
  const stored = { rows: counted.rows - preloaded, distinct: counted.distinct - preloaded }
  const dbBytes = statSync(db).size
  const sorted = latencies.sort((a, b) => a - b)
  const result = {
    concurrency,
    batchSize,
    seconds: round(elapsed, 2),
    requests: latencies.length,
    failures,
    eventsPerSecond: Math.round(ackedTimed / elapsed),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p90: round(percentile(sorted, 90)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? 0),
    },
    firstAnswerMs: round(firstAnswerMs ?? 0),
    resentRequests: resentAcked,
    acknowledged,
    stored: stored.rows,
    storedDistinctMessageIds: stored.distinct,
    isStoredEqualAcknowledged: stored.rows === acknowledged,
    serverPeakRssMb: server.peakRssMb,
    serverCpuSeconds: round(server.cpuSeconds - serverCpuStart, 1),
    clientCpuSeconds: round((clientCpu.user + clientCpu.system) / 1e6, 1),
    serverExit: stopped,
    dbBytes,
    ranOutOfEvents: next >= bodies.length,
    busyBefore,
    preloadedEvents: preloaded,
    ...(profileDir === undefined ? {} : { serverProfile: summarizeProfile(profileDir) }),
  }
  return { result, db }
}

const flags = parseFlags(process.argv.slice(2))
mkdirSync(DATA, { recursive: true })
const concurrencies = String(flags.concurrency ?? '32')
  .split(',')
  .map(Number)
const durationSeconds = Number(flags.duration ?? 20)
const batchSize = Number(flags.batch ?? 100)
const pool = Number(flags.pool ?? 1_500_000)
const seed = Number(flags.seed ?? 42)
try {
  statSync(join(ROOT, 'packages/cli/dist/index.js'))
} catch {
  throw new Error('build first: npm run build')
}
const machine = describeMachine()
console.log(`machine: ${JSON.stringify(machine)}`)
const preparing = performance.now()
const bodies = makeBodies(pool, batchSize, seed)
const bodyBytes = bodies.reduce((sum, body) => sum + body.length, 0)
console.log(
  `${bodies.length} bodies of ${batchSize} events ready (${(bodyBytes / bodies.length / 1024).toFixed(1)} KiB each) in ${((performance.now() - preparing) / 1000).toFixed(1)} s`,
)
const results = []
for (const concurrency of concurrencies) {
  const { result, db } = await runOnce({
    concurrency,
    durationSeconds,
    batchSize,
    bodies,
    isProfiled: flags.profile !== undefined,
    preload: flags.preload === undefined ? undefined : resolve(String(flags.preload)),
    preloadMemory: flags['preload-memory'] === undefined ? undefined : String(flags['preload-memory']),
    resendEvery: Number(flags['resend-every'] ?? 0),
  })
  results.push(result)
  const failed = Object.entries(result.failures)
  console.log(
    `${result.preloadedEvents > 0 ? `(onto ${result.preloadedEvents} stored events) ` : ''}concurrency ${String(concurrency).padStart(3)}: ${result.eventsPerSecond.toLocaleString('en').padStart(8)} events/s over ${result.seconds} s` +
      `  latency p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms` +
      `  first answer ${result.firstAnswerMs} ms` +
      (result.resentRequests > 0 ? `  (+ ${result.resentRequests} requests re-sent, all duplicates)` : '') +
      `  acknowledged ${result.acknowledged}, stored ${result.stored} (${result.isStoredEqualAcknowledged ? 'equal' : 'DIFFERENT'})` +
      `  server peak RSS ${result.serverPeakRssMb} MB, CPU server ${result.serverCpuSeconds} s / client ${result.clientCpuSeconds} s` +
      (failed.length === 0 ? '' : `  failures ${JSON.stringify(result.failures)}`) +
      (result.ranOutOfEvents ? '  (stopped: the pool of events ran out; raise --pool)' : ''),
  )
  if (result.serverProfile !== undefined) {
    console.log(`   server main thread (V8 profile, ${result.serverProfile.seconds} s, the whole server life):`)
    for (const { name, seconds, share } of result.serverProfile.byPackage)
      console.log(`   ${String(share).padStart(5)} %  ${String(seconds).padStart(6)} s  ${name}`)
    console.log('   top functions (self time):')
    for (const { name, seconds, share } of result.serverProfile.byFunction)
      console.log(`   ${String(share).padStart(5)} %  ${String(seconds).padStart(6)} s  ${name}`)
  }
  if (flags.keep === undefined) {
    rmSync(db, { force: true })
    rmSync(`${db}.wal`, { force: true })
  }
}
console.log(`target: ≥ 50,000 events/s durable on loopback`)
if (flags.json !== undefined)
  writeFileSync(resolve(String(flags.json)), `${JSON.stringify({ machine, results }, null, 2)}\n`)
