import { afterAll, beforeAll, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'

let app: WebApp
beforeAll(async () => {
  app = await startWebApp()
})
afterAll(async () => {
  await app?.close()
})

it('shows a French browser the app in French, with <html lang="fr">', async () => {
  const page = await app.newPage({ locale: 'fr-FR' })
  await page.goto('/')
  await page.getByRole('heading', { level: 1, name: 'Bienvenue dans Parcours' }).waitFor()
  await page.getByRole('button', { name: 'Créer un projet' }).waitFor()
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
  expect(app.pageErrors).toEqual([])
})

it('shows an English browser the app in English, with <html lang="en">', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/')
  await page.getByRole('heading', { level: 1, name: 'Welcome to Parcours' }).waitFor()
  await page.getByRole('button', { name: 'Create a project' }).waitFor()
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
  expect(app.pageErrors).toEqual([])
})

it('remembers the language chosen in the top bar after a reload', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/')
  await page.getByRole('heading', { level: 1, name: 'Welcome to Parcours' }).waitFor()
  await page.getByRole('button', { name: 'Français' }).click()
  await page.getByRole('heading', { level: 1, name: 'Bienvenue dans Parcours' }).waitFor()
  await expect(page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).resolves.toBe('true')
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Bienvenue dans Parcours' }).waitFor()
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('heading', { level: 1, name: 'Welcome to Parcours' }).waitFor()
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
  expect(app.pageErrors).toEqual([])
})

it('answers an unknown address with a "page not found" page', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/no/such/page')
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
  await page.getByRole('link', { name: 'Back to the home page' }).click()
  await page.getByRole('heading', { level: 1, name: 'Welcome to Parcours' }).waitFor()
  expect(app.pageErrors).toEqual([])
})

it('says the server cannot be reached when the API does not answer, and tries again on request', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.route('**/api/projects', (route) => route.abort('connectionrefused'))
  await page.goto('/')
  const alert = page.getByRole('alert')
  await alert.waitFor()
  await expect(alert.innerText()).resolves.toContain('The Parcours server cannot be reached.')
  await page.unroute('**/api/projects')
  await page.getByRole('button', { name: 'Try again' }).click()
  await page.getByRole('button', { name: 'Create a project' }).waitFor()
  await expect(page.getByRole('alert').count()).resolves.toBe(0)
  expect(app.pageErrors).toEqual([])
})
