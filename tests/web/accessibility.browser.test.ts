import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { JourneyMap } from '@parcours/core'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'
import { createMapFromTemplate, createProject, fiveStageWalk, issueWriteKey, sendBatch } from './seed-project.js'

/*
 * Accessibility (issue 5, point 10) on a real server and a real Chromium: axe-core checks every main
 * page, in French and in English, against WCAG 2.0/2.1 levels A and AA (contrast included), with
 * realistic content; then the designer is operated with the keyboard alone.
 *
 * The project and its write key are created through the API (POST /api/projects,
 * POST /api/projects/{id}/keys), and the events are sent through /v1/batch, as a Segment source would.
 * Four customers walk the five-stage template (whose touchpoints are bound), with survey answers,
 * so the measured overlay, the analyses, the KPIs and the timeline all have figures to show.
 */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let app: WebApp
let folder: string
const projectId = 'access-co'
let mapId: string
let personaId: string
let customerId: string
let csvFile: string

beforeAll(async () => {
  app = await startWebApp()
  folder = mkdtempSync(join(tmpdir(), 'parcours-a11y-'))
  await createProject(app.url, { id: projectId, name: 'Access Co', locale: 'en' })
  const key = await issueWriteKey(app.url, projectId)
  mapId = (await createMapFromTemplate(app.url, projectId, { templateId: 'five-stages', lang: 'en' })).id

  const persona = await fetch(`${app.url}/api/projects/${projectId}/personas`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      schemaVersion: 1,
      id: 'lea-martin',
      name: 'Léa Martin',
      avatar: 'LM',
      quote: 'I want leggings that last.',
      audience: 'b2c',
      locale: 'en',
      demographics: { occupation: 'Nurse', location: 'Lyon' },
      psychographics: { lifestyle: ['Runs twice a week'], habits: [], values: ['Ethics'], interests: [] },
      goals: ['Find leggings that last'],
      needs: ['Clear sizes'],
      frustrations: ['Sizes that differ between brands'],
      motivations: ['Comfort'],
      preferredChannels: ['web', 'email'],
      sections: [{ title: 'Buying criteria', body: 'Durability first.' }],
    }),
  })
  expect(persona.status, await persona.clone().text()).toBe(201)
  personaId = ((await persona.json()) as { id: string }).id

  const sent = await sendBatch(app.url, key, fiveStageWalk())
  expect(sent.status).toBe(200)
  const customers = await fetch(`${app.url}/api/projects/${projectId}/customers`)
  const items = ((await customers.json()) as { items: { customerId: string }[] }).items
  expect(items.length).toBe(4)
  customerId = items[0]?.customerId ?? ''

  csvFile = join(folder, 'calls.csv')
  writeFileSync(
    csvFile,
    [
      'case_id,activity,timestamp,channel,agent',
      'D1,Call received,2026-01-31T09:15:00Z,phone,Ana',
      'D1,Quote sent,2026-01-31T10:30:00Z,email,Ana',
      'D2,Call received,2026-02-01T12:45:00Z,phone,Bob',
    ].join('\n'),
  )
})

afterAll(async () => {
  await app?.close()
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true })
})

interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: readonly {
    readonly target: readonly unknown[]
    readonly html: string
    readonly failureSummary?: string
  }[]
}

/**
 * Runs axe-core on the page (WCAG 2.0 and 2.1, A and AA) and answers one line per violation and
 * element: rule id, impact, target, help, axe's summary of what fails and the element's start.
 * `exclude` lists CSS selectors of third-party rendered content the app cannot change.
 */
async function axeViolations(page: Page, exclude: readonly string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE })
  const checked = await page.evaluate(
    async ({ tags, excluded }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe
      const context = excluded.length === 0 ? document : { include: [document], exclude: excluded.map((s) => [s]) }
      const results = (await axe.run(context, { runOnly: { type: 'tag', values: tags } })) as {
        violations: AxeViolation[]
        passes: { id: string }[]
        incomplete: { id: string }[]
      }
      const ran = [...results.violations, ...results.passes, ...results.incomplete].map((rule) => rule.id)
      return { violations: results.violations, ran }
    },
    { tags: WCAG_AA, excluded: [...exclude] },
  )
  // The check really ran: the contrast and naming rules were applied to this page.
  expect(checked.ran).toEqual(expect.arrayContaining(['color-contrast', 'button-name']))
  return checked.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) at ${JSON.stringify(node.target)}: ${violation.help}` +
        (node.failureSummary === undefined ? '' : ` — ${node.failureSummary.replace(/\s+/g, ' ')}`) +
        ` — ${node.html.slice(0, 200)}`,
    ),
  )
}

type Locale = 'en-US' | 'fr-FR'

/** The words the test clicks on, in each language. */
const words = {
  'en-US': { tableView: 'Table view', measured: 'Measured', addStep: 'Add step', mapColumns: 'Map the columns' },
  'fr-FR': {
    tableView: 'Vue tableau',
    measured: 'Mesuré',
    addStep: 'Ajouter l’étape',
    mapColumns: 'Associer les colonnes',
  },
} as const

interface Visit {
  readonly name: string
  readonly path: () => string
  /**
   * Waits for the page's content and acts on it when the state to check needs it; `check(state)`
   * checks an intermediate state (a dialog, a tab), the state it ends in is checked after it.
   */
  readonly ready: (page: Page, locale: Locale, check: (state: string) => Promise<void>) => Promise<void>
  readonly exclude?: readonly string[]
}

/** A button named in either language. */
const button = (page: Page, en: string, fr: string) => page.getByRole('button', { name: new RegExp(`^(${en}|${fr})$`) })

const visible = (page: Page, selector: string) => page.locator(selector).first().waitFor()

const visits: readonly Visit[] = [
  {
    name: 'the project’s maps, and the new map dialog',
    path: () => `/projects/${projectId}`,
    ready: async (page, _, check) => {
      await visible(page, `a[href$="/maps/${mapId}"]`)
      await check('the list')
      await button(page, 'New map from a template', 'Nouvelle carte depuis un modèle').click()
      await visible(page, 'dialog[open] select')
    },
  },
  {
    name: 'the templates gallery',
    path: () => `/projects/${projectId}/templates`,
    ready: async (page) => {
      await visible(page, '.shell-mini[role="img"]')
      await expect.poll(() => page.locator('.shell-mini--loading').count()).toBe(0)
    },
  },
  {
    name: 'the personas gallery',
    path: () => `/projects/${projectId}/personas`,
    ready: (page) => visible(page, `a[href$="/personas/${personaId}"]`),
  },
  {
    name: 'the persona editor, every tab',
    path: () => `/projects/${projectId}/personas/${personaId}`,
    ready: async (page, _, check) => {
      await page.getByRole('heading', { level: 1, name: 'Léa Martin' }).waitFor()
      const tabs = page.getByRole('tab')
      const count = await tabs.count()
      expect(count).toBeGreaterThan(4)
      for (let index = 0; index < count; index++) {
        await tabs.nth(index).click()
        await expect.poll(() => tabs.nth(index).getAttribute('aria-selected')).toBe('true')
        await check(`tab ${(await tabs.nth(index).textContent()) ?? index}`)
      }
      await page.getByRole('tab', { name: 'Segment', exact: true }).click()
      await button(page, 'Define a segment', 'Définir un segment').click()
      await visible(page, '.shell-condition__fields input')
    },
  },
  {
    name: 'the designer (grid, measured overlay on)',
    path: () => `/projects/${projectId}/maps/${mapId}`,
    ready: async (page, locale) => {
      await visible(page, '[role="slider"]')
      await page.getByRole('switch', { name: words[locale].measured }).click()
      await visible(page, '[data-stage-measure] dd')
      await page.waitForLoadState('networkidle')
    },
  },
  {
    name: 'the designer (table view)',
    path: () => `/projects/${projectId}/maps/${mapId}`,
    ready: async (page, locale) => {
      await page.getByRole('button', { name: words[locale].tableView }).click()
      await visible(page, 'table tbody th')
    },
  },
  {
    name: 'the measure page, a stage’s details and the binding dialog',
    path: () => `/projects/${projectId}/maps/${mapId}/measure`,
    ready: async (page, _, check) => {
      await visible(page, '[data-stage-measure] dd')
      await page.waitForLoadState('networkidle')
      await check('the page')
      await page.locator('[data-stage-measure] button').first().click()
      await visible(page, 'dialog[open] dd')
      await check('the details of the first stage')
      await page.keyboard.press('Escape')
      await expect.poll(() => page.locator('dialog[open]').count()).toBe(0)
      await button(page, 'Bind events — Store visit', 'Lier des événements — Store visit').click()
      await visible(page, 'dialog[open] input')
      await page.waitForLoadState('networkidle')
    },
  },
  {
    name: 'the analytics overview (customers)',
    path: () => `/projects/${projectId}/analytics`,
    ready: (page) => visible(page, `table a[href$="/customers/${customerId}"]`),
  },
  {
    name: 'the funnel, with a result and a segment comparison',
    path: () => `/projects/${projectId}/analytics/funnel`,
    ready: async (page, locale, check) => {
      const event = page
        .locator('select')
        .filter({ has: page.locator('option[value="Order Completed"]') })
        .first()
      await event.locator('option[value="Order Completed"]').waitFor({ state: 'attached' })
      for (const step of ['Page Viewed', 'Product Viewed', 'Order Completed']) {
        await event.selectOption(step)
        await page.getByRole('button', { name: words[locale].addStep }).click()
      }
      await visible(page, '[role="img"][aria-label*="Order Completed"]')
      await visible(page, 'table tbody tr')
      await check('the funnel')
      const tables = await page.locator('table').count()
      await button(page, 'Compare', 'Comparer').click()
      await expect.poll(() => page.locator('table').count()).toBeGreaterThan(tables)
    },
  },
  {
    name: 'the variants',
    path: () => `/projects/${projectId}/analytics/variants`,
    ready: (page) => visible(page, 'table tbody tr'),
  },
  {
    name: 'the paths',
    path: () => `/projects/${projectId}/analytics/paths`,
    ready: async (page) => {
      await visible(page, 'table tbody tr')
      await visible(page, '[role="img"] svg')
    },
  },
  {
    name: 'the process map',
    path: () => `/projects/${projectId}/analytics/process-map`,
    ready: async (page) => {
      await visible(page, '.react-flow__edge.dfg-edge')
      await visible(page, 'table tbody tr')
    },
  },
  {
    name: 'the conformance',
    path: () => `/projects/${projectId}/analytics/conformance?map=${mapId}`,
    ready: (page) => visible(page, 'table tbody tr'),
  },
  {
    name: 'the KPI dashboard',
    path: () => `/projects/${projectId}/analytics/kpis?map=${mapId}`,
    ready: (page) => visible(page, 'table tbody tr'),
  },
  {
    name: 'a customer’s timeline',
    path: () => `/projects/${projectId}/customers/${customerId}`,
    ready: (page) => visible(page, '.analytics-timeline__event'),
  },
  {
    name: 'the import wizard (upload)',
    path: () => `/projects/${projectId}/import`,
    ready: (page) => visible(page, 'input[type="file"]').then(() => undefined),
  },
  {
    name: 'the import wizard (preview)',
    path: () => `/projects/${projectId}/import`,
    ready: async (page) => {
      await page.locator('input[type="file"]').setInputFiles(csvFile)
      await visible(page, 'table tbody td')
    },
  },
  {
    name: 'the import wizard (column mapping)',
    path: () => `/projects/${projectId}/import`,
    ready: async (page, locale) => {
      await page.locator('input[type="file"]').setInputFiles(csvFile)
      await page.getByRole('button', { name: words[locale].mapColumns }).click()
      await page.getByRole('heading', { level: 2, name: words[locale].mapColumns }).waitFor()
      await visible(page, 'select')
    },
  },
  {
    name: 'the print preview, and its export menu',
    path: () => `/projects/${projectId}/maps/${mapId}/print`,
    ready: async (page, _, check) => {
      await visible(page, 'svg [data-curve]')
      await page.waitForLoadState('networkidle')
      await check('the drawing')
      await button(page, 'Export the map', 'Exporter la carte').click()
      await visible(page, '[role="menu"] [role="menuitem"]')
    },
  },
]

describe.each(['en-US', 'fr-FR'] as const)('WCAG 2.1 AA, in %s', (locale) => {
  it.each(visits.map((visit) => [visit.name, visit] as const))('%s has no violations', async (_, visit) => {
    const errorsBefore = app.pageErrors.length
    const page = await app.newPage({ locale })
    await page.goto(`${app.url}${visit.path()}`)
    const violations: string[] = []
    const check = async (state: string) => {
      for (const line of await axeViolations(page, visit.exclude)) violations.push(`[${state}] ${line}`)
    }
    await visit.ready(page, locale, check)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2))
    await check('final state')
    expect(violations, `axe violations on ${visit.name} (${locale}):\n${violations.join('\n')}`).toEqual([])
    expect(app.pageErrors.slice(errorsBefore)).toEqual([])
    await page.context().close()
  })
})

describe('the designer with the keyboard only', () => {
  const readMap = async () => {
    const response = await fetch(`${app.url}/api/projects/${projectId}/maps/${mapId}`)
    expect(response.status).toBe(200)
    return (await response.json()) as { version: number; document: JourneyMap }
  }

  /** Presses Tab (or Shift+Tab) until the focused element matches, at most `limit` times. */
  const tabTo = async (page: Page, matches: (element: Element) => boolean, key = 'Tab', limit = 400) => {
    for (let presses = 0; presses < limit; presses++) {
      await page.keyboard.press(key)
      if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return
    }
    throw new Error(`nothing matching ${matches.toString()} within ${limit} presses of ${key}`)
  }

  it('renames a stage, moves an emotion point and opens the table view', async () => {
    const page = await app.newPage({ locale: 'en-US' })
    await page.goto(`${app.url}/projects/${projectId}/maps/${mapId}`)
    await visible(page, '[role="slider"]')
    const before = await readMap()
    const stage = before.document.stages[1]
    expect(stage).toBeDefined()

    // Rename the second stage: Tab to its name, Enter opens the field, Enter commits.
    await tabTo(page, (element) => element.getAttribute('aria-label') === 'Rename stage Consideration')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toBe('Stage name')
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('Comparison')
    await page.keyboard.press('Enter')
    await expect
      .poll(async () => (await readMap()).document.stages.map((candidate) => candidate.name)[1])
      .toBe('Comparison')

    // Move an emotion point: Tab to the slider, ArrowUp raises it by one step.
    const curvePoint = () => {
      const lane = (async () => (await readMap()).document.lanes.find((l) => l.kind === 'emotion-curve'))()
      return lane.then((found) => {
        const curve = found?.kind === 'emotion-curve' ? found.curves.find((c) => c.id === 'curve-current') : undefined
        return curve?.points.find((point) => point.stageId === 'decision')?.value
      })
    }
    const valueBefore = await curvePoint()
    expect(valueBefore).toBeDefined()
    await tabTo(page, (element) => element.getAttribute('aria-label') === 'Nadia — current experience, Decision')
    const slider = page.getByRole('slider', { name: 'Nadia — current experience, Decision' })
    const max = Number(await slider.getAttribute('aria-valuemax'))
    const up = (valueBefore ?? 0) < max
    await page.keyboard.press(up ? 'ArrowUp' : 'ArrowDown')
    if (up) await expect.poll(curvePoint).toBeGreaterThan(valueBefore ?? 0)
    else await expect.poll(curvePoint).toBeLessThan(valueBefore ?? 0)

    // Back up with Shift+Tab to the toolbar's Table view button, Enter toggles it.
    await tabTo(page, (element) => element.textContent === 'Table view', 'Shift+Tab')
    await page.keyboard.press('Enter')
    const table = page.getByRole('table', { name: /the map as a table/ })
    await table.waitFor()
    await table.getByRole('columnheader', { name: 'Comparison' }).waitFor()
    expect(await page.getByRole('button', { name: 'Table view' }).getAttribute('aria-pressed')).toBe('true')
    expect((await readMap()).version).toBeGreaterThan(before.version)
    expect(app.pageErrors).toEqual([])
  })
})
