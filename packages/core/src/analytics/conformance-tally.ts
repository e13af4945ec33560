import { compareText } from '../identity/identifier.js'
import type { Alignment } from './align-journey.js'
import type { ConformanceResult, Deviation, DeviationKind } from './conformance.js'
import { NONE } from './journey-log.js'
import type { ModelTouchpoint, ProcessModel } from './process-model.js'
import { quantile } from './summarize.js'

/** The kinds in their order: the tie-break of the answer's deviations, and the keys below. */
export const DEVIATION_KINDS: readonly DeviationKind[] = [
  'skipped-step',
  'unexpected-touchpoint',
  'backward-move',
  'channel-switch',
]
const SKIPPED = 0
const UNEXPECTED = 1
const BACKWARD = 2

/** What one distinct trace's alignment contributes to the totals. */
interface TraceReport {
  readonly alignment: Alignment
  /** Deviation key (kind × touchpoints + touchpoint) → occurrences in one case. */
  readonly deviations: ReadonlyMap<number, number>
  /** Per stage: max(0, 1 − cost / (events + required)), or NaN when undefined. */
  readonly stageFitness: Float64Array
  /** Per trace position (one per matched event): the synchronised touchpoint or -1, and its stage visit. */
  readonly syncTouchpoint: Int32Array
  readonly syncVisit: Int32Array
  /** Whether two synchronous moves share a visit (a channel switch is possible). */
  readonly sharesVisits: boolean
}

interface Tally {
  cases: number
  occurrences: number
  /** The `addSwitches` call that last counted cases here (cases are counted once per call). */
  lastCall: number
  examples: string[]
}

/**
 * The counting half of conformance, shared by the journey log (`checkConformance`, one case at a
 * time) and engines that group cases by their touchpoint and channel sequences first
 * (`checkConformanceOfTraces`): distinct traces are added with their alignment, then cases are
 * added to them (a count and their smallest case ids), channel switches counted on the cases'
 * channels, and `result` sums everything into core's answer.
 */
export class ConformanceTally {
  private readonly reports: TraceReport[] = []
  private readonly traceCases: number[] = []
  private readonly traceExamples: string[][] = []
  private readonly switches = new Map<number, Tally>()
  private readonly required: Int32Array
  private readonly channelNames: string[]
  /** Per touchpoint, the code of its designed channel (used when a synchronised event has none). */
  private readonly designedChannel: Int32Array
  private calls = 0

  /** `channels` are the names of the channel codes the switches will be counted with. */
  constructor(
    private readonly model: ProcessModel,
    channels: readonly string[],
    private readonly exampleLimit: number,
  ) {
    this.required = requiredPerStage(model)
    this.channelNames = [...channels]
    const channelCode = new Map(this.channelNames.map((name, code) => [name, code]))
    this.designedChannel = Int32Array.from(model.touchpoints, (touchpoint) => {
      let code = channelCode.get(touchpoint.channel)
      if (code === undefined) {
        code = this.channelNames.length
        this.channelNames.push(touchpoint.channel)
        channelCode.set(touchpoint.channel, code)
      }
      return code
    })
  }

  /** Adds a distinct trace by its alignment; answers its index for `addCases` and `addSwitches`. */
  addTrace(alignment: Alignment): number {
    this.reports.push(reportTrace(this.model, this.required, alignment))
    this.traceCases.push(0)
    this.traceExamples.push([])
    return this.reports.length - 1
  }

  alignment(trace: number): Alignment {
    return (this.reports[trace] as TraceReport).alignment
  }

  /** Whether cases of this trace can switch channels (two synchronous moves in one stage visit). */
  sharesVisits(trace: number): boolean {
    return (this.reports[trace] as TraceReport).sharesVisits
  }

  /** `cases` more cases follow this trace; `examples` are the smallest of their ids (or all of them). */
  addCases(trace: number, cases: number, examples: readonly string[]): void {
    this.traceCases[trace] = (this.traceCases[trace] as number) + cases
    for (const id of examples) keepSmallest(this.traceExamples[trace] as string[], id, this.exampleLimit)
  }

  /**
   * Counts the channel switches of `cases` cases of one trace whose matched events are on
   * `channels` (per trace position: a channel code, or NONE for the touchpoint's designed
   * channel; the first `length` of them): two consecutive synchronous events of one stage visit on
   * different channels.
   */
  addSwitches(trace: number, channels: Int32Array, length: number, cases: number, examples: readonly string[]): void {
    const report = this.reports[trace] as TraceReport
    const C = this.channelNames.length
    const call = ++this.calls
    let previousVisit = -1
    let previousChannel = -1
    for (let position = 0; position < length; position++) {
      const t = report.syncTouchpoint[position] as number
      if (t < 0) continue
      const own = channels[position] as number
      const channel = own === NONE ? (this.designedChannel[t] as number) : own
      const visit = report.syncVisit[position] as number
      if (visit === previousVisit && channel !== previousChannel) {
        const key = (t * C + previousChannel) * C + channel
        let entry = this.switches.get(key)
        if (entry === undefined) {
          entry = { cases: 0, occurrences: 0, lastCall: -1, examples: [] }
          this.switches.set(key, entry)
        }
        entry.occurrences += cases
        if (entry.lastCall !== call) {
          entry.lastCall = call
          entry.cases += cases
          for (const id of examples) keepSmallest(entry.examples, id, this.exampleLimit)
        }
      }
      previousVisit = visit
      previousChannel = channel
    }
  }

  /** Core's answer over every case added (without the per-case list). */
  result(shortestRun: number): ConformanceResult {
    const { model } = this
    const T = model.touchpoints.length
    const C = this.channelNames.length
    const alignmentDeviations = new Map<number, Tally>()
    /** Per stage, its fitness values over the traces where it is defined, with their cases: summed in value order, so the sum does not depend on the order traces came in (fitness takes few values). */
    const stageTerms: Map<number, number>[] = model.stages.map(() => new Map())
    let totalCases = 0
    this.reports.forEach((report, v) => {
      const cases = this.traceCases[v] as number
      if (cases === 0) return
      totalCases += cases
      for (const [key, occurrences] of report.deviations) {
        let entry = alignmentDeviations.get(key)
        if (entry === undefined) {
          entry = { cases: 0, occurrences: 0, lastCall: -1, examples: [] }
          alignmentDeviations.set(key, entry)
        }
        entry.cases += cases
        entry.occurrences += occurrences * cases
        for (const id of this.traceExamples[v] as string[]) keepSmallest(entry.examples, id, this.exampleLimit)
      }
      report.stageFitness.forEach((fitness, s) => {
        if (Number.isNaN(fitness)) return
        const terms = stageTerms[s] as Map<number, number>
        terms.set(fitness, (terms.get(fitness) ?? 0) + cases)
      })
    })

    const deviations: (Deviation & { order: number })[] = []
    for (const [key, entry] of alignmentDeviations) {
      const kind = Math.floor(key / T)
      const touchpoint = model.touchpoints[key - kind * T] as ModelTouchpoint
      deviations.push(deviation(model, DEVIATION_KINDS[kind] as DeviationKind, touchpoint, null, null, entry, key))
    }
    const channelRank = new Int32Array(C)
    this.channelNames
      .map((name, code) => ({ name, code }))
      .sort((a, b) => compareText(a.name, b.name))
      .forEach(({ code }, rank) => {
        channelRank[code] = rank
      })
    for (const [key, entry] of this.switches) {
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
          this.channelNames[from] ?? null,
          this.channelNames[to] ?? null,
          entry,
          order,
        ),
      )
    }
    deviations.sort((a, b) => b.cases - a.cases || b.occurrences - a.occurrences || a.order - b.order)

    const sorted = new Float64Array(totalCases)
    let at = 0
    this.reports.forEach((report, v) => {
      const cases = this.traceCases[v] as number
      sorted.fill(report.alignment.fitness, at, at + cases)
      at += cases
    })
    sorted.sort()
    let fitting = 0
    let total = 0
    const bins = new Array<number>(10).fill(0)
    for (const fitness of sorted) {
      total += fitness
      if (fitness === 1) fitting++
      const bin = Math.min(9, Math.floor(fitness * 10))
      bins[bin] = (bins[bin] as number) + 1
    }
    let withoutTouchpoints = 0
    let distinctTraces = 0
    this.reports.forEach((report, v) => {
      const cases = this.traceCases[v] as number
      if (report.syncTouchpoint.length === 0) withoutTouchpoints += cases
      else if (cases > 0) distinctTraces++
    })
    return {
      totalCases,
      casesWithoutTouchpoints: withoutTouchpoints,
      fittingCases: fitting,
      distinctTraces,
      shortestRun,
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
      stages: model.stages.map((stage, s) => {
        let sum = 0
        let cases = 0
        for (const [fitness, count] of [...(stageTerms[s] as Map<number, number>)].sort((a, b) => a[0] - b[0])) {
          sum += fitness * count
          cases += count
        }
        return { stageId: stage.id, name: stage.name, fitness: cases === 0 ? null : sum / cases, cases }
      }),
      deviations: deviations.map(({ order: _, ...rest }) => rest),
    }
  }
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
export function keepSmallest(list: string[], id: string, limit: number): void {
  if (limit <= 0) return
  if (list.length === limit && compareText(id, list[limit - 1] as string) >= 0) return
  let at = list.length
  while (at > 0 && compareText(id, list[at - 1] as string) < 0) at--
  if (at > 0 && list[at - 1] === id) return
  list.splice(at, 0, id)
  if (list.length > limit) list.pop()
}
