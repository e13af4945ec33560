import { assertNever } from '../shared/result.js'
import type { AnalysisRequest, AnalysisScope } from './analysis-request.schema.js'
import { type Classifier, classify } from './classify.js'
import type { JourneyLog } from './journey-log.js'
import { computePaths, type PathAnalysis } from './paths.js'
import { computePerformance, type PerformanceAnalysis } from './performance.js'
import { computeProcessMap, type ProcessMap } from './process-map.js'
import { type AnalysisFilter, applyFilter } from './segment-filter.js'
import { lifecycleMask, selectEvents } from './select-log.js'
import { computeVariants, type VariantTable } from './variants.js'

/** The answer of each analysis, tagged like its request. */
export type AnalysisResult =
  | { readonly analysis: 'variants'; readonly result: VariantTable }
  | { readonly analysis: 'paths'; readonly result: PathAnalysis }
  | { readonly analysis: 'process-map'; readonly result: ProcessMap }
  | { readonly analysis: 'performance'; readonly result: PerformanceAnalysis }

/**
 * Runs one analysis on a project's journey log: the scope's filters first (segment, channels,
 * period, lifecycle), then the analysis. This is the only way the API and the CLI run analyses,
 * so they give the same answers.
 */
export function runAnalysis(log: JourneyLog, request: AnalysisRequest): AnalysisResult {
  const scoped = scopeLog(log, request)
  const activities = classify(scoped, request.classifier as Classifier)
  switch (request.analysis) {
    case 'variants':
      return {
        analysis: 'variants',
        result: computeVariants(scoped, activities, request.top === undefined ? {} : { top: request.top }),
      }
    case 'paths':
      return {
        analysis: 'paths',
        result: computePaths(scoped, activities, {
          direction: request.direction,
          depth: request.depth,
          ...(request.anchor === undefined ? {} : { anchor: request.anchor }),
          ...(request.top === undefined ? {} : { top: request.top }),
          ...(request.topPaths === undefined ? {} : { topPaths: request.topPaths }),
        }),
      }
    case 'process-map':
      return { analysis: 'process-map', result: computeProcessMap(scoped, activities) }
    case 'performance':
      return {
        analysis: 'performance',
        result: computePerformance(scoped, classify(scoped, 'name'), {
          ...(request.instance === undefined ? {} : { instance: request.instance }),
          ...(request.resource === undefined ? {} : { resource: request.resource }),
        }),
      }
    default:
      return assertNever(request)
  }
}

/** The log an analysis sees: the segment, channels and period of the scope, then its lifecycle filter. */
export function scopeLog(log: JourneyLog, scope: AnalysisScope): JourneyLog {
  const filter: AnalysisFilter = {
    ...(scope.segment === undefined ? {} : { segment: scope.segment }),
    ...(scope.channels === undefined ? {} : { channels: scope.channels }),
    ...(scope.from === undefined ? {} : { from: Date.parse(scope.from) }),
    ...(scope.to === undefined ? {} : { to: Date.parse(scope.to) }),
  }
  const filtered = applyFilter(log, filter)
  return scope.lifecycle === undefined ? filtered : selectEvents(filtered, lifecycleMask(filtered, scope.lifecycle))
}

/**
 * The event property columns an analysis reads (`properties.…`, `context.…`, `traits.…`): every
 * `property` a predicate or option names, found by walking the request. An index loads them before
 * the analysis runs.
 */
export function propertiesOfRequest(request: unknown): string[] {
  const paths = new Set<string>()
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (
        (key === 'property' || key === 'instance' || key === 'resource') &&
        /^(properties|context|traits)\../.test(value)
      )
        paths.add(value)
      return
    }
    if (Array.isArray(value)) for (const item of value) visit(item)
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k)
  }
  visit(request)
  return [...paths].sort()
}
