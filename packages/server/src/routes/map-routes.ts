import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import {
  applyMapCommand,
  type DocumentStore,
  findTemplate,
  type JourneyMap,
  MapCommandSchema,
  TEMPLATE_IDS,
  uniqueId,
} from '@parcours/core'
import { commandProblem, problem, storeProblem } from '../problem.js'
import {
  conflictProblem,
  expectedVersion,
  ifMatchHeader,
  problemResponse,
  sendCreated,
  sendDocument,
} from './document-routes.js'

const CommandRequest = z
  .object({
    commands: z.array(MapCommandSchema).min(1).openapi({ description: 'Applied in order, all or none.' }),
  })
  .openapi('MapCommandRequest')

const FromTemplateRequest = z
  .object({
    templateId: z.string(),
    lang: z.enum(['fr', 'en']),
    id: z.string().optional().openapi({ description: 'The new map id; derived from the template when omitted.' }),
  })
  .openapi('FromTemplateRequest')

/** Map-only routes: designer commands, and a new map (with its personas) from a template. */
export function registerMapRoutes(app: OpenAPIHono, store: DocumentStore, envelopeSchema: z.ZodType): void {
  const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/projects/{projectId}/maps/{id}/commands',
      tags: ['maps'],
      summary: 'Apply designer commands to a map, based on the version in If-Match; saves one new version',
      request: {
        params: z.object({ projectId: z.string(), id: z.string() }),
        headers: ifMatchHeader,
        body: { required: true, ...json(CommandRequest) },
      },
      responses: {
        200: { description: 'The new version', ...json(envelopeSchema) },
        400: problemResponse('Invalid command'),
        404: problemResponse('Not found'),
        409: problemResponse('Someone else saved first'),
        422: problemResponse('A command was refused (unknown id, value off its scale…); nothing was saved'),
        428: problemResponse('If-Match is missing'),
      },
    }),
    async (c) => {
      const { projectId, id } = c.req.valid('param')
      const { commands } = c.req.valid('json')
      const base = expectedVersion(c.req.valid('header')['if-match'])
      const key = { kind: 'map', projectId, id } as const
      const current = await store.get(key)
      if (!current.ok) throw storeProblem(current.error)
      if (current.value.version !== base) {
        throw await conflictProblem(
          store,
          { code: 'conflict', kind: 'map', id, expectedVersion: base, currentVersion: current.value.version },
          key,
        )
      }
      let map: JourneyMap = current.value.body
      for (const command of commands) {
        const applied = applyMapCommand(map, command)
        if (!applied.ok) throw commandProblem(applied.error)
        map = applied.value
      }
      const saved = await store.update(key, map, base)
      if (!saved.ok) throw await conflictProblem(store, saved.error, key)
      return sendDocument(c, saved.value)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/projects/{projectId}/maps/from-template',
      tags: ['maps'],
      summary: 'Create a map and its personas from a template, in French or English',
      request: { params: z.object({ projectId: z.string() }), body: { required: true, ...json(FromTemplateRequest) } },
      responses: {
        201: { description: 'The new map', ...json(envelopeSchema) },
        400: problemResponse('Invalid request'),
        404: problemResponse('Unknown project or template'),
        409: problemResponse('The requested id is taken'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      const request = c.req.valid('json')
      const project = await store.get({ kind: 'project', projectId, id: projectId })
      if (!project.ok) throw storeProblem(project.error)
      const template = findTemplate(request.templateId)
      if (template === undefined) {
        throw problem(
          404,
          'unknown-template',
          `no template "${request.templateId}"; valid ids: ${TEMPLATE_IDS.join(', ')}`,
        )
      }
      const instance = template.build(request.lang)
      const taken = new Set((await store.list('map', projectId)).map((doc) => doc.id))
      const mapId = request.id ?? uniqueId(instance.map.id, taken)
      for (const persona of instance.personas) {
        const existing = await store.get({ kind: 'persona', projectId, id: persona.id })
        if (existing.ok) continue
        const created = await store.create({ kind: 'persona', projectId, id: persona.id }, persona)
        if (!created.ok) throw storeProblem(created.error)
      }
      const created = await store.create({ kind: 'map', projectId, id: mapId }, { ...instance.map, id: mapId })
      if (!created.ok) throw storeProblem(created.error)
      return sendCreated(c, created.value)
    },
  )
}
