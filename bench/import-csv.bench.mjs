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
//   baseline      the parcours case with the store built from another commit (--baseline <folder holding
//                 that build's index.js, e.g. tsc output of `git archive <commit> packages/storage-duckdb/src`);
//   reimport      the same file imported a second time into the same database (every row is a
//                 duplicate): the time of the second import;
//   cli           the `parcours import` command as a process, end to end (peak RSS by /usr/bin/time);
//   variants      the importer's own statements (taken from the parcours case) replayed one by one,
//                 then variants (the insert without its JSON, and with nothing computed: the floor
//                 of any importer into the events table); older ones: the check without its JSON columns, read and check in one
//                 statement, the insert without its in-file dedup window or without its anti-join,
//                 and which of these fit under the store's 2 GB memory limit (with and without
//                 insertion order).
// Events/s = rows in the file ÷ seconds until the import call returned (committed, durable). The
// ratio is parcours events/s ÷ bare events/s. Peak RSS is the process's maxRSS.
//
// Flags: --sizes 10m,1m  --cases bare,bare-varchar,parcours,reimport,cli,variants (and baseline)  --baseline <dir>
//        --repeat 1 (median of n)  --seed 42  --json <file> (all results)  --keep (keep databases)
//        --statements <file> (variants without a parcours case: replay a statements-<size>.json saved
//                   by an earlier run)  --memory-limit 8GB (the store's memoryLimit option in the parcours cases, PARCOURS_DUCKDB_MEMORY
//                   for the cli, SET memory_limit in the bare ones; default: each one's own default)  --max-wait 600 (before each case, wait up to this many seconds for the CPUs to be idle)

import { execFileSync, spawn } from 'node:child_process'
import { createReadStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BENCH_DIR, DATA, describeMachine, parseFlags, ROOT, waitForIdle } from './bench-machine.mjs'
import { ensureEventLog } from './generate-events.mjs'

const SELF = join(BENCH_DIR, 'import-csv.bench.mjs')
const CLI = join(ROOT, 'packages/cli/bin/parcours.js')

/** The mapping of the generator's columns (what `parcours import` would be given, or detect). */
export const MAPPING = {
  activity: 'event',
  timestamp: 'timestamp',
  userId: 'user_id',
  anonymousId: 'anonymous_id',
  channel: 'channel',
  messageId: 'message_id',
  identifiers: { email: 'email', phone: 'phone', loyaltyCard: 'loyalty_card' },
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
  rmSync(`${path}.tmp`, { recursive: true, force: true }) // DuckDB's spill folder
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
    } catch (error) {
      error.statement = sql.replace(/\s+/g, ' ').slice(0, 80)
      throw error
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

async function caseBare(file, db, readerOptions, memoryLimit) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const t0 = performance.now()
  const instance = await DuckDBInstance.create(db)
  const connection = await instance.connect()
  if (memoryLimit !== undefined) await connection.run(`SET memory_limit = '${memoryLimit}'`)
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

async function caseParcours(file, db, kase, memoryLimit, storeModule = '@parcours/storage-duckdb') {
  const log = []
  const t0 = performance.now()
  await instrumentDuckDb(log, t0)
  const { createDuckDbStore } = await import(storeModule)
  const store = await createDuckDbStore({ path: db, ...(memoryLimit === undefined ? {} : { memoryLimit }) })
  if (kase === 'reimport') {
    const first = await store.importer.importTable('bench', { path: file, format: 'csv', mapping: MAPPING })
    if (!first.ok) throw new Error(`first import failed: ${JSON.stringify(first.error)}`)
    log.length = 0
  }
  const opened = performance.now() - t0
  const phases = []
  const result = await store.importer.importTable(
    'bench',
    { path: file, format: 'csv', mapping: MAPPING },
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
  if (/^SELECT count\(\*\) FROM import_raw r WHERE/.test(sql)) return 'check: count the rejected rows'
  if (/count\(\*\) - count\(DISTINCT/.test(sql)) return 'check: are the ids unique (count - count DISTINCT)'
  if (/TEMP TABLE import_rejects/.test(sql)) return 'check: rejected rows into TEMP import_rejects'
  if (/TEMP TABLE import_repeated/.test(sql)) return 'check: ids repeated in the file (GROUP BY HAVING count > 1)'
  if (/TEMP TABLE import_skipped/.test(sql)) return 'dedup: rows to leave out (rejected, repeated, stored ids)'
  if (/WHERE reject IS NOT NULL|FROM import_rejects ORDER BY/.test(sql)) return 'collect rejects (SQL)'
  if (/INSERT (OR IGNORE )?INTO events/.test(sql)) return 'insert: INSERT INTO events …'
  if (/^COMMIT/.test(sql)) return 'commit'
  if (/TRY_CAST\(v AS TIMESTAMPTZ\)|try_strptime\(v/.test(sql)) return 'detect timestamp format (10k sample)'
  if (/^DROP TABLE/.test(sql)) return 'drop temp tables'
  if (/max\(seq\)/.test(sql)) return 'last seq'
  if (/count\(\*\) FROM import_(checked|raw|repeated)/.test(sql)) return 'count'
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
    if (next.startsWith('read')) add('js: before reading (delimiter, header)', gap)
    else if (next === 'count') add('js: rejects to objects (+ sha256 of the file when no message id column)', gap)
    else if (next === 'drop temp tables' && gap > 50) add('js: locating rejects in the file', gap)
    else add('js: other', gap)
    add(next, entry.end - entry.start)
    cursor = Math.max(cursor, entry.end)
  }
  add('js: other', to - cursor)
  return Object.fromEntries(Object.entries(steps).map(([name, ms]) => [name, seconds(ms)]))
}

/**
 * The importer's statements (taken from a `parcours` run of the same file) replayed one at a time on
 * a fresh database, then variants of the check and of the insert.
 */
async function caseVariants(db, statementsFile) {
  const captured = JSON.parse(readFileSync(statementsFile, 'utf8'))
  const find = (pattern) => {
    const entry = captured.find((e) => pattern.test(e.sql))
    if (entry === undefined) throw new Error(`no statement matches ${pattern}`)
    return entry
  }
  return captured.some((e) => /TEMP TABLE import_checked/.test(e.sql))
    ? caseVariantsChecked(db, find)
    : caseVariantsDirect(db, find, captured)
}

/**
 * The importer since the checked copy was dropped: the checks are narrow statements over
 * import_raw (count the rejects, are the ids unique; the rejects and the repeated ids only when
 * there are some) and the insert reads import_raw, a million rows per statement. Replayed under
 * the store's 2GB limit, then the insert in one statement, without its JSON columns, and keeping
 * insertion order.
 */
async function caseVariantsDirect(db, find, captured) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const read = find(/read_csv/)
  const checks = captured.filter((e) => classify(e.sql).startsWith('check'))
  const insert = find(/INSERT INTO events/)
  const eventsTable = find(/CREATE TABLE IF NOT EXISTS events \(/).sql
  const instance = await DuckDBInstance.create(db)
  const connection = await instance.connect()
  const times = {}
  const failures = {}
  const [projectId, base, receivedAt, , chunkEnd] = insert.values
  const allRows = [projectId, base, receivedAt, 0, Number.MAX_SAFE_INTEGER]
  const time = async (name, work, isTransaction = false) => {
    const start = performance.now()
    try {
      if (isTransaction) await connection.run('BEGIN TRANSACTION')
      await work()
      if (isTransaction) await connection.run('COMMIT')
      times[name] = seconds(performance.now() - start)
    } catch (error) {
      if (isTransaction) await connection.run('ROLLBACK').catch(() => {})
      failures[name] = String(error).replace(/\s+/g, ' ').slice(0, 200)
    }
    process.stderr.write(`   ${name}: ${times[name] ?? failures[name]}\n`)
  }
  const freshEvents = async () => {
    await connection.run('DROP TABLE IF EXISTS events')
    await connection.run(eventsTable)
    await connection.run('CHECKPOINT')
  }
  await connection.run(`SET memory_limit = '2GB'`)
  await freshEvents()
  await time('read: read_csv into TEMP import_raw (as the importer)', () => connection.run(read.sql, read.values))
  const rows = Number((await connection.runAndReadAll('SELECT count(*) FROM import_raw')).getRowsJS()[0][0])
  await connection.run(`SET TimeZone = 'UTC'`)
  for (const check of checks) await time(`${classify(check.sql)} (as the importer)`, () => connection.run(check.sql))
  // What the importer runs when ids repeat (or the file has rejects), whatever this file needed.
  const mid = /count\(DISTINCT (.+?)\) FROM import_raw r$/.exec(
    checks.find((e) => /count\(DISTINCT/.test(e.sql))?.sql ?? '',
  )?.[1]
  if (mid !== undefined) {
    await time('check: ids repeated in the file, GROUP BY … HAVING count(*) > 1 (when ids repeat)', () =>
      connection.run(`SELECT ${mid} AS mid, min(r.rowid) FROM import_raw r GROUP BY ALL HAVING count(*) > 1`),
    )
  }
  await connection.run('SET preserve_insertion_order = false')
  const chunk = chunkEnd - insert.values[3]
  await time(
    `insert: as the importer (${chunk} rows per statement), commit included`,
    async () => {
      for (let from = 0; from < rows; from += chunk)
        await connection.run(insert.sql, [projectId, base, receivedAt, from, from + chunk])
    },
    true,
  )
  const variants = [
    ['insert: one statement over every row', insert.sql],
    ['insert: one statement, without the properties/traits JSON', withoutJsonObjects(insert.sql)],
    // The floor of any importer into this table: the rows copied, nothing built or parsed.
    ['insert: one statement, nothing computed (no JSON, no timestamp parsed)', withNothingComputed(insert.sql)],
  ]
  for (const [name, sql] of variants) {
    await freshEvents()
    await time(name, () => connection.run(sql, allRows), true)
  }
  await connection.run('SET preserve_insertion_order = true')
  await freshEvents()
  await time('insert: one statement, preserve_insertion_order = true', () => connection.run(insert.sql, allRows), true)
  connection.closeSync()
  instance.closeSync()
  return { times, failures }
}

/** The importer up to the commit that dropped import_checked (see bench/README.md). */
async function caseVariantsChecked(db, find) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const read = find(/read_csv/)
  const check = find(/TEMP TABLE import_checked/)
  const insert = find(/INSERT (OR IGNORE )?INTO events/)
  const eventsTable = find(/CREATE TABLE IF NOT EXISTS events \(/).sql
  const instance = await DuckDBInstance.create(db)
  const connection = await instance.connect()
  const times = {}
  const failures = {}
  const [projectId, base, receivedAt] = insert.values
  // Since 50b40fa the importer inserts a million rows per statement (row >= $4 AND row < $5); the
  // replay runs each form over every row in one statement, except the chunked variant below.
  const allRows = [projectId, base, receivedAt, 0, Number.MAX_SAFE_INTEGER]
  const paramsFor = (sql) => (sql.includes('$4') ? allRows : sql.includes('$1') ? allRows.slice(0, 3) : undefined)
  /** Times one statement (in its own transaction when asked); a failure is recorded, not thrown. */
  const time = async (name, sql, { values, isTransaction = false } = {}) => {
    const start = performance.now()
    try {
      if (isTransaction) await connection.run('BEGIN TRANSACTION')
      if (typeof sql === 'function') await sql()
      else await connection.run(sql, values ?? paramsFor(sql))
      if (isTransaction) await connection.run('COMMIT')
      times[name] = seconds(performance.now() - start)
    } catch (error) {
      if (isTransaction) await connection.run('ROLLBACK').catch(() => {})
      failures[name] = String(error).replace(/\s+/g, ' ').slice(0, 200)
    }
    process.stderr.write(`   ${name}: ${times[name] ?? failures[name]}\n`)
  }
  const freshEvents = async () => {
    await connection.run('DROP TABLE IF EXISTS events')
    await connection.run(eventsTable)
  }
  const withoutWindow = insert.sql.replace(/QUALIFY row_number\(\) OVER \(PARTITION BY \w+ ORDER BY row\) = 1/, '')
  const plain = withoutWindow.replace(/WHERE NOT EXISTS \(SELECT 1 FROM events e WHERE [^)]*\)/, '')
  const readExpression = read.sql.slice(read.sql.indexOf('SELECT * FROM ') + 'SELECT * FROM '.length)
  const readAndCheck = check.sql
    .replace('TEMP TABLE import_checked', 'TEMP TABLE import_checked_direct')
    .replace('rowid AS row', 'row_number() OVER () - 1 AS row')
    .replace('FROM import_raw', `FROM ${readExpression}`)
  const noJson = withoutJsonObjects(check.sql).replace('TEMP TABLE import_checked', 'TEMP TABLE import_checked_nojson')

  // DuckDB's default (80 % of RAM) let this replay grow past the machine's memory once: 8GB here.
  await connection.run(`SET memory_limit = '8GB'`)
  await freshEvents()
  await time('read: read_csv into TEMP import_raw (as the importer)', read.sql, { values: read.values })
  await connection.run(`SET TimeZone = 'UTC'`)
  await time('check: CREATE TEMP import_checked (as the importer)', check.sql)
  await time('check: the same without the properties/traits JSON', noJson)
  await connection.run('DROP TABLE IF EXISTS import_checked_nojson')
  await time('read + check in one statement from read_csv (no import_raw)', readAndCheck, { values: read.values })
  await connection.run('DROP TABLE IF EXISTS import_checked_direct')
  await connection.run('DROP TABLE import_raw') // the importer drops it before inserting (since 50b40fa)
  await time('insert: as the importer (anti-join, window), commit included', insert.sql, { isTransaction: true })
  await time('insert: as the importer again, every row a duplicate', insert.sql, { isTransaction: true })
  await freshEvents()
  await time('insert: without the in-file dedup window (QUALIFY)', withoutWindow, { isTransaction: true })
  await freshEvents()
  await time('insert: plain INSERT … SELECT (no anti-join, no window)', plain, { isTransaction: true })
  // Under the store's default memory limit (2GB): which form of the insert fits.
  await connection.run(`SET memory_limit = '2GB'`)
  await time(
    'under 2GB: are the message ids unique in the file? (count = count DISTINCT)',
    'SELECT count(*) = count(DISTINCT message_id) FROM import_checked WHERE reject IS NULL',
  )
  const underLimit = [
    ['insert under 2GB: as the importer', insert.sql],
    ['insert under 2GB: without the window', withoutWindow],
    ['insert under 2GB: plain', plain],
  ]
  for (const [name, sql] of underLimit) {
    await freshEvents()
    await time(name, sql, { isTransaction: true })
  }
  await connection.run('SET preserve_insertion_order = false')
  for (const [name, sql] of underLimit) {
    await freshEvents()
    await time(`${name}, preserve_insertion_order = false`, sql, { isTransaction: true })
  }
  if (insert.sql.includes('$4')) {
    const rows = Number((await connection.runAndReadAll('SELECT count(*) FROM import_checked')).getRowsJS()[0][0])
    const chunk = insert.values[4] - insert.values[3]
    await freshEvents()
    await time(
      `insert under 2GB: as the importer (${chunk} rows per statement, preserve_insertion_order = false)`,
      async () => {
        for (let from = 0; from < rows; from += chunk)
          await connection.run(insert.sql, [projectId, base, receivedAt, from, from + chunk])
      },
      { isTransaction: true },
    )
  }
  connection.closeSync()
  instance.closeSync()
  const oneLine = (sql) => sql.replace(/\s+/g, ' ')
  return {
    times,
    failures,
    sql: { withoutWindow: oneLine(withoutWindow), plain: oneLine(plain), readAndCheck: oneLine(readAndCheck) },
  }
}

/** The check statement with its json_object(…) AS properties/traits replaced by '{}'. */
/** The statement with every properties/traits JSON built by the importer replaced by `'{}'`. */
function withoutJsonObjects(sql) {
  // Before 2026-11-23 the importer wrote json_object(…); since, '{' || concat_ws(',', …) || '}'.
  return replaceCalls(replaceCalls(sql, 'json_object(', '', "'{}'"), "'{' || concat_ws(", " || '}'", "'{}'")
}

/** The statement computing nothing per row: no JSON built, no timestamp parsed (epoch_ms(…) → 0). */
function withNothingComputed(sql) {
  return replaceCalls(withoutJsonObjects(sql), 'epoch_ms(', '', '0')
}

/** `sql` with each call starting at `opener` (up to its matching parenthesis, then `suffix`) replaced. */
function replaceCalls(sql, opener, suffix, replacement) {
  let out = sql
  for (;;) {
    const at = out.indexOf(opener)
    if (at === -1) return out
    let depth = 0
    let end = at + opener.length - 1
    for (; end < out.length; end++) {
      if (out[end] === '(') depth++
      else if (out[end] === ')' && --depth === 0) break
    }
    const after = out.slice(end + 1)
    out = `${out.slice(0, at)}${replacement}${after.startsWith(suffix) ? after.slice(suffix.length) : after}`
  }
}

async function runCase(flags) {
  const file = flags.file
  const db = flags.db
  const kase = flags.case
  let result
  const memoryLimit = flags['memory-limit']
  try {
    if (kase === 'bare') result = await caseBare(file, db, '', memoryLimit)
    else if (kase === 'bare-varchar') result = await caseBare(file, db, importerReaderOptions(file), memoryLimit)
    else if (kase === 'parcours' || kase === 'reimport') result = await caseParcours(file, db, kase, memoryLimit)
    else if (kase === 'baseline')
      result = await caseParcours(
        file,
        db,
        kase,
        memoryLimit,
        pathToFileURL(join(resolve(flags.baseline), 'index.js')).href,
      )
    else if (kase === 'variants') result = await caseVariants(db, flags.statements)
    else throw new Error(`unknown case ${kase}`)
  } catch (error) {
    const statement = error.statement ?? error.cause?.statement
    const text = `${String(error).replace(/\s+/g, ' ').slice(0, 400)}${statement === undefined ? '' : ` [in: ${statement}…]`}`
    process.stdout.write(`RESULT-ERROR ${text} (peak RSS ${maxRssMb()} MB)\n`)
    return
  }
  process.stdout.write(`RESULT ${JSON.stringify({ peakRssMb: maxRssMb(), cpuSeconds: cpuSeconds(), ...result })}\n`)
}

// ---------------------------------------------------------------------------------------------
// The orchestrator.

function spawnCollect(command, args, memoryLimit) {
  return new Promise((resolvePromise, reject) => {
    const env = memoryLimit === undefined ? process.env : { ...process.env, PARCOURS_DUCKDB_MEMORY: memoryLimit }
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
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
  let out
  try {
    ;({ out } = await spawnCollect(process.execPath, [SELF, '--case', kase, '--file', file, '--db', db, ...extra]))
  } catch (error) {
    return { error: String(error).replace(/\s+/g, ' ').slice(-500) }
  }
  if (out.includes('RESULT-ERROR ')) return { error: out.slice(out.indexOf('RESULT-ERROR ') + 13).trim() }
  const line = out.split('\n').find((l) => l.startsWith('RESULT '))
  if (line === undefined) throw new Error(`no result from case ${kase}:\n${out}`)
  return { ...JSON.parse(line.slice(7)), processMs: performance.now() - started }
}

async function runCli(file, db, memoryLimit) {
  const rejects = join(DATA, 'cli.rejects.csv')
  const m = MAPPING
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
    '--summary',
    'json',
    '--reject-file',
    rejects,
    '--identifier',
    ...Object.entries(m.identifiers).map(([kind, column]) => `${kind}=${column}`),
  ]
  const started = performance.now()
  let out
  let err
  try {
    ;({ out, err } = await spawnCollect('/usr/bin/time', args, memoryLimit))
  } catch (error) {
    const text = String(error)
    return { error: (/Out of Memory Error[^\n]*/.exec(text)?.[0] ?? text.replace(/\s+/g, ' ')).slice(0, 400) }
  }
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
  const cases = String(flags.cases ?? 'bare,bare-varchar,parcours,reimport,cli,variants').split(',')
  const repeat = Number(flags.repeat ?? 1)
  const seed = Number(flags.seed ?? 42)
  mkdirSync(DATA, { recursive: true })
  const machine = describeMachine()
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
    let statementsFile = flags.statements === undefined ? undefined : resolve(String(flags.statements))
    for (const kase of cases) {
      if (kase === 'variants') continue
      const runs = []
      for (let i = 0; i < repeat; i++) {
        const db = freshDb(`bench-${kase}-${name}`)
        const busyBefore = await waitForIdle(Number(flags['max-wait'] ?? 600))
        const memoryLimit = flags['memory-limit'] === undefined ? undefined : String(flags['memory-limit'])
        const extra = [
          ...(memoryLimit === undefined ? [] : ['--memory-limit', memoryLimit]),
          ...(kase === 'baseline' ? ['--baseline', String(flags.baseline)] : []),
        ]
        const run = kase === 'cli' ? await runCli(file, db, memoryLimit) : await runChild(kase, file, db, extra)
        if (run.error !== undefined) {
          console.log(`   ${kase.padEnd(15)} failed: ${run.error}`)
          runs.push(run)
          continue
        }
        run.eventsPerSecond = Math.round((run.rows / run.ms) * 1000)
        run.busyBefore = busyBefore
        runs.push(run)
        console.log(
          `   ${kase.padEnd(15)} ${(run.ms / 1000).toFixed(2).padStart(7)} s  ${run.eventsPerSecond.toLocaleString('en').padStart(11)} events/s  peak RSS ${run.peakRssMb} MB  busy before ${(busyBefore * 100).toFixed(0)} %${run.imported === undefined ? '' : `  imported ${run.imported}, rejected ${run.rejected}`}`,
        )
        if (kase === 'parcours' && i === 0) {
          statementsFile = join(DATA, `statements-${name}.json`)
          writeFileSync(statementsFile, JSON.stringify(run.statements, null, 2))
        }
        if (flags.keep === undefined) freshDb(`bench-${kase}-${name}`)
      }
      const done = runs.filter((r) => r.error === undefined)
      if (done.length === 0) {
        results[kase] = { error: runs[0]?.error }
        continue
      }
      const best = done.find((r) => r.ms === median(done.map((x) => x.ms)))
      results[kase] = { ...best, runs: done.map((r) => seconds(r.ms)) }
    }
    if (cases.includes('variants')) {
      if (statementsFile === undefined) {
        console.log('   variants skipped: they replay the statements of a parcours case that succeeded in this run')
        all.sizes[name] = results
        printSummary(name, results)
        continue
      }
      const db = freshDb(`bench-variants-${name}`)
      await waitForIdle(Number(flags['max-wait'] ?? 600))
      results.variants = await runChild('variants', file, db, ['--statements', statementsFile])
      if (flags.keep === undefined) freshDb(`bench-variants-${name}`)
    }
    all.sizes[name] = results
    printSummary(name, results)
  }
  all.memoryLimit = flags['memory-limit'] ?? 'the store default (the bare cases: DuckDB default, 80 % of RAM)'
  if (flags.json !== undefined) writeFileSync(resolve(String(flags.json)), `${JSON.stringify(all, null, 2)}\n`)
}

function printSummary(name, results) {
  const bare = results.bare
  console.log(`\n-- ${name}: events/s and ratio against bare read_csv (same run)`)
  for (const [kase, r] of Object.entries(results)) {
    if (kase === 'variants') continue
    if (r.error !== undefined) {
      console.log(`   ${kase.padEnd(15)} failed: ${r.error}`)
      continue
    }
    const ratio =
      bare === undefined
        ? ''
        : `  ratio ${(r.eventsPerSecond / bare.eventsPerSecond).toFixed(2)} (takes ${(r.ms / bare.ms).toFixed(1)}× the time)`
    console.log(
      `   ${kase.padEnd(15)} ${r.eventsPerSecond.toLocaleString('en').padStart(11)} events/s  ${(r.ms / 1000).toFixed(2).padStart(7)} s  peak RSS ${r.peakRssMb} MB${ratio}`,
    )
  }
  for (const kase of ['parcours', 'baseline', 'reimport']) {
    const r = results[kase]
    if (r === undefined || r.error !== undefined) continue
    console.log(
      `\n-- ${name}: where the ${kase} import spends its ${(r.ms / 1000).toFixed(2)} s (open ${seconds(r.openMs)} s, close ${seconds(r.closeMs)} s not included)`,
    )
    for (const [step, s] of Object.entries(r.breakdown).sort((a, b) => b[1] - a[1]))
      console.log(`   ${s.toFixed(2).padStart(7)} s  ${((s / (r.ms / 1000)) * 100).toFixed(0).padStart(3)} %  ${step}`)
  }
  if (results.variants?.error !== undefined) console.log(`\n-- ${name}: variants failed: ${results.variants.error}`)
  else if (results.variants !== undefined) {
    console.log(`\n-- ${name}: the importer's statements replayed alone, and variants`)
    for (const [step, s] of Object.entries(results.variants.times))
      console.log(`   ${s.toFixed(2).padStart(7)} s  ${step}`)
    for (const [step, error] of Object.entries(results.variants.failures)) console.log(`   failed   ${step}: ${error}`)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flags = parseFlags(process.argv.slice(2))
  if (flags.case !== undefined) await runCase(flags)
  else await orchestrate(flags)
}
