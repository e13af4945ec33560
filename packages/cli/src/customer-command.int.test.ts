import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { NewEvent } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { CliIo } from './cli-io.js'
import { runCli } from './run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-customer-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

let dbCounter = 0
let db: string
beforeEach(() => {
  db = join(folder, `db-${dbCounter++}.duckdb`)
})

async function parcours(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    env: { PARCOURS_DB: db },
    cwd: folder,
  }
  const code = await runCli(['node', 'parcours', ...args], io)
  return { code, stdout, stderr }
}

const at = (day: number) => Date.UTC(2026, 2, day, 9)
const event = (messageId: string, fields: Partial<NewEvent> & Pick<NewEvent, 'timestamp'>): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Order Completed',
  anonymousId: null,
  userId: null,
  channel: 'web',
  properties: {},
  traits: {},
  context: {},
  ...fields,
})

/** Léa: web visit, sign-up with email and phone, a call linked by phone, a store purchase linked by loyalty card. */
async function storeJourney() {
  const store = await createDuckDbStore({ path: db })
  await store.documents.create(
    { kind: 'project', projectId: 'default', id: 'default' },
    { id: 'default', name: 'Default', locale: 'fr' },
  )
  await store.events.append('default', [
    event('web-1', { type: 'page', name: 'Page Viewed', anonymousId: 'a1', timestamp: at(1) }),
    event('signup', {
      type: 'identify',
      name: 'Identify',
      anonymousId: 'a1',
      userId: 'u1',
      timestamp: at(2),
      traits: { email: 'Léa@Example.FR ', phone: '+33612345678', loyaltyCard: 'LC-42' },
    }),
    event('call', {
      name: 'Call Received',
      anonymousId: 'caller-9',
      channel: 'phone',
      timestamp: at(5),
      traits: { phone: '06 12 34 56 78' },
    }),
    event('purchase', {
      anonymousId: 'pos-7',
      channel: 'store',
      timestamp: at(8),
      properties: { loyaltyCard: 'LC-42' },
    }),
  ])
  await store.close()
}

interface Listed {
  total: number
  items: { customerId: string; identifiers: Record<string, string[]>; channels: string[] }[]
}

describe('parcours customer', () => {
  it('lists one customer stitched across web, phone and store, as a table and as JSON', async () => {
    await storeJourney()
    const table = await parcours('customer', 'list')
    expect(table.stderr).toBe('')
    expect(table.code).toBe(0)
    expect(table.stdout).toContain('1–1 of 1 customers in project "default"')
    expect(table.stdout).toContain('phone, store, web')

    const json = await parcours('customer', 'list', '--format', 'json')
    const listed = JSON.parse(json.stdout) as Listed
    expect(listed.total).toBe(1)
    expect(listed.items[0]?.identifiers).toEqual({
      anonymous: ['a1', 'caller-9', 'pos-7'],
      email: ['léa@example.fr'],
      loyalty: ['LC-42'],
      phone: ['+33612345678'],
      user: ['u1'],
    })
  })

  it('shows a profile and a timeline, found by customer id or by any identifier', async () => {
    await storeJourney()
    const listed = JSON.parse((await parcours('customer', 'list', '--format', 'json')).stdout) as Listed
    const id = listed.items[0]?.customerId ?? ''

    const shown = await parcours('customer', 'show', 'email:léa@example.fr')
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain(id)
    expect(shown.stdout).toContain('anonymous:caller-9')
    expect(shown.stdout).toContain(`parcours customer unmerge ${id} --merge <merge>`)

    const timeline = await parcours('customer', 'timeline', id, '--format', 'json')
    const { events } = JSON.parse(timeline.stdout) as { events: { messageId: string; channel: string }[] }
    expect(events.map((e) => `${e.messageId}@${e.channel}`)).toEqual([
      'web-1@web',
      'signup@web',
      'call@phone',
      'purchase@store',
    ])
    const asTable = await parcours('customer', 'timeline', 'user:u1')
    expect(asTable.stdout.indexOf('Call Received')).toBeLessThan(asTable.stdout.indexOf('Order Completed'))
  })

  it('unmerges the phone link into two customers and keeps them apart', async () => {
    await storeJourney()
    const profile = JSON.parse((await parcours('customer', 'show', 'user:u1', '--format', 'json')).stdout) as {
      customerId: string
      merges: { version: number; left: string }[]
    }
    const phone = profile.merges.find((m) => m.left === 'anonymous:caller-9')
    const undone = await parcours('customer', 'unmerge', profile.customerId, '--merge', String(phone?.version))
    expect(undone.stderr).toBe('')
    expect(undone.stdout).toContain(`undid merge ${phone?.version} (anonymous:caller-9 + phone:+33612345678, phone`)
    expect(undone.stdout).toContain('now 2 customers')
    const listed = JSON.parse((await parcours('customer', 'list', '--format', 'json')).stdout) as Listed
    expect(listed.total).toBe(2)
    const caller = JSON.parse(
      (await parcours('customer', 'list', '--identifier', 'anonymous:caller-9', '--format', 'json')).stdout,
    ) as Listed
    expect(caller.items[0]?.channels).toEqual(['phone'])
  })

  it('explains unknown customers, merges and identifiers in one line with exit code 1', async () => {
    await storeJourney()
    const unknown = await parcours('customer', 'show', 'cus_nobody')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toBe('parcours: no customer "cus_nobody" (list them with: parcours customer list)\n')
    const noMerge = await parcours('customer', 'unmerge', 'user:u1', '--merge', '99')
    expect(noMerge.code).toBe(1)
    expect(noMerge.stderr).toContain('has no merge 99')
    expect((await parcours('customer', 'timeline', 'email:nobody@example.fr')).stderr).toContain(
      'no customer holds the identifier "email:nobody@example.fr"',
    )
    const badLimit = await parcours('customer', 'list', '--limit', '0')
    expect(badLimit.code).toBe(2)
  })
})
