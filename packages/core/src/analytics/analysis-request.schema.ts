import { z } from 'zod'
import { Segment } from '../persona/segment.schema.js'
import { Channel } from '../shared/channel.js'
import { CLASSIFIERS } from './classify.js'

/**
 * What every analysis is run over: the case notion, the activity classifier, a lifecycle filter
 * (XES), and the journeys looked at (a segment of customers, some channels, a period).
 */
export const AnalysisScope = z.object({
  /** A top-level event property that names the case (`order_id`, `case:concept:name`); one case per customer when absent. */
  caseProperty: z.string().min(1).optional(),
  classifier: z.enum(CLASSIFIERS as [string, ...string[]]).default('name'),
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

/** One analysis to run on a project's events: the body of `POST /api/projects/{id}/analyses`. */
export const AnalysisRequest = z.discriminatedUnion('analysis', [
  VariantsRequest,
  PathsRequest,
  ProcessMapRequest,
  PerformanceRequest,
])
export type AnalysisRequest = z.infer<typeof AnalysisRequest>
export type AnalysisKind = AnalysisRequest['analysis']
