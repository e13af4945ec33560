import { afterAll, beforeAll, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'
import { createMapFromTemplate, createProject } from './seed-project.js'

let app: WebApp
beforeAll(async () => {
  app = await startWebApp()
  await createProject(app.url, { name: 'Crm', locale: 'en' })
  await createMapFromTemplate(app.url, 'crm', { templateId: 'five-stages', lang: 'en' })
})
afterAll(async () => {
  await app?.close()
})

interface Envelope<T> {
  readonly id: string
  readonly version: number
  readonly document: T
}

async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(new URL(path, app.url), {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true)
  return (await response.json()) as T
}

it('creates a persona, edits every kind of field, and the server holds the saved values', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/projects/crm/personas')
  await page.getByRole('heading', { level: 1, name: 'Personas' }).waitFor()
  // The template's persona is in the gallery.
  await page.getByRole('list', { name: 'Personas' }).getByRole('link').first().waitFor()
  const before = await page.getByRole('list', { name: 'Personas' }).getByRole('listitem').count()

  await page.getByRole('button', { name: 'New persona' }).click()
  await page.getByRole('dialog', { name: 'New persona' }).getByRole('textbox', { name: 'Name' }).fill('Léa Martin')
  await page.getByRole('button', { name: 'Create', exact: true }).click()
  await page.waitForURL('**/projects/crm/personas/lea-martin')
  await page.getByRole('heading', { level: 1, name: 'Léa Martin' }).waitFor()

  await page.getByRole('textbox', { name: 'Quote', exact: true }).fill('I want leggings that last.')
  await page.getByRole('textbox', { name: 'Avatar', exact: true }).fill('LM')
  await page.getByRole('combobox', { name: 'Audience' }).selectOption('b2b')
  await page.getByRole('tab', { name: 'Demographics' }).click()
  await page.getByRole('textbox', { name: 'Occupation', exact: true }).fill('Nurse')
  await page.getByRole('textbox', { name: 'Location', exact: true }).fill('Lyon')
  await page.getByRole('tab', { name: 'Psychographics' }).click()
  await page.getByRole('textbox', { name: 'Values', exact: true }).fill('Ethics\nComfort\n')
  await page.getByRole('tab', { name: 'Goals and needs' }).click()
  await page.getByRole('textbox', { name: 'Goals', exact: true }).fill('Find leggings that last\nPay in one click')
  await page.getByRole('textbox', { name: 'Frustrations', exact: true }).fill('Sizes that differ between brands')
  await page.getByRole('tab', { name: 'Channels' }).click()
  await page.getByRole('checkbox', { name: 'Email' }).check()
  await page.getByRole('checkbox', { name: 'App' }).check()
  await page.getByRole('tab', { name: 'Free sections' }).click()
  await page.getByRole('button', { name: 'Add a section' }).click()
  await page.getByRole('textbox', { name: 'Section title' }).fill('Buying criteria')
  await page.getByRole('textbox', { name: 'Content' }).fill('Durability first.')
  await page.getByRole('tab', { name: 'Segment' }).click()
  await page.getByRole('button', { name: 'Define a segment' }).click()
  await page.getByRole('textbox', { name: 'Property' }).fill('traits.plan')
  await page.getByRole('textbox', { name: 'Value' }).fill('pro')
  await expect(page.getByText('Unsaved changes').isVisible()).resolves.toBe(true)

  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await page.getByText('Saved (version 2).').waitFor()

  const saved = await api<Envelope<Record<string, unknown>>>('GET', '/api/projects/crm/personas/lea-martin')
  expect(saved.version).toBe(2)
  expect(saved.document).toMatchObject({
    name: 'Léa Martin',
    quote: 'I want leggings that last.',
    avatar: 'LM',
    audience: 'b2b',
    locale: 'en',
    demographics: { occupation: 'Nurse', location: 'Lyon' },
    psychographics: { values: ['Ethics', 'Comfort'], lifestyle: [], habits: [], interests: [] },
    goals: ['Find leggings that last', 'Pay in one click'],
    frustrations: ['Sizes that differ between brands'],
    preferredChannels: ['app', 'email'],
    sections: [{ title: 'Buying criteria', body: 'Durability first.' }],
    segment: {
      match: 'all',
      conditions: [{ kind: 'trait', predicate: { op: 'eq', property: 'traits.plan', value: 'pro' } }],
    },
  })

  // Linking to a map saves on the map (its personaIds) at once.
  await page.getByRole('tab', { name: 'Maps' }).click()
  await page.getByRole('checkbox', { name: 'Five-stage customer journey' }).check()
  await expect
    .poll(async () => {
      const map = await api<Envelope<{ personaIds: string[] }>>('GET', '/api/projects/crm/maps/five-stages-en')
      return map.document.personaIds
    })
    .toContain('lea-martin')

  await page.getByRole('link', { name: 'All personas' }).click()
  const gallery = page.getByRole('list', { name: 'Personas' })
  await gallery.getByRole('link', { name: 'Léa Martin' }).waitFor()
  await expect(gallery.getByRole('listitem').count()).resolves.toBe(before + 1)
  await expect(gallery.getByRole('listitem').filter({ hasText: 'Léa Martin' }).innerText()).resolves.toContain('1 map')

  // The maps list shows the map's personas, Léa among them.
  await page.getByRole('navigation', { name: 'Project navigation' }).getByRole('link', { name: 'Maps' }).click()
  const mapPersonas = page.getByRole('list', { name: 'Personas of this map' })
  await mapPersonas.getByRole('link', { name: 'Léa Martin' }).waitFor()
  expect(app.pageErrors).toEqual([])
})

it('says clearly when someone else saved the persona first (409), and reloads their version', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/projects/crm/personas/lea-martin')
  await page.getByRole('heading', { level: 1, name: 'Léa Martin' }).waitFor()

  const current = await api<Envelope<Record<string, unknown>>>('GET', '/api/projects/crm/personas/lea-martin')
  await api(
    'PUT',
    '/api/projects/crm/personas/lea-martin',
    { ...current.document, quote: 'Changed by a colleague.' },
    {
      'If-Match': `"${current.version}"`,
    },
  )

  await page.getByRole('textbox', { name: 'Quote', exact: true }).fill('My own edit.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const alert = page.getByRole('alert')
  await alert.waitFor()
  const text = await alert.innerText()
  expect(text).toContain('This persona was changed elsewhere in the meantime.')
  expect(text).toContain(`based on version ${current.version}; the server holds version ${current.version + 1}`)

  const stored = await api<Envelope<{ quote: string }>>('GET', '/api/projects/crm/personas/lea-martin')
  expect(stored.document.quote).toBe('Changed by a colleague.')

  await page.getByRole('button', { name: 'Reload the current version' }).click()
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Quote', exact: true }).inputValue())
    .toBe('Changed by a colleague.')
  expect(app.pageErrors).toEqual([])
})

it('shows the server’s per-field problems when a save is invalid', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/projects/crm/personas/lea-martin')
  await page.getByRole('heading', { level: 1, name: 'Léa Martin' }).waitFor()
  await page.getByRole('tab', { name: 'Free sections' }).click()
  await page.getByRole('button', { name: 'Add a section' }).click()
  await page.getByRole('textbox', { name: 'Content' }).last().fill('A section without a title')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const alert = page.getByRole('alert')
  await alert.waitFor()
  const text = await alert.innerText()
  expect(text).toContain('The persona was not saved.')
  expect(text).toContain('sections › 2 › title — must not be empty')
  expect(app.pageErrors).toEqual([])
})
