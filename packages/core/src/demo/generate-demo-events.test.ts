import { describe, expect, it } from 'vitest'
import { IncomingEvent } from '../events/incoming-event.schema.js'
import { parseJourneyMap } from '../journey-map/parse-journey-map.js'
import { PersonaSchema } from '../persona/persona.schema.js'
import { buildDemoMap, DEMO_MAP_ID } from './demo-project.js'
import { DEMO_PERIOD_END, DEMO_PERIOD_START, generateDemoEvents } from './generate-demo-events.js'
import { formatParis, parisTime } from './paris-time.js'

const small = generateDemoEvents({ customers: 300 })

describe('generateDemoEvents', () => {
  it('gives the same events, messageIds included, for the same seed', () => {
    expect(generateDemoEvents({ customers: 300 })).toEqual(small)
    const other = generateDemoEvents({ customers: 300, seed: 7 })
    expect(other.map((event) => event.messageId)).not.toEqual(small.map((event) => event.messageId))
  })

  it('makes the demo: 50,034 events that all parse with the Segment schema, with unique messageIds', () => {
    const demo = generateDemoEvents()
    expect(demo.length).toBe(50_034)
    const problems = demo.flatMap((event, i) => {
      const parsed = IncomingEvent.safeParse(event)
      return parsed.success ? [] : [`${i}: ${parsed.error.message}`]
    })
    expect(problems).toEqual([])
    expect(new Set(demo.map((event) => event.messageId)).size).toBe(demo.length)
  })

  it('keeps every event inside the period, in Paris time (winter and summer offsets)', () => {
    const times = small.map((event) => Date.parse(event.timestamp ?? ''))
    expect(Math.min(...times)).toBeGreaterThanOrEqual(DEMO_PERIOD_START)
    expect(Math.max(...times)).toBeLessThanOrEqual(DEMO_PERIOD_END)
    const offsets = new Set(small.map((event) => event.timestamp?.slice(-6)))
    expect([...offsets].sort()).toEqual(['+01:00', '+02:00'])
  })

  it('covers the channels and the survey kinds the map measures', () => {
    expect(new Set(small.map((event) => event.channel))).toEqual(
      new Set(['web', 'app', 'email', 'phone', 'store', 'chat', 'support']),
    )
    const surveys = new Set(
      small.flatMap((event) =>
        event.type === 'track' && event.event === 'Survey Answered' ? [event.properties?.survey] : [],
      ),
    )
    expect(surveys).toEqual(new Set(['nps', 'csat', 'ces']))
  })
})

describe('buildDemoMap', () => {
  it('is a valid map with every touchpoint but word of mouth bound, and three valid linked personas', () => {
    const { map, personas } = buildDemoMap()
    expect(parseJourneyMap(map).ok).toBe(true)
    expect(map.id).toBe(DEMO_MAP_ID)
    expect(map.touchpoints.filter((touchpoint) => touchpoint.selector === undefined).map((tp) => tp.id)).toEqual([
      'tp-word-of-mouth',
    ])
    expect(personas.map((persona) => PersonaSchema.safeParse(persona).success)).toEqual([true, true, true])
    expect(map.personaIds).toEqual(personas.map((persona) => persona.id))
  })
})

describe('Paris time', () => {
  it('writes winter and summer offsets', () => {
    expect(formatParis(Date.parse('2026-03-14T17:02:11.204Z'))).toBe('2026-03-14T18:02:11.204+01:00')
    expect(formatParis(Date.parse('2026-07-01T12:00:00Z'))).toBe('2026-07-01T14:00:00.000+02:00')
    expect(new Date(parisTime(2026, 7, 1)).toISOString()).toBe('2026-06-30T22:00:00.000Z')
  })
})
