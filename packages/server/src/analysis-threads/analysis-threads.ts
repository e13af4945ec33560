import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import {
  type AnalysisContext,
  type AnalysisProblem,
  type AnalysisRequest,
  type AnalysisResult,
  collectFunnelUnits,
  concatFunnelUnits,
  type FunnelSpec,
  type FunnelUnits,
  funnelByCase,
  funnelOfUnits,
  funnelSpecProblems,
  type JourneyLog,
  ok,
  type Result,
  runAnalysis,
  scopeLog,
  sliceCases,
} from '@parcours/core'
import type { FunnelPartAnswer, FunnelPartRequest } from './funnel-worker.js'
import { isSharedLog, sharedColumnsOf } from './shared-journey-log.js'

/** Runs analyses, on several threads where that pays. */
export interface AnalysisRunner {
  run(
    log: JourneyLog,
    request: AnalysisRequest,
    context?: AnalysisContext,
  ): Promise<Result<AnalysisResult, AnalysisProblem>>
  /** Stops the worker threads (a runner keeps working after: on one thread until asked again). */
  close(): Promise<void>
}

export interface AnalysisThreadsOptions {
  /** Threads in all, the calling one included (default: the cores, at most 4; `PARCOURS_ANALYSIS_THREADS`). */
  readonly threads?: number
  /** Logs with fewer events run on the calling thread alone (default 250,000). */
  readonly minEvents?: number
  /** Told in how many parts each analysis ran (1: on the calling thread alone). */
  readonly onRun?: (run: { readonly analysis: string; readonly parts: number }) => void
}

/** Runs every analysis on the calling thread (core's `runAnalysis`, answered as a promise). */
export const ONE_THREAD: AnalysisRunner = {
  run: async (log, request, context = {}) => runAnalysis(log, request, context),
  close: async () => {},
}

/** The variable that sets the threads of analyses (1: the calling thread only). */
export const ANALYSIS_THREADS_VARIABLE = 'PARCOURS_ANALYSIS_THREADS'
const DEFAULT_MIN_EVENTS = 250_000
const MAX_DEFAULT_THREADS = 4

/**
 * Runs analyses like core's `runAnalysis` (the same answers), with funnels over large logs split
 * by cases across worker threads: the calling thread takes one part, each worker another, over the
 * journey log's shared columns (SharedArrayBuffers: nothing is copied), and the units are
 * concatenated in case order before the figures are summed up. A funnel stays on one thread when
 * the log is small, filtered by the request (a filtered log is a private copy), not over shared
 * memory, or counted by customer while some customer has several cases (their cases could fall in
 * different parts). Workers start at the first split funnel and live until `close()` (they do not
 * keep the process alive).
 *
 * @example
 * const analyses = createAnalysisThreads()
 * const answer = await analyses.run(log, AnalysisRequest.parse({ analysis: 'funnel', funnel }))
 * await analyses.close()
 */
export function createAnalysisThreads(options: AnalysisThreadsOptions = {}): AnalysisRunner {
  const threads = Math.max(1, Math.floor(options.threads ?? threadsFromEnvironment()))
  const minEvents = options.minEvents ?? DEFAULT_MIN_EVENTS
  const told = (analysis: string, parts: number) => options.onRun?.({ analysis, parts })
  let workers: FunnelWorker[] = []
  const alone = (log: JourneyLog, request: AnalysisRequest, context: AnalysisContext) => {
    told(request.analysis, 1)
    return runAnalysis(log, request, context)
  }
  const workersFor = (count: number) => {
    while (workers.length < count) workers.push(new FunnelWorker())
    return workers.slice(0, count)
  }

  return {
    async run(log, request, context = {}) {
      if (request.analysis !== 'funnel' || threads === 1 || log.eventCount < minEvents)
        return alone(log, request, context)
      const scoped = scopeLog(log, request)
      const spec = request.funnel
      const byCase = scoped === log && funnelSpecProblems(spec).length === 0 ? funnelByCase(log, spec) : undefined
      const paths = byCase === undefined ? [] : propertyPathsOf(spec)
      const isShared =
        byCase !== undefined &&
        isSharedLog(
          log,
          paths.map((path) => log.property(path)),
        )
      if (byCase === undefined || !isShared) return alone(log, request, context)

      const bounds = caseBounds(log, threads)
      const columns = sharedColumnsOf(log, paths)
      const attributionPath = spec.breakdown?.property
      const column = attributionPath === undefined ? undefined : log.property(attributionPath)
      const asked = workersFor(bounds.length - 2).map((worker, w) =>
        worker.collect({
          columns,
          spec: byCase,
          from: bounds[w + 1] as number,
          to: bounds[w + 2] as number,
          ...(attributionPath === undefined ? {} : { attributionPath }),
        }),
      )
      const own = collectFunnelUnits(sliceCases(log, 0, bounds[1] as number), byCase, column?.codes)
      let parts: FunnelUnits[]
      try {
        parts = [own, ...(await Promise.all(asked))]
      } catch (error) {
        // A worker that failed (or died) is replaced next time; this answer comes from one thread.
        console.error(error)
        await this.close()
        return alone(log, request, context)
      }
      told('funnel', parts.length)
      const units = concatFunnelUnits(spec.steps.length, parts)
      return ok({ analysis: 'funnel', result: funnelOfUnits(spec, units, column?.values) })
    },
    async close() {
      const stopping = workers
      workers = []
      await Promise.all(stopping.map((worker) => worker.terminate()))
    },
  }
}

function threadsFromEnvironment(): number {
  const value = process.env[ANALYSIS_THREADS_VARIABLE]
  if (value === undefined || value === '') return Math.min(availableParallelism(), MAX_DEFAULT_THREADS)
  const threads = Number(value)
  if (!Number.isInteger(threads) || threads < 1)
    throw new RangeError(`${ANALYSIS_THREADS_VARIABLE} must be a whole number ≥ 1, got "${value}"`)
  return threads
}

/** The property columns a funnel reads: its selectors' predicates and its breakdown. */
function propertyPathsOf(spec: FunnelSpec): string[] {
  const selectors = [
    ...spec.steps.map((step) => step.selector),
    ...spec.exclusions.map((exclusion) => exclusion.selector),
  ]
  const paths = new Set(selectors.flatMap((selector) => (selector.where ?? []).map((predicate) => predicate.property)))
  if (spec.breakdown !== undefined) paths.add(spec.breakdown.property)
  return [...paths]
}

/** Case boundaries cutting the log into `parts` runs of about as many events each (always `parts + 1` bounds). */
function caseBounds(log: JourneyLog, parts: number): number[] {
  const bounds = [0]
  for (let part = 1; part < parts; part++) {
    const target = (log.eventCount * part) / parts
    let low = bounds[bounds.length - 1] as number
    let high = log.caseCount
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((log.caseOffsets[middle] as number) < target) low = middle + 1
      else high = middle
    }
    bounds.push(low)
  }
  bounds.push(log.caseCount)
  return bounds
}

/** One worker thread computing funnel units; requests are posted at once and answered by id. */
class FunnelWorker {
  private readonly worker = new Worker(new URL('./funnel-worker.js', import.meta.url))
  private readonly pending = new Map<number, { resolve(units: FunnelUnits): void; reject(error: Error): void }>()
  private nextId = 0

  constructor() {
    this.worker.unref()
    this.worker.on('message', (answer: FunnelPartAnswer) => {
      const waiting = this.pending.get(answer.id)
      this.pending.delete(answer.id)
      if (answer.ok) waiting?.resolve(answer.units)
      else waiting?.reject(new Error(`funnel worker: ${answer.message}`))
    })
    this.worker.on('error', (error) => this.failAll(error))
    this.worker.on('exit', (code) => this.failAll(new Error(`funnel worker stopped (exit code ${code})`)))
  }

  collect(request: Omit<FunnelPartRequest, 'id'>): Promise<FunnelUnits> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ ...request, id })
    })
  }

  terminate(): Promise<number> {
    return this.worker.terminate()
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error)
    this.pending.clear()
  }
}
