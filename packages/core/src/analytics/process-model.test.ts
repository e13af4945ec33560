import { describe, expect, it } from 'vitest'
import {
  buildProcessModel,
  MAX_STAGE_STATES,
  type ProcessModelSpec,
  requiredStepCount,
  stageStateCount,
} from './process-model.js'

const twoStages: ProcessModelSpec = {
  stages: [
    { id: 'browse', name: 'Browse', touchpoints: [{ id: 'search' }, { id: 'page', repeatable: false }] },
    {
      id: 'buy',
      touchpoints: [
        { id: 'cart', required: true, channel: 'web' },
        { id: 'relay', required: true },
        { id: 'store', required: true },
      ],
    },
  ],
  alternatives: [['store', 'relay']],
  loops: [{ from: 'buy', to: 'browse' }],
}

describe('buildProcessModel', () => {
  it('indexes touchpoints in stage order and fills the defaults', () => {
    const built = buildProcessModel(twoStages)
    expect(built.ok).toBe(true)
    if (!built.ok) return
    const model = built.value
    expect(model.touchpoints.map((t) => t.id)).toEqual(['search', 'page', 'cart', 'relay', 'store'])
    expect(model.stages.map((s) => [s.id, s.name, s.touchpoints])).toEqual([
      ['browse', 'Browse', [0, 1]],
      ['buy', 'buy', [2, 3, 4]],
    ])
    expect(model.touchpoints[0]).toEqual({
      id: 'search',
      name: 'search',
      stage: 0,
      channel: 'other',
      selector: { events: ['search'] },
      required: false,
      repeatable: true,
      alternative: -1,
    })
    expect(model.alternatives).toEqual([{ stage: 1, touchpoints: [3, 4], required: true }])
    expect(model.touchpoints.map((t) => t.alternative)).toEqual([-1, -1, -1, 0, 0])
    expect(model.loops).toEqual([{ from: 1, to: 0 }])
    expect(model.unboundTouchpointIds).toEqual([])
  })

  it('counts the shortest run as required touchpoints outside groups plus required groups', () => {
    const built = buildProcessModel(twoStages)
    if (!built.ok) throw new Error(built.error.message)
    expect(requiredStepCount(built.value)).toBe(2)
    // browse: page once-only → 2 states; buy: cart required (2) × group of 2 (3) → 6 states
    expect(stageStateCount(built.value, 0)).toBe(2)
    expect(stageStateCount(built.value, 1)).toBe(6)
  })

  const stage = (id: string, ids: string[]) => ({ id, touchpoints: ids.map((t) => ({ id: t })) })
  const failures: { name: string; spec: ProcessModelSpec; code: string }[] = [
    {
      name: 'a touchpoint id used twice',
      spec: { stages: [stage('a', ['x']), stage('b', ['x'])] },
      code: 'duplicate-touchpoint',
    },
    {
      name: 'a stage id used twice',
      spec: { stages: [stage('a', ['x']), stage('a', ['y'])] },
      code: 'duplicate-stage',
    },
    {
      name: 'an alternative naming an unknown touchpoint',
      spec: { stages: [stage('a', ['x'])], alternatives: [['x', 'nope']] },
      code: 'unknown-touchpoint',
    },
    {
      name: 'an alternative spanning two stages',
      spec: { stages: [stage('a', ['x']), stage('b', ['y'])], alternatives: [['x', 'y']] },
      code: 'alternative-across-stages',
    },
    {
      name: 'a touchpoint in two alternative groups',
      spec: {
        stages: [stage('a', ['x', 'y', 'z'])],
        alternatives: [
          ['x', 'y'],
          ['y', 'z'],
        ],
      },
      code: 'touchpoint-in-two-alternatives',
    },
    {
      name: 'a loop to an unknown stage',
      spec: { stages: [stage('a', ['x'])], loops: [{ from: 'a', to: 'nope' }] },
      code: 'unknown-stage',
    },
    {
      name: 'a loop that goes forward',
      spec: { stages: [stage('a', ['x']), stage('b', ['y'])], loops: [{ from: 'a', to: 'b' }] },
      code: 'loop-forward',
    },
    {
      name: `a stage needing more than ${MAX_STAGE_STATES} automaton states`,
      spec: {
        stages: [{ id: 'a', touchpoints: Array.from({ length: 13 }, (_, k) => ({ id: `t${k}`, repeatable: false })) }],
      },
      code: 'stage-too-large',
    },
  ]
  it.each(failures)('rejects $name', ({ spec, code }) => {
    const built = buildProcessModel(spec)
    expect(built.ok).toBe(false)
    if (!built.ok) expect(built.error.code).toBe(code)
  })
})
