import { describe, expect, it } from 'vitest'
import { deepFreeze, journeyMapFixture } from './journey-map.fixture.js'
import type { JourneyMap } from './journey-map.schema.js'
import type { MapCommand } from './map-command.schema.js'
import {
  canRedo,
  canUndo,
  createMapHistory,
  executeMapCommand,
  HISTORY_LIMIT,
  type MapHistory,
  redo,
  undo,
} from './map-history.js'

/** Executes a command that must succeed. */
function execute(history: MapHistory, command: MapCommand): MapHistory {
  const result = executeMapCommand(history, command)
  if (!result.ok) throw new Error(`"${command.type}" was refused: ${JSON.stringify(result.error)}`)
  return result.value
}

const rename = (name: string): MapCommand => ({ type: 'rename-stage', stageId: 'awareness', name })
const stageName = (map: JourneyMap): string | undefined => map.stages[0]?.name

describe('map history', () => {
  it('starts with the map as present and nothing to undo or redo', () => {
    const map = journeyMapFixture()
    const history = createMapHistory(map)
    expect(history).toEqual({ present: map, past: [], future: [] })
    expect(history.present).toBe(map)
    expect(canUndo(history)).toBe(false)
    expect(canRedo(history)).toBe(false)
  })

  it('executes a command: the result becomes the present and the previous map becomes undoable', () => {
    const map = deepFreeze(journeyMapFixture())
    const history = execute(createMapHistory(map), rename('Discovery'))
    expect(stageName(history.present)).toBe('Discovery')
    expect(history.past).toEqual([map])
    expect(history.past[0]).toBe(map)
    expect(history.future).toEqual([])
    expect(canUndo(history)).toBe(true)
  })

  it('returns the refusal of a command and leaves the history to the caller unchanged', () => {
    const history = createMapHistory(deepFreeze(journeyMapFixture()))
    const result = executeMapCommand(history, { type: 'remove-stage', stageId: 'ghost' })
    expect(result).toEqual({ ok: false, error: { code: 'not-found', entity: 'stage', id: 'ghost' } })
    expect(history).toEqual(createMapHistory(journeyMapFixture()))
  })

  it('records nothing for a command that changes nothing', () => {
    const history = execute(createMapHistory(journeyMapFixture()), rename('Discovery'))
    const again = executeMapCommand(history, { type: 'link-persona', personaId: 'persona-anna' })
    expect(again.ok && again.value).toBe(history)
  })

  it('undoes commands one by one, newest first, and redoes them in order', () => {
    const start = createMapHistory(journeyMapFixture())
    const one = execute(start, rename('One'))
    const two = execute(one, rename('Two'))
    const three = execute(two, rename('Three'))

    const undoneOnce = undo(three)
    expect(undoneOnce.present).toBe(two.present)
    expect(undoneOnce.future).toEqual([three.present])
    const undoneTwice = undo(undoneOnce)
    expect(undoneTwice.present).toBe(one.present)
    expect(undoneTwice.future.map(stageName)).toEqual(['Two', 'Three'])
    const undoneAll = undo(undoneTwice)
    expect(undoneAll.present).toBe(start.present)
    expect(canUndo(undoneAll)).toBe(false)
    expect(canRedo(undoneAll)).toBe(true)

    const redoneOnce = redo(undoneAll)
    expect(redoneOnce.present).toBe(one.present)
    const redoneAll = redo(redo(redoneOnce))
    expect(redoneAll.present).toBe(three.present)
    expect(redoneAll.past).toEqual(three.past)
    expect(canRedo(redoneAll)).toBe(false)
  })

  it('clears what could be redone when a new command is executed after an undo', () => {
    const history = execute(execute(createMapHistory(journeyMapFixture()), rename('One')), rename('Two'))
    const undone = undo(history)
    expect(canRedo(undone)).toBe(true)
    const branched = execute(undone, rename('Other'))
    expect(branched.future).toEqual([])
    expect(canRedo(branched)).toBe(false)
    expect(redo(branched)).toBe(branched)
    expect(branched.past.map(stageName)).toEqual(['Awareness', 'One'])
    expect(stageName(branched.present)).toBe('Other')
  })

  it('returns the history as it is when there is nothing to undo or redo', () => {
    const history = createMapHistory(journeyMapFixture())
    expect(undo(history)).toBe(history)
    expect(redo(history)).toBe(history)
  })

  it(`keeps at most ${HISTORY_LIMIT} maps to undo, dropping the oldest`, () => {
    const extra = 5
    let history = createMapHistory(journeyMapFixture())
    for (let n = 1; n <= HISTORY_LIMIT + extra; n++) history = execute(history, rename(`Name ${n}`))
    expect(history.past).toHaveLength(HISTORY_LIMIT)
    expect(stageName(history.past[0] as JourneyMap)).toBe(`Name ${extra}`)

    let undone = history
    for (let n = 0; n < HISTORY_LIMIT; n++) undone = undo(undone)
    expect(canUndo(undone)).toBe(false)
    expect(stageName(undone.present)).toBe(`Name ${extra}`)
    expect(undone.future).toHaveLength(HISTORY_LIMIT)
    expect(undo(undone)).toBe(undone)
  })

  it('does not change the histories it is given', () => {
    const history = execute(createMapHistory(journeyMapFixture()), rename('One'))
    deepFreeze(history)
    const undone = undo(history)
    redo(undone)
    execute(undone, rename('Two'))
    expect(stageName(history.present)).toBe('One')
    expect(history.past).toHaveLength(1)
    expect(history.future).toHaveLength(0)
  })
})
