import { afterAll, beforeAll, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'

let app: WebApp
beforeAll(async () => {
  app = await startWebApp()
})
afterAll(async () => {
  await app?.close()
})

it('serves the built web app at / and renders it in Chromium without an error', async () => {
  const page = await app.newPage({ locale: 'fr-FR' })
  await page.goto('/')
  await page.getByRole('heading', { level: 1, name: 'Bienvenue dans Parcours' }).waitFor()
  await expect(page.getByRole('link', { name: /^Parcours/ }).isVisible()).resolves.toBe(true)
  await expect.poll(() => page.title()).toBe('Bienvenue dans Parcours · Parcours')
  expect(app.pageErrors).toEqual([])
})
