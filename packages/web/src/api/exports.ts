import type { JourneyMap, Persona } from '@parcours/core'
import { getJson } from './http.js'

/** A stored document as the API serves it. */
interface Stored<T> {
  readonly id: string
  readonly version: number
  readonly document: T
}

const projectPath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`

/** The current version of a map, as stored. */
export async function fetchMapForPrint(projectId: string, mapId: string): Promise<JourneyMap> {
  const stored = await getJson<Stored<JourneyMap>>(`${projectPath(projectId)}/maps/${encodeURIComponent(mapId)}`)
  return stored.document
}

/** The ids and names of a project's personas, to name them on the printed map. */
export async function fetchPersonaNamesForPrint(
  projectId: string,
): Promise<readonly { readonly id: string; readonly name: string }[]> {
  const { items } = await getJson<{ items: readonly Stored<Pick<Persona, 'name'>>[] }>(
    `${projectPath(projectId)}/personas`,
  )
  return items.map((item) => ({ id: item.id, name: item.document.name }))
}
