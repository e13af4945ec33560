import { buildJourneyLog, type FunnelSpec, funnelSpecProblems, type JourneyLog } from '@parcours/core'
import fc from 'fast-check'
import type { ClickHouseServer, ClickHouseServers } from '../testing/clickhouse-servers.js'
import type { ClickHouseQuery } from './query-rows.js'

/** One row of the flat `journey` input the analyses read (the event store exposes it as a view). */
export interface JourneyRow {
  readonly customer: string
  /** Epoch ms. */
  readonly ts: number
  readonly seq: number
  readonly name: string
  readonly lifecycle: string
  readonly channel: string
}

const COLUMNS = 'project String, customer String, ts Int64, seq UInt64, name String, lifecycle String, channel String'

/** Where the analyses are tried: a name, the query function they get, and how rows of a project are written there. */
export interface JourneyTarget {
  readonly name: string
  readonly query: ClickHouseQuery
  insert(project: string, rows: readonly JourneyRow[]): Promise<void>
}

const jsonLines = (project: string, rows: readonly JourneyRow[]) =>
  rows.map((row) => JSON.stringify({ project, ...row })).join('\n')

/** A MergeTree `journey` table on one server. */
export async function singleServerTarget(server: ClickHouseServer): Promise<JourneyTarget> {
  await server.query(`CREATE TABLE journey (${COLUMNS}) ENGINE = MergeTree ORDER BY (project, customer, ts, seq)`)
  return {
    name: 'one server',
    query: (sql) => server.query(sql),
    async insert(project, rows) {
      if (rows.length > 0) await server.query(`INSERT INTO journey FORMAT JSONEachRow\n${jsonLines(project, rows)}`)
    },
  }
}

/**
 * A `table` Distributed over local tables on every shard of the cluster: sharded by
 * cityHash64(customer) (each customer on one shard), or, with `split`, rows written round-robin
 * straight into the shards' local tables, so one customer's rows lie on several shards.
 */
export async function clusterTarget(
  clickhouse: ClickHouseServers,
  table: string,
  split: boolean,
): Promise<JourneyTarget> {
  const [initiator] = clickhouse.servers
  if (initiator === undefined) throw new Error('no server')
  for (const server of clickhouse.servers)
    await server.query(
      `CREATE TABLE ${table}_local (${COLUMNS}) ENGINE = MergeTree ORDER BY (project, customer, ts, seq)`,
    )
  await initiator.query(
    `CREATE TABLE ${table} AS ${table}_local ENGINE = Distributed(${clickhouse.cluster}, default, ${table}_local, cityHash64(customer))`,
  )
  return {
    name: split ? 'two shards, customers split' : 'two shards by customer',
    query: (sql) => initiator.query(sql),
    async insert(project, rows) {
      if (rows.length === 0) return
      if (!split) {
        await initiator.query(`INSERT INTO ${table} FORMAT JSONEachRow\n${jsonLines(project, rows)}`, {
          insert_distributed_sync: 1,
        })
        return
      }
      const shards = clickhouse.servers.length
      await Promise.all(
        clickhouse.servers.map((server, s) => {
          const part = rows.filter((_, i) => i % shards === s)
          return part.length === 0
            ? Promise.resolve('')
            : server.query(`INSERT INTO ${table}_local FORMAT JSONEachRow\n${jsonLines(project, part)}`)
        }),
      )
    },
  }
}

/** The journey log core builds from the same rows (one case per customer, as the view gives). */
export function journeyLogOf(rows: readonly JourneyRow[]): JourneyLog {
  return buildJourneyLog(
    rows.map((row) => ({
      type: 'track',
      name: row.name,
      timestamp: row.ts,
      seq: row.seq,
      channel: row.channel === '' ? null : row.channel,
      properties: row.lifecycle === '' ? {} : { 'lifecycle:transition': row.lifecycle },
      traits: {},
      context: {},
      customerId: row.customer,
    })),
  )
}

/** Event names of the random logs: few, so that variants and edges repeat; some need escaping. */
export const NAMES = ['a', 'b', 'c', "it's", 'back\\slash', 'é', 'SELECT 1;'] as const

/**
 * Random journeys: 4 to 50 events of 4 customers, over a short span of ms so that equal
 * timestamps are common (then seq decides); seq is unique, in row order, so ties do not follow the
 * name.
 */
export const randomJourney: fc.Arbitrary<JourneyRow[]> = fc
  .array(
    fc.record({
      customer: fc.constantFrom('c1', "o'hara", 'ü\n', 'c4'),
      ts: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1_600_000_000_000, max: 1_600_000_000_010 })),
      name: fc.constantFrom(...NAMES),
      lifecycle: fc.constantFrom('', 'complete', 'start'),
      channel: fc.constantFrom('', 'web'),
    }),
    { minLength: 4, maxLength: 50, size: 'max' },
  )
  .map((events) => events.map((event, seq) => ({ ...event, seq: seq * 7 + 3 })))

/**
 * Random ordered funnels over `names`: 1–4 steps (selectors of one or two names, later steps
 * optional at random), one of `windowsMs`, up to two exclusions, every countBy; only specs core
 * accepts.
 */
export function randomOrderedFunnel(names: readonly string[], windowsMs: readonly number[]): fc.Arbitrary<FunnelSpec> {
  return fc
    .record({
      steps: fc.array(
        fc.record({
          events: fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 2 }),
          optional: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      windowMs: fc.constantFrom(...windowsMs),
      exclusions: fc.array(
        fc.record({
          events: fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 2 }),
          afterStep: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
          beforeStep: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        }),
        { maxLength: 2 },
      ),
      countBy: fc.constantFrom('customer' as const, 'case' as const, 'attempt' as const),
    })
    .map(
      ({ steps, windowMs, exclusions, countBy }): FunnelSpec => ({
        steps: steps.map((step, j) => ({
          name: `step ${j + 1}`,
          selector: { events: step.events },
          ...(j > 0 && step.optional ? { optional: true } : {}),
        })),
        mode: 'ordered',
        windowMs,
        exclusions: exclusions.map((exclusion) => ({
          selector: { events: exclusion.events },
          ...(exclusion.afterStep === undefined ? {} : { afterStep: exclusion.afterStep }),
          ...(exclusion.beforeStep === undefined ? {} : { beforeStep: exclusion.beforeStep }),
        })),
        countBy,
      }),
    )
    .filter((spec) => funnelSpecProblems(spec).length === 0)
}
