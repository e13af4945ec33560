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
  | { readonly code: 'not-found'; readonly kind: DocumentKind; readonly id: string; readonly version?: number }
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
  close(): Promise<void>
}
