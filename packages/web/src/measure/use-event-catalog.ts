import { useEffect, useState } from 'react'
import { type EventCatalog, fetchEventCatalog } from '../api/measure.js'

/** The project's event catalog as it loads: undefined while loading, or the error's message. */
export type EventCatalogState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly catalog: EventCatalog }
  | { readonly status: 'error'; readonly message: string }

/** Loads the project's event catalog once (names, channels and properties with counts). */
export function useEventCatalog(projectId: string): EventCatalogState {
  const [state, setState] = useState<EventCatalogState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    fetchEventCatalog(projectId).then(
      (catalog) => current && setState({ status: 'ready', catalog }),
      (error: unknown) =>
        current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      current = false
    }
  }, [projectId])
  return state
}
