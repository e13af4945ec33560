import type { Activities } from './classify.js'
import type { JourneyLog } from './journey-log.js'
import {
  type ActivitySequences,
  activitySequences,
  labelRanks,
  sequenceRows,
  tallySequences,
  type VariantTableRow,
} from './variants.js'

/** `after`: what cases did next; `before`: what they did to get there. */
export type PathDirection = 'after' | 'before'

export interface PathOptions {
  /** The activity label the paths start from (after) or lead to (before), at its first occurrence in each case; absent: the case's first (after) or last (before) activity. */
  readonly anchor?: string
  readonly direction: PathDirection
  /** How many activities to follow after (or before) the anchor: a natural number. */
  readonly depth: number
  /** Per step, keep the N activities with most cases as nodes and group the rest into one `other` node (absent: every activity). */
  readonly top?: number
  /** Keep the N most frequent paths in `paths` and sum the rest into an `other` row (absent: every path). */
  readonly topPaths?: number
}

/**
 * A Sankey node: an activity at a step, the activities grouped as `other` at a step, or where
 * cases ran out of activities before `depth` steps (`end` after the anchor, `start` before it).
 * Steps count activities from the anchor (step 0): 1…depth after it, −1…−depth before it, so
 * every link goes from step s to step s + 1, in time order.
 */
export type PathNode =
  | {
      readonly id: string
      readonly step: number
      readonly kind: 'activity'
      readonly activity: string
      readonly cases: number
    }
  | {
      readonly id: string
      readonly step: number
      readonly kind: 'other'
      readonly activity: null
      /** How many activities this node groups. */
      readonly activities: number
      readonly cases: number
    }
  | {
      readonly id: string
      readonly step: number
      readonly kind: 'end' | 'start'
      readonly activity: null
      readonly cases: number
    }

/** Cases that went from node `source` to node `target` (ids of `nodes`), one step later. */
export interface PathLink {
  readonly source: string
  readonly target: string
  readonly cases: number
}

/**
 * Paths after or before an activity. Each anchored case contributes one path: the anchor and up to
 * `depth` activities after it (or before it), in time order. Node ids are `<step>:<activity>` for
 * an activity and `<step>#other`, `<step>#end`, `<step>#start` otherwise. Nodes are sorted by
 * step, then activities by cases (descending) and name, then `other`, then `end` or `start`;
 * links by source then target in that node order.
 */
export interface PathAnalysis {
  readonly anchor: string | null
  readonly direction: PathDirection
  readonly depth: number
  /** Cases with at least one activity. */
  readonly totalCases: number
  /** Cases that contain the anchor (all of `totalCases` without an anchor): the 100 % of coverage. */
  readonly cases: number
  /** Distinct paths (all of them, also when `paths` is cut to the top N). */
  readonly totalPaths: number
  /** The path table: sequence in time order, cases, coverage of `cases` in percent. */
  readonly paths: readonly VariantTableRow[]
  readonly nodes: readonly PathNode[]
  readonly links: readonly PathLink[]
}

/** The pseudo activity codes of a step's `other` node and of its `end` (or `start`) node. */
const OTHER = -2
const TERMINAL = -3
/** No anchor given: paths start at the case's first activity (after) or end at its last (before). */
const NO_ANCHOR = -1
/** An anchor that is no activity of the log: no case has it. */
const ABSENT = -2

/**
 * Paths after or before an activity, as a table and as Sankey data. The flows are conserved:
 * every node's cases equal the cases of its incoming links (except at the first step and for
 * `start` nodes) and of its outgoing links (except at the last step and for `end` nodes), and the
 * nodes of step 0 hold all anchored cases.
 *
 * @example
 * computePaths(log, classify(log, 'name'), { anchor: 'Add to cart', direction: 'after', depth: 3, top: 5 })
 * // { cases: 812, paths: [{ sequence: ['Add to cart', 'Checkout', 'Order Completed'], cases: 402, coverage: 49.5… }, …],
 * //   nodes: [{ id: '0:Add to cart', step: 0, kind: 'activity', activity: 'Add to cart', cases: 812 }, …],
 * //   links: [{ source: '0:Add to cart', target: '1:Checkout', cases: 530 }, …] }
 */
export function computePaths(log: JourneyLog, activities: Activities, options: PathOptions): PathAnalysis {
  const { direction, depth } = options
  if (!(Number.isInteger(depth) && depth >= 0)) throw new RangeError(`depth must be a natural number, got ${depth}`)
  if (options.top !== undefined && !(Number.isInteger(options.top) && options.top >= 0))
    throw new RangeError(`top must be a natural number, got ${options.top}`)
  const { labels } = activities
  const sequences = activitySequences(log, activities)
  const windows = pathWindows(sequences, anchorCode(labels, options.anchor), direction, depth)
  const tally = tallySequences(windows)
  let totalCases = 0
  for (let c = 0; c < log.caseCount; c++) if (sequences.offsets[c + 1] !== sequences.offsets[c]) totalCases++

  // Node of (step, activity): counted per step, then the top activities of each step kept.
  const columns = depth + 1
  const counts = new Map<number, number>()
  const nodeKey = (column: number, code: number) => (code + 3) * columns + column
  const add = (key: number, cases: number) => counts.set(key, (counts.get(key) ?? 0) + cases)
  forEachStep(windows, tally, direction, depth, (column, code, cases) => add(nodeKey(column, code), cases))

  const ranks = labelRanks(labels)
  const kept = new Map<number, number>() // node key → node index
  const nodes: PathNode[] = []
  const firstStep = direction === 'after' ? 0 : -depth
  for (let column = 0; column < columns; column++) {
    const step = firstStep + column
    const present: number[] = []
    for (let code = 0; code < labels.length; code++) if (counts.has(nodeKey(column, code))) present.push(code)
    const cases = (code: number) => counts.get(nodeKey(column, code)) ?? 0
    present.sort((a, b) => cases(b) - cases(a) || (ranks[a] as number) - (ranks[b] as number))
    const shown = options.top === undefined ? present.length : Math.min(options.top, present.length)
    for (let r = 0; r < shown; r++) {
      const code = present[r] as number
      const activity = labels[code] as string
      kept.set(nodeKey(column, code), nodes.length)
      nodes.push({ id: `${step}:${activity}`, step, kind: 'activity', activity, cases: cases(code) })
    }
    if (shown < present.length) {
      let grouped = 0
      for (let r = shown; r < present.length; r++) grouped += cases(present[r] as number)
      kept.set(nodeKey(column, OTHER), nodes.length)
      nodes.push({
        id: `${step}#other`,
        step,
        kind: 'other',
        activity: null,
        activities: present.length - shown,
        cases: grouped,
      })
    }
    const terminal = cases(TERMINAL)
    if (terminal > 0) {
      const kind = direction === 'after' ? 'end' : 'start'
      kept.set(nodeKey(column, TERMINAL), nodes.length)
      nodes.push({ id: `${step}#${kind}`, step, kind, activity: null, cases: terminal })
    }
  }
  const nodeOf = (column: number, code: number): number =>
    kept.get(nodeKey(column, code)) ?? (kept.get(nodeKey(column, OTHER)) as number)

  const linkCases = new Map<number, number>()
  let previous = -1
  forEachStep(windows, tally, direction, depth, (column, code, cases, isFirst) => {
    const node = nodeOf(column, code)
    if (!isFirst) {
      const key = previous * nodes.length + node
      linkCases.set(key, (linkCases.get(key) ?? 0) + cases)
    }
    previous = node
  })
  const links = [...linkCases.keys()]
    .sort((a, b) => a - b)
    .map((key) => ({
      source: (nodes[Math.floor(key / nodes.length)] as PathNode).id,
      target: (nodes[key % nodes.length] as PathNode).id,
      cases: linkCases.get(key) as number,
    }))

  return {
    anchor: options.anchor ?? null,
    direction,
    depth,
    totalCases,
    cases: tally.total,
    totalPaths: tally.cases.length,
    paths: sequenceRows(windows, tally, labels, options.topPaths),
    nodes,
    links,
  }
}

function anchorCode(labels: readonly string[], anchor: string | undefined): number {
  if (anchor === undefined) return NO_ANCHOR
  const code = labels.indexOf(anchor)
  return code === -1 ? ABSENT : code
}

/** Each case's window: the anchor and up to `depth` activities after (or before) it; empty when the case lacks the anchor. */
function pathWindows(
  sequences: ActivitySequences,
  anchor: number,
  direction: PathDirection,
  depth: number,
): ActivitySequences {
  const cases = sequences.offsets.length - 1
  const offsets = new Int32Array(cases + 1)
  const starts = new Int32Array(cases)
  let total = 0
  for (let c = 0; c < cases; c++) {
    const start = sequences.offsets[c] as number
    const end = sequences.offsets[c + 1] as number
    let from = start
    let to = start
    if (end > start) {
      let at = -1
      if (anchor === NO_ANCHOR) at = direction === 'after' ? start : end - 1
      else for (let i = start; i < end && at === -1; i++) if (sequences.codes[i] === anchor) at = i
      if (at !== -1) {
        from = direction === 'after' ? at : Math.max(start, at - depth)
        to = direction === 'after' ? Math.min(end, at + depth + 1) : at + 1
      }
    }
    starts[c] = from
    total += to - from
    offsets[c + 1] = total
  }
  const codes = new Int32Array(total)
  for (let c = 0; c < cases; c++)
    codes.set(
      sequences.codes.subarray(
        starts[c] as number,
        (starts[c] as number) + (offsets[c + 1] as number) - (offsets[c] as number),
      ),
      offsets[c] as number,
    )
  return { codes, offsets }
}

/**
 * Calls `visit` for every step of every distinct window, in time order, with its column
 * (step − first step), its activity code (or TERMINAL where the case ran out) and its cases.
 */
function forEachStep(
  windows: ActivitySequences,
  tally: ReturnType<typeof tallySequences>,
  direction: PathDirection,
  depth: number,
  visit: (column: number, code: number, cases: number, isFirst: boolean) => void,
): void {
  for (let v = 0; v < tally.cases.length; v++) {
    const example = tally.example[v] as number
    const cases = tally.cases[v] as number
    const start = windows.offsets[example] as number
    const length = (windows.offsets[example + 1] as number) - start
    const short = length <= depth
    // Before the anchor, a window shorter than depth + 1 starts with the case: a `start` node precedes it.
    let column = direction === 'after' ? 0 : depth + 1 - length
    if (direction === 'before' && short) visit(column - 1, TERMINAL, cases, true)
    for (let i = 0; i < length; i++) {
      visit(column, windows.codes[start + i] as number, cases, i === 0 && !(direction === 'before' && short))
      column++
    }
    if (direction === 'after' && short) visit(column, TERMINAL, cases, false)
  }
}
