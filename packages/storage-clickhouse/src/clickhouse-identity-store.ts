import {
  type CustomerPage,
  type CustomerSummary,
  compareText,
  customerTraits,
  err,
  groupIdentifiersByKind,
  type IdentifierPair,
  type IdentityComputation,
  type IdentityRules,
  type IdentityStore,
  type MergeRecord,
  ok,
  stitchIdentities,
  type Unmerge,
} from '@parcours/core'
import type { ClickHouseConnection } from './clickhouse-connection.js'
import { quoteIdentifier, quoteInteger, quoteString, quoteStringTuple } from './escape-sql.js'
import { EVENTS_TABLE } from './migrations.js'
import { readIdentityGraph } from './read-identity-graph.js'
import { HAS_OWNER_SQL, OWNER_SQL, readStoredEvents } from './read-stored-events.js'
import { tabSeparatedBody } from './tab-separated.js'

const DEFAULT_PAGE_SIZE = 50

export interface ClickHouseIdentityStoreOptions {
  /** The server holding the events (one server, or the one queries go to on a cluster). */
  readonly connection: ClickHouseConnection
  readonly database: string
  readonly rules: IdentityRules
  readonly now: () => Date
}

/** The identity map a read sees: its computation, and the version its rows are stored under. */
export interface IdentityState {
  readonly computation: IdentityComputation
  /** The project's events when it was computed: an append changes it. */
  readonly eventCount: number
}

/** The ClickHouse identity store, with what the journey index and the event store need beyond the port. */
export interface ClickHouseIdentityStore extends IdentityStore {
  /** Recomputes the project's identities if events arrived (or the rules changed) since the last computation. */
  ensureFresh(projectId: string): Promise<IdentityState>
  /**
   * Runs `read` with the project's fresh identity computation and a reader of its identity map
   * (identifier → customer id), inside the store's queue: no recomputation replaces the map while
   * it runs.
   */
  withIdentities<T>(
    projectId: string,
    read: (state: IdentityState, identityMap: () => Promise<ReadonlyMap<string, string>>) => Promise<T>,
  ): Promise<T>
}

/**
 * Identity stitching on ClickHouse. A recomputation reads the project's identity graph computed
 * in ClickHouse (owners and each link's earliest occurrence, never whole events: see
 * `readIdentityGraph`), stitches it with core's `stitchIdentities` (the same code, hence the same
 * customer ids and merge versions as DuckDB) and stores the identity map and merge log
 * under a new version, committed by one `identity_computations` row; older versions are then
 * deleted (a mutation; readers never look at them). Every read first makes sure the map covers
 * every event. All work goes through one queue: one Parcours process per database.
 *
 * @example
 * const identities = createClickHouseIdentityStore({ connection, database: 'parcours', rules: DEFAULT_IDENTITY_RULES, now: () => new Date() })
 * await identities.customers('acme', { identifier: 'user:u1' }) // → { total: 1, items: [{ customerId: 'cus_…', … }] }
 */
export function createClickHouseIdentityStore(options: ClickHouseIdentityStoreOptions): ClickHouseIdentityStore {
  const { connection, database, rules, now } = options
  const db = quoteIdentifier(database)
  const events = `${db}.${EVENTS_TABLE}`
  const fingerprint = JSON.stringify(rules)
  let queue: Promise<unknown> = Promise.resolve()
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work)
    queue = result.catch(() => undefined)
    return result
  }

  async function latest(projectId: string) {
    const [row] = await connection.select<Record<string, string | number>>(
      `SELECT version, seq, event_count, rules, computed_at, customers, identifiers, merges, last_merge_version
       FROM ${db}.identity_computations WHERE project = ${quoteString(projectId)} ORDER BY version DESC LIMIT 1`,
    )
    if (row === undefined) return undefined
    const state: IdentityState = {
      computation: {
        version: Number(row.version),
        seq: Number(row.seq),
        computedAt: Number(row.computed_at),
        customers: Number(row.customers),
        identifiers: Number(row.identifiers),
        merges: Number(row.merges),
      },
      eventCount: Number(row.event_count),
    }
    return { state, rules: String(row.rules), lastMergeVersion: Number(row.last_merge_version) }
  }

  async function horizon(projectId: string): Promise<{ seq: number; count: number }> {
    const [row] = await connection.select<{ seq: string; n: string }>(
      `SELECT max(seq) AS seq, count() AS n FROM ${events} WHERE project = ${quoteString(projectId)}`,
    )
    return { seq: Number(row?.seq ?? 0), count: Number(row?.n ?? 0) }
  }

  async function recompute(projectId: string): Promise<IdentityState> {
    const p = quoteString(projectId)
    const previous = await latest(projectId)
    // Events appended meanwhile are left out, and make the next read recompute.
    const covered = await horizon(projectId)
    const graph = await readIdentityGraph(connection, database, projectId, rules, covered.seq)
    const blocked = await readBlocks(projectId)
    const previousMerges = previous === undefined ? [] : await readMerges(projectId, previous.state.computation.version)
    const stitching = stitchIdentities({
      ...graph,
      blocked: blocked.map((unmerge): IdentifierPair => ({ left: unmerge.merge.left, right: unmerge.merge.right })),
      previousMerges,
      lastMergeVersion: previous?.lastMergeVersion ?? 0,
    })
    const version = await nextVersion(projectId)
    const v = quoteInteger(version)
    // TabSeparated, streamed as it is made: parsed by ClickHouse far faster than VALUES, and a
    // million customers' rows never sit in memory as text at once.
    let identifiers = 0
    await connection.insert(
      `INSERT INTO ${db}.identity_map (project, version, identifier, customer_id) FORMAT TabSeparated`,
      tabSeparatedBody(
        (function* () {
          for (const customer of stitching.customers)
            for (const identifier of customer.identifiers) {
              identifiers++
              yield [projectId, version, identifier, customer.customerId]
            }
        })(),
      ),
    )
    await connection.insert(
      `INSERT INTO ${db}.identity_merges (project, version, merge_version, left_id, right_id, reason, message_id, ts, seq, customer_id) FORMAT TabSeparated`,
      tabSeparatedBody(
        stitching.merges.map((merge) => [
          projectId,
          version,
          merge.version,
          merge.left,
          merge.right,
          merge.reason,
          merge.messageId,
          merge.timestamp,
          merge.seq,
          merge.customerId,
        ]),
      ),
    )
    const computation: IdentityComputation = {
      version,
      seq: covered.seq,
      computedAt: now().getTime(),
      customers: stitching.customers.length,
      identifiers,
      merges: stitching.merges.length,
    }
    // The commit: readers take the latest computation row, so they see the old map or the whole new one.
    await connection.execute(
      `INSERT INTO ${db}.identity_computations
       (project, version, seq, event_count, rules, computed_at, customers, identifiers, merges, last_merge_version)
       VALUES (${p}, ${v}, ${quoteInteger(computation.seq)}, ${quoteInteger(covered.count)}, ${quoteString(fingerprint)},
               ${quoteInteger(computation.computedAt)}, ${quoteInteger(computation.customers)},
               ${quoteInteger(computation.identifiers)}, ${quoteInteger(computation.merges)},
               ${quoteInteger(stitching.lastMergeVersion)})`,
    )
    for (const table of ['identity_map', 'identity_merges'])
      await connection.execute(`ALTER TABLE ${db}.${table} DELETE WHERE project = ${p} AND version < ${v}`)
    return { computation, eventCount: covered.count }
  }

  /**
   * The version a new computation writes under: above every version the project's map, merge log
   * and commits hold, so rows that an interrupted computation left (its map written, no commit
   * row) are never read as part of a later one; the next commit's cleanup deletes them.
   */
  async function nextVersion(projectId: string): Promise<number> {
    const p = quoteString(projectId)
    const [row] = await connection.select<{ v: string | number }>(
      `SELECT max(v) AS v FROM (
         SELECT max(version) AS v FROM ${db}.identity_map WHERE project = ${p}
         UNION ALL SELECT max(version) AS v FROM ${db}.identity_merges WHERE project = ${p}
         UNION ALL SELECT max(version) AS v FROM ${db}.identity_computations WHERE project = ${p})`,
    )
    return Number(row?.v ?? 0) + 1
  }

  async function ensureFresh(projectId: string): Promise<IdentityState> {
    const [found, now] = await Promise.all([latest(projectId), horizon(projectId)])
    if (
      found !== undefined &&
      found.rules === fingerprint &&
      found.state.computation.seq === now.seq &&
      found.state.eventCount === now.count
    )
      return found.state
    return recompute(projectId)
  }

  async function identityMap(projectId: string, version: number): Promise<Map<string, string>> {
    const rows = await connection.select<{ identifier: string; customer_id: string }>(
      `SELECT identifier, customer_id FROM ${db}.identity_map
       WHERE project = ${quoteString(projectId)} AND version = ${quoteInteger(version)}`,
    )
    return new Map(rows.map((row) => [row.identifier, row.customer_id]))
  }

  async function identifiersOf(projectId: string, version: number, customerId: string): Promise<string[]> {
    const rows = await connection.select<{ identifier: string }>(
      `SELECT identifier FROM ${db}.identity_map
       WHERE project = ${quoteString(projectId)} AND version = ${quoteInteger(version)}
         AND customer_id = ${quoteString(customerId)}`,
    )
    return rows.map((row) => row.identifier).sort(compareText)
  }

  /** One summary per customer owning one of `owners` (all owners when absent), from the events grouped by owner. */
  async function summaries(
    projectId: string,
    customerOf: ReadonlyMap<string, string>,
    owners?: readonly string[],
  ): Promise<CustomerSummary[]> {
    const only = owners === undefined ? '' : `AND ${OWNER_SQL} IN ${quoteStringTuple(owners)}`
    const rows = await connection.select<{
      owner: string
      events: string
      first_ts: string
      last_ts: string
      channels: string[]
    }>(
      `SELECT ${OWNER_SQL} AS owner, count() AS events, min(ts) AS first_ts, max(ts) AS last_ts,
              groupUniqArrayIf(assumeNotNull(channel), isNotNull(channel)) AS channels
       FROM ${events} WHERE project = ${quoteString(projectId)} AND ${HAS_OWNER_SQL} ${only}
       GROUP BY owner`,
    )
    const byCustomer = new Map<
      string,
      { events: number; first: number; last: number; channels: Set<string>; identifiers: string[] }
    >()
    const wanted = owners === undefined ? undefined : new Set(owners.map((owner) => customerOf.get(owner)))
    for (const [identifier, customerId] of customerOf) {
      if (wanted !== undefined && !wanted.has(customerId)) continue
      const entry = byCustomer.get(customerId)
      if (entry !== undefined) entry.identifiers.push(identifier)
      else
        byCustomer.set(customerId, {
          events: 0,
          first: Number.POSITIVE_INFINITY,
          last: Number.NEGATIVE_INFINITY,
          channels: new Set(),
          identifiers: [identifier],
        })
    }
    for (const row of rows) {
      const entry = byCustomer.get(customerOf.get(row.owner) ?? '')
      if (entry === undefined) continue
      entry.events += Number(row.events)
      entry.first = Math.min(entry.first, Number(row.first_ts))
      entry.last = Math.max(entry.last, Number(row.last_ts))
      for (const channel of row.channels) entry.channels.add(channel)
    }
    return [...byCustomer]
      .filter(([, entry]) => entry.events > 0)
      .map(([customerId, entry]) => ({
        customerId,
        identifiers: groupIdentifiersByKind([...entry.identifiers].sort(compareText)),
        events: entry.events,
        channels: [...entry.channels].sort(compareText),
        firstSeen: entry.first,
        lastSeen: entry.last,
      }))
  }

  async function readMerges(projectId: string, version: number, customerId?: string): Promise<MergeRecord[]> {
    const only = customerId === undefined ? '' : `AND customer_id = ${quoteString(customerId)}`
    const rows = await connection.select<Record<string, string | number>>(
      `SELECT merge_version, left_id, right_id, reason, message_id, ts, seq, customer_id FROM ${db}.identity_merges
       WHERE project = ${quoteString(projectId)} AND version = ${quoteInteger(version)} ${only}
       ORDER BY ts, seq, merge_version`,
    )
    return rows.map((row) => ({ ...toMerge(row), version: Number(row.merge_version) }))
  }

  async function readBlocks(projectId: string): Promise<Unmerge[]> {
    const rows = await connection.select<Record<string, string | number>>(
      `SELECT version, blocked_at, merge_version, left_id, right_id, reason, message_id, ts, seq, customer_id
       FROM ${db}.identity_blocks WHERE project = ${quoteString(projectId)} ORDER BY version`,
    )
    return rows.map((row) => ({
      version: Number(row.version),
      blockedAt: Number(row.blocked_at),
      merge: { ...toMerge(row), version: Number(row.merge_version) },
    }))
  }

  const store: ClickHouseIdentityStore = {
    ensureFresh: (projectId) => run(() => ensureFresh(projectId)),

    withIdentities: (projectId, read) =>
      run(async () => {
        const state = await ensureFresh(projectId)
        return read(state, () => identityMap(projectId, state.computation.version))
      }),

    recompute: (projectId) => run(async () => (await recompute(projectId)).computation),

    customers: (projectId, query = {}) =>
      run(async (): Promise<CustomerPage> => {
        const state = await ensureFresh(projectId)
        const customerOf = await identityMap(projectId, state.computation.version)
        let items: CustomerSummary[]
        if (query.identifier !== undefined) {
          const customerId = customerOf.get(query.identifier)
          if (customerId === undefined) return { total: 0, items: [] }
          const owners = [...customerOf].filter(([, id]) => id === customerId).map(([identifier]) => identifier)
          items = await summaries(projectId, customerOf, owners)
        } else items = await summaries(projectId, customerOf)
        items.sort((a, b) => b.lastSeen - a.lastSeen || compareText(a.customerId, b.customerId))
        const limit = wholeNumber(query.limit, DEFAULT_PAGE_SIZE)
        const offset = wholeNumber(query.offset, 0)
        return { total: items.length, items: items.slice(offset, offset + limit) }
      }),

    customer: (projectId, customerId) =>
      run(async () => {
        const state = await ensureFresh(projectId)
        const version = state.computation.version
        const identifiers = await identifiersOf(projectId, version, customerId)
        if (identifiers.length === 0) return err({ code: 'customer-not-found', customerId })
        const customerOf = new Map(identifiers.map((identifier) => [identifier, customerId]))
        const [summary] = await summaries(projectId, customerOf, identifiers)
        if (summary === undefined) return err({ code: 'customer-not-found', customerId })
        const identifies = await readStoredEvents(
          connection,
          database,
          projectId,
          `type = 'identify' AND ${HAS_OWNER_SQL} AND ${OWNER_SQL} IN ${quoteStringTuple(identifiers)}`,
        )
        const merges = await readMerges(projectId, version, customerId)
        return ok({ ...summary, traits: customerTraits(identifies), merges })
      }),

    timeline: (projectId, customerId) =>
      run(async () => {
        const state = await ensureFresh(projectId)
        const identifiers = await identifiersOf(projectId, state.computation.version, customerId)
        if (identifiers.length === 0) return err({ code: 'customer-not-found', customerId })
        return ok(
          await readStoredEvents(
            connection,
            database,
            projectId,
            `${HAS_OWNER_SQL} AND ${OWNER_SQL} IN ${quoteStringTuple(identifiers)}`,
          ),
        )
      }),

    unmerge: (projectId, customerId, mergeVersion) =>
      run(async () => {
        const state = await ensureFresh(projectId)
        const version = state.computation.version
        if ((await identifiersOf(projectId, version, customerId)).length === 0)
          return err({ code: 'customer-not-found', customerId })
        const merges = await readMerges(projectId, version, customerId)
        const latestMerge = merges.reduce<MergeRecord | undefined>(
          (best, merge) => (best === undefined || merge.version > best.version ? merge : best),
          undefined,
        )
        const merge = mergeVersion === undefined ? latestMerge : merges.find((m) => m.version === mergeVersion)
        if (merge === undefined) {
          return mergeVersion === undefined
            ? err({ code: 'nothing-to-unmerge', customerId })
            : err({ code: 'merge-not-found', customerId, mergeVersion })
        }
        const blocks = await readBlocks(projectId)
        const unmerge: Unmerge = {
          version: blocks.reduce((max, block) => Math.max(max, block.version), 0) + 1,
          blockedAt: now().getTime(),
          merge,
        }
        await connection.execute(
          `INSERT INTO ${db}.identity_blocks
           (project, version, left_id, right_id, blocked_at, merge_version, reason, message_id, ts, seq, customer_id)
           VALUES (${quoteString(projectId)}, ${quoteInteger(unmerge.version)}, ${quoteString(merge.left)},
                   ${quoteString(merge.right)}, ${quoteInteger(unmerge.blockedAt)}, ${quoteInteger(merge.version)},
                   ${quoteString(merge.reason)}, ${quoteString(merge.messageId)}, ${quoteInteger(merge.timestamp)},
                   ${quoteInteger(merge.seq)}, ${quoteString(merge.customerId)})`,
        )
        const after = await recompute(projectId)
        const map = await identityMap(projectId, after.computation.version)
        const customerIds = [
          ...new Set([map.get(merge.left), map.get(merge.right)].filter((id) => id !== undefined)),
        ].sort(compareText)
        return ok({ unmerge, customerIds })
      }),

    unmerges: (projectId) => run(() => readBlocks(projectId)),
  }
  return store
}

/** A page size or offset: a whole number ≥ 0, else the fallback. */
const wholeNumber = (value: number | undefined, fallback: number): number =>
  value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback

function toMerge(row: Record<string, string | number>): Omit<MergeRecord, 'version'> {
  return {
    left: String(row.left_id),
    right: String(row.right_id),
    reason: String(row.reason),
    messageId: String(row.message_id),
    timestamp: Number(row.ts),
    seq: Number(row.seq),
    customerId: String(row.customer_id),
  }
}
