import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import type { DocumentStore, WriteKeyInfo, WriteKeyStore } from '@parcours/core'
import { problem, storeProblem } from '../problem.js'
import { problemResponse } from './document-routes.js'

const WriteKeyInfoSchema = z
  .object({
    id: z.string().openapi({ example: 'wk_3f9a1c' }),
    projectId: z.string(),
    preview: z.string().openapi({ description: 'The last 4 characters of the key, to tell keys apart' }),
    createdAt: z.string().openapi({ description: 'ISO 8601' }),
    revokedAt: z.string().nullable().openapi({ description: 'ISO 8601 when revoked, null while active' }),
  })
  .openapi('WriteKey')

const CreatedWriteKeySchema = WriteKeyInfoSchema.extend({
  writeKey: z.string().openapi({
    description: 'The secret: sources send it as the basic-auth user of POST /v1/batch. Shown in this answer only.',
  }),
}).openapi('CreatedWriteKey')

const RevokedWriteKeySchema = WriteKeyInfoSchema.extend({
  alreadyRevoked: z.boolean().openapi({ description: 'True when the key had been revoked before this request' }),
}).openapi('RevokedWriteKey')

/** The public fields of a key, in a fixed order (never the secret, which the store does not keep). */
function wire(info: WriteKeyInfo) {
  return {
    id: info.id,
    projectId: info.projectId,
    preview: info.preview,
    createdAt: info.createdAt,
    revokedAt: info.revokedAt,
  }
}

/**
 * A project's write keys (the keys its sources send events with): list, create (the secret is
 * answered once), revoke. Like every /api route, a request authenticated with a write key gets 403.
 */
export function registerWriteKeyRoutes(app: OpenAPIHono, documents: DocumentStore, writeKeys: WriteKeyStore): void {
  const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
  const params = z.object({ projectId: z.string() })
  const keyParams = z.object({ projectId: z.string(), keyId: z.string() })
  const forbidden = problemResponse('Authenticated with a write key, which can only send events')

  const requireProject = async (projectId: string) => {
    const found = await documents.get({ kind: 'project', projectId, id: projectId })
    if (!found.ok) throw storeProblem(found.error)
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/projects/{projectId}/keys',
      tags: ['write keys'],
      summary: "List a project's write keys, active and revoked, oldest first (never the secrets)",
      request: { params },
      responses: {
        200: { description: 'The keys', ...json(z.object({ items: z.array(WriteKeyInfoSchema) })) },
        403: forbidden,
        404: problemResponse('No such project'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      await requireProject(projectId)
      return c.json({ items: (await writeKeys.list(projectId)).map(wire) }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/projects/{projectId}/keys',
      tags: ['write keys'],
      summary: 'Create a write key; its secret is in this answer only',
      request: { params },
      responses: {
        201: { description: 'The new key and its secret', ...json(CreatedWriteKeySchema) },
        403: forbidden,
        404: problemResponse('No such project'),
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param')
      await requireProject(projectId)
      const { key, info } = await writeKeys.create(projectId)
      c.header('Location', `/api/projects/${encodeURIComponent(projectId)}/keys/${encodeURIComponent(info.id)}`)
      c.header('Cache-Control', 'no-store')
      return c.json({ ...wire(info), writeKey: key }, 201)
    },
  )

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/projects/{projectId}/keys/{keyId}',
      tags: ['write keys'],
      summary: 'Revoke a write key for good: its sources can no longer send events (revoking twice is harmless)',
      request: { params: keyParams },
      responses: {
        200: { description: 'The revoked key', ...json(RevokedWriteKeySchema) },
        403: forbidden,
        404: problemResponse('No such project or key'),
      },
    }),
    async (c) => {
      const { projectId, keyId } = c.req.valid('param')
      await requireProject(projectId)
      const before = (await writeKeys.list(projectId)).find((info) => info.id === keyId)
      if (before === undefined) throw problem(404, 'not-found', `no write key "${keyId}" in project "${projectId}"`)
      const revoked = await writeKeys.revoke(projectId, keyId)
      if (!revoked.ok) throw storeProblem(revoked.error)
      return c.json({ ...wire(revoked.value), alreadyRevoked: before.revokedAt !== null }, 200)
    },
  )
}
