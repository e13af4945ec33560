import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'
import { createMapFromTemplate, createProject, issueWriteKey, sendBatch } from './seed-project.js'

/*
 * The analytics views on a real server and a real Chromium. The project and its write key are
 * created through the API (POST /api/projects, POST /api/projects/{id}/keys), and every event is
 * sent through /v1/batch with that key, as a Segment source would.
 *
 * Five customers, one hour between events unless said (PV Product Viewed, CS Checkout Started,
 * OC Order Completed, EO Email Opened):
 *   u1  PV web 0h → CS web 1h → OC app 2h
 *   u2  PV web 0h → CS app 1h → OC app 3h
 *   u3  PV web 0h → CS web 2h
 *   u4  PV web 0h
 *   u5  EO email 0h → PV web 1h → CS web 2h → OC store 5h   (sent out of order)
 * Funnel PV → CS → OC by case: 5, 4 (80 %), 3 (60 %, 75 % of the previous step); median time to CS
 * 1 h (1, 1, 2, 1), to OC 3 h (2, 3, 4). Variants: PV→CS→OC 2 cases (40 %), then EO→PV→CS→OC,
 * PV, PV→CS 1 case each (20 %). Process map: PV→CS 4 transitions, CS→OC 3, EO→PV 1 (1 of 8 =
 * 12.5 %, the rare edge); median durations PV→CS 1 h, CS→OC 2 h (1, 2, 3), EO→PV 1 h.
 */

const HOUR = 3_600_000
const START = Date.UTC(2026, 3, 1, 8)

let app: WebApp
const projectId = 'analytics-co'
let mapId: string

beforeAll(async () => {
  app = await startWebApp()
  await createProject(app.url, { id: projectId, name: 'Analytics Co', locale: 'en' })
  const key = await issueWriteKey(app.url, projectId)
  let message = 0
  const track = (userId: string, event: string, hours: number, channel: string) => ({
    type: 'track',
    messageId: `m${++message}`,
    userId,
    event,
    channel,
    timestamp: new Date(START + hours * HOUR).toISOString(),
    properties: { step: event },
  })
  const batch = [
    track('u1', 'Product Viewed', 0, 'web'),
    track('u1', 'Checkout Started', 1, 'web'),
    track('u1', 'Order Completed', 2, 'app'),
    track('u2', 'Product Viewed', 0, 'web'),
    track('u2', 'Checkout Started', 1, 'app'),
    track('u2', 'Order Completed', 3, 'app'),
    track('u3', 'Product Viewed', 0, 'web'),
    track('u3', 'Checkout Started', 2, 'web'),
    track('u4', 'Product Viewed', 0, 'web'),
    track('u5', 'Order Completed', 5, 'store'),
    track('u5', 'Checkout Started', 2, 'web'),
    track('u5', 'Email Opened', 0, 'email'),
    track('u5', 'Product Viewed', 1, 'web'),
  ]
  const sent = await sendBatch(app.url, key, batch)
  expect(sent.status).toBe(200)
  mapId = (await createMapFromTemplate(app.url, projectId, { templateId: 'five-stages', lang: 'en' })).id
})

afterAll(async () => {
  await app?.close()
})

const open = async (path: string, locale: 'en-US' | 'fr-FR' = 'en-US') => {
  const page = await app.newPage({ locale })
  await page.goto(`${app.url}/projects/${projectId}/analytics${path}`)
  return page
}

/** The answer of an analysis through the API, to compare with what the page shows. */
const analyse = async <T>(request: Record<string, unknown>): Promise<T> => {
  const response = await fetch(`${app.url}/api/projects/${projectId}/analyses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { result: T }).result
}

/** The text of every cell of a table's body rows (header cells of rows included). */
const tableRows = (page: Page, name: string) =>
  page
    .getByRole('table', { name, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    )

describe('analytics views', () => {
  it('shows a three-step funnel with its counts, conversions and median times', async () => {
    const page = await open('/funnel')
    await page.getByRole('heading', { level: 2, name: 'Funnel' }).waitFor()
    const event = page.getByRole('combobox', { name: 'Event', exact: true })
    const add = page.getByRole('button', { name: 'Add step' })
    await event.locator('option').nth(3).waitFor({ state: 'attached' })
    await expect.poll(() => event.locator('option').count()).toBe(4)
    for (const step of ['Product Viewed', 'Checkout Started', 'Order Completed']) {
      await event.selectOption(step)
      await add.click()
    }
    const table = 'Funnel steps (in cases)'
    await page.getByRole('table', { name: table }).waitFor()
    await expect
      .poll(() => tableRows(page, table), { timeout: 10_000 })
      .toEqual([
        ['1. Product Viewed', '5', '100%', '100%', '0', '—', '—'],
        ['2. Checkout Started', '4', '80%', '80%', '1', '1 hr', '1.7 hr'],
        ['3. Order Completed', '3', '60%', '75%', '1', '3 hr', '3.8 hr'],
      ])
    const chart = page.getByRole('img', { name: /^Funnel bar chart/ })
    expect(await chart.getAttribute('aria-label')).toBe(
      'Funnel bar chart: Product Viewed 5 (100%); Checkout Started 4 (80%); Order Completed 3 (60%).',
    )

    await page.getByRole('button', { name: 'Move step 3 (Order Completed) up' }).click()
    await expect
      .poll(() => tableRows(page, table).then((rows) => rows.map((row) => row.slice(0, 2))))
      .toEqual([
        ['1. Product Viewed', '5'],
        ['2. Order Completed', '3'],
        ['3. Checkout Started', '0'],
      ])
    expect(app.pageErrors).toEqual([])
  })

  it('lists the exact variants with coverage and cumulative coverage, and downloads them as CSV', async () => {
    const page = await open('/variants')
    const table = page.getByRole('table', { name: 'Variants' })
    await table.waitFor()
    expect(await tableRows(page, 'Variants')).toEqual([
      ['1', 'Product Viewed → Checkout Started → Order Completed', '3', '2', '40%', '40%'],
      ['2', 'Email Opened → Product Viewed → Checkout Started → Order Completed', '4', '1', '20%', '60%'],
      ['3', 'Product Viewed', '1', '1', '20%', '80%'],
      ['4', 'Product Viewed → Checkout Started', '2', '1', '20%', '100%'],
    ])

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('variants.csv')
    const text = readFileSync(await download.path(), 'utf8')
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Rank,Sequence,Length,Cases,Coverage,Cumulative coverage',
      '1,Product Viewed → Checkout Started → Order Completed,3,2,40,40',
      '2,Email Opened → Product Viewed → Checkout Started → Order Completed,4,1,20,60',
      '3,Product Viewed,1,1,20,80',
      '4,Product Viewed → Checkout Started,2,1,20,100',
    ])
    expect(app.pageErrors).toEqual([])
  })

  it('draws the process map with one edge per transition and hides the rare one with the slider', async () => {
    const page = await open('/process-map')
    const edges = page.locator('.react-flow__edge.dfg-edge')
    await edges.nth(2).waitFor()
    await expect.poll(() => edges.count()).toBe(3)
    // Four activities and the start and end markers.
    expect(await page.locator('.react-flow__node').count()).toBe(6)
    expect(await edges.evaluateAll((all) => all.map((edge) => edge.getAttribute('aria-label')).sort())).toEqual([
      'Checkout Started to Order Completed — transitions: 3, median duration: 2 hr',
      'Email Opened to Product Viewed — transitions: 1, median duration: 1 hr',
      'Product Viewed to Checkout Started — transitions: 4, median duration: 1 hr',
    ])
    expect((await tableRows(page, 'Transitions shown')).map((row) => row.slice(0, 4))).toEqual([
      ['Product Viewed', 'Checkout Started', '4', '50%'],
      ['Checkout Started', 'Order Completed', '3', '37.5%'],
      ['Email Opened', 'Product Viewed', '1', '12.5%'],
    ])

    await page.getByRole('radio', { name: 'Performance (median duration)' }).check()
    await expect
      .poll(() => page.locator('.react-flow__edge.dfg-edge .react-flow__edge-text').allTextContents(), {
        timeout: 10_000,
      })
      .toEqual(['1 hr', '2 hr', '1 hr'])

    await page.getByRole('slider').fill('13')
    await expect.poll(() => edges.count(), { timeout: 10_000 }).toBe(2)
    expect((await tableRows(page, 'Transitions shown')).map((row) => row.slice(0, 2))).toEqual([
      ['Product Viewed', 'Checkout Started'],
      ['Checkout Started', 'Order Completed'],
    ])
    expect(app.pageErrors).toEqual([])
  })

  it('compares two segments on the funnel with their intervals and the test', async () => {
    const page = await open('/funnel')
    const event = page.getByRole('combobox', { name: 'Event', exact: true })
    await event.locator('option').nth(3).waitFor({ state: 'attached' })
    for (const step of ['Product Viewed', 'Checkout Started', 'Order Completed']) {
      await event.selectOption(step)
      await page.getByRole('button', { name: 'Add step' }).click()
    }
    const segmentB = page.getByRole('group', { name: 'Segment B' })
    await segmentB.getByRole('combobox', { name: 'Channel' }).selectOption('app')
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const table = page.getByRole('table', { name: 'Compare two segments' })
    await table.waitFor()
    const rows = await tableRows(page, 'Compare two segments')
    // A: seen on web (all five: 5, 4, 3); B: seen on app (u1, u2: 2, 2, 2).
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['Product Viewed', '100% [56.6% – 100%] (5/5)', '100% [34.2% – 100%] (2/2)'],
      ['Checkout Started', '80% [37.6% – 96.4%] (4/5)', '100% [34.2% – 100%] (2/2)'],
      ['Order Completed', '60% [23.1% – 88.2%] (3/5)', '100% [34.2% – 100%] (2/2)'],
    ])
    expect(await page.getByText(/two-proportion z-test/).count()).toBe(1)
    expect(app.pageErrors).toEqual([])
  })

  it('shows the conformance to a map as the API measures it, with example customers opening their timeline', async () => {
    const expected = await analyse<{
      model: { fittingCases: number; totalCases: number; deviations: { cases: number; exampleCases: string[] }[] }
    }>({ analysis: 'conformance', mapId, exampleCases: 5 })
    const page = await open(`/conformance?map=${mapId}`)
    const deviations = page.getByRole('table', { name: 'Deviations' })
    await deviations.waitFor()
    expect(await page.getByText(`${expected.model.fittingCases} of ${expected.model.totalCases}`).count()).toBe(1)
    const rows = await tableRows(page, 'Deviations')
    expect(rows.map((row) => row[3])).toEqual(expected.model.deviations.map((deviation) => String(deviation.cases)))
    const example = expected.model.deviations[0]?.exampleCases[0]
    expect(example).toBeDefined()
    await deviations.getByRole('link', { name: example }).first().click()
    await page.getByRole('heading', { level: 2, name: 'Profile' }).waitFor()
    expect(page.url()).toContain(`/customers/${example}`)
    expect(app.pageErrors).toEqual([])
  })

  it('lists the map’s KPIs with their formula and n, as the API measures them', async () => {
    const measured = await analyse<{
      kpis: { name: string; value: { formula: string; sampleSize: number } | null }[]
      stages: { kpis: { name: string }[]; touchpoints: { kpis: { name: string }[] }[] }[]
    }>({ analysis: 'measure', mapId })
    const names = [
      ...measured.kpis.map((kpi) => kpi.name),
      ...measured.stages.flatMap((stage) => [
        ...stage.kpis.map((kpi) => kpi.name),
        ...stage.touchpoints.flatMap((touchpoint) => touchpoint.kpis.map((kpi) => kpi.name)),
      ]),
    ]
    expect(names.length).toBeGreaterThan(0)
    const page = await open(`/kpis?map=${mapId}`)
    await page.getByRole('table', { name: 'KPI dashboard' }).waitFor()
    const rows = await tableRows(page, 'KPI dashboard')
    expect(rows.map((row) => row[0])).toEqual(names)
    expect(rows.every((row) => /^\d+$/.test(row[4] ?? ''))).toBe(true)
    expect(app.pageErrors).toEqual([])
  })

  it('shows a readable message when an analysis fails (an unknown map)', async () => {
    const page = await open('/conformance?map=no-such-map')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('The analysis could not be computed')
    expect(await alert.textContent()).toContain('no-such-map')
    expect(app.pageErrors).toEqual([])
  })

  it('shows a customer’s events in time order across channels, reached from the customer list', async () => {
    const page = await open('')
    const customers = page.getByRole('table', { name: 'Customers' })
    await customers.waitFor()
    expect(await customers.locator('tbody tr').count()).toBe(5)
    await page.getByRole('searchbox', { name: 'Value to find' }).fill('u5')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect.poll(() => customers.locator('tbody tr').count(), { timeout: 10_000 }).toBe(1)
    await customers.getByRole('link', { name: 'u5' }).click()

    await page.getByRole('heading', { level: 1, name: 'u5' }).waitFor()
    const events = page.locator('.analytics-timeline__event')
    await events.nth(3).waitFor()
    await expect.poll(() => events.count()).toBe(4)
    const read = await events.evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('.analytics-timeline__name')?.textContent,
        item.querySelector('.analytics-channel__name')?.textContent,
      ]),
    )
    expect(read).toEqual([
      ['Email Opened', 'Email'],
      ['Product Viewed', 'Web'],
      ['Checkout Started', 'Web'],
      ['Order Completed', 'Store'],
    ])
    const channels = page.getByRole('list', { name: 'Channels' })
    expect(await channels.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Email'), expect.stringContaining('Store')]),
    )
    expect(app.pageErrors).toEqual([])
  })
})
