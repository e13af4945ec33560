import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Alignment, alignJourney, compileAutomaton } from './align-journey.js'
import { buildProcessModel, type ProcessModel, type ProcessModelSpec, requiredStepCount } from './process-model.js'

function modelOf(spec: ProcessModelSpec): ProcessModel {
  const built = buildProcessModel(spec)
  if (!built.ok) throw new Error(built.error.message)
  return built.value
}

/** browse (search, page once-only) → buy (cart and checkout required) → after (survey). */
const shop = modelOf({
  stages: [
    { id: 'browse', touchpoints: [{ id: 'search' }, { id: 'page', repeatable: false }] },
    {
      id: 'buy',
      touchpoints: [
        { id: 'cart', required: true },
        { id: 'checkout', required: true },
      ],
    },
    { id: 'after', touchpoints: [{ id: 'survey' }] },
  ],
})

/** One required choice: pickup at a relay point or in store. */
const delivery = modelOf({
  stages: [
    {
      id: 'deliver',
      touchpoints: [
        { id: 'relay', required: true },
        { id: 'store', required: true },
      ],
    },
  ],
  alternatives: [['relay', 'store']],
})

/** choose (a required) → pay (b required), and back from pay to choose. */
const looping = modelOf({
  stages: [
    { id: 'choose', touchpoints: [{ id: 'a', required: true }] },
    { id: 'pay', touchpoints: [{ id: 'b', required: true, repeatable: false }] },
  ],
  loops: [{ from: 'pay', to: 'choose' }],
})

const codes = (model: ProcessModel, ids: readonly (string | readonly string[])[]) =>
  ids.map((id) =>
    typeof id === 'string'
      ? model.touchpoints.findIndex((t) => t.id === id)
      : id.map((one) => model.touchpoints.findIndex((t) => t.id === one)),
  )

const describeMoves = (model: ProcessModel, alignment: Alignment) =>
  alignment.moves.map((move) => {
    const id = model.touchpoints[move.touchpoint]?.id
    if (move.kind === 'log') return `${move.backward ? 'back' : 'log'} ${id}`
    return `${move.kind} ${id}`
  })

describe('alignJourney', () => {
  const cases: {
    name: string
    model: ProcessModel
    trace: (string | string[])[]
    cost: number
    fitness: number
    moves?: string[]
  }[] = [
    {
      name: 'a journey through every required touchpoint in stage order fits perfectly',
      model: shop,
      trace: ['search', 'cart', 'checkout', 'survey'],
      cost: 0,
      fitness: 1,
      moves: ['sync search', 'sync cart', 'sync checkout', 'sync survey'],
    },
    {
      name: 'a skipped required touchpoint is one model move, fitness 1 − 1/(|trace| + shortest run)',
      model: shop,
      trace: ['search', 'cart'],
      cost: 1,
      fitness: 1 - 1 / (2 + 2),
      moves: ['sync search', 'sync cart', 'model checkout'],
    },
    {
      name: 'an empty journey skips every required touchpoint and has fitness 0',
      model: shop,
      trace: [],
      cost: 2,
      fitness: 0,
      moves: ['model cart', 'model checkout'],
    },
    {
      name: 'touchpoints of one stage may come in any order',
      model: shop,
      trace: ['checkout', 'cart'],
      cost: 0,
      fitness: 1,
    },
    {
      name: 'a touchpoint may repeat in its stage unless it is once-only',
      model: shop,
      trace: ['page', 'search', 'search', 'page', 'cart', 'checkout', 'cart'],
      cost: 1,
      fitness: 1 - 1 / (7 + 2),
      moves: ['sync page', 'sync search', 'sync search', 'log page', 'sync cart', 'sync checkout', 'sync cart'],
    },
    {
      name: 'an event of an earlier stage after a later stage was reached is a backward move',
      model: shop,
      trace: ['cart', 'checkout', 'search'],
      cost: 1,
      fitness: 1 - 1 / (3 + 2),
      moves: ['sync cart', 'sync checkout', 'back search'],
    },
    {
      name: 'an event of a later stage before an earlier one is an unexpected touchpoint',
      model: shop,
      trace: ['survey', 'search', 'cart', 'checkout'],
      cost: 1,
      fitness: 1 - 1 / (4 + 2),
      moves: ['log survey', 'sync search', 'sync cart', 'sync checkout'],
    },
    {
      name: 'events are matched as early as they can be: the later event is the deviation',
      model: shop,
      trace: ['cart', 'checkout', 'survey', 'cart'],
      cost: 1,
      fitness: 1 - 1 / (4 + 2),
      moves: ['sync cart', 'sync checkout', 'sync survey', 'back cart'],
    },
    {
      name: 'an event matching several touchpoints is synchronised with the one that fits',
      model: shop,
      trace: ['cart', ['survey', 'checkout']],
      cost: 0,
      fitness: 1,
      moves: ['sync cart', 'sync checkout'],
    },
    {
      name: 'one member of a required alternative group passes it',
      model: delivery,
      trace: ['store'],
      cost: 0,
      fitness: 1,
    },
    {
      name: 'a second member of an alternative group is an unexpected touchpoint',
      model: delivery,
      trace: ['relay', 'store'],
      cost: 1,
      fitness: 1 - 1 / (2 + 1),
      moves: ['sync relay', 'log store'],
    },
    {
      name: 'a skipped required alternative is reported as its first touchpoint',
      model: delivery,
      trace: [],
      cost: 1,
      fitness: 0,
      moves: ['model relay'],
    },
    {
      name: 'a loop lets the journey go back to an earlier stage',
      model: looping,
      trace: ['a', 'b', 'a', 'b'],
      cost: 0,
      fitness: 1,
    },
    {
      name: 'a second pass along a loop must pass the required touchpoints again',
      model: looping,
      trace: ['a', 'b', 'a'],
      cost: 1,
      fitness: 1 - 1 / (3 + 2),
      moves: ['sync a', 'sync b', 'sync a', 'model b'],
    },
  ]
  it.each(cases)('$name', ({ model, trace, cost, fitness, moves }) => {
    const alignment = alignJourney(model, codes(model, trace))
    expect(alignment.cost).toBe(cost)
    expect(alignment.fitness).toBeCloseTo(fitness, 12)
    expect(alignment.logMoves + alignment.modelMoves).toBe(cost)
    if (moves !== undefined) expect(describeMoves(model, alignment)).toEqual(moves)
  })

  it('without the loop, going back to an earlier stage is a backward move', () => {
    const noLoop = modelOf({
      stages: [
        { id: 'choose', touchpoints: [{ id: 'a', required: true, repeatable: false }] },
        { id: 'pay', touchpoints: [{ id: 'b', required: true, repeatable: false }] },
      ],
    })
    expect(describeMoves(noLoop, alignJourney(noLoop, codes(noLoop, ['a', 'b', 'a', 'b'])))).toEqual([
      'sync a',
      'sync b',
      'back a',
      'log b',
    ])
  })

  it('numbers stage visits so that moves of one visit share a number', () => {
    const alignment = alignJourney(looping, codes(looping, ['a', 'b', 'a', 'b']))
    const visits = alignment.moves.map((move) => move.visit)
    expect(new Set(visits).size).toBe(4)
    expect(visits).toEqual([...visits].sort((x, y) => x - y))
  })

  it('compiles a model once and keeps one state per stage visit state plus the final state', () => {
    const automaton = compileAutomaton(shop)
    expect(compileAutomaton(shop)).toBe(automaton)
    // browse: page once-only (2) · buy: cart and checkout required (4) · after: survey repeats (1) · final
    expect(automaton.stateCount).toBe(2 + 4 + 1 + 1)
    expect(automaton.shortestRun).toBe(2)
  })
})

// --- Properties: an independent oracle and the properties of issue 4 ---------------------------

interface Generated {
  readonly spec: ProcessModelSpec
  readonly model: ProcessModel
}

/** Random models: 1–3 stages of 1–3 touchpoints, random required/once-only flags, alternatives, loops. */
const modelArbitrary = (withLoops: boolean): fc.Arbitrary<Generated> =>
  fc
    .array(
      fc.record({
        touchpoints: fc.array(fc.record({ required: fc.boolean(), repeatable: fc.boolean() }), {
          minLength: 1,
          maxLength: 3,
        }),
        grouped: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .chain((stages) =>
      fc
        .array(fc.tuple(fc.nat(stages.length - 1), fc.nat(stages.length - 1)), { maxLength: withLoops ? 2 : 0 })
        .map((loopPairs) => {
          let n = 0
          const spec: ProcessModelSpec = {
            stages: stages.map((stage, s) => ({
              id: `s${s}`,
              touchpoints: stage.touchpoints.map((flags) => ({ id: `t${n++}`, ...flags })),
            })),
            alternatives: stages.flatMap((stage, s) => {
              const ids = stageTouchpointIds(s, stages)
              return stage.grouped && ids.length >= 2 ? [ids.slice(0, 2)] : []
            }),
            loops: loopPairs.map(([x, y]) => ({ from: `s${Math.max(x, y)}`, to: `s${Math.min(x, y)}` })),
          }
          const built = buildProcessModel(spec)
          if (!built.ok) throw new Error(built.error.message)
          return { spec, model: built.value }
        }),
    )

function stageTouchpointIds(s: number, stages: readonly { touchpoints: readonly unknown[] }[]): string[] {
  let first = 0
  for (let k = 0; k < s; k++) first += (stages[k] as { touchpoints: readonly unknown[] }).touchpoints.length
  return (stages[s] as { touchpoints: readonly unknown[] }).touchpoints.map((_, k) => `t${first + k}`)
}

/** Whether one visit of stage s may be exactly these touchpoints (the model's semantics, written directly). */
function visitAccepts(model: ProcessModel, s: number, segment: readonly number[]): boolean {
  const counts = new Map<number, number>()
  for (const t of segment) {
    if (model.touchpoints[t]?.stage !== s) return false
    counts.set(t, (counts.get(t) ?? 0) + 1)
  }
  for (const t of (model.stages[s] as ProcessModel['stages'][number]).touchpoints) {
    const touchpoint = model.touchpoints[t] as ProcessModel['touchpoints'][number]
    const count = counts.get(t) ?? 0
    if (count > 1 && !touchpoint.repeatable) return false
    if (touchpoint.alternative === -1 && touchpoint.required && count === 0) return false
  }
  for (const group of model.alternatives) {
    if (group.stage !== s) continue
    const used = group.touchpoints.filter((t) => counts.has(t)).length
    if (used > 1 || (group.required && used === 0)) return false
  }
  return true
}

/** Whether the model's language holds the word: stage visits in order, or back along loops. */
function accepts(model: ProcessModel, word: readonly number[]): boolean {
  const S = model.stages.length
  const seen = new Set<number>()
  const queue: [number, number][] = [[0, 0]]
  while (queue.length > 0) {
    const [position, stage] = queue.pop() as [number, number]
    const id = position * (S + 1) + stage
    if (seen.has(id)) continue
    seen.add(id)
    if (stage === S) {
      if (position === word.length) return true
      continue
    }
    for (let end = position; end <= word.length; end++) {
      if (!visitAccepts(model, stage, word.slice(position, end))) continue
      queue.push([end, stage + 1])
      for (const loop of model.loops) if (loop.from === stage) queue.push([end, loop.to])
    }
  }
  return false
}

/** Minimum number of insertions and deletions turning one word into the other: |a| + |b| − 2·LCS. */
function indelDistance(a: readonly number[], b: readonly number[]): number {
  const row = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number)
      diagonal = above
    }
  }
  return a.length + b.length - 2 * (row[b.length] as number)
}

/**
 * The smallest alignment cost below `bound` by brute force (`bound` when there is none): every
 * word of the language that could do better. A word w at indel distance d from the trace has
 * |w| ≤ |trace| + d, so only words up to |trace| + bound − 1 long need to be tried (a loop can make
 * the best run longer than one pass over the required steps).
 */
function bruteForceCostBelow(model: ProcessModel, trace: readonly number[], bound: number): number {
  const alphabet = model.touchpoints.length
  const maxLength = trace.length + bound - 1
  let best = bound
  const word: number[] = []
  const walk = () => {
    if (accepts(model, word)) best = Math.min(best, indelDistance(trace, word))
    if (word.length >= maxLength) return
    for (let t = 0; t < alphabet; t++) {
      word.push(t)
      walk()
      word.pop()
    }
  }
  walk()
  return best
}

/** A word of the model's language: each stage visited once, in a random order inside the visit. */
const runArbitrary = (model: ProcessModel): fc.Arbitrary<number[]> =>
  fc
    .tuple(
      ...model.stages.map((stage, s) =>
        fc
          .tuple(
            fc.array(fc.integer({ min: 0, max: 2 }), {
              minLength: stage.touchpoints.length,
              maxLength: stage.touchpoints.length,
            }),
            fc.nat(8),
            fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
          )
          .map(([wanted, choice, shuffle]) => {
            const visit: number[] = []
            const groups = model.alternatives.filter((group) => group.stage === s)
            const chosen = new Set(
              groups.map((group) => group.touchpoints[choice % group.touchpoints.length] as number),
            )
            stage.touchpoints.forEach((t, k) => {
              const touchpoint = model.touchpoints[t] as ProcessModel['touchpoints'][number]
              const inGroup = touchpoint.alternative >= 0
              if (inGroup && !chosen.has(t)) return
              const needed = inGroup
                ? (model.alternatives[touchpoint.alternative]?.required ?? false)
                : touchpoint.required
              let count = wanted[k] as number
              if (needed) count = Math.max(count, 1)
              if (!touchpoint.repeatable) count = Math.min(count, 1)
              for (let r = 0; r < count; r++) visit.push(t)
            })
            return visit
              .map((t, i) => ({ t, order: shuffle[i % shuffle.length] as number }))
              .sort((x, y) => x.order - y.order)
              .map((entry) => entry.t)
          }),
      ),
    )
    .map((visits) => visits.flat())

describe('alignJourney properties', () => {
  it('finds the optimal cost that a brute force over the language finds', () => {
    fc.assert(
      fc.property(
        modelArbitrary(true).chain(({ model }) =>
          fc.tuple(fc.constant(model), fc.array(fc.nat(model.touchpoints.length - 1), { maxLength: 4 })),
        ),
        ([model, trace]) => {
          fc.pre(model.touchpoints.length <= 5)
          const alignment = alignJourney(model, trace)
          // Its cost is reached: the run it aligns with (synchronous and model moves) is a word of
          // the language at that distance from the trace …
          const run = alignment.moves.filter((move) => move.kind !== 'log').map((move) => move.touchpoint)
          expect(accepts(model, run)).toBe(true)
          expect(indelDistance(trace, run)).toBe(alignment.cost)
          // … and no word of the language does better.
          expect(bruteForceCostBelow(model, trace, alignment.cost)).toBe(alignment.cost)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('gives fitness 1 to a journey that follows the designed model exactly', () => {
    fc.assert(
      fc.property(
        modelArbitrary(true).chain(({ model }) => fc.tuple(fc.constant(model), runArbitrary(model))),
        ([model, run]) => {
          expect(accepts(model, run)).toBe(true)
          const alignment = alignJourney(model, run)
          expect(alignment.cost).toBe(0)
          expect(alignment.fitness).toBe(1)
          expect(alignment.moves.every((move) => move.kind === 'sync')).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('charges exactly one model move when one required step is removed from a conforming journey', () => {
    fc.assert(
      fc.property(
        modelArbitrary(true).chain(({ model }) => fc.tuple(fc.constant(model), runArbitrary(model), fc.nat())),
        ([model, run, pick]) => {
          // a required touchpoint (or required alternative group) passed exactly once in the journey
          const requirementOf = (t: number) => {
            const touchpoint = model.touchpoints[t] as ProcessModel['touchpoints'][number]
            if (touchpoint.alternative >= 0) {
              const group = model.alternatives[touchpoint.alternative] as ProcessModel['alternatives'][number]
              return group.required ? `g${touchpoint.alternative}` : undefined
            }
            return touchpoint.required ? `t${t}` : undefined
          }
          const eligible = run.flatMap((t, i) => {
            const requirement = requirementOf(t)
            if (requirement === undefined) return []
            return run.filter((other) => requirementOf(other) === requirement).length === 1 ? [i] : []
          })
          fc.pre(eligible.length > 0)
          const removed = eligible[pick % eligible.length] as number
          const journey = run.filter((_, i) => i !== removed)
          const alignment = alignJourney(model, journey)
          expect(alignment.cost).toBe(1)
          expect(alignment.modelMoves).toBe(1)
          expect(alignment.logMoves).toBe(0)
          expect(alignment.fitness).toBeCloseTo(1 - 1 / (journey.length + requiredStepCount(model)), 12)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('charges exactly one log move for an unexpected touchpoint added to a conforming journey', () => {
    fc.assert(
      fc.property(
        modelArbitrary(false).chain(({ model }) =>
          fc.tuple(fc.constant(model), runArbitrary(model), fc.nat(), fc.nat()),
        ),
        ([model, run, pickTouchpoint, pickPlace]) => {
          const stageOf = (t: number) => model.touchpoints[t]?.stage as number
          // touchpoints and places where the journey leaves the model's language: out of stage order,
          // a second once-only touchpoint, a second member of an alternative group
          const insertions: [number, number][] = []
          for (let t = 0; t < model.touchpoints.length; t++) {
            const touchpoint = model.touchpoints[t] as ProcessModel['touchpoints'][number]
            for (let place = 0; place <= run.length; place++) {
              const before = run.slice(0, place)
              const after = run.slice(place)
              const outOfOrder =
                before.some((other) => stageOf(other) > touchpoint.stage) ||
                after.some((other) => stageOf(other) < touchpoint.stage)
              const twice = !touchpoint.repeatable && run.includes(t)
              const rival =
                touchpoint.alternative >= 0 &&
                run.some((other) => other !== t && model.touchpoints[other]?.alternative === touchpoint.alternative)
              if (outOfOrder || twice || rival) insertions.push([t, place])
            }
          }
          fc.pre(insertions.length > 0)
          const [t, place] = insertions[(pickTouchpoint + pickPlace) % insertions.length] as [number, number]
          const journey = [...run.slice(0, place), t, ...run.slice(place)]
          expect(accepts(model, journey)).toBe(false)
          const alignment = alignJourney(model, journey)
          expect(alignment.cost).toBe(1)
          expect(alignment.logMoves).toBe(1)
          expect(alignment.modelMoves).toBe(0)
        },
      ),
      { numRuns: 200 },
    )
  })
})
