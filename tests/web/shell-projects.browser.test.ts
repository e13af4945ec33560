import { afterAll, beforeAll, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'

let app: WebApp
beforeAll(async () => {
  app = await startWebApp()
})
afterAll(async () => {
  await app?.close()
})

interface Envelope<T> {
  readonly id: string
  readonly version: number
  readonly document: T
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, app.url))
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

it('creates a project from the UI, then a map from a template in English that appears in the maps list', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/')
  await page.getByRole('button', { name: 'Create a project' }).click()
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Yoga shop')
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Online yoga apparel')
  await page.getByRole('button', { name: 'Create the project' }).click()

  await page.waitForURL('**/projects/yoga-shop')
  await page.getByRole('heading', { level: 1, name: 'Journey maps' }).waitFor()
  await page.getByRole('heading', { name: 'No journey map yet' }).waitFor()
  const project = await api<Envelope<{ name: string; description: string; locale: string }>>('/api/projects/yoga-shop')
  expect(project.document).toMatchObject({ name: 'Yoga shop', description: 'Online yoga apparel', locale: 'en' })
  await expect.poll(() => page.getByRole('combobox', { name: 'Project' }).inputValue()).toBe('yoga-shop')

  const templates = await api<{ items: { id: string; title: { en: string } }[] }>('/api/templates')
  const yoga = templates.items.find((template) => template.id === 'yoga-ecommerce')
  if (yoga === undefined) throw new Error('the yoga-ecommerce template is missing')

  await page.getByRole('navigation', { name: 'Project navigation' }).getByRole('link', { name: 'Templates' }).click()
  await page.getByRole('heading', { level: 1, name: 'Map templates' }).waitFor()
  await expect.poll(() => page.getByRole('heading', { level: 3 }).count()).toBe(templates.items.length)
  await page.getByRole('img', { name: `Preview of “${yoga.title.en}”`, exact: false }).waitFor()
  await page.getByRole('button', { name: `Create a “${yoga.title.en}” map in English` }).click()
  await page.waitForURL(/\/projects\/yoga-shop\/maps\/[^/]+$/)
  const mapId = new URL(page.url()).pathname.split('/').pop()

  const maps = await api<{ items: Envelope<{ title: string; locale: string; templateId: string }>[] }>(
    '/api/projects/yoga-shop/maps',
  )
  expect(maps.items.map((map) => map.id)).toEqual([mapId])
  expect(maps.items[0]?.document).toMatchObject({ title: yoga.title.en, locale: 'en', templateId: 'yoga-ecommerce' })

  await page.getByRole('navigation', { name: 'Project navigation' }).getByRole('link', { name: 'Maps' }).click()
  const list = page.getByRole('list', { name: 'Journey maps' })
  await list.waitFor()
  await expect(list.getByRole('article').count()).resolves.toBe(1)
  await expect(list.getByRole('link', { name: yoga.title.en }).getAttribute('href')).resolves.toBe(
    `/projects/yoga-shop/maps/${mapId}`,
  )
  await expect(list.getByText('Version 1').isVisible()).resolves.toBe(true)
  expect(app.pageErrors).toEqual([])
})

it('creates a map from the maps page dialog in French and opens it', async () => {
  const page = await app.newPage({ locale: 'fr-FR' })
  await page.goto('/projects/yoga-shop')
  await page.getByRole('heading', { level: 1, name: 'Cartes de parcours' }).waitFor()
  await page.getByRole('button', { name: 'Nouvelle carte depuis un modèle' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle carte depuis un modèle' })
  await dialog.getByRole('combobox', { name: 'Modèle' }).selectOption('bank')
  await dialog.getByRole('combobox', { name: 'Langue de la carte' }).selectOption('fr')
  await page.getByRole('button', { name: 'Créer la carte' }).click()
  await page.waitForURL(/\/projects\/yoga-shop\/maps\/[^/]+$/)
  const mapId = new URL(page.url()).pathname.split('/').pop()
  const map = await api<Envelope<{ locale: string; templateId: string }>>(`/api/projects/yoga-shop/maps/${mapId}`)
  expect(map.document).toMatchObject({ locale: 'fr', templateId: 'bank' })
  expect(app.pageErrors).toEqual([])
})

it('tells the user in words when a project does not exist', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/projects/no-such-project')
  const alert = page.getByRole('alert')
  await alert.waitFor()
  await expect(alert.innerText()).resolves.toContain('There is no project “no-such-project”.')
  await expect(alert.innerText()).resolves.toContain('Choose a project in the top bar or create one.')
  await expect(page.getByRole('link', { name: 'Back to the home page' }).isVisible()).resolves.toBe(true)
  expect(app.pageErrors).toEqual([])
})

it('opens the remembered project at /', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/projects/yoga-shop/personas')
  await page.getByRole('heading', { level: 1, name: 'Personas' }).waitFor()
  await page.getByRole('link', { name: /^Parcours/ }).click()
  await page.waitForURL('**/projects/yoga-shop')
  await page.getByRole('heading', { level: 1, name: 'Journey maps' }).waitFor()
  expect(app.pageErrors).toEqual([])
})
