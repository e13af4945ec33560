import { alignSymbols, compileAutomaton } from './align-journey.js'
import { ConformanceTally, keepSmallest } from './conformance-tally.js'
import { Dictionary, type JourneyLog, NONE } from './journey-log.js'
import { SelectorBits, selectorMayMatch } from './match-selector.js'
import type { ModelTouchpoint, ProcessModel } from './process-model.js'
import { activitySequences, tallySequences } from './variants.js'

/**
 * Which touchpoints each event is: `sets[codes[i]]` lists the touchpoints (indexes into
 * `model.touchpoints`, increasing) whose selectors match event i, or `codes[i]` is NONE when none
 * does. `labels` name each set by its touchpoint ids joined with `|`, so the matches are also an
 * activity classifier ("touchpoint of a map") for variants and process maps.
 */
export interface TouchpointMatches {
  readonly codes: Int32Array
  readonly labels: readonly string[]
  readonly sets: readonly (readonly number[])[]
}

/**
 * Maps every event to the touchpoints whose selector matches it (one pass over the events for up
 * to 31 touchpoints, their selectors matched at once as bits). Events that match no touchpoint are left out of conformance: they are not journey
 * steps of this map, so they are neither synchronous nor log moves. An event that matches several
 * touchpoints keeps all of them, and the alignment synchronises it with the one that fits best.
 *
 * @example matchTouchpoints(log, model).labels // ['tp-checkout', 'tp-checkout|tp-loyalty-rewards', …]
 */
export function matchTouchpoints(log: JourneyLog, model: ProcessModel): TouchpointMatches {
  const codes = new Int32Array(log.eventCount).fill(NONE)
  const sets: number[][] = []
  const labels = new Dictionary()
  // Touchpoints none of whose event names is in the log match nothing: left out of the passes.
  const matchable = model.touchpoints.flatMap((touchpoint, t) =>
    selectorMayMatch(log, touchpoint.selector) ? [t] : [],
  )
  const block = new Int32Array(Math.min(1 << 16, Math.max(1, log.eventCount)))
  // At most 31 selectors per pass (one bit each); a map with more takes several passes.
  for (let from = 0; from < matchable.length; from += 31) {
    const chunk = matchable.slice(from, from + 31)
    const matcher = new SelectorBits(
      log,
      chunk.map((t) => (model.touchpoints[t] as ModelTouchpoint).selector),
    )
    /** Per set code before this pass (+1, so NONE is 0), per bits of this pass: the set code after it. */
    const extended = new Map<number, number>()
    for (let start = 0; start < log.eventCount; start += block.length) {
      const end = Math.min(log.eventCount, start + block.length)
      if (matcher.fill(block, start, end) === 0) continue
      for (let i = start; i < end; i++) {
        const bits = block[i - start] as number
        if (bits === 0) continue
        const before = codes[i] as number
        const key = (before + 1) * 0x80000000 + bits
        let after = extended.get(key)
        if (after === undefined) {
          const set = before === NONE ? [] : [...(sets[before] as number[])]
          chunk.forEach((t, r) => {
            if (bits & (1 << r)) set.push(t)
          })
          after = labels.code(set.map((member) => (model.touchpoints[member] as ModelTouchpoint).id).join('|'))
          sets[after] = set
          extended.set(key, after)
        }
        codes[i] = after
      }
    }
  }
  return { codes, labels: labels.values, sets }
}

/** Kinds of deviation from the designed journey, as the alignment finds them. */
export type DeviationKind = 'skipped-step' | 'unexpected-touchpoint' | 'backward-move' | 'channel-switch'
export { DEVIATION_KINDS } from './conformance-tally.js'

/**
 * One deviation, counted over the cases: `skipped-step` (a model move: a required touchpoint the
 * journey did not pass), `unexpected-touchpoint` (a log move: a touchpoint the model does not
 * allow there), `backward-move` (a log move of a touchpoint of a stage before the one the journey
 * had reached), `channel-switch` (two consecutive synchronous events of one stage visit on
 * different channels; `touchpointId` is the second one's).
 */
export interface Deviation {
  readonly kind: DeviationKind
  readonly stageId: string
  readonly touchpointId: string
  /** For a channel switch, the channels before and after it; null otherwise. */
  readonly fromChannel: string | null
  readonly toChannel: string | null
  /** Cases with this deviation at least once. */
  readonly cases: number
  /** Times it happens over all cases. */
  readonly occurrences: number
  /** Up to `exampleCases` case ids with it, the smallest in code-point order (independent of case order). */
  readonly exampleCases: readonly string[]
}

/** Fitness over the cases: `mean`, `median`, the 10th percentile `p10` (type-7), `min`, and 10 bins of width 0.1 (the last one holds 1). */
export interface FitnessSummary {
  readonly mean: number
  readonly median: number
  readonly p10: number
  readonly min: number
  readonly distribution: readonly { readonly from: number; readonly to: number; readonly cases: number }[]
}

/**
 * A stage's fitness: the mean, over the cases where it is defined, of
 * `max(0, 1 − deviations of the stage / (events of the stage + required steps of the stage))`,
 * where a deviation is a log move of one of the stage's touchpoints or a model move of one; it is
 * defined when the case has events of the stage or the stage has required steps.
 */
export interface StageFitness {
  readonly stageId: string
  readonly name: string
  readonly fitness: number | null
  readonly cases: number
}

export interface CaseFitness {
  readonly caseId: string
  readonly fitness: number
  readonly cost: number
}

export interface ConformanceResult {
  readonly totalCases: number
  /** Cases with no event matching a touchpoint (aligned as the empty journey). */
  readonly casesWithoutTouchpoints: number
  /** Cases with fitness 1. */
  readonly fittingCases: number
  /** Distinct touchpoint sequences, each aligned once. */
  readonly distinctTraces: number
  /** Length of the shortest run of the model (required steps), the model part of the fitness denominator. */
  readonly shortestRun: number
  /** Null without cases. */
  readonly fitness: FitnessSummary | null
  readonly stages: readonly StageFitness[]
  /** Most frequent first: by cases, then occurrences, then kind and the model's touchpoint order. */
  readonly deviations: readonly Deviation[]
  /** Every case's fitness and cost, in log order, when `includeCases` is set. */
  readonly cases?: readonly CaseFitness[]
}

export interface ConformanceOptions {
  /** How many example case ids each deviation lists (default 5). */
  readonly exampleCases?: number
  /** Also list every case's fitness (default false: a million cases make a large answer). */
  readonly includeCases?: boolean
}

/**
 * Conformance of every journey of a log to a process model (DESIGN §5): per case fitness, per
 * stage fitness and the deviations with their counts and example cases. Each distinct touchpoint
 * sequence is aligned once (`alignJourney` semantics), then the cases are tallied; only channel
 * switches, which depend on the events' channels, are counted case by case. The channel of a
 * matched event is its own, or its touchpoint's designed channel when the event has none. The
 * caller filters the log first (`applyFilter`). Does not depend on the order of the cases.
 *
 * @example
 * const model = compileMapModel(map)
 * if (model.ok) checkConformance(log, model.value).deviations[0] // { kind: 'skipped-step', touchpointId: 'tp-checkout', cases: 412, … }
 */
export function checkConformance(
  log: JourneyLog,
  model: ProcessModel,
  options: ConformanceOptions = {},
): ConformanceResult {
  const automaton = compileAutomaton(model)
  const matches = matchTouchpoints(log, model)
  const sequences = activitySequences(log, matches)
  const tally = tallySequences(sequences)
  const traceCount = tally.cases.length
  const exampleLimit = options.exampleCases ?? 5
  const counts = new ConformanceTally(model, log.channels, exampleLimit)
  for (let v = 0; v < traceCount; v++) {
    const c = tally.example[v] as number
    const symbols = sequences.codes.subarray(sequences.offsets[c] as number, sequences.offsets[c + 1] as number)
    counts.addTrace(alignSymbols(automaton, symbols, matches.sets))
  }
  const empty = counts.addTrace(alignSymbols(automaton, new Int32Array(0), matches.sets))

  const traceCases = new Float64Array(traceCount + 1)
  const traceExamples: string[][] = Array.from({ length: traceCount + 1 }, () => [])
  const channels = new Int32Array(log.caseCount === 0 ? 0 : maxCaseLength(log))
  const traceOf = (c: number) => ((tally.distinctOf[c] as number) === -1 ? empty : (tally.distinctOf[c] as number))
  const oneCase = [''] // the example of addSwitches, one case at a time (no array per case)
  for (let c = 0; c < log.caseCount; c++) {
    const v = traceOf(c)
    const caseId = log.caseIds.at(c) as string
    traceCases[v] = (traceCases[v] as number) + 1
    keepSmallest(traceExamples[v] as string[], caseId, exampleLimit)
    if (!counts.sharesVisits(v)) continue
    let position = 0
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++)
      if ((matches.codes[i] as number) !== NONE) channels[position++] = log.channel[i] as number
    oneCase[0] = caseId
    counts.addSwitches(v, channels, position, 1, oneCase)
  }
  traceExamples.forEach((examples, v) => {
    counts.addCases(v, traceCases[v] as number, examples)
  })
  const result = counts.result(automaton.shortestRun)
  if (!options.includeCases) return result
  const cases: CaseFitness[] = []
  for (let c = 0; c < log.caseCount; c++) {
    const alignment = counts.alignment(traceOf(c))
    cases.push({ caseId: log.caseIds.at(c) as string, fitness: alignment.fitness, cost: alignment.cost })
  }
  return { ...result, cases }
}

/**
 * Cases that follow one touchpoint sequence on the same channels, as an engine that groups cases
 * itself hands them to `checkConformanceOfTraces`.
 */
export interface ConformanceTrace {
  /** Per event that matched a touchpoint, in journey order: the touchpoints it matches (indexes into `model.touchpoints`). Empty for cases that matched none. */
  readonly touchpoints: readonly (readonly number[])[]
  /** Per such event: its own channel, or null (its touchpoint's designed channel then counts). */
  readonly channels: readonly (string | null)[]
  readonly cases: number
  /** The smallest ids of these cases in code-point order: at least `exampleCases` of them, or all. */
  readonly examples: readonly string[]
}

/**
 * `checkConformance` for cases already grouped by their touchpoint and channel sequences (an
 * engine's per-case work), equal to it on the same cases; each distinct touchpoint sequence is
 * aligned once. No per-case list (`includeCases` is not possible from groups).
 *
 * @example
 * checkConformanceOfTraces(model, [{ touchpoints: [[0], [2]], channels: ['web', null], cases: 40, examples: ['c1', 'c7'] }])
 */
export function checkConformanceOfTraces(
  model: ProcessModel,
  traces: readonly ConformanceTrace[],
  options: Pick<ConformanceOptions, 'exampleCases'> = {},
): ConformanceResult {
  const automaton = compileAutomaton(model)
  const channelNames = [...new Set(traces.flatMap((trace) => trace.channels.filter((name) => name !== null)))]
  const channelCode = new Map(channelNames.map((name, code) => [name, code]))
  const counts = new ConformanceTally(model, channelNames, options.exampleCases ?? 5)
  const sets = new Dictionary()
  const setMembers: (readonly number[])[] = []
  const traceIndex = new Map<string, number>()
  for (const trace of traces) {
    const symbols = Int32Array.from(trace.touchpoints, (members) => {
      const sorted = [...members].sort((a, b) => a - b)
      const code = sets.code(sorted.join(','))
      setMembers[code] = sorted
      return code
    })
    const key = symbols.join(' ')
    let v = traceIndex.get(key)
    if (v === undefined) {
      v = counts.addTrace(alignSymbols(automaton, symbols, setMembers))
      traceIndex.set(key, v)
    }
    counts.addCases(v, trace.cases, trace.examples)
    if (counts.sharesVisits(v)) {
      const channels = Int32Array.from(trace.channels, (name) =>
        name === null ? NONE : (channelCode.get(name) as number),
      )
      counts.addSwitches(v, channels, channels.length, trace.cases, trace.examples)
    }
  }
  return counts.result(automaton.shortestRun)
}

function maxCaseLength(log: JourneyLog): number {
  let longest = 0
  for (let c = 0; c < log.caseCount; c++)
    longest = Math.max(longest, (log.caseOffsets[c + 1] as number) - (log.caseOffsets[c] as number))
  return longest
}
