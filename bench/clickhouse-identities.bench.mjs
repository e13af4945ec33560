#!/usr/bin/env node
// The identity map update on ClickHouse at scale (issue 6): the log of bench/generate-events.mjs
// imported through `parcours import` into a fresh server (Debian's clickhouse-server 18.16, started
// by startClickHouseServers, stopped at the end), then, in this process:
//   - graph:  readIdentityGraph — the owners, links and shared identifiers read in SQL;
//   - stitch: core's stitchIdentities on that graph (pure TypeScript);
//   - update: store.identities.ensureFresh — the whole recompute as the API runs it (graph, stitch,
//             the identity map and merge log written, the commit row); write ≈ update − graph − stitch.
// The update runs first, alone in memory; graph and stitch are then timed alone (a second read
// while the first answers are still held would time the garbage collector). Each once, after
// waiting for idle CPUs; RSS of this process after the update.
//
//   npm run build && node --expose-gc bench/clickhouse-identities.bench.mjs --events 10m    # ~4 min
//
// Flags: --events 1m|10m (default 1m)  --max-wait S (default 60)

import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DATA, describeMachine, parseFlags, ROOT, waitForIdle } from './bench-machine.mjs'
import { MAPPING } from './import-csv.bench.mjs'

const flags = parseFlags(process.argv.slice(2))
const size = String(flags.events ?? '1m')
const maxWait = Number(flags['max-wait'] ?? 60)
const csv = join(DATA, `events-${size}.csv`)
if (!existsSync(csv)) throw new Error(`${csv} is missing: node bench/generate-events.mjs first`)
const core = await import('@parcours/core')
const adapter = await import('@parcours/storage-clickhouse')
const seconds = (t0) => Math.round(performance.now() - t0) / 1000

console.log(`machine: ${JSON.stringify(describeMachine())}`)
const folder = mkdtempSync(join(tmpdir(), 'parcours-identities-'))
const servers = await adapter.startClickHouseServers({ shards: 1 })
try {
  const url = `clickhouse://127.0.0.1:${servers.servers[0].httpPort}/bench`
  writeFileSync(join(folder, 'mapping.json'), JSON.stringify(MAPPING))
  await waitForIdle(maxWait)
  let t0 = performance.now()
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'packages/cli/bin/parcours.js'),
      'import',
      csv,
      '--mapping',
      join(folder, 'mapping.json'),
      '--db',
      join(folder, 'documents.duckdb'),
      '--summary',
      'json',
    ],
    { env: { ...process.env, PARCOURS_EVENTS: url }, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  console.log(`import (parcours import → ClickHouse, not part of the update): ${seconds(t0)} s`)

  const location = adapter.parseClickHouseUrl(url)
  if (!location.ok) throw new Error(JSON.stringify(location.error))
  const opened = await adapter.openClickHouseStore(location.value)
  if (!opened.ok) throw new Error(JSON.stringify(opened.error))
  const store = opened.value
  try {
    const connection = adapter.createClickHouseConnection({ url: `http://127.0.0.1:${servers.servers[0].httpPort}` })
    const [{ seq }] = await connection.select("SELECT max(seq) AS seq FROM bench.events WHERE project = 'default'")
    // The whole update first, nothing else held in memory; then its first two steps alone.
    await waitForIdle(maxWait)
    t0 = performance.now()
    const state = await store.identities.ensureFresh('default')
    const updateSeconds = seconds(t0)
    const rssMb = Math.round(process.memoryUsage().rss / 1e6)
    globalThis.gc?.()
    await waitForIdle(maxWait)
    t0 = performance.now()
    const graph = await adapter.readIdentityGraph(
      connection,
      'bench',
      'default',
      core.DEFAULT_IDENTITY_RULES,
      Number(seq),
    )
    const graphSeconds = seconds(t0)
    t0 = performance.now()
    const stitching = core.stitchIdentities(graph)
    const stitchSeconds = seconds(t0)
    await connection.close()
    console.log(
      `update: ${updateSeconds} s (${state.computation.customers} customers, ${state.computation.identifiers} identifiers), RSS after it ${rssMb} MB`,
    )
    console.log(`  graph:  ${graphSeconds} s (${graph.owners.length} owners, ${graph.links.length} links)`)
    console.log(
      `  stitch: ${stitchSeconds} s (${stitching.customers.length} customers, ${stitching.merges.length} merges)`,
    )
    console.log(
      `  write and commit ≈ ${Math.round((updateSeconds - graphSeconds - stitchSeconds) * 10) / 10} s (the rest of the update)`,
    )
  } finally {
    await store.close()
  }
} finally {
  await servers.stop()
  rmSync(folder, { recursive: true, force: true })
}
