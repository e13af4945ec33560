import { type DuckDBConnection, DuckDBDataChunk, type DuckDBType, INTEGER, VARCHAR } from '@duckdb/node-api'
import {
  connectIdentifiers,
  type IdentityComputation,
  type IdentityRules,
  isRuleApplicable,
  normalizeIdentifierValue,
  splitRuleSource,
} from '@parcours/core'
import type { OpenDatabase } from './open-database.js'
import { transaction } from './serial-runner.js'

export const IDENTITY_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS identity_map (
     project_id VARCHAR NOT NULL, identifier VARCHAR NOT NULL, customer_id VARCHAR NOT NULL,
     computation INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS identity_merges (
     project_id VARCHAR NOT NULL, version INTEGER NOT NULL, left_id VARCHAR NOT NULL, right_id VARCHAR NOT NULL,
     reason VARCHAR NOT NULL, message_id VARCHAR NOT NULL, ts BIGINT NOT NULL, seq BIGINT NOT NULL,
     customer_id VARCHAR NOT NULL, computation INTEGER NOT NULL)`,
  /** Filled on the first customer listing after a computation (stats and timelines do not need it). */
  `CREATE TABLE IF NOT EXISTS identity_customers (
     project_id VARCHAR NOT NULL, customer_id VARCHAR NOT NULL, events BIGINT NOT NULL, first_ts BIGINT NOT NULL,
     last_ts BIGINT NOT NULL, channels VARCHAR[] NOT NULL, computation INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS identity_computations (
     project_id VARCHAR NOT NULL, version INTEGER NOT NULL, seq BIGINT NOT NULL, event_count BIGINT NOT NULL,
     rules VARCHAR NOT NULL, computed_at BIGINT NOT NULL, customers BIGINT NOT NULL, identifiers BIGINT NOT NULL,
     merges BIGINT NOT NULL, last_merge_version INTEGER NOT NULL, is_summarized BOOLEAN NOT NULL,
     PRIMARY KEY (project_id, version))`,
  `CREATE TABLE IF NOT EXISTS identity_blocks (
     project_id VARCHAR NOT NULL, version INTEGER NOT NULL, left_id VARCHAR NOT NULL, right_id VARCHAR NOT NULL,
     blocked_at BIGINT NOT NULL, merge_version INTEGER NOT NULL, reason VARCHAR NOT NULL, message_id VARCHAR NOT NULL,
     ts BIGINT NOT NULL, seq BIGINT NOT NULL, customer_id VARCHAR NOT NULL, PRIMARY KEY (project_id, version))`,
]

/** The identifier that owns an event (its user id, else its anonymous id; see core's `eventOwner`) in SQL. */
export const ownerSql = (table = ''): string => {
  const column = (name: string) => (table === '' ? name : `${table}.${name}`)
  return `CASE WHEN ${column('user_id')} IS NOT NULL THEN 'user:' || ${column('user_id')} ELSE 'anonymous:' || ${column('anonymous_id')} END`
}
const OWNER_SQL = ownerSql()
const HAS_OWNER = '(user_id IS NOT NULL OR anonymous_id IS NOT NULL)'

/**
 * Keeps each project's identity map in step with its events. `ensureFresh` recomputes when events
 * arrived (max seq or count changed) or the rules changed since the last computation;
 * `ensureSummary` fills the customer summaries of the current computation. Every function takes
 * the database of a serial run: call them inside `run`.
 */
export interface IdentityMaintainer {
  ensureFresh(db: OpenDatabase, projectId: string): Promise<IdentityComputation>
  recompute(db: OpenDatabase, projectId: string): Promise<IdentityComputation>
  ensureSummary(db: OpenDatabase, projectId: string): Promise<IdentityComputation>
}

/**
 * The DuckDB side of identity stitching. It computes what core's `stitchIdentities` computes (the
 * storage tests compare them on generated events), in SQL around core's pieces:
 *
 * 1. links: distinct pairs with their first occurrence, read with SQL; shared identifiers are read
 *    raw and normalised by core (`normalizeIdentifierValue`) once per distinct raw value;
 * 2. union-find: core's `connectIdentifiers` over node numbers, in merge-log order;
 * 3. customer ids: the anchor (smallest `user:` identifier, else smallest identifier; UTF-8 byte
 *    order equals core's `compareText`) and `cus_` + 16 hex digits of its MD5, in SQL;
 * 4. merge versions: a merge found in the previous log keeps its version, new ones are numbered
 *    in event order after the last version given.
 */
export function createIdentityMaintainer(rules: IdentityRules, now: () => Date): IdentityMaintainer {
  const fingerprint = JSON.stringify(rules)
  const maintainer: IdentityMaintainer = {
    async ensureFresh(db, projectId) {
      const [seq, eventCount] = await eventHorizon(db, projectId)
      const latest = await latestComputation(db, projectId)
      if (latest === undefined || latest.rules !== fingerprint) return maintainer.recompute(db, projectId)
      if (latest.seq === seq && latest.eventCount === eventCount) return latest.computation
      // Events arrived. When none of them can change the map (no link, no new identifier), the
      // computation is carried forward to cover them instead of being redone (seconds at 1M customers).
      if (
        seq > latest.seq &&
        !(await mayLinkIdentities(db, projectId, latest.seq, latest.eventCount, eventCount, rules))
      ) {
        const added = await addSingleCustomers(db, projectId, latest.seq, latest.computation.version)
        if (added !== undefined) {
          await db.connection.run(
            `UPDATE identity_computations
             SET seq = $3, event_count = $4, is_summarized = false, customers = customers + $5, identifiers = identifiers + $5
             WHERE project_id = $1 AND version = $2`,
            [projectId, latest.computation.version, seq, eventCount, added],
          )
          return {
            ...latest.computation,
            seq,
            customers: latest.computation.customers + added,
            identifiers: latest.computation.identifiers + added,
          }
        }
      }
      return maintainer.recompute(db, projectId)
    },

    async recompute(db, projectId) {
      const [seq, eventCount] = await eventHorizon(db, projectId)
      const latest = await latestComputation(db, projectId)
      const version = (latest?.computation.version ?? 0) + 1
      try {
        await buildGraph(db, projectId, rules)
        await connectInJs(db)
        const counts = await nameCustomers(db, projectId, latest?.lastMergeVersion ?? 0)
        const computation: IdentityComputation = { version, seq, computedAt: now().getTime(), ...counts.computation }
        await transaction(db, async () => {
          const connection = db.connection
          for (const table of ['identity_map', 'identity_merges', 'identity_customers'])
            await connection.run(`DELETE FROM ${table} WHERE project_id = $1`, [projectId])
          await connection.run(
            `INSERT INTO identity_map
             SELECT $1, n.identifier, g.customer_id, $2
             FROM identity_nodes n LEFT JOIN identity_roots r ON r.node = n.node
             JOIN identity_groups g ON g.grp = coalesce(r.root, n.node)`,
            [projectId, version],
          )
          await connection.run(
            `INSERT INTO identity_merges
             SELECT $1, version, left_id, right_id, reason, message_id, ts, seq, customer_id, $2 FROM identity_new_merges`,
            [projectId, version],
          )
          await connection.run(
            'INSERT INTO identity_computations VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, false)',
            [
              projectId,
              version,
              seq,
              eventCount,
              fingerprint,
              computation.computedAt,
              computation.customers,
              computation.identifiers,
              computation.merges,
              counts.lastMergeVersion,
            ],
          )
        })
        return computation
      } finally {
        for (const table of TEMP_TABLES) await db.connection.run(`DROP TABLE IF EXISTS ${table}`)
      }
    },

    async ensureSummary(db, projectId) {
      const computation = await maintainer.ensureFresh(db, projectId)
      const latest = await latestComputation(db, projectId)
      if (latest?.isSummarized === true) return computation
      await transaction(db, async () => {
        await db.connection.run('DELETE FROM identity_customers WHERE project_id = $1', [projectId])
        await db.connection.run(
          `INSERT INTO identity_customers
           SELECT $1, m.customer_id, count(*), min(e.ts), max(e.ts),
                  coalesce(list_sort(list(DISTINCT e.channel) FILTER (WHERE e.channel IS NOT NULL)), []), $2
           FROM events e JOIN identity_map m ON m.project_id = $1 AND m.identifier = ${ownerSql('e')}
           WHERE e.project_id = $1
           GROUP BY m.customer_id`,
          [projectId, computation.version],
        )
        await db.connection.run(
          'UPDATE identity_computations SET is_summarized = true WHERE project_id = $1 AND version = $2',
          [projectId, computation.version],
        )
      })
      return computation
    },
  }
  return maintainer
}

const TEMP_TABLES = [
  'identity_raw',
  'identity_norm',
  'identity_links',
  'identity_nodes',
  'identity_pairs',
  'identity_roots',
  'identity_merged',
  'identity_groups',
  'identity_new_merges',
]

/**
 * Whether the events after `afterSeq` could link identifiers: one carries both ids, is an alias,
 * or has a value a rule reads (a shared identifier); or events were stored below `afterSeq` (the
 * count does not add up). Conservative: a repeated link also answers yes.
 */
async function mayLinkIdentities(
  db: OpenDatabase,
  projectId: string,
  afterSeq: number,
  countBefore: number,
  countNow: number,
  rules: IdentityRules,
): Promise<boolean> {
  const ruleValues = rules.rules.map((rule) => {
    const { field, keys } = splitRuleSource(rule.source)
    return `OR json_extract(${field}, ${jsonPathLiteral(keys)}) IS NOT NULL`
  })
  const reader = await db.connection.runAndReadAll(
    `SELECT count(*)::DOUBLE AS added,
            count(*) FILTER (WHERE (anonymous_id IS NOT NULL AND user_id IS NOT NULL) OR type = 'alias'
                                   ${ruleValues.join(' ')})::DOUBLE AS links
     FROM events WHERE project_id = $1 AND seq > $2`,
    [projectId, afterSeq],
  )
  const row = reader.getRowObjectsJS()[0] ?? {}
  return Number(row.added ?? 0) !== countNow - countBefore || Number(row.links ?? 0) > 0
}

/**
 * Gives each identifier that owns events after `afterSeq` and is not in the map yet its own
 * customer (no link joins it to anyone: see `mayLinkIdentities`), with the id a full computation
 * would give it: `cus_` + 16 hex digits of the MD5 of the identifier. Answers how many were added,
 * or undefined (adding nothing) when that is not safe: an identifier an earlier alias named as its
 * previous id (the alias now links it), or an id that another customer has or shares its digits
 * with (the collision order could rename a customer): a full computation decides then.
 */
async function addSingleCustomers(
  db: OpenDatabase,
  projectId: string,
  afterSeq: number,
  version: number,
): Promise<number | undefined> {
  const connection = db.connection
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE identity_singles AS
     SELECT identifier, 'cus_' || substr(md5(identifier), 1, 16) AS customer_id FROM (
       SELECT DISTINCT ${ownerSql('e')} AS identifier FROM events e
       WHERE e.project_id = $1 AND e.seq > $2 AND ${HAS_OWNER}) AS owners
     WHERE identifier NOT IN (SELECT identifier FROM identity_map WHERE project_id = $1)`,
    [projectId, afterSeq],
  )
  try {
    const checked = await connection.runAndReadAll(
      `SELECT (SELECT count(*) FROM identity_singles)::DOUBLE AS singles,
              (SELECT count(DISTINCT customer_id) FROM identity_singles)::DOUBLE AS ids,
              (SELECT count(*) FROM identity_singles s
               WHERE EXISTS (SELECT 1 FROM identity_map m
                             WHERE m.project_id = $1 AND substr(m.customer_id, 1, 20) = s.customer_id))::DOUBLE AS taken,
              (SELECT count(*) FROM identity_singles s
               WHERE EXISTS (SELECT 1 FROM events a WHERE a.project_id = $1 AND a.type = 'alias'
                             AND s.identifier IN ('user:' || json_extract_string(a.properties, '$.previousId'),
                                                  'anonymous:' || json_extract_string(a.properties, '$.previousId'))))::DOUBLE AS aliased`,
      [projectId],
    )
    const row = checked.getRowObjectsJS()[0] ?? {}
    const singles = Number(row.singles ?? 0)
    if (Number(row.ids ?? 0) !== singles || Number(row.taken ?? 0) > 0 || Number(row.aliased ?? 0) > 0) return undefined
    await connection.run('INSERT INTO identity_map SELECT $1, identifier, customer_id, $2 FROM identity_singles', [
      projectId,
      version,
    ])
    return singles
  } finally {
    await connection.run('DROP TABLE IF EXISTS identity_singles')
  }
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
            identifiers::DOUBLE, merges::DOUBLE, last_merge_version, is_summarized
     FROM identity_computations WHERE project_id = $1 ORDER BY version DESC LIMIT 1`,
    [projectId],
  )
  const [row] = reader.getRows()
  if (row === undefined) return undefined
  const [version, seq, eventCount, rules, computedAt, customers, identifiers, merges, lastMergeVersion, isSummarized] =
    row
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
    isSummarized: isSummarized === true,
  }
}

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`

/** `['traits', 'email']` → `'$."traits"."email"'`, quoted so that any key is safe. */
const jsonPathLiteral = (keys: readonly string[]) =>
  sqlText(`$${keys.map((key) => `.${JSON.stringify(key)}`).join('')}`)

/**
 * Builds `identity_links` (every link in merge-log order `pos`, each distinct pair of a source once
 * with its first occurrence since a repeated link never merges anything, blocked pairs left out),
 * `identity_nodes` (every identifier, numbered, and whether it owns events) and `identity_pairs`
 * (the links as node numbers).
 */
async function buildGraph(db: OpenDatabase, projectId: string, rules: IdentityRules): Promise<void> {
  const connection = db.connection
  const ruleSelects = rules.rules.map((rule, index) => {
    const { field, keys } = splitRuleSource(rule.source)
    // A cheap text test first: JSON text holds a plain key as written.
    const mentions = keys
      .filter((key) => /^[\w:.-]+$/.test(key))
      .map((key) => `AND contains(${field}::VARCHAR, ${sqlText(JSON.stringify(key))})`)
      .join(' ')
    return `SELECT ${index} AS rule, ${OWNER_SQL} AS owner,
                   json_extract(${field}, ${jsonPathLiteral(keys)})::VARCHAR AS raw, ts, seq, message_id
            FROM events
            WHERE project_id = $1 AND ${HAS_OWNER} ${mentions}
              ${isRuleApplicable(rule, 'group') ? '' : "AND type <> 'group'"}`
  })
  await connection.run(
    ruleSelects.length === 0
      ? 'CREATE OR REPLACE TEMP TABLE identity_raw (rule INTEGER, owner VARCHAR, raw VARCHAR, ts BIGINT, seq BIGINT, message_id VARCHAR)'
      : `CREATE OR REPLACE TEMP TABLE identity_raw AS
         SELECT * FROM (${ruleSelects.join(' UNION ALL ')})
         WHERE raw IS NOT NULL
         QUALIFY row_number() OVER (PARTITION BY rule, owner, raw ORDER BY ts, seq) = 1`,
    ruleSelects.length === 0 ? [] : [projectId],
  )

  // Core normalises each distinct raw value once.
  const distinct = await connection.runAndReadAll('SELECT DISTINCT rule, raw FROM identity_raw')
  const [ruleColumn = [], rawColumn = []] = distinct.getColumns()
  const normalized: [number[], string[], string[]] = [[], [], []]
  for (let i = 0; i < ruleColumn.length; i++) {
    const rule = rules.rules[ruleColumn[i] as number]
    if (rule === undefined) continue
    const value = normalizeIdentifierValue(JSON.parse(rawColumn[i] as string), rule.normalize, rules.defaultCountry)
    if (value === null) continue
    normalized[0].push(ruleColumn[i] as number)
    normalized[1].push(rawColumn[i] as string)
    normalized[2].push(`${rule.kind}:${value}`)
  }
  await connection.run('CREATE OR REPLACE TEMP TABLE identity_norm (rule INTEGER, raw VARCHAR, identifier VARCHAR)')
  await appendColumns(connection, 'identity_norm', [INTEGER, VARCHAR, VARCHAR], normalized)

  const kindOfRule =
    rules.rules.length === 0
      ? 'NULL'
      : `CASE r.rule ${rules.rules.map((rule, i) => `WHEN ${i} THEN ${sqlText(rule.kind)}`).join(' ')} END`
  const first = (partition: string) => `QUALIFY row_number() OVER (PARTITION BY ${partition} ORDER BY ts, seq) = 1`
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE identity_links AS
     WITH same_event AS (
       SELECT 'anonymous:' || anonymous_id AS left_id, 'user:' || user_id AS right_id,
              CASE type WHEN 'identify' THEN 'identify' WHEN 'alias' THEN 'alias' ELSE 'same-event' END AS reason,
              ts, seq, message_id, 0 AS rank
       FROM events WHERE project_id = $1 AND anonymous_id IS NOT NULL AND user_id IS NOT NULL
       ${first('anonymous_id, user_id')}),
     aliases AS (
       SELECT ${OWNER_SQL} AS owner, json_extract_string(properties, '$.previousId') AS previous_id, ts, seq, message_id
       FROM events
       WHERE project_id = $1 AND type = 'alias' AND ${HAS_OWNER}
         AND json_type(properties, '$.previousId') IN ('VARCHAR', 'BIGINT', 'UBIGINT', 'DOUBLE')),
     targets AS (
       SELECT DISTINCT 'user:' || user_id AS target, user_id AS id FROM events
       WHERE project_id = $1 AND user_id IN (SELECT previous_id FROM aliases)
       UNION ALL
       SELECT DISTINCT 'anonymous:' || anonymous_id, anonymous_id FROM events
       WHERE project_id = $1 AND anonymous_id IN (SELECT previous_id FROM aliases)),
     alias_links AS (
       SELECT owner AS left_id, target AS right_id, 'alias' AS reason, ts, seq, message_id, 0 AS rank
       FROM aliases JOIN targets ON targets.id = aliases.previous_id
       ${first('owner, target')}),
     shared AS (
       SELECT r.owner AS left_id, n.identifier AS right_id, ${kindOfRule} AS reason, r.ts, r.seq, r.message_id, 1 AS rank
       FROM identity_raw r JOIN identity_norm n ON n.rule = r.rule AND n.raw = r.raw),
     blocked AS (
       SELECT left_id, right_id FROM identity_blocks WHERE project_id = $1
       UNION SELECT right_id, left_id FROM identity_blocks WHERE project_id = $1),
     candidates AS (
       SELECT * FROM same_event UNION ALL SELECT * FROM alias_links UNION ALL SELECT * FROM shared)
     SELECT (row_number() OVER (ORDER BY ts, seq, rank, reason, left_id, right_id) - 1)::INTEGER AS pos, c.*
     FROM candidates c
     WHERE c.left_id <> c.right_id
       AND NOT EXISTS (SELECT 1 FROM blocked b WHERE b.left_id = c.left_id AND b.right_id = c.right_id)`,
    [projectId],
  )

  // Any numbering will do: anchors are found by identifier, not by node number.
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE identity_nodes AS
     SELECT (row_number() OVER () - 1)::INTEGER AS node, identifier, is_owner
     FROM (
       SELECT identifier, bool_or(is_owner) AS is_owner
       FROM (
         SELECT DISTINCT ${OWNER_SQL} AS identifier, true AS is_owner FROM events
         WHERE project_id = $1 AND ${HAS_OWNER}
         UNION ALL SELECT left_id, false FROM identity_links
         UNION ALL SELECT right_id, false FROM identity_links)
       GROUP BY identifier)`,
    [projectId],
  )
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE identity_pairs AS
     SELECT l.pos, ln.node AS left_node, rn.node AS right_node FROM identity_links l
     JOIN identity_nodes ln ON ln.identifier = l.left_id
     JOIN identity_nodes rn ON rn.identifier = l.right_id`,
  )
}

/** Runs core's union-find over the links in merge-log order; writes `identity_roots` and `identity_merged`. */
async function connectInJs(db: OpenDatabase): Promise<void> {
  const connection = db.connection
  const counted = await connection.runAndReadAll('SELECT count(*)::INTEGER FROM identity_nodes')
  const count = Number(counted.getRows()[0]?.[0] ?? 0)
  const pairs = await connection.runAndReadAll('SELECT left_node, right_node FROM identity_pairs ORDER BY pos')
  const [left = [], right = []] = pairs.getColumns()
  const { root, merged } = connectIdentifiers(count, left as number[], right as number[])

  // Only nodes that are not their group's root: the others map to themselves.
  const nodes: number[] = []
  const roots: number[] = []
  for (let i = 0; i < count; i++) {
    const group = root[i] as number
    if (group === i) continue
    nodes.push(i)
    roots.push(group)
  }
  await connection.run('CREATE OR REPLACE TEMP TABLE identity_roots (node INTEGER, root INTEGER)')
  await appendColumns(connection, 'identity_roots', [INTEGER, INTEGER], [nodes, roots])
  const positions: number[] = []
  for (let k = 0; k < merged.length; k++) if (merged[k] === 1) positions.push(k)
  await connection.run('CREATE OR REPLACE TEMP TABLE identity_merged (pos INTEGER)')
  await appendColumns(connection, 'identity_merged', [INTEGER], [positions])
}

/**
 * `identity_groups`: each group that owns events and its customer id (colliding ids get `-2`,
 * `-3`… in anchor order); `identity_new_merges`: the merge log with versions and customers.
 */
async function nameCustomers(db: OpenDatabase, projectId: string, lastMergeVersion: number) {
  const connection = db.connection
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE identity_groups AS
     WITH anchored AS (
       SELECT coalesce(r.root, n.node) AS grp,
              coalesce(min(n.identifier) FILTER (WHERE starts_with(n.identifier, 'user:')), min(n.identifier)) AS anchor
       FROM identity_nodes n LEFT JOIN identity_roots r ON r.node = n.node
       GROUP BY grp HAVING bool_or(n.is_owner)),
     named AS (SELECT grp, anchor, 'cus_' || substr(md5(anchor), 1, 16) AS base FROM anchored)
     SELECT grp, base || CASE WHEN rank = 1 THEN '' ELSE '-' || rank END AS customer_id
     FROM (SELECT *, row_number() OVER (PARTITION BY base ORDER BY anchor) AS rank FROM named)`,
  )
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE identity_new_merges AS
     WITH known AS (
       SELECT left_id, right_id, message_id, version AS known_version FROM identity_merges WHERE project_id = $1)
     SELECT coalesce(known_version, $2 + row_number() OVER (PARTITION BY known_version IS NULL ORDER BY l.pos))::INTEGER
              AS version,
            l.left_id, l.right_id, l.reason, l.message_id, l.ts, l.seq, g.customer_id
     FROM identity_merged m
     JOIN identity_links l ON l.pos = m.pos
     JOIN identity_pairs p ON p.pos = m.pos
     LEFT JOIN identity_roots r ON r.node = p.left_node
     JOIN identity_groups g ON g.grp = coalesce(r.root, p.left_node)
     LEFT JOIN known ON known.left_id = l.left_id AND known.right_id = l.right_id AND known.message_id = l.message_id`,
    [projectId, lastMergeVersion],
  )
  const counted = await connection.runAndReadAll(
    `SELECT (SELECT count(*) FROM identity_groups)::DOUBLE,
            (SELECT count(*) FROM identity_nodes n LEFT JOIN identity_roots r ON r.node = n.node
             JOIN identity_groups g ON g.grp = coalesce(r.root, n.node))::DOUBLE,
            (SELECT count(*) FROM identity_new_merges)::DOUBLE,
            (SELECT coalesce(max(version), 0) FROM identity_new_merges)::DOUBLE`,
  )
  const [customers = 0, identifiers = 0, merges = 0, maxVersion = 0] = (counted.getRows()[0] ?? []).map(Number)
  return { computation: { customers, identifiers, merges }, lastMergeVersion: Math.max(lastMergeVersion, maxVersion) }
}

/** Appends columns of equal length to a table, one data chunk (at most 2048 rows) at a time. */
async function appendColumns(
  connection: DuckDBConnection,
  table: string,
  types: readonly DuckDBType[],
  columns: readonly (readonly (number | string)[])[],
): Promise<void> {
  const appender = await connection.createAppender(table, 'main', 'temp')
  const length = columns[0]?.length ?? 0
  for (let start = 0; start < length; start += CHUNK_ROWS) {
    const end = Math.min(length, start + CHUNK_ROWS)
    const chunk = DuckDBDataChunk.create(types, end - start)
    columns.forEach((column, i) => {
      chunk.setColumnValues(i, column.slice(start, end))
    })
    appender.appendDataChunk(chunk)
  }
  appender.closeSync()
}

const CHUNK_ROWS = 2048
