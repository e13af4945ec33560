import type { MapMeasurement } from '@parcours/core'
import { useCallback, useEffect, useState } from 'react'
import { fetchMapMeasure } from '../api/measure.js'

/** Where a measurement is: not asked for (overlay off), on its way, there, or failed. */
export type MapMeasureState =
  | { readonly status: 'off' }
  | { readonly status: 'loading'; readonly measure: MapMeasurement | undefined }
  | { readonly status: 'ready'; readonly measure: MapMeasurement }
  | { readonly status: 'error'; readonly message: string; readonly measure: MapMeasurement | undefined }

/** A map's measurement and how to ask for it again (after a binding changed). */
export interface MapMeasure {
  readonly state: MapMeasureState
  /** The latest measurement, kept while a new one loads. */
  readonly measure: MapMeasurement | undefined
  reload(): void
}

/**
 * Measures a map on the project's journeys (`POST /api/projects/{id}/analyses` with
 * `{ analysis: 'measure', mapId }`) while `enabled`; nothing is asked while the overlay is off.
 * Call `reload()` after saving the map so the figures follow it.
 *
 * @example const { measure, state } = useMapMeasure('acme', 'onboarding', overlayOn)
 */
export function useMapMeasure(projectId: string, mapId: string, enabled: boolean): MapMeasure {
  const [state, setState] = useState<MapMeasureState>({ status: 'off' })
  const [round, setRound] = useState(0)
  const reload = useCallback(() => setRound((value) => value + 1), [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks for a new measurement
  useEffect(() => {
    if (!enabled) {
      setState({ status: 'off' })
      return
    }
    let current = true
    setState((previous) => ({ status: 'loading', measure: 'measure' in previous ? previous.measure : undefined }))
    fetchMapMeasure(projectId, mapId).then(
      (measure) => {
        if (current) setState({ status: 'ready', measure })
      },
      (error: unknown) => {
        if (current)
          setState((previous) => ({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
            measure: 'measure' in previous ? previous.measure : undefined,
          }))
      },
    )
    return () => {
      current = false
    }
  }, [projectId, mapId, enabled, round])

  return { state, measure: 'measure' in state ? state.measure : undefined, reload }
}
