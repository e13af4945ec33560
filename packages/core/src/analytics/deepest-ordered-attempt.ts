import type { FunnelSpec } from './funnel.schema.js'
import type { JourneyLog } from './journey-log.js'
import { SelectorBits } from './match-selector.js'

/**
 * Whether `DeepestOrderedAttempt` computes this funnel: ordered mode, every step required, no step
 * window, no exclusion (the general scan of funnel.ts handles the rest).
 */
export function isPlainOrderedFunnel(spec: FunnelSpec): boolean {
  return (
    spec.mode === 'ordered' &&
    spec.exclusions.length === 0 &&
    spec.steps.every((step) => step.optional !== true && step.window === undefined)
  )
}

/**
 * The deepest attempt of a case in a plain ordered funnel (see `isPlainOrderedFunnel`), in two
 * forward passes and without looking at every attempt. An attempt from step-1 event e reaches
 * each step at the first match after the previous one (the greedy chain), while within the window
 * from e.
 *
 * 1. The depth: per step, the latest start among the chains that reached it (a later start has more
 *    window left and the same chain ahead), as ClickHouse's `windowFunnel` does, with ties in time
 *    ordered by the log's position.
 * 2. The earliest attempt of that depth: the entries are walked in order, their greedy chains kept
 *    per step; a later entry's chain is never before an earlier one's, so the chain of step j only
 *    moves forward (if the previous entry's match of step j is after this entry's match of step
 *    j − 1, it is this entry's too), and the walk reads each event at most once per step.
 *
 * The same answer as funnel.ts's general scan followed by "deepest, then earliest" (tested on random
 * logs); O(events × steps) per case with no per-attempt work.
 */
export class DeepestOrderedAttempt {
  readonly k: number
  private readonly log: JourneyLog
  private readonly windowMs: number
  private readonly matcher: SelectorBits
  /** The steps' bits per event name, when names alone decide. */
  private readonly byName: Int32Array | undefined
  private readonly caseBits: Int32Array
  /** Per step, the latest start (a position) of a chain that reached it; -1 when none. */
  private readonly levelStart: Int32Array
  /** Per step, the greedy chain's position of the last entry walked (the case's end when none). */
  private readonly chain: Int32Array

  constructor(log: JourneyLog, spec: FunnelSpec) {
    this.k = spec.steps.length
    this.log = log
    this.windowMs = spec.windowMs
    this.matcher = new SelectorBits(
      log,
      spec.steps.map((step) => step.selector),
    )
    this.byName = this.matcher.byName()
    let longest = 0
    for (let c = 0; c < log.caseCount; c++)
      longest = Math.max(longest, (log.caseOffsets[c + 1] as number) - (log.caseOffsets[c] as number))
    this.caseBits = new Int32Array(longest)
    this.levelStart = new Int32Array(this.k)
    this.chain = new Int32Array(this.k)
  }

  /**
   * Writes the deepest attempt of case `c` into `arrivals` (the position reaching each step, -1
   * when not reached) and answers its step-1 event, or -1 when the case has no step-1 event. Among
   * attempts of the same depth, the earliest.
   */
  find(c: number, arrivals: Int32Array): number {
    const start = this.log.caseOffsets[c] as number
    const end = this.log.caseOffsets[c + 1] as number
    const union = this.fillBits(start, end)
    if ((union & 1) === 0) return -1
    for (let j = 1; j < this.k; j++) arrivals[j] = -1
    if (this.k === 1 || (union & 2) === 0) {
      // Without a step-2 event, every attempt stops at step 1: the earliest is the first step-1 event.
      let entry = start
      while (((this.caseBits[entry - start] as number) & 1) === 0) entry++
      arrivals[0] = entry
      return entry
    }
    return this.earliestReaching(this.depthOf(start, end), start, end, arrivals)
  }

  /** Writes the step bits of the case's events into `caseBits`; answers their union. */
  private fillBits(start: number, end: number): number {
    const { byName, caseBits } = this
    if (byName === undefined) return this.matcher.fill(caseBits, start, end)
    const name = this.log.name
    let union = 0
    for (let p = start; p < end; p++) {
      const bits = byName[name[p] as number] as number
      caseBits[p - start] = bits
      union |= bits
    }
    return union
  }

  /** Pass 1: the deepest step any attempt of the case reaches (1-based). */
  private depthOf(start: number, end: number): number {
    const { caseBits, levelStart, k, windowMs } = this
    const time = this.log.time
    for (let j = 0; j < k; j++) levelStart[j] = -1
    let depth = 1
    for (let p = start; p < end; p++) {
      const bits = caseBits[p - start] as number
      if (bits === 0) continue
      // The later steps first, so that an event matching two steps cannot chain to itself.
      for (let rest = bits & ~1; rest !== 0; ) {
        const j = 31 - Math.clz32(rest)
        rest ^= 1 << j
        const from = levelStart[j - 1] as number
        if (from < 0 || (time[p] as number) - (time[from] as number) > windowMs) continue
        // Never earlier than the start held: a chain at step j went through step j − 1 at or after it.
        levelStart[j] = from
        if (j >= depth) {
          depth = j + 1
          if (depth === k) return depth
        }
      }
      if (bits & 1) levelStart[0] = p
    }
    return depth
  }

  /** Pass 2: the first entry whose greedy chain reaches `depth` within the window; its chain into `arrivals`. */
  private earliestReaching(depth: number, start: number, end: number, arrivals: Int32Array): number {
    const { caseBits, chain, windowMs } = this
    const time = this.log.time
    for (let j = 0; j < depth; j++) chain[j] = start - 1
    for (let entry = start; entry < end; entry++) {
      if (((caseBits[entry - start] as number) & 1) === 0) continue
      const deadline = (time[entry] as number) + windowMs
      chain[0] = entry
      let reached = 1
      for (let j = 1; j < depth; j++) {
        const after = chain[j - 1] as number
        if ((chain[j] as number) <= after) chain[j] = this.nextMatch(j, after + 1, start, end)
        const position = chain[j] as number
        if (position >= end || (time[position] as number) > deadline) break
        reached = j + 1
      }
      if (reached < depth) continue
      for (let j = 0; j < depth; j++) arrivals[j] = chain[j] as number
      return entry
    }
    throw new Error(`no attempt of the case reaches step ${depth}`)
  }

  /** The first position from `from` matching step `j` (0-based), or `end` when none. */
  private nextMatch(j: number, from: number, start: number, end: number): number {
    const caseBits = this.caseBits
    for (let q = from; q < end; q++) if (((caseBits[q - start] as number) >>> j) & 1) return q
    return end
  }
}
