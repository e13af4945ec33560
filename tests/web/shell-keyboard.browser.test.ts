import { afterAll, beforeAll, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'

let app: WebApp
beforeAll(async () => {
  app = await startWebApp()
})
afterAll(async () => {
  await app?.close()
})

const focusedName = () => `document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent`

it('opens the new-project dialog from the keyboard, closes it with Escape and gives focus back', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/')
  const open = page.getByRole('button', { name: 'Create a project' })
  await open.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await dialog.waitFor()
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id))
    .toBe(await dialog.getByRole('textbox', { name: 'Name' }).getAttribute('id'))
  // Tab stays inside the dialog.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab')
  await expect(page.evaluate(() => document.activeElement?.closest('dialog') !== null)).resolves.toBe(true)

  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
  await expect.poll(() => page.evaluate(focusedName())).toBe('Create a project')

  // Enter in the name field submits the form.
  await page.keyboard.press('Enter')
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Keyboard only')
  await page.keyboard.press('Enter')
  await page.waitForURL('**/projects/keyboard-only')
  await page.getByRole('heading', { level: 1, name: 'Journey maps' }).waitFor()
  expect(app.pageErrors).toEqual([])
})

it('moves between the persona editor tabs with the arrow keys, Home and End', async () => {
  const created = await fetch(new URL('/api/projects/keyboard-only/personas', app.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      schemaVersion: 1,
      id: 'nadia',
      name: 'Nadia',
      audience: 'b2c',
      locale: 'en',
      demographics: { occupation: 'Teacher' },
      psychographics: { lifestyle: [], habits: [], values: [], interests: [] },
      goals: [],
      needs: [],
      frustrations: [],
      motivations: [],
      preferredChannels: [],
      sections: [],
    }),
  })
  expect(created.status).toBe(201)
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/projects/keyboard-only/personas/nadia')
  const identity = page.getByRole('tab', { name: 'Identity' })
  await identity.focus()
  await page.keyboard.press('ArrowRight')
  const demographics = page.getByRole('tab', { name: 'Demographics' })
  await expect.poll(() => demographics.getAttribute('aria-selected')).toBe('true')
  await expect.poll(() => page.evaluate(focusedName())).toBe('Demographics')
  await expect(page.getByRole('tabpanel').getByRole('textbox', { name: 'Occupation' }).inputValue()).resolves.toBe(
    'Teacher',
  )
  await page.keyboard.press('End')
  await expect.poll(() => page.getByRole('tab', { name: 'Maps' }).getAttribute('aria-selected')).toBe('true')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => identity.getAttribute('aria-selected')).toBe('true')
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => page.getByRole('tab', { name: 'Maps' }).getAttribute('aria-selected')).toBe('true')
  await page.keyboard.press('Home')
  await expect.poll(() => identity.getAttribute('aria-selected')).toBe('true')
  expect(app.pageErrors).toEqual([])
})
