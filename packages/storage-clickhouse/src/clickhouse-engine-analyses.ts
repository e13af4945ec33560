import {
  type AnalysisContext,
  type AnalysisResult,
  compileMapModel,
  type EngineAnalyses,
  type ProcessModel,
} from '@parcours/core'
import { clickhouseConformance, clickhouseConformanceAccepts } from './analyses/clickhouse-conformance.js'
import { clickhouseFunnel } from './analyses/clickhouse-funnel.js'
import { clickhouseProcessMap } from './analyses/clickhouse-process-map.js'
import { clickhouseVariants } from './analyses/clickhouse-variants.js'
import type { JourneySource } from './analyses/journey-source.js'
import type { ClickHouseQuery } from './analyses/query-rows.js'
import type { ClickHouseConnection } from './clickhouse-connection.js'
import type { ClickHouseIdentityStore } from './clickhouse-identity-store.js'
import { type EngineAnalysisScope, engineAnalysisScope } from './engine-analysis-scope.js'
import { type StoredJourneyScope, storedJourneySource, storedLifecycleTexts } from './stored-journey-source.js'

/**
 * The per-customer GROUP BY and sorts of an analysis spill to disk past 1 GB each instead of
 * failing at the server's `max_memory_usage`: at 10M events the process map over the stored events
 * joined to the identity map needs 3.8 GB and failed on a 4 GB limit; with these settings it took
 * 11–14 s (bench/README.md, "ClickHouse"). Below 1 GB nothing changes.
 */
const SPILL_SETTINGS = {
  max_bytes_before_external_group_by: 1_000_000_000,
  max_bytes_before_external_sort: 1_000_000_000,
} as const

export interface ClickHouseEngineAnalysesOptions {
  /** The server queries go to (one server, or the first of a cluster: the one holding the identity map). */
  readonly connection: ClickHouseConnection
  readonly database: string
  /** Keeps the identity map fresh; the analyses read it at its current computation. */
  readonly identities: ClickHouseIdentityStore
}

/**
 * Variants, process maps, funnels and conformance to a map computed inside ClickHouse over the store's events and
 * identity map (`storedJourneySource`), only the aggregates coming back: the answers of
 * `runAnalysis` on the journey log, without building it. A request outside `engineAnalysisScope`
 * answers undefined, and so does a lifecycle filter or `name+lifecycle` classifier on a project
 * where some lifecycle text could be a non-string value (a number `5` and a string `"5"` are
 * stored as the same text; core counts only strings as lifecycles). The identity map is brought
 * up to date first, as the journey index does, inside the identity store's queue.
 *
 * @example
 * const engine = createClickHouseEngineAnalyses({ connection, database: 'parcours', identities })
 * await engine.run('acme', AnalysisRequest.parse({ analysis: 'variants', top: 10 }))
 * // → { analysis: 'variants', result: { totalVariants: …, rows: [… 11 rows] } }
 */
export function createClickHouseEngineAnalyses(options: ClickHouseEngineAnalysesOptions): EngineAnalyses {
  const { connection, database, identities } = options
  const query: ClickHouseQuery = (sql) => connection.execute(sql, SPILL_SETTINGS)
  return {
    engine: 'clickhouse',
    run: async (projectId, request, context = {}) => {
      const scope = engineAnalysisScope(request)
      if (scope === undefined) return undefined
      const model = conformanceModel(scope, context)
      if (model === false) return undefined
      return identities.withIdentities(projectId, async (state) => {
        const lastSeq = state.computation.seq
        const lifecycles = await exactLifecycles(scope, () =>
          storedLifecycleTexts(connection, database, projectId, lastSeq),
        )
        if (lifecycles === false) return undefined
        const source = storedJourneySource({
          database,
          projectId,
          identityVersion: state.computation.version,
          lastSeq,
          ...eventFilters(scope),
          ...(lifecycles === undefined ? {} : { lifecycles }),
        })
        return answer(query, scope, source, model)
      })
    },
  }
}

async function answer(
  query: ClickHouseQuery,
  scope: EngineAnalysisScope,
  source: JourneySource,
  model: ProcessModel | undefined,
): Promise<AnalysisResult | undefined> {
  const { request } = scope
  switch (request.analysis) {
    case 'variants':
      return {
        analysis: 'variants',
        result: await clickhouseVariants(query, { source, ...(request.top === undefined ? {} : { top: request.top }) }),
      }
    case 'process-map':
      return { analysis: 'process-map', result: await clickhouseProcessMap(query, { source }) }
    case 'funnel': {
      const funnel = await clickhouseFunnel(query, { source, spec: request.funnel })
      return funnel.ok ? { analysis: 'funnel', result: funnel.value } : undefined
    }
    case 'conformance': {
      if (model === undefined) return undefined
      const result = await clickhouseConformance(query, {
        source,
        model,
        ...(request.exampleCases === undefined ? {} : { exampleCases: request.exampleCases }),
      })
      return { analysis: 'conformance', result: { model: result, rules: null } }
    }
  }
}

/**
 * The model a conformance request checks (undefined for other analyses), or false when the
 * engine leaves it to the journey log: no map given (the journey log's path reports it), a map
 * that does not compile (reported there too), selectors the engine cannot match.
 */
function conformanceModel(scope: EngineAnalysisScope, context: AnalysisContext): ProcessModel | undefined | false {
  if (scope.request.analysis !== 'conformance') return undefined
  if (context.map === undefined) return false
  const compiled = compileMapModel(context.map)
  return compiled.ok && clickhouseConformanceAccepts(compiled.value) ? compiled.value : false
}

function eventFilters(
  scope: EngineAnalysisScope,
): Omit<StoredJourneyScope, 'database' | 'projectId' | 'identityVersion' | 'lastSeq' | 'lifecycles'> {
  return {
    activity: scope.activity,
    ...(scope.channels === undefined ? {} : { channels: scope.channels }),
    ...(scope.from === undefined ? {} : { from: scope.from }),
    ...(scope.to === undefined ? {} : { to: scope.to }),
  }
}

/**
 * The stored lifecycle texts the scope keeps (undefined: no lifecycle filter), or false when the
 * lifecycles cannot be read exactly: core's lifecycle is the property when it is a string, and a
 * stored text that reads as another JSON value (`5`, `true`, `[…]`) may have been one. Read only
 * when the scope looks at lifecycles (a filter, or the `name+lifecycle` classifier).
 */
async function exactLifecycles(
  scope: EngineAnalysisScope,
  readTexts: () => Promise<string[]>,
): Promise<readonly string[] | undefined | false> {
  if (scope.lifecycles === undefined && scope.activity !== 'name+lifecycle') return undefined
  const texts = await readTexts()
  if (!texts.every(isSurelyString)) return false
  if (scope.lifecycles === undefined) return undefined
  // Core's rule (lifecycleMask): the event's lifecycle and a wanted one are equal once lowercased.
  const wanted = new Set(scope.lifecycles.map((lifecycle) => lifecycle.toLowerCase()))
  return texts.filter((text) => wanted.has(text.toLowerCase()))
}

/** Whether a stored property text can only come from a string (the store keeps other values as their JSON). */
function isSurelyString(text: string): boolean {
  try {
    return typeof JSON.parse(text) === 'string'
  } catch {
    return true
  }
}
