import { z } from 'zod'
import { EventSelector } from '../events/event-selector.schema.js'
import { Segment } from '../persona/segment.schema.js'
import { Channel } from '../shared/channel.js'
import { CLASSIFIERS } from './classify.js'
import { FunnelSpec } from './funnel.schema.js'
import { KpiSpecInput } from './kpi-spec.schema.js'

/**
 * What every analysis is run over: the case notion, the activity classifier, a lifecycle filter
 * (XES), and the journeys looked at (a segment of customers, some channels, a period).
 */
export const AnalysisScope = z.object({
  /** A top-level event property that names the case (`order_id`, `case:concept:name`); one case per customer when absent. */
  caseProperty: z.string().min(1).optional(),
  /** How events become activities; `touchpoint` (the touchpoints of the map `mapId`) needs a map. */
  classifier: z.enum(['touchpoint', ...CLASSIFIERS] as [string, ...string[]]).default('name'),
  /** A map of the project: its touchpoints for the `touchpoint` classifier, its model for conformance and measure. */
  mapId: z.string().min(1).optional(),
  /** Keep only the events of these lifecycles (`complete`), compared case-insensitively. */
  lifecycle: z.array(z.string().min(1)).min(1).optional(),
  segment: Segment.optional(),
  channels: z.array(Channel).min(1).optional(),
  /** ISO 8601 with an offset; events from this instant on. */
  from: z.iso.datetime({ offset: true }).optional(),
  /** ISO 8601 with an offset; events before this instant. */
  to: z.iso.datetime({ offset: true }).optional(),
})
export type AnalysisScope = z.infer<typeof AnalysisScope>

const natural = z.number().int().min(0)

export const VariantsRequest = AnalysisScope.extend({
  analysis: z.literal('variants'),
  /** Keep the N most frequent variants and sum the rest into an `other` row. */
  top: natural.optional(),
})

export const PathsRequest = AnalysisScope.extend({
  analysis: z.literal('paths'),
  anchor: z.string().min(1).optional(),
  direction: z.enum(['after', 'before']).default('after'),
  depth: z.number().int().min(1).max(50).default(5),
  top: natural.optional(),
  topPaths: natural.optional(),
})

export const ProcessMapRequest = AnalysisScope.extend({
  analysis: z.literal('process-map'),
})

export const PerformanceRequest = AnalysisScope.extend({
  analysis: z.literal('performance'),
  /** Dotted path of the activity-instance id (`properties.activity_instance`). */
  instance: z.string().min(1).optional(),
  /** Dotted path of the resource (`properties.org:resource`). */
  resource: z.string().min(1).optional(),
})

export const FunnelRequest = AnalysisScope.extend({
  analysis: z.literal('funnel'),
  funnel: FunnelSpec,
})

/** The same funnel on two segments side by side, with confidence intervals and a test. */
export const CompareSegmentsRequest = AnalysisScope.extend({
  analysis: z.literal('compare-segments'),
  funnel: FunnelSpec,
  segments: z.tuple([Segment, Segment]),
})

/** Imported cost data, as the text of a CSV (date, channel and/or campaign, amount; see docs/semantics.md "KPIs"). */
const CostsCsv = z.string().min(1)

export const KpiRequest = AnalysisScope.extend({
  analysis: z.literal('kpi'),
  kpi: KpiSpecInput,
  costs: CostsCsv.optional(),
})

const RuleOperand = z.union([z.string().min(1), EventSelector])
/** A declarative rule checked on every case (see `DeclarativeRule`). */
export const DeclarativeRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('precedes'), a: RuleOperand, b: RuleOperand }),
  z.object({
    kind: z.literal('responded-by'),
    a: RuleOperand,
    b: RuleOperand,
    withinMs: z.number().positive().optional(),
  }),
  z.object({ kind: z.literal('starts-with'), activity: RuleOperand }),
  z.object({ kind: z.literal('ends-with'), activity: RuleOperand }),
  z.object({
    kind: z.literal('contains'),
    activity: RuleOperand,
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  }),
  z.object({ kind: z.literal('absent'), activity: RuleOperand }),
])

/** Conformance to a map's process model (`mapId`), declarative rules, or both. */
export const ConformanceRequest = AnalysisScope.extend({
  analysis: z.literal('conformance'),
  mapId: z.string().min(1).optional(),
  rules: z.array(DeclarativeRuleSchema).min(1).optional(),
  /** How many example cases each deviation or violated rule lists (default 5). */
  exampleCases: z.number().int().min(0).max(100).optional(),
}).refine((request) => request.mapId !== undefined || request.rules !== undefined, {
  message: 'give a map (mapId), declarative rules, or both',
  path: ['mapId'],
})

/** Every stage and touchpoint of a map, measured (the measured overlay). */
export const MeasureRequest = AnalysisScope.extend({
  analysis: z.literal('measure'),
  mapId: z.string().min(1),
  costs: CostsCsv.optional(),
  deviationsPerStage: z.number().int().min(0).max(50).optional(),
})

/** One analysis to run on a project's events: the body of `POST /api/projects/{id}/analyses`. */
export const AnalysisRequest = z.discriminatedUnion('analysis', [
  VariantsRequest,
  PathsRequest,
  ProcessMapRequest,
  PerformanceRequest,
  FunnelRequest,
  CompareSegmentsRequest,
  KpiRequest,
  ConformanceRequest,
  MeasureRequest,
])
export type AnalysisRequest = z.infer<typeof AnalysisRequest>
export type AnalysisKind = AnalysisRequest['analysis']
