import { applyMapCommand, findTemplate, type JourneyMap } from '@parcours/core'
import { describe, expect, it } from 'vitest'
import { editorReducer, initialEditorState } from '../../packages/web/src/designer/map-editor-state.js'

/* The designer's state machine without a browser: local edits, autosave bookkeeping, conflicts. */

const template = findTemplate('five-stages')
if (template === undefined) throw new Error('the five-stages template is missing')
const map: JourneyMap = template.build('en').map
const stored = { id: map.id, projectId: 'p', version: 3, updatedAt: '2026-01-01T00:00:00Z', document: map }
const rename = (stageId: string, name: string) => ({ type: 'rename-stage' as const, stageId, name })

describe('editorReducer', () => {
  it('applies an edit at once and queues it for saving; a refused edit changes nothing and says why', () => {
    const edited = editorReducer(initialEditorState(stored), {
      type: 'execute',
      commands: [rename('awareness', 'Discovery')],
    })
    expect(edited.history.present.stages[0]?.name).toBe('Discovery')
    expect(edited.pending).toEqual([{ kind: 'commands', commands: [rename('awareness', 'Discovery')] }])
    const refused = editorReducer(edited, { type: 'execute', commands: [rename('nowhere', 'X')] })
    expect(refused.history).toBe(edited.history)
    expect(refused.pending).toBe(edited.pending)
    expect(refused.refusal).toContain('nowhere')
  })

  it('keeps the edits made while a save was on its way', () => {
    let state = editorReducer(initialEditorState(stored), { type: 'execute', commands: [rename('awareness', 'A')] })
    state = editorReducer(state, { type: 'save-started', count: 1 })
    state = editorReducer(state, { type: 'execute', commands: [rename('decision', 'D')] })
    state = editorReducer(state, { type: 'save-succeeded', count: 1, version: 4 })
    expect(state.version).toBe(4)
    expect(state.save).toEqual({ kind: 'idle' })
    expect(state.pending).toEqual([{ kind: 'commands', commands: [rename('decision', 'D')] }])
  })

  it('turns an undo into a whole-map save, since no command undoes another', () => {
    let state = editorReducer(initialEditorState(stored), { type: 'execute', commands: [rename('awareness', 'A')] })
    state = editorReducer(state, { type: 'undo' })
    expect(state.history.present).toBe(map)
    expect(state.pending.at(-1)).toEqual({ kind: 'replace' })
    state = editorReducer(state, { type: 'redo' })
    expect(state.history.present.stages[0]?.name).toBe('A')
  })

  it('on a conflict, "keep mine" replays my edits on their version and reports those that no longer apply', () => {
    const removed = applyMapCommand(map, { type: 'remove-stage', stageId: 'loyalty' })
    if (!removed.ok) throw new Error('the template has no loyalty stage')
    const theirMap = removed.value
    const theirs = { ...stored, version: 5, document: theirMap }
    let state = editorReducer(initialEditorState(stored), { type: 'execute', commands: [rename('awareness', 'Mine')] })
    state = editorReducer(state, { type: 'execute', commands: [rename('loyalty', 'Gone')] })
    state = editorReducer(state, { type: 'conflict', theirs })
    const kept = editorReducer(state, { type: 'keep-mine' })
    expect(kept.version).toBe(5)
    expect(kept.history.present.stages.map((stage) => stage.name)).toEqual([
      'Mine',
      'Consideration',
      'Decision',
      'Purchase',
    ])
    expect(kept.pending).toEqual([{ kind: 'commands', commands: [rename('awareness', 'Mine')] }])
    expect(kept.refusal).toContain('loyalty')
    const reloaded = editorReducer(state, { type: 'reload-theirs' })
    expect(reloaded.history.present).toBe(theirMap)
    expect(reloaded.pending).toEqual([])
  })
})
