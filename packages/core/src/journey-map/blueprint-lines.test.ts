import { describe, expect, it } from 'vitest'
import { blueprintLines } from './blueprint-lines.js'
import type { JourneyMap, Lane } from './journey-map.schema.js'

const mapWith = (lanes: Lane[]): JourneyMap => ({
  schemaVersion: 1,
  id: 'm',
  title: 'Blueprint',
  objective: '',
  type: 'blueprint',
  status: 'draft',
  locale: 'en',
  personaIds: [],
  phases: [],
  stages: [],
  lanes,
  cells: [],
  touchpoints: [],
  kpis: [],
  links: [],
})

describe('blueprintLines', () => {
  it('draws each line above the first lane of its zone', () => {
    const lines = blueprintLines(
      mapWith([
        { id: 'actions', kind: 'actions', title: 'Customer actions' },
        { id: 'front', kind: 'blueprint', title: 'Staff', zone: 'frontstage', area: 'people' },
        { id: 'front-2', kind: 'blueprint', title: 'Front actions', zone: 'frontstage', area: 'actions' },
        { id: 'back', kind: 'blueprint', title: 'Back office', zone: 'backstage', area: 'processes' },
        { id: 'support', kind: 'blueprint', title: 'IT', zone: 'support', area: 'technology' },
      ]),
    )
    expect(lines).toEqual({ interaction: 1, visibility: 3, internalInteraction: 4 })
  })

  it('has no line for a zone the map does not use', () => {
    expect(blueprintLines(mapWith([{ id: 'actions', kind: 'actions', title: 'Actions' }]))).toEqual({})
    expect(
      blueprintLines(
        mapWith([{ id: 'back', kind: 'blueprint', title: 'Back office', zone: 'backstage', area: 'people' }]),
      ),
    ).toEqual({ visibility: 0 })
  })
})
