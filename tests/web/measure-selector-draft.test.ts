import { describe, expect, it } from 'vitest'
import type { EventCatalog } from '../../packages/web/src/api/measure.js'
import {
  type ConditionDraft,
  draftOfSelector,
  selectorOfDraft,
  typedValue,
} from '../../packages/web/src/measure/selector-draft.js'

const catalog: EventCatalog = {
  events: 10,
  customers: 3,
  names: [{ name: 'Order Completed', events: 10, customers: 3 }],
  channels: [{ channel: 'web', events: 10 }],
  properties: [
    {
      path: 'properties.total',
      events: 10,
      values: [
        { value: 120, events: 2 },
        { value: 15, events: 1 },
      ],
    },
    { path: 'properties.code', events: 4, values: [{ value: '12', events: 4 }] },
    { path: 'properties.gift', events: 3, values: [{ value: true, events: 3 }] },
    { path: 'properties.plan', events: 5, values: [{ value: 'gold', events: 5 }] },
  ],
  limits: { names: 500, properties: 50, valuesPerProperty: 20 },
}

const withCondition = (condition: ConditionDraft) => ({
  events: ['Order Completed'],
  channels: [],
  conditions: [condition],
})

describe('typedValue', () => {
  it.each([
    { text: '120', property: 'properties.total', expected: 120, why: 'a known number stays a number' },
    { text: '99', property: 'properties.total', expected: 99, why: 'a property of numbers reads numbers' },
    { text: '12', property: 'properties.code', expected: '12', why: 'a known text stays a text' },
    { text: 'true', property: 'properties.gift', expected: true, why: 'a property of booleans reads booleans' },
    { text: 'silver', property: 'properties.plan', expected: 'silver', why: 'an unknown text is a text' },
    { text: '7', property: 'properties.unknown', expected: '7', why: 'an unknown property reads text' },
  ])('$why: $text → $expected', ({ text, property, expected }) => {
    expect(typedValue(text, property, catalog)).toEqual(expected)
  })
})

describe('selectorOfDraft', () => {
  it.each([
    {
      why: 'no event is no selector',
      draft: { events: [], channels: [], conditions: [] },
      expected: { problem: { kind: 'no-event' } },
    },
    {
      why: 'channels and conditions are left out when empty',
      draft: { events: ['Order Completed'], channels: [], conditions: [] },
      expected: { selector: { events: ['Order Completed'] } },
    },
    {
      why: 'a condition without a property is left out',
      draft: withCondition({ property: ' ', op: 'eq', text: 'gold' }),
      expected: { selector: { events: ['Order Completed'] } },
    },
    {
      why: 'an ordering operator needs a number',
      draft: withCondition({ property: 'properties.total', op: 'gt', text: 'many' }),
      expected: { problem: { kind: 'number-needed', index: 0 } },
    },
    {
      why: 'an ordering operator reads the number',
      draft: withCondition({ property: 'properties.total', op: 'gte', text: '50' }),
      expected: {
        selector: { events: ['Order Completed'], where: [{ op: 'gte', property: 'properties.total', value: 50 }] },
      },
    },
    {
      why: '`in` splits on commas and types each value',
      draft: withCondition({ property: 'properties.total', op: 'in', text: '120, 15,' }),
      expected: {
        selector: {
          events: ['Order Completed'],
          where: [{ op: 'in', property: 'properties.total', values: [120, 15] }],
        },
      },
    },
    {
      why: '`exists` takes no value',
      draft: withCondition({ property: 'properties.plan', op: 'exists', text: 'ignored' }),
      expected: { selector: { events: ['Order Completed'], where: [{ op: 'exists', property: 'properties.plan' }] } },
    },
    {
      why: '`contains` keeps the text as typed',
      draft: withCondition({ property: 'properties.code', op: 'contains', text: '1' }),
      expected: {
        selector: { events: ['Order Completed'], where: [{ op: 'contains', property: 'properties.code', value: '1' }] },
      },
    },
  ])('$why', ({ draft, expected }) => {
    expect(selectorOfDraft(draft as Parameters<typeof selectorOfDraft>[0], catalog)).toEqual(expected)
  })

  it('gives back the selector a draft was made from', () => {
    const selector = {
      events: ['Order Completed', 'Checkout Started'],
      channels: ['web' as const],
      where: [
        { op: 'eq' as const, property: 'properties.code', value: '12' },
        { op: 'lt' as const, property: 'properties.total', value: 100 },
        { op: 'in' as const, property: 'properties.plan', values: ['gold', 'silver'] },
      ],
    }
    expect(selectorOfDraft(draftOfSelector(selector), catalog)).toEqual({ selector })
  })
})
