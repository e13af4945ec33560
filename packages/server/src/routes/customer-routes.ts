import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import type { DocumentStore, IdentityStore } from '@parcours/core'
import { identityProblem, storeProblem } from '../problem.js'
import { customerToWire, eventToWire, profileToWire, unmergeToWire } from './customer-wire.js'
import { problemResponse } from './document-routes.js'

const IsoTime = z.string().openapi({ format: 'date-time', example: '2026-03-05T09:00:00.000Z' })

const CustomerSummarySchema = z
  .object({
    customerId: z.string().openapi({ example: 'cus_6cc55e24a677bcc8' }),
    identifiers: z.record(z.string(), z.array(z.string())).openapi({
      description: 'Identifier values by kind (anonymous, user, email, phone, loyalty, crm…).',
      example: { anonymous: ['a1'], user: ['u1'], email: ['lea@example.fr'] },
    }),
    events: z.number().int(),
    channels: z.array(z.string()),
    firstSeen: IsoTime,
    lastSeen: IsoTime,
  })
  .openapi('CustomerSummary')

const MergeSchema = z
  .object({
    version: z.number().int().openapi({ description: 'Names this merge; send it to unmerge it.' }),
    left: z.string().openapi({ example: 'anonymous:a1' }),
    right: z.string().openapi({ example: 'user:u1' }),
    reason: z.string().openapi({ description: 'identify, alias, same-event, or a shared kind (email, phone…)' }),
    messageId: z.string(),
    timestamp: IsoTime,
    seq: z.number().int(),
    customerId: z.string(),
  })
  .openapi('Merge')

const CustomerProfileSchema = CustomerSummarySchema.extend({
  traits: z.record(z.string(), z.unknown()),
  merges: z.array(MergeSchema),
}).openapi('CustomerProfile')

const EventSchema = z
  .object({
    seq: z.number().int(),
    messageId: z.string(),
    type: z.string(),
    name: z.string(),
    anonymousId: z.string().nullable(),
    userId: z.string().nullable(),
    timestamp: IsoTime,
    channel: z.string().nullable(),
    properties: z.record(z.string(), z.unknown()),
    traits: z.record(z.string(), z.unknown()),
    context: z.record(z.string(), z.unknown()),
    receivedAt: IsoTime,
  })
  .openapi('StoredEvent')

const UnmergeSchema = z
  .object({
    unmerge: z.object({ version: z.number().int(), blockedAt: IsoTime, merge: MergeSchema }),
    customerIds: z.array(z.string()).openapi({
      description: 'The customers now holding the two sides: one when another link still joins them.',
    }),
  })
  .openapi('UnmergeOutcome')

/** Customers: stitched identities, their profiles, cross-channel timelines, and undoing merges. */
export function registerCustomerRoutes(app: OpenAPIHono, identities: IdentityStore, documents: DocumentStore): void {
  const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
  const projectParams = z.object({ projectId: z.string() })
  const params = projectParams.extend({ customerId: z.string() })
  const base = '/api/projects/{projectId}/customers'

  const requireProject = async (projectId: string) => {
    const found = await documents.get({ kind: 'project', projectId, id: projectId })
    if (!found.ok) throw storeProblem(found.error)
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags: ['customers'],
      summary: 'List the stitched customers, most recently seen first',
      request: {
        params: projectParams,
        query: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(50),
          offset: z.coerce.number().int().min(0).default(0),
          identifier: z
            .string()
            .min(1)
            .optional()
            .openapi({ description: 'Only the customer holding this identifier, as kind:value', example: 'user:u1' }),
        }),
      },
      responses: {
        200: {
          description: 'A page of customers',
          ...json(
            z.object({
              total: z.number().int(),
              limit: z.number().int(),
              offset: z.number().int(),
              items: z.array(CustomerSummarySchema),
            }),
          ),
        },
        400: problemResponse('Invalid paging'),
        404: problemResponse('No such project'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      const { limit, offset, identifier } = c.req.valid('query')
      await requireProject(projectId)
      const page = await identities.customers(projectId, {
        limit,
        offset,
        ...(identifier === undefined ? {} : { identifier }),
      })
      return c.json({ total: page.total, limit, offset, items: page.items.map(customerToWire) }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{customerId}`,
      tags: ['customers'],
      summary: "A customer's profile: identifiers by kind, traits, first and last seen, channels, merges",
      request: { params },
      responses: {
        200: { description: 'The profile', ...json(CustomerProfileSchema) },
        404: problemResponse('No such project or customer'),
      },
    }),
    async (c) => {
      const { projectId, customerId } = c.req.valid('param')
      await requireProject(projectId)
      const found = await identities.customer(projectId, customerId)
      if (!found.ok) throw identityProblem(found.error)
      return c.json(profileToWire(found.value), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{customerId}/timeline`,
      tags: ['customers'],
      summary: 'Every event of a customer across identifiers and channels, by time then ingestion order',
      request: { params },
      responses: {
        200: {
          description: 'The timeline',
          ...json(z.object({ customerId: z.string(), events: z.array(EventSchema) })),
        },
        404: problemResponse('No such project or customer'),
      },
    }),
    async (c) => {
      const { projectId, customerId } = c.req.valid('param')
      await requireProject(projectId)
      const found = await identities.timeline(projectId, customerId)
      if (!found.ok) throw identityProblem(found.error)
      return c.json({ customerId, events: found.value.map(eventToWire) }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{customerId}/unmerge`,
      tags: ['customers'],
      summary:
        'Undo a merge of the customer (the latest recorded by default): its two identifiers stay apart from now on',
      request: {
        params,
        body: {
          required: false,
          ...json(
            z.object({
              mergeVersion: z
                .number()
                .int()
                .min(1)
                .optional()
                .openapi({ description: "The merge's version, from the profile's merges" }),
            }),
          ),
        },
      },
      responses: {
        200: { description: 'The merge undone and the resulting customers', ...json(UnmergeSchema) },
        400: problemResponse('Invalid body'),
        404: problemResponse('No such project, customer or merge'),
        409: problemResponse('The customer has no merge to undo'),
      },
    }),
    async (c) => {
      const { projectId, customerId } = c.req.valid('param')
      const { mergeVersion } = c.req.valid('json')
      await requireProject(projectId)
      const undone = await identities.unmerge(projectId, customerId, mergeVersion)
      if (!undone.ok) throw identityProblem(undone.error)
      return c.json(unmergeToWire(undone.value), 200)
    },
  )
}
