import { compareText } from '../identity/identifier.js'
import { type Alignment, alignSymbols, compileAutomaton } from './align-journey.js'
import { Dictionary, type JourneyLog, NONE } from './journey-log.js'
import { SelectorBits, selectorMayMatch } from './match-selector.js'
import type { ModelTouchpoint, ProcessModel } from './process-model.js'
import { quantile } from './summarize.js'
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
export const DEVIATION_KINDS: readonly DeviationKind[] = [
  'skipped-step',
  'unexpected-touchpoint',
  'backward-move',
  'channel-switch',
]

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

/** What one distinct trace's alignment contributes to the totals. */
interface TraceReport {
  readonly alignment: Alignment
  /** Deviation key (kind × touchpoints + touchpoint) → occurrences in one case. */
  readonly deviations: ReadonlyMap<number, number>
  /** Per stage: max(0, 1 − cost / (events + required)), or NaN when undefined. */
  readonly stageFitness: Float64Array
  /** Per trace position: the synchronised touchpoint or -1, and its stage visit. */
  readonly syncTouchpoint: Int32Array
  readonly syncVisit: Int32Array
  /** Whether two synchronous moves share a visit (a channel switch is possible). */
  readonly sharesVisits: boolean
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
  const exampleLimit = options.exampleCases ?? 5
  const automaton = compileAutomaton(model)
  const matches = matchTouchpoints(log, model)
  const sequences = activitySequences(log, matches)
  const tally = tallySequences(sequences)
  const traceCount = tally.cases.length
  const empty = traceCount // the empty trace's index
  const required = requiredPerStage(model)
  const reports: TraceReport[] = []
  for (let v = 0; v < traceCount; v++) {
    const c = tally.example[v] as number
    const symbols = sequences.codes.subarray(sequences.offsets[c] as number, sequences.offsets[c + 1] as number)
    reports.push(reportTrace(model, required, alignSymbols(automaton, symbols, matches.sets)))
  }
  reports.push(reportTrace(model, required, alignSymbols(automaton, new Int32Array(0), matches.sets)))

  const channelNames = [...log.channels]
  const channelCode = new Map(channelNames.map((name, code) => [name, code]))
  const designedChannel = model.touchpoints.map((touchpoint) => {
    let code = channelCode.get(touchpoint.channel)
    if (code === undefined) {
      code = channelNames.length
      channelNames.push(touchpoint.channel)
      channelCode.set(touchpoint.channel, code)
    }
    return code
  })
  const C = channelNames.length

  const traceCases = new Float64Array(traceCount + 1)
  const traceExamples: string[][] = Array.from({ length: traceCount + 1 }, () => [])
  const caseFitness = new Float64Array(log.caseCount)
  const switches = new Map<number, Tally>()
  for (let c = 0; c < log.caseCount; c++) {
    const v = (tally.distinctOf[c] as number) === -1 ? empty : (tally.distinctOf[c] as number)
    const report = reports[v] as TraceReport
    traceCases[v] = (traceCases[v] as number) + 1
    keepSmallest(traceExamples[v] as string[], log.caseIds.at(c) as string, exampleLimit)
    caseFitness[c] = report.alignment.fitness
    if (!report.sharesVisits) continue
    let position = -1
    let previousVisit = -1
    let previousChannel = -1
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++) {
      if ((matches.codes[i] as number) === NONE) continue
      position++
      const t = report.syncTouchpoint[position] as number
      if (t < 0) continue
      const own = log.channel[i] as number
      const channel = own === NONE ? (designedChannel[t] as number) : own
      const visit = report.syncVisit[position] as number
      if (visit === previousVisit && channel !== previousChannel) {
        const key = (t * C + previousChannel) * C + channel
        let entry = switches.get(key)
        if (entry === undefined) {
          entry = { cases: 0, occurrences: 0, lastCase: -1, examples: [] }
          switches.set(key, entry)
        }
        entry.occurrences++
        if (entry.lastCase !== c) {
          entry.lastCase = c
          entry.cases++
          keepSmallest(entry.examples, log.caseIds.at(c) as string, exampleLimit)
        }
      }
      previousVisit = visit
      previousChannel = channel
    }
  }

  const T = model.touchpoints.length
  const alignmentDeviations = new Map<number, Tally>()
  const stageSums = new Float64Array(model.stages.length)
  const stageCases = new Float64Array(model.stages.length)
  reports.forEach((report, v) => {
    const cases = traceCases[v] as number
    if (cases === 0) return
    for (const [key, occurrences] of report.deviations) {
      let entry = alignmentDeviations.get(key)
      if (entry === undefined) {
        entry = { cases: 0, occurrences: 0, lastCase: -1, examples: [] }
        alignmentDeviations.set(key, entry)
      }
      entry.cases += cases
      entry.occurrences += occurrences * cases
      for (const id of traceExamples[v] as string[]) keepSmallest(entry.examples, id, exampleLimit)
    }
    report.stageFitness.forEach((fitness, s) => {
      if (Number.isNaN(fitness)) return
      stageSums[s] = (stageSums[s] as number) + fitness * cases
      stageCases[s] = (stageCases[s] as number) + cases
    })
  })

  const deviations: (Deviation & { order: number })[] = []
  for (const [key, entry] of alignmentDeviations) {
    const kind = Math.floor(key / T)
    const touchpoint = model.touchpoints[key - kind * T] as ModelTouchpoint
    deviations.push(deviation(model, DEVIATION_KINDS[kind] as DeviationKind, touchpoint, null, null, entry, key))
  }
  const channelRank = new Int32Array(C)
  channelNames
    .map((name, code) => ({ name, code }))
    .sort((a, b) => compareText(a.name, b.name))
    .forEach(({ code }, rank) => {
      channelRank[code] = rank
    })
  for (const [key, entry] of switches) {
    const t = Math.floor(key / (C * C))
    const from = Math.floor(key / C) % C
    const to = key % C
    const touchpoint = model.touchpoints[t] as ModelTouchpoint
    // Ties are ordered by channel names, not codes: the order of a dictionary is no part of the answer.
    const order = 3 * T * C * C + (t * C + (channelRank[from] as number)) * C + (channelRank[to] as number)
    deviations.push(
      deviation(
        model,
        'channel-switch',
        touchpoint,
        channelNames[from] ?? null,
        channelNames[to] ?? null,
        entry,
        order,
      ),
    )
  }
  deviations.sort((a, b) => b.cases - a.cases || b.occurrences - a.occurrences || a.order - b.order)

  const sorted = Float64Array.from(caseFitness).sort()
  let fitting = 0
  let total = 0
  const bins = new Array<number>(10).fill(0)
  for (const fitness of sorted) {
    total += fitness
    if (fitness === 1) fitting++
    const bin = Math.min(9, Math.floor(fitness * 10))
    bins[bin] = (bins[bin] as number) + 1
  }
  const result: ConformanceResult = {
    totalCases: log.caseCount,
    casesWithoutTouchpoints: traceCases[empty] as number,
    fittingCases: fitting,
    distinctTraces: traceCount,
    shortestRun: automaton.shortestRun,
    fitness:
      sorted.length === 0
        ? null
        : {
            mean: total / sorted.length,
            median: quantile(sorted, 0.5),
            p10: quantile(sorted, 0.1),
            min: sorted[0] as number,
            distribution: bins.map((cases, k) => ({ from: k / 10, to: (k + 1) / 10, cases })),
          },
    stages: model.stages.map((stage, s) => ({
      stageId: stage.id,
      name: stage.name,
      fitness: (stageCases[s] as number) === 0 ? null : (stageSums[s] as number) / (stageCases[s] as number),
      cases: stageCases[s] as number,
    })),
    deviations: deviations.map(({ order: _, ...rest }) => rest),
  }
  if (!options.includeCases) return result
  const cases: CaseFitness[] = []
  for (let c = 0; c < log.caseCount; c++) {
    const v = (tally.distinctOf[c] as number) === -1 ? empty : (tally.distinctOf[c] as number)
    cases.push({
      caseId: log.caseIds.at(c) as string,
      fitness: caseFitness[c] as number,
      cost: (reports[v] as TraceReport).alignment.cost,
    })
  }
  return { ...result, cases }
}

interface Tally {
  cases: number
  occurrences: number
  lastCase: number
  examples: string[]
}

function deviation(
  model: ProcessModel,
  kind: DeviationKind,
  touchpoint: ModelTouchpoint,
  fromChannel: string | null,
  toChannel: string | null,
  entry: Tally,
  order: number,
): Deviation & { order: number } {
  return {
    kind,
    stageId: (model.stages[touchpoint.stage] as ProcessModel['stages'][number]).id,
    touchpointId: touchpoint.id,
    fromChannel,
    toChannel,
    cases: entry.cases,
    occurrences: entry.occurrences,
    exampleCases: entry.examples,
    order,
  }
}

const SKIPPED = 0
const UNEXPECTED = 1
const BACKWARD = 2

function reportTrace(model: ProcessModel, required: Int32Array, alignment: Alignment): TraceReport {
  const T = model.touchpoints.length
  const S = model.stages.length
  const length = alignment.moves.reduce((n, move) => (move.kind === 'model' ? n : n + 1), 0)
  const syncTouchpoint = new Int32Array(length).fill(-1)
  const syncVisit = new Int32Array(length).fill(-1)
  const deviations = new Map<number, number>()
  const stageCost = new Float64Array(S)
  const stageEvents = new Float64Array(S)
  let sharesVisits = false
  let lastSyncVisit = -1
  for (const move of alignment.moves) {
    const stage = (model.touchpoints[move.touchpoint] as ModelTouchpoint).stage
    if (move.kind === 'sync') {
      syncTouchpoint[move.position] = move.touchpoint
      syncVisit[move.position] = move.visit
      if (move.visit === lastSyncVisit) sharesVisits = true
      lastSyncVisit = move.visit
      stageEvents[stage] = (stageEvents[stage] as number) + 1
      continue
    }
    const kind = move.kind === 'model' ? SKIPPED : move.backward ? BACKWARD : UNEXPECTED
    const key = kind * T + move.touchpoint
    deviations.set(key, (deviations.get(key) ?? 0) + 1)
    stageCost[stage] = (stageCost[stage] as number) + 1
    if (move.kind === 'log') stageEvents[stage] = (stageEvents[stage] as number) + 1
  }
  const stageFitness = new Float64Array(S)
  for (let s = 0; s < S; s++) {
    const worst = (stageEvents[s] as number) + (required[s] as number)
    stageFitness[s] = worst === 0 ? Number.NaN : Math.max(0, 1 - (stageCost[s] as number) / worst)
  }
  return { alignment, deviations, stageFitness, syncTouchpoint, syncVisit, sharesVisits }
}

/** Required steps of one visit of each stage: required touchpoints outside groups, and required groups. */
function requiredPerStage(model: ProcessModel): Int32Array {
  const required = new Int32Array(model.stages.length)
  for (const touchpoint of model.touchpoints) {
    if (touchpoint.alternative === -1 && touchpoint.required)
      required[touchpoint.stage] = (required[touchpoint.stage] as number) + 1
  }
  for (const group of model.alternatives)
    if (group.required) required[group.stage] = (required[group.stage] as number) + 1
  return required
}

/** Keeps the `limit` smallest ids (code-point order) in a sorted list. */
function keepSmallest(list: string[], id: string, limit: number): void {
  if (limit <= 0) return
  if (list.length === limit && compareText(id, list[limit - 1] as string) >= 0) return
  let at = list.length
  while (at > 0 && compareText(id, list[at - 1] as string) < 0) at--
  if (at > 0 && list[at - 1] === id) return
  list.splice(at, 0, id)
  if (list.length > limit) list.pop()
}
