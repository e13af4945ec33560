import { afterAll, beforeAll, expect, it } from 'vitest'
import { type ClickHouseServers, startClickHouseServers } from './clickhouse-servers.js'

let clickhouse: ClickHouseServers
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 2 })
}, 120_000)
afterAll(async () => {
  await clickhouse?.stop()
})

it('starts two servers forming one cluster: rows written through a Distributed table land on both shards', async () => {
  const [first, second] = clickhouse.servers
  if (first === undefined || second === undefined) throw new Error('two servers expected')
  for (const server of clickhouse.servers)
    await server.query('CREATE TABLE t_local (k UInt32) ENGINE = MergeTree ORDER BY k')
  await first.query(`CREATE TABLE t AS t_local ENGINE = Distributed(${clickhouse.cluster}, default, t_local, k)`)
  // 18.16 has no SYSTEM FLUSH DISTRIBUTED: a synchronous insert reaches the shards before answering.
  await first.query('INSERT INTO t SELECT number FROM system.numbers LIMIT 100', { insert_distributed_sync: 1 })
  const local = await Promise.all(
    clickhouse.servers.map(async (server) => Number(await server.query('SELECT count() FROM t_local'))),
  )
  expect(local.every((count) => count > 0)).toBe(true)
  expect(local.reduce((sum, count) => sum + count, 0)).toBe(100)
  expect(Number(await first.query('SELECT count() FROM t'))).toBe(100)
})
