import type { ParcoursStore, WriteKeyStore } from '@parcours/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

/**
 * The behaviour every WriteKeyStore adapter must have. An adapter's test calls it with a factory
 * that opens a fresh, empty store whose clock reads `2026-03-04T05:06:07.000Z`.
 */
export function describeWriteKeyStoreContract(name: string, openStore: () => Promise<ParcoursStore>): void {
  describe(`${name} write key store contract`, () => {
    let opened: ParcoursStore
    let keys: WriteKeyStore
    beforeEach(async () => {
      opened = await openStore()
      keys = opened.writeKeys
    })
    afterEach(async () => {
      await opened.close()
    })

    it('creates an active key, shown once, that resolves to its project', async () => {
      const { key, info } = await keys.create('acme')
      expect(key).toMatch(/^pk_[A-Za-z0-9_-]{32}$/)
      expect(info).toEqual({
        id: info.id,
        projectId: 'acme',
        createdAt: '2026-03-04T05:06:07.000Z',
        revokedAt: null,
        preview: key.slice(-4),
      })
      expect(await keys.resolve(key)).toBe('acme')
    })

    it('makes a different key and id every time', async () => {
      const created = await Promise.all([keys.create('acme'), keys.create('acme'), keys.create('acme')])
      expect(new Set(created.map((c) => c.key)).size).toBe(3)
      expect(new Set(created.map((c) => c.info.id)).size).toBe(3)
    })

    it('resolves nothing for an unknown key, a near miss or an empty string', async () => {
      const { key } = await keys.create('acme')
      expect(await keys.resolve('pk_unknown')).toBeUndefined()
      // The last character changed (to one it is not: a key may end with any base64url character).
      const nearMiss = `${key.slice(0, -1)}${key.endsWith('x') ? 'y' : 'x'}`
      expect(await keys.resolve(nearMiss)).toBeUndefined()
      expect(await keys.resolve('')).toBeUndefined()
    })

    it('lists the keys of one project only, without their secrets', async () => {
      const first = await keys.create('acme')
      const second = await keys.create('acme')
      await keys.create('other')
      const listed = await keys.list('acme')
      expect(listed.map((info) => info.id).sort()).toEqual([first.info.id, second.info.id].sort())
      expect(JSON.stringify(listed)).not.toContain(first.key)
      expect(JSON.stringify(listed)).not.toContain(second.key)
      expect(await keys.list('nobody')).toEqual([])
    })

    it('stops resolving a key once revoked, even after it was resolved, and keeps it listed', async () => {
      const { key, info } = await keys.create('acme')
      const other = await keys.create('acme')
      expect(await keys.resolve(key)).toBe('acme')
      const revoked = await keys.revoke('acme', info.id)
      expect(revoked).toEqual({ ok: true, value: { ...info, revokedAt: '2026-03-04T05:06:07.000Z' } })
      expect(await keys.resolve(key)).toBeUndefined()
      expect(await keys.resolve(other.key)).toBe('acme')
      expect((await keys.list('acme')).find((listed) => listed.id === info.id)?.revokedAt).toBe(
        '2026-03-04T05:06:07.000Z',
      )
    })

    it('revokes every active key of one project at once, and no other project’s', async () => {
      const first = await keys.create('acme')
      const second = await keys.create('acme')
      const foreign = await keys.create('other')
      expect(await keys.resolve(first.key)).toBe('acme')
      await keys.revoke('acme', second.info.id)
      expect(await keys.revokeAll('acme')).toBe(1)
      expect(await keys.resolve(first.key)).toBeUndefined()
      expect(await keys.resolve(second.key)).toBeUndefined()
      expect(await keys.resolve(foreign.key)).toBe('other')
      expect((await keys.list('acme')).every((listed) => listed.revokedAt !== null)).toBe(true)
    })

    it('answers not-found when revoking an unknown key or another project’s key', async () => {
      const { key, info } = await keys.create('acme')
      expect(await keys.revoke('acme', 'wk_nope')).toEqual({
        ok: false,
        error: { code: 'not-found', kind: 'write-key', id: 'wk_nope' },
      })
      expect(await keys.revoke('other', info.id)).toEqual({
        ok: false,
        error: { code: 'not-found', kind: 'write-key', id: info.id },
      })
      expect(await keys.resolve(key)).toBe('acme')
    })

    it('changes nothing when a revoked key is revoked again', async () => {
      const { info } = await keys.create('acme')
      const first = await keys.revoke('acme', info.id)
      expect(await keys.revoke('acme', info.id)).toEqual(first)
    })
  })
}
