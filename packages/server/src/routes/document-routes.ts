import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import type { DocumentBodies, DocumentStore, StoredDocument } from '@parcours/core'
import type { Context, TypedResponse } from 'hono'
import type { JSONValue } from 'hono/utils/types'
import { ProblemSchema, problem, storeProblem } from '../problem.js'

/** The envelope every stored document is served in: its body plus the version to send back in `If-Match`. */
export function storedDocumentSchema(body: z.ZodType, name: string): z.ZodType {
  return z
    .object({
      id: z.string(),
      projectId: z.string(),
      version: z.number().int().openapi({ description: 'Send it back in If-Match to update.' }),
      updatedAt: z.string(),
      document: body,
    })
    .openapi(name)
}

export const VersionListSchema = z
  .object({ versions: z.array(z.object({ version: z.number().int(), updatedAt: z.string() })) })
  .openapi('VersionList')

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
})

export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ description: 'The version the change is based on, e.g. "3". A stale version gets 409.' }),
})

export function envelope<K extends keyof DocumentBodies>(stored: StoredDocument<K>) {
  return {
    id: stored.id,
    projectId: stored.projectId,
    version: stored.version,
    updatedAt: stored.updatedAt,
    document: stored.body,
  }
}

/** Reads `If-Match` ("3", 3 or W/"3"); writes to existing documents require it (428 without it). */
export function expectedVersion(header: string | undefined): number {
  if (header === undefined) {
    throw problem(428, 'version-required', 'send the version your change is based on in the If-Match header')
  }
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim())
  if (match?.[1] === undefined)
    throw problem(400, 'invalid-request', `If-Match must be a version number, not ${header}`)
  return Number(match[1])
}

type JsonResponse<S extends 200 | 201> = Response & TypedResponse<JSONValue, S, 'json'>

/** Answers a stored document with its version as ETag. */
export function sendDocument<K extends keyof DocumentBodies>(c: Context, stored: StoredDocument<K>): JsonResponse<200> {
  c.header('ETag', `"${stored.version}"`)
  return c.json(envelope(stored), 200)
}

/** Answers a new document with 201 and its version as ETag. */
export function sendCreated<K extends keyof DocumentBodies>(c: Context, stored: StoredDocument<K>): JsonResponse<201> {
  c.header('ETag', `"${stored.version}"`)
  return c.json(envelope(stored), 201)
}

interface DocumentRouteOptions<K extends 'persona' | 'map'> {
  readonly kind: K
  /** URL segment: `personas` or `maps`. */
  readonly segment: string
  readonly tag: string
  readonly bodySchema: z.ZodType<DocumentBodies[K]>
  readonly envelopeSchema: z.ZodType
}

/**
 * Create, read, list, replace, delete, versions and restore for one kind of project document.
 * Personas and maps share them so both behave the same way.
 */
export function registerDocumentRoutes<K extends 'persona' | 'map'>(
  app: OpenAPIHono,
  store: DocumentStore,
  options: DocumentRouteOptions<K>,
): void {
  const { kind, segment, tag } = options
  const base = `/api/projects/{projectId}/${segment}`
  const projectParams = z.object({ projectId: z.string() })
  const params = z.object({ projectId: z.string(), id: z.string() })
  const versionParams = params.extend({ version: z.coerce.number().int().min(1) })
  const key = (projectId: string, id: string) => ({ kind, projectId, id })
  const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })

  const requireProject = async (projectId: string) => {
    const found = await store.get({ kind: 'project', projectId, id: projectId })
    if (!found.ok) throw storeProblem(found.error)
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags: [tag],
      summary: `List the ${segment} of a project (latest versions)`,
      request: { params: projectParams },
      responses: {
        200: { description: 'The documents', ...json(z.object({ items: z.array(options.envelopeSchema) })) },
        404: problemResponse('No such project'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      await requireProject(projectId)
      const items = await store.list(kind, projectId)
      return c.json({ items: items.map(envelope) }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags: [tag],
      summary: `Create a ${kind} (the document's id is its key in the project)`,
      request: { params: projectParams, body: { required: true, ...json(options.bodySchema) } },
      responses: {
        201: { description: 'Created', ...json(options.envelopeSchema) },
        400: problemResponse('Invalid document: `errors` lists every problem by JSON path'),
        404: problemResponse('No such project'),
        409: problemResponse('The id is taken'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      const body = c.req.valid('json') as DocumentBodies[K]
      await requireProject(projectId)
      const created = await store.create(key(projectId, body.id), body)
      if (!created.ok) throw storeProblem(created.error)
      return sendCreated(c, created.value)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags: [tag],
      summary: `Read the current version of a ${kind}`,
      request: { params },
      responses: {
        200: { description: 'The document', ...json(options.envelopeSchema) },
        404: problemResponse('Not found'),
      },
    }),
    async (c) => {
      const { projectId, id } = c.req.valid('param')
      const found = await store.get(key(projectId, id))
      if (!found.ok) throw storeProblem(found.error)
      return sendDocument(c, found.value)
    },
  )

  app.openapi(
    createRoute({
      method: 'put',
      path: `${base}/{id}`,
      tags: [tag],
      summary: `Replace a ${kind}, based on the version in If-Match`,
      request: { params, headers: ifMatchHeader, body: { required: true, ...json(options.bodySchema) } },
      responses: {
        200: { description: 'The new version', ...json(options.envelopeSchema) },
        400: problemResponse('Invalid document'),
        404: problemResponse('Not found'),
        409: problemResponse('Someone else saved first: `currentVersion` and `current` say what is stored now'),
        428: problemResponse('If-Match is missing'),
      },
    }),
    async (c) => {
      const { projectId, id } = c.req.valid('param')
      const body = c.req.valid('json') as DocumentBodies[K]
      if (body.id !== id) {
        throw problem(400, 'invalid-request', `the document's id "${body.id}" differs from the URL's "${id}"`, {
          errors: [{ path: 'id', message: `must be "${id}"` }],
        })
      }
      const updated = await store.update(key(projectId, id), body, expectedVersion(c.req.valid('header')['if-match']))
      if (!updated.ok) throw await conflictProblem(store, updated.error, key(projectId, id))
      return sendDocument(c, updated.value)
    },
  )

  app.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags: [tag],
      summary: `Delete a ${kind} and its history, based on the version in If-Match`,
      request: { params, headers: ifMatchHeader },
      responses: {
        204: { description: 'Deleted' },
        404: problemResponse('Not found'),
        409: problemResponse('Stale version'),
        428: problemResponse('If-Match is missing'),
      },
    }),
    async (c) => {
      const { projectId, id } = c.req.valid('param')
      const removed = await store.remove(key(projectId, id), expectedVersion(c.req.valid('header')['if-match']))
      if (!removed.ok) throw await conflictProblem(store, removed.error, key(projectId, id))
      return c.body(null, 204)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{id}/versions`,
      tags: [tag],
      summary: `List every version of a ${kind}`,
      request: { params },
      responses: {
        200: { description: 'Versions, oldest first', ...json(VersionListSchema) },
        404: problemResponse('Not found'),
      },
    }),
    async (c) => {
      const { projectId, id } = c.req.valid('param')
      const versions = await store.listVersions(key(projectId, id))
      if (!versions.ok) throw storeProblem(versions.error)
      return c.json({ versions: versions.value }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{id}/versions/{version}`,
      tags: [tag],
      summary: `Read one old version of a ${kind}`,
      request: { params: versionParams },
      responses: {
        200: { description: 'That version', ...json(options.envelopeSchema) },
        404: problemResponse('Not found'),
      },
    }),
    async (c) => {
      const { projectId, id, version } = c.req.valid('param')
      const found = await store.getVersion(key(projectId, id), version)
      if (!found.ok) throw storeProblem(found.error)
      return c.json(envelope(found.value), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{id}/versions/{version}/restore`,
      tags: [tag],
      summary: `Restore an old version of a ${kind} as a new version, based on the version in If-Match`,
      request: { params: versionParams, headers: ifMatchHeader },
      responses: {
        200: { description: 'The new version, equal to the restored one', ...json(options.envelopeSchema) },
        404: problemResponse('Not found'),
        409: problemResponse('Stale version'),
        428: problemResponse('If-Match is missing'),
      },
    }),
    async (c) => {
      const { projectId, id, version } = c.req.valid('param')
      const restored = await store.restore(
        key(projectId, id),
        version,
        expectedVersion(c.req.valid('header')['if-match']),
      )
      if (!restored.ok) throw await conflictProblem(store, restored.error, key(projectId, id))
      return sendDocument(c, restored.value)
    },
  )
}

/** A store error as a problem; a conflict carries the current document so the client can choose. */
export async function conflictProblem(
  store: DocumentStore,
  error: Parameters<typeof storeProblem>[0],
  key: Parameters<DocumentStore['get']>[0],
) {
  if (error.code !== 'conflict') return storeProblem(error)
  const current = await store.get(key)
  return storeProblem(error, current.ok ? envelope(current.value) : undefined)
}
