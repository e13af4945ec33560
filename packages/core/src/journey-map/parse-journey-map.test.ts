import { describe, expect, it } from 'vitest'
import type { DocumentProblem } from '../shared/problems.js'
import { checkMapIntegrity } from './check-map-integrity.js'
import { journeyMapFixture } from './journey-map.fixture.js'
import { JOURNEY_MAP_SCHEMA_VERSION, type JourneyMap } from './journey-map.schema.js'
import { MAP_MIGRATIONS, type Migration, migrateMap } from './migrate-map.js'
import { JourneyMapSchema, parseJourneyMap } from './parse-journey-map.js'

/** The fixture after a change, as untrusted JSON would bring it. */
function brokenMap(change: (map: JourneyMap) => void): unknown {
  const map = journeyMapFixture()
  change(map)
  return JSON.parse(JSON.stringify(map))
}

function problemsOf(input: unknown): DocumentProblem[] {
  const result = parseJourneyMap(input)
  if (result.ok) throw new Error('the map was accepted but should have been refused')
  return result.error
}

function emotionLaneOf(map: JourneyMap) {
  const lane = map.lanes[4]
  if (lane?.kind !== 'emotion-curve') throw new Error('the fixture has its emotion lane at lanes[4]')
  return lane
}

describe('parseJourneyMap', () => {
  it('accepts a valid map and returns it unchanged', () => {
    const json = JSON.parse(JSON.stringify(journeyMapFixture())) as unknown
    expect(parseJourneyMap(json)).toEqual({ ok: true, value: journeyMapFixture() })
  })

  it('accepts the smallest valid map', () => {
    const minimal = {
      schemaVersion: 1,
      id: 'empty',
      title: 'Empty',
      objective: '',
      type: 'future',
      status: 'draft',
      locale: 'fr',
      personaIds: [],
      phases: [],
      stages: [],
      lanes: [],
      cells: [],
      touchpoints: [],
      kpis: [],
      links: [],
    }
    expect(parseJourneyMap(minimal)).toEqual({ ok: true, value: minimal })
  })

  it.each([
    [
      'a cell at a stage that was removed',
      (map: JourneyMap) => {
        map.stages = map.stages.filter((stage) => stage.id !== 'awareness')
        map.touchpoints = map.touchpoints.filter((tp) => tp.stageId !== 'awareness')
        map.kpis = map.kpis.filter((kpi) => kpi.id !== 'kpi-ad-ctr')
        emotionLaneOf(map).curves[0]?.points.shift()
      },
      [{ path: 'cells[0].stageId', message: 'unknown stage "awareness"' }],
    ],
    [
      'an id used twice',
      (map: JourneyMap) => {
        map.lanes[0] = { id: 'purchase', title: 'Doing', kind: 'actions' }
        map.cells = map.cells.filter((cell) => cell.laneId !== 'doing')
      },
      [{ path: 'lanes[0].id', message: 'id "purchase" is already used at stages[2].id' }],
    ],
    [
      'a card id that is also a touchpoint id',
      (map: JourneyMap) => {
        const cell = map.cells[2]
        if (cell?.content.kind === 'cards' && cell.content.cards[0]) cell.content.cards[0].id = 'tp-ad'
      },
      [{ path: 'touchpoints[0].id', message: 'id "tp-ad" is already used at cells[2].content.cards[0].id' }],
    ],
    [
      'a cell at a step of another stage',
      (map: JourneyMap) => {
        map.cells.push({
          laneId: 'thinking',
          stageId: 'awareness',
          stepId: 'checkout',
          content: { kind: 'text', text: 'x' },
        })
      },
      [{ path: 'cells[5].stepId', message: 'step "checkout" is not in stage "awareness"' }],
    ],
    [
      'a touchpoint at an unknown step',
      (map: JourneyMap) => {
        if (map.touchpoints[0]) map.touchpoints[0].stepId = 'ghost'
      },
      [{ path: 'touchpoints[0].stepId', message: 'unknown step "ghost"' }],
    ],
    [
      'an emotion value off its scale',
      (map: JourneyMap) => {
        const point = emotionLaneOf(map).curves[0]?.points[2]
        if (point) point.value = -3
      },
      [{ path: 'lanes[4].curves[0].points[2].value', message: '-3 is outside the scale -2…2' }],
    ],
    [
      'two emotion points at the same place',
      (map: JourneyMap) => {
        emotionLaneOf(map).curves[0]?.points.push({ stageId: 'awareness', value: 0 })
      },
      [{ path: 'lanes[4].curves[0].points[3]', message: 'a second point for the same stage and step' }],
    ],
    [
      'a cell in an unknown lane',
      (map: JourneyMap) => {
        if (map.cells[3]) map.cells[3].laneId = 'ghost'
      },
      [{ path: 'cells[3].laneId', message: 'unknown lane "ghost"' }],
    ],
    [
      'two cells at the same place',
      (map: JourneyMap) => {
        map.cells.push({ laneId: 'doing', stageId: 'awareness', content: { kind: 'text', text: 'again' } })
      },
      [{ path: 'cells[5]', message: 'a second cell for the same lane, stage and step' }],
    ],
    [
      'a curve for a persona not linked to the map',
      (map: JourneyMap) => {
        map.personaIds = ['persona-bob']
      },
      [{ path: 'lanes[4].curves[0].personaId', message: 'persona "persona-anna" is not linked to this map' }],
    ],
    [
      'a persona linked twice',
      (map: JourneyMap) => {
        map.personaIds.push('persona-anna')
      },
      [{ path: 'personaIds[2]', message: 'persona "persona-anna" is linked twice' }],
    ],
    [
      'a KPI scoped to an unknown touchpoint',
      (map: JourneyMap) => {
        if (map.kpis[2]) map.kpis[2].appliesTo = { level: 'touchpoint', touchpointId: 'tp-ghost' }
      },
      [{ path: 'kpis[2].appliesTo.touchpointId', message: 'unknown touchpoint "tp-ghost"' }],
    ],
    [
      'a KPI scoped to an unknown stage',
      (map: JourneyMap) => {
        if (map.kpis[1]) map.kpis[1].appliesTo = { level: 'stage', stageId: 'ghost' }
      },
      [{ path: 'kpis[1].appliesTo.stageId', message: 'unknown stage "ghost"' }],
    ],
    [
      'a KPI scale upside down',
      (map: JourneyMap) => {
        if (map.kpis[0]) map.kpis[0].scale = { min: 10, max: 10 }
      },
      [{ path: 'kpis[0].scale.max', message: 'max must be above min' }],
    ],
    [
      'cards in a text lane',
      (map: JourneyMap) => {
        if (map.cells[0]) map.cells[0].content = { kind: 'cards', cards: [] }
      },
      [{ path: 'cells[0].content.kind', message: 'actions lanes hold text or list, not cards' }],
    ],
    [
      'a cell in an emotion-curve lane',
      (map: JourneyMap) => {
        map.cells.push({ laneId: 'emotions', stageId: 'awareness', content: { kind: 'text', text: 'Happy' } })
      },
      [{ path: 'cells[5].content.kind', message: 'emotion-curve lanes have no cells' }],
    ],
    [
      'a card naming an unknown step',
      (map: JourneyMap) => {
        const cell = map.cells[2]
        if (cell?.content.kind === 'cards' && cell.content.cards[0])
          cell.content.cards[0].stepIds = ['checkout', 'ghost']
      },
      [{ path: 'cells[2].content.cards[0].stepIds[1]', message: 'unknown step "ghost"' }],
    ],
    [
      'a stage in an unknown phase',
      (map: JourneyMap) => {
        if (map.stages[1]) map.stages[1].phaseId = 'ghost'
      },
      [{ path: 'stages[1].phaseId', message: 'unknown phase "ghost"' }],
    ],
    [
      'a link to the map itself',
      (map: JourneyMap) => {
        map.links.push({ mapId: 'map-onboarding', relation: 'related' })
      },
      [{ path: 'links[1].mapId', message: 'a map cannot link to itself' }],
    ],
    [
      'a link zooming into an unknown stage',
      (map: JourneyMap) => {
        if (map.links[0]) map.links[0].stageId = 'ghost'
      },
      [{ path: 'links[0].stageId', message: 'unknown stage "ghost"' }],
    ],
  ] satisfies [string, (map: JourneyMap) => void, DocumentProblem[]][])(
    'refuses %s with the JSON path of the problem',
    (_, change, problems) => {
      expect(problemsOf(brokenMap(change))).toEqual(problems)
    },
  )

  it('reports every dangling reference when a stage is removed without what hangs on it', () => {
    const problems = problemsOf(
      brokenMap((map) => {
        map.stages = map.stages.filter((stage) => stage.id !== 'purchase')
      }),
    )
    expect(problems).toContainEqual({ path: 'cells[1].stageId', message: 'unknown stage "purchase"' })
    expect(problems).toContainEqual({ path: 'cells[2].stageId', message: 'unknown stage "purchase"' })
    expect(problems).toContainEqual({
      path: 'lanes[4].curves[0].points[2].stageId',
      message: 'unknown stage "purchase"',
    })
    expect(problems).toContainEqual({ path: 'touchpoints[2].stageId', message: 'unknown stage "purchase"' })
    expect(problems).toContainEqual({ path: 'links[0].stageId', message: 'unknown stage "purchase"' })
    expect(problems).toContainEqual({
      path: 'cells[2].content.cards[0].stepIds[0]',
      message: 'unknown step "checkout"',
    })
    expect(problems).toHaveLength(6)
  })

  it('reports the problems of the shape with their paths, first, then those of integrity', () => {
    const problems = problemsOf(
      brokenMap((map) => {
        map.title = ''
        if (map.stages[2]) map.stages[2].id = 'Purchase'
        map.cells.push({ laneId: 'ghost', stageId: 'awareness', content: { kind: 'text', text: 'x' } })
      }),
    )
    expect(problems.slice(0, 2)).toEqual([
      { path: 'title', message: expect.stringContaining('>=1') },
      { path: 'stages[2].id', message: expect.stringContaining('a–z') },
    ])
    expect(problems).toContainEqual({ path: 'cells[5].laneId', message: 'unknown lane "ghost"' })
    expect(problems).toContainEqual({ path: 'touchpoints[2].stageId', message: 'unknown stage "purchase"' })
  })

  it('refuses a document without its lists without throwing', () => {
    const { stages: _stages, ...withoutStages } = journeyMapFixture()
    expect(problemsOf(withoutStages)).toEqual([{ path: 'stages', message: expect.stringContaining('expected array') }])
  })

  it('refuses an emotion scale whose min is not below its max', () => {
    const problems = problemsOf(
      brokenMap((map) => {
        emotionLaneOf(map).scale = { min: 2, max: -2 }
        emotionLaneOf(map).curves = []
      }),
    )
    expect(problems).toEqual([{ path: 'lanes[4].scale.max', message: 'min must be below max' }])
  })

  it('reports the same problems through JourneyMapSchema as checkMapIntegrity, with real paths', () => {
    const map = brokenMap((broken) => {
      if (broken.cells[1]) broken.cells[1].stageId = 'ghost'
      if (broken.kpis[3]) broken.kpis[3].appliesTo = { level: 'touchpoint', touchpointId: 'ghost' }
    }) as JourneyMap
    const parsed = JourneyMapSchema.safeParse(map)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((issue) => ({ path: issue.path, message: issue.message }))).toEqual([
      { path: ['cells', 1, 'stageId'], message: 'unknown stage "ghost"' },
      { path: ['kpis', 3, 'appliesTo', 'touchpointId'], message: 'unknown touchpoint "ghost"' },
    ])
    expect(checkMapIntegrity(map)).toEqual([
      { path: 'cells[1].stageId', message: 'unknown stage "ghost"' },
      { path: 'kpis[3].appliesTo.touchpointId', message: 'unknown touchpoint "ghost"' },
    ])
  })

  it('refuses a map from a newer Parcours before reading it', () => {
    expect(problemsOf({ ...journeyMapFixture(), schemaVersion: JOURNEY_MAP_SCHEMA_VERSION + 1 })).toEqual([
      {
        path: 'schemaVersion',
        message: `version ${JOURNEY_MAP_SCHEMA_VERSION + 1} is newer than this Parcours reads (${JOURNEY_MAP_SCHEMA_VERSION}): upgrade Parcours`,
      },
    ])
  })
})

describe('migrateMap', () => {
  it.each([null, 'a map', 42, [], [journeyMapFixture()], undefined])(
    'refuses %j: a journey map is a JSON object',
    (input) => {
      expect(migrateMap(input)).toEqual({
        ok: false,
        error: [{ path: '$', message: 'a journey map is a JSON object' }],
      })
    },
  )

  it.each([
    ['missing', {}],
    ['a string', { schemaVersion: '1' }],
    ['zero', { schemaVersion: 0 }],
    ['negative', { schemaVersion: -1 }],
    ['a fraction', { schemaVersion: 1.5 }],
    ['not a number', { schemaVersion: Number.NaN }],
    ['null', { schemaVersion: null }],
  ])('refuses a schemaVersion that is %s', (_, input) => {
    expect(migrateMap(input)).toEqual({
      ok: false,
      error: [{ path: 'schemaVersion', message: `expected a schema version from 1 to ${JOURNEY_MAP_SCHEMA_VERSION}` }],
    })
  })

  it('refuses a version newer than the one it reads, saying to upgrade', () => {
    expect(migrateMap({ schemaVersion: 4 }, {}, 3)).toEqual({
      ok: false,
      error: [{ path: 'schemaVersion', message: 'version 4 is newer than this Parcours reads (3): upgrade Parcours' }],
    })
  })

  it('returns a document of the current version as it is', () => {
    const map = journeyMapFixture()
    const result = migrateMap(map)
    expect(result.ok && result.value).toBe(map)
  })

  it('has no migration yet, version 1 being the first format', () => {
    expect(JOURNEY_MAP_SCHEMA_VERSION).toBe(1)
    expect(MAP_MIGRATIONS).toEqual({})
  })

  describe('with injected migrations', () => {
    /** A fake format history: v2 renames `name` to `title`, v3 adds `tags`. */
    const calls: number[] = []
    const migrations: Record<number, Migration> = {
      1: (document) => {
        calls.push(1)
        const { name, ...rest } = document
        return { ...rest, title: name }
      },
      2: (document) => {
        calls.push(2)
        return { ...document, tags: [] }
      },
    }

    it.each([
      [1, [1, 2]],
      [2, [2]],
      [3, []],
    ])('brings a version %i document up to version 3, one step at a time (%j)', (from, steps) => {
      calls.length = 0
      const input =
        from === 1
          ? { schemaVersion: 1, name: 'Old' }
          : from === 2
            ? { schemaVersion: 2, title: 'Old' }
            : { schemaVersion: 3, title: 'Old', tags: [] }
      expect(migrateMap(input, migrations, 3)).toEqual({
        ok: true,
        value: { schemaVersion: 3, title: 'Old', tags: [] },
      })
      expect(calls).toEqual(steps)
    })

    it('sets the schema version after each step, whatever the step returns', () => {
      const seen: unknown[] = []
      const result = migrateMap(
        { schemaVersion: 1 },
        {
          1: (document) => {
            seen.push(document.schemaVersion)
            return { stray: true }
          },
          2: (document) => {
            seen.push(document.schemaVersion)
            return { ...document, schemaVersion: 99 }
          },
        },
        3,
      )
      expect(seen).toEqual([1, 2])
      expect(result).toEqual({ ok: true, value: { stray: true, schemaVersion: 3 } })
    })

    it('does not change the document it is given', () => {
      const input = { schemaVersion: 1, name: 'Old' }
      migrateMap(input, migrations, 3)
      expect(input).toEqual({ schemaVersion: 1, name: 'Old' })
    })

    it('refuses a document when a step of the chain is missing', () => {
      expect(migrateMap({ schemaVersion: 1 }, { 1: (document) => document }, 3)).toEqual({
        ok: false,
        error: [{ path: 'schemaVersion', message: 'no migration from version 2 to 3' }],
      })
    })
  })
})
