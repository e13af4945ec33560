import type { JourneyMap, MapCommand } from '@parcours/core'
import { ApiError, getJson, sendJson } from './http.js'

/** A stored map as the API serves it: the document and the version to send back in If-Match. */
export interface StoredMap {
  readonly id: string
  readonly projectId: string
  readonly version: number
  readonly updatedAt: string
  readonly document: JourneyMap
}

const mapPath = (projectId: string, mapId: string) =>
  `/api/projects/${encodeURIComponent(projectId)}/maps/${encodeURIComponent(mapId)}`

/** Reads the current version of a map. */
export function fetchMap(projectId: string, mapId: string): Promise<StoredMap> {
  return getJson<StoredMap>(mapPath(projectId, mapId))
}

/** Applies designer commands on the server, based on `version`; all or none are saved as one new version. */
export function postMapCommands(
  projectId: string,
  mapId: string,
  version: number,
  commands: readonly MapCommand[],
): Promise<StoredMap> {
  return sendJson<StoredMap>(
    'POST',
    `${mapPath(projectId, mapId)}/commands`,
    { commands },
    { 'If-Match': `"${version}"` },
  )
}

/** Replaces the whole map (after an undo or redo), based on `version`. */
export function replaceMap(projectId: string, mapId: string, version: number, map: JourneyMap): Promise<StoredMap> {
  return sendJson<StoredMap>('PUT', mapPath(projectId, mapId), map, { 'If-Match': `"${version}"` })
}

/** The map someone else saved, when the server answered 409 with it; undefined for any other failure. */
export function conflictingMap(error: unknown): StoredMap | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined
  const current = (error.problem as { current?: unknown } | undefined)?.current as StoredMap | undefined
  return current !== undefined && typeof current.version === 'number' ? current : undefined
}

/** The names of a project's personas by id (for curve legends); empty when they cannot be read. */
export async function fetchPersonaNames(projectId: string): Promise<ReadonlyMap<string, string>> {
  try {
    const { items } = await getJson<{ items: { id: string; document: { name: string } }[] }>(
      `/api/projects/${encodeURIComponent(projectId)}/personas`,
    )
    return new Map(items.map((item) => [item.id, item.document.name]))
  } catch {
    return new Map()
  }
}
