import type { JourneyMap } from '@parcours/core'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'
import { createMapFromTemplate, createProject } from './seed-project.js'

/*
 * The designer on a real server and a real Chromium: every edit is made as a user would (mouse or
 * keyboard), then the map is read back through the API to check what was saved.
 */

interface StoredMap {
  readonly version: number
  readonly document: JourneyMap
}

let app: WebApp
let projectId: string
let maps = 0

beforeAll(async () => {
  app = await startWebApp()
  projectId = await createProject(app.url, { name: 'Designer Co', locale: 'en' })
})
afterAll(async () => {
  await app?.close()
})

/** A new map from the five-stage template, created through the API. */
async function newMap(): Promise<string> {
  const created = await createMapFromTemplate(app.url, projectId, {
    templateId: 'five-stages',
    lang: 'en',
    id: `journey-${++maps}`,
  })
  return created.id
}

async function readMap(mapId: string): Promise<StoredMap> {
  const response = await fetch(`${app.url}/api/projects/${projectId}/maps/${mapId}`)
  expect(response.status).toBe(200)
  return (await response.json()) as StoredMap
}

const stageNames = async (mapId: string) => (await readMap(mapId)).document.stages.map((stage) => stage.name)

async function openDesigner(mapId: string): Promise<Page> {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto(`/projects/${projectId}/maps/${mapId}`)
  await page.getByRole('button', { name: 'Rename stage Awareness', exact: true }).waitFor()
  return page
}

async function renameStage(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Rename stage ${from}`, exact: true }).click()
  const field = page.getByRole('textbox', { name: 'Stage name' })
  await field.fill(to)
  await field.press('Enter')
}

it('renames a stage in place and saves it on the server', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  await renameStage(page, 'Awareness', 'Discovery')
  await expect.poll(() => stageNames(mapId)).toEqual(['Discovery', 'Consideration', 'Decision', 'Purchase', 'Loyalty'])
  await page.getByRole('status').filter({ hasText: 'Saved (version 2)' }).waitFor()

  // Escape cancels an edit: nothing changes on the server.
  await page.getByRole('button', { name: 'Rename stage Decision', exact: true }).press('Enter')
  await page.getByRole('textbox', { name: 'Stage name' }).fill('Never saved')
  await page.getByRole('textbox', { name: 'Stage name' }).press('Escape')
  await page.getByRole('button', { name: 'Rename stage Decision', exact: true }).waitFor()
  expect((await readMap(mapId)).version).toBe(2)
  expect(app.pageErrors).toEqual([])
})

it('adds a lane and deletes it', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  const form = page.getByRole('form', { name: 'New lane' })
  await form.getByLabel('Kind').selectOption('delights')
  await form.getByLabel('Lane title').fill('Wow moments')
  await form.getByRole('button', { name: 'Add lane' }).click()
  await expect
    .poll(async () => (await readMap(mapId)).document.lanes.map((lane) => `${lane.kind}:${lane.title}`).at(-1))
    .toBe('delights:Wow moments')

  // A delight added in the new lane is saved as a card of its cell.
  await page.getByRole('button', { name: /^Add to Wow moments, Purchase\b/ }).click()
  await page.getByRole('textbox', { name: 'Card title' }).fill('Gift wrapping offered')
  await page.getByRole('textbox', { name: 'Card title' }).press('Enter')
  await expect
    .poll(async () => {
      const map = (await readMap(mapId)).document
      const cell = map.cells.find((c) => c.laneId === 'wow-moments' && c.stageId === 'purchase')
      return cell?.content.kind === 'cards' ? cell.content.cards.map((card) => card.title) : []
    })
    .toEqual(['Gift wrapping offered'])

  await page.getByRole('button', { name: 'Delete lane Wow moments' }).click()
  await expect
    .poll(async () => (await readMap(mapId)).document.lanes.some((lane) => lane.title === 'Wow moments'))
    .toBe(false)
  await expect(page.getByRole('button', { name: 'Rename lane Wow moments' }).count()).resolves.toBe(0)
  expect(app.pageErrors).toEqual([])
})

it('reorders stages with the keyboard (Alt+ArrowRight), keeping the focus on the moved stage', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  const awareness = page.getByRole('button', { name: 'Rename stage Awareness', exact: true })
  await awareness.focus()
  await page.keyboard.press('Alt+ArrowRight')
  await expect.poll(() => stageNames(mapId)).toEqual(['Consideration', 'Awareness', 'Decision', 'Purchase', 'Loyalty'])
  await expect.poll(() => awareness.evaluate((element) => element === document.activeElement)).toBe(true)
  await page.keyboard.press('Alt+ArrowRight')
  await expect.poll(() => stageNames(mapId)).toEqual(['Consideration', 'Decision', 'Awareness', 'Purchase', 'Loyalty'])
  expect(app.pageErrors).toEqual([])
})

it('moves an emotion point with the keyboard and saves the new value', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  const point = page.getByRole('slider', { name: 'Nadia — current experience, Awareness' })
  await expect(point.getAttribute('aria-valuenow')).resolves.toBe('-1')
  await point.focus()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect.poll(() => point.getAttribute('aria-valuenow')).toBe('1')
  await expect
    .poll(async () => {
      const lane = (await readMap(mapId)).document.lanes.find((candidate) => candidate.kind === 'emotion-curve')
      const curve = lane?.kind === 'emotion-curve' ? lane.curves.find((c) => c.id === 'curve-current') : undefined
      return curve?.points.find((p) => p.stageId === 'awareness')?.value
    })
    .toBe(1)
  // The text alternative lists the same value.
  await page.getByText('Values per stage', { exact: true }).click()
  await expect(
    page
      .getByRole('row', { name: /Nadia — current experience \(current\)/ })
      .getByRole('cell')
      .first()
      .textContent(),
  ).resolves.toContain('1')
  expect(app.pageErrors).toEqual([])
})

it('undo (button, then Ctrl+Z) restores the previous state on the server, redo brings it back', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  await renameStage(page, 'Loyalty', 'Retention')
  await expect.poll(async () => (await stageNames(mapId)).at(-1)).toBe('Retention')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(async () => (await stageNames(mapId)).at(-1)).toBe('Loyalty')
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect.poll(async () => (await stageNames(mapId)).at(-1)).toBe('Retention')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await stageNames(mapId)).at(-1)).toBe('Loyalty')
  expect(app.pageErrors).toEqual([])
})

it('says when someone else saved first; "Reload theirs" shows their change', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  const theirs = await fetch(`${app.url}/api/projects/${projectId}/maps/${mapId}/commands`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
    body: JSON.stringify({ commands: [{ type: 'rename-stage', stageId: 'decision', name: 'Their decision' }] }),
  })
  expect(theirs.status).toBe(200)
  await renameStage(page, 'Awareness', 'My awareness')
  const alert = page.getByRole('alert').filter({ hasText: 'Someone else saved this map before you.' })
  await alert.waitFor()
  await alert.getByRole('button', { name: 'Reload theirs' }).click()
  await page.getByRole('button', { name: 'Rename stage Their decision', exact: true }).waitFor()
  await page.getByRole('button', { name: 'Rename stage Awareness', exact: true }).waitFor()
  expect(await stageNames(mapId)).toEqual(['Awareness', 'Consideration', 'Their decision', 'Purchase', 'Loyalty'])
  expect(app.pageErrors).toEqual([])
})

it('"Keep mine" re-applies my edit on top of their version', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  await fetch(`${app.url}/api/projects/${projectId}/maps/${mapId}/commands`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
    body: JSON.stringify({ commands: [{ type: 'rename-stage', stageId: 'decision', name: 'Their decision' }] }),
  })
  await renameStage(page, 'Awareness', 'My awareness')
  await page.getByRole('button', { name: 'Keep mine' }).click()
  await expect
    .poll(() => stageNames(mapId))
    .toEqual(['My awareness', 'Consideration', 'Their decision', 'Purchase', 'Loyalty'])
  await page.getByRole('button', { name: 'Rename stage Their decision', exact: true }).waitFor()
  expect(app.pageErrors).toEqual([])
})

it('shows the whole map as an HTML table listing every stage', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  await page.getByRole('button', { name: 'Table view' }).click()
  const table = page.getByRole('table', { name: /the map as a table/ })
  await table.waitFor()
  const headers = await table.getByRole('columnheader').allTextContents()
  expect(headers).toEqual(['Lane', 'Awareness', 'Consideration', 'Decision', 'Purchase', 'Loyalty'])
  await table.getByRole('rowheader', { name: 'Pain points' }).waitFor()
  expect(app.pageErrors).toEqual([])
})

it('drags an emotion point with the mouse and a stage by its grip', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  const point = page.getByRole('slider', { name: 'Nadia — current experience, Decision' })
  await expect(point.getAttribute('aria-valuenow')).resolves.toBe('-1')
  await point.scrollIntoViewIfNeeded()
  const box = await page.locator('.emotion-svg').boundingBox()
  const dot = await point.locator('.emotion-dot').boundingBox()
  if (box === null || dot === null) throw new Error('the curve is not drawn')
  await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2)
  await page.mouse.down()
  await page.mouse.move(dot.x + dot.width / 2, box.y + 4, { steps: 8 })
  await page.mouse.up()
  await expect.poll(() => point.getAttribute('aria-valuenow')).toBe('2')
  await expect
    .poll(async () => {
      const lane = (await readMap(mapId)).document.lanes.find((candidate) => candidate.kind === 'emotion-curve')
      const curve = lane?.kind === 'emotion-curve' ? lane.curves.find((c) => c.id === 'curve-current') : undefined
      return curve?.points.find((p) => p.stageId === 'decision')?.value
    })
    .toBe(2)

  await page.getByRole('button', { name: 'Drag stage Loyalty' }).scrollIntoViewIfNeeded()
  const grip = await page.getByRole('button', { name: 'Drag stage Loyalty' }).boundingBox()
  const target = await page.getByRole('button', { name: 'Drag stage Decision' }).boundingBox()
  if (grip === null || target === null) throw new Error('the stage headers are not drawn')
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2)
  await page.mouse.down()
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 })
  await page.mouse.up()
  await expect.poll(() => stageNames(mapId)).toEqual(['Awareness', 'Consideration', 'Loyalty', 'Decision', 'Purchase'])
  expect(app.pageErrors).toEqual([])
})

it('says in words when a map cannot be opened', async () => {
  const page = await app.newPage({ locale: 'en-US' })
  await page.goto(`/projects/${projectId}/maps/no-such-map`)
  const alert = page.getByRole('alert').filter({ hasText: 'This map could not be opened' })
  await alert.waitFor()
  await expect(alert.textContent()).resolves.toContain('no-such-map')
  expect(app.pageErrors).toEqual([])
})

it('adds a phase, puts stages in it and moves it; adds a step, flags it and moves it; adds a touchpoint', async () => {
  const mapId = await newMap()
  const page = await openDesigner(mapId)
  await page.getByRole('button', { name: 'Add a phase', exact: true }).click()
  await page.getByRole('textbox', { name: 'Phase name' }).fill('After the sale')
  await page.getByRole('textbox', { name: 'Phase name' }).press('Enter')
  await page.getByRole('combobox', { name: 'Phase of stage Purchase' }).selectOption({ label: 'After the sale' })
  await page.getByRole('combobox', { name: 'Phase of stage Loyalty' }).selectOption({ label: 'After the sale' })
  await expect
    .poll(async () => (await readMap(mapId)).document.stages.map((stage) => stage.phaseId ?? '-'))
    .toEqual(['-', '-', '-', 'after-the-sale', 'after-the-sale'])
  // Alt+ArrowLeft on the phase's name moves the phase, with its two stages, before the block of
  // stages that have no phase.
  await page.getByRole('button', { name: 'Rename phase After the sale', exact: true }).focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await expect.poll(() => stageNames(mapId)).toEqual(['Purchase', 'Loyalty', 'Awareness', 'Consideration', 'Decision'])

  await page.getByRole('button', { name: 'Add a step to stage Decision' }).click()
  await page.getByRole('textbox', { name: 'Step name' }).fill('Reads the return policy')
  await page.getByRole('textbox', { name: 'Step name' }).press('Enter')
  await page.getByRole('button', { name: 'Moment of truth: Reads the return policy' }).click()
  await page.getByRole('button', { name: 'Rename step Reads the return policy' }).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect
    .poll(async () => (await readMap(mapId)).document.stages.find((stage) => stage.id === 'decision')?.steps)
    .toEqual([
      expect.objectContaining({ name: 'Shortlists two or three options' }),
      { id: 'reads-the-return-policy', name: 'Reads the return policy', isMomentOfTruth: true },
      expect.objectContaining({ name: 'Checks price and service' }),
    ])

  await page.getByRole('button', { name: 'Add a touchpoint to Touchpoints, Loyalty' }).click()
  await page.getByRole('textbox', { name: 'Touchpoint name' }).fill('Birthday SMS')
  await page.getByRole('textbox', { name: 'Touchpoint name' }).press('Enter')
  await page.getByRole('combobox', { name: 'Channel of Birthday SMS' }).selectOption('sms')
  await expect
    .poll(async () => (await readMap(mapId)).document.touchpoints.find((tp) => tp.name === 'Birthday SMS'))
    .toEqual({ id: 'birthday-sms', name: 'Birthday SMS', channel: 'sms', mode: 'online', stageId: 'loyalty' })
  expect(app.pageErrors).toEqual([])
})
