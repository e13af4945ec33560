import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'
import { createMapFromTemplate, createProject, fiveStageWalk, issueWriteKey, sendBatch } from './seed-project.js'

/*
 * The measure page on a real server and a real Chromium. The project and its write key are created
 * through the API (POST /api/projects, POST /api/projects/{id}/keys), and every event is sent
 * through /v1/batch with that key, as a Segment source would.
 *
 * Four customers walk the five-stage template (whose touchpoints are bound):
 *   u1 blog → product page → promotion → order (web)      u2 blog → product page → promotion
 *   u3 blog → product page                                  u4 blog
 * one hour between steps. Reach: awareness 4, consideration 3 (75 %), decision 2 (66.7 %),
 * purchase 1 (50 %). Store visits (the template's unbound "store visit" touchpoint, in decision):
 * u2 and u3 in Lyon, u4 in Paris. Binding it to Store Visited where store = Lyon matches 2 events
 * of 2 customers, and decision's reach becomes 3 (u1, u2, u3), consideration → decision 100 %.
 * CSAT answers (1–5, on the template's −2…2 emotion scale): u1 5 after ordering (purchase: 2),
 * u2 3 after the promotion (decision: 0).
 */

let app: WebApp
const projectId = 'measure-co'
let mapId: string

beforeAll(async () => {
  app = await startWebApp()
  await createProject(app.url, { id: projectId, name: 'Measure Co', locale: 'en' })
  const key = await issueWriteKey(app.url, projectId)
  mapId = (await createMapFromTemplate(app.url, projectId, { templateId: 'five-stages', lang: 'en' })).id

  const sent = await sendBatch(app.url, key, fiveStageWalk())
  expect(sent.status).toBe(200)
})

afterAll(async () => {
  await app?.close()
})

const stage = (page: import('playwright-core').Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) })

const figure = (scope: import('playwright-core').Locator, key: string) =>
  scope.locator(`[data-stage-measure] [data-figure="${key}"] dd`).first()

const storeVisitReach = (page: import('playwright-core').Page) =>
  page.locator('[data-touchpoint-measure="tp-store-visit"] [data-figure="reach"] dd')

describe('the measure page', () => {
  it('shows each stage’s reach and conversion from the events, and says why a figure is missing', async () => {
    const page = await app.newPage({ locale: 'en-US' })
    await page.goto(`${app.url}/projects/${projectId}/maps/${mapId}/measure`)
    await page.getByRole('heading', { level: 1, name: /Measure of the map/ }).waitFor()
    await expect.poll(() => figure(stage(page, 'Awareness'), 'reach').textContent()).toBe('4')
    expect(await figure(stage(page, 'Awareness'), 'conversion').textContent()).toBe('first stage')
    expect(await figure(stage(page, 'Consideration'), 'reach').textContent()).toBe('3')
    expect(await figure(stage(page, 'Consideration'), 'conversion').textContent()).toBe('75%')
    expect(await figure(stage(page, 'Consideration'), 'drop-off').textContent()).toBe('25%')
    expect(await figure(stage(page, 'Decision'), 'reach').textContent()).toBe('2')
    expect(await figure(stage(page, 'Decision'), 'conversion').textContent()).toBe('66.7%')
    expect(await figure(stage(page, 'Purchase'), 'reach').textContent()).toBe('1')
    expect(await figure(stage(page, 'Purchase'), 'conversion').textContent()).toBe('50%')
    expect(await figure(stage(page, 'Awareness'), 'median-time').textContent()).toBe('1 hr')
    expect(await figure(stage(page, 'Loyalty'), 'conversion').textContent()).toBe('0%')
    expect(await figure(stage(page, 'Loyalty'), 'median-time').textContent()).toBe('last stage')
    expect(await figure(stage(page, 'Purchase'), 'median-time').textContent()).toBe('nobody moved on (n = 0)')
    expect(await storeVisitReach(page).textContent()).toBe('no events bound')

    const curve = page.getByRole('img', { name: /Emotion curve: designed and measured/ })
    const description = await curve.getAttribute('aria-label')
    expect(description).toContain('Purchase: measured 2 (n = 1)')
    expect(description).toContain('Decision: measured 0 (n = 1)')
    expect(description).toContain('Awareness: no survey answers (n = 0)')

    await page.getByRole('button', { name: 'Details of “Consideration”' }).click()
    const dialog = page.getByRole('dialog', { name: 'Stage “Consideration”' })
    await dialog.waitFor()
    expect(await dialog.getByText('n = 4').count()).toBeGreaterThan(0)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(app.pageErrors).toEqual([])
  })

  it('formats the figures in French', async () => {
    const page = await app.newPage({ locale: 'fr-FR' })
    await page.goto(`${app.url}/projects/${projectId}/maps/${mapId}/measure`)
    await expect.poll(() => figure(stage(page, 'Decision'), 'conversion').textContent()).toBe('66,7\u00a0%')
    expect(await page.getByRole('switch', { name: 'Mesuré' }).getAttribute('aria-checked')).toBe('true')
    expect(app.pageErrors).toEqual([])
  })

  it('binds a touchpoint through the picker with a live count, saves it on the server and updates the overlay', async () => {
    const page = await app.newPage({ locale: 'en-US' })
    await page.goto(`${app.url}/projects/${projectId}/maps/${mapId}/measure`)
    await expect.poll(() => figure(stage(page, 'Decision'), 'reach').textContent()).toBe('2')

    await page.getByRole('button', { name: 'Bind events — Store visit' }).click()
    const dialog = page.getByRole('dialog', { name: 'Bind “Store visit” to events' })
    await dialog.waitFor()
    await dialog.getByRole('searchbox', { name: 'Search events' }).fill('store')
    await dialog.getByRole('checkbox', { name: /Store Visited/ }).check()
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('3 events match, for 3 customers')

    await dialog.getByRole('button', { name: 'Add a condition' }).click()
    await dialog.getByRole('combobox', { name: 'Property 1' }).fill('properties.store')
    await dialog.getByRole('combobox', { name: 'Value 1' }).fill('Lyon')
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('2 events match, for 2 customers')

    await dialog.getByRole('button', { name: 'Save binding' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByText('Binding of “Store visit” saved.').waitFor()

    const stored = (await (await fetch(`${app.url}/api/projects/${projectId}/maps/${mapId}`)).json()) as {
      document: { touchpoints: { id: string; name: string; selector?: unknown }[] }
    }
    expect(stored.document.touchpoints.find((touchpoint) => touchpoint.name === 'Store visit')?.selector).toEqual({
      events: ['Store Visited'],
      where: [{ op: 'eq', property: 'properties.store', value: 'Lyon' }],
    })

    await expect.poll(() => figure(stage(page, 'Decision'), 'reach').textContent()).toBe('3')
    expect(await figure(stage(page, 'Decision'), 'conversion').textContent()).toBe('100%')
    expect(await figure(stage(page, 'Purchase'), 'conversion').textContent()).toBe('33.3%')
    expect(await storeVisitReach(page).textContent()).toBe('2')
    expect(app.pageErrors).toEqual([])
  })
})
