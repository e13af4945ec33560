import { z } from 'zod'
import { EventSelector } from '../events/event-selector.schema.js'
import { Channel } from '../shared/channel.js'
import type { KpiSpec } from './kpi-spec.js'

// The KPI spec as it enters from outside (a CLI flag file, an HTTP body): parsed once, then trusted.

const surveySource = {
  selector: EventSelector.exactOptional(),
  scorePath: z.string().min(1).exactOptional(),
  answers: z.enum(['every', 'latest-per-customer']).exactOptional(),
}
const conversionSteps = {
  from: EventSelector,
  to: EventSelector,
  windowMs: z.number().positive().exactOptional(),
  counting: z.enum(['case', 'customer', 'attempt']).exactOptional(),
}
const counting = z.enum(['events', 'customers']).exactOptional()
const costPerEvent = {
  events: EventSelector,
  costs: z
    .object({ channels: z.array(Channel).exactOptional(), campaigns: z.array(z.string()).exactOptional() })
    .exactOptional(),
  counting,
}

/**
 * A `KpiSpec` read from JSON, checked: ranges the compute functions would refuse (a CES box of 0
 * points, a lifetime of 0 periods, a margin above 1) are refused here with a path.
 *
 * @example KpiSpecInput.parse({ kind: 'csat', method: 'top-2-box' })
 */
export const KpiSpecInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('nps'), ...surveySource }),
  z.object({ kind: z.literal('csat'), method: z.enum(['top-2-box', 'mean']), ...surveySource }),
  z.object({
    kind: z.literal('ces'),
    method: z.enum(['mean', 'top-box']),
    boxSize: z.number().int().min(1).max(7).exactOptional(),
    ...surveySource,
  }),
  z.object({ kind: z.literal('conversion-rate'), ...conversionSteps }),
  z.object({ kind: z.literal('drop-off'), ...conversionSteps }),
  z.discriminatedUnion('basis', [
    z.object({
      kind: z.literal('churn-rate'),
      basis: z.literal('cancel-event'),
      cancel: EventSelector,
      start: EventSelector.exactOptional(),
    }),
    z.object({
      kind: z.literal('churn-rate'),
      basis: z.literal('inactivity'),
      inactivityDays: z.number().positive(),
      activity: EventSelector.exactOptional(),
    }),
  ]),
  z.object({
    kind: z.literal('clv'),
    orders: EventSelector,
    revenuePath: z.string().min(1).exactOptional(),
    lifetime: z.discriminatedUnion('type', [
      z.object({ type: z.literal('periods'), periods: z.number().positive() }),
      z.object({ type: z.literal('from-churn-rate'), churnRate: z.number().positive().max(1) }),
    ]),
    grossMargin: z.number().min(0).max(1).exactOptional(),
  }),
  z.object({ kind: z.literal('ctr'), clicks: EventSelector, impressions: EventSelector, counting }),
  z.object({ kind: z.literal('open-rate'), opens: EventSelector, delivered: EventSelector, counting }),
  z.object({ kind: z.literal('cpc'), ...costPerEvent }),
  z.object({ kind: z.literal('cpl'), ...costPerEvent }),
  z.object({ kind: z.literal('cost-per-conversion'), ...costPerEvent }),
])

/** A checked spec is a KpiSpec (the compiler holds the two definitions together). */
export type KpiSpecInput = z.infer<typeof KpiSpecInput>
const checkedIsSpec = (input: KpiSpecInput): KpiSpec => input
void checkedIsSpec
