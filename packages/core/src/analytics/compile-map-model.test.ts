import { describe, expect, it } from 'vitest'
import { journeyMapFixture } from '../journey-map/journey-map.fixture.js'
import type { JourneyMap, Touchpoint } from '../journey-map/journey-map.schema.js'
import { findTemplate, TEMPLATES } from '../journey-map/templates/all-templates.js'
import { compileMapModel } from './compile-map-model.js'
import { requiredStepCount } from './process-model.js'

function nineSteps(): JourneyMap {
  const template = findTemplate('nine-steps')
  if (template === undefined) throw new Error('nine-steps template missing')
  return template.build('en').map
}

describe('compileMapModel', () => {
  it('turns the map stages into model stages and bound touchpoints into activities', () => {
    const compiled = compileMapModel(journeyMapFixture())
    expect(compiled.ok).toBe(true)
    if (!compiled.ok) return
    const model = compiled.value
    expect(model.stages.map((stage) => [stage.id, stage.touchpoints])).toEqual([
      ['awareness', [0]],
      ['consideration', [1]],
      ['purchase', [2]],
    ])
    expect(model.touchpoints.map((t) => [t.id, t.channel, t.required, t.repeatable])).toEqual([
      ['tp-ad', 'social', false, true],
      ['tp-pricing', 'web', false, true],
      ['tp-checkout', 'web', true, true],
    ])
    expect(model.touchpoints[2]?.selector).toEqual({ events: ['Order Completed'], channels: ['web', 'app'] })
    expect(model.loops).toEqual([])
    expect(model.alternatives).toEqual([])
  })

  it('compiles the nine-steps template: stages in order, unbound touchpoints set aside', () => {
    const map = nineSteps()
    const compiled = compileMapModel(map)
    expect(compiled.ok).toBe(true)
    if (!compiled.ok) return
    const model = compiled.value
    expect(model.stages.map((stage) => stage.id)).toEqual(map.stages.map((stage) => stage.id))
    expect(model.unboundTouchpointIds).toEqual(['tp-store-workshop', 'tp-ugc'])
    expect(model.touchpoints).toHaveLength(map.touchpoints.length - 2)
    expect(model.touchpoints.filter((t) => t.required).map((t) => t.id)).toEqual(['tp-add-to-cart', 'tp-checkout'])
    expect(requiredStepCount(model)).toBe(2)
    for (const touchpoint of model.touchpoints) {
      expect(model.stages[touchpoint.stage]?.id).toBe(map.touchpoints.find((t) => t.id === touchpoint.id)?.stageId)
    }
  })

  it.each(TEMPLATES.map((template) => template.id))('compiles the %s template', (id) => {
    const map = findTemplate(id)?.build('fr').map as JourneyMap
    const compiled = compileMapModel(map)
    if (map.touchpoints.some((t) => t.selector !== undefined)) expect(compiled.ok).toBe(true)
    else expect(compiled.ok).toBe(false)
  })

  it('makes required touchpoints that share a step alternatives of one required step', () => {
    const map = nineSteps()
    const pickup = (t: Touchpoint): Touchpoint =>
      t.id === 'tp-relay-point' || t.id === 'tp-store-pickup' ? { ...t, isRequired: true } : t
    const compiled = compileMapModel({ ...map, touchpoints: map.touchpoints.map(pickup) })
    if (!compiled.ok) throw new Error(compiled.error.message)
    const ids = (group: { touchpoints: readonly number[] }) =>
      group.touchpoints.map((t) => compiled.value.touchpoints[t]?.id)
    expect(compiled.value.alternatives.map(ids)).toEqual([['tp-relay-point', 'tp-store-pickup']])
    expect(compiled.value.alternatives[0]?.required).toBe(true)
    expect(requiredStepCount(compiled.value)).toBe(3)
  })

  it('takes once-only touchpoints, explicit alternatives and loops as options', () => {
    const compiled = compileMapModel(nineSteps(), {
      onceOnly: ['tp-checkout'],
      alternatives: [['tp-relay-point', 'tp-store-pickup']],
      loops: [{ from: 'loyalty', to: 'need' }],
    })
    if (!compiled.ok) throw new Error(compiled.error.message)
    const model = compiled.value
    expect(model.touchpoints.find((t) => t.id === 'tp-checkout')?.repeatable).toBe(false)
    expect(model.alternatives).toHaveLength(1)
    expect(model.alternatives[0]?.required).toBe(false)
    expect(model.loops).toEqual([{ from: model.stages.length - 1, to: 0 }])
  })

  const failures: {
    name: string
    map: () => JourneyMap
    options?: Parameters<typeof compileMapModel>[1]
    code: string
  }[] = [
    {
      name: 'a map without touchpoints',
      map: () => ({ ...journeyMapFixture(), touchpoints: [] }),
      code: 'no-touchpoints',
    },
    {
      name: 'a map whose touchpoints have no selector',
      map: () => {
        const map = journeyMapFixture()
        return { ...map, touchpoints: map.touchpoints.map(({ selector: _, ...t }) => t) }
      },
      code: 'no-bound-touchpoints',
    },
    {
      name: 'a touchpoint in a stage the map does not have',
      map: () => {
        const map = journeyMapFixture()
        return { ...map, touchpoints: map.touchpoints.map((t) => ({ ...t, stageId: 'nowhere' })) }
      },
      code: 'unknown-stage',
    },
    {
      name: 'a once-only option naming no bound touchpoint',
      map: journeyMapFixture,
      options: { onceOnly: ['nope'] },
      code: 'unknown-touchpoint',
    },
    {
      name: 'a loop option going forward',
      map: journeyMapFixture,
      options: { loops: [{ from: 'awareness', to: 'purchase' }] },
      code: 'loop-forward',
    },
  ]
  it.each(failures)('fails with a clear error for $name', ({ map, options, code }) => {
    const compiled = compileMapModel(map(), options)
    expect(compiled.ok).toBe(false)
    if (!compiled.ok) {
      expect(compiled.error.code).toBe(code)
      expect(compiled.error.message.length).toBeGreaterThan(10)
    }
  })
})
