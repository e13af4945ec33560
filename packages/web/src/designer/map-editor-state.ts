import {
  applyMapCommand,
  createMapHistory,
  describeMapCommandError,
  type JourneyMap,
  type MapCommand,
  type MapHistory,
  redo,
  undo,
} from '@parcours/core'
import type { StoredMap } from '../api/designer.js'

/**
 * An edit waiting to be saved: a command the server can replay, or `replace` after an undo or redo
 * (there is no inverse command, so the whole map is sent).
 */
export type PendingEdit =
  | { readonly kind: 'commands'; readonly commands: readonly MapCommand[] }
  | { readonly kind: 'replace' }

/** Where autosave stands. */
export type SavePhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly count: number }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'conflict'; readonly theirs: StoredMap }

/** Everything the designer edits: the local history, the server version it is based on, what is left to save. */
export interface EditorState {
  readonly history: MapHistory
  readonly version: number
  readonly pending: readonly PendingEdit[]
  readonly save: SavePhase
  /** Why the last edit was refused (the map did not change). */
  readonly refusal?: string
}

export type EditorAction =
  | { readonly type: 'execute'; readonly commands: readonly MapCommand[] }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'save-started'; readonly count: number }
  | { readonly type: 'save-succeeded'; readonly count: number; readonly version: number }
  | { readonly type: 'save-failed'; readonly message: string }
  | { readonly type: 'conflict'; readonly theirs: StoredMap }
  | { readonly type: 'reload-theirs' }
  | { readonly type: 'keep-mine' }
  | { readonly type: 'retry' }
  | { readonly type: 'loaded'; readonly stored: StoredMap }
  | { readonly type: 'dismiss-refusal' }

/** A fresh editing session on a map read from the server. */
export function initialEditorState(stored: StoredMap): EditorState {
  return { history: createMapHistory(stored.document), version: stored.version, pending: [], save: { kind: 'idle' } }
}

/** Applies commands in order, all or none; a refusal says which one failed and why. */
export function applyAll(
  map: JourneyMap,
  commands: readonly MapCommand[],
): { readonly ok: true; readonly map: JourneyMap } | { readonly ok: false; readonly message: string } {
  let next = map
  for (const command of commands) {
    const applied = applyMapCommand(next, command)
    if (!applied.ok) return { ok: false, message: `${command.type}: ${describeMapCommandError(applied.error)}` }
    next = applied.value
  }
  return { ok: true, map: next }
}

/** True when what remains to save needs the whole map sent (an undo or redo is among it). */
export const needsReplace = (pending: readonly PendingEdit[]) => pending.some((edit) => edit.kind === 'replace')

/** The designer's state machine: local edits with undo/redo, and the autosave cycle with its conflicts. */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { refusal: _refusal, ...rest } = state
  switch (action.type) {
    case 'execute': {
      const applied = applyAll(state.history.present, action.commands)
      if (!applied.ok) return { ...state, refusal: applied.message }
      if (applied.map === state.history.present) return rest
      const history: MapHistory = {
        present: applied.map,
        past: [...state.history.past, state.history.present].slice(-200),
        future: [],
      }
      // A new edit after a failed save tries again.
      const save = state.save.kind === 'error' ? { kind: 'idle' as const } : state.save
      return { ...rest, history, save, pending: [...state.pending, { kind: 'commands', commands: action.commands }] }
    }
    case 'undo':
    case 'redo': {
      const history = action.type === 'undo' ? undo(state.history) : redo(state.history)
      if (history === state.history) return rest
      return { ...rest, history, pending: [...state.pending, { kind: 'replace' }] }
    }
    case 'save-started':
      return { ...state, save: { kind: 'saving', count: action.count } }
    case 'save-succeeded':
      return { ...state, version: action.version, pending: state.pending.slice(action.count), save: { kind: 'idle' } }
    case 'save-failed':
      return { ...state, save: { kind: 'error', message: action.message } }
    case 'conflict':
      return { ...state, save: { kind: 'conflict', theirs: action.theirs } }
    case 'reload-theirs': {
      if (state.save.kind !== 'conflict') return state
      return initialEditorState(state.save.theirs)
    }
    case 'keep-mine': {
      if (state.save.kind !== 'conflict') return state
      const theirs = state.save.theirs
      if (needsReplace(state.pending)) {
        // An undo or redo cannot be replayed as commands: my whole map replaces theirs.
        return { ...rest, version: theirs.version, pending: [{ kind: 'replace' }], save: { kind: 'idle' } }
      }
      // Replay my pending commands on their version, one edit at a time (each stays undoable).
      let history = createMapHistory(theirs.document)
      const replayed: PendingEdit[] = []
      const refused: string[] = []
      for (const edit of state.pending) {
        if (edit.kind !== 'commands') continue
        const applied = applyAll(history.present, edit.commands)
        if (!applied.ok) {
          refused.push(applied.message)
          continue
        }
        history = { present: applied.map, past: [...history.past, history.present], future: [] }
        replayed.push(edit)
      }
      return {
        history,
        version: theirs.version,
        pending: replayed,
        save: { kind: 'idle' },
        ...(refused.length === 0 ? {} : { refusal: refused.join('; ') }),
      }
    }
    case 'retry':
      return state.save.kind === 'error' ? { ...state, save: { kind: 'idle' } } : state
    case 'loaded':
      return initialEditorState(action.stored)
    case 'dismiss-refusal':
      return rest
    default:
      return state
  }
}
