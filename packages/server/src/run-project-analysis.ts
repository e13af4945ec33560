import {
  type AnalysisContext,
  type AnalysisProblem,
  type AnalysisRequest,
  type AnalysisResult,
  ok,
  type ParcoursStore,
  propertiesOfRequest,
  type Result,
} from '@parcours/core'
import type { AnalysisRunner } from './analysis-threads/analysis-threads.js'

/** An analysis answer and where it was computed. */
export interface ProjectAnalysis {
  readonly answer: AnalysisResult
  /** `embedded` (the journey log, in this process) or the events engine's name (`clickhouse`). */
  readonly computedBy: string
}

/**
 * Runs one analysis of a project, the one way the API and the CLI do: the events engine first
 * (`store.engineAnalyses`, ClickHouse: only aggregates come back), else the project's journey log
 * (the columns the request reads) through `analyses` (core's `runAnalysis`, on threads where that
 * pays). Both give the same answer; `computedBy` says which did.
 *
 * @example
 * const outcome = await runProjectAnalysis(store, ONE_THREAD, 'acme', AnalysisRequest.parse({ analysis: 'variants' }))
 * if (outcome.ok) outcome.value.computedBy // 'clickhouse' with PARCOURS_EVENTS, else 'embedded'
 */
export async function runProjectAnalysis(
  store: Pick<ParcoursStore, 'journeys' | 'engineAnalyses'>,
  analyses: AnalysisRunner,
  projectId: string,
  request: AnalysisRequest,
  context: AnalysisContext = {},
): Promise<Result<ProjectAnalysis, AnalysisProblem>> {
  const engine = store.engineAnalyses
  const fromEngine = await engine?.run(projectId, request, context)
  if (engine !== undefined && fromEngine !== undefined) return ok({ answer: fromEngine, computedBy: engine.engine })
  const log = await store.journeys.journeyLog(projectId, {
    ...(request.caseProperty === undefined ? {} : { caseProperty: request.caseProperty }),
    properties: propertiesOfRequest(request, context),
  })
  const outcome = await analyses.run(log, request, context)
  return outcome.ok ? ok({ answer: outcome.value, computedBy: 'embedded' }) : outcome
}
