import type { DuckDBValue } from '@duckdb/node-api'
import {
  type CustomerPage,
  type CustomerSummary,
  customerTraits,
  err,
  groupIdentifiersByKind,
  type IdentityStore,
  type MergeRecord,
  ok,
  type StoredEvent,
  type Unmerge,
} from '@parcours/core'
import { toStoredEvent } from './duckdb-event-store.js'
import type { OpenDatabase } from './open-database.js'
import type { ProjectChanges } from './project-changes.js'
import { type IdentityMaintainer, ownerSql } from './recompute-identities.js'
import type { SerialRunner } from './serial-runner.js'

const DEFAULT_PAGE_SIZE = 50

/**
 * Identity stitching on DuckDB. The identity map, merge log and customer summaries are tables
 * recomputed from the events by `IdentityMaintainer`; every read first makes sure they cover
 * every event (see `ensureFresh`), inside the same serial run as the read.
 */
export function createDuckDbIdentityStore(
  run: SerialRunner,
  maintainer: IdentityMaintainer,
  now: () => Date,
  /** Told of every recomputation and unmerge, so the journey index knows when to look again. */
  changes: ProjectChanges,
): IdentityStore {
  return {
    recompute: (projectId) =>
      run((db) => {
        changes.bump(projectId)
        return maintainer.recompute(db, projectId)
      }),

    customers: (projectId, query = {}) =>
      run(async (db): Promise<CustomerPage> => {
        await maintainer.ensureSummary(db, projectId)
        let only: string | undefined
        if (query.identifier !== undefined) {
          only = await customerOfIdentifier(db, projectId, query.identifier)
          if (only === undefined) return { total: 0, items: [] }
        }
        const filter = only === undefined ? '' : 'AND customer_id = $2'
        const values: DuckDBValue[] = only === undefined ? [projectId] : [projectId, only]
        const counted = await db.connection.runAndReadAll(
          `SELECT count(*)::DOUBLE FROM identity_customers WHERE project_id = $1 ${filter}`,
          values,
        )
        const total = Number(counted.getRows()[0]?.[0] ?? 0)
        const limit = wholeNumber(query.limit, DEFAULT_PAGE_SIZE)
        const offset = wholeNumber(query.offset, 0)
        const page = await db.connection.runAndReadAll(
          `SELECT customer_id, events::DOUBLE AS events, first_ts::DOUBLE AS first_ts, last_ts::DOUBLE AS last_ts,
                  channels
           FROM identity_customers WHERE project_id = $1 ${filter}
           ORDER BY last_ts DESC, customer_id LIMIT ${limit} OFFSET ${offset}`,
          values,
        )
        return { total, items: await withIdentifiers(db, projectId, page.getRowObjectsJS()) }
      }),

    customer: (projectId, customerId) =>
      run(async (db) => {
        await maintainer.ensureFresh(db, projectId)
        if (!(await isCustomer(db, projectId, customerId))) return err({ code: 'customer-not-found', customerId })
        const counted = await db.connection.runAndReadAll(
          `SELECT $2 AS customer_id, count(*)::DOUBLE AS events, min(ts)::DOUBLE AS first_ts,
                  max(ts)::DOUBLE AS last_ts,
                  coalesce(list_sort(list(DISTINCT channel) FILTER (WHERE channel IS NOT NULL)), []) AS channels
           FROM events WHERE project_id = $1 AND ${ownerSql()} IN (${IDENTIFIERS_OF_CUSTOMER})`,
          [projectId, customerId],
        )
        const [summary] = await withIdentifiers(db, projectId, counted.getRowObjectsJS())
        if (summary === undefined) return err({ code: 'customer-not-found', customerId })
        const identifies = await customerEvents(db, projectId, customerId, "AND type = 'identify'")
        const merges = await readMerges(db, projectId, customerId)
        return ok({ ...summary, traits: customerTraits(identifies), merges })
      }),

    timeline: (projectId, customerId) =>
      run(async (db) => {
        await maintainer.ensureFresh(db, projectId)
        if (!(await isCustomer(db, projectId, customerId))) return err({ code: 'customer-not-found', customerId })
        return ok(await customerEvents(db, projectId, customerId, ''))
      }),

    unmerge: (projectId, customerId, mergeVersion) =>
      run(async (db) => {
        changes.bump(projectId)
        await maintainer.ensureFresh(db, projectId)
        if (!(await isCustomer(db, projectId, customerId))) return err({ code: 'customer-not-found', customerId })
        const merges = await readMerges(db, projectId, customerId)
        const latest = merges.reduce<MergeRecord | undefined>(
          (best, merge) => (best === undefined || merge.version > best.version ? merge : best),
          undefined,
        )
        const merge = mergeVersion === undefined ? latest : merges.find((m) => m.version === mergeVersion)
        if (merge === undefined) {
          return mergeVersion === undefined
            ? err({ code: 'nothing-to-unmerge', customerId })
            : err({ code: 'merge-not-found', customerId, mergeVersion })
        }
        const versions = await db.connection.runAndReadAll(
          'SELECT coalesce(max(version), 0) + 1 FROM identity_blocks WHERE project_id = $1',
          [projectId],
        )
        const unmerge: Unmerge = {
          version: Number(versions.getRows()[0]?.[0] ?? 1),
          blockedAt: now().getTime(),
          merge,
        }
        await db.connection.run('INSERT INTO identity_blocks VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)', [
          projectId,
          unmerge.version,
          merge.left,
          merge.right,
          unmerge.blockedAt,
          merge.version,
          merge.reason,
          merge.messageId,
          merge.timestamp,
          merge.seq,
          merge.customerId,
        ])
        await maintainer.recompute(db, projectId)
        const sides = await db.connection.runAndReadAll(
          `SELECT DISTINCT customer_id FROM identity_map
           WHERE project_id = $1 AND identifier IN ($2, $3) ORDER BY customer_id`,
          [projectId, merge.left, merge.right],
        )
        return ok({ unmerge, customerIds: sides.getRows().map((row) => String(row[0])) })
      }),

    unmerges: (projectId) =>
      run(async (db) => {
        const reader = await db.connection.runAndReadAll(
          `SELECT version, blocked_at::DOUBLE AS blocked_at, merge_version, left_id, right_id, reason, message_id,
                  ts::DOUBLE AS ts, seq::DOUBLE AS seq, customer_id
           FROM identity_blocks WHERE project_id = $1 ORDER BY version`,
          [projectId],
        )
        return reader.getRowObjectsJS().map(
          (row): Unmerge => ({
            version: Number(row.version),
            blockedAt: Number(row.blocked_at),
            merge: { ...toMerge(row), version: Number(row.merge_version) },
          }),
        )
      }),
  }
}

async function customerOfIdentifier(db: OpenDatabase, projectId: string, identifier: string) {
  const reader = await db.connection.runAndReadAll(
    'SELECT customer_id FROM identity_map WHERE project_id = $1 AND identifier = $2',
    [projectId, identifier],
  )
  const [row] = reader.getRows()
  return row === undefined ? undefined : String(row[0])
}

/** A page size or offset safe to write into SQL: a whole number ≥ 0, else the fallback. */
const wholeNumber = (value: number | undefined, fallback: number): number =>
  value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback

const IDENTIFIERS_OF_CUSTOMER = 'SELECT identifier FROM identity_map WHERE project_id = $1 AND customer_id = $2'

async function isCustomer(db: OpenDatabase, projectId: string, customerId: string): Promise<boolean> {
  const reader = await db.connection.runAndReadAll(
    'SELECT 1 FROM identity_map WHERE project_id = $1 AND customer_id = $2 LIMIT 1',
    [projectId, customerId],
  )
  return reader.getRows().length > 0
}

/** Customer summaries from rows of `customer_id, events, first_ts, last_ts, channels`, with their identifiers. */
async function withIdentifiers(
  db: OpenDatabase,
  projectId: string,
  rows: readonly Record<string, unknown>[],
): Promise<CustomerSummary[]> {
  if (rows.length === 0) return []
  const ids = rows.map((row) => String(row.customer_id))
  const identifiers = await db.connection.runAndReadAll(
    `SELECT customer_id, identifier FROM identity_map
     WHERE project_id = $1 AND customer_id IN (${ids.map((_, i) => `$${i + 2}`).join(', ')})`,
    [projectId, ...ids],
  )
  const byCustomer = new Map<string, string[]>()
  for (const [customerId, identifier] of identifiers.getRows()) {
    const list = byCustomer.get(String(customerId))
    if (list === undefined) byCustomer.set(String(customerId), [String(identifier)])
    else list.push(String(identifier))
  }
  return rows.map((row) => ({
    customerId: String(row.customer_id),
    identifiers: groupIdentifiersByKind(byCustomer.get(String(row.customer_id)) ?? []),
    events: Number(row.events),
    channels: (row.channels as string[] | null) ?? [],
    firstSeen: Number(row.first_ts),
    lastSeen: Number(row.last_ts),
  }))
}

/** The events a customer owns (see `eventOwner`), by timestamp then seq; `where` narrows them. */
async function customerEvents(
  db: OpenDatabase,
  projectId: string,
  customerId: string,
  where: string,
): Promise<StoredEvent[]> {
  const reader = await db.connection.runAndReadAll(
    `SELECT * FROM events
     WHERE project_id = $1 ${where} AND ${ownerSql()} IN (${IDENTIFIERS_OF_CUSTOMER})
     ORDER BY ts, seq`,
    [projectId, customerId],
  )
  return reader.getRowObjectsJS().map(toStoredEvent)
}

async function readMerges(db: OpenDatabase, projectId: string, customerId: string): Promise<MergeRecord[]> {
  const reader = await db.connection.runAndReadAll(
    `SELECT version, left_id, right_id, reason, message_id, ts::DOUBLE AS ts, seq::DOUBLE AS seq, customer_id
     FROM identity_merges WHERE project_id = $1 AND customer_id = $2 ORDER BY ts, seq, version`,
    [projectId, customerId],
  )
  return reader.getRowObjectsJS().map((row) => ({ ...toMerge(row), version: Number(row.version) }))
}

function toMerge(row: Record<string, unknown>): Omit<MergeRecord, 'version'> {
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
