import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api'
import {
  compareText,
  Dictionary,
  type JourneyLog,
  type JourneyLogRequest,
  type JourneyLogSource,
  LIFECYCLE_PROPERTY,
  NONE,
  PackedTextCodes,
  PackedTexts,
  type PropertyColumn,
} from '@parcours/core'
import { DuckDbStoreError } from './duckdb-store-error.js'
import type { OpenDatabase } from './open-database.js'
import type { ProjectChanges } from './project-changes.js'
import { forEachChunk, readTexts } from './read-chunks.js'
import { loadProperties } from './read-property-columns.js'
import { ownerSql } from './recompute-identities.js'
import type { SerialRunner } from './serial-runner.js'
import { sharedFloat64Array, sharedInt32Array, sharedInt32ArrayOf } from './shared-typed-arrays.js'

/** Brings a project's identity map up to date (see recompute-identities.ts); called before reading customers. */
export type EnsureIdentities = (db: OpenDatabase, projectId: string) => Promise<void>

/** The columns of an index built from DuckDB, with what the incremental update needs. */
interface Snapshot {
  readonly log: JourneyLog
  /** The highest seq the log covers. */
  readonly seq: number
  /** What the identity map was when the log was built: a merge or an unmerge changes it. */
  readonly identity: string
  /** The project's write generation (`ProjectChanges`) the snapshot is known to be current for. */
  readonly generation: number
  /** The customers' ids, packed (a million ids as one string), coded by the incremental update. */
  readonly customers: PackedTexts
  readonly names: Dictionary
  readonly lifecycles: Dictionary
  readonly channels: Dictionary
  /** The property columns loaded so far, by path. */
  readonly properties: Map<string, PropertyColumn>
}

const NOT_JOURNEY_TYPES = `('identify', 'alias', 'group')`

/** How many journey logs (a project under one case notion each) stay in memory; the least recently used goes first. */
export const DEFAULT_MAX_LOGS = 4

/**
 * The fast engine's index: each project's journey log built from DuckDB once (one sorted scan into
 * typed arrays, ~28 bytes per event plus 8 per case) and kept in step with the events. When new
 * events arrived since the last call, only they are read and merged into a new snapshot, unless a
 * merge or unmerge of identities changed which customer owns older events (then it is rebuilt).
 * Property columns are read on demand, once per snapshot (4 bytes per event each, plus their
 * distinct values). At most `maxLogs` logs are kept (least recently used dropped), so memory is
 * bounded by the largest projects' events. It gives what core's `buildJourneyLog` gives on the
 * same events (the storage tests compare them).
 */
export function createDuckDbJourneyIndex(
  run: SerialRunner,
  ensureIdentities: EnsureIdentities,
  changes: ProjectChanges,
  maxLogs: number = DEFAULT_MAX_LOGS,
): JourneyLogSource {
  const snapshots = new Map<string, Snapshot>()
  return {
    journeyLog: (projectId, request = {}) =>
      run(async (db) => {
        const key = `${projectId}\u0000${request.caseProperty ?? ''}`
        const generation = changes.generation(projectId)
        let snapshot = snapshots.get(key)
        // No write to the project since the snapshot: it is current, no query needed.
        if (snapshot === undefined || snapshot.generation !== generation) {
          await ensureIdentities(db, projectId)
          const [seq, identity] = await Promise.all([
            maxSeq(db.connection, projectId),
            identitySignature(db, projectId),
          ])
          if (snapshot === undefined || snapshot.identity !== identity || seq < snapshot.seq)
            snapshot = await buildSnapshot(db.connection, projectId, request, seq, identity, generation)
          else if (seq > snapshot.seq)
            snapshot = await mergeNewEvents(db.connection, projectId, request, snapshot, seq, generation)
          else snapshot = { ...snapshot, generation }
        }
        // Most recently used last; the least recently used log is dropped beyond the limit.
        snapshots.delete(key)
        snapshots.set(key, snapshot)
        for (const oldest of snapshots.keys()) {
          if (snapshots.size <= maxLogs) break
          snapshots.delete(oldest)
        }
        await loadProperties(db.connection, projectId, snapshot, request.properties ?? [])
        return snapshot.log
      }),
  }
}

async function maxSeq(connection: DuckDBConnection, projectId: string): Promise<number> {
  const reader = await connection.runAndReadAll(
    'SELECT coalesce(max(seq), 0)::DOUBLE AS seq FROM events WHERE project_id = $1',
    [projectId],
  )
  return Number(reader.getRowObjectsJS()[0]?.seq ?? 0)
}

async function identitySignature(db: OpenDatabase, projectId: string): Promise<string> {
  const reader = await db.connection.runAndReadAll(
    `SELECT (SELECT count(*) FROM identity_merges WHERE project_id = $1)::DOUBLE AS merges,
            (SELECT coalesce(max(version), 0) FROM identity_merges WHERE project_id = $1)::DOUBLE AS last_merge,
            (SELECT count(*) FROM identity_blocks WHERE project_id = $1)::DOUBLE AS blocks`,
    [projectId],
  )
  const row = reader.getRowObjectsJS()[0] ?? {}
  return `${row.merges}:${row.last_merge}:${row.blocks}`
}

/** The journey events after `afterSeq`, with their customer and case key, as a temp table `journey_rows`. */
async function selectJourneyRows(
  connection: DuckDBConnection,
  projectId: string,
  request: JourneyLogRequest,
  afterSeq: number,
): Promise<void> {
  const values: DuckDBValue[] = [projectId, afterSeq]
  let caseKey = 'm.customer_id'
  if (request.caseProperty !== undefined) {
    values.push(`$.${JSON.stringify(request.caseProperty)}`)
    caseKey = `CASE WHEN json_type(e.properties, $3) IN ('VARCHAR', 'BIGINT', 'UBIGINT', 'DOUBLE', 'BOOLEAN')
                    THEN json_extract_string(e.properties, $3) END`
  }
  const lifecyclePath = `'$.${JSON.stringify(LIFECYCLE_PROPERTY)}'`
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE journey_rows AS
     SELECT * FROM (
       SELECT e.seq, e.ts, e.name, e.channel,
              -- The text test first: parsing every event's JSON costs seconds on millions of rows.
              CASE WHEN contains(e.properties::VARCHAR, 'lifecycle:transition')
                        AND json_type(e.properties, ${lifecyclePath}) = 'VARCHAR'
                   THEN json_extract_string(e.properties, ${lifecyclePath}) END AS lifecycle,
              m.customer_id AS customer, ${caseKey} AS case_key
       FROM events e JOIN identity_map m ON m.project_id = $1 AND m.identifier = ${ownerSql('e')}
       WHERE e.project_id = $1 AND e.seq > $2 AND e.type NOT IN ${NOT_JOURNEY_TYPES})
     WHERE case_key IS NOT NULL`,
    values,
  )
}

/** The build's temporary tables hold a copy of the events (about 1 GB at 10M): dropped once the arrays are read. */
async function dropJourneyTables(connection: DuckDBConnection): Promise<void> {
  for (const table of ['journey_rows', 'journey_cases', 'journey_names', 'journey_lifecycles', 'journey_channels'])
    await connection.run(`DROP TABLE IF EXISTS ${table}`)
}

async function buildSnapshot(
  connection: DuckDBConnection,
  projectId: string,
  request: JourneyLogRequest,
  seq: number,
  identity: string,
  generation: number,
): Promise<Snapshot> {
  await selectJourneyRows(connection, projectId, request, 0)
  // Dictionaries are coded in SQL, so the big sorted read carries integers only.
  const dictionary = async (column: string) => {
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE journey_${column}s AS
       SELECT ${column}, (row_number() OVER (ORDER BY ${column}) - 1)::INTEGER AS code
       FROM (SELECT DISTINCT ${column} FROM journey_rows WHERE ${column} IS NOT NULL)`,
    )
    const values = await readTexts(connection, `SELECT ${column} FROM journey_${column}s ORDER BY code`)
    const result = new Dictionary()
    for (const value of values) result.code(value)
    return result
  }
  const names = await dictionary('name')
  const lifecycles = await dictionary('lifecycle')
  const channels = await dictionary('channel')
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE journey_cases AS
     SELECT case_key, customer, (row_number() OVER (ORDER BY case_key) - 1)::INTEGER AS code
     FROM (SELECT case_key, first(customer ORDER BY ts, seq) AS customer FROM journey_rows GROUP BY case_key)`,
  )
  const customerCodes = new Dictionary()
  let caseIdList: string[] = []
  let caseCustomerList: number[] = []
  const isCustomerCase = request.caseProperty === undefined
  // One case per customer: the case id is the customer id, so only one column is read.
  const caseColumns = isCustomerCase ? 'case_key' : 'case_key, customer'
  await forEachChunk(connection, `SELECT ${caseColumns} FROM journey_cases ORDER BY code`, [], (column, rows) => {
    const keys = column(0)
    const owners = isCustomerCase ? keys : column(1)
    for (let row = 0; row < rows; row++) {
      const caseId = String(keys.getItem(row))
      caseIdList.push(caseId)
      if (!isCustomerCase) caseCustomerList.push(customerCodes.code(String(owners.getItem(row))))
    }
  })
  // Packed: a million ids are one string, not a million strings for every garbage collection to mark.
  const caseIds = PackedTexts.of(caseIdList)
  const caseCount = caseIds.length
  let caseCustomer: Int32Array
  let customers: PackedTextCodes
  if (isCustomerCase) {
    // Case c is customer c.
    caseCustomer = sharedInt32Array(caseCount)
    for (let c = 0; c < caseCount; c++) caseCustomer[c] = c
    customers = new PackedTextCodes(caseIds)
  } else {
    caseCustomer = sharedInt32ArrayOf(caseCustomerList)
    customers = new PackedTextCodes(PackedTexts.of(customerCodes.values))
  }
  caseIdList = []
  caseCustomerList = []

  const countReader = await connection.runAndReadAll('SELECT count(*)::DOUBLE AS n FROM journey_rows')
  const n = Number(countReader.getRowObjectsJS()[0]?.n ?? 0)
  const columns = allocate(n)
  const caseOffsets = sharedInt32Array(caseCount + 1)
  let position = 0
  let lastCase = -1
  await forEachChunk(
    connection,
    `SELECT c.code, nm.code, coalesce(lc.code, -1), coalesce(ch.code, -1), r.ts::DOUBLE, r.seq::DOUBLE
     FROM journey_rows r JOIN journey_cases c USING (case_key) JOIN journey_names nm USING (name)
     LEFT JOIN journey_lifecycles lc USING (lifecycle) LEFT JOIN journey_channels ch USING (channel)
     ORDER BY c.code, r.ts, r.seq`,
    [],
    (column, rows) => {
      const [cases, name, lifecycle, channel, time, seqs] = [0, 1, 2, 3, 4, 5].map(column) as [
        { getItem(row: number): unknown },
        ...{ getItem(row: number): unknown }[],
      ]
      for (let row = 0; row < rows; row++, position++) {
        const c = cases.getItem(row) as number
        while (lastCase < c) caseOffsets[++lastCase] = position
        columns.name[position] = name?.getItem(row) as number
        columns.lifecycle[position] = lifecycle?.getItem(row) as number
        columns.channel[position] = channel?.getItem(row) as number
        columns.time[position] = time?.getItem(row) as number
        columns.seq[position] = seqs?.getItem(row) as number
      }
    },
  )
  while (lastCase < caseCount) caseOffsets[++lastCase] = position
  if (position !== n) throw new DuckDbStoreError(`journey index read ${position} of ${n} events`, projectId)
  const customerTraits = await readCustomerTraits(connection, projectId, customers)
  await dropJourneyTables(connection)
  return snapshotOf(
    { caseIds, caseOffsets, caseCustomer, columns, customerTraits },
    { seq, identity, generation, customers: customers.packed(), names, lifecycles, channels },
  )
}

interface EventColumns {
  readonly name: Int32Array
  readonly lifecycle: Int32Array
  readonly channel: Int32Array
  readonly time: Float64Array
  readonly seq: Float64Array
}

function allocate(n: number): EventColumns {
  return {
    name: sharedInt32Array(n),
    lifecycle: sharedInt32Array(n),
    channel: sharedInt32Array(n),
    time: sharedFloat64Array(n),
    seq: sharedFloat64Array(n),
  }
}

function copyEvent(from: EventColumns, i: number, to: EventColumns, j: number): void {
  to.name[j] = from.name[i] as number
  to.lifecycle[j] = from.lifecycle[i] as number
  to.channel[j] = from.channel[i] as number
  to.time[j] = from.time[i] as number
  to.seq[j] = from.seq[i] as number
}

/**
 * The traits of every customer without an identify call: one shared frozen object, so that a
 * million anonymous customers do not add a million objects for every garbage collection to mark.
 */
const NO_TRAITS: Readonly<Record<string, unknown>> = Object.freeze({})

/** Each customer's traits: their identify calls' traits merged in event order, as core's `buildJourneyLog` does. */
async function readCustomerTraits(
  connection: DuckDBConnection,
  projectId: string,
  customers: PackedTextCodes,
): Promise<Readonly<Record<string, unknown>>[]> {
  const traits: Readonly<Record<string, unknown>>[] = new Array(customers.length).fill(NO_TRAITS)
  await forEachChunk(
    connection,
    `SELECT m.customer_id, e.traits FROM events e
     JOIN identity_map m ON m.project_id = $1 AND m.identifier = ${ownerSql('e')}
     WHERE e.project_id = $1 AND e.type = 'identify' ORDER BY e.ts, e.seq`,
    [projectId],
    (column, rows) => {
      const owners = column(0)
      const values = column(1)
      for (let row = 0; row < rows; row++) {
        const text = values.getItem(row)
        if (typeof text !== 'string') continue
        const customer = customers.code(String(owners.getItem(row)))
        // A customer known by identify calls alone is new to the dictionary: past the array's end.
        const held = traits[customer]
        const merged = held === undefined || held === NO_TRAITS ? {} : (held as Record<string, unknown>)
        traits[customer] = Object.assign(merged, JSON.parse(text) as Record<string, unknown>)
      }
    },
  )
  return traits
}

/** Reads the events after the snapshot's seq and merges them into a new snapshot, case by case. */
async function mergeNewEvents(
  connection: DuckDBConnection,
  projectId: string,
  request: JourneyLogRequest,
  old: Snapshot,
  seq: number,
  generation: number,
): Promise<Snapshot> {
  await selectJourneyRows(connection, projectId, request, old.seq)
  const customers = new PackedTextCodes(old.customers)
  const names = copyDictionary(old.names)
  const lifecycles = copyDictionary(old.lifecycles)
  const channels = copyDictionary(old.channels)
  const added: {
    caseId: string
    customer: number
    name: number
    lifecycle: number
    channel: number
    time: number
    seq: number
  }[] = []
  await forEachChunk(
    connection,
    `SELECT case_key, customer, name, lifecycle, channel, ts::DOUBLE, seq::DOUBLE FROM journey_rows ORDER BY case_key, ts, seq`,
    [],
    (column, rows) => {
      const vectors = [0, 1, 2, 3, 4, 5, 6].map(column)
      const text = (index: number, row: number) => vectors[index]?.getItem(row) as string | null
      for (let row = 0; row < rows; row++) {
        const lifecycle = text(3, row)
        const channel = text(4, row)
        added.push({
          caseId: String(text(0, row)),
          customer: customers.code(String(text(1, row))),
          name: names.code(String(text(2, row))),
          lifecycle: lifecycle === null ? NONE : lifecycles.code(lifecycle),
          channel: channel === null ? NONE : channels.code(channel),
          time: vectors[5]?.getItem(row) as number,
          seq: vectors[6]?.getItem(row) as number,
        })
      }
    },
  )
  const log = old.log
  const columns = allocate(log.eventCount + added.length)
  const caseIds: string[] = []
  const caseCustomer: number[] = []
  const offsets: number[] = []
  let position = 0
  let k = 0
  const pushAdded = (caseId: string) => {
    for (; k < added.length && added[k]?.caseId === caseId; k++, position++) {
      const event = added[k] as (typeof added)[number]
      columns.name[position] = event.name
      columns.lifecycle[position] = event.lifecycle
      columns.channel[position] = event.channel
      columns.time[position] = event.time
      columns.seq[position] = event.seq
    }
  }
  for (let c = 0; c <= log.caseCount; c++) {
    const oldId = c < log.caseCount ? (log.caseIds.at(c) as string) : undefined
    // New cases that sort before this old case.
    while (
      k < added.length &&
      (oldId === undefined || compareText((added[k] as (typeof added)[number]).caseId, oldId) < 0)
    ) {
      const first = added[k] as (typeof added)[number]
      caseIds.push(first.caseId)
      caseCustomer.push(first.customer)
      offsets.push(position)
      pushAdded(first.caseId)
    }
    if (oldId === undefined) break
    caseIds.push(oldId)
    caseCustomer.push(log.caseCustomer[c] as number)
    offsets.push(position)
    let i = log.caseOffsets[c] as number
    const end = log.caseOffsets[c + 1] as number
    if (k < added.length && added[k]?.caseId === oldId) {
      const first = added[k] as (typeof added)[number]
      if (isBefore(first.time, first.seq, log.time[i] as number, log.seq[i] as number))
        caseCustomer[caseCustomer.length - 1] = first.customer
      while (k < added.length && added[k]?.caseId === oldId) {
        const event = added[k] as (typeof added)[number]
        for (; i < end && isBefore(log.time[i] as number, log.seq[i] as number, event.time, event.seq); i++)
          copyEvent(log, i, columns, position++)
        columns.name[position] = event.name
        columns.lifecycle[position] = event.lifecycle
        columns.channel[position] = event.channel
        columns.time[position] = event.time
        columns.seq[position] = event.seq
        position++
        k++
      }
    }
    for (; i < end; i++) copyEvent(log, i, columns, position++)
  }
  offsets.push(position)
  await dropJourneyTables(connection)
  const customerTraits = await readCustomerTraits(connection, projectId, customers)
  return snapshotOf(
    {
      caseIds: PackedTexts.of(caseIds),
      caseOffsets: sharedInt32ArrayOf(offsets),
      caseCustomer: sharedInt32ArrayOf(caseCustomer),
      columns,
      customerTraits,
    },
    { seq, identity: old.identity, generation, customers: customers.packed(), names, lifecycles, channels },
  )
}

/** Journey order: by time, then by ingestion sequence. */
const isBefore = (time: number, seq: number, otherTime: number, otherSeq: number) =>
  time < otherTime || (time === otherTime && seq < otherSeq)

function copyDictionary(dictionary: Dictionary): Dictionary {
  const copy = new Dictionary()
  for (const value of dictionary.values) copy.code(value)
  return copy
}

function snapshotOf(
  parts: {
    caseIds: PackedTexts
    caseOffsets: Int32Array
    caseCustomer: Int32Array
    columns: EventColumns
    customerTraits: readonly Record<string, unknown>[]
  },
  meta: Omit<Snapshot, 'log' | 'properties'>,
): Snapshot {
  const properties = new Map<string, PropertyColumn>()
  const log: JourneyLog = {
    caseCount: parts.caseIds.length,
    eventCount: parts.columns.name.length,
    caseOffsets: parts.caseOffsets,
    caseIds: parts.caseIds,
    caseCustomer: parts.caseCustomer,
    customerIds: meta.customers,
    customerTraits: parts.customerTraits,
    ...parts.columns,
    names: meta.names.values,
    lifecycles: meta.lifecycles.values,
    channels: meta.channels.values,
    property(path) {
      const column = properties.get(path)
      if (column === undefined)
        throw new Error(
          `the journey index has not loaded the property "${path}": ask for it in the request's properties`,
        )
      return column
    },
  }
  return { ...meta, log, properties }
}
