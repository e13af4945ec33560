import type { JsonObject } from '../events/event-record.js'
import { buildJourneyLog, type JourneyLog, type JourneyLogOptions } from './journey-log.js'

/** One event of a KPI test journey: who, what, when (ms from `T0` unless `timestamp` is given), on which channel, with which properties. */
export interface KpiTestEvent {
  readonly customer: string
  readonly name: string
  /** Milliseconds after T0. */
  readonly at?: number
  readonly channel?: string
  readonly properties?: JsonObject
  /** Ingestion order; defaults to the position in the list. */
  readonly seq?: number
}

/** The epoch every KPI test journey starts from: 2026-01-01T00:00:00Z. */
export const T0 = Date.UTC(2026, 0, 1)
export const HOUR = 3_600_000
export const DAY = 24 * HOUR

/** A journey log of test events (one case per customer, or per `caseProperty`). */
export function kpiTestLog(events: readonly KpiTestEvent[], options: JourneyLogOptions = {}): JourneyLog {
  return buildJourneyLog(
    events.map((event, index) => ({
      type: 'track' as const,
      name: event.name,
      timestamp: T0 + (event.at ?? 0),
      seq: event.seq ?? index + 1,
      channel: event.channel ?? null,
      properties: event.properties ?? {},
      traits: {},
      context: {},
      customerId: event.customer,
    })),
    options,
  )
}

/** Survey answer events: one `Survey Answered` per score, customers `c1`, `c2`…, a minute apart. */
export function surveyAnswers(survey: string, scores: readonly unknown[]): KpiTestEvent[] {
  return scores.map((score, index) => ({
    customer: `c${index + 1}`,
    name: 'Survey Answered',
    at: index * 60_000,
    properties: score === undefined ? { survey } : { survey, score },
  }))
}
