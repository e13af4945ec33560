import type { JourneyMap } from '../journey-map/journey-map.schema.js'
import { assertNever, err, ok, type Result } from '../shared/result.js'
import type { AnalysisRequest, AnalysisScope } from './analysis-request.schema.js'
import { type Activities, type Classifier, classify } from './classify.js'
import { classifyByTouchpoint } from './classify-touchpoints.js'
import { compareSegments, type SegmentComparison } from './compare-segments.js'
import { compileMapModel } from './compile-map-model.js'
import { computeKpi } from './compute-kpi.js'
import { type ConformanceResult, checkConformance } from './conformance.js'
import { type CostCsvError, type CostRow, parseCostCsv } from './cost-data.js'
import { checkRules, type DeclarativeCheckResult, type DeclarativeRule } from './declarative-checks.js'
import { computeFunnel, type FunnelResult } from './funnel.js'
import type { JourneyLog } from './journey-log.js'
import { DEFAULT_REVENUE_PATH, DEFAULT_SCORE_PATH, type KpiPeriod, type KpiSpec, type KpiValue } from './kpi-spec.js'
import { type MapMeasurement, measureMap } from './measure-map.js'
import { computePaths, type PathAnalysis } from './paths.js'
import { computePerformance, type PerformanceAnalysis } from './performance.js'
import { computeProcessMap, type ProcessMap } from './process-map.js'
import { type AnalysisFilter, applyFilter } from './segment-filter.js'
import { lifecycleMask, selectEvents } from './select-log.js'
import { computeVariants, type VariantTable } from './variants.js'

/** Declarative rules and conformance to a map, as one answer (either part null when not asked). */
export interface ConformanceAnswer {
  readonly model: ConformanceResult | null
  readonly rules: DeclarativeCheckResult | null
}

/** The answer of each analysis, tagged like its request. */
export type AnalysisResult =
  | { readonly analysis: 'variants'; readonly result: VariantTable }
  | { readonly analysis: 'paths'; readonly result: PathAnalysis }
  | { readonly analysis: 'process-map'; readonly result: ProcessMap }
  | { readonly analysis: 'performance'; readonly result: PerformanceAnalysis }
  | { readonly analysis: 'funnel'; readonly result: FunnelResult }
  | { readonly analysis: 'compare-segments'; readonly result: SegmentComparison }
  | { readonly analysis: 'kpi'; readonly result: KpiValue }
  | { readonly analysis: 'conformance'; readonly result: ConformanceAnswer }
  | { readonly analysis: 'measure'; readonly result: MapMeasurement }

/** Why an analysis could not run: stable codes the API maps to 4xx and the CLI to one line. */
export type AnalysisProblem =
  | { readonly code: 'map-required'; readonly message: string }
  | { readonly code: 'map-not-compilable'; readonly message: string; readonly reason: string }
  | { readonly code: 'invalid-costs'; readonly message: string; readonly errors: readonly CostCsvError[] }

/** What an analysis needs besides the log, fetched by the caller: the map a request names. */
export interface AnalysisContext {
  readonly map?: JourneyMap
}

/**
 * Runs one analysis on a project's journey log: the scope's filters first (segment, channels,
 * period, lifecycle), then the analysis. This is the only way the API and the CLI run analyses,
 * so they give the same answers. KPIs read the period themselves (churn needs the history before
 * it), so a `kpi` request's log is not cut by time.
 */
export function runAnalysis(
  log: JourneyLog,
  request: AnalysisRequest,
  context: AnalysisContext = {},
): Result<AnalysisResult, AnalysisProblem> {
  const scoped = scopeLog(log, request, { cutByTime: request.analysis !== 'kpi' })
  let activities: () => Activities = () => classify(scoped, request.classifier as Classifier)
  if (request.classifier === 'touchpoint') {
    const map = context.map
    if (map === undefined) return err(mapRequired(request.mapId))
    activities = () => classifyByTouchpoint(scoped, map)
  }
  const period = periodOf(request)
  switch (request.analysis) {
    case 'variants':
      return ok({
        analysis: 'variants',
        result: computeVariants(scoped, activities(), request.top === undefined ? {} : { top: request.top }),
      })
    case 'paths':
      return ok({
        analysis: 'paths',
        result: computePaths(scoped, activities(), {
          direction: request.direction,
          depth: request.depth,
          ...(request.anchor === undefined ? {} : { anchor: request.anchor }),
          ...(request.top === undefined ? {} : { top: request.top }),
          ...(request.topPaths === undefined ? {} : { topPaths: request.topPaths }),
        }),
      })
    case 'process-map':
      return ok({ analysis: 'process-map', result: computeProcessMap(scoped, activities()) })
    case 'performance':
      return ok({
        analysis: 'performance',
        result: computePerformance(scoped, classify(scoped, 'name'), {
          ...(request.instance === undefined ? {} : { instance: request.instance }),
          ...(request.resource === undefined ? {} : { resource: request.resource }),
        }),
      })
    case 'funnel':
      return ok({ analysis: 'funnel', result: computeFunnel(scoped, request.funnel) })
    case 'compare-segments': {
      const [a, b] = request.segments
      return ok({
        analysis: 'compare-segments',
        result: compareSegments(scoped, request.funnel, { segment: a }, { segment: b }),
      })
    }
    case 'kpi': {
      const costs = parseCosts(request.costs)
      if (!costs.ok) return costs
      return ok({
        analysis: 'kpi',
        result: computeKpi(scoped, request.kpi as KpiSpec, {
          ...(costs.value === undefined ? {} : { costs: costs.value }),
          ...(period === undefined ? {} : { period }),
        }),
      })
    }
    case 'conformance': {
      let model: ConformanceResult | null = null
      if (request.mapId !== undefined) {
        if (context.map === undefined) return err(mapRequired(request.mapId))
        const compiled = compileMapModel(context.map)
        if (!compiled.ok)
          return err({
            code: 'map-not-compilable',
            message: `the map ${request.mapId} cannot be checked against: ${compiled.error.message}`,
            reason: compiled.error.code,
          })
        model = checkConformance(
          scoped,
          compiled.value,
          request.exampleCases === undefined ? {} : { exampleCases: request.exampleCases },
        )
      }
      const rules =
        request.rules === undefined
          ? null
          : checkRules(scoped, request.rules as DeclarativeRule[], {
              classifier: request.classifier as Classifier,
              ...(request.exampleCases === undefined ? {} : { exampleCases: request.exampleCases }),
            })
      return ok({ analysis: 'conformance', result: { model, rules } })
    }
    case 'measure': {
      if (context.map === undefined) return err(mapRequired(request.mapId))
      const costs = parseCosts(request.costs)
      if (!costs.ok) return costs
      return ok({
        analysis: 'measure',
        result: measureMap(scoped, context.map, {
          ...(costs.value === undefined ? {} : { costs: costs.value }),
          ...(period === undefined ? {} : { period }),
          ...(request.deviationsPerStage === undefined ? {} : { deviationsPerStage: request.deviationsPerStage }),
        }),
      })
    }
    default:
      return assertNever(request)
  }
}

const mapRequired = (mapId: string | undefined): AnalysisProblem => ({
  code: 'map-required',
  message:
    mapId === undefined
      ? 'the touchpoint classifier needs a map: name it with mapId (--map)'
      : `the analysis needs the map ${mapId}: fetch it and pass it in the context`,
})

function parseCosts(text: string | undefined): Result<readonly CostRow[] | undefined, AnalysisProblem> {
  if (text === undefined) return ok(undefined)
  const parsed = parseCostCsv(text)
  if (parsed.ok) return ok(parsed.value)
  return err({ code: 'invalid-costs', message: 'the cost data has errors', errors: parsed.error })
}

/** The bounds of JavaScript dates (±100,000,000 days from 1970): an open end of a period. */
const EARLIEST_DATE = -8.64e15
const LATEST_DATE = 8.64e15

function periodOf(scope: AnalysisScope): KpiPeriod | undefined {
  if (scope.from === undefined && scope.to === undefined) return undefined
  return {
    from: scope.from === undefined ? EARLIEST_DATE : Date.parse(scope.from),
    to: scope.to === undefined ? LATEST_DATE : Date.parse(scope.to),
  }
}

/** The log an analysis sees: the segment, channels and period of the scope, then its lifecycle filter. */
export function scopeLog(
  log: JourneyLog,
  scope: AnalysisScope,
  options: { readonly cutByTime?: boolean } = {},
): JourneyLog {
  const cutByTime = options.cutByTime ?? true
  const filter: AnalysisFilter = {
    ...(scope.segment === undefined ? {} : { segment: scope.segment }),
    ...(scope.channels === undefined ? {} : { channels: scope.channels }),
    ...(scope.from === undefined || !cutByTime ? {} : { from: Date.parse(scope.from) }),
    ...(scope.to === undefined || !cutByTime ? {} : { to: Date.parse(scope.to) }),
  }
  const filtered = applyFilter(log, filter)
  return scope.lifecycle === undefined ? filtered : selectEvents(filtered, lifecycleMask(filtered, scope.lifecycle))
}

/** Keys whose string value is a property path an analysis reads. */
const PATH_KEYS = new Set(['property', 'instance', 'resource', 'scorePath', 'revenuePath'])

/**
 * The event property columns an analysis reads (`properties.…`, `context.…`, `traits.…`): every
 * path a predicate or option names in the request and in the map it uses, and the survey and
 * revenue properties KPIs read by default. An index loads them before the analysis runs.
 */
export function propertiesOfRequest(request: AnalysisRequest, context: AnalysisContext = {}): string[] {
  const paths = new Set<string>()
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (key !== undefined && PATH_KEYS.has(key) && /^(properties|context|traits)\../.test(value)) paths.add(value)
      return
    }
    if (Array.isArray(value)) for (const item of value) visit(item)
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k)
  }
  visit(request)
  if (context.map !== undefined) visit(context.map)
  if (request.analysis === 'kpi' || request.analysis === 'measure')
    for (const path of ['properties.survey', DEFAULT_SCORE_PATH, DEFAULT_REVENUE_PATH]) paths.add(path)
  return [...paths].sort()
}
