import type { ScalarValue } from '../events/event-selector.schema.js'
import { assertNever } from '../shared/result.js'
import { DeepestOrderedAttempt, isPlainOrderedFunnel } from './deepest-ordered-attempt.js'
import { type FunnelAttribution, type FunnelCountBy, type FunnelSpec, funnelSpecProblems } from './funnel.schema.js'
import {
  breakDownFunnel,
  concatFunnelUnits,
  type FunnelBreakdownRow,
  type FunnelStepResult,
  type FunnelUnits,
  FunnelUnitsBuilder,
  summarizeFunnelSteps,
} from './funnel-breakdown.js'
import { type JourneyLog, NONE } from './journey-log.js'
import { SelectorBits } from './match-selector.js'

/**
 * A funnel's figures: one entry per step (counts, conversions, drop-off, time to convert) and, with
 * a breakdown, the same per attributed value. Counts are of `countBy` units.
 */
export interface FunnelResult {
  readonly countBy: FunnelCountBy
  readonly steps: readonly FunnelStepResult[]
  readonly breakdown?: readonly FunnelBreakdownRow[]
}

/**
 * Computes a funnel over a journey log (the reference every engine must equal; rules in
 * docs/semantics.md, "Funnel"). Every step-1 event opens an attempt (in unordered mode, every event
 * of any step); an attempt reaches a step when the steps up to it happened as the mode requires
 * within the conversion window (and the step windows); a case or a customer counts once, with its
 * deepest attempt. One pass per case over the step bits: O(events + matching events × steps), plus O(steps) per
 * attempt (O(events × steps²) with step windows); a plain ordered funnel counted by case or
 * customer takes two passes per case and no per-attempt work (deepest-ordered-attempt.ts). Throws
 * on a spec that breaks `funnelSpecProblems`.
 *
 * @example computeFunnel(log, FunnelSpec.parse({ steps: [{ name: 'Lead', selector: { events: ['Lead'] } }, { name: 'Deal', selector: { events: ['Deal Won'] } }], windowMs: 30 * 86_400_000 }))
 */
export function computeFunnel(log: JourneyLog, spec: FunnelSpec): FunnelResult {
  const problems = funnelSpecProblems(spec)
  if (problems.length > 0) throw new Error(`Invalid funnel: ${problems.map((problem) => problem.message).join('; ')}`)
  const column = spec.breakdown === undefined ? undefined : log.property(spec.breakdown.property)
  return funnelOfUnits(spec, [collectFunnelUnits(log, spec, column?.codes)], column?.values)
}

/**
 * A funnel's figures from its counted units (`collectFunnelUnits`), collected in one piece or in
 * parts of the log (consecutive case ranges, in order); `breakdownValues` are the values of the
 * breakdown property's codes.
 */
export function funnelOfUnits(
  spec: FunnelSpec,
  parts: readonly FunnelUnits[],
  breakdownValues?: readonly ScalarValue[],
): FunnelResult {
  const labels = spec.steps.map((step) => ({ name: step.name, optional: step.optional === true }))
  const steps = summarizeFunnelSteps(parts, labels)
  if (spec.breakdown === undefined || breakdownValues === undefined) return { countBy: spec.countBy, steps }
  const units = parts.length === 1 ? (parts[0] as FunnelUnits) : concatFunnelUnits(spec.steps.length, parts)
  return {
    countBy: spec.countBy,
    steps,
    breakdown: breakDownFunnel(units, breakdownValues, labels, spec.breakdown.top),
  }
}

/**
 * The same funnel with units that never span two cases, so that its cases can be split into parts
 * whose units are concatenated: the spec itself when counting cases or attempts, counting by case
 * when each customer has one case; undefined when a customer has several cases.
 */
export function funnelByCase(log: JourneyLog, spec: FunnelSpec): FunnelSpec | undefined {
  if (spec.countBy !== 'customer') return spec
  return hasOneCasePerCustomer(log) ? { ...spec, countBy: 'case' } : undefined
}

/**
 * The counted units of a funnel: every attempt, or the deepest attempt of each case or customer
 * (ties: more steps reached, then the earliest first event). `attributionCodes` is the breakdown
 * property column, read at the attributed event of each unit.
 */
export function collectFunnelUnits(
  log: JourneyLog,
  spec: FunnelSpec,
  attributionCodes?: Int32Array,
  options: { readonly general?: boolean } = {},
): FunnelUnits {
  const k = spec.steps.length
  const isKernelCase = spec.countBy !== 'attempt' && isPlainOrderedFunnel(spec) && options.general !== true
  const deepest = isKernelCase ? new DeepestOrderedAttempt(log, spec) : undefined
  const scan = isKernelCase ? undefined : new FunnelScan(log, spec)
  const kernelArrivals = new Int32Array(k)
  /** Visits the deepest attempt of case `c` (the plain ordered kernel), or every attempt (the general scan). */
  const scanCase = (c: number, visit: AttemptVisitor): void => {
    if (scan !== undefined) {
      scan.scanCase(c, visit)
      return
    }
    const entry = (deepest as DeepestOrderedAttempt).find(c, kernelArrivals)
    if (entry >= 0) visit(kernelArrivals, entry)
  }
  const builder = new FunnelUnitsBuilder(
    k,
    spec.countBy === 'customer' ? log.customerIds.length : spec.countBy === 'case' ? log.caseCount : 64,
  )
  const durations = new Float64Array(k)
  const attributionAt = attributionPosition(spec.breakdown?.attribution ?? 'first-touch')
  const time = log.time
  /** Adds the unit whose arrivals are `arrivals[at…at + k)`. */
  const emit = (arrivals: Int32Array, at: number, entry: number): void => {
    const entryTime = time[entry] as number
    let reached = 0
    for (let j = 0; j < k; j++) {
      const position = arrivals[at + j] as number
      if (position >= 0) {
        reached |= 1 << j
        durations[j] = (time[position] as number) - entryTime
      } else durations[j] = Number.NaN
    }
    const position = attributionCodes === undefined ? -1 : attributionAt(arrivals, at, reached)
    const code = position < 0 || attributionCodes === undefined ? NONE : (attributionCodes[position] as number)
    builder.add(reached, durations, code)
  }

  if (deepest !== undefined && (spec.countBy === 'case' || hasOneCasePerCustomer(log))) {
    // Each case is a unit (a customer with one case): its deepest attempt is the unit's.
    for (let c = 0; c < log.caseCount; c++) {
      const entry = deepest.find(c, kernelArrivals)
      if (entry >= 0) emit(kernelArrivals, 0, entry)
    }
    return builder.build()
  }
  switch (spec.countBy) {
    case 'attempt':
      for (let c = 0; c < log.caseCount; c++) scanCase(c, (arrivals, entry) => emit(arrivals, 0, entry))
      break
    case 'case': {
      const best = new Int32Array(k)
      let bestKey = -1
      let bestEntry = -1
      const keepDeepest = (arrivals: Int32Array, entry: number): void => {
        const key = depthKey(arrivals, k)
        if (key <= bestKey) return
        bestKey = key
        bestEntry = entry
        for (let j = 0; j < k; j++) best[j] = arrivals[j] as number
      }
      for (let c = 0; c < log.caseCount; c++) {
        bestKey = -1
        bestEntry = -1
        scanCase(c, keepDeepest)
        if (bestEntry >= 0) emit(best, 0, bestEntry)
      }
      break
    }
    case 'customer': {
      const customers = log.customerIds.length
      const keys = new Int32Array(customers).fill(-1)
      const entries = new Int32Array(customers)
      const best = new Int32Array(customers * k)
      let customer = 0
      const keepDeepest = (arrivals: Int32Array, entry: number): void => {
        const key = depthKey(arrivals, k)
        const current = keys[customer] as number
        if (key < current) return
        if (key === current && !isEarlier(log, entry, entries[customer] as number)) return
        keys[customer] = key
        entries[customer] = entry
        const at = customer * k
        for (let j = 0; j < k; j++) best[at + j] = arrivals[j] as number
      }
      for (let c = 0; c < log.caseCount; c++) {
        customer = log.caseCustomer[c] as number
        scanCase(c, keepDeepest)
      }
      for (let unit = 0; unit < customers; unit++)
        if ((keys[unit] as number) >= 0) emit(best, unit * k, entries[unit] as number)
      break
    }
    default:
      assertNever(spec.countBy)
  }
  return builder.build()
}

/** Whether no customer has two cases (then counting by customer is counting by case). */
function hasOneCasePerCustomer(log: JourneyLog): boolean {
  const seen = new Uint8Array(log.customerIds.length)
  for (let c = 0; c < log.caseCount; c++) {
    const customer = log.caseCustomer[c] as number
    if (seen[customer] === 1) return false
    seen[customer] = 1
  }
  return true
}

/** Orders attempts: the deepest step reached, then the number of steps reached. */
function depthKey(arrivals: Int32Array, k: number): number {
  let depth = 0
  let reachedCount = 0
  for (let j = 0; j < k; j++) {
    if ((arrivals[j] as number) < 0) continue
    depth = j + 1
    reachedCount++
  }
  return depth * 64 + reachedCount
}

/** Whether event `a` comes before event `b` in time, then ingestion order (they may be in different cases). */
function isEarlier(log: JourneyLog, a: number, b: number): boolean {
  const ta = log.time[a] as number
  const tb = log.time[b] as number
  return ta < tb || (ta === tb && (log.seq[a] as number) < (log.seq[b] as number))
}

/**
 * Where a unit's breakdown value is read (its arrivals are `arrivals[at…]`): its step-1 event, its
 * deepest reached step's event, or a given step's event.
 */
function attributionPosition(
  attribution: FunnelAttribution,
): (arrivals: Int32Array, at: number, reached: number) => number {
  if (attribution === 'first-touch') return (arrivals, at) => arrivals[at] as number
  if (attribution === 'last-touch') return (arrivals, at, reached) => arrivals[at + 31 - Math.clz32(reached)] as number
  const step = attribution.step - 1
  return (arrivals, at) => arrivals[at + step] as number
}

/** Receives an attempt that was not excluded: the position reaching each step (-1 when not reached) and its first event. */
type AttemptVisitor = (arrivals: Int32Array, entry: number) => void

/**
 * Scans cases for funnel attempts. Each case's events are first turned into bits (bit j: the event
 * matches step j + 1; bit steps + x: exclusion x), then one backward pass records, at every
 * matching event only, the next match of each step and exclusion after it: every later query
 * starts from a matching event (an entry, an arrival). The scratch buffers are sized to the
 * longest case L, so scanning allocates nothing per case or per attempt: 4 × (1 + steps +
 * exclusions) × L bytes, plus 8 × steps² / 2 × L bytes with step windows.
 */
class FunnelScan {
  readonly k: number
  private readonly log: JourneyLog
  private readonly mode: FunnelSpec['mode']
  private readonly windowMs: number
  /** Steps then exclusions, as bits per event. */
  private readonly matcher: SelectorBits
  /** The bits of the steps that open an attempt: the first step, or any step when unordered. */
  private readonly entryBits: number
  private readonly exclusionCount: number
  /** The current case's bits, one per event from its first. */
  private readonly caseBits: Int32Array
  private readonly exclusionAfter: Int32Array
  private readonly exclusionBefore: Int32Array
  /** Per step, the most time (ms) since the previous matched step; Infinity when unbounded. */
  private readonly stepWindow: Float64Array
  /** Per step j, the bits of the steps i that may come right before it (every step between them is optional). */
  private readonly predecessors: Int32Array
  /** Per step, the previous required step. */
  private readonly previousRequired: Int32Array
  /** Per step j (unordered), the bits of the steps that must have happened to reach it: the required ones up to j, and j. */
  private readonly needed: Int32Array
  private readonly hasStepWindows: boolean
  /** Unordered only: whether some event matches two steps (distinct events then need a matching). */
  private readonly isOverlapping: boolean
  private readonly stride: number
  /** Per step then per exclusion, the next matching position strictly after each matching position of the case (-1: none). */
  private readonly next: Int32Array
  private readonly following: Int32Array
  /** Per row bit i (a step, then the exclusions), the rows whose next match is asked for from an event matching i. */
  private readonly queriedFrom: Int32Array
  /** The current case's entries (positions opening an attempt), last first. */
  private readonly entries: Int32Array
  private entryCount = 0
  private readonly arrivals: Int32Array
  // Unordered funnels whose steps share events: the candidate events and the matching of one attempt.
  private readonly candidates: number[] = []
  private readonly stepHolder: Int32Array
  private readonly seen: Uint8Array
  // Windowed ordered funnels: a sliding-window minimum per (step, target step) pair.
  private readonly pairIndex: Int32Array
  private readonly queuePosition: Int32Array
  private readonly queueValue: Int32Array
  private readonly queueFront: Int32Array
  private readonly queueBack: Int32Array
  private readonly reachFrom: Int32Array
  private readonly startArrivals: Int32Array
  private caseStart = 0
  private caseEnd = 0

  constructor(log: JourneyLog, spec: FunnelSpec) {
    const k = spec.steps.length
    this.k = k
    this.log = log
    this.mode = spec.mode
    this.windowMs = spec.windowMs
    this.matcher = new SelectorBits(log, [
      ...spec.steps.map((step) => step.selector),
      ...spec.exclusions.map((exclusion) => exclusion.selector),
    ])
    this.exclusionCount = spec.exclusions.length
    this.exclusionAfter = Int32Array.from(spec.exclusions, (exclusion) => (exclusion.afterStep ?? 1) - 1)
    this.exclusionBefore = Int32Array.from(spec.exclusions, (exclusion) => (exclusion.beforeStep ?? k) - 1)
    this.stepWindow = Float64Array.from(spec.steps, (step, j) => (j === 0 ? Infinity : (step.window ?? Infinity)))
    this.hasStepWindows = spec.steps.some((step) => step.window !== undefined)
    const isRequired = spec.steps.map((step) => step.optional !== true)
    this.predecessors = new Int32Array(k)
    this.previousRequired = new Int32Array(k)
    this.needed = new Int32Array(k)
    let requiredBits = 0
    for (let j = 0; j < k; j++) {
      let bits = 0
      for (let i = j - 1; i >= 0; i--) {
        bits |= 1 << i
        if (isRequired[i]) {
          this.previousRequired[j] = i
          break
        }
      }
      this.predecessors[j] = bits
      this.needed[j] = requiredBits | (1 << j)
      if (isRequired[j]) requiredBits |= 1 << j
    }
    const stepBits = (1 << k) - 1
    this.entryBits = this.mode === 'unordered' ? stepBits : 1
    this.isOverlapping = this.mode === 'unordered' && hasSharedEvents(this.matcher, log.eventCount, stepBits)

    let longest = 0
    for (let c = 0; c < log.caseCount; c++)
      longest = Math.max(longest, (log.caseOffsets[c + 1] as number) - (log.caseOffsets[c] as number))
    this.stride = longest + 1
    this.next = new Int32Array((k + this.exclusionCount) * this.stride)
    this.following = new Int32Array(k + this.exclusionCount)
    this.queriedFrom = this.rowsQueriedFrom(spec)
    this.caseBits = new Int32Array(this.stride)
    this.entries = new Int32Array(this.stride)
    this.arrivals = new Int32Array(k)
    this.stepHolder = new Int32Array(k)
    this.seen = new Uint8Array(k)

    const isWindowed = this.mode === 'ordered' && this.hasStepWindows
    let pairs = 0
    this.pairIndex = new Int32Array(k * k).fill(-1)
    if (isWindowed) for (let i = 1; i < k; i++) for (let j = i; j < k; j++) this.pairIndex[i * k + j] = pairs++
    this.queuePosition = new Int32Array(isWindowed ? pairs * longest : 0)
    this.queueValue = new Int32Array(isWindowed ? pairs * longest : 0)
    this.queueFront = new Int32Array(pairs)
    this.queueBack = new Int32Array(pairs)
    this.reachFrom = new Int32Array(k * k)
    this.startArrivals = new Int32Array(isWindowed ? longest * k : 0)
  }

  /** Visits every attempt of case `c` that reaches step 1 and is not excluded, in journey order of their first event. */
  scanCase(c: number, visit: AttemptVisitor): void {
    const start = this.log.caseOffsets[c] as number
    const end = this.log.caseOffsets[c + 1] as number
    const { caseBits, entryBits } = this
    if ((this.matcher.fill(caseBits, start, end) & entryBits) === 0) return
    this.caseStart = start
    this.caseEnd = end
    this.fillNext()
    if (this.mode === 'ordered' && this.hasStepWindows) this.reachWithinStepWindows()

    const arrivals = this.arrivals
    for (let e = this.entryCount - 1; e >= 0; e--) {
      const entry = this.entries[e] as number
      switch (this.mode) {
        case 'ordered':
          if (this.hasStepWindows) this.arriveFromStartArrivals(entry)
          else this.arriveInOrder(entry)
          break
        case 'strict':
          this.arriveStrictly(entry)
          break
        case 'unordered':
          if (this.isOverlapping) this.arriveWithMatching(entry)
          else this.arriveInAnyOrder(entry)
          break
        default:
          assertNever(this.mode)
      }
      if ((arrivals[0] as number) < 0 || this.isExcluded(entry)) continue
      visit(arrivals, entry)
    }
  }

  /** Whether event `position` of the current case matches row `row` (a step, then the exclusions). */
  private matches(row: number, position: number): boolean {
    return (((this.caseBits[position - this.caseStart] as number) >>> row) & 1) === 1
  }

  /**
   * Fills `next` for the current case, backwards, only where it is read: at an event matching row
   * i, the rows `queriedFrom[i]`. Lists the case's entries on the way.
   */
  private fillNext(): void {
    const { caseBits, next, following, stride, caseStart, queriedFrom, entries, entryBits } = this
    following.fill(-1)
    let entryCount = 0
    for (let p = this.caseEnd - 1; p >= caseStart; p--) {
      const bits = caseBits[p - caseStart] as number
      if (bits === 0) continue
      if (bits & entryBits) entries[entryCount++] = p
      let stored = 0
      for (let rest = bits; rest !== 0; rest &= rest - 1) stored |= queriedFrom[31 - Math.clz32(rest & -rest)] as number
      for (; stored !== 0; stored &= stored - 1) {
        const row = 31 - Math.clz32(stored & -stored)
        next[row * stride + p - caseStart] = following[row] as number
      }
      for (let rest = bits; rest !== 0; rest &= rest - 1) following[31 - Math.clz32(rest & -rest)] = p
    }
    this.entryCount = entryCount
  }

  /** Which rows' next matches each row's events ask for (see `queriedFrom`), by mode. */
  private rowsQueriedFrom(spec: FunnelSpec): Int32Array {
    const k = this.k
    const queried = new Int32Array(k + this.exclusionCount)
    const stepBits = (1 << k) - 1
    if (this.mode === 'unordered') for (let i = 0; i < k; i++) queried[i] = stepBits
    else if (this.mode === 'ordered' && !this.hasStepWindows)
      for (let j = 1; j < k; j++) {
        const from = this.previousRequired[j] as number
        queried[from] = (queried[from] as number) | (1 << j)
      }
    spec.exclusions.forEach((exclusion, x) => {
      // An exclusion is looked for after its afterStep's arrival (unordered: after any step's).
      const rows = this.mode === 'unordered' ? stepBits : 1 << ((exclusion.afterStep ?? 1) - 1)
      for (let i = 0; i < k; i++) if (rows & (1 << i)) queried[i] = (queried[i] as number) | (1 << (k + x))
    })
    return queried
  }

  /** The first position strictly after matching event `position` (inside the case) in row `row`; -1 when none. */
  private nextAfter(row: number, position: number): number {
    return this.next[row * this.stride - this.caseStart + position] as number
  }

  /** The first position at or after matching event `position` in row `row`; -1 when none. */
  private nextFrom(row: number, position: number): number {
    return this.matches(row, position) ? position : this.nextAfter(row, position)
  }

  private isInWindow(position: number, entryTime: number): boolean {
    return (this.log.time[position] as number) - entryTime <= this.windowMs
  }

  /** Ordered, no step windows: each step at the first match after the previous required step (the earliest arrival). */
  private arriveInOrder(entry: number): void {
    const arrivals = this.arrivals
    const entryTime = this.log.time[entry] as number
    arrivals[0] = entry
    for (let j = 1; j < this.k; j++) {
      const after = arrivals[this.previousRequired[j] as number] as number
      const position = after < 0 ? -1 : this.nextAfter(j, after)
      arrivals[j] = position >= 0 && this.isInWindow(position, entryTime) ? position : -1
    }
  }

  /** Ordered with step windows: the earliest arrivals computed for this start by `reachWithinStepWindows`. */
  private arriveFromStartArrivals(entry: number): void {
    const arrivals = this.arrivals
    const entryTime = this.log.time[entry] as number
    const base = (entry - this.caseStart) * this.k
    for (let j = 0; j < this.k; j++) {
      const position = this.startArrivals[base + j] as number
      arrivals[j] = position >= 0 && this.isInWindow(position, entryTime) ? position : -1
    }
  }

  /** Strict: the matched steps are consecutive events of the case; follows every way of skipping optional steps at once (bits). */
  private arriveStrictly(entry: number): void {
    const { arrivals, log } = this
    const entryTime = log.time[entry] as number
    arrivals.fill(-1)
    arrivals[0] = entry
    let at = 1
    let position = entry
    while (at !== 0 && position + 1 < this.caseEnd) {
      const q = position + 1
      if (!this.isInWindow(q, entryTime)) break
      const gap = (log.time[q] as number) - (log.time[position] as number)
      let following = 0
      for (let j = 1; j < this.k; j++) {
        if (!this.matches(j, q) || !(at & (this.predecessors[j] as number))) continue
        if (gap > (this.stepWindow[j] as number)) continue
        following |= 1 << j
        if ((arrivals[j] as number) < 0) arrivals[j] = q
      }
      at = following
      position = q
    }
  }

  /** Unordered, steps on distinct events: each step at its first match at or after the entry; a step is reached when all it needs are. */
  private arriveInAnyOrder(entry: number): void {
    const arrivals = this.arrivals
    const entryTime = this.log.time[entry] as number
    const firsts = this.reachFrom
    for (let i = 0; i < this.k; i++) firsts[i] = this.nextFrom(i, entry)
    for (let j = 0; j < this.k; j++) {
      let need = this.needed[j] as number
      let last = -1
      while (need !== 0) {
        const i = 31 - Math.clz32(need)
        need &= ~(1 << i)
        const position = firsts[i] as number
        if (position < 0) {
          last = -1
          break
        }
        if (position > last) last = position
      }
      arrivals[j] = last >= 0 && this.isInWindow(last, entryTime) ? last : -1
    }
  }

  /**
   * Unordered, some events match several steps: a step is reached at the first position by which
   * the steps it needs can each take a distinct event (a bipartite matching, grown event by event).
   * Only the first n matches of each needed step can matter (n = steps needed).
   */
  private arriveWithMatching(entry: number): void {
    const { arrivals, candidates, stepHolder, seen } = this
    const entryTime = this.log.time[entry] as number
    for (let j = 0; j < this.k; j++) {
      const need = this.needed[j] as number
      const size = popCount(need)
      candidates.length = 0
      for (let i = 0; i < this.k; i++) {
        if (!(need & (1 << i))) continue
        let position = this.nextFrom(i, entry)
        for (let taken = 0; taken < size && position >= 0 && this.isInWindow(position, entryTime); taken++) {
          candidates.push(position)
          position = this.nextAfter(i, position)
        }
      }
      candidates.sort((a, b) => a - b)
      stepHolder.fill(-1)
      let matched = 0
      arrivals[j] = -1
      for (let c = 0; c < candidates.length && matched < size; c++) {
        if (c > 0 && candidates[c] === candidates[c - 1]) continue
        seen.fill(0)
        if (this.augment(c, need)) matched++
        if (matched === size) arrivals[j] = candidates[c] as number
      }
    }
  }

  /** Kuhn's augmenting path: gives candidate `c` a step, moving other candidates to other steps if needed. */
  private augment(c: number, need: number): boolean {
    const { candidates, stepHolder, seen } = this
    const position = candidates[c] as number
    for (let i = 0; i < this.k; i++) {
      if (!(need & (1 << i)) || !this.matches(i, position) || seen[i]) continue
      seen[i] = 1
      const holder = stepHolder[i] as number
      if (holder < 0 || this.augment(holder, need)) {
        stepHolder[i] = c
        return true
      }
    }
    return false
  }

  /**
   * Ordered with step windows: for every step-1 event, the earliest position each step can be
   * reached at. Backwards over the case, `reach[i][j]` at position p (p matching step i) is the
   * earliest arrival at step j of a path going on from p; it is the minimum of `reach[i'][j]` over
   * the next steps i' and their matches within step i''s window after p — a sliding-window
   * minimum kept in one monotonic queue per (i', j).
   */
  private reachWithinStepWindows(): void {
    const { k, log, caseStart, caseEnd } = this
    const length = caseEnd - caseStart
    const capacity = this.stride - 1
    const { pairIndex, queuePosition, queueValue, queueFront, queueBack, reachFrom } = this
    queueFront.fill(length)
    queueBack.fill(length - 1)
    for (let p = caseEnd - 1; p >= caseStart; p--) {
      const time = log.time[p] as number
      for (let step = 1; step < k; step++) {
        const window = this.stepWindow[step] as number
        if (window === Infinity) continue
        for (let target = step; target < k; target++) {
          const queue = pairIndex[step * k + target] as number
          const base = queue * capacity
          while (
            (queueFront[queue] as number) <= (queueBack[queue] as number) &&
            (log.time[queuePosition[base + (queueBack[queue] as number)] as number] as number) - time > window
          )
            queueBack[queue] = (queueBack[queue] as number) - 1
        }
      }
      let isStep = false
      for (let i = 0; i < k; i++) {
        if (!this.matches(i, p)) continue
        isStep = true
        reachFrom[i * k + i] = p
        for (let target = i + 1; target < k; target++) {
          let best = -1
          for (let step = i + 1; step <= target; step++) {
            if (!((this.predecessors[step] as number) & (1 << i))) break
            const queue = pairIndex[step * k + target] as number
            if ((queueFront[queue] as number) > (queueBack[queue] as number)) continue
            const value = queueValue[queue * capacity + (queueBack[queue] as number)] as number
            if (best < 0 || value < best) best = value
          }
          reachFrom[i * k + target] = best
        }
      }
      if (!isStep) continue
      for (let i = 1; i < k; i++) {
        if (!this.matches(i, p)) continue
        for (let target = i; target < k; target++) {
          const value = reachFrom[i * k + target] as number
          if (value < 0) continue
          const queue = pairIndex[i * k + target] as number
          const base = queue * capacity
          while (
            (queueFront[queue] as number) <= (queueBack[queue] as number) &&
            (queueValue[base + (queueFront[queue] as number)] as number) >= value
          )
            queueFront[queue] = (queueFront[queue] as number) + 1
          const slot = (queueFront[queue] as number) - 1
          queueFront[queue] = slot
          queuePosition[base + slot] = p
          queueValue[base + slot] = value
        }
      }
      if (this.matches(0, p)) this.startArrivals.set(reachFrom.subarray(0, k), (p - caseStart) * k)
    }
  }

  /**
   * Whether the current attempt is dropped by an exclusion: an exclusion event after its
   * `afterStep` arrival and before its `beforeStep` arrival, or within its window when it never
   * reached `beforeStep`.
   */
  private isExcluded(entry: number): boolean {
    const arrivals = this.arrivals
    const entryTime = this.log.time[entry] as number
    for (let x = 0; x < this.exclusionCount; x++) {
      const after = arrivals[this.exclusionAfter[x] as number] as number
      if (after < 0 || after + 1 >= this.caseEnd) continue
      const exclusion = this.nextAfter(this.k + x, after)
      if (exclusion < 0) continue
      const before = arrivals[this.exclusionBefore[x] as number] as number
      if (before >= 0 ? exclusion < before : this.isInWindow(exclusion, entryTime)) return true
    }
    return false
  }
}

/** Whether some event matches two steps (of `stepBits`). */
function hasSharedEvents(matcher: SelectorBits, eventCount: number, stepBits: number): boolean {
  for (let i = 0; i < eventCount; i++) {
    const bits = matcher.at(i) & stepBits
    if ((bits & (bits - 1)) !== 0) return true
  }
  return false
}

function popCount(bits: number): number {
  let count = 0
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++
  return count
}
