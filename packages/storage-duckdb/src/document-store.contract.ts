import type { DocumentStore, JourneyMap, ParcoursStore, Project } from '@parcours/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

/**
 * The behaviour every DocumentStore adapter must have. An adapter's test calls it with a factory
 * that opens a fresh, empty store.
 */
export function describeDocumentStoreContract(name: string, openStore: () => Promise<ParcoursStore>): void {
  describe(`${name} document store contract`, () => {
    let opened: ParcoursStore
    let store: DocumentStore
    beforeEach(async () => {
      opened = await openStore()
      store = opened.documents
    })
    afterEach(async () => {
      await opened.close()
    })

    const project: Project = { id: 'acme', name: 'Acme', locale: 'fr' }
    const projectKey = { kind: 'project', projectId: 'acme', id: 'acme' } as const
    const mapKey = { kind: 'map', projectId: 'acme', id: 'journey' } as const
    const map = (title: string): JourneyMap => ({
      schemaVersion: 1,
      id: 'journey',
      title,
      objective: 'Comprendre les abandons',
      type: 'current',
      status: 'draft',
      locale: 'fr',
      personaIds: [],
      phases: [],
      stages: [{ id: 'awareness', name: 'Découverte', steps: [] }],
      lanes: [],
      cells: [],
      touchpoints: [],
      kpis: [],
      links: [],
    })

    it('creates a document at version 1 and reads it back unchanged', async () => {
      const created = await store.create(mapKey, map('Première'))
      expect(created.ok && created.value.version).toBe(1)
      const read = await store.get(mapKey)
      expect(read.ok && read.value.body).toEqual(map('Première'))
    })

    it('refuses to create a document whose id is taken', async () => {
      await store.create(mapKey, map('A'))
      const again = await store.create(mapKey, map('B'))
      expect(again).toEqual({ ok: false, error: { code: 'already-exists', kind: 'map', id: 'journey' } })
    })

    it('answers not-found for a document that does not exist', async () => {
      expect(await store.get(mapKey)).toEqual({ ok: false, error: { code: 'not-found', kind: 'map', id: 'journey' } })
    })

    it('increments the version on every update based on the current version', async () => {
      await store.create(mapKey, map('v1'))
      const second = await store.update(mapKey, map('v2'), 1)
      const third = await store.update(mapKey, map('v3'), 2)
      expect(second.ok && second.value.version).toBe(2)
      expect(third.ok && third.value.version).toBe(3)
    })

    it('refuses a stale write with a conflict and overwrites nothing', async () => {
      await store.create(mapKey, map('v1'))
      await store.update(mapKey, map('v2 by Alice'), 1)
      const stale = await store.update(mapKey, map('v2 by Bob'), 1)
      expect(stale).toEqual({
        ok: false,
        error: { code: 'conflict', kind: 'map', id: 'journey', expectedVersion: 1, currentVersion: 2 },
      })
      const read = await store.get(mapKey)
      expect(read.ok && read.value.body.title).toBe('v2 by Alice')
      const versions = await store.listVersions(mapKey)
      expect(versions.ok && versions.value.map((v) => v.version)).toEqual([1, 2])
    })

    it('lets only one of two concurrent writes on the same version succeed', async () => {
      await store.create(mapKey, map('v1'))
      const results = await Promise.all([store.update(mapKey, map('A'), 1), store.update(mapKey, map('B'), 1)])
      expect(results.filter((result) => result.ok)).toHaveLength(1)
      expect(results.filter((result) => !result.ok && result.error.code === 'conflict')).toHaveLength(1)
    })

    it('keeps every version readable and restores an old one as a new version', async () => {
      await store.create(mapKey, map('v1'))
      await store.update(mapKey, map('v2'), 1)
      await store.update(mapKey, map('v3'), 2)
      const first = await store.getVersion(mapKey, 1)
      expect(first.ok && first.value.body).toEqual(map('v1'))
      const restored = await store.restore(mapKey, 1, 3)
      expect(restored.ok && restored.value.version).toBe(4)
      const current = await store.get(mapKey)
      expect(current.ok && current.value.body).toEqual(map('v1'))
      expect(await store.getVersion(mapKey, 9)).toMatchObject({ ok: false, error: { code: 'not-found', version: 9 } })
    })

    it('refuses a restore based on a stale version', async () => {
      await store.create(mapKey, map('v1'))
      await store.update(mapKey, map('v2'), 1)
      const stale = await store.restore(mapKey, 1, 1)
      expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', currentVersion: 2 } })
    })

    it('lists the latest version of each document of a kind in a project', async () => {
      await store.create(mapKey, map('v1'))
      await store.update(mapKey, map('v2'), 1)
      await store.create({ ...mapKey, id: 'other' }, { ...map('other'), id: 'other' })
      await store.create({ ...mapKey, projectId: 'elsewhere' }, map('elsewhere'))
      const listed = await store.list('map', 'acme')
      expect(listed.map((doc) => [doc.id, doc.version, doc.body.title])).toEqual([
        ['journey', 2, 'v2'],
        ['other', 1, 'other'],
      ])
    })

    it('deletes a document with its history, and refuses to delete a project that still holds maps', async () => {
      await store.create(projectKey, project)
      await store.create(mapKey, map('v1'))
      expect(await store.remove(projectKey, 1)).toMatchObject({ ok: false, error: { code: 'not-empty' } })
      expect((await store.remove(mapKey, 1)).ok).toBe(true)
      expect((await store.listVersions(mapKey)).ok).toBe(false)
      expect((await store.remove(projectKey, 1)).ok).toBe(true)
      expect(await store.list('project')).toEqual([])
    })
  })
}
