import { type ModelTouchpoint, type ProcessModel, requiredStepCount } from './process-model.js'

/**
 * One move of an alignment: a synchronous move (the event is the touchpoint the model expects), a
 * log move (the event is a touchpoint the model does not allow there: an unexpected touchpoint, or
 * a backward move when every touchpoint the event matches belongs to a stage before the one the
 * journey was in) or a model move (a required touchpoint the journey skipped).
 */
export interface AlignmentMove {
  readonly kind: 'sync' | 'log' | 'model'
  /** Index into `model.touchpoints`: the touchpoint synchronised, skipped, or reported for the log move. */
  readonly touchpoint: number
  /** Index of the event in the trace (sync and log moves), -1 for a model move. */
  readonly position: number
  /** Which visit of a stage the move belongs to: 0 for the first stage entered, +1 at each stage entered since. */
  readonly visit: number
  /** A log move of an event whose touchpoints all belong to stages before the stage of the previous sync or model move. */
  readonly backward: boolean
}

/** An optimal alignment of a journey with a process model. */
export interface Alignment {
  /** Log moves + model moves (each costs 1; synchronous moves cost 0). */
  readonly cost: number
  /** `1 − cost / (trace length + shortest model run)`; 1 when both are 0. */
  readonly fitness: number
  readonly logMoves: number
  readonly modelMoves: number
  /** The moves in journey order. */
  readonly moves: readonly AlignmentMove[]
}

/**
 * A journey as conformance sees it: for each event that matched at least one touchpoint, the
 * touchpoint (an index into `model.touchpoints`) or all the touchpoints its selectors match.
 */
export type JourneyTrace = readonly (number | readonly number[])[]

/**
 * Aligns a journey to a model with an optimal alignment (Adriansyah's cost function: a log move or
 * a model move costs 1, a synchronous move 0), by a shortest-path search over (trace position ×
 * model state) in the model's automaton. An event matching several touchpoints is synchronised with
 * whichever of them gives the cheapest alignment. Among alignments of equal cost, the one with the
 * fewest log moves (the most events matched) is chosen, and among those the one whose deviations
 * come latest (events matched as early as they can be): the answer is deterministic.
 *
 * Fitness is pm4py's: `1 − cost / (|trace| + length of the shortest model run)`, the denominator
 * being the cost of the worst alignment (every event a log move, the shortest run all model moves).
 *
 * @example
 * // stages browse (search) then buy (checkout, required): a journey that only searched
 * alignJourney(model, [0]) // { cost: 1, fitness: 0.5, moves: [sync search, model checkout] }
 */
export function alignJourney(model: ProcessModel, trace: JourneyTrace): Alignment {
  const sets = trace.map((event) => (typeof event === 'number' ? [event] : event))
  const symbols = Int32Array.from(sets.keys())
  return alignSymbols(compileAutomaton(model), symbols, sets)
}

/**
 * The automaton of a model. A global state is a stage and the state of the current visit of that
 * stage (which required touchpoints are passed, which once-only touchpoints are used, which member
 * of each alternative group is chosen), written in mixed radix; plus the final state. Silent moves
 * leave a complete stage visit for the next stage (or the final state after the last stage) and
 * along loops.
 */
export interface ModelAutomaton {
  readonly model: ProcessModel
  /** Global states, the final state included. */
  readonly stateCount: number
  readonly initial: number
  readonly final: number
  /** The stage of each global state (`stages.length` for the final state). */
  readonly stageOf: Int32Array
  /** Whether the stage visit of each global state has passed every required touchpoint. */
  readonly complete: Uint8Array
  /** Silent successors of each complete state. */
  readonly exits: readonly (readonly number[])[]
  /** Silent predecessors of each state (the inverse of `exits`), in increasing order. */
  readonly entries: readonly (readonly number[])[]
  /** The first global state of each stage; `stageBase[stages.length]` is the final state. */
  readonly stageBase: Int32Array
  /** `next[g * width + k]`: the state after the k-th touchpoint of g's stage, or -1 when not allowed. */
  readonly next: Int32Array
  /** `progress[g * width + k]`: a model move of that touchpoint meets a requirement not met yet. */
  readonly progress: Uint8Array
  /** The largest number of touchpoints in one stage. */
  readonly width: number
  /** Each touchpoint's position in its stage. */
  readonly slot: Int32Array
  /** Length of the shortest run: the required touchpoints and required alternative groups. */
  readonly shortestRun: number
}

const automata = new WeakMap<ProcessModel, ModelAutomaton>()

/** The automaton of a model, compiled once per model object. */
export function compileAutomaton(model: ProcessModel): ModelAutomaton {
  const known = automata.get(model)
  if (known !== undefined) return known
  const stageCount = model.stages.length
  const width = Math.max(1, ...model.stages.map((stage) => stage.touchpoints.length))
  const slot = new Int32Array(model.touchpoints.length)
  const layouts = model.stages.map((stage, s) => {
    stage.touchpoints.forEach((t, k) => {
      slot[t] = k
    })
    return stageLayout(model, s)
  })
  const bases: number[] = []
  let stateCount = 0
  for (const layout of layouts) {
    bases.push(stateCount)
    stateCount += layout.size
  }
  const final = stateCount
  stateCount += 1
  const stageOf = new Int32Array(stateCount).fill(stageCount)
  const complete = new Uint8Array(stateCount)
  const next = new Int32Array(stateCount * width).fill(-1)
  const progress = new Uint8Array(stateCount * width)
  const exits: number[][] = Array.from({ length: stateCount }, () => [])
  layouts.forEach((layout, s) => {
    const base = bases[s] as number
    const stage = model.stages[s] as (typeof model.stages)[number]
    const leave = s + 1 < stageCount ? (bases[s + 1] as number) : final
    const loopTargets = model.loops.filter((loop) => loop.from === s).map((loop) => bases[loop.to] as number)
    for (let local = 0; local < layout.size; local++) {
      const g = base + local
      stageOf[g] = s
      let done = true
      for (const item of layout.requiredItems) if (digit(local, layout, item) === 0) done = false
      if (done) {
        complete[g] = 1
        exits[g] = [leave, ...loopTargets]
      }
      stage.touchpoints.forEach((t, k) => {
        const step = stepLocal(local, layout, t)
        if (step.next >= 0) next[g * width + k] = base + step.next
        if (step.progress) progress[g * width + k] = 1
      })
    }
  })
  const entries: number[][] = Array.from({ length: stateCount }, () => [])
  exits.forEach((targets, g) => {
    for (const target of targets) if (!(entries[target] as number[]).includes(g)) (entries[target] as number[]).push(g)
  })
  const automaton: ModelAutomaton = {
    model,
    stateCount,
    initial: stageCount === 0 ? final : 0,
    final,
    stageOf,
    complete,
    exits,
    entries,
    stageBase: Int32Array.from([...bases, final]),
    next,
    progress,
    width,
    slot,
    shortestRun: requiredStepCount(model),
  }
  automata.set(model, automaton)
  return automaton
}

interface StageLayout {
  readonly size: number
  readonly radix: readonly number[]
  readonly stride: readonly number[]
  /** Items that must be non-zero for the visit to be complete. */
  readonly requiredItems: readonly number[]
  /** Per touchpoint of the model: its item in this stage (-1 untracked) and the digit it writes. */
  readonly itemOf: ReadonlyMap<number, TouchpointItem>
}

interface TouchpointItem {
  readonly item: number
  readonly code: number
  readonly repeatable: boolean
}

function stageLayout(model: ProcessModel, s: number): StageLayout {
  const radix: number[] = []
  const requiredItems: number[] = []
  const itemOf = new Map<number, TouchpointItem>()
  const groupItems = new Map<number, number>()
  for (const t of (model.stages[s] as (typeof model.stages)[number]).touchpoints) {
    const touchpoint = model.touchpoints[t] as ModelTouchpoint
    if (touchpoint.alternative >= 0) {
      const group = model.alternatives[touchpoint.alternative] as (typeof model.alternatives)[number]
      let item = groupItems.get(touchpoint.alternative)
      if (item === undefined) {
        item = radix.length
        radix.push(group.touchpoints.length + 1)
        if (group.required) requiredItems.push(item)
        groupItems.set(touchpoint.alternative, item)
      }
      itemOf.set(t, { item, code: group.touchpoints.indexOf(t) + 1, repeatable: touchpoint.repeatable })
    } else if (touchpoint.required || !touchpoint.repeatable) {
      const item = radix.length
      radix.push(2)
      if (touchpoint.required) requiredItems.push(item)
      itemOf.set(t, { item, code: 1, repeatable: touchpoint.repeatable })
    } else {
      itemOf.set(t, { item: -1, code: 0, repeatable: true })
    }
  }
  const stride: number[] = []
  let size = 1
  for (const r of radix) {
    stride.push(size)
    size *= r
  }
  return { size, radix, stride, requiredItems, itemOf }
}

function digit(local: number, layout: StageLayout, item: number): number {
  return Math.floor(local / (layout.stride[item] as number)) % (layout.radix[item] as number)
}

/** The visit state after touchpoint t (-1 when the visit does not allow it), and whether a model move of t meets a requirement. */
function stepLocal(local: number, layout: StageLayout, t: number): { next: number; progress: boolean } {
  const { item, code, repeatable } = layout.itemOf.get(t) as TouchpointItem
  if (item === -1) return { next: local, progress: false }
  const value = digit(local, layout, item)
  const stride = layout.stride[item] as number
  const required = layout.requiredItems.includes(item)
  if (value === 0) return { next: local + code * stride, progress: required }
  return { next: value === code && repeatable ? local : -1, progress: false }
}

/**
 * Aligns a trace given as symbols (codes into `sets`, each the touchpoints one event matches): the
 * engine of `alignJourney`, which conformance calls once per distinct trace.
 *
 * A bucketed breadth-first search over (trace position × automaton state) gives every node's best
 * key from the start, key = cost × (|trace| + 1) + log moves; the alignment is then read backwards
 * from the end, taking at each node the first move that keeps the key optimal, in the order log
 * move, model move, synchronous move, silent move (lowest state, then lowest touchpoint first).
 * Deviations thus sit as late as an optimal alignment lets them.
 */
export function alignSymbols(
  automaton: ModelAutomaton,
  symbols: ArrayLike<number>,
  sets: readonly (readonly number[])[],
): Alignment {
  const { model, stateCount: G, width, final, stageOf, next, progress, complete, slot } = automaton
  const L = symbols.length
  const nodeCount = (L + 1) * G
  // key = cost × W + log moves (log moves ≤ L < W): optimal cost first, then the fewest log moves
  const W = L + 1
  const dist = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY)
  const order = new Int32Array(nodeCount).fill(-1)
  const goal = L * G + final
  let finalized = 0
  let buckets: number[][] = [[automaton.initial]]
  dist[automaton.initial] = 0
  for (let d = 0; buckets.length > 0; d++) {
    const following: number[][] = []
    for (let l = 0; l < buckets.length; l++) {
      const bucket = buckets[l]
      if (bucket === undefined) continue
      const base = d * W + l
      const relax = (to: number, cost: number, logs: number) => {
        const key = base + cost * W + logs
        if (key < (dist[to] as number)) {
          dist[to] = key
          if (cost === 0) bucket.push(to)
          else {
            let target = following[l + logs]
            if (target === undefined) {
              target = []
              following[l + logs] = target
            }
            target.push(to)
          }
        }
      }
      for (let q = 0; q < bucket.length; q++) {
        const node = bucket[q] as number
        if ((order[node] as number) >= 0 || dist[node] !== base) continue
        order[node] = finalized++
        const i = Math.floor(node / G)
        const g = node - i * G
        const here = i * G
        if (complete[g]) for (const exit of automaton.exits[g] as readonly number[]) relax(here + exit, 0, 0)
        if (i < L) relax(node + G, 1, 1)
        if (g === final) continue
        const stage = stageOf[g] as number
        if (i < L) {
          for (const t of sets[symbols[i] as number] as readonly number[]) {
            if ((model.touchpoints[t] as ModelTouchpoint).stage !== stage) continue
            const to = next[g * width + (slot[t] as number)] as number
            if (to >= 0) relax(here + G + to, 0, 0)
          }
        }
        const count = (model.stages[stage] as (typeof model.stages)[number]).touchpoints.length
        for (let k = 0; k < count; k++) if (progress[g * width + k]) relax(here + (next[g * width + k] as number), 1, 0)
      }
    }
    if ((order[goal] as number) >= 0) break
    buckets = following
  }
  return readAlignment(automaton, symbols, sets, dist, order, goal)
}

const TAU = 0
const SYNC = 1
const LOG = 2
const MODEL = 3

/** Walks back from the end of the trace and the final state, taking the first optimal move in the documented order. */
function readAlignment(
  automaton: ModelAutomaton,
  symbols: ArrayLike<number>,
  sets: readonly (readonly number[])[],
  dist: Float64Array,
  order: Int32Array,
  goal: number,
): Alignment {
  const W = symbols.length + 1
  const { model, stateCount: G, width, stageOf, next, progress, slot, stageBase } = automaton
  const reached = (node: number, d: number) => (order[node] as number) >= 0 && dist[node] === d
  const steps: { kind: number; touchpoint: number; position: number }[] = []
  let node = goal
  while (node !== automaton.initial) {
    const i = Math.floor(node / G)
    const g = node - i * G
    const d = dist[node] as number
    const stage = stageOf[g] as number
    const first = stageBase[stage] as number
    const last = stageBase[stage + 1] as number
    const touchpoints =
      stage < model.stages.length ? (model.stages[stage] as (typeof model.stages)[number]).touchpoints : []
    let step: { kind: number; touchpoint: number; position: number; from: number } | undefined
    if (i > 0 && reached(node - G, d - W - 1)) step = { kind: LOG, touchpoint: -1, position: i - 1, from: node - G }
    for (let p = first; step === undefined && p < last; p++) {
      touchpoints.forEach((t, k) => {
        if (step === undefined && progress[p * width + k] && next[p * width + k] === g && reached(i * G + p, d - W)) {
          step = { kind: MODEL, touchpoint: t, position: -1, from: i * G + p }
        }
      })
    }
    if (step === undefined && i > 0) {
      const candidates = [...(sets[symbols[i - 1] as number] as readonly number[])].sort((a, b) => a - b)
      for (let p = first; step === undefined && p < last; p++) {
        for (const t of candidates) {
          if ((model.touchpoints[t] as ModelTouchpoint).stage !== stage) continue
          if (next[p * width + (slot[t] as number)] === g && reached((i - 1) * G + p, d)) {
            step = { kind: SYNC, touchpoint: t, position: i - 1, from: (i - 1) * G + p }
            break
          }
        }
      }
    }
    if (step === undefined) {
      for (const p of automaton.entries[g] as readonly number[]) {
        const from = i * G + p
        if (reached(from, d) && (order[from] as number) < (order[node] as number)) {
          step = { kind: TAU, touchpoint: -1, position: -1, from }
          break
        }
      }
    }
    if (step === undefined) throw new Error('alignment: no optimal predecessor (automaton inconsistent)')
    steps.push(step)
    node = step.from
  }
  steps.reverse()

  const moves: AlignmentMove[] = []
  let visit = 0
  let current = -1
  let logMoves = 0
  let modelMoves = 0
  for (const step of steps) {
    if (step.kind === TAU) {
      visit++
    } else if (step.kind === LOG) {
      const candidates = sets[symbols[step.position] as number] as readonly number[]
      let ahead = -1
      let lowest = -1
      for (const t of candidates) {
        if (lowest === -1 || t < lowest) lowest = t
        if ((model.touchpoints[t] as ModelTouchpoint).stage >= current && (ahead === -1 || t < ahead)) ahead = t
      }
      moves.push({
        kind: 'log',
        touchpoint: ahead === -1 ? lowest : ahead,
        position: step.position,
        visit,
        backward: ahead === -1,
      })
      logMoves++
    } else {
      current = (model.touchpoints[step.touchpoint] as ModelTouchpoint).stage
      const kind = step.kind === SYNC ? 'sync' : 'model'
      moves.push({ kind, touchpoint: step.touchpoint, position: step.position, visit, backward: false })
      if (step.kind === MODEL) modelMoves++
    }
  }
  const cost = logMoves + modelMoves
  const worst = symbols.length + automaton.shortestRun
  return { cost, fitness: worst === 0 ? 1 : 1 - cost / worst, logMoves, modelMoves, moves }
}
