import type { AnalysisRequest } from '@parcours/core'
import { clickhouseFunnelProblems } from './analyses/clickhouse-funnel.js'
import type { EngineActivity } from './stored-journey-source.js'

/** The analyses ClickHouse computes itself: what `engineAnalysisScope` accepts. */
export type EngineAnalysisRequest = Extract<
  AnalysisRequest,
  { analysis: 'variants' | 'process-map' | 'funnel' | 'conformance' }
>

/** How an accepted request reads the journey events: the activity and the event filters of its scope. */
export interface EngineAnalysisScope {
  readonly request: EngineAnalysisRequest
  readonly activity: EngineActivity
  /** The lifecycles asked for, compared case-insensitively as core's lifecycle filter does. */
  readonly lifecycles?: readonly string[]
  readonly channels?: readonly string[]
  /** Epoch ms, inclusive. */
  readonly from?: number
  /** Epoch ms, exclusive. */
  readonly to?: number
}

/**
 * Whether ClickHouse can answer a request exactly as `runAnalysis` does on the journey log, and
 * how: variants, process maps and funnels (those `clickhouseFunnelProblems` accepts), one case
 * per customer, classified by `name` or `name+lifecycle` (a funnel selects events by name, so its
 * classifier does not matter unless it is `touchpoint`), and conformance to a map without
 * declarative rules (whether the map's selectors fit is seen once the map is at hand:
 * `clickhouseConformanceAccepts`), with the lifecycle, channels and period filters of the scope.
 * Undefined for anything else: a case property, a segment, a map for other analyses, the
 * `touchpoint` or `name+channel` classifier, the other analyses.
 *
 * @example
 * engineAnalysisScope(AnalysisRequest.parse({ analysis: 'variants', channels: ['web'] }))
 * // → { request, activity: 'name', channels: ['web'] }
 * engineAnalysisScope(AnalysisRequest.parse({ analysis: 'paths' })) // → undefined
 */
export function engineAnalysisScope(request: AnalysisRequest): EngineAnalysisScope | undefined {
  if (request.caseProperty !== undefined || request.segment !== undefined) return undefined
  if (request.mapId !== undefined && request.analysis !== 'conformance') return undefined
  let activity: EngineActivity = 'name'
  switch (request.analysis) {
    case 'variants':
    case 'process-map':
      if (request.classifier !== 'name' && request.classifier !== 'name+lifecycle') return undefined
      activity = request.classifier
      break
    case 'funnel':
      if (request.classifier === 'touchpoint' || clickhouseFunnelProblems(request.funnel).length > 0) return undefined
      break
    case 'conformance':
      if (request.mapId === undefined || request.rules !== undefined) return undefined
      break
    default:
      return undefined
  }
  const from = request.from === undefined ? undefined : Date.parse(request.from)
  const to = request.to === undefined ? undefined : Date.parse(request.to)
  if (Number.isNaN(from) || Number.isNaN(to)) return undefined
  return {
    request,
    activity,
    ...(request.lifecycle === undefined ? {} : { lifecycles: request.lifecycle }),
    ...(request.channels === undefined ? {} : { channels: request.channels }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  }
}
