import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isPlainOrderedFunnel } from './deepest-ordered-attempt.js'
import { type FixtureJourneys, FUNNEL_FIXTURES, logOfJourneys } from './funnel.fixture.js'
import { collectFunnelUnits, computeFunnel, funnelByCase, funnelOfUnits } from './funnel.js'
import { FunnelSpec, type FunnelSpecInput, funnelSpecProblems } from './funnel.schema.js'
import { buildJourneyLog, type JourneyLog, type JourneyLogInput } from './journey-log.js'
import { matchSelector } from './match-selector.js'
import { sliceCases } from './select-log.js'

const parse = (input: FunnelSpecInput): FunnelSpec => FunnelSpec.parse(input)
const funnelOf = (journeys: FixtureJourneys, input: FunnelSpecInput) =>
  computeFunnel(logOfJourneys(journeys), parse(input))
const countsOf = (journeys: FixtureJourneys, input: FunnelSpecInput) =>
  funnelOf(journeys, input).steps.map((s) => s.count)
const steps = (...names: string[]) => names.map((name) => ({ name, selector: { events: [name] } }))
/** A journey of named events at the given minutes. */
const journey = (...events: [string, number][]) =>
  events.map(([event, minute]) => ({ event, at: new Date(Date.UTC(2024, 0, 1) + minute * 60_000).toISOString() }))
const MINUTE = 60_000

describe('computeFunnel on cases transcribed from PostHog', () => {
  it.each(FUNNEL_FIXTURES.map((fixture) => [`${fixture.test} (${fixture.source})`, fixture] as const))(
    '%s',
    (_, fixture) => {
      const result = funnelOf(fixture.journeys, fixture.spec)
      expect(result.steps.map((step) => step.count)).toEqual(fixture.counts)
      if (fixture.meanMs !== undefined)
        expect(result.steps.map((step) => step.timeToConvert?.mean ?? null)).toEqual(fixture.meanMs)
      if (fixture.medianMs !== undefined)
        expect(result.steps.map((step) => step.timeToConvert?.median ?? null)).toEqual(fixture.medianMs)
    },
  )
})

describe('computeFunnel', () => {
  it('reports counts, conversions, drop-off and time to convert per step', () => {
    const result = funnelOf(
      {
        p1: journey(['a', 0], ['b', 10], ['c', 30]),
        p2: journey(['a', 0], ['b', 20]),
        p3: journey(['a', 0]),
        p4: journey(['a', 0], ['b', 40], ['c', 50]),
      },
      { steps: steps('a', 'b', 'c') },
    )
    expect(result).toEqual({
      countBy: 'case',
      steps: [
        {
          name: 'a',
          optional: false,
          count: 4,
          conversionFromFirst: 1,
          conversionFromPrevious: 1,
          dropOff: 0,
          timeToConvert: null,
        },
        {
          name: 'b',
          optional: false,
          count: 3,
          conversionFromFirst: 0.75,
          conversionFromPrevious: 0.75,
          dropOff: 1,
          timeToConvert: { mean: ((10 + 20 + 40) / 3) * MINUTE, median: 20 * MINUTE, p90: 36 * MINUTE },
        },
        {
          name: 'c',
          optional: false,
          count: 2,
          conversionFromFirst: 0.5,
          conversionFromPrevious: 2 / 3,
          dropOff: 1,
          timeToConvert: { mean: 40 * MINUTE, median: 40 * MINUTE, p90: 48 * MINUTE },
        },
      ],
    })
  })

  it('counts a case at the deepest step reached by any of its step-1 starts, not only the first', () => {
    const later = journey(['a', 0], ['a', 20], ['b', 25], ['c', 26])
    expect(countsOf({ later }, { steps: steps('a', 'b', 'c'), windowMs: 10 * MINUTE })).toEqual([1, 1, 1])
    expect(
      funnelOf({ later }, { steps: steps('a', 'b', 'c'), windowMs: 10 * MINUTE }).steps[2]?.timeToConvert?.mean,
    ).toBe(6 * MINUTE)
  })

  it('takes the deepest of several starts even when an earlier start went less far', () => {
    const journeys = { p: journey(['a', 0], ['b', 1], ['a', 100], ['b', 101], ['c', 102]) }
    expect(countsOf(journeys, { steps: steps('a', 'b', 'c'), windowMs: 10 * MINUTE })).toEqual([1, 1, 1])
  })

  it('measures the window from the step-1 event, bounds included', () => {
    const spec = { steps: steps('a', 'b'), windowMs: 10 * MINUTE }
    expect(countsOf({ p: journey(['a', 0], ['b', 10]) }, spec)).toEqual([1, 1])
    expect(countsOf({ p: journey(['a', 0], ['b', 11]) }, spec)).toEqual([1, 0])
  })

  it('breaks ties in time by ingestion order', () => {
    const spec = { steps: steps('a', 'b') }
    expect(countsOf({ p: journey(['a', 0], ['b', 0]) }, spec)).toEqual([1, 1])
    expect(countsOf({ p: journey(['b', 0], ['a', 0]) }, spec)).toEqual([1, 0])
  })

  it('lets one event serve only one step of an attempt', () => {
    expect(countsOf({ p: journey(['a', 0]) }, { steps: steps('a', 'a') })).toEqual([1, 0])
    expect(countsOf({ p: journey(['a', 0]) }, { mode: 'unordered', steps: steps('a', 'a') })).toEqual([1, 0])
    expect(countsOf({ p: journey(['a', 0], ['a', 1]) }, { mode: 'unordered', steps: steps('a', 'a') })).toEqual([1, 1])
  })

  describe('strict mode', () => {
    it.each([
      ['the steps are consecutive events', journey(['a', 0], ['b', 1], ['c', 2]), [1, 1, 1]],
      ['any other event of the case breaks the funnel', journey(['a', 0], ['x', 1], ['b', 2], ['c', 3]), [1, 0, 0]],
      ['a later start may still be strict', journey(['a', 0], ['x', 1], ['a', 2], ['b', 3]), [1, 1, 0]],
    ] as const)('counts when %s', (_, events, counts) => {
      expect(countsOf({ p: events }, { mode: 'strict', steps: steps('a', 'b', 'c') })).toEqual(counts)
    })

    it('skips an optional step only when the next step follows at once', () => {
      const spec = {
        mode: 'strict' as const,
        steps: [...steps('a'), { name: 'b', selector: { events: ['b'] }, optional: true }, ...steps('c')],
      }
      expect(countsOf({ p: journey(['a', 0], ['c', 1]) }, spec)).toEqual([1, 0, 1])
      expect(countsOf({ p: journey(['a', 0], ['b', 1], ['c', 2]) }, spec)).toEqual([1, 1, 1])
      expect(countsOf({ p: journey(['a', 0], ['x', 1], ['c', 2]) }, spec)).toEqual([1, 0, 0])
    })
  })

  describe('unordered mode', () => {
    it('counts steps 1..n done in any order, timed from the attempt’s first event', () => {
      const result = funnelOf(
        { p: journey(['c', 0], ['b', 5], ['a', 10]) },
        { mode: 'unordered', steps: steps('a', 'b', 'c') },
      )
      expect(result.steps.map((s) => s.count)).toEqual([1, 1, 1])
      expect(result.steps.map((s) => s.timeToConvert?.mean ?? null)).toEqual([null, 10 * MINUTE, 10 * MINUTE])
    })

    it('needs step 1 among the steps', () => {
      expect(countsOf({ p: journey(['b', 0], ['c', 5]) }, { mode: 'unordered', steps: steps('a', 'b', 'c') })).toEqual([
        0, 0, 0,
      ])
    })

    it('keeps every step inside one window', () => {
      const spec = { mode: 'unordered' as const, steps: steps('a', 'b'), windowMs: 10 * MINUTE }
      expect(countsOf({ p: journey(['b', 0], ['a', 11]) }, spec)).toEqual([1, 0])
      expect(countsOf({ p: journey(['b', 0], ['a', 10]) }, spec)).toEqual([1, 1])
    })
  })

  describe('optional steps', () => {
    const spec = { steps: [...steps('a'), { name: 'b', selector: { events: ['b'] }, optional: true }, ...steps('c')] }

    it('counts an optional step only for the units that did it, and the next step against the last required one', () => {
      const result = funnelOf(
        { p1: journey(['a', 0], ['c', 1]), p2: journey(['a', 0], ['b', 1], ['c', 2]), p3: journey(['a', 0], ['b', 1]) },
        spec,
      )
      expect(result.steps.map((s) => [s.count, s.conversionFromPrevious, s.dropOff])).toEqual([
        [3, 1, 0],
        [2, 2 / 3, 1],
        [2, 2 / 3, 1],
      ])
    })

    it('may carry the step window of the next step', () => {
      const windowed = {
        steps: [
          ...steps('a'),
          { name: 'b', selector: { events: ['b'] }, optional: true },
          { name: 'c', selector: { events: ['c'] }, window: 10 * MINUTE },
        ],
      }
      expect(countsOf({ p: journey(['a', 0], ['b', 50], ['c', 55]) }, windowed)).toEqual([1, 1, 1])
      expect(countsOf({ p: journey(['a', 0], ['c', 55]) }, windowed)).toEqual([1, 0, 0])
    })
  })

  describe('step windows', () => {
    it('find a later match of a step when the earliest one is too far from the next step', () => {
      const spec = { steps: [...steps('a', 'b'), { name: 'c', selector: { events: ['c'] }, window: 6 * MINUTE }] }
      const result = funnelOf({ p: journey(['a', 0], ['b', 1], ['b', 10], ['c', 15]) }, spec)
      expect(result.steps.map((s) => s.count)).toEqual([1, 1, 1])
      expect(result.steps.map((s) => s.timeToConvert?.mean ?? null)).toEqual([null, MINUTE, 15 * MINUTE])
    })

    it('measure each step from the previous matched step', () => {
      const spec = { steps: [...steps('a'), { name: 'b', selector: { events: ['b'] }, window: 5 * MINUTE }] }
      expect(countsOf({ p: journey(['a', 0], ['b', 5]) }, spec)).toEqual([1, 1])
      expect(countsOf({ p: journey(['a', 0], ['b', 6]) }, spec)).toEqual([1, 0])
      expect(countsOf({ p: journey(['a', 0], ['a', 3], ['b', 6]) }, spec)).toEqual([1, 1])
    })
  })

  describe('counting units', () => {
    const ordersLog = () =>
      buildJourneyLog(
        [
          ['ann', 'o1', 'a', 0],
          ['ann', 'o1', 'b', 1],
          ['ann', 'o2', 'a', 2],
          ['bob', 'o3', 'a', 0],
          ['bob', 'o3', 'a', 1],
          ['bob', 'o3', 'b', 2],
        ].map(([customerId, order, name, minute], seq) => ({
          type: 'track' as const,
          name: name as string,
          timestamp: (minute as number) * MINUTE,
          seq,
          channel: null,
          properties: { order },
          traits: {},
          context: {},
          customerId: customerId as string,
        })),
        { caseProperty: 'order' },
      )

    it.each([
      ['customer', [2, 2]],
      ['case', [3, 2]],
      ['attempt', [4, 3]],
    ] as const)('counts by %s', (countBy, counts) => {
      expect(computeFunnel(ordersLog(), parse({ steps: steps('a', 'b'), countBy })).steps.map((s) => s.count)).toEqual(
        counts,
      )
    })

    it('lets attempts share their later events', () => {
      const result = funnelOf(
        { p: journey(['a', 0], ['a', 1], ['b', 2]) },
        { steps: steps('a', 'b'), countBy: 'attempt' },
      )
      expect(result.steps.map((s) => [s.count, s.timeToConvert?.mean ?? null])).toEqual([
        [2, null],
        [2, 1.5 * MINUTE],
      ])
    })
  })

  describe('exclusions', () => {
    const spec = {
      steps: steps('a', 'b', 'c'),
      exclusions: [{ selector: { events: ['x'] }, afterStep: 2, beforeStep: 3 }],
    }

    it.each([
      [
        'between the two steps drops the attempt, step 1 included',
        journey(['a', 0], ['b', 1], ['x', 2], ['c', 3]),
        [0, 0, 0],
      ],
      ['before the first of the two steps does not', journey(['a', 0], ['x', 1], ['b', 2], ['c', 3]), [1, 1, 1]],
      ['after the second of the two steps does not', journey(['a', 0], ['b', 1], ['c', 2], ['x', 3]), [1, 1, 1]],
      [
        'in the window of an attempt that never reached the second step drops it',
        journey(['a', 0], ['b', 1], ['x', 2]),
        [0, 0, 0],
      ],
    ] as const)('an exclusion event %s', (_, events, counts) => {
      expect(countsOf({ p: events }, spec)).toEqual(counts)
    })
  })

  it('refuses a funnel that breaks its rules', () => {
    const bad: FunnelSpecInput[] = [
      { steps: [{ name: 'a', selector: { events: ['a'] }, optional: true }] },
      { steps: [{ name: 'a', selector: { events: ['a'] }, window: 1 }] },
      { steps: [...steps('a'), { name: 'b', selector: { events: ['b'] }, window: 1 }], mode: 'unordered' },
      { steps: steps('a', 'b'), exclusions: [{ selector: { events: ['x'] }, afterStep: 2, beforeStep: 2 }] },
      { steps: steps('a', 'b', 'c'), mode: 'unordered', exclusions: [{ selector: { events: ['x'] }, beforeStep: 2 }] },
      {
        steps: [...steps('a'), { name: 'b', selector: { events: ['b'] }, optional: true }, ...steps('c')],
        exclusions: [{ selector: { events: ['x'] }, afterStep: 2 }],
      },
      { steps: steps('a', 'b'), breakdown: { property: 'properties.v', attribution: { step: 3 } } },
      { steps: [] },
    ]
    for (const input of bad) expect(FunnelSpec.safeParse(input).success, JSON.stringify(input)).toBe(false)
    const unchecked = {
      ...parse({ steps: steps('a', 'b') }),
      exclusions: [{ selector: { events: ['x'] }, afterStep: 2 }],
    }
    expect(() => computeFunnel(logOfJourneys({}), unchecked)).toThrow(/afterStep must come before beforeStep/)
  })

  it('fills the defaults: ordered, 14 days, no exclusions, counted by case', () => {
    expect(parse({ steps: steps('a') })).toEqual({
      steps: steps('a'),
      mode: 'ordered',
      windowMs: 14 * 24 * 60 * MINUTE,
      exclusions: [],
      countBy: 'case',
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Properties on random logs, against a brute-force oracle that enumerates every path.

const NAMES = ['a', 'b', 'c', 'x'] as const

interface RandomEvent {
  readonly customer: number
  readonly order: number
  readonly name: string
  readonly time: number
  readonly value: string | null
}

const randomEventOf = (customers: number, lastTime: number) =>
  fc.record({
    customer: fc.integer({ min: 0, max: customers - 1 }),
    order: fc.integer({ min: 0, max: 1 }),
    name: fc.constantFrom(...NAMES),
    time: fc.integer({ min: 0, max: lastTime }),
    value: fc.constantFrom('u', 'v', null),
  })

const randomEvent = randomEventOf(4, 30)

const randomLog = fc
  .record({ events: fc.array(randomEvent, { maxLength: 24 }), byOrder: fc.boolean() })
  .map(({ events, byOrder }) => logOfRandomEvents(events, byOrder))

function logOfRandomEvents(events: readonly RandomEvent[], byOrder: boolean): JourneyLog {
  const inputs: JourneyLogInput[] = events.map((event, seq) => ({
    type: 'track',
    name: event.name,
    timestamp: event.time,
    seq,
    channel: null,
    properties: { order: `${event.customer}-${event.order}`, ...(event.value === null ? {} : { v: event.value }) },
    traits: {},
    context: {},
    customerId: `c${event.customer}`,
  }))
  return buildJourneyLog(inputs, byOrder ? { caseProperty: 'order' } : {})
}

const randomSpec = (options: { stepWindows: boolean; exclusions: boolean; breakdown: boolean }) =>
  fc
    .record({
      names: fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 4 }),
      optional: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      windows: fc.array(fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
      mode: fc.constantFrom('ordered', 'strict', 'unordered'),
      windowMs: fc.integer({ min: 1, max: 25 }),
      exclusion: fc.option(fc.record({ name: fc.constantFrom(...NAMES), after: fc.nat(3), before: fc.nat(3) }), {
        nil: undefined,
      }),
      countBy: fc.constantFrom('customer', 'case', 'attempt'),
      attribution: fc.constantFrom('first-touch', 'last-touch', 1, 2),
      top: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
    })
    .map((drawn): FunnelSpec | null => {
      const k = drawn.names.length
      const mode = drawn.mode as FunnelSpec['mode']
      const input = {
        steps: drawn.names.map((name, j) => ({
          name: `${name}${j}`,
          selector: { events: [name] },
          ...(j > 0 && drawn.optional[j] ? { optional: true } : {}),
          ...(j > 0 && options.stepWindows && mode !== 'unordered' && drawn.windows[j] !== undefined
            ? { window: drawn.windows[j] }
            : {}),
        })),
        mode,
        windowMs: drawn.windowMs,
        exclusions:
          options.exclusions && drawn.exclusion !== undefined
            ? [
                mode === 'unordered'
                  ? { selector: { events: [drawn.exclusion.name] } }
                  : {
                      selector: { events: [drawn.exclusion.name] },
                      afterStep: (drawn.exclusion.after % k) + 1,
                      beforeStep: (drawn.exclusion.before % k) + 1,
                    },
              ]
            : [],
        countBy: drawn.countBy as FunnelSpec['countBy'],
        ...(options.breakdown
          ? {
              breakdown: {
                property: 'properties.v',
                attribution:
                  typeof drawn.attribution === 'number'
                    ? { step: Math.min(drawn.attribution, k) }
                    : (drawn.attribution as 'first-touch' | 'last-touch'),
                ...(drawn.top === undefined ? {} : { top: drawn.top }),
              },
            }
          : {}),
      }
      const parsed = FunnelSpec.safeParse(input)
      return parsed.success && funnelSpecProblems(parsed.data).length === 0 ? parsed.data : null
    })
    .filter((spec): spec is FunnelSpec => spec !== null)

/** The units a funnel counts, found by trying every path of every attempt (exponential; tiny logs only). */
function bruteForceUnits(log: JourneyLog, spec: FunnelSpec): string[] {
  const k = spec.steps.length
  const masks = spec.steps.map((step) => matchSelector(log, step.selector))
  const exclusionMasks = spec.exclusions.map((exclusion) => matchSelector(log, exclusion.selector))
  const required = spec.steps.map((step) => step.optional !== true)
  const codes = spec.breakdown === undefined ? undefined : log.property(spec.breakdown.property).codes
  const t = (p: number) => log.time[p] as number
  const units: { key: number; entry: number; arrivals: number[] }[][] = []
  for (let c = 0; c < log.caseCount; c++) {
    const start = log.caseOffsets[c] as number
    const end = log.caseOffsets[c + 1] as number
    const attempts: { key: number; entry: number; arrivals: number[] }[] = []
    for (let entry = start; entry < end; entry++) {
      const isEntry = spec.mode === 'unordered' ? masks.some((mask) => mask[entry]) : masks[0]?.[entry]
      if (!isEntry) continue
      const arrivals = new Array<number>(k).fill(-1)
      if (spec.mode === 'unordered') {
        for (let j = 0; j < k; j++) {
          const need = [...Array(k).keys()].filter((i) => i === j || (i < j && required[i]))
          for (let last = entry; last < end && t(last) - t(entry) <= spec.windowMs; last++) {
            if (canAssign(need, entry, last, masks, new Set())) {
              arrivals[j] = last
              break
            }
          }
        }
      } else {
        arrivals[0] = entry
        const walk = (i: number, p: number) => {
          for (let j = i + 1; j < k; j++) {
            const window = spec.steps[j]?.window ?? Infinity
            const last = spec.mode === 'strict' ? Math.min(p + 1, end - 1) : end - 1
            for (let q = p + 1; q <= last; q++) {
              if (!masks[j]?.[q] || t(q) - t(entry) > spec.windowMs || t(q) - t(p) > window) continue
              if (arrivals[j] === -1 || q < (arrivals[j] as number)) arrivals[j] = q
              walk(j, q)
            }
            if (required[j]) break
          }
        }
        walk(0, entry)
      }
      if (arrivals[0] === -1) continue
      const isExcluded = spec.exclusions.some((exclusion, x) => {
        const after = arrivals[(exclusion.afterStep ?? 1) - 1] as number
        const before = arrivals[(exclusion.beforeStep ?? k) - 1] as number
        if (after < 0) return false
        for (let q = after + 1; q < end; q++)
          if (exclusionMasks[x]?.[q]) return before >= 0 ? q < before : t(q) - t(entry) <= spec.windowMs
        return false
      })
      if (isExcluded) continue
      const depth = arrivals.reduce((deepest, position, j) => (position >= 0 ? j + 1 : deepest), 0)
      const reachedCount = arrivals.filter((position) => position >= 0).length
      attempts.push({ key: depth * 64 + reachedCount, entry, arrivals })
    }
    units.push(attempts)
  }
  const chosen: { entry: number; arrivals: number[] }[] = []
  const best = <T extends { key: number; entry: number }>(list: readonly T[]): T | undefined =>
    [...list].sort(
      (a, b) => b.key - a.key || t(a.entry) - t(b.entry) || (log.seq[a.entry] as number) - (log.seq[b.entry] as number),
    )[0]
  if (spec.countBy === 'attempt') chosen.push(...units.flat())
  else if (spec.countBy === 'case')
    for (const attempts of units) chosen.push(...[best(attempts)].filter((a) => a !== undefined))
  else {
    const byCustomer = new Map<number, { key: number; entry: number; arrivals: number[] }[]>()
    units.forEach((attempts, c) => {
      const customer = log.caseCustomer[c] as number
      byCustomer.set(customer, [...(byCustomer.get(customer) ?? []), ...attempts])
    })
    for (const attempts of byCustomer.values()) chosen.push(...[best(attempts)].filter((a) => a !== undefined))
  }
  return chosen
    .map(({ entry, arrivals }) => {
      const reached = arrivals.flatMap((position, j) => (position >= 0 ? [j] : []))
      const attribution = spec.breakdown?.attribution
      const at =
        attribution === undefined || attribution === 'first-touch'
          ? arrivals[0]
          : attribution === 'last-touch'
            ? arrivals[reached[reached.length - 1] as number]
            : arrivals[attribution.step - 1]
      const code = codes === undefined || at === undefined || at < 0 ? -1 : (codes[at] as number)
      return JSON.stringify([reached, arrivals.map((p, j) => (p < 0 || j === 0 ? null : t(p) - t(entry))), code])
    })
    .sort()
}

function canAssign(
  need: readonly number[],
  from: number,
  to: number,
  masks: readonly Uint8Array[],
  used: Set<number>,
): boolean {
  if (need.length === 0) return true
  const [step, ...rest] = need as [number, ...number[]]
  for (let p = from; p <= to; p++) {
    if (used.has(p) || !masks[step]?.[p]) continue
    used.add(p)
    if (canAssign(rest, from, to, masks, used)) return true
    used.delete(p)
  }
  return false
}

function unitsOf(log: JourneyLog, spec: FunnelSpec, options: { general?: boolean } = {}): string[] {
  const codes = spec.breakdown === undefined ? undefined : log.property(spec.breakdown.property).codes
  const units = collectFunnelUnits(log, spec, codes, options)
  const k = units.stepCount
  // Per step, the times of the units that reached it, in unit order (none for step 1).
  const cursor = new Array<number>(k).fill(0)
  const rows = Array.from({ length: units.count }, (_, unit) => {
    const bits = units.reached[unit] as number
    const reached = [...Array(k).keys()].filter((j) => bits & (1 << j))
    const durations = [...Array(k).keys()].map((j) => {
      if (j === 0 || !(bits & (1 << j))) return null
      return (units.stepDurations[j] as Float64Array)[(cursor[j] as number)++] as number
    })
    return JSON.stringify([reached, durations, codes === undefined ? -1 : units.attribution[unit]])
  })
  expect(cursor).toEqual(units.stepDurations.map((times) => times.length))
  return rows.sort()
}

const requiredCounts = (log: JourneyLog, spec: FunnelSpec) =>
  computeFunnel(log, spec).steps.flatMap((step) => (step.optional ? [] : [step.count]))

describe('computeFunnel on random logs', () => {
  it('equals the brute-force oracle for every mode, window, optional step, exclusion and counting unit', () => {
    fc.assert(
      fc.property(randomLog, randomSpec({ stepWindows: true, exclusions: true, breakdown: true }), (log, spec) => {
        expect(unitsOf(log, spec)).toEqual(bruteForceUnits(log, spec))
      }),
      { seed: 20240501, numRuns: 1500 },
    )
  })

  it('never counts more units at a required step than at the one before', () => {
    fc.assert(
      fc.property(randomLog, randomSpec({ stepWindows: true, exclusions: true, breakdown: false }), (log, spec) => {
        const counts = requiredCounts(log, spec)
        counts.forEach((count, j) => {
          if (j > 0) expect(count).toBeLessThanOrEqual(counts[j - 1] as number)
        })
      }),
      { seed: 7, numRuns: 500 },
    )
  })

  it('counts unordered ≥ ordered ≥ strict at every required step', () => {
    fc.assert(
      fc.property(randomLog, randomSpec({ stepWindows: false, exclusions: true, breakdown: false }), (log, drawn) => {
        const exclusions = drawn.exclusions.map(({ selector }) => ({ selector }))
        fc.pre(funnelSpecProblems({ ...drawn, mode: 'unordered', exclusions }).length === 0)
        const inMode = (mode: FunnelSpec['mode']) => requiredCounts(log, { ...drawn, mode, exclusions })
        const [unordered, ordered, strict] = [inMode('unordered'), inMode('ordered'), inMode('strict')]
        ordered.forEach((count, j) => {
          expect(unordered[j]).toBeGreaterThanOrEqual(count)
          expect(count).toBeGreaterThanOrEqual(strict[j] as number)
        })
      }),
      { seed: 11, numRuns: 500 },
    )
  })

  it('gives the same figures whatever the order of the cases', () => {
    fc.assert(
      fc.property(
        fc.array(randomEvent, { maxLength: 20 }),
        randomSpec({ stepWindows: true, exclusions: true, breakdown: true }),
        (events, spec) => {
          const renamed = events.map((event) => ({ ...event, customer: 3 - event.customer }))
          expect(computeFunnel(logOfRandomEvents(renamed, true), spec)).toEqual(
            computeFunnel(logOfRandomEvents(events, true), spec),
          )
        },
      ),
      { seed: 3, numRuns: 300 },
    )
  })
})

describe('the plain ordered kernel (deepest-ordered-attempt.ts)', () => {
  // Some steps carry a property predicate, so that the kernel reads its bits through SelectorBits.fill.
  const plainOrdered = fc
    .tuple(
      randomSpec({ stepWindows: false, exclusions: false, breakdown: true }),
      fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    )
    .map(
      ([spec, withPredicate]): FunnelSpec => ({
        ...spec,
        mode: 'ordered',
        countBy: spec.countBy === 'attempt' ? 'customer' : spec.countBy,
        steps: spec.steps.map(({ optional: _optional, ...step }, j) =>
          withPredicate[j] === true
            ? { ...step, selector: { ...step.selector, where: [{ op: 'neq', property: 'properties.v', value: 'u' }] } }
            : step,
        ),
      }),
    )
  // Longer journeys than the oracle's, with names repeated, so that attempts overlap and share later events.
  const longerLog = fc
    .record({ events: fc.array(randomEventOf(3, 40), { maxLength: 60 }), byOrder: fc.boolean() })
    .map(({ events, byOrder }) => logOfRandomEvents(events, byOrder))

  it('gives the units of the general scan on random logs (one or several cases per customer)', () => {
    fc.assert(
      fc.property(fc.oneof(randomLog, longerLog), plainOrdered, (log, spec) => {
        expect(isPlainOrderedFunnel(spec)).toBe(true)
        expect(unitsOf(log, spec)).toEqual(unitsOf(log, spec, { general: true }))
      }),
      { seed: 20261123, numRuns: 3000 },
    )
  })

  it('equals the brute-force oracle', () => {
    fc.assert(
      fc.property(randomLog, plainOrdered, (log, spec) => {
        expect(unitsOf(log, spec)).toEqual(bruteForceUnits(log, spec))
      }),
      { seed: 5, numRuns: 800 },
    )
  })
})

describe('a funnel computed in parts of the log', () => {
  it('equals the whole funnel when the cases are split anywhere and the units concatenated', () => {
    fc.assert(
      fc.property(
        randomLog,
        randomSpec({ stepWindows: true, exclusions: true, breakdown: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
        (log, spec, cuts) => {
          const byCase = funnelByCase(log, spec)
          fc.pre(byCase !== undefined)
          if (byCase === undefined) return
          const bounds = [0, ...cuts.map((cut) => Math.floor(cut * log.caseCount)).sort((a, b) => a - b), log.caseCount]
          const column = spec.breakdown === undefined ? undefined : log.property(spec.breakdown.property)
          const parts = bounds
            .slice(1)
            .map((to, i) => collectFunnelUnits(sliceCases(log, bounds[i] as number, to), byCase, column?.codes))
          expect(funnelOfUnits(spec, parts, column?.values)).toEqual(computeFunnel(log, spec))
        },
      ),
      { seed: 17, numRuns: 600 },
    )
  })

  it('cannot be split by case when a customer has several cases and the unit is the customer', () => {
    const log = logOfRandomEvents(
      [
        { customer: 0, order: 0, name: 'a', time: 1, value: null },
        { customer: 0, order: 1, name: 'a', time: 2, value: null },
      ],
      true,
    )
    const spec = FunnelSpec.parse({ steps: [{ name: 'a', selector: { events: ['a'] } }], countBy: 'customer' })
    expect(funnelByCase(log, spec)).toBeUndefined()
    expect(funnelByCase(log, { ...spec, countBy: 'attempt' })?.countBy).toBe('attempt')
    expect(funnelByCase(logOfRandomEvents([], false), spec)?.countBy).toBe('case')
  })
})
