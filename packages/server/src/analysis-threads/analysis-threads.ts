import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import {
  type AnalysisContext,
  type AnalysisProblem,
  type AnalysisRequest,
  type AnalysisResult,
  type DirectlyFollowsPart,
  type FunnelSpec,
  type FunnelUnits,
  funnelByCase,
  funnelOfUnits,
  funnelSpecProblems,
  type JourneyLog,
  ok,
  processMapOfParts,
  type Result,
  runAnalysis,
  scopeLog,
} from '@parcours/core'
import type { ChunksAnswer, ChunksRequest } from './analysis-worker.js'
import { type ChunkedWork, type ChunkResult, computeChunks, type PartResult, type PartWork } from './compute-part.js'
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
  /**
   * Threads in all, the calling one included (default `PARCOURS_ANALYSIS_THREADS`, else the
   * machine's `availableParallelism()`).
   */
  readonly threads?: number
  /** Logs with fewer events run on the calling thread alone (default 250,000). */
  readonly minEvents?: number
  /**
   * Whether the calling thread computes chunks too (default true); false keeps it free for other
   * work (a server's event loop) at the cost of one thread.
   */
  readonly callerComputes?: boolean
  /** Told in how many parts each analysis ran (1: on the calling thread alone), and how many the calling thread did. */
  readonly onRun?: (run: { readonly analysis: string; readonly parts: number; readonly byCaller: number }) => void
}

/** Runs every analysis on the calling thread (core's `runAnalysis`, answered as a promise). */
export const ONE_THREAD: AnalysisRunner = {
  run: async (log, request, context = {}) => runAnalysis(log, request, context),
  close: async () => {},
}

/** The variable that sets the threads of analyses (1: the calling thread only). */
export const ANALYSIS_THREADS_VARIABLE = 'PARCOURS_ANALYSIS_THREADS'
const DEFAULT_MIN_EVENTS = 250_000
/** Chunks per thread: enough that a slower thread (a worker's JIT, another process) is made up for. */
const CHUNKS_PER_THREAD = 8

/**
 * Runs analyses like core's `runAnalysis` (the same answers), with funnels and process maps over
 * large logs split by cases across worker threads: the cases are cut into chunks of about as many
 * events (8 per thread), which the calling thread and the workers claim one at a time from a
 * shared counter until none is left (a slower thread takes fewer), over the journey log's shared
 * columns (SharedArrayBuffers: nothing is copied); the parts are put back in case order before the
 * figures are summed up (`funnelOfUnits`, `processMapOfParts`). An analysis stays on one thread
 * when the log is small, filtered by the request (a filtered log is a private copy), not over
 * shared memory, classified other than by name (process map), or counted by customer while some
 * customer has several cases (funnel). Workers start at the first split analysis and live until
 * `close()` (they do not keep the process alive); a failing worker is replaced and its analysis
 * answered on one thread.
 *
 * @example
 * const analyses = createAnalysisThreads()
 * const answer = await analyses.run(log, AnalysisRequest.parse({ analysis: 'funnel', funnel }))
 * await analyses.close()
 */
export function createAnalysisThreads(options: AnalysisThreadsOptions = {}): AnalysisRunner {
  const threads = Math.max(1, Math.floor(options.threads ?? threadsFromEnvironment()))
  const minEvents = options.minEvents ?? DEFAULT_MIN_EVENTS
  const callerComputes = options.callerComputes ?? true
  const told = (analysis: string, parts: number, byCaller = parts) => options.onRun?.({ analysis, parts, byCaller })
  let workers: PartWorker[] = []
  const workersFor = (count: number) => {
    while (workers.length < count) workers.push(new PartWorker())
    return workers.slice(0, count)
  }
  const close = async () => {
    const stopping = workers
    workers = []
    await Promise.all(stopping.map((worker) => worker.terminate()))
  }

  return {
    async run(log, request, context = {}) {
      const plan = threads > 1 && log.eventCount >= minEvents ? splitPlanOf(log, request) : undefined
      if (plan === undefined) {
        told(request.analysis, 1)
        return runAnalysis(log, request, context)
      }
      const chunked: ChunkedWork = {
        columns: sharedColumnsOf(log, plan.propertyPaths),
        bounds: caseBounds(log, threads * CHUNKS_PER_THREAD),
        next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
        work: plan.work,
      }
      const asked = workersFor(threads - 1).map((worker) => worker.compute(chunked))
      const own = callerComputes ? computeChunks(chunked) : []
      let results: ChunkResult[]
      try {
        results = [...own, ...(await Promise.all(asked)).flat()]
      } catch (error) {
        // The workers are replaced next time; this answer comes from one thread.
        console.error(error)
        await close()
        told(request.analysis, 1)
        return runAnalysis(log, request, context)
      }
      results.sort((a, b) => a.chunk - b.chunk)
      told(request.analysis, results.length, own.length)
      return ok(plan.finish(results.map(({ result }) => result)))
    },
    close,
  }
}

/** How an analysis is split: the work on each part, the property columns it reads, and how the parts become the answer. */
interface SplitPlan {
  readonly work: PartWork
  readonly propertyPaths: readonly string[]
  finish(parts: readonly PartResult[]): AnalysisResult
}

/** The split plan of a request, or undefined when it runs on one thread (see `createAnalysisThreads`). */
function splitPlanOf(log: JourneyLog, request: AnalysisRequest): SplitPlan | undefined {
  if (request.analysis !== 'funnel' && request.analysis !== 'process-map') return undefined
  if (scopeLog(log, request) !== log) return undefined
  if (request.analysis === 'process-map') {
    if (request.classifier !== 'name' || !isSharedLog(log, [])) return undefined
    return {
      work: { kind: 'process-map' },
      propertyPaths: [],
      finish: (parts) => ({
        analysis: 'process-map',
        result: processMapOfParts(parts as DirectlyFollowsPart[], log.names),
      }),
    }
  }
  const spec = request.funnel
  const byCase = funnelSpecProblems(spec).length === 0 ? funnelByCase(log, spec) : undefined
  const propertyPaths = propertyPathsOf(spec)
  if (
    byCase === undefined ||
    !isSharedLog(
      log,
      propertyPaths.map((path) => log.property(path)),
    )
  )
    return undefined
  const attributionPath = spec.breakdown?.property
  const values = attributionPath === undefined ? undefined : log.property(attributionPath).values
  return {
    work: { kind: 'funnel', spec: byCase, ...(attributionPath === undefined ? {} : { attributionPath }) },
    propertyPaths,
    finish: (parts) => ({
      analysis: 'funnel',
      result: funnelOfUnits(spec, parts as FunnelUnits[], values),
    }),
  }
}

function threadsFromEnvironment(): number {
  const value = process.env[ANALYSIS_THREADS_VARIABLE]
  if (value === undefined || value === '') return availableParallelism()
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

/** One worker thread claiming chunks; requests are posted at once and answered by id. */
class PartWorker {
  private readonly worker = new Worker(new URL('./analysis-worker.js', import.meta.url))
  private readonly pending = new Map<
    number,
    { resolve(results: readonly ChunkResult[]): void; reject(error: Error): void }
  >()
  private nextId = 0

  constructor() {
    this.worker.unref()
    this.worker.on('message', (answer: ChunksAnswer) => {
      const waiting = this.pending.get(answer.id)
      this.pending.delete(answer.id)
      if (answer.ok) waiting?.resolve(answer.results)
      else waiting?.reject(new Error(`analysis worker: ${answer.message}`))
    })
    this.worker.on('error', (error) => this.failAll(error))
    this.worker.on('exit', (code) => this.failAll(new Error(`analysis worker stopped (exit code ${code})`)))
  }

  compute(chunked: ChunkedWork): Promise<readonly ChunkResult[]> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ id, chunked } satisfies ChunksRequest)
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
