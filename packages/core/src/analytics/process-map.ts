import type { Activities } from './classify.js'
import { type JourneyLog, NONE } from './journey-log.js'
import { type DurationSummary, summarizeInPlace } from './summarize.js'
import { labelRanks } from './variants.js'

/** One directly-follows edge: activity `to` came right after activity `from` in a case. */
export interface ProcessMapEdge {
  readonly from: string
  readonly to: string
  /** How many times `to` directly followed `from`, over all cases. */
  readonly transitions: number
  /** Distinct cases with at least one such transition. */
  readonly cases: number
  /** Time from the `from` event to the `to` event, milliseconds (mean, median, p90 over the transitions). */
  readonly duration: DurationSummary
}

export interface ActivityFrequency {
  readonly activity: string
  readonly events: number
  /** Distinct cases with at least one such event. */
  readonly cases: number
}

/** An activity that starts (or ends) cases, with how many. */
export interface BoundaryActivity {
  readonly activity: string
  readonly cases: number
}

/**
 * The directly-follows graph of a log. Edges are sorted by transitions (descending), then `from`,
 * then `to` (code-point order); activities by events (descending) then name; start and end
 * activities by cases (descending) then name.
 */
export interface ProcessMap {
  /** Cases with at least one activity. */
  readonly totalCases: number
  /** Activity events (events whose activity is NONE are left out). */
  readonly totalEvents: number
  /** Σ edge transitions = totalEvents − totalCases. */
  readonly totalTransitions: number
  readonly edges: readonly ProcessMapEdge[]
  readonly activities: readonly ActivityFrequency[]
  readonly startActivities: readonly BoundaryActivity[]
  readonly endActivities: readonly BoundaryActivity[]
}

/** Above this many activity pairs the edge index lives in a Map instead of a dense table. */
const DENSE_PAIRS = 1 << 20

/** The directly-follows edges met so far, numbered in order of appearance, with their transitions and distinct cases. */
class EdgeIndex {
  size = 0
  from = new Int32Array(16)
  to = new Int32Array(16)
  transitions = new Float64Array(16)
  cases = new Float64Array(16)
  private lastCase = new Int32Array(16)
  private readonly dense: Int32Array | undefined
  private readonly sparse = new Map<number, number>()

  constructor(private readonly width: number) {
    this.dense = width * width <= DENSE_PAIRS ? new Int32Array(width * width).fill(-1) : undefined
  }

  /** The edge from activity `from` to activity `to`, added when new. */
  edgeOf(from: number, to: number): number {
    const key = from * this.width + to
    const edge = this.dense === undefined ? (this.sparse.get(key) ?? -1) : (this.dense[key] as number)
    return edge === -1 ? this.add(from, to, key) : edge
  }

  /** Counts one transition of `edge` in case `c` (cases are visited in order). */
  count(edge: number, c: number): void {
    this.transitions[edge] = (this.transitions[edge] as number) + 1
    if (this.lastCase[edge] === c) return
    this.lastCase[edge] = c
    this.cases[edge] = (this.cases[edge] as number) + 1
  }

  private add(from: number, to: number, key: number): number {
    const edge = this.size++
    if (edge === this.from.length) {
      const capacity = 2 * edge
      this.from = grown(this.from, new Int32Array(capacity))
      this.to = grown(this.to, new Int32Array(capacity))
      this.transitions = grown(this.transitions, new Float64Array(capacity))
      this.cases = grown(this.cases, new Float64Array(capacity))
      this.lastCase = grown(this.lastCase, new Int32Array(capacity))
    }
    this.from[edge] = from
    this.to[edge] = to
    this.lastCase[edge] = -1
    if (this.dense === undefined) this.sparse.set(key, edge)
    else this.dense[key] = edge
    return edge
  }
}

function grown<A extends Int32Array | Float64Array>(from: A, to: A): A {
  to.set(from)
  return to
}

/**
 * The directly-follows counts of some cases (a whole log, or a part of it) before any summary:
 * per activity its events, distinct cases, starts and ends; per edge (numbered in order of
 * appearance) its activities, transitions and distinct cases; every transition's duration, grouped
 * by edge (edge e's in `durations[sliceStart[e]…sliceStart[e + 1])`, in case order).
 */
export interface DirectlyFollowsPart {
  readonly totalCases: number
  readonly totalEvents: number
  readonly events: Float64Array
  readonly activityCases: Float64Array
  readonly starts: Float64Array
  readonly ends: Float64Array
  readonly edgeFrom: Int32Array
  readonly edgeTo: Int32Array
  readonly transitions: Float64Array
  readonly edgeCases: Float64Array
  readonly durations: Float64Array
  readonly sliceStart: Int32Array
}

/**
 * The process map (directly-follows graph): consecutive activity events of each case, in journey
 * order, make a transition; events whose activity is NONE are dropped before pairing, so the
 * events around them become consecutive. The lifecycle filter and the classifier are applied by
 * the caller (`selectEvents(log, lifecycleMask(…))`, `classify(log, …)`).
 *
 * @example
 * const complete = selectEvents(log, lifecycleMask(log, ['complete']))
 * computeProcessMap(complete, classify(complete, 'name')).totalTransitions // 151419 on BPIC 2012
 */
export function computeProcessMap(log: JourneyLog, activities: Activities): ProcessMap {
  return processMapOfParts([countDirectlyFollows(log, activities.codes, activities.labels.length)], activities.labels)
}

/**
 * The directly-follows counts of the log's cases, `codes` giving each event's activity (NONE: not an
 * activity) among `width`. Two passes over the events: the first counts, the second puts each
 * duration in its edge's slice of one array.
 */
export function countDirectlyFollows(log: JourneyLog, codes: Int32Array, width: number): DirectlyFollowsPart {
  const index = new EdgeIndex(width)
  const events = new Float64Array(width)
  const activityCases = new Float64Array(width)
  const activityLastCase = new Int32Array(width).fill(-1)
  const starts = new Float64Array(width)
  const ends = new Float64Array(width)
  let totalCases = 0
  let totalEvents = 0
  for (let c = 0; c < log.caseCount; c++) {
    let previous = NONE
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++) {
      const code = codes[i] as number
      if (code === NONE) continue
      totalEvents++
      events[code] = (events[code] as number) + 1
      if (activityLastCase[code] !== c) {
        activityLastCase[code] = c
        activityCases[code] = (activityCases[code] as number) + 1
      }
      if (previous === NONE) starts[code] = (starts[code] as number) + 1
      else index.count(index.edgeOf(previous, code), c)
      previous = code
    }
    if (previous !== NONE) {
      totalCases++
      ends[previous] = (ends[previous] as number) + 1
    }
  }

  const edgeCount = index.size
  const cursor = new Int32Array(edgeCount + 1)
  for (let e = 0; e < edgeCount; e++) cursor[e + 1] = (cursor[e] as number) + (index.transitions[e] as number)
  const sliceStart = Int32Array.from(cursor)
  const durations = new Float64Array(totalEvents - totalCases)
  for (let c = 0; c < log.caseCount; c++) {
    let previous = -1
    let previousCode = NONE
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++) {
      const code = codes[i] as number
      if (code === NONE) continue
      if (previous !== -1) {
        const edge = index.edgeOf(previousCode, code)
        const slot = cursor[edge] as number
        durations[slot] = (log.time[i] as number) - (log.time[previous] as number)
        cursor[edge] = slot + 1
      }
      previous = i
      previousCode = code
    }
  }
  return {
    totalCases,
    totalEvents,
    events,
    activityCases,
    starts,
    ends,
    edgeFrom: index.from.subarray(0, edgeCount),
    edgeTo: index.to.subarray(0, edgeCount),
    transitions: index.transitions.subarray(0, edgeCount),
    edgeCases: index.cases.subarray(0, edgeCount),
    durations,
    sliceStart,
  }
}

/**
 * The process map of the parts of a log (`countDirectlyFollows` of consecutive case ranges, in
 * order), as `computeProcessMap` of the whole: counts are summed, each edge's durations put one
 * part after the other (so in case order, as in one piece).
 */
export function processMapOfParts(parts: readonly DirectlyFollowsPart[], labels: readonly string[]): ProcessMap {
  const width = labels.length
  const whole = parts.length === 1 ? (parts[0] as DirectlyFollowsPart) : mergeDirectlyFollows(parts, width)
  const { events, activityCases, starts, ends, edgeFrom, edgeTo, transitions, edgeCases, durations, sliceStart } = whole
  const ranks = labelRanks(labels)
  const label = (code: number) => labels[code] as string
  const byRank = (a: number, b: number) => (ranks[a] as number) - (ranks[b] as number)
  const edgeOrder = Array.from({ length: edgeFrom.length }, (_, e) => e)
  edgeOrder.sort(
    (a, b) =>
      (transitions[b] as number) - (transitions[a] as number) ||
      byRank(edgeFrom[a] as number, edgeFrom[b] as number) ||
      byRank(edgeTo[a] as number, edgeTo[b] as number),
  )
  const edges = edgeOrder.map((e) => ({
    from: label(edgeFrom[e] as number),
    to: label(edgeTo[e] as number),
    transitions: transitions[e] as number,
    cases: edgeCases[e] as number,
    duration: summarizeInPlace(
      durations.subarray(sliceStart[e] as number, sliceStart[e + 1] as number),
    ) as DurationSummary,
  }))

  const present = labels.map((_, code) => code).filter((code) => (events[code] as number) > 0)
  const rankedBy = (counts: Float64Array) =>
    present
      .filter((code) => (counts[code] as number) > 0)
      .sort((a, b) => (counts[b] as number) - (counts[a] as number) || byRank(a, b))
  const boundary = (counts: Float64Array) =>
    rankedBy(counts).map((code) => ({ activity: label(code), cases: counts[code] as number }))
  return {
    totalCases: whole.totalCases,
    totalEvents: whole.totalEvents,
    totalTransitions: whole.totalEvents - whole.totalCases,
    edges,
    activities: rankedBy(events).map((code) => ({
      activity: label(code),
      events: events[code] as number,
      cases: activityCases[code] as number,
    })),
    startActivities: boundary(starts),
    endActivities: boundary(ends),
  }
}

/** Parts of consecutive case ranges as one: sums, and each edge's durations part after part. */
function mergeDirectlyFollows(parts: readonly DirectlyFollowsPart[], width: number): DirectlyFollowsPart {
  const sum = (pick: (part: DirectlyFollowsPart) => Float64Array) => {
    const total = new Float64Array(width)
    for (const part of parts) {
      const counts = pick(part)
      for (let code = 0; code < width; code++) total[code] = (total[code] as number) + (counts[code] as number)
    }
    return total
  }
  const index = new EdgeIndex(width)
  const edgesOfParts = parts.map((part) =>
    Int32Array.from(part.edgeFrom, (from, e) => index.edgeOf(from, part.edgeTo[e] as number)),
  )
  const edgeCount = index.size
  const transitions = new Float64Array(edgeCount)
  const edgeCases = new Float64Array(edgeCount)
  parts.forEach((part, p) => {
    ;(edgesOfParts[p] as Int32Array).forEach((edge, e) => {
      transitions[edge] = (transitions[edge] as number) + (part.transitions[e] as number)
      edgeCases[edge] = (edgeCases[edge] as number) + (part.edgeCases[e] as number)
    })
  })
  const sliceStart = new Int32Array(edgeCount + 1)
  for (let e = 0; e < edgeCount; e++) sliceStart[e + 1] = (sliceStart[e] as number) + (transitions[e] as number)
  const cursor = sliceStart.slice(0, edgeCount)
  const durations = new Float64Array(sliceStart[edgeCount] as number)
  parts.forEach((part, p) => {
    ;(edgesOfParts[p] as Int32Array).forEach((edge, e) => {
      const slice = part.durations.subarray(part.sliceStart[e] as number, part.sliceStart[e + 1] as number)
      durations.set(slice, cursor[edge] as number)
      cursor[edge] = (cursor[edge] as number) + slice.length
    })
  })
  return {
    totalCases: parts.reduce((total, part) => total + part.totalCases, 0),
    totalEvents: parts.reduce((total, part) => total + part.totalEvents, 0),
    events: sum((part) => part.events),
    activityCases: sum((part) => part.activityCases),
    starts: sum((part) => part.starts),
    ends: sum((part) => part.ends),
    edgeFrom: index.from.subarray(0, edgeCount),
    edgeTo: index.to.subarray(0, edgeCount),
    transitions,
    edgeCases,
    durations,
    sliceStart,
  }
}
