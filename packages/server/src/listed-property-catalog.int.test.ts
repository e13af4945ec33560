import type { NewEvent, ParcoursStore } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createListedPropertyCatalog } from './listed-property-catalog.js'

// The catalog computed from `list` (what the ClickHouse store gets) against DuckDB's own, on the
// same events in one DuckDB store.

let store: ParcoursStore
beforeAll(async () => {
  store = await createDuckDbStore({ path: ':memory:' })
})
afterAll(async () => {
  await store.close()
})

const keys = fc.constantFrom('plan', 'total', 'Plan', 'été', 'a', 'é', '😀', 'zz', 'ok')
const scalars = fc.oneof(
  fc.constantFrom('free', 'gold', '12', 'true', 'Été', 'été', 'z', '😀', '', 'a\u0000b', 'l\'été "x" \\'),
  fc.constantFrom(12, -3, 0, -0, 1.5, 0.1, 1e21, 1e-7, 2 ** 53 + 2, 1e300, 100),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ nested: 1 }),
  fc.constant([1, 2]),
)
const events = fc.array(
  fc.record({
    type: fc.constantFrom('track', 'track', 'page', 'identify', 'group'),
    properties: fc.dictionary(keys, scalars, { maxKeys: 4 }),
  }),
  { maxLength: 60 },
)

let run = 0
const track = (index: number, properties: NewEvent['properties']): NewEvent => ({
  messageId: `m${index}`,
  type: 'track',
  name: 'E',
  anonymousId: null,
  userId: 'u',
  timestamp: index,
  channel: null,
  properties,
  traits: {},
  context: {},
})

describe('createListedPropertyCatalog', () => {
  const ties: [string, NewEvent['properties'][], unknown[]][] = [
    ['exponents as DuckDB writes them (1e-7 before 1e21)', [{ x: 1e21 }, { x: 1e-7 }], [1e-7, 1e21]],
    ['code points, not locale (Z before a before é)', [{ x: 'é' }, { x: 'a' }, { x: 'Z' }], ['Z', 'a', 'é']],
    ['the number 12 before the text "12"', [{ x: '12' }, { x: 12 }], [12, '12']],
  ]
  for (const [what, properties, order] of ties)
    it(`orders equal counts by ${what}`, async () => {
      const projectId = `t${run++}`
      await store.events.append(
        projectId,
        properties.map((value, index) => track(index, value)),
      )
      const listed = await createListedPropertyCatalog(store.events).propertyCatalog(projectId, {
        keys: 5,
        valuesPerKey: 5,
      })
      expect(listed[0]?.values.map((value) => value.value)).toEqual(order)
      expect(listed).toEqual(await store.propertyCatalog.propertyCatalog(projectId, { keys: 5, valuesPerKey: 5 }))
    })

  it('equals the DuckDB catalog on random events (ties, types, unicode, limits)', async () => {
    await fc.assert(
      fc.asyncProperty(
        events,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        async (drawn, keyLimit, valueLimit) => {
          const projectId = `p${run++}`
          const stored: NewEvent[] = drawn.map((event, index) => ({
            ...track(index, event.properties as NewEvent['properties']),
            type: event.type as NewEvent['type'],
          }))
          await store.events.append(projectId, stored)
          const limits = { keys: keyLimit, valuesPerKey: valueLimit }
          const listed = await createListedPropertyCatalog(store.events).propertyCatalog(projectId, limits)
          const expected = await store.propertyCatalog.propertyCatalog(projectId, limits)
          expect(listed).toEqual(expected)
          // -0 and 0 are one value, as in JSON
          expect(JSON.stringify(listed)).toBe(JSON.stringify(expected))
        },
      ),
      { seed: 20261122, numRuns: 150 },
    )
  })
})
