import type {
  AnalysisRequest,
  ConformanceAnswer,
  FunnelResult,
  KpiValue,
  MapMeasurement,
  PathAnalysis,
  ProcessMap,
  SegmentComparison,
  VariantTable,
} from '@parcours/core'
import { getJson, sendJson } from './http.js'

/** The answer of each analysis kind, as `POST /api/projects/{id}/analyses` sends it (docs/cli-json.md). */
export interface AnalysisResults {
  readonly variants: VariantTable
  readonly paths: PathAnalysis
  readonly 'process-map': ProcessMap
  readonly funnel: FunnelResult
  readonly 'compare-segments': SegmentComparison
  readonly kpi: KpiValue
  readonly conformance: ConformanceAnswer
  readonly measure: MapMeasurement
}

/** The analyses the web app runs. */
export type WebAnalysisKind = keyof AnalysisResults

/** An analysis request as sent (before the server applies defaults). */
export type AnalysisBody<K extends WebAnalysisKind> = Extract<AnalysisRequestInput, { analysis: K }>
/** `AnalysisRequest` as written by a client, before the server's defaults. */
export type AnalysisRequestInput = (typeof AnalysisRequest)['_zod']['input']

/**
 * Runs one analysis on the project's journeys and answers its result; throws `ApiError` with the
 * server's problem (unknown map, invalid funnel…) otherwise.
 *
 * @example await runAnalysis('acme', { analysis: 'variants', top: 10 }) // { totalVariants: 3, rows: […] }
 */
export async function runAnalysis<K extends WebAnalysisKind>(
  projectId: string,
  request: AnalysisBody<K>,
): Promise<AnalysisResults[K]> {
  const answer = await sendJson<{ analysis: K; result: AnalysisResults[K] }>(
    'POST',
    `/api/projects/${encodeURIComponent(projectId)}/analyses`,
    request,
  )
  return answer.result
}

/** A stitched customer in the customer list (times are ISO 8601). */
export interface CustomerSummary {
  readonly customerId: string
  readonly identifiers: Readonly<Record<string, readonly string[]>>
  readonly events: number
  readonly channels: readonly string[]
  readonly firstSeen: string
  readonly lastSeen: string
}

/** A customer's profile: the summary, their traits and the merges that joined their identifiers. */
export interface CustomerProfile extends CustomerSummary {
  readonly traits: Readonly<Record<string, unknown>>
  readonly merges: readonly { readonly version: number; readonly left: string; readonly right: string }[]
}

/** One stored event of a customer's timeline. */
export interface TimelineEvent {
  readonly seq: number
  readonly messageId: string
  readonly type: string
  readonly name: string
  readonly timestamp: string
  readonly channel: string | null
  readonly properties: Readonly<Record<string, unknown>>
}

/** A page of customers, most recently seen first. */
export interface CustomerPage {
  readonly total: number
  readonly limit: number
  readonly offset: number
  readonly items: readonly CustomerSummary[]
}

const customersPath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/customers`

/**
 * Lists the project's customers; `identifier` (`kind:value`, e.g. `email:lea@example.fr`) finds one.
 *
 * @example await listCustomers('acme', { limit: 20 })
 */
export function listCustomers(
  projectId: string,
  options: { readonly limit?: number; readonly offset?: number; readonly identifier?: string } = {},
): Promise<CustomerPage> {
  const query = new URLSearchParams()
  if (options.limit !== undefined) query.set('limit', String(options.limit))
  if (options.offset !== undefined) query.set('offset', String(options.offset))
  if (options.identifier !== undefined) query.set('identifier', options.identifier)
  const suffix = query.size === 0 ? '' : `?${query}`
  return getJson<CustomerPage>(`${customersPath(projectId)}${suffix}`)
}

/** A customer's profile: identifiers by kind, traits, first and last seen, channels. */
export function getCustomer(projectId: string, customerId: string): Promise<CustomerProfile> {
  return getJson<CustomerProfile>(`${customersPath(projectId)}/${encodeURIComponent(customerId)}`)
}

/** Every event of a customer across identifiers and channels, by time then ingestion order. */
export async function getCustomerTimeline(projectId: string, customerId: string): Promise<readonly TimelineEvent[]> {
  const answer = await getJson<{ events: TimelineEvent[] }>(
    `${customersPath(projectId)}/${encodeURIComponent(customerId)}/timeline`,
  )
  return answer.events
}

/** A journey map of the project, as listed: its id, title, and the names of its stages and touchpoints by id. */
export interface MapEntry {
  readonly id: string
  readonly title: string
  readonly names: Readonly<Record<string, string>>
}

interface ListedMap {
  readonly id: string
  readonly document: {
    readonly title?: string
    readonly stages?: readonly { readonly id: string; readonly name: string }[]
    readonly touchpoints?: readonly { readonly id: string; readonly name: string }[]
  }
}

/** The project's journey maps (latest versions), for the map pickers of conformance and KPIs. */
export async function listMapEntries(projectId: string): Promise<readonly MapEntry[]> {
  const answer = await getJson<{ items: ListedMap[] }>(`/api/projects/${encodeURIComponent(projectId)}/maps`)
  return answer.items.map((item) => ({
    id: item.id,
    title: item.document.title ?? item.id,
    names: Object.fromEntries(
      [...(item.document.stages ?? []), ...(item.document.touchpoints ?? [])].map((entry) => [entry.id, entry.name]),
    ),
  }))
}
