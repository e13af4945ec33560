import {
  compareText,
  EventIdentifierKind,
  type EventType,
  type Identifier,
  type IdentityGraph,
  type IdentityLink,
  type IdentityRules,
  isRuleApplicable,
  type LinkSource,
  readPath,
  sameEventReason,
  sharedIdentifierLink,
  splitRuleSource,
  toIdentifier,
} from '@parcours/core'
import type { ClickHouseConnection } from './clickhouse-connection.js'
import { quoteIdentifier, quoteInteger, quoteString, quoteStringTuple } from './escape-sql.js'
import { jsonKeysMentionedSql, jsonPathValueSql } from './json-path-sql.js'
import { EVENTS_TABLE } from './migrations.js'
import { HAS_OWNER_SQL, OWNER_SQL } from './read-stored-events.js'
import { streamJsonRows } from './stream-json-rows.js'

/** Previous ids looked up per query when checking which ones some event carries. */
const IDS_PER_QUERY = 5_000

/** A value read at a path of one column: a rule's shared identifier, or an alias's previous id. */
interface PathRead {
  readonly field: 'traits' | 'properties' | 'context'
  readonly keys: readonly string[]
  /** Extra SQL condition on the events read. */
  readonly where: string
}

/** The earliest event (time, then seq, then messageId) of a group, as the queries answer it. */
interface SourceRow {
  readonly ts: string
  readonly seq: string
  readonly message_id: string
}

/**
 * What core's `identityGraphOfEvents` gives for a project's events with `seq ≤ lastSeq`, computed
 * in ClickHouse so that only identifiers and links reach this process, never whole events:
 *
 * - owners: one DISTINCT query;
 * - links: each distinct (left, right, reason) once, from its earliest event (time, seq,
 *   messageId). A later link between the same two identifiers finds them already joined — the
 *   earlier one either merged them or found them joined — so `stitchIdentities` gives the same
 *   customers and merge log without it (a blocked pair is left out whenever it occurs);
 * - shared identifiers and alias previous ids are cut out of the JSON columns in SQL (see
 *   json-path-sql.ts), grouped per owner and raw value, and normalised here by core
 *   (`sharedIdentifierLink`); a row the SQL pattern cannot read (values nested deeper than it
 *   steps over) comes with its column's text, parsed here.
 *
 * Memory here is bounded by the distinct identifiers and links, not by the events.
 *
 * @example
 * const graph = await readIdentityGraph(connection, 'parcours', 'acme', DEFAULT_IDENTITY_RULES, 1_000)
 * stitchIdentities(graph) // the same as stitchIdentities(identityGraphOfEvents(events, rules))
 */
export async function readIdentityGraph(
  connection: ClickHouseConnection,
  database: string,
  projectId: string,
  rules: IdentityRules,
  lastSeq: number,
): Promise<IdentityGraph> {
  const events = `${quoteIdentifier(database)}.${EVENTS_TABLE}`
  const scope = `project = ${quoteString(projectId)} AND seq <= ${quoteInteger(lastSeq)}`
  const owners: Identifier[] = []
  for await (const row of streamJsonRows<{ owner: string }>(
    connection,
    `SELECT DISTINCT ${OWNER_SQL} AS owner FROM ${events} WHERE ${scope} AND ${HAS_OWNER_SQL}`,
  ))
    owners.push(row.owner)

  const links = new EarliestLinks()
  for await (const row of streamJsonRows<SourceRow & { anonymous_value: string; user_value: string; type: string }>(
    connection,
    `SELECT anonymous_value, user_value, earliest.1 AS ts, earliest.2 AS seq, earliest.3 AS message_id, earliest.4 AS type
     FROM (SELECT assumeNotNull(anonymous_id) AS anonymous_value, assumeNotNull(user_id) AS user_value,
                  min(tuple(ts, seq, message_id, type)) AS earliest
           FROM ${events} WHERE ${scope} AND isNotNull(anonymous_id) AND isNotNull(user_id)
           GROUP BY anonymous_value, user_value)`,
  ))
    links.add({
      left: toIdentifier(EventIdentifierKind.Anonymous, row.anonymous_value),
      right: toIdentifier(EventIdentifierKind.User, row.user_value),
      reason: sameEventReason(row.type as EventType),
      ...sourceOf(row),
    })

  // One read per rule, and the alias read last.
  const reads: PathRead[] = rules.rules.map((rule) => ({
    ...splitRuleSource(rule.source),
    where: isRuleApplicable(rule, 'group') ? '' : "AND type != 'group'",
  }))
  const aliasTag = reads.length
  reads.push({ field: 'properties', keys: ['previousId'], where: "AND type = 'alias'" })
  const aliases: { owner: Identifier; previousId: string; source: LinkSource }[] = []
  for await (const row of readPathValues(connection, events, scope, reads)) {
    const source = sourceOf(row)
    if (row.tag === aliasTag) {
      const previous = row.value
      const previousId = typeof previous === 'number' ? String(previous) : previous
      if (typeof previousId === 'string') aliases.push({ owner: row.owner, previousId, source })
      continue
    }
    const rule = rules.rules[row.tag]
    if (rule === undefined) continue
    const link = sharedIdentifierLink(row.owner, rule, row.value, source, rules.defaultCountry)
    if (link !== null) links.add(link)
  }

  const seen = await seenIds(connection, events, scope, [...new Set(aliases.map((alias) => alias.previousId))])
  for (const { owner, previousId, source } of aliases)
    for (const kind of [EventIdentifierKind.User, EventIdentifierKind.Anonymous]) {
      const target = toIdentifier(kind, previousId)
      if (seen[kind].has(previousId) && target !== owner)
        links.add({ left: owner, right: target, reason: 'alias', ...source })
    }
  return { owners, links: links.all() }
}

/** Keeps, for each (left, right, reason), the link of the earliest event. */
class EarliestLinks {
  private readonly byPair = new Map<string, Map<string, IdentityLink>>()

  add(link: IdentityLink): void {
    let byRight = this.byPair.get(link.left)
    if (byRight === undefined) {
      byRight = new Map()
      this.byPair.set(link.left, byRight)
    }
    // The reason cannot hold a NUL (core's kinds are a–z, 0–9 and "-"), so the key is unambiguous.
    const key = `${link.reason}\u0000${link.right}`
    const known = byRight.get(key)
    if (known === undefined || isEarlier(link, known)) byRight.set(key, link)
  }

  all(): IdentityLink[] {
    return [...this.byPair.values()].flatMap((byRight) => [...byRight.values()])
  }
}

const isEarlier = (a: LinkSource, b: LinkSource): boolean =>
  (a.timestamp - b.timestamp || a.seq - b.seq || compareText(a.messageId, b.messageId)) < 0

const sourceOf = (row: SourceRow): LinkSource => ({
  timestamp: Number(row.ts),
  seq: Number(row.seq),
  messageId: row.message_id,
})

/**
 * The values at each read's path, one row per read (`tag`: its index), owner and raw value, from
 * the earliest event holding it. Events whose column does not write the path's keys are skipped
 * in SQL; a row the pattern cannot read carries its column's text instead, parsed here.
 */
async function* readPathValues(
  connection: ClickHouseConnection,
  events: string,
  scope: string,
  reads: readonly PathRead[],
): AsyncGenerator<{ tag: number; owner: Identifier; value: unknown } & SourceRow> {
  const selects = reads.map((read, tag) => {
    // A top-level property is in property_keys exactly when it is there and not null.
    const listed =
      read.field === 'properties' && read.keys.length === 1
        ? `AND has(property_keys, ${quoteString(read.keys[0] ?? '')})`
        : ''
    return `SELECT toUInt32(${tag}) AS tag, ${OWNER_SQL} AS owner, ${jsonPathValueSql(read.field, read.keys)} AS raw,
                   if(raw = '', ${read.field}, '') AS text, ts, seq, message_id
            FROM ${events}
            WHERE ${scope} AND ${HAS_OWNER_SQL} ${listed} AND ${jsonKeysMentionedSql(read.field, read.keys)} ${read.where}`
  })
  const rows = streamJsonRows<SourceRow & { tag: number; owner: string; raw: string; text: string }>(
    connection,
    `SELECT tag, owner, raw, text, earliest.1 AS ts, earliest.2 AS seq, earliest.3 AS message_id
     FROM (SELECT tag, owner, raw, text, min(tuple(ts, seq, message_id)) AS earliest
           FROM (${selects.join(' UNION ALL ')})
           GROUP BY tag, owner, raw, text)`,
  )
  for await (const row of rows) {
    const tag = Number(row.tag)
    const keys = reads[tag]?.keys ?? []
    const value = row.raw === '' ? readPath(JSON.parse(row.text), keys) : JSON.parse(row.raw)
    yield { ...row, tag, value }
  }
}

/** Which of `ids` some event in scope carries as its user id, and as its anonymous id. */
async function seenIds(
  connection: ClickHouseConnection,
  events: string,
  scope: string,
  ids: readonly string[],
): Promise<Record<EventIdentifierKind, Set<string>>> {
  const seen = { [EventIdentifierKind.User]: new Set<string>(), [EventIdentifierKind.Anonymous]: new Set<string>() }
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const tuple = quoteStringTuple(ids.slice(start, start + IDS_PER_QUERY))
    for (const [kind, column] of [
      [EventIdentifierKind.User, 'user_id'],
      [EventIdentifierKind.Anonymous, 'anonymous_id'],
    ] as const)
      for await (const row of streamJsonRows<{ id: string }>(
        connection,
        `SELECT DISTINCT assumeNotNull(${column}) AS id FROM ${events} WHERE ${scope} AND ${column} IN ${tuple}`,
      ))
        seen[kind].add(row.id)
  }
  return seen
}
