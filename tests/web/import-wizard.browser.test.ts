import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'
import { createProject } from './seed-project.js'

let app: WebApp
const folder = mkdtempSync(join(tmpdir(), 'parcours-import-wizard-'))

beforeAll(async () => {
  app = await startWebApp()
  for (const [id, name] of [
    ['call-centre', 'Call centre'],
    ['shop', 'Shop'],
    ['bank', 'Bank'],
  ] as const) {
    await createProject(app.url, { id, name, locale: 'en' })
  }
})
afterAll(async () => {
  await app?.close()
  rmSync(folder, { recursive: true, force: true })
})

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${app.url}${path}`)
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

it('uploads a CSV, previews it, keeps the detected mapping, imports it and lists the rejected row', async () => {
  const file = join(folder, 'calls.csv')
  writeFileSync(
    file,
    [
      'case_id,activity,timestamp,channel,agent',
      'D1,Call received,2026-01-31T09:15:00Z,phone,Ana',
      'D1,Quote sent,2026-01-31T10:30:00Z,email,Ana',
      'D2,,2026-02-01T11:00:00Z,web,Bob',
      'D2,Call received,2026-02-01T12:45:00Z,phone,Bob',
    ].join('\n'),
  )
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/projects/call-centre/import')
  await page.getByRole('heading', { level: 1, name: 'Import data' }).waitFor()
  await expect(page.getByRole('list', { name: 'Import steps' }).getByRole('listitem').count()).resolves.toBe(5)

  // Step 1 → 2: the file picker is a labelled control; the preview shows the first rows.
  await page.getByRole('button', { name: 'Choose a file' }).setInputFiles(file)
  await page.getByRole('heading', { level: 2, name: 'Preview of calls.csv' }).waitFor()
  const preview = page.getByRole('table', { name: 'The first 4 rows of calls.csv, as the import reads them' })
  await expect(preview.getByRole('columnheader').allTextContents()).resolves.toEqual([
    'case_id',
    'activity',
    'timestamp',
    'channel',
    'agent',
  ])
  await expect(preview.getByRole('row').count()).resolves.toBe(5)
  await preview.getByRole('cell', { name: 'Quote sent' }).waitFor()
  await expect(page.getByText('CSV · ').textContent()).resolves.toContain('delimiter “,”')

  // Step 3: the selects hold what the server detected; the defaults are kept.
  await page.getByRole('button', { name: 'Map the columns' }).click()
  await page.getByRole('heading', { level: 2, name: 'Map the columns' }).waitFor()
  await expect(page.getByRole('combobox', { name: 'Activity (event name)' }).inputValue()).resolves.toBe('activity')
  await expect(page.getByRole('combobox', { name: 'Date and time' }).inputValue()).resolves.toBe('timestamp')
  await expect(page.getByRole('combobox', { name: 'Case id' }).inputValue()).resolves.toBe('case_id')
  await expect(page.getByRole('combobox', { name: 'Channel' }).inputValue()).resolves.toBe('channel')
  await expect(page.getByRole('checkbox', { name: 'agent' }).isChecked()).resolves.toBe(true)

  // A required field left empty is refused in words before anything is sent.
  await page.getByRole('combobox', { name: 'Activity (event name)' }).selectOption('')
  await page.getByRole('button', { name: 'Start the import' }).click()
  await page.getByText('Choose the column of this field.').waitFor()
  await page.getByRole('combobox', { name: 'Activity (event name)' }).selectOption('activity')
  await page.getByRole('button', { name: 'Start the import' }).click()

  // Step 4 → 5: the summary, with the rejected row and its reason.
  await page.getByRole('heading', { level: 2, name: 'Import summary' }).waitFor()
  const stats = page.locator('.import-stats')
  await expect(stats.getByRole('term').allTextContents()).resolves.toEqual([
    'Read',
    'Imported',
    'Already there',
    'Rejected',
  ])
  await expect(stats.getByRole('definition').allTextContents()).resolves.toEqual(['4', '3', '0', '1'])
  const rejects = page.getByRole('table', { name: 'The rejected row and why' })
  await expect(rejects.getByRole('row').nth(1).getByRole('cell').allTextContents()).resolves.toEqual([
    'line 4',
    'activity',
    'the activity is empty',
    'empty',
  ])

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the reject file (CSV)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('calls.csv.rejects.csv')
  const saved = join(folder, 'rejects.csv')
  await download.saveAs(saved)
  expect(readFileSync(saved, 'utf8')).toBe('line,record,field,code,value\n4,line 4,activity,missing-activity,\n')

  // The import's id is in the address: a reload comes back to its summary.
  expect(new URL(page.url()).searchParams.get('import')).toMatch(/^imp_/)
  await page.reload()
  await page.getByRole('heading', { level: 2, name: 'Import summary' }).waitFor()
  await expect(page.locator('.import-stats').getByRole('definition').allTextContents()).resolves.toEqual([
    '4',
    '3',
    '0',
    '1',
  ])

  // The events are in the store: two customers (one per case), three events.
  const customers = await api<{ total: number; items: { events: number; channels: string[] }[] }>(
    '/api/projects/call-centre/customers',
  )
  expect(customers.total).toBe(2)
  expect(customers.items.reduce((sum, item) => sum + item.events, 0)).toBe(3)
  const link = page.getByRole('link', { name: 'Open the journey analytics' })
  await expect(link.getAttribute('href')).resolves.toBe('/projects/call-centre/analytics')
  expect(app.pageErrors).toEqual([])
})

it('imports the receipt XES log (gzip) through the wizard: 1,434 cases, 8,577 events', async () => {
  const receipt = new URL('../../../shared/data/receipt/receipt.xes.gz', import.meta.url).pathname
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto('/projects/shop/import')
  await page.getByRole('button', { name: 'Choose a file' }).setInputFiles(receipt)
  const preview = page.getByRole('table', { name: 'The first 20 rows of receipt.xes.gz, as the import reads them' })
  await preview.waitFor()
  await expect(preview.getByRole('columnheader').allTextContents()).resolves.toEqual(
    expect.arrayContaining(['case:concept:name', 'concept:name', 'time:timestamp', 'lifecycle:transition']),
  )
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByText('An XES file carries its own fields').waitFor()
  await page.getByRole('button', { name: 'Start the import' }).click()
  await page.getByRole('heading', { level: 2, name: 'Import summary' }).waitFor({ timeout: 60_000 })
  await expect(page.locator('.import-stats').getByRole('definition').allTextContents()).resolves.toEqual([
    '8,577',
    '8,577',
    '0',
    '0',
  ])
  await expect(page.getByRole('link', { name: 'Download the reject file (CSV)' }).count()).resolves.toBe(0)
  const customers = await api<{ total: number }>('/api/projects/shop/customers?limit=1')
  expect(customers.total).toBe(1434)
  expect(app.pageErrors).toEqual([])
})

it('says in French, after a drop, which line of a malformed file cannot be read, and stores nothing', async () => {
  const page = await app.newPage({ locale: 'fr-FR' })
  await page.goto('/projects/bank/import')
  await page.getByRole('heading', { level: 1, name: 'Importer des données' }).waitFor()
  const text = 'case_id,activity,timestamp\nA,start,2026-01-01T10:00:00Z\nA,end,2026-01-01T11:00:00Z,extra\n'
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([content], 'cassé.csv', { type: 'text/csv' }))
    return transfer
  }, text)
  await page.getByRole('region', { name: 'Déposez un fichier ici' }).dispatchEvent('drop', { dataTransfer })
  const alert = page.getByRole('alert')
  await alert.waitFor()
  await expect(alert.textContent()).resolves.toContain('Le fichier ne peut pas être lu à la ligne 3')
  await expect(page.getByRole('heading', { level: 2, name: 'Charger un fichier' }).isVisible()).resolves.toBe(true)
  const customers = await api<{ total: number }>('/api/projects/bank/customers')
  expect(customers.total).toBe(0)
  expect(app.pageErrors).toEqual([])
})
