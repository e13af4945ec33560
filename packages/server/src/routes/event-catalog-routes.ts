import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  type DocumentStore,
  EventSelector,
  type JourneyLog,
  type JourneyLogSource,
  matchSelector,
  NONE,
  type PropertyCatalogSource,
} from '@parcours/core'
import { storeProblem } from '../problem.js'
import { problemResponse } from './document-routes.js'

/** How much the event catalog lists (the rest is left out, most frequent kept). */
export const CATALOG_LIMITS = {
  /** Event names, most frequent first. */
  names: 500,
  /** Top-level event properties, most frequent first. */
  properties: 50,
  /** Values listed per property, most frequent first. */
  valuesPerProperty: 20,
} as const

/** Where a predicate's dotted path may start: the event's properties, the customer's traits, the event's context. */
const PROPERTY_PATH = /^(properties|traits|context)\.[^.]/

/** A core `EventSelector` whose predicates name paths the journey log can read. */
const CountRequest = EventSelector.superRefine((selector, context) => {
  selector.where?.forEach((predicate, index) => {
    if (!PROPERTY_PATH.test(predicate.property))
      context.addIssue({
        code: 'custom',
        path: ['where', index, 'property'],
        message: 'a property path starts with properties., traits. or context. (properties.plan)',
      })
  })
})

const Scalar = z.union([z.string(), z.number(), z.boolean()])

const EventCatalogSchema = z
  .object({
    events: z.number().int().openapi({ description: 'Journey events (identify, alias and group calls are not).' }),
    customers: z.number().int(),
    names: z
      .array(z.object({ name: z.string(), events: z.number().int(), customers: z.number().int() }))
      .openapi({ description: `Event names, most events first (at most ${CATALOG_LIMITS.names}).` }),
    channels: z
      .array(z.object({ channel: z.string(), events: z.number().int() }))
      .openapi({ description: 'Channels, most events first; events without a channel are not listed.' }),
    properties: z
      .array(
        z.object({
          path: z.string().openapi({ example: 'properties.plan' }),
          events: z.number().int(),
          values: z.array(z.object({ value: Scalar, events: z.number().int() })),
        }),
      )
      .openapi({
        description: `Top-level scalar event properties, most events first (at most ${CATALOG_LIMITS.properties}), each with its most frequent values (at most ${CATALOG_LIMITS.valuesPerProperty}), typed as stored.`,
      }),
    limits: z.object({
      names: z.number().int(),
      properties: z.number().int(),
      valuesPerProperty: z.number().int(),
    }),
  })
  .openapi('EventCatalog')

const EventCountSchema = z
  .object({
    events: z.number().int().openapi({ description: 'Journey events the selector matches.' }),
    customers: z.number().int().openapi({ description: 'Customers with at least one matching event.' }),
  })
  .openapi('EventCount')

/** Events per name and per channel, and customers per name, over the whole log. */
function countLog(log: JourneyLog) {
  const nameEvents = new Int32Array(log.names.length)
  const nameCustomers = new Int32Array(log.names.length)
  const channelEvents = new Int32Array(log.channels.length)
  const seenInCustomer = new Int32Array(log.names.length).fill(NONE)
  for (let c = 0; c < log.caseCount; c++) {
    const customer = log.caseCustomer[c] as number
    for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++) {
      const name = log.name[i] as number
      const channel = log.channel[i] as number
      nameEvents[name] = (nameEvents[name] as number) + 1
      if (seenInCustomer[name] !== customer) {
        seenInCustomer[name] = customer
        nameCustomers[name] = (nameCustomers[name] as number) + 1
      }
      if (channel !== NONE) channelEvents[channel] = (channelEvents[channel] as number) + 1
    }
  }
  const byCount = (a: { events: number; key: string }, b: { events: number; key: string }) =>
    b.events - a.events || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  return {
    names: log.names
      .map((name, code) => ({
        key: name,
        events: nameEvents[code] as number,
        customers: nameCustomers[code] as number,
      }))
      .filter((row) => row.events > 0)
      .sort(byCount)
      .slice(0, CATALOG_LIMITS.names)
      .map(({ key, events, customers }) => ({ name: key, events, customers })),
    channels: log.channels
      .map((channel, code) => ({ key: channel, events: channelEvents[code] as number }))
      .filter((row) => row.events > 0)
      .sort(byCount)
      .map(({ key, events }) => ({ channel: key, events })),
  }
}

/**
 * The touchpoint binding's routes: what a project's events look like (names, channels, property
 * keys and values, with counts) and how many events and customers a selector matches — counted
 * with core's `matchSelector` on the journey log the analyses use, so a touchpoint's reach is the
 * count shown while binding it. Cases are one per customer here (the default case notion).
 */
export function registerEventCatalogRoutes(
  app: OpenAPIHono,
  journeys: JourneyLogSource,
  catalog: PropertyCatalogSource,
  documents: DocumentStore,
): void {
  const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
  const params = z.object({ projectId: z.string() })
  const requireProject = async (projectId: string) => {
    const project = await documents.get({ kind: 'project', projectId, id: projectId })
    if (!project.ok) throw storeProblem(project.error)
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/projects/{projectId}/event-catalog',
      tags: ['analytics'],
      summary: 'The event names, channels and properties of the project’s journeys, with counts (to bind touchpoints)',
      request: { params },
      responses: {
        200: { description: 'The catalog, bounded as `limits` says', ...json(EventCatalogSchema) },
        404: problemResponse('No such project'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      await requireProject(projectId)
      const log = await journeys.journeyLog(projectId)
      const properties = await catalog.propertyCatalog(projectId, {
        keys: CATALOG_LIMITS.properties,
        valuesPerKey: CATALOG_LIMITS.valuesPerProperty,
      })
      return c.json(
        {
          events: log.eventCount,
          customers: new Set(log.caseCustomer).size,
          ...countLog(log),
          properties: properties.map((property) => ({ ...property, values: [...property.values] })),
          limits: { ...CATALOG_LIMITS },
        },
        200,
      )
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/projects/{projectId}/event-count',
      tags: ['analytics'],
      summary: 'How many journey events and customers an event selector matches (what a bound touchpoint reaches)',
      request: { params, body: { required: true, ...json(CountRequest) } },
      responses: {
        200: { description: 'The counts', ...json(EventCountSchema) },
        400: problemResponse('Invalid selector: `errors` names each field'),
        404: problemResponse('No such project'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      const selector = c.req.valid('json')
      await requireProject(projectId)
      const log = await journeys.journeyLog(projectId, {
        properties: [...new Set((selector.where ?? []).map((predicate) => predicate.property))],
      })
      const mask = matchSelector(log, selector)
      let events = 0
      const customers = new Set<number>()
      for (let c = 0; c < log.caseCount; c++)
        for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++)
          if (mask[i]) {
            events++
            customers.add(log.caseCustomer[c] as number)
          }
      return c.json({ events, customers: customers.size }, 200)
    },
  )
}
