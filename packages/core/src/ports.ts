import type { AnalysisRequest } from './analytics/analysis-request.schema.js'
import type { JourneyLog, JourneyLogOptions } from './analytics/journey-log.js'
import type { AnalysisContext, AnalysisResult } from './analytics/run-analysis.js'
import type {
  ColumnMapping,
  ImportError,
  ImportFormat,
  ImportProgress,
  ImportResult,
  TablePreview,
} from './events/event-import.js'
import type { JsonObject, NewEvent, StoredEvent } from './events/event-record.js'
import type { ScalarValue } from './events/event-selector.schema.js'
import type { MergeRecord } from './identity/stitch-identities.js'
import type { JourneyMap } from './journey-map/journey-map.schema.js'
import type { Persona } from './persona/persona.schema.js'
import type { Project } from './project/project.schema.js'
import type { Result } from './shared/result.js'

/** The documents Parcours keeps, by kind. Each is versioned: every write makes a new version. */
export interface DocumentBodies {
  readonly project: Project
  readonly persona: Persona
  readonly map: JourneyMap
}
export type DocumentKind = keyof DocumentBodies
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['project', 'persona', 'map']

/** A document as stored: its body and its version (1 for a new document, +1 on every write). */
export interface StoredDocument<K extends DocumentKind = DocumentKind> {
  readonly kind: K
  readonly projectId: string
  readonly id: string
  readonly version: number
  /** When this version was written, ISO 8601. */
  readonly updatedAt: string
  readonly body: DocumentBodies[K]
}

export interface DocumentVersionInfo {
  readonly version: number
  readonly updatedAt: string
}

/** Where a document lives: projects are their own project (`projectId === id`). */
export interface DocumentKey<K extends DocumentKind = DocumentKind> {
  readonly kind: K
  readonly projectId: string
  readonly id: string
}

export type DocumentStoreError =
  | {
      readonly code: 'not-found'
      readonly kind: DocumentKind | 'write-key'
      readonly id: string
      readonly version?: number
    }
  | { readonly code: 'already-exists'; readonly kind: DocumentKind; readonly id: string }
  /** A project that still holds personas or maps cannot be deleted. */
  | { readonly code: 'not-empty'; readonly kind: DocumentKind; readonly id: string }
  /** A write based on `expectedVersion` while the stored one is `currentVersion`: nothing was written. */
  | {
      readonly code: 'conflict'
      readonly kind: DocumentKind
      readonly id: string
      readonly expectedVersion: number
      readonly currentVersion: number
    }

export type StoreResult<T> = Result<T, DocumentStoreError>

/**
 * Keeps projects, personas and maps with optimistic versioning: a write names the version it was
 * based on and fails with `conflict` (overwriting nothing) when someone else wrote first. Every
 * version stays readable and can be restored (restoring writes a new version with the old body).
 */
export interface DocumentStore {
  create<K extends DocumentKind>(key: DocumentKey<K>, body: DocumentBodies[K]): Promise<StoreResult<StoredDocument<K>>>
  get<K extends DocumentKind>(key: DocumentKey<K>): Promise<StoreResult<StoredDocument<K>>>
  /** The latest version of every document of a kind in a project (every project for `project`). */
  list<K extends DocumentKind>(kind: K, projectId?: string): Promise<StoredDocument<K>[]>
  update<K extends DocumentKind>(
    key: DocumentKey<K>,
    body: DocumentBodies[K],
    expectedVersion: number,
  ): Promise<StoreResult<StoredDocument<K>>>
  /** Deletes a document and its history; a project must have no personas or maps left. */
  remove(key: DocumentKey, expectedVersion: number): Promise<StoreResult<void>>
  listVersions(key: DocumentKey): Promise<StoreResult<DocumentVersionInfo[]>>
  getVersion<K extends DocumentKind>(key: DocumentKey<K>, version: number): Promise<StoreResult<StoredDocument<K>>>
  restore<K extends DocumentKind>(
    key: DocumentKey<K>,
    version: number,
    expectedVersion: number,
  ): Promise<StoreResult<StoredDocument<K>>>
}

/** What an append did: events stored, and events skipped because their messageId was already there. */
export interface AppendResult {
  readonly inserted: number
  readonly duplicates: number
}

/** How events are grouped into cases and activities for counting. */
export interface CaseOptions {
  /**
   * The case notion: absent for one case per customer (the default), or a property whose value
   * names the case (`case:concept:name`, `order_id`), read from the event's properties.
   */
  readonly caseProperty?: string
  /** `name` (the event name) or `name+lifecycle` (name and `lifecycle:transition`, as in XES). */
  readonly classifier: 'name' | 'name+lifecycle'
}

/** The figures of a project's events (`parcours stats`); a documented JSON contract. */
export interface EventStats {
  readonly cases: number
  readonly events: number
  readonly activities: number
  readonly customers: number
  readonly channels: readonly { readonly channel: string | null; readonly events: number }[]
  /** Epoch ms of the first and last events, null without events. */
  readonly firstTimestamp: number | null
  readonly lastTimestamp: number | null
}

/**
 * Keeps every event of every project, in ingestion order (`seq`). Appends are atomic and durable
 * when their promise resolves; an event whose messageId the project already has is stored once.
 */
export interface EventStore {
  append(projectId: string, events: readonly NewEvent[]): Promise<AppendResult>
  stats(projectId: string, options: CaseOptions): Promise<EventStats>
  /** Events ordered by timestamp then seq, optionally only those of some identifiers. */
  list(
    projectId: string,
    filter?: { readonly anonymousIds?: readonly string[]; readonly userIds?: readonly string[] },
  ): Promise<StoredEvent[]>
}

/** A table file to import with the engine's own reader. */
export interface TableImportSpec {
  readonly path: string
  readonly format: Exclude<ImportFormat, 'xes'>
  /** The mapping; fields left out are detected from the column names. */
  readonly mapping: Partial<ColumnMapping>
  /** CSV: the delimiter (detected when absent) and the encoding (`utf-8` or `latin-1`, detected when absent). */
  readonly delimiter?: string
  readonly encoding?: 'utf-8' | 'latin-1'
}

/**
 * Imports files as events, all or nothing: every accepted record is stored in one transaction (or
 * none is), rejected records are reported with their line, field and reason. Re-importing the
 * same file stores nothing twice (messageIds derive from the content).
 */
export interface EventImporter {
  importTable(
    projectId: string,
    spec: TableImportSpec,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportResult>
  /**
   * Reads the first `limit` rows of a table file with the same reader as `importTable`, and what
   * it would detect (mapping, date format, delimiter, encoding); stores nothing.
   */
  previewTable(spec: Omit<TableImportSpec, 'mapping'>, limit: number): Promise<Result<TablePreview, ImportError>>
  /** Stores events read by a streaming parser (XES) in one transaction. */
  importEvents(projectId: string, batches: AsyncIterable<readonly NewEvent[]>): Promise<AppendResult>
}

/** A write key as it can be shown: everything but the key itself, which is shown once, at creation. */
export interface WriteKeyInfo {
  /** The key's public id (`wk_…`), used to list and revoke it. */
  readonly id: string
  readonly projectId: string
  /** ISO 8601. */
  readonly createdAt: string
  /** ISO 8601 when revoked, null while the key is active. */
  readonly revokedAt: string | null
  /** The last 4 characters of the key, to tell keys apart. */
  readonly preview: string
}

/**
 * The keys that let a source send events to one project (the Segment "write key"). A key can only
 * write events; the store keeps a hash, never the key. Example:
 * `const { key } = await store.writeKeys.create('acme')` then `resolve(key)` → `'acme'`.
 */
export interface WriteKeyStore {
  /** A new active key for the project; `key` is the secret, returned only here. */
  create(projectId: string): Promise<{ readonly key: string; readonly info: WriteKeyInfo }>
  /** The project's keys, active and revoked, oldest first. */
  list(projectId: string): Promise<WriteKeyInfo[]>
  /** Revokes a key for good (revoking a revoked key changes nothing); `not-found` for another project's key. */
  revoke(projectId: string, keyId: string): Promise<StoreResult<WriteKeyInfo>>
  /** Revokes every active key of a project (when it is deleted); answers how many were revoked. */
  revokeAll(projectId: string): Promise<number>
  /** The project of an active key; undefined for an unknown or revoked key. */
  resolve(key: string): Promise<string | undefined>
}

/** A stitched customer in a list. Times are epoch ms. */
export interface CustomerSummary {
  readonly customerId: string
  /** Identifier values by kind, each list sorted: `{ anonymous: ['a1'], user: ['u1'], email: ['lea@example.fr'] }`. */
  readonly identifiers: Readonly<Record<string, readonly string[]>>
  /** The number of their events (across every identifier and channel). */
  readonly events: number
  /** The channels of their events, sorted; events without a channel are counted but not listed. */
  readonly channels: readonly string[]
  readonly firstSeen: number
  readonly lastSeen: number
}

/** One customer's profile: the summary, their traits, and the merges that made them. */
export interface CustomerProfile extends CustomerSummary {
  /** Their identify calls' traits merged in event order (see `customerTraits`). */
  readonly traits: JsonObject
  /** The merges that joined their identifiers, in event order. */
  readonly merges: readonly MergeRecord[]
}

export interface CustomerPage {
  /** How many customers match, across every page. */
  readonly total: number
  readonly items: readonly CustomerSummary[]
}

export interface CustomerQuery {
  /** Page size (default 50) and start (default 0); customers come most recently seen first. */
  readonly limit?: number
  readonly offset?: number
  /** Only the customer holding this identifier (`email:lea@example.fr`, `user:u1`). */
  readonly identifier?: string
}

/** One computation of a project's identity map. */
export interface IdentityComputation {
  /** +1 on each computation of the project. */
  readonly version: number
  /** The events it covers: every event up to this seq. */
  readonly seq: number
  /** Epoch ms. */
  readonly computedAt: number
  readonly customers: number
  readonly identifiers: number
  readonly merges: number
}

/** An undone merge: its identifiers stay apart until the block is lifted, whatever events arrive. */
export interface Unmerge {
  /** +1 on each unmerge of the project. */
  readonly version: number
  /** Epoch ms. */
  readonly blockedAt: number
  /** The merge that was undone. */
  readonly merge: MergeRecord
}

export interface UnmergeOutcome {
  readonly unmerge: Unmerge
  /**
   * The customers now holding the merge's two sides: two when they split, one when another link
   * still joins them (undo that merge too), sorted. A side that owns no event is no customer.
   */
  readonly customerIds: readonly string[]
}

export type IdentityError =
  | { readonly code: 'customer-not-found'; readonly customerId: string }
  | { readonly code: 'merge-not-found'; readonly customerId: string; readonly mergeVersion: number }
  | { readonly code: 'nothing-to-unmerge'; readonly customerId: string }

/**
 * Identity stitching over a project's events (DESIGN §4, docs/identity.md): the identity map
 * (identifier → customer id), the merge log and the undone merges. The map is recomputed from the
 * events, deterministically, before any read that finds it older than the events; `recompute`
 * forces it.
 */
export interface IdentityStore {
  recompute(projectId: string): Promise<IdentityComputation>
  customers(projectId: string, query?: CustomerQuery): Promise<CustomerPage>
  customer(projectId: string, customerId: string): Promise<Result<CustomerProfile, IdentityError>>
  /** Every event of the customer, across identifiers and channels, ordered by timestamp then seq. */
  timeline(projectId: string, customerId: string): Promise<Result<StoredEvent[], IdentityError>>
  /**
   * Undoes the customer's merge of `mergeVersion` (default: its highest version, the latest
   * recorded) by blocking the pair of identifiers it linked, then recomputes.
   */
  unmerge(projectId: string, customerId: string, mergeVersion?: number): Promise<Result<UnmergeOutcome, IdentityError>>
  /** The project's undone merges, oldest first. */
  unmerges(projectId: string): Promise<Unmerge[]>
}

/** How much a property catalog lists: the most frequent keys, and the most frequent values of each. */
export interface PropertyCatalogLimits {
  /** At most this many keys, most frequent first. */
  readonly keys: number
  /** At most this many values per key, most frequent first. */
  readonly valuesPerKey: number
}

/** A property key of a project's journey events (`properties.plan`), with its most frequent scalar values. */
export interface CatalogProperty {
  /** The dotted path a selector's predicate names: `properties.<key>`. */
  readonly path: string
  /** Journey events holding a scalar (text, number, boolean) under this key. */
  readonly events: number
  /** Its most frequent values, each typed as stored (`12` is a number, `"12"` a text). */
  readonly values: readonly { readonly value: ScalarValue; readonly events: number }[]
}

/**
 * The top-level event properties a project's journey events (not identify, alias or group calls)
 * carry, to suggest conditions when binding a touchpoint. Example:
 * `propertyCatalog('acme', { keys: 50, valuesPerKey: 20 })` → `[{ path: 'properties.plan', events: 3, values: [{ value: 'free', events: 2 }, …] }]`.
 */
export interface PropertyCatalogSource {
  propertyCatalog(projectId: string, limits: PropertyCatalogLimits): Promise<CatalogProperty[]>
}

/** Everything a storage engine provides, opened together and closed together. */
export interface ParcoursStore {
  readonly documents: DocumentStore
  readonly events: EventStore
  readonly identities: IdentityStore
  readonly writeKeys: WriteKeyStore
  readonly importer: EventImporter
  readonly journeys: JourneyLogSource
  readonly propertyCatalog: PropertyCatalogSource
  /** Analyses the events engine computes where the events are (ClickHouse); absent when only the journey log is used. */
  readonly engineAnalyses?: EngineAnalyses
  close(): Promise<void>
}

/**
 * Analyses computed inside the events engine, only their aggregates coming back, instead of on
 * the journey log built in the Parcours process. An answer must be exactly what `runAnalysis`
 * answers on the project's journey log; a request the engine cannot compute exactly answers
 * `undefined`, and the caller builds the journey log as usual.
 *
 * @example
 * const answer = await store.engineAnalyses?.run('acme', AnalysisRequest.parse({ analysis: 'variants' }))
 * // → { analysis: 'variants', result: { totalVariants: 12, … } }, or undefined
 */
export interface EngineAnalyses {
  /** The engine's name, told to API clients as where an answer was computed (`clickhouse`). */
  readonly engine: string
  /** `context` holds what `runAnalysis` would be given with the request (the map it names). */
  run(projectId: string, request: AnalysisRequest, context?: AnalysisContext): Promise<AnalysisResult | undefined>
}

/** What an analysis needs from a project's journey log: the case notion and the property columns it reads. */
export interface JourneyLogRequest extends JourneyLogOptions {
  /** Dotted paths (`properties.plan`) whose columns the analysis reads through `log.property`. */
  readonly properties?: readonly string[]
}

/**
 * Gives analyses a project's journey log, kept in step with the events: each call answers a log
 * that holds every event stored before it. A log answered earlier is never changed (snapshots).
 */
export interface JourneyLogSource {
  journeyLog(projectId: string, request?: JourneyLogRequest): Promise<JourneyLog>
}
