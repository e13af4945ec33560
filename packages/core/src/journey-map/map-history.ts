import { ok, type Result } from '../shared/result.js'
import { applyMapCommand, type MapCommandError } from './apply-map-command.js'
import type { JourneyMap } from './journey-map.schema.js'
import type { MapCommand } from './map-command.schema.js'

/** An editing session: the map now, the maps before it (for undo) and after it (for redo). */
export interface MapHistory {
  readonly present: JourneyMap
  readonly past: readonly JourneyMap[]
  readonly future: readonly JourneyMap[]
}

/** How many steps back undo can go; older states are dropped. */
export const HISTORY_LIMIT = 200

export function createMapHistory(map: JourneyMap): MapHistory {
  return { present: map, past: [], future: [] }
}

/** Applies a command; on success the previous map becomes undoable and the redo list is cleared. */
export function executeMapCommand(history: MapHistory, command: MapCommand): Result<MapHistory, MapCommandError> {
  const next = applyMapCommand(history.present, command)
  if (!next.ok) return next
  if (next.value === history.present) return ok(history)
  return ok({ present: next.value, past: [...history.past, history.present].slice(-HISTORY_LIMIT), future: [] })
}

export const canUndo = (history: MapHistory): boolean => history.past.length > 0
export const canRedo = (history: MapHistory): boolean => history.future.length > 0

/** Goes one edit back; without anything to undo the history is returned as it is. */
export function undo(history: MapHistory): MapHistory {
  const previous = history.past.at(-1)
  if (previous === undefined) return history
  return { present: previous, past: history.past.slice(0, -1), future: [history.present, ...history.future] }
}

/** Re-applies the edit last undone. */
export function redo(history: MapHistory): MapHistory {
  const [next, ...rest] = history.future
  if (next === undefined) return history
  return { present: next, past: [...history.past, history.present], future: rest }
}
