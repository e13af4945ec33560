import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { type DocumentStore, ProjectSchema, slugify, uniqueId, type WriteKeyStore } from '@parcours/core'
import { problem, storeProblem } from '../problem.js'
import {
  conflictProblem,
  envelope,
  expectedVersion,
  ifMatchHeader,
  problemResponse,
  sendCreated,
  sendDocument,
  storedDocumentSchema,
} from './document-routes.js'

const ProjectEnvelope = storedDocumentSchema(ProjectSchema, 'StoredProject')
const NewProject = ProjectSchema.partial({ id: true })

/** Projects: one brand or product, the container of personas and maps. */
export function registerProjectRoutes(app: OpenAPIHono, store: DocumentStore, writeKeys: WriteKeyStore): void {
  const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
  const params = z.object({ projectId: z.string() })
  const key = (projectId: string) => ({ kind: 'project', projectId, id: projectId }) as const

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/projects',
      tags: ['projects'],
      summary: 'List the projects',
      responses: { 200: { description: 'Projects', ...json(z.object({ items: z.array(ProjectEnvelope) })) } },
    }),
    async (c) => c.json({ items: (await store.list('project')).map(envelope) }, 200),
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/projects',
      tags: ['projects'],
      summary: 'Create a project (its id is derived from its name when omitted)',
      request: { body: { required: true, ...json(NewProject) } },
      responses: {
        201: { description: 'Created', ...json(ProjectEnvelope) },
        400: problemResponse('Invalid project'),
        409: problemResponse('The id is taken'),
      },
    }),
    async (c) => {
      const input = c.req.valid('json')
      const taken = new Set((await store.list('project')).map((doc) => doc.id))
      const id = input.id ?? uniqueId(slugify(input.name), taken)
      const created = await store.create(key(id), { ...input, id })
      if (!created.ok) throw storeProblem(created.error)
      return sendCreated(c, created.value)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/projects/{projectId}',
      tags: ['projects'],
      summary: 'Read a project',
      request: { params },
      responses: { 200: { description: 'The project', ...json(ProjectEnvelope) }, 404: problemResponse('Not found') },
    }),
    async (c) => {
      const found = await store.get(key(c.req.valid('param').projectId))
      if (!found.ok) throw storeProblem(found.error)
      return sendDocument(c, found.value)
    },
  )

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/projects/{projectId}',
      tags: ['projects'],
      summary: 'Replace a project, based on the version in If-Match',
      request: { params, headers: ifMatchHeader, body: { required: true, ...json(ProjectSchema) } },
      responses: {
        200: { description: 'The new version', ...json(ProjectEnvelope) },
        400: problemResponse('Invalid project'),
        404: problemResponse('Not found'),
        409: problemResponse('Stale version'),
        428: problemResponse('If-Match is missing'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      const body = c.req.valid('json')
      if (body.id !== projectId)
        throw problem(400, 'invalid-request', `the project's id "${body.id}" differs from the URL's "${projectId}"`)
      const updated = await store.update(key(projectId), body, expectedVersion(c.req.valid('header')['if-match']))
      if (!updated.ok) throw await conflictProblem(store, updated.error, key(projectId))
      return sendDocument(c, updated.value)
    },
  )

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/projects/{projectId}',
      tags: ['projects'],
      summary: 'Delete an empty project, based on the version in If-Match; its write keys are revoked',
      request: { params, headers: ifMatchHeader },
      responses: {
        204: { description: 'Deleted' },
        404: problemResponse('Not found'),
        409: problemResponse('Stale version, or the project still holds personas or maps'),
        428: problemResponse('If-Match is missing'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      const removed = await store.remove(key(projectId), expectedVersion(c.req.valid('header')['if-match']))
      if (!removed.ok) throw await conflictProblem(store, removed.error, key(projectId))
      // A deleted project's sources can send nothing more.
      await writeKeys.revokeAll(projectId)
      return c.body(null, 204)
    },
  )
}
