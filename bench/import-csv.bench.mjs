#!/usr/bin/env node
// CSV bulk import: Parcours against DuckDB's bare read_csv, measured in the same run.
//
//   npm run build && node bench/import-csv.bench.mjs                 # 10M and 1M events
//   node bench/import-csv.bench.mjs --sizes 1m --repeat 3            # a quicker run
//
// For each size (the log of bench/generate-events.mjs, seed 42, generated when missing), every case
// runs in a fresh Node process on a fresh database file, with the CSV already in the page cache:
//   bare          the peer: CREATE TABLE t AS SELECT * FROM read_csv(file) (auto-detect), nothing else;
//   bare-varchar  the same with the importer's reader options (every column VARCHAR, strict);
//   parcours      createDuckDbStore + store.importer.importTable (the code `parcours import` runs),
//                 with the mapping of the generator's columns; every DuckDB statement is timed (the
//                 driver's run() is wrapped) and the gaps between statements are the JavaScript steps;
//   parcours-as-is the same with caseId = user_id, what the importer does with the natural mapping
//                 today: it rejects the anonymous rows (see bench/README.md);
//   cli           the `parcours import` command as a process, end to end (peak RSS by /usr/bin/time);
//   variants      the importer's own statements replayed one by one (read, check, insert), then the
//                 insert without the unique index, the index built afterwards, the insert without
//                 the dedup window, and the check without the JSON columns: what each part costs.
// Events/s = rows in the file ÷ seconds until the import call returned (committed, durable). The
// ratio is parcours events/s ÷ bare events/s. Peak RSS is the process's maxRSS.
//
// Flags: --sizes 10m,1m  --cases bare,bare-varchar,parcours,parcours-as-is,cli,variants
//        --repeat 1 (median of n)  --seed 42  --json <file> (all results)  --keep (keep databases)

import { execFileSync, spawn } from 'node:child_process'
import { createReadStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BENCH_DIR, ensureEventLog } from './generate-events.mjs'

const ROOT = resolve(BENCH_DIR, '..')
const DATA = join(BENCH_DIR, 'data')
const SELF = join(BENCH_DIR, 'import-csv.bench.mjs')
const CLI = join(ROOT, 'packages/cli/bin/parcours.js')

/** The mapping of the generator's columns. caseId: see `mappingFor`. */
const BASE_MAPPING = {
  activity: 'event',
  timestamp: 'timestamp',
  userId: 'user_id',
  anonymousId: 'anonymous_id',
  channel: 'channel',
  messageId: 'message_id',
  identifiers: { email: 'email', phone: 'phone', loyaltyCard: 'loyalty_card' },
}

/**
 * The importer detects `order_id` as the case id when caseId is absent, and rejects every row whose
 * case id is empty; with caseId = user_id it rejects the anonymous rows. `message_id` is never
 * empty, and caseId is used for nothing else than that check, so `parcours` stores every row as a
 * fixed importer would; `parcours-as-is` shows what happens today.
 */
const mappingFor = (kase) => ({ ...BASE_MAPPING, caseId: kase === 'parcours-as-is' ? 'user_id' : 'message_id' })

function parseFlags(argv) {
  const flags = {}
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '')
    const value = argv[i + 1]
    if (value === undefined || value.startsWith('--')) flags[name] = true
    else {
      flags[name] = value
      i++
    }
  }
  return flags
}

const parseSize = (text) => {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text)
  if (match === null) throw new Error(`bad size ${text}`)
  return Math.round(Number(match[1]) * { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase()])
}
const sizeName = (n) => (n % 1e6 === 0 ? `${n / 1e6}m` : n % 1e3 === 0 ? `${n / 1e3}k` : String(n))
const seconds = (ms) => Math.round(ms) / 1000
const freshDb = (name) => {
  const path = join(DATA, `${name}.duckdb`)
  rmSync(path, { force: true })
  rmSync(`${path}.wal`, { force: true })
  return path
}
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
const cpuSeconds = () => {
  const usage = process.resourceUsage()
  return seconds((usage.userCPUTime + usage.systemCPUTime) / 1000)
}

// ---------------------------------------------------------------------------------------------
// Cases (each in its own process).

/** Times every statement DuckDB runs in this process (run() is what runAndReadAll() calls too). */
async function instrumentDuckDb(log, t0) {
  const { DuckDBConnection } = await import('@duckdb/node-api')
  const original = DuckDBConnection.prototype.run
  DuckDBConnection.prototype.run = async function timedRun(sql, values, types) {
    const start = performance.now() - t0
    try {
      return await original.call(this, sql, values, types)
    } finally {
      log.push({
        sql,
        values: values?.map((v) => (typeof v === 'bigint' ? Number(v) : v)),
        start,
        end: performance.now() - t0,
      })
    }
  }
}

async function caseBare(file, db, readerOptions) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const t0 = performance.now()
  const instance = await DuckDBInstance.create(db)
  const connection = await instance.connect()
  const opened = performance.now()
  await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv($1${readerOptions})`, [file])
  const done = performance.now()
  const rows = Number((await connection.runAndReadAll('SELECT count(*) FROM t')).getRowsJS()[0][0])
  const closing = performance.now()
  connection.closeSync()
  instance.closeSync()
  return {
    rows,
    ms: done - opened,
    openMs: opened - t0,
    closeMs: performance.now() - closing,
    dbBytes: statSync(db).size,
  }
}

/** The importer's options for read_csv (see readerSql in duckdb-event-import.ts). */
function importerReaderOptions(file) {
  const header = execFileSync('head', ['-1', file], { encoding: 'utf8' }).trim().split(',')
  const columns = header.map((name) => `'${name}': 'VARCHAR'`).join(', ')
  return `, header = true, auto_detect = false, columns = {${columns}}, strict_mode = true, quote = '"', escape = '"', encoding = 'utf-8', delim = ','`
}

async function caseParcours(file, db, kase) {
  const log = []
  const t0 = performance.now()
  await instrumentDuckDb(log, t0)
  const { createDuckDbStore } = await import('@parcours/storage-duckdb')
  const store = await createDuckDbStore({ path: db })
  const opened = performance.now() - t0
  const phases = []
  const result = await store.importer.importTable(
    'bench',
    { path: file, format: 'csv', mapping: mappingFor(kase) },
    (progress) => {
      if (progress.fraction === 0 || progress.fraction === 1)
        phases.push({ phase: progress.phase, fraction: progress.fraction, at: performance.now() - t0 })
    },
  )
  const done = performance.now() - t0
  const peakRssMb = maxRssMb()
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`)
  const closing = performance.now()
  await store.close()
  const closeMs = performance.now() - closing
  const { read, imported, rejected, duplicates } = result.value
  return {
    rows: read,
    imported,
    rejected,
    duplicates,
    storedEvents: await countStoredEvents(db),
    ms: done - opened,
    openMs: opened,
    closeMs,
    peakRssMb,
    dbBytes: statSync(db).size,
    breakdown: breakdown(
      log.filter((entry) => entry.start >= opened && entry.end <= done),
      opened,
      done,
    ),
    statements: log.map((entry) => ({ ...entry, sql: entry.sql.replace(/\s+/g, ' ') })),
    phases,
  }
}

/** The rows of the events table, read with DuckDB directly (the store's stats also stitch identities). */
async function countStoredEvents(db) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const instance = await DuckDBInstance.create(db)
  const connection = await instance.connect()
  const count = Number((await connection.runAndReadAll('SELECT count(*) FROM events')).getRowsJS()[0][0])
  connection.closeSync()
  instance.closeSync()
  return count
}

/** Names a statement of the importer by its SQL. */
function classify(sql) {
  if (/read_csv|read_json|read_parquet/.test(sql)) return 'read: read_csv into TEMP import_raw'
  if (/TEMP TABLE import_checked/.test(sql)) return 'check: CREATE TEMP import_checked (cast, JSON, reasons)'
  if (/WHERE reject IS NOT NULL/.test(sql)) return 'collect rejects (SQL)'
  if (/INSERT OR IGNORE INTO events/.test(sql)) return 'insert: INSERT OR IGNORE INTO events (window + unique index)'
  if (/^COMMIT/.test(sql)) return 'commit'
  if (/TRY_CAST\(v AS TIMESTAMPTZ\)|try_strptime\(v/.test(sql)) return 'detect timestamp format (10k sample)'
  if (/^DROP TABLE/.test(sql)) return 'drop temp tables'
  if (/max\(seq\)/.test(sql)) return 'last seq'
  if (/count\(\*\) FROM import_checked/.test(sql)) return 'count'
  return 'other statements (DESCRIBE, SET, BEGIN)'
}

/** Statement times by step, and the JavaScript between statements, named by the statement they precede. */
function breakdown(log, from, to) {
  const steps = {}
  const add = (name, ms) => {
    steps[name] = (steps[name] ?? 0) + ms
  }
  let cursor = from
  for (const entry of log) {
    const gap = entry.start - cursor
    const next = classify(entry.sql)
    if (next.startsWith('read')) add('js: utf-8 scan + delimiter + header (whole-file reads)', gap)
    else if (next === 'count') add('js: rejects to objects + content hash (sha256 of the file)', gap)
    else if (next === 'drop temp tables' && gap > 50)
      add('js: record start lines of rejects (csv-parse of the file)', gap)
    else add('js: other', gap)
    add(next, entry.end - entry.start)
    cursor = Math.max(cursor, entry.end)
  }
  add('js: other', to - cursor)
  return Object.fromEntries(Object.entries(steps).map(([name, ms]) => [name, seconds(ms)]))
}

/**
 * The importer's statements (taken from a `parcours` run of the same file) replayed one at a time on
 * a fresh database, then variants of the insert and of the check.
 */
async function caseVariants(db, statementsFile) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const captured = JSON.parse(readFileSync(statementsFile, 'utf8'))
  const find = (pattern) => {
    const entry = captured.find((e) => pattern.test(e.sql))
    if (entry === undefined) throw new Error(`no statement matches ${pattern}`)
    return entry
  }
  const read = find(/read_csv/)
  const check = find(/TEMP TABLE import_checked/)
  const insert = find(/INSERT OR IGNORE INTO events/)
  const schema = [
    find(/CREATE TABLE IF NOT EXISTS events \(/).sql,
    find(/CREATE UNIQUE INDEX IF NOT EXISTS events_message_id/).sql,
  ]
  const instance = await DuckDBInstance.create(db)
  const connection = await instance.connect()
  const times = {}
  const time = async (name, sql, values) => {
    const start = performance.now()
    await connection.run(sql, values)
    times[name] = seconds(performance.now() - start)
  }
  for (const statement of schema) await connection.run(statement)
  await connection.run(schema[0].replace('TABLE IF NOT EXISTS events', 'TABLE events_plain'))
  await time('read: read_csv into TEMP import_raw', read.sql, read.values)
  await connection.run(`SET TimeZone = 'UTC'`)
  await time('check: as the importer', check.sql)
  const noJson = withoutJsonObjects(check.sql).replace('TEMP TABLE import_checked', 'TEMP TABLE import_checked_nojson')
  await time('check: without the properties/traits JSON', noJson)
  await connection.run('DROP TABLE import_checked_nojson')
  const [projectId, base, receivedAt] = insert.values
  const run = async (name, sql) => {
    await connection.run('BEGIN TRANSACTION')
    const start = performance.now()
    await connection.run(sql, sql.includes('$1') ? [projectId, base, receivedAt] : undefined)
    await connection.run('COMMIT')
    times[name] = seconds(performance.now() - start)
  }
  await run('insert: as the importer (unique index)', insert.sql)
  await run('insert: same, table without the unique index', insert.sql.replace('INSERT OR IGNORE INTO events', 'INSERT INTO events_plain'))
  await time(
    'index: CREATE UNIQUE INDEX afterwards',
    'CREATE UNIQUE INDEX events_plain_message_id ON events_plain (project_id, message_id)',
  )
  await connection.run('DROP TABLE events_plain')
  await connection.run(schema[0].replace('TABLE IF NOT EXISTS events', 'TABLE events_plain'))
  const plainSelect = insert.sql
    .replace('INSERT OR IGNORE INTO events', 'INSERT INTO events_plain')
    .replace(/\$2 \+ row_number\(\) OVER \(ORDER BY row\)/, '$2 + row')
    .replace(/QUALIFY[\s\S]*?= 1/, '')
    .replace(/ORDER BY row\s*$/, '')
  await run('insert: without index, window and ORDER BY (plain INSERT … SELECT)', plainSelect)
  connection.closeSync()
  instance.closeSync()
  return { times, sql: { plainSelect: plainSelect.replace(/\s+/g, ' ') } }
}

/** The check statement with its json_object(…) AS properties/traits replaced by '{}'. */
function withoutJsonObjects(sql) {
  let out = sql
  for (;;) {
    const at = out.indexOf('json_object(')
    if (at === -1) return out
    let depth = 0
    let end = at + 'json_object'.length
    for (; end < out.length; end++) {
      if (out[end] === '(') depth++
      else if (out[end] === ')' && --depth === 0) break
    }
    out = `${out.slice(0, at)}'{}'${out.slice(end + 1)}`
  }
}

async function runCase(flags) {
  const file = flags.file
  const db = flags.db
  const kase = flags.case
  let result
  if (kase === 'bare') result = await caseBare(file, db, '')
  else if (kase === 'bare-varchar') result = await caseBare(file, db, importerReaderOptions(file))
  else if (kase === 'parcours' || kase === 'parcours-as-is') result = await caseParcours(file, db, kase)
  else if (kase === 'variants') result = await caseVariants(db, flags.statements)
  else throw new Error(`unknown case ${kase}`)
  process.stdout.write(`RESULT ${JSON.stringify({ peakRssMb: maxRssMb(), cpuSeconds: cpuSeconds(), ...result })}\n`)
}

// ---------------------------------------------------------------------------------------------
// The orchestrator.

function spawnCollect(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.stderr.on('data', (chunk) => {
      err += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${err.slice(-4000)}`))
      else resolvePromise({ out, err })
    })
  })
}

async function runChild(kase, file, db, extra = []) {
  const started = performance.now()
  const { out } = await spawnCollect(process.execPath, [SELF, '--case', kase, '--file', file, '--db', db, ...extra])
  const line = out.split('\n').find((l) => l.startsWith('RESULT '))
  if (line === undefined) throw new Error(`no result from case ${kase}:\n${out}`)
  return { ...JSON.parse(line.slice(7)), processMs: performance.now() - started }
}

async function runCli(file, db) {
  const rejects = join(DATA, 'cli.rejects.csv')
  const m = mappingFor('parcours')
  const args = [
    '-f',
    '%e %M',
    process.execPath,
    CLI,
    'import',
    file,
    '--db',
    db,
    '--activity',
    m.activity,
    '--timestamp',
    m.timestamp,
    '--user-id',
    m.userId,
    '--anonymous-id',
    m.anonymousId,
    '--channel',
    m.channel,
    '--message-id',
    m.messageId,
    '--case-id',
    m.caseId,
    '--summary',
    'json',
    '--reject-file',
    rejects,
    '--identifier',
    ...Object.entries(m.identifiers).map(([kind, column]) => `${kind}=${column}`),
  ]
  const started = performance.now()
  const { out, err } = await spawnCollect('/usr/bin/time', args)
  const ms = performance.now() - started
  const summary = JSON.parse(out)
  const [elapsed, rssKb] = err.trim().split('\n').at(-1).split(' ').map(Number)
  rmSync(rejects, { force: true })
  return {
    rows: summary.read,
    imported: summary.imported,
    rejected: summary.rejected,
    ms,
    elapsedByTime: elapsed,
    peakRssMb: Math.round(rssKb / 1024),
    dbBytes: statSync(db).size,
  }
}

async function warm(file) {
  for await (const _ of createReadStream(file, { highWaterMark: 1 << 22 })) {
    // read once so that every case finds the file in the page cache
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

async function orchestrate(flags) {
  const sizes = String(flags.sizes ?? '10m,1m')
    .split(',')
    .map(parseSize)
  const cases = String(flags.cases ?? 'bare,bare-varchar,parcours,parcours-as-is,cli,variants').split(',')
  const repeat = Number(flags.repeat ?? 1)
  const seed = Number(flags.seed ?? 42)
  mkdirSync(DATA, { recursive: true })
  const machine = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
    uncommittedPackageFiles: execFileSync('git', ['status', '--short', 'packages'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean).length,
    duckdbNodeApi: JSON.parse(readFileSync(join(ROOT, 'node_modules/@duckdb/node-api/package.json'), 'utf8')).version,
  }
  console.log(`machine: ${JSON.stringify(machine)}`)
  const all = { machine, sizes: {} }
  for (const events of sizes) {
    const name = sizeName(events)
    const file = join(DATA, `events-${name}.csv`)
    console.log(`\n== ${name} events: ${file}`)
    const meta = ensureEventLog({ events, seed, out: file, format: 'csv' })
    console.log(`   ${meta.events} events, ${meta.customers} customers, ${(meta.bytes / 1e6).toFixed(0)} MB`)
    await warm(file)
    const results = {}
    let statementsFile
    for (const kase of cases) {
      if (kase === 'variants') continue
      const runs = []
      for (let i = 0; i < repeat; i++) {
        const db = freshDb(`bench-${kase}-${name}`)
        const loadBefore = Math.round(loadavg()[0] * 100) / 100
        const run = kase === 'cli' ? await runCli(file, db) : await runChild(kase, file, db)
        run.eventsPerSecond = Math.round((run.rows / run.ms) * 1000)
        run.loadBefore = loadBefore
        runs.push(run)
        console.log(
          `   ${kase.padEnd(15)} ${(run.ms / 1000).toFixed(2).padStart(7)} s  ${run.eventsPerSecond.toLocaleString('en').padStart(11)} events/s  peak RSS ${run.peakRssMb} MB  load ${loadBefore}${run.imported === undefined ? '' : `  imported ${run.imported}, rejected ${run.rejected}`}`,
        )
        if (kase === 'parcours' && i === 0) {
          statementsFile = join(DATA, `statements-${name}.json`)
          writeFileSync(statementsFile, JSON.stringify(run.statements, null, 2))
        }
        if (flags.keep === undefined) freshDb(`bench-${kase}-${name}`)
      }
      const best = runs.find((r) => r.ms === median(runs.map((x) => x.ms)))
      results[kase] = { ...best, runs: runs.map((r) => seconds(r.ms)) }
    }
    if (cases.includes('variants')) {
      if (statementsFile === undefined) throw new Error('the variants case needs the parcours case in the same run')
      const db = freshDb(`bench-variants-${name}`)
      results.variants = await runChild('variants', file, db, ['--statements', statementsFile])
      if (flags.keep === undefined) freshDb(`bench-variants-${name}`)
    }
    all.sizes[name] = results
    printSummary(name, results)
  }
  if (flags.json !== undefined) writeFileSync(resolve(String(flags.json)), `${JSON.stringify(all, null, 2)}\n`)
}

function printSummary(name, results) {
  const bare = results.bare
  console.log(`\n-- ${name}: events/s and ratio against bare read_csv (same run)`)
  for (const [kase, r] of Object.entries(results)) {
    if (kase === 'variants') continue
    const ratio =
      bare === undefined
        ? ''
        : `  ratio ${(r.eventsPerSecond / bare.eventsPerSecond).toFixed(2)} (takes ${(r.ms / bare.ms).toFixed(1)}× the time)`
    console.log(
      `   ${kase.padEnd(15)} ${r.eventsPerSecond.toLocaleString('en').padStart(11)} events/s  ${(r.ms / 1000).toFixed(2).padStart(7)} s  peak RSS ${r.peakRssMb} MB${ratio}`,
    )
  }
  for (const kase of ['parcours', 'parcours-as-is']) {
    const r = results[kase]
    if (r === undefined) continue
    console.log(
      `\n-- ${name}: where the ${kase} import spends its ${(r.ms / 1000).toFixed(2)} s (open ${seconds(r.openMs)} s, close ${seconds(r.closeMs)} s not included)`,
    )
    for (const [step, s] of Object.entries(r.breakdown).sort((a, b) => b[1] - a[1]))
      console.log(`   ${s.toFixed(2).padStart(7)} s  ${((s / (r.ms / 1000)) * 100).toFixed(0).padStart(3)} %  ${step}`)
  }
  if (results.variants !== undefined) {
    console.log(`\n-- ${name}: the importer's statements replayed alone, and variants`)
    for (const [step, s] of Object.entries(results.variants.times))
      console.log(`   ${s.toFixed(2).padStart(7)} s  ${step}`)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flags = parseFlags(process.argv.slice(2))
  if (flags.case !== undefined) await runCase(flags)
  else await orchestrate(flags)
}
