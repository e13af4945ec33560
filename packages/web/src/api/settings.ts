import type { Project } from '@parcours/core'
import { ApiError, getJson, sendJson } from './http.js'
import type { Stored } from './shell.js'

/** A project's write key as the API lists it: never the secret, only its last 4 characters. */
export interface WriteKey {
  /** The key's public id (`wk_…`), used to revoke it. */
  readonly id: string
  readonly projectId: string
  /** The last 4 characters of the secret, to tell keys apart. */
  readonly preview: string
  /** ISO 8601. */
  readonly createdAt: string
  /** ISO 8601 when revoked, null while the key is active. */
  readonly revokedAt: string | null
}

/** A key just created: the secret (`writeKey`) is in this answer only. */
export interface CreatedWriteKey extends WriteKey {
  readonly writeKey: string
}

/** A revoke's answer: the key, and whether it had been revoked before. */
export interface RevokedWriteKey extends WriteKey {
  readonly alreadyRevoked: boolean
}

const projectPath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`

/** The project's write keys, active and revoked, oldest first. */
export async function listWriteKeys(projectId: string): Promise<readonly WriteKey[]> {
  return (await getJson<{ items: WriteKey[] }>(`${projectPath(projectId)}/keys`)).items
}

/** Creates a write key; keep `writeKey` now, the server never shows it again. */
export function createWriteKey(projectId: string): Promise<CreatedWriteKey> {
  return sendJson<CreatedWriteKey>('POST', `${projectPath(projectId)}/keys`)
}

/** Revokes a write key for good: sources using it can no longer send events. */
export function revokeWriteKey(projectId: string, keyId: string): Promise<RevokedWriteKey> {
  return sendJson<RevokedWriteKey>('DELETE', `${projectPath(projectId)}/keys/${encodeURIComponent(keyId)}`)
}

/** Saves a project based on `baseVersion`; an ApiError 409 when someone saved in between. */
export function saveProject(project: Project, baseVersion: number): Promise<Stored<Project>> {
  return sendJson<Stored<Project>>('PUT', projectPath(project.id), project, { 'If-Match': `"${baseVersion}"` })
}

/** The project the server holds now, carried by a 409 answer to `saveProject` (undefined otherwise). */
export function conflictingProject(error: unknown): Stored<Project> | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined
  const current = (error.problem as { readonly current?: Stored<Project> } | undefined)?.current
  return current !== undefined && typeof current.version === 'number' ? current : undefined
}
