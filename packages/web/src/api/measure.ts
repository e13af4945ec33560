import type { EventSelector, JourneyMap, MapMeasurement, ScalarValue } from '@parcours/core'
import { ApiError, getJson, type Problem, sendJson } from './http.js'

/** The map as stored: its body and the version a change must be based on (If-Match). */
export interface StoredMap {
  readonly id: string
  readonly version: number
  readonly document: JourneyMap
}

/** The event catalog of a project (`GET /api/projects/{id}/event-catalog`), bounded as `limits` says. */
export interface EventCatalog {
  /** Journey events (identify, alias and group calls are not). */
  readonly events: number
  readonly customers: number
  /** Event names, most events first. */
  readonly names: readonly { readonly name: string; readonly events: number; readonly customers: number }[]
  /** Channels, most events first. */
  readonly channels: readonly { readonly channel: string; readonly events: number }[]
  /** Top-level event properties (`properties.plan`), most events first, each with its most frequent values. */
  readonly properties: readonly {
    readonly path: string
    readonly events: number
    readonly values: readonly { readonly value: ScalarValue; readonly events: number }[]
  }[]
  readonly limits: { readonly names: number; readonly properties: number; readonly valuesPerProperty: number }
}

/** How many journey events and customers a selector matches (`POST /api/projects/{id}/event-count`). */
export interface EventCount {
  readonly events: number
  readonly customers: number
}

const projectPath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`

/** Measures every stage and touchpoint of a map on the project's journeys (the `measure` analysis). */
export async function fetchMapMeasure(projectId: string, mapId: string): Promise<MapMeasurement> {
  const answer = await sendJson<{ analysis: string; result: MapMeasurement }>(
    'POST',
    `${projectPath(projectId)}/analyses`,
    { analysis: 'measure', mapId },
  )
  return answer.result
}

/** The map and its version. */
export function fetchMap(projectId: string, mapId: string): Promise<StoredMap> {
  return getJson<StoredMap>(`${projectPath(projectId)}/maps/${encodeURIComponent(mapId)}`)
}

/** The names, channels and properties of the project's events, with counts. */
export function fetchEventCatalog(projectId: string): Promise<EventCatalog> {
  return getJson<EventCatalog>(`${projectPath(projectId)}/event-catalog`)
}

/** Counts the events and customers a selector matches, exactly as the analyses will; `signal` cancels a stale count. */
export async function countSelectorEvents(
  projectId: string,
  selector: EventSelector,
  signal?: AbortSignal,
): Promise<EventCount> {
  const path = `${projectPath(projectId)}/event-count`
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(selector),
    ...(signal === undefined ? {} : { signal }),
  })
  if (!response.ok) {
    const problem = response.headers.get('content-type')?.includes('json')
      ? ((await response.json().catch(() => undefined)) as Problem | undefined)
      : undefined
    throw new ApiError(response.status, problem, path)
  }
  return (await response.json()) as EventCount
}

/**
 * Binds a touchpoint to events (or unbinds it with `null`) with the map command
 * `set-touchpoint-selector`, based on `version`; answers the new version (409 when someone saved first).
 */
export function saveTouchpointSelector(
  projectId: string,
  mapId: string,
  version: number,
  touchpointId: string,
  selector: EventSelector | null,
): Promise<StoredMap> {
  return sendJson<StoredMap>(
    'POST',
    `${projectPath(projectId)}/maps/${encodeURIComponent(mapId)}/commands`,
    { commands: [{ type: 'set-touchpoint-selector', touchpointId, selector }] },
    { 'If-Match': `"${version}"` },
  )
}
