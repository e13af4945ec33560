import type { DuckDBValue } from '@duckdb/node-api'
import {
  type IdentifierPair,
  type IdentityComputation,
  type IdentityLink,
  type IdentityRules,
  isRuleApplicable,
  type KnownMerge,
  type Stitching,
  sharedIdentifierLink,
  splitRuleSource,
  stitchIdentities,
} from '@parcours/core'
import type { OpenDatabase } from './open-database.js'
import { transaction } from './serial-runner.js'

export const IDENTITY_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS identity_map (
     project_id VARCHAR NOT NULL, identifier VARCHAR NOT NULL, customer_id VARCHAR NOT NULL,
     computation INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS identity_customers (
     project_id VARCHAR NOT NULL, customer_id VARCHAR NOT NULL, events BIGINT NOT NULL, first_ts BIGINT NOT NULL,
     last_ts BIGINT NOT NULL, channels VARCHAR[] NOT NULL, computation INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS identity_merges (
     project_id VARCHAR NOT NULL, version INTEGER NOT NULL, left_id VARCHAR NOT NULL, right_id VARCHAR NOT NULL,
     reason VARCHAR NOT NULL, message_id VARCHAR NOT NULL, ts BIGINT NOT NULL, seq BIGINT NOT NULL,
     customer_id VARCHAR NOT NULL, computation INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS identity_computations (
     project_id VARCHAR NOT NULL, version INTEGER NOT NULL, seq BIGINT NOT NULL, event_count BIGINT NOT NULL,
     rules VARCHAR NOT NULL, computed_at BIGINT NOT NULL, customers BIGINT NOT NULL, identifiers BIGINT NOT NULL,
     merges BIGINT NOT NULL, last_merge_version INTEGER NOT NULL, PRIMARY KEY (project_id, version))`,
  `CREATE TABLE IF NOT EXISTS identity_blocks (
     project_id VARCHAR NOT NULL, version INTEGER NOT NULL, left_id VARCHAR NOT NULL, right_id VARCHAR NOT NULL,
     blocked_at BIGINT NOT NULL, merge_version INTEGER NOT NULL, reason VARCHAR NOT NULL, message_id VARCHAR NOT NULL,
     ts BIGINT NOT NULL, seq BIGINT NOT NULL, customer_id VARCHAR NOT NULL, PRIMARY KEY (project_id, version))`,
]

/** The identifier that owns an event (its user id, else its anonymous id), as SQL over the events table. */
export const ownerSql = (table = ''): string => {
  const column = (name: string) => (table === '' ? name : `${table}.${name}`)
  return `CASE WHEN ${column('user_id')} IS NOT NULL THEN 'user:' || ${column('user_id')} ELSE 'anonymous:' || ${column('anonymous_id')} END`
}
const OWNER_SQL = ownerSql()

/**
 * Keeps each project's identity map in step with its events: `ensureFresh` recomputes when events
 * arrived (max seq or count changed) or the rules changed since the last computation. Every
 * function takes the database of a serial run: call them inside `run`.
 */
export interface IdentityMaintainer {
  ensureFresh(db: OpenDatabase, projectId: string): Promise<IdentityComputation>
  recompute(db: OpenDatabase, projectId: string): Promise<IdentityComputation>
}

export function createIdentityMaintainer(rules: IdentityRules, now: () => Date): IdentityMaintainer {
  const fingerprint = JSON.stringify(rules)
  const maintainer: IdentityMaintainer = {
    async ensureFresh(db, projectId) {
      const [seq, eventCount] = await eventHorizon(db, projectId)
      const latest = await latestComputation(db, projectId)
      if (latest !== undefined && latest.seq === seq && latest.eventCount === eventCount && latest.rules === fingerprint)
        return latest.computation
      return maintainer.recompute(db, projectId)
    },
    async recompute(db, projectId) {
      const [seq, eventCount] = await eventHorizon(db, projectId)
      const latest = await latestComputation(db, projectId)
      const stitching = stitchIdentities({
        ...(await readIdentityGraph(db, projectId, rules)),
        blocked: await readBlockedPairs(db, projectId),
        previousMerges: await readKnownMerges(db, projectId),
        lastMergeVersion: latest?.lastMergeVersion ?? 0,
      })
      const computation: IdentityComputation = {
        version: (latest?.computation.version ?? 0) + 1,
        seq,
        computedAt: now().getTime(),
        customers: stitching.customers.length,
        identifiers: stitching.customers.reduce((sum, customer) => sum + customer.identifiers.length, 0),
        merges: stitching.merges.length,
      }
      await writeStitching(db, projectId, stitching, computation, eventCount, fingerprint)
      return computation
    },
  }
  return maintainer
}

async function eventHorizon(db: OpenDatabase, projectId: string): Promise<[seq: number, count: number]> {
  const reader = await db.connection.runAndReadAll(
    'SELECT coalesce(max(seq), 0)::DOUBLE, count(*)::DOUBLE FROM events WHERE project_id = $1',
    [projectId],
  )
  const [row] = reader.getRows()
  return [Number(row?.[0] ?? 0), Number(row?.[1] ?? 0)]
}

async function latestComputation(db: OpenDatabase, projectId: string) {
  const reader = await db.connection.runAndReadAll(
    `SELECT version, seq::DOUBLE, event_count::DOUBLE, rules, computed_at::DOUBLE, customers::DOUBLE,
            identifiers::DOUBLE, merges::DOUBLE, last_merge_version
     FROM identity_computations WHERE project_id = $1 ORDER BY version DESC LIMIT 1`,
    [projectId],
  )
  const [row] = reader.getRows()
  if (row === undefined) return undefined
  const [version, seq, eventCount, rules, computedAt, customers, identifiers, merges, lastMergeVersion] = row
  return {
    computation: {
      version: Number(version),
      seq: Number(seq),
      computedAt: Number(computedAt),
      customers: Number(customers),
      identifiers: Number(identifiers),
      merges: Number(merges),
    },
    seq: Number(seq),
    eventCount: Number(eventCount),
    rules: String(rules),
    lastMergeVersion: Number(lastMergeVersion),
  }
}

/** Reads columns as plain values; `DOUBLE` columns come back as numbers, `VARCHAR` ones as strings. */
async function readColumns(db: OpenDatabase, sql: string, values: DuckDBValue[]): Promise<DuckDBValue[][]> {
  const reader = await db.connection.runAndReadAll(sql, values)
  return reader.getColumns()
}

/**
 * The links and owners of a project, read with SQL: distinct pairs, each with its first
 * occurrence (timestamp, then seq), since a repeated link never merges anything. Shared
 * identifiers are read raw (as JSON) and normalised by core, exactly as `identityGraphOfEvents`
 * does; the storage contract test compares the two on generated events.
 */
export async function readIdentityGraph(
  db: OpenDatabase,
  projectId: string,
  rules: IdentityRules,
): Promise<{ owners: string[]; links: IdentityLink[] }> {
  const [owners = []] = await readColumns(
    db,
    `SELECT DISTINCT ${OWNER_SQL} FROM events
     WHERE project_id = $1 AND (user_id IS NOT NULL OR anonymous_id IS NOT NULL)`,
    [projectId],
  )
  const links: IdentityLink[] = []
  const pushLinks = (columns: DuckDBValue[][]) => {
    const [left = [], right = [], reason = [], ts = [], seq = [], messageId = []] = columns
    for (let i = 0; i < left.length; i++) {
      links.push({
        left: left[i] as string,
        right: right[i] as string,
        reason: reason[i] as string,
        timestamp: ts[i] as number,
        seq: seq[i] as number,
        messageId: messageId[i] as string,
      })
    }
  }
  const first = (partition: string) => `QUALIFY row_number() OVER (PARTITION BY ${partition} ORDER BY ts, seq) = 1`

  pushLinks(
    await readColumns(
      db,
      `SELECT 'anonymous:' || anonymous_id, 'user:' || user_id,
              CASE type WHEN 'identify' THEN 'identify' WHEN 'alias' THEN 'alias' ELSE 'same-event' END,
              ts::DOUBLE AS ts, seq::DOUBLE AS seq, message_id
       FROM events WHERE project_id = $1 AND anonymous_id IS NOT NULL AND user_id IS NOT NULL
       ${first('anonymous_id, user_id')}`,
      [projectId],
    ),
  )

  pushLinks(
    await readColumns(
      db,
      `WITH aliases AS (
         SELECT ${OWNER_SQL} AS owner, json_extract_string(properties, '$.previousId') AS previous_id,
                ts, seq, message_id
         FROM events
         WHERE project_id = $1 AND type = 'alias' AND (user_id IS NOT NULL OR anonymous_id IS NOT NULL)
           AND json_type(properties, '$.previousId') IN ('VARCHAR', 'BIGINT', 'UBIGINT', 'DOUBLE')),
       targets AS (
         SELECT DISTINCT 'user:' || user_id AS target, user_id AS id FROM events
         WHERE project_id = $1 AND user_id IS NOT NULL
         UNION ALL
         SELECT DISTINCT 'anonymous:' || anonymous_id, anonymous_id FROM events
         WHERE project_id = $1 AND anonymous_id IS NOT NULL)
       SELECT owner, target, 'alias', ts::DOUBLE AS ts, seq::DOUBLE AS seq, message_id
       FROM aliases JOIN targets ON targets.id = aliases.previous_id
       WHERE target <> owner
       ${first('owner, target')}`,
      [projectId],
    ),
  )

  for (const rule of rules.rules) {
    const { field, keys } = splitRuleSource(rule.source)
    const skipGroups = !isRuleApplicable(rule, 'group')
    const [owner = [], raw = [], ts = [], seq = [], messageId = []] = await readColumns(
      db,
      `SELECT owner, raw, ts, seq, message_id FROM (
         SELECT ${OWNER_SQL} AS owner, json_extract(${field}, ${jsonPathLiteral(keys)})::VARCHAR AS raw,
                ts::DOUBLE AS ts, seq::DOUBLE AS seq, message_id
         FROM events
         WHERE project_id = $1 AND (user_id IS NOT NULL OR anonymous_id IS NOT NULL)
           ${skipGroups ? "AND type <> 'group'" : ''})
       WHERE raw IS NOT NULL
       ${first('owner, raw')}`,
      [projectId],
    )
    for (let i = 0; i < owner.length; i++) {
      const link = sharedIdentifierLink(
        owner[i] as string,
        rule,
        JSON.parse(raw[i] as string),
        { timestamp: ts[i] as number, seq: seq[i] as number, messageId: messageId[i] as string },
        rules.defaultCountry,
      )
      if (link !== null) links.push(link)
    }
  }
  return { owners: owners as string[], links }
}

/** `['traits', 'email']` → `'$."traits"."email"'`, quoted so that any key is safe. */
function jsonPathLiteral(keys: readonly string[]): string {
  const path = `$${keys.map((key) => `.${JSON.stringify(key)}`).join('')}`
  return `'${path.replace(/'/g, "''")}'`
}

async function readBlockedPairs(db: OpenDatabase, projectId: string): Promise<IdentifierPair[]> {
  const [left = [], right = []] = await readColumns(
    db,
    'SELECT left_id, right_id FROM identity_blocks WHERE project_id = $1',
    [projectId],
  )
  return left.map((value, i) => ({ left: value as string, right: right[i] as string }))
}

async function readKnownMerges(db: OpenDatabase, projectId: string): Promise<KnownMerge[]> {
  const [left = [], right = [], messageId = [], version = []] = await readColumns(
    db,
    'SELECT left_id, right_id, message_id, version::DOUBLE FROM identity_merges WHERE project_id = $1',
    [projectId],
  )
  return left.map((value, i) => ({
    left: value as string,
    right: right[i] as string,
    messageId: messageId[i] as string,
    version: version[i] as number,
  }))
}

async function writeStitching(
  db: OpenDatabase,
  projectId: string,
  stitching: Stitching,
  computation: IdentityComputation,
  eventCount: number,
  rules: string,
): Promise<void> {
  const connection = db.connection
  await connection.run('CREATE OR REPLACE TEMP TABLE staging_identity_map (identifier VARCHAR, customer_id VARCHAR)')
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE staging_identity_merges (
       version INTEGER, left_id VARCHAR, right_id VARCHAR, reason VARCHAR, message_id VARCHAR, ts BIGINT, seq BIGINT,
       customer_id VARCHAR)`,
  )
  const map = await connection.createAppender('staging_identity_map', 'main', 'temp')
  for (const customer of stitching.customers) {
    for (const identifier of customer.identifiers) {
      map.appendVarchar(identifier)
      map.appendVarchar(customer.customerId)
      map.endRow()
    }
  }
  map.closeSync()
  const merges = await connection.createAppender('staging_identity_merges', 'main', 'temp')
  for (const merge of stitching.merges) {
    merges.appendInteger(merge.version)
    merges.appendVarchar(merge.left)
    merges.appendVarchar(merge.right)
    merges.appendVarchar(merge.reason)
    merges.appendVarchar(merge.messageId)
    merges.appendBigInt(BigInt(merge.timestamp))
    merges.appendBigInt(BigInt(merge.seq))
    merges.appendVarchar(merge.customerId)
    merges.endRow()
  }
  merges.closeSync()

  const version = computation.version
  await transaction(db, async () => {
    for (const table of ['identity_map', 'identity_merges', 'identity_customers'])
      await connection.run(`DELETE FROM ${table} WHERE project_id = $1`, [projectId])
    await connection.run(
      'INSERT INTO identity_map SELECT $1, identifier, customer_id, $2 FROM staging_identity_map',
      [projectId, version],
    )
    await connection.run(
      `INSERT INTO identity_merges
         SELECT $1, version, left_id, right_id, reason, message_id, ts, seq, customer_id, $2 FROM staging_identity_merges`,
      [projectId, version],
    )
    await connection.run(
      `INSERT INTO identity_customers
         SELECT $1, m.customer_id, count(*), min(e.ts), max(e.ts),
                coalesce(list_sort(list(DISTINCT e.channel) FILTER (WHERE e.channel IS NOT NULL)), []), $2
         FROM events e JOIN identity_map m ON m.project_id = $1 AND m.identifier = ${ownerSql('e')}
         WHERE e.project_id = $1
         GROUP BY m.customer_id`,
      [projectId, version],
    )
    await connection.run(
      'INSERT INTO identity_computations VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
      [
        projectId,
        version,
        computation.seq,
        eventCount,
        rules,
        computation.computedAt,
        computation.customers,
        computation.identifiers,
        computation.merges,
        stitching.lastMergeVersion,
      ],
    )
  })
  await connection.run('DROP TABLE IF EXISTS staging_identity_map')
  await connection.run('DROP TABLE IF EXISTS staging_identity_merges')
}
