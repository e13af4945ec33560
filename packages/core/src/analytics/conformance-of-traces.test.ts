import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareText } from '../identity/identifier.js'
import { type ConformanceTrace, checkConformance, checkConformanceOfTraces, matchTouchpoints } from './conformance.js'
import { buildJourneyLog, type JourneyLog, type JourneyLogInput, NONE } from './journey-log.js'
import { buildProcessModel, type ProcessModel, type ProcessModelSpec } from './process-model.js'

const NAMES = ['Visit', 'Cart', 'Order', 'Call', 'Survey'] as const
const CHANNELS = ['web', 'app', 'phone'] as const

/** Three stages, touchpoints selecting overlapping names (so one event may be several), some on channels only, some required, one loop. */
const drawnModel: fc.Arbitrary<ProcessModel> = fc
  .array(
    fc.record({
      stage: fc.integer({ min: 0, max: 2 }),
      events: fc.subarray([...NAMES], { minLength: 1, maxLength: 2 }),
      channels: fc.option(fc.subarray([...CHANNELS], { minLength: 1 }), { nil: undefined }),
      channel: fc.constantFrom(...CHANNELS),
      required: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .chain((touchpoints) => fc.tuple(fc.constant(touchpoints), fc.boolean()))
  .map(([touchpoints, loop]) => {
    const spec: ProcessModelSpec = {
      stages: [0, 1, 2].map((s) => ({
        id: `s${s}`,
        touchpoints: touchpoints.flatMap((touchpoint, t) =>
          touchpoint.stage === s
            ? [
                {
                  id: `t${t}`,
                  channel: touchpoint.channel,
                  required: touchpoint.required,
                  selector: {
                    events: touchpoint.events,
                    ...(touchpoint.channels === undefined ? {} : { channels: touchpoint.channels }),
                  },
                },
              ]
            : [],
        ),
      })),
      ...(loop ? { loops: [{ from: 's2', to: 's0' }] } : {}),
    }
    const built = buildProcessModel(spec)
    if (!built.ok) throw new Error(built.error.message)
    return built.value
  })

const drawnEvents = fc.array(
  fc.record({
    customer: fc.integer({ min: 0, max: 11 }),
    name: fc.constantFrom(...NAMES, 'Other'),
    channel: fc.option(fc.constantFrom(...CHANNELS), { nil: null }),
    minute: fc.integer({ min: 0, max: 40 }),
  }),
  { maxLength: 80 },
)

function logOf(events: readonly { customer: number; name: string; channel: string | null; minute: number }[]) {
  return buildJourneyLog(
    events.map(
      (e, seq): JourneyLogInput => ({
        type: 'track',
        name: e.name,
        timestamp: e.minute * 60_000,
        seq,
        channel: e.channel,
        properties: {},
        traits: {},
        context: {},
        customerId: `c${String(e.customer).padStart(2, '0')}`,
      }),
    ),
  )
}

/** What an engine hands over: cases grouped by their touchpoint and channel sequences, with the `limit` smallest ids of each group. */
function tracesOf(log: JourneyLog, model: ProcessModel, limit: number): ConformanceTrace[] {
  const matches = matchTouchpoints(log, model)
  const groups = new Map<string, { touchpoints: number[][]; channels: (string | null)[]; ids: string[] }>()
  for (let c = 0; c < log.caseCount; c++) {
    const touchpoints: number[][] = []
    const channels: (string | null)[] = []
    for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++) {
      const code = matches.codes[i] as number
      if (code === NONE) continue
      touchpoints.push([...(matches.sets[code] as number[])])
      const channel = log.channel[i] as number
      channels.push(channel === NONE ? null : (log.channels[channel] as string))
    }
    const key = JSON.stringify([touchpoints, channels])
    const group = groups.get(key) ?? { touchpoints, channels, ids: [] }
    group.ids.push(log.caseIds.at(c) as string)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ touchpoints, channels, ids }) => ({
    touchpoints,
    channels,
    cases: ids.length,
    examples: ids.sort(compareText).slice(0, limit),
  }))
}

describe('checkConformanceOfTraces', () => {
  it('answers what checkConformance answers when the cases come grouped by touchpoint and channel sequences', () => {
    fc.assert(
      fc.property(drawnModel, drawnEvents, fc.integer({ min: 0, max: 3 }), (model, events, limit) => {
        const log = logOf(events)
        const grouped = tracesOf(log, model, limit)
        const reversed = [...grouped].reverse()
        const expected = checkConformance(log, model, { exampleCases: limit })
        expect(checkConformanceOfTraces(model, grouped, { exampleCases: limit })).toEqual(expected)
        expect(checkConformanceOfTraces(model, reversed, { exampleCases: limit })).toEqual(expected)
      }),
      { numRuns: 400, seed: 20_261_123 },
    )
  })

  it('counts a channel switch once per case and each time it happens, weighted by the group', () => {
    const model = buildProcessModel({
      stages: [
        {
          id: 'buy',
          touchpoints: [
            { id: 'cart', channel: 'web' },
            { id: 'order', channel: 'web' },
          ],
        },
      ],
    })
    if (!model.ok) throw new Error(model.error.message)
    const result = checkConformanceOfTraces(model.value, [
      { touchpoints: [[0], [1], [0], [1]], channels: ['web', 'app', 'web', 'app'], cases: 3, examples: ['k', 'm'] },
      { touchpoints: [[0], [1]], channels: [null, 'web'], cases: 2, examples: ['a', 'b'] },
    ])
    expect(result.totalCases).toBe(5)
    expect(result.fittingCases).toBe(5)
    expect(result.deviations).toEqual([
      expect.objectContaining({
        kind: 'channel-switch',
        touchpointId: 'order',
        fromChannel: 'web',
        toChannel: 'app',
        cases: 3,
        occurrences: 6,
        exampleCases: ['k', 'm'],
      }),
      expect.objectContaining({
        kind: 'channel-switch',
        touchpointId: 'cart',
        fromChannel: 'app',
        toChannel: 'web',
        cases: 3,
        occurrences: 3,
      }),
    ])
  })
})
