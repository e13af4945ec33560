import { findTemplate, type JourneyMap, type ParcoursStore } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from './create-app.js'

type App = ReturnType<typeof createApp>
let app: App
let store: ParcoursStore
let close: () => Promise<void>

beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:' })
  app = createApp({ store, version: '0.0.0-test' })
  close = () => store.close()
})
afterEach(async () => {
  await close()
})

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })

async function createProject(id = 'acme') {
  const response = await send('POST', '/api/projects', { id, name: 'Acme', locale: 'fr' })
  expect(response.status).toBe(201)
}

const templateMap = (id = 'five-stages'): JourneyMap => {
  const template = findTemplate(id)
  if (template === undefined) throw new Error(`no template ${id}`)
  return template.build('fr').map
}

describe('maps over HTTP', () => {
  it('imports a map, changes it twice, lists three versions and restores the first exactly', async () => {
    await createProject()
    const original = templateMap()
    const created = await send('POST', '/api/projects/acme/maps', original)
    expect(created.status).toBe(201)
    expect(created.headers.get('etag')).toBe('"1"')

    const renamed = await send(
      'PUT',
      `/api/projects/acme/maps/${original.id}`,
      { ...original, title: 'Renommée' },
      { 'If-Match': '"1"' },
    )
    expect(renamed.status).toBe(200)
    const stage = original.stages[0]?.id ?? ''
    const commanded = await send(
      'POST',
      `/api/projects/acme/maps/${original.id}/commands`,
      {
        commands: [
          { type: 'rename-stage', stageId: stage, name: 'Découverte' },
          { type: 'set-status', status: 'validated' },
        ],
      },
      { 'If-Match': '2' },
    )
    expect(commanded.status).toBe(200)
    const third = (await commanded.json()) as { version: number; document: JourneyMap }
    expect(third.version).toBe(3)
    expect(third.document.stages[0]?.name).toBe('Découverte')

    const versions = (await (await send('GET', `/api/projects/acme/maps/${original.id}/versions`)).json()) as {
      versions: { version: number }[]
    }
    expect(versions.versions.map((v) => v.version)).toEqual([1, 2, 3])

    const restored = await send('POST', `/api/projects/acme/maps/${original.id}/versions/1/restore`, undefined, {
      'If-Match': '3',
    })
    expect(restored.status).toBe(200)
    const current = (await (await send('GET', `/api/projects/acme/maps/${original.id}`)).json()) as {
      version: number
      document: JourneyMap
    }
    expect(current.version).toBe(4)
    expect(current.document).toEqual(original)
  })

  it('answers a stale write with 409, the current version and document, and overwrites nothing', async () => {
    await createProject()
    const original = templateMap()
    await send('POST', '/api/projects/acme/maps', original)
    await send('PUT', `/api/projects/acme/maps/${original.id}`, { ...original, title: 'Alice' }, { 'If-Match': '1' })
    const stale = await send(
      'PUT',
      `/api/projects/acme/maps/${original.id}`,
      { ...original, title: 'Bob' },
      { 'If-Match': '1' },
    )
    expect(stale.status).toBe(409)
    expect(stale.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await stale.json()) as { code: string; currentVersion: number; current: { document: JourneyMap } }
    expect(problem.code).toBe('conflict')
    expect(problem.currentVersion).toBe(2)
    expect(problem.current.document.title).toBe('Alice')
    const staleCommand = await send(
      'POST',
      `/api/projects/acme/maps/${original.id}/commands`,
      { commands: [{ type: 'set-status', status: 'archived' }] },
      { 'If-Match': '1' },
    )
    expect(staleCommand.status).toBe(409)
    const current = (await (await send('GET', `/api/projects/acme/maps/${original.id}`)).json()) as {
      document: JourneyMap
    }
    expect(current.document.title).toBe('Alice')
    expect(current.document.status).toBe('draft')
  })

  it('requires If-Match on writes to existing documents (428)', async () => {
    await createProject()
    const original = templateMap()
    await send('POST', '/api/projects/acme/maps', original)
    const response = await send('PUT', `/api/projects/acme/maps/${original.id}`, original)
    expect(response.status).toBe(428)
    expect(((await response.json()) as { code: string }).code).toBe('version-required')
  })

  it('refuses a map of the wrong shape with 400 naming the field', async () => {
    await createProject()
    const original = templateMap()
    const response = await send('POST', '/api/projects/acme/maps', { ...original, type: 'poster' })
    expect(response.status).toBe(400)
    const problem = (await response.json()) as { code: string; errors: { path: string; message: string }[] }
    expect(problem.code).toBe('invalid-request')
    expect(problem.errors.map((e) => e.path)).toEqual(['type'])
    expect((await send('GET', `/api/projects/acme/maps/${original.id}`)).status).toBe(404)
  })

  it('refuses a map with dangling references with 400 and every broken path', async () => {
    await createProject()
    const original = templateMap()
    const removed = original.stages[0]?.id ?? '?'
    const broken = { ...original, stages: original.stages.slice(1) }
    const expected = original.cells.flatMap((cell, i) => (cell.stageId === removed ? [`cells[${i}].stageId`] : []))
    expect(expected.length).toBeGreaterThan(0)
    const response = await send('POST', '/api/projects/acme/maps', broken)
    expect(response.status).toBe(400)
    const problem = (await response.json()) as { errors: { path: string; message: string }[] }
    const cellProblems = problem.errors.filter((e) => /^cells\[\d+\]\.stageId$/.test(e.path))
    expect(cellProblems.map((e) => e.path)).toEqual(expected)
    expect(cellProblems.every((e) => e.message === `unknown stage "${removed}"`)).toBe(true)
    expect((await send('GET', `/api/projects/acme/maps/${original.id}`)).status).toBe(404)
  })

  it('refuses malformed JSON with a problem', async () => {
    await createProject()
    const response = await send('POST', '/api/projects/acme/maps', '{"title": ')
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it('refuses a command that breaks the map with 422 and saves nothing', async () => {
    await createProject()
    const original = templateMap()
    await send('POST', '/api/projects/acme/maps', original)
    const response = await send(
      'POST',
      `/api/projects/acme/maps/${original.id}/commands`,
      {
        commands: [
          { type: 'set-status', status: 'validated' },
          { type: 'remove-stage', stageId: 'no-such-stage' },
        ],
      },
      { 'If-Match': '1' },
    )
    expect(response.status).toBe(422)
    expect(((await response.json()) as { code: string; detail: string }).detail).toContain('no-such-stage')
    const versions = (await (await send('GET', `/api/projects/acme/maps/${original.id}/versions`)).json()) as {
      versions: unknown[]
    }
    expect(versions.versions).toHaveLength(1)
  })

  it('creates a map and its personas from a template, with a fresh id when taken', async () => {
    await createProject()
    const first = await send('POST', '/api/projects/acme/maps/from-template', {
      templateId: 'yoga-ecommerce',
      lang: 'en',
    })
    expect(first.status).toBe(201)
    const second = await send('POST', '/api/projects/acme/maps/from-template', {
      templateId: 'yoga-ecommerce',
      lang: 'en',
    })
    const firstBody = (await first.json()) as { id: string; document: JourneyMap }
    const secondBody = (await second.json()) as { id: string }
    expect(firstBody.id).toBe('yoga-ecommerce-en')
    expect(secondBody.id).toBe('yoga-ecommerce-en-2')
    const personas = (await (await send('GET', '/api/projects/acme/personas')).json()) as { items: { id: string }[] }
    expect(personas.items.map((p) => p.id).sort()).toEqual([...firstBody.document.personaIds].sort())
    const unknown = await send('POST', '/api/projects/acme/maps/from-template', { templateId: 'nope', lang: 'fr' })
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as { detail: string }).detail).toContain('five-stages')
  })
})

describe('projects, personas and templates over HTTP', () => {
  it('lists the 13 templates with French and English titles', async () => {
    const body = (await (await send('GET', '/api/templates')).json()) as {
      items: { id: string; title: { fr: string; en: string } }[]
    }
    expect(body.items).toHaveLength(13)
    for (const item of body.items) {
      expect(item.title.fr.length).toBeGreaterThan(0)
      expect(item.title.en.length).toBeGreaterThan(0)
    }
  })

  it('derives a project id from its name and refuses to delete a project that holds maps', async () => {
    const created = await send('POST', '/api/projects', { name: 'Boutique Été', locale: 'fr' })
    expect(((await created.json()) as { id: string }).id).toBe('boutique-ete')
    await send('POST', '/api/projects/boutique-ete/maps/from-template', { templateId: 'five-stages', lang: 'fr' })
    const refused = await send('DELETE', '/api/projects/boutique-ete', undefined, { 'If-Match': '1' })
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as { code: string }).code).toBe('not-empty')
  })

  it('revokes the write keys of a deleted project, so its sources can send nothing more', async () => {
    await createProject()
    const { key } = await store.writeKeys.create('acme')
    const track = () =>
      send(
        'POST',
        '/v1/track',
        { type: 'track', messageId: 'm1', event: 'Visit', userId: 'u1', timestamp: '2026-01-01T00:00:00Z' },
        {
          Authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}`,
        },
      )
    expect((await track()).status).toBe(200)
    expect((await send('DELETE', '/api/projects/acme', undefined, { 'If-Match': '1' })).status).toBe(204)
    expect((await track()).status).toBe(401)
  })

  it('creates, updates and deletes a persona with versions', async () => {
    await createProject()
    const persona = findTemplate('five-stages')?.build('fr').personas[0]
    expect(persona).toBeDefined()
    const created = await send('POST', '/api/projects/acme/personas', persona)
    expect(created.status).toBe(201)
    const updated = await send(
      'PUT',
      `/api/projects/acme/personas/${persona?.id}`,
      { ...persona, name: 'Renommée' },
      { 'If-Match': '1' },
    )
    expect(updated.status).toBe(200)
    const deleted = await send('DELETE', `/api/projects/acme/personas/${persona?.id}`, undefined, { 'If-Match': '2' })
    expect(deleted.status).toBe(204)
    expect((await send('GET', `/api/projects/acme/personas/${persona?.id}`)).status).toBe(404)
  })

  it('answers unknown API routes with a problem, and a missing project with 404', async () => {
    const unknown = await send('GET', '/api/nothing-here')
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toBe('application/problem+json')
    expect((await send('GET', '/api/projects/ghost/maps')).status).toBe(404)
  })

  it('names the field of an invalid project', async () => {
    const response = await send('POST', '/api/projects', { name: '', locale: 'fr' })
    expect(response.status).toBe(400)
    const problem = (await response.json()) as { errors: { path: string }[] }
    expect(problem.errors.map((e) => e.path)).toEqual(['name'])
  })
})
