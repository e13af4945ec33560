import { z } from 'zod'
import { Channel } from '../shared/channel.js'

/** A JSON scalar a property predicate compares against. */
export const ScalarValue = z.union([z.string(), z.number(), z.boolean()])
export type ScalarValue = z.infer<typeof ScalarValue>

/**
 * A test on one event property (`properties.plan`), trait or context field, written as a dotted path.
 * `exists` takes no value; `in` takes a list; the ordering operators take numbers.
 */
export const PropertyPredicate = z.discriminatedUnion('op', [
  z.object({ op: z.literal('exists'), property: z.string().min(1) }),
  z.object({ op: z.enum(['eq', 'neq']), property: z.string().min(1), value: ScalarValue }),
  z.object({ op: z.literal('in'), property: z.string().min(1), values: z.array(ScalarValue).min(1) }),
  z.object({ op: z.enum(['gt', 'gte', 'lt', 'lte']), property: z.string().min(1), value: z.number() }),
  z.object({ op: z.literal('contains'), property: z.string().min(1), value: z.string() }),
])
export type PropertyPredicate = z.infer<typeof PropertyPredicate>

/**
 * Which events are one touchpoint (or one funnel step): any of the event names, optionally only on
 * some channels, and only where every predicate holds. This is what binds the map to real data.
 *
 * @example { events: ['Order Completed'], channels: ['web', 'app'], where: [{ op: 'gt', property: 'properties.total', value: 0 }] }
 */
export const EventSelector = z.object({
  events: z.array(z.string().min(1)).min(1),
  channels: z.array(Channel).optional(),
  where: z.array(PropertyPredicate).optional(),
})
export type EventSelector = z.infer<typeof EventSelector>
