import { readFile } from 'node:fs/promises'
import { inflateSync } from 'node:zlib'
import type { JourneyMap } from '@parcours/core'
import { parse } from 'csv-parse/sync'
import type { Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'
import { createMapFromTemplate, createProject } from './seed-project.js'

let app: WebApp
let projectId: string
let mapId: string
/** The map as the API serves it after the test's edits. */
let map: JourneyMap

/** A stage renamed with the French characters a PDF standard font loses most often. */
const ACCENTED_STAGE = 'Retrait « l’après » à domicile'
/** A cell with symbols Helvetica lacks (≈ → −): the PDF writes them with ones it has. */
const SYMBOL_CELL = 'Délai ≈ 2 h → relance − 1 jour'
const SYMBOL_CELL_IN_PDF = 'Délai ~ 2 h -> relance - 1 jour'
/** A cell with a comma, a double quote and a line break. */
const TRICKY_CELL = 'Compare, hésite\npuis dit "pourquoi pas"'

async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

beforeAll(async () => {
  app = await startWebApp()
  projectId = await createProject(app.url, { name: 'Export test', locale: 'fr' })
  const created = await createMapFromTemplate(app.url, projectId, { templateId: 'nine-steps', lang: 'fr' })
  mapId = created.id
  const stage = created.document.stages[4]
  const textLane = created.document.lanes.find((lane) => lane.kind === 'thoughts')
  const feelingsLane = created.document.lanes.find((lane) => lane.kind === 'feelings')
  const firstStage = created.document.stages[0]
  if (stage === undefined || textLane === undefined || feelingsLane === undefined || firstStage === undefined) {
    throw new Error('the nine-steps template changed')
  }
  const edited = await api<{ document: JourneyMap }>(
    'POST',
    `/api/projects/${projectId}/maps/${mapId}/commands`,
    {
      commands: [
        { type: 'rename-stage', stageId: stage.id, name: ACCENTED_STAGE },
        {
          type: 'set-cell',
          laneId: textLane.id,
          stageId: firstStage.id,
          content: { kind: 'text', text: TRICKY_CELL },
        },
        {
          type: 'set-cell',
          laneId: feelingsLane.id,
          stageId: firstStage.id,
          content: { kind: 'text', text: SYMBOL_CELL },
        },
      ],
    },
    { 'If-Match': `"${created.version}"` },
  )
  map = edited.document
}, 120_000)

afterAll(async () => {
  await app?.close()
})

async function openPreview(locale: 'fr-FR' | 'en-US' = 'fr-FR'): Promise<Page> {
  const page = await app.newPage({ locale })
  await page.goto(`/projects/${projectId}/maps/${mapId}/print`)
  await page.locator('.print-preview__sheet svg').waitFor()
  return page
}

/** Chooses a format in the export menu with the keyboard and returns the downloaded file. */
async function download(page: Page, itemName: RegExp): Promise<{ file: Download; bytes: Buffer }> {
  const button = page.getByRole('button', { name: /Exporter la carte|Export the map/ })
  await button.focus()
  await page.keyboard.press('Enter')
  const item = page.getByRole('menuitem', { name: itemName })
  await item.waitFor()
  // Arrow keys move the focus through the items; find ours, then press Enter on it.
  for (let step = 0; step < 6 && !(await item.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press('ArrowDown')
  }
  const downloading = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  const file = await downloading
  const path = await file.path()
  return { file, bytes: await readFile(path) }
}

describe('print preview', () => {
  it('shows the whole map laid out for print, every stage title included', async () => {
    const page = await openPreview()
    await expect(page.getByRole('heading', { level: 1, name: 'Aperçu avant impression' }).isVisible()).resolves.toBe(
      true,
    )
    const sheet = page.locator('.print-preview__sheet')
    for (const stage of map.stages) {
      await expect(sheet.getByText(stage.name, { exact: true }).first().isVisible()).resolves.toBe(true)
    }
    for (const phase of map.phases) {
      await expect(sheet.getByText(phase.name, { exact: true }).first().isVisible()).resolves.toBe(true)
    }
    // Nine stages do not fit one readable A3 page: the note says how the PDF is split.
    await expect(page.getByText(/Le PDF comptera \d+ pages A3 paysage/).isVisible()).resolves.toBe(true)
    expect(app.pageErrors).toEqual([])
  })

  it('says in words when the map cannot be loaded', async () => {
    const page = await app.newPage({ locale: 'fr-FR' })
    await page.goto(`/projects/${projectId}/maps/no-such-map/print`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    await expect(alert.textContent()).resolves.toContain('Impossible de charger la carte')
    await expect(page.getByRole('button', { name: 'Exporter la carte' }).count()).resolves.toBe(0)
  })
})

describe('map exports', () => {
  it('SVG: a standalone file with every stage title and one path per emotion curve', async () => {
    const page = await openPreview()
    const { file, bytes } = await download(page, /SVG/)
    expect(file.suggestedFilename()).toBe('parcours-en-3-phases-et-9-etapes.svg')
    const text = bytes.toString('utf8')
    expect(text.startsWith('<?xml')).toBe(true)
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"')
    for (const stage of map.stages) expect(text).toContain(stage.name)
    const curves = map.lanes.flatMap((lane) => (lane.kind === 'emotion-curve' ? lane.curves : []))
    expect(curves.length).toBeGreaterThan(0)
    for (const curve of curves) {
      const path = new RegExp(`<path [^>]*d="M[\\d.]+ [\\d.]+( L[\\d.]+ [\\d.]+)+"[^>]*data-curve="${curve.id}"`)
      expect(text).toMatch(path)
    }
    expect(app.pageErrors).toEqual([])
  })

  it('PNG: a valid PNG image at twice the A3 drawing size', async () => {
    const page = await openPreview()
    const { file, bytes } = await download(page, /PNG/)
    expect(file.suggestedFilename()).toMatch(/\.png$/)
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
    const width = bytes.readUInt32BE(16)
    const height = bytes.readUInt32BE(20)
    // A3 landscape is 420 × 297 mm, 1 587 × 1 123 CSS pixels; at 2× the longer side fills it.
    expect(Math.max(width / 3175, height / 2245)).toBeGreaterThan(0.98)
    expect(width).toBeLessThanOrEqual(3176)
    expect(height).toBeLessThanOrEqual(2246)
    // A drawn map, not a blank page: a white page of that size compresses to a few kilobytes.
    expect(bytes.length).toBeGreaterThan(100_000)
    expect(app.pageErrors).toEqual([])
  })

  it('PDF: a vector PDF in Helvetica whose text holds every stage title, accents and ’ « » included', async () => {
    const page = await openPreview()
    const { file, bytes } = await download(page, /PDF/)
    expect(file.suggestedFilename()).toMatch(/\.pdf$/)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pdf = bytes.toString('latin1')
    expect(pdf).toContain('/BaseFont /Helvetica')
    expect(pdf.match(/\/Type \/Page\b/g)?.length).toBeGreaterThanOrEqual(2)
    // No picture of the map: the PDF holds no image.
    expect(pdf).not.toContain('/Subtype /Image')
    const text = pdfText(bytes)
    for (const stage of map.stages) expect(text).toContain(stage.name)
    expect(text).toContain(ACCENTED_STAGE)
    // A line with a character outside WinAnsi keeps the rest of its text readable.
    expect(text).toContain(SYMBOL_CELL_IN_PDF)
    expect(text).toContain('Sélection')
    expect(text).toContain('Fidélisation')
    expect(app.pageErrors).toEqual([])
  })

  it('JSON: the map document exactly as the API stores it', async () => {
    const page = await openPreview()
    const { file, bytes } = await download(page, /JSON/)
    expect(file.suggestedFilename()).toBe('parcours-en-3-phases-et-9-etapes.json')
    const stored = await api<{ document: JourneyMap }>('GET', `/api/projects/${projectId}/maps/${mapId}`)
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(stored.document)
  })

  it('CSV: the map as a table whose cells with a comma, a quote and a line break read back unchanged', async () => {
    const page = await openPreview()
    const { file, bytes } = await download(page, /CSV/)
    expect(file.suggestedFilename()).toMatch(/\.csv$/)
    const records = parse(bytes.toString('utf8'), { bom: true, relax_column_count: false }) as string[][]
    expect(records[0]).toEqual(['Ligne', ...map.stages.map((stage) => stage.name)])
    const lane = map.lanes.find((candidate) => candidate.kind === 'thoughts')
    const row = records.find((record) => record[0] === lane?.title)
    expect(row?.[1]).toBe(TRICKY_CELL)
    expect(records.every((record) => record.length === map.stages.length + 1)).toBe(true)
  })

  it('English interface: the menu and the printed labels are in English', async () => {
    const page = await openPreview('en-US')
    await expect(page.getByRole('heading', { level: 1, name: 'Print preview' }).isVisible()).resolves.toBe(true)
    await expect(
      page.locator('.print-preview__sheet').getByText('Type: Current state', { exact: false }).count(),
    ).resolves.toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Export the map' }).click()
    await expect(page.getByRole('menuitem').allTextContents()).resolves.toEqual([
      'PDFVector PDF (A3 landscape)',
      'PNGPNG image',
      'SVGSVG vector image',
      'CSVMap as a table (CSV)',
      'JSONMap document (JSON)',
    ])
    await page.keyboard.press('Escape')
    await expect(page.getByRole('menu').count()).resolves.toBe(0)
    await expect(
      page.getByRole('button', { name: 'Export the map' }).evaluate((element) => element === document.activeElement),
    ).resolves.toBe(true)
    expect(app.pageErrors).toEqual([])
  })
})

/** WinAnsi (Windows-1252) bytes 0x80–0x9F as Unicode; the rest of the byte range is Latin-1. */
const WIN_ANSI_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/**
 * The text a PDF shows, read the plain way: every Flate stream inflated, the strings of its
 * `Tj`/`TJ` operators decoded from WinAnsi, one line of the drawing per string, joined by spaces.
 */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1')
  const strings: string[] = []
  const streams = /stream\r?\n/g
  for (let match = streams.exec(raw); match !== null; match = streams.exec(raw)) {
    const start = match.index + match[0].length
    const end = raw.indexOf('endstream', start)
    let content: string
    try {
      content = inflateSync(bytes.subarray(start, end)).toString('latin1')
    } catch {
      content = raw.slice(start, end)
    }
    for (const shown of content.matchAll(/\((?:\\.|[^\\)])*\)\s*Tj|\[(?:[^\]]*)\]\s*TJ/g)) {
      const parts = shown[0].match(/\((?:\\.|[^\\)])*\)/g) ?? []
      strings.push(parts.map((part) => unescapePdfString(part.slice(1, -1))).join(''))
    }
  }
  return strings
    .map((string) => [...string].map((c) => decodeWinAnsi(c)).join(''))
    .join(' ')
    .replace(/[\s\u00a0]+/g, ' ')
}

function decodeWinAnsi(character: string): string {
  const code = character.charCodeAt(0)
  return code >= 0x80 && code <= 0x9f ? (WIN_ANSI_HIGH[code - 0x80] ?? character) : character
}

function unescapePdfString(text: string): string {
  return text.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escaped: string) => {
    if (/^[0-7]+$/.test(escaped)) return String.fromCharCode(Number.parseInt(escaped, 8))
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[escaped] ?? escaped
  })
}
