import { z } from 'zod'
import { EventSelector, PropertyPredicate } from '../events/event-selector.schema.js'
import { Channel } from '../shared/channel.js'

/** One condition a customer must meet to be in a segment. */
export const SegmentCondition = z.discriminatedUnion('kind', [
  /** A test on the customer's traits (`traits.plan eq "pro"`). */
  z.object({ kind: z.literal('trait'), predicate: PropertyPredicate }),
  /** The customer did (at least `minCount` times) something the selector matches. */
  z.object({ kind: z.literal('performed'), selector: EventSelector, minCount: z.number().int().min(1).optional() }),
  /** The customer was seen on one of these channels. */
  z.object({ kind: z.literal('channel'), channels: z.array(Channel).min(1) }),
])
export type SegmentCondition = z.infer<typeof SegmentCondition>

/** A filter over customers that ties a persona to real people: all (or any) of its conditions. */
export const Segment = z.object({
  match: z.enum(['all', 'any']),
  conditions: z.array(SegmentCondition).min(1),
})
export type Segment = z.infer<typeof Segment>
