import type { EventSelector } from '../events/event-selector.schema.js'
import type { KpiUnit } from '../journey-map/journey-map.schema.js'
import type { Channel } from '../shared/channel.js'

/** The event a survey answer is, by convention (DESIGN §4): `Survey Answered` with `survey`, `score`, `comment`. */
export const SURVEY_ANSWERED_EVENT = 'Survey Answered'

/** Where a survey answer's score is read by default. */
export const DEFAULT_SCORE_PATH = 'properties.score'

/** Where an order's amount is read by default (the Segment e-commerce spec's `revenue`). */
export const DEFAULT_REVENUE_PATH = 'properties.revenue'

/** The answer scale of each survey KPI (DESIGN §5): NPS 0–10, CSAT 1–5, CES 1–7. */
export const SURVEY_SCALES = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
} as const satisfies Record<string, ScoreRange>

/** An inclusive range of whole scores: `{ min: 4, max: 5 }` is the answers 4 and 5. */
export interface ScoreRange {
  readonly min: number
  readonly max: number
}

/**
 * Which answers a survey KPI reads. `selector` defaults to `Survey Answered` events whose
 * `properties.survey` is the KPI's kind (`"nps"`, `"csat"`, `"ces"`); `scorePath` to
 * `properties.score`; `answers` to `every` (each answer is one sample) — `latest-per-customer`
 * keeps each customer's latest valid answer (journey order: time, then ingestion sequence).
 */
export interface SurveyAnswerSource {
  readonly selector?: EventSelector
  readonly scorePath?: string
  readonly answers?: SurveyAnswerRule
}

export type SurveyAnswerRule = 'every' | 'latest-per-customer'

/** NPS: % promoters (9–10) − % detractors (0–6) of answers on 0–10; a score from −100 to 100. */
export interface NpsSpec extends SurveyAnswerSource {
  readonly kind: 'nps'
}

/** CSAT on 1–5: `top-2-box` is the % of answers 4–5, `mean` the mean answer. */
export interface CsatSpec extends SurveyAnswerSource {
  readonly kind: 'csat'
  readonly method: 'top-2-box' | 'mean'
}

/** CES on 1–7: `mean` is the mean answer, `top-box` the % of answers in the top `boxSize` points (default 3: 5–7). */
export interface CesSpec extends SurveyAnswerSource {
  readonly kind: 'ces'
  readonly method: 'mean' | 'top-box'
  readonly boxSize?: number
}

/**
 * How journeys are counted by a conversion: `case` (default; a journey), `customer` (a customer
 * converts when any of their cases does) or `attempt` (every `from` event).
 */
export type ConversionCounting = 'case' | 'customer' | 'attempt'

/**
 * A conversion from a `from` event to a later `to` event of the same case, within `windowMs` of
 * the `from` event (inclusive; no limit when absent).
 */
export interface ConversionSteps {
  readonly from: EventSelector
  readonly to: EventSelector
  readonly windowMs?: number
  readonly counting?: ConversionCounting
}

/** Conversion rate (%): counted units that reached `to` after `from` ÷ units that reached `from` × 100. */
export interface ConversionRateSpec extends ConversionSteps {
  readonly kind: 'conversion-rate'
}

/** Drop-off (%): units that reached `from` and not `to` after it ÷ units that reached `from` × 100. */
export interface DropOffSpec extends ConversionSteps {
  readonly kind: 'drop-off'
}

/**
 * Churn rate (%) over the analysis period `[from, to)`: customers lost in it ÷ customers at its
 * start × 100. `cancel-event`: a customer is one at an instant when their latest `start` or
 * `cancel` event before it is a start (`start` defaults to any event that is not a cancel), and is
 * lost when a cancel event falls in the period. `inactivity`: a customer is active at an instant
 * when an `activity` event (default: any event) falls in the `inactivityDays` days before it, and
 * is lost when active at the start and not at the end.
 */
export type ChurnRateSpec =
  | {
      readonly kind: 'churn-rate'
      readonly basis: 'cancel-event'
      readonly cancel: EventSelector
      readonly start?: EventSelector
    }
  | {
      readonly kind: 'churn-rate'
      readonly basis: 'inactivity'
      readonly inactivityDays: number
      readonly activity?: EventSelector
    }

/** How long a customer stays: a number of analysis periods, or 1 ÷ a churn rate per period (a fraction, 0.05 = 5 %). */
export type ExpectedLifetime =
  | { readonly type: 'periods'; readonly periods: number }
  | { readonly type: 'from-churn-rate'; readonly churnRate: number }

/**
 * Simple CLV (currency): average order value × purchase frequency (orders per ordering customer
 * in the analysis period) × expected lifetime (in periods), × `grossMargin` (a fraction) when
 * given — the margin-based CLV.
 */
export interface ClvSpec {
  readonly kind: 'clv'
  readonly orders: EventSelector
  /** Default `properties.revenue`. */
  readonly revenuePath?: string
  readonly lifetime: ExpectedLifetime
  readonly grossMargin?: number
}

/** Whether a ratio counts matching events (default) or distinct customers with at least one. */
export type EventCounting = 'events' | 'customers'

/** CTR (%): clicks ÷ impressions × 100. */
export interface CtrSpec {
  readonly kind: 'ctr'
  readonly clicks: EventSelector
  readonly impressions: EventSelector
  readonly counting?: EventCounting
}

/** Open rate (%): opens ÷ delivered × 100. */
export interface OpenRateSpec {
  readonly kind: 'open-rate'
  readonly opens: EventSelector
  readonly delivered: EventSelector
  readonly counting?: EventCounting
}

/** Which cost rows a cost KPI adds up: rows of one of `channels` and of one of `campaigns` (each filter optional). */
export interface CostSelection {
  readonly channels?: readonly Channel[]
  readonly campaigns?: readonly string[]
}

/** Cost per something (currency): the selected cost in the period ÷ the count of `events`. */
export interface CostPerEventSpec {
  readonly kind: 'cpc' | 'cpl' | 'cost-per-conversion'
  /** Clicks (CPC), leads (CPL) or conversions. */
  readonly events: EventSelector
  readonly costs?: CostSelection
  readonly counting?: EventCounting
}

/**
 * A KPI the engine can compute, tagged by `kind` (the map's KPI kinds it measures).
 *
 * @example { kind: 'csat', method: 'top-2-box' }
 * @example { kind: 'conversion-rate', from: { events: ['Checkout Started'] }, to: { events: ['Order Completed'] }, windowMs: 86_400_000 }
 */
export type KpiSpec =
  | NpsSpec
  | CsatSpec
  | CesSpec
  | ConversionRateSpec
  | DropOffSpec
  | ChurnRateSpec
  | ClvSpec
  | CtrSpec
  | OpenRateSpec
  | CostPerEventSpec

export type ComputableKpiKind = KpiSpec['kind']

/** An analysis period `[from, to)`, epoch milliseconds. */
export interface KpiPeriod {
  readonly from: number
  readonly to: number
}

/** Answers not counted by a survey KPI, by reason. */
export interface ExcludedAnswers {
  /** A number outside the scale, or not a whole number. */
  readonly outOfScale: number
  /** A score that is not a number (nor a text holding one). */
  readonly notANumber: number
  /** No score at the score path. */
  readonly missingScore: number
  /** Valid answers superseded by the same customer's later one (`latest-per-customer`). */
  readonly supersededByLater: number
}

/** The answers of a survey KPI: how many per score, and which were left out. */
export interface SurveyDetails {
  readonly answerRule: SurveyAnswerRule
  readonly scale: ScoreRange
  /** Every scale point, lowest first, with the number of counted answers. */
  readonly distribution: readonly { readonly score: number; readonly answers: number }[]
  /** Mean of the counted answers; null without answers. */
  readonly mean: number | null
  readonly excluded: ExcludedAnswers
}

export interface NpsDetails extends SurveyDetails {
  readonly promoters: number
  readonly passives: number
  readonly detractors: number
}

export interface SatisfactionDetails extends SurveyDetails {
  readonly method: 'top-2-box' | 'mean' | 'top-box'
  /** The scores counted as satisfied or easy (4–5 for CSAT, 5–7 for CES). */
  readonly box: ScoreRange
  readonly inBox: number
}

export interface ConversionDetails {
  readonly counting: ConversionCounting
  /** Null without a window. */
  readonly windowMs: number | null
  readonly entered: number
  readonly converted: number
  readonly droppedOff: number
}

export interface ChurnDetails {
  readonly basis: 'cancel-event' | 'inactivity'
  readonly period: KpiPeriod | null
  readonly inactivityDays: number | null
  readonly customersAtStart: number
  readonly customersLost: number
}

export interface ClvDetails {
  /** Customers with at least one counted order. */
  readonly customers: number
  readonly orders: number
  /** Sum of the counted orders' amounts. */
  readonly revenue: number
  /** Orders left out because their amount is missing, not a number or negative. */
  readonly ordersWithoutRevenue: number
  readonly averageOrderValue: number | null
  /** Orders per customer in the period. */
  readonly purchaseFrequency: number | null
  /** In analysis periods. */
  readonly expectedLifetime: number | null
  readonly grossMargin: number | null
}

export interface EventRatioDetails {
  readonly counting: EventCounting
  readonly numerator: number
  readonly denominator: number
}

export interface CostDetails {
  readonly counting: EventCounting
  /** Sum of the selected cost rows' amounts. */
  readonly cost: number
  readonly costRows: number
  /** The rows' currency when the file gives one. */
  readonly currency: string | null
  /** Clicks, leads or conversions. */
  readonly events: number
}

/** The details each KPI kind reports beside its value. */
export interface KpiDetailsByKind {
  readonly nps: NpsDetails
  readonly csat: SatisfactionDetails
  readonly ces: SatisfactionDetails
  readonly 'conversion-rate': ConversionDetails
  readonly 'drop-off': ConversionDetails
  readonly 'churn-rate': ChurnDetails
  readonly clv: ClvDetails
  readonly ctr: EventRatioDetails
  readonly 'open-rate': EventRatioDetails
  readonly cpc: CostDetails
  readonly cpl: CostDetails
  readonly 'cost-per-conversion': CostDetails
}

/**
 * Why a KPI has no value: no sample (no answer, nobody entered, zero clicks…), no cost rows
 * given, no analysis period given (churn), or cost rows in more than one currency.
 */
export type KpiMissing = 'sample' | 'costs' | 'period' | 'mixed-currencies'

/**
 * A measured KPI: the value with the formula actually used and the sample size beside it
 * (DESIGN §5). `value` is null exactly when `missing` says why.
 *
 * @example { kind: 'nps', value: 20, unit: 'score', sampleSize: 10, missing: null,
 *   formula: '%promoters(9–10) − %detractors(0–6) on 0–10 of properties.score of Survey Answered [properties.survey = "nps"], every answer',
 *   details: { promoters: 4, passives: 4, detractors: 2, … } }
 */
export type KpiValue = {
  readonly [K in ComputableKpiKind]: {
    readonly kind: K
    readonly value: number | null
    /** Human-readable formula actually used, with its sources. */
    readonly formula: string
    /** Answers, units entered, customers at the start, impressions…: the denominator the value rests on. */
    readonly sampleSize: number
    readonly unit: KpiUnit
    readonly missing: KpiMissing | null
    readonly details: KpiDetailsByKind[K]
  }
}[ComputableKpiKind]

/** The KPI value of one kind. */
export type KpiValueOf<K extends ComputableKpiKind> = Extract<KpiValue, { readonly kind: K }>
