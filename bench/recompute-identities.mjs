// Times identity stitching at scale: `npm run build && node bench/recompute-identities.mjs [customers]`.
// Generates a project of N customers (default 1M) straight into a DuckDB file: web visits on one
// or two devices, identify calls with an email (70%), phone calls linked by phone number (30%),
// store purchases linked by loyalty card (20%); then times a full recompute and the reads.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { createDuckDbStore } from '@parcours/storage-duckdb'

const customers = Number(process.argv[2] ?? 1_000_000)
const folder = mkdtempSync(join(tmpdir(), 'parcours-bench-identity-'))
const path = join(folder, 'bench.duckdb')
const T0 = Date.UTC(2026, 0, 1)

const schema = await createDuckDbStore({ path })
await schema.close()

const instance = await DuckDBInstance.create(path)
const connection = await instance.connect()
const started = performance.now()
const parts = [
  // two page views on device a
  `SELECT i, 0 AS k, 'page' AS type, 'Page Viewed' AS name, 'a' || i AS anon, NULL AS usr, 'web' AS channel, '{}' AS properties, '{}' AS traits FROM range(${customers}) t(i)`,
  `SELECT i, 1, 'page', 'Page Viewed', 'a' || i, NULL, 'web', '{}', '{}' FROM range(${customers}) t(i)`,
  // a second device for half of them
  `SELECT i, 2, 'screen', 'Screen Viewed', 'b' || i, NULL, 'app', '{}', '{}' FROM range(${customers}) t(i) WHERE i % 2 = 0`,
  // identify with email for 70%, and a second identify with phone and loyalty card for some
  `SELECT i, 3, 'identify', 'Identify', 'a' || i, 'u' || i, 'web', '{}', json_object('email', ' C' || i || '@Example.com') FROM range(${customers}) t(i) WHERE i % 10 < 7`,
  `SELECT i, 4, 'identify', 'Identify', 'b' || i, 'u' || i, 'app', '{}', json_object('phone', '+336' || lpad(i::VARCHAR, 8, '0'), 'loyaltyCard', 'LC-' || i) FROM range(${customers}) t(i) WHERE i % 10 < 3 AND i % 2 = 0`,
  // a call, linked only by the phone number, for 30%
  `SELECT i, 5, 'track', 'Call Received', 'c' || i, NULL, 'phone', '{}', json_object('phone', '06 ' || lpad(i::VARCHAR, 8, '0')) FROM range(${customers}) t(i) WHERE i % 10 < 3`,
  // a store purchase, linked only by the loyalty card, for 20%
  `SELECT i, 6, 'track', 'Order Completed', 'pos' || i, NULL, 'store', json_object('loyaltyCard', 'LC-' || i, 'total', 42), '{}' FROM range(${customers}) t(i) WHERE i % 10 < 2`,
  // a purchase on the web by the identified user
  `SELECT i, 7, 'track', 'Order Completed', NULL, 'u' || i, 'web', json_object('total', 30), '{}' FROM range(${customers}) t(i) WHERE i % 10 < 7`,
]
await connection.run(
  `INSERT INTO events
   SELECT 'bench', row_number() OVER (ORDER BY ts, i, k), 'm' || i || '-' || k, type, name, anon, usr, ts, channel,
          properties::JSON, traits::JSON, '{}'::JSON, ${T0}
   FROM (SELECT *, ${T0} + i * 1000 + k * 86400000 AS ts FROM (${parts.join(' UNION ALL ')}))`,
)
const counted = await connection.runAndReadAll("SELECT count(*)::DOUBLE FROM events WHERE project_id = 'bench'")
const events = Number(counted.getRows()[0]?.[0])
connection.closeSync()
instance.closeSync()
console.log(`generated ${customers} people, ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const store = await createDuckDbStore({ path })
const time = async (label, work) => {
  const start = performance.now()
  const result = await work()
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`)
  return result
}
const computation = await time('recompute (cold)', () => store.identities.recompute('bench'))
console.log(computation)
await time('recompute (again: merges keep their versions)', () => store.identities.recompute('bench'))
await time('customers page 1 (the first listing fills the summaries)', () =>
  store.identities.customers('bench', { limit: 50 }),
)
const page = await time('customers page 2', () => store.identities.customers('bench', { limit: 50, offset: 50 }))
const first = page.items[0]
await time('customer profile', () => store.identities.customer('bench', first.customerId))
await time('customer timeline', () => store.identities.timeline('bench', first.customerId))
await time('stats (map fresh)', () => store.events.stats('bench', { classifier: 'name' }))
await time('unmerge (blocks a pair, recomputes)', () => store.identities.unmerge('bench', first.customerId))
await store.events.append('bench', [
  {
    messageId: 'late-1',
    type: 'identify',
    name: 'Identify',
    anonymousId: 'late-anon',
    userId: 'u1',
    timestamp: T0,
    channel: 'web',
    properties: {},
    traits: {},
    context: {},
  },
])
await time('stats after one new event (recomputes)', () => store.events.stats('bench', { classifier: 'name' }))
await store.close()
rmSync(folder, { recursive: true, force: true })
