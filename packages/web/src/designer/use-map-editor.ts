import type { JourneyMap, MapCommand } from '@parcours/core'
import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import { conflictingMap, fetchMap, postMapCommands, replaceMap, type StoredMap } from '../api/designer.js'
import { ApiError } from '../api/http.js'
import {
  type EditorAction,
  type EditorState,
  editorReducer,
  initialEditorState,
  needsReplace,
} from './map-editor-state.js'

/** How long autosave waits after the last edit before sending. */
export const AUTOSAVE_DELAY_MS = 700

/** What the designer's components use to read and change the map. */
export interface MapEditor {
  readonly state: EditorState
  readonly map: JourneyMap
  /** Applies commands locally at once (one undo step) and queues them for autosave. */
  readonly execute: (...commands: MapCommand[]) => void
  readonly dispatch: (action: EditorAction) => void
  /** Drops the unsaved edits and reads the map as the server has it now. */
  readonly reloadSaved: () => void
}

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'ready'; readonly stored: StoredMap }

/** Loads a map; `retry` loads it again after a failure. */
export function useMapEditor(projectId: string, mapId: string): { loaded: Loaded; retry: () => void } {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })
  const [round, setRound] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks for the map again
  useEffect(() => {
    let live = true
    setLoaded({ kind: 'loading' })
    fetchMap(projectId, mapId).then(
      (stored) => live && setLoaded({ kind: 'ready', stored }),
      (error: unknown) => live && setLoaded({ kind: 'failed', error }),
    )
    return () => {
      live = false
    }
  }, [projectId, mapId, round])
  const retry = useCallback(() => setRound((value) => value + 1), [])
  return { loaded, retry }
}

/** What a failed save says: the server's explanation, or '' when the server could not be reached. */
const failureMessage = (error: unknown) => (error instanceof ApiError ? error.message : '')

/** The editing session of a loaded map, with debounced autosave. */
export function useEditingSession(projectId: string, mapId: string, stored: StoredMap): MapEditor {
  const [state, dispatch] = useReducer(editorReducer, stored, initialEditorState)
  const latest = useRef(state)
  latest.current = state

  const execute = useCallback((...commands: MapCommand[]) => {
    if (commands.length > 0) dispatch({ type: 'execute', commands })
  }, [])

  const saving = state.save.kind
  const pendingCount = state.pending.length
  useEffect(() => {
    if (saving !== 'idle' || pendingCount === 0) return
    const timer = window.setTimeout(() => {
      const current = latest.current
      const count = current.pending.length
      if (count === 0) return
      dispatch({ type: 'save-started', count })
      const request = needsReplace(current.pending)
        ? replaceMap(projectId, mapId, current.version, current.history.present)
        : postMapCommands(
            projectId,
            mapId,
            current.version,
            current.pending.flatMap((edit) => (edit.kind === 'commands' ? edit.commands : [])),
          )
      request.then(
        (saved) => dispatch({ type: 'save-succeeded', count, version: saved.version }),
        (error: unknown) => {
          const theirs = conflictingMap(error)
          if (theirs !== undefined) dispatch({ type: 'conflict', theirs })
          else dispatch({ type: 'save-failed', message: failureMessage(error) })
        },
      )
    }, AUTOSAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [saving, pendingCount, projectId, mapId])

  // Leaving with unsaved edits asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.pending.length > 0) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [])

  const reloadSaved = useCallback(() => {
    fetchMap(projectId, mapId).then(
      (fresh) => dispatch({ type: 'loaded', stored: fresh }),
      (error: unknown) => dispatch({ type: 'save-failed', message: failureMessage(error) }),
    )
  }, [projectId, mapId])

  return { state, map: state.history.present, execute, dispatch, reloadSaved }
}
