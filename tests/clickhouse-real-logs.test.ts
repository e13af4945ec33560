import { readFileSync } from 'node:fs'
import {
  buildJourneyLog,
  classify,
  computeFunnel,
  computeProcessMap,
  computeVariants,
  FunnelSpec,
  type JourneyLog,
  type JourneyLogInput,
  ok,
} from '@parcours/core'
import { xesEvents } from '@parcours/ingest'
import {
  type ClickHouseQuery,
  type ClickHouseServers,
  clickhouseFunnel,
  clickhouseProcessMap,
  clickhouseVariants,
  startClickHouseServers,
} from '@parcours/storage-clickhouse'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The analyses inside ClickHouse (packages/storage-clickhouse/src/analyses) against core's reference
// on real logs, read the way tests/reference-real-logs.test.ts reads them.

/** The shared real data lives beside the repository: ../shared/data from its root. */
const DATA = new URL('../../shared/data/', import.meta.url)
const dataPath = (path: string) => new URL(path, DATA).pathname

/** An XES log as the journey log of its events: one customer per trace, ingestion order = file order. */
async function xesLog(path: string): Promise<JourneyLog> {
  const events: JourneyLogInput[] = []
  for await (const batch of xesEvents(dataPath(path), { fileId: path, onReject: () => undefined }))
    for (const event of batch) events.push({ ...event, seq: events.length, customerId: event.userId as string })
  return buildJourneyLog(events)
}

/** receipt.csv as the journey log of its rows (`2011-10-11 13:45:40.276000+02:00` timestamps), one customer per case. */
function receiptLog(): JourneyLog {
  const rows = parse(readFileSync(dataPath('receipt/receipt.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[]
  return buildJourneyLog(
    rows.map((row, seq) => ({
      type: 'track',
      name: row['concept:name'] as string,
      timestamp: Date.parse((row['time:timestamp'] as string).replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1')),
      seq,
      channel: null,
      properties: row,
      traits: {},
      context: {},
      customerId: row['case:concept:name'] as string,
    })),
  )
}

const COLUMNS = 'project String, customer String, ts Int64, seq UInt64, name String, lifecycle String, channel String'

/** Writes a journey log as the flat `journey` rows the event store's view gives (the case is the customer). */
async function insertLog(
  insert: (sql: string) => Promise<unknown>,
  table: string,
  project: string,
  log: JourneyLog,
): Promise<void> {
  let lines: string[] = []
  for (let c = 0; c < log.caseCount; c++)
    for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++) {
      const lifecycle = log.lifecycle[i] as number
      const channel = log.channel[i] as number
      lines.push(
        JSON.stringify({
          project,
          customer: log.caseIds.at(c),
          ts: log.time[i],
          seq: log.seq[i],
          name: log.names[log.name[i] as number],
          lifecycle: lifecycle < 0 ? '' : log.lifecycles[lifecycle],
          channel: channel < 0 ? '' : log.channels[channel],
        }),
      )
      if (lines.length === 50_000) {
        await insert(`INSERT INTO ${table} FORMAT JSONEachRow\n${lines.join('\n')}`)
        lines = []
      }
    }
  if (lines.length > 0) await insert(`INSERT INTO ${table} FORMAT JSONEachRow\n${lines.join('\n')}`)
}

let single: ClickHouseServers
let cluster: ClickHouseServers
let onOne: ClickHouseQuery
let onTwo: ClickHouseQuery
let receipt: JourneyLog
let bpic: JourneyLog
beforeAll(async () => {
  single = await startClickHouseServers({ shards: 1 })
  cluster = await startClickHouseServers({ shards: 2 })
  const [server] = single.servers
  const [initiator] = cluster.servers
  if (server === undefined || initiator === undefined) throw new Error('no server')
  onOne = (sql) => server.query(sql)
  onTwo = (sql) => initiator.query(sql)
  await server.query(`CREATE TABLE journey (${COLUMNS}) ENGINE = MergeTree ORDER BY (project, customer, ts, seq)`)
  for (const shard of cluster.servers)
    await shard.query(
      `CREATE TABLE journey_local (${COLUMNS}) ENGINE = MergeTree ORDER BY (project, customer, ts, seq)`,
    )
  await initiator.query(
    `CREATE TABLE journey AS journey_local ENGINE = Distributed(${cluster.cluster}, default, journey_local, cityHash64(customer))`,
  )
  receipt = receiptLog()
  bpic = await xesLog('bpic2012/bpic2012.xes.gz')
  await insertLog(onOne, 'journey', 'receipt', receipt)
  await insertLog((sql) => initiator.query(sql, { insert_distributed_sync: 1 }), 'journey', 'receipt', receipt)
  await insertLog(onOne, 'journey', 'bpic2012', bpic)
}, 120_000)
afterAll(async () => {
  await single?.stop()
  await cluster?.stop()
})

describe('receipt (1,434 cases), on one server and on two shards', () => {
  it('has the 116 variants of core, row for row', async () => {
    const expected = computeVariants(receipt, classify(receipt, 'name'))
    expect(expected.totalVariants).toBe(116)
    for (const query of [onOne, onTwo])
      expect(await clickhouseVariants(query, { table: 'journey', project: 'receipt' })).toEqual(expected)
  })

  it("has core's process map: 99 edges, their durations, activities, start and end activities", async () => {
    const expected = computeProcessMap(receipt, classify(receipt, 'name'))
    expect(expected.edges).toHaveLength(99)
    for (const query of [onOne, onTwo])
      expect(await clickhouseProcessMap(query, { table: 'journey', project: 'receipt' })).toEqual(expected)
  })
})

describe('BPI Challenge 2012 (13,087 cases, 262,200 events), on one server', () => {
  it('has 4,366 variants by name, equal to core with and without a top 10', async () => {
    for (const top of [undefined, 10]) {
      const options = top === undefined ? {} : { top }
      const expected = computeVariants(bpic, classify(bpic, 'name'), options)
      expect(expected.totalVariants).toBe(4366)
      expect(await clickhouseVariants(onOne, { table: 'journey', project: 'bpic2012', ...options })).toEqual(expected)
    }
  })

  it("has core's process map, durations included", async () => {
    expect(await clickhouseProcessMap(onOne, { table: 'journey', project: 'bpic2012' })).toEqual(
      computeProcessMap(bpic, classify(bpic, 'name')),
    )
  })

  it("has core's funnel from submission to an accepted, sent offer", async () => {
    const spec = FunnelSpec.parse({
      steps: ['A_SUBMITTED', 'A_PREACCEPTED', 'A_ACCEPTED', 'O_SENT', 'A_APPROVED'].map((name) => ({
        name,
        selector: { events: [name] },
      })),
      windowMs: 30 * 86_400_000,
    })
    const expected = computeFunnel(bpic, spec)
    expect(expected.steps[3]?.count).toBeGreaterThan(0)
    expect(await clickhouseFunnel(onOne, { table: 'journey', project: 'bpic2012', spec })).toEqual(ok(expected))
  })
})
