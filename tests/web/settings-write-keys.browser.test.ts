import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebApp, type WebApp } from './browser-harness.js'
import { createProject, sendBatch } from './seed-project.js'

/*
 * The project settings page on a real server and a real Chromium: a write key is created in the
 * page, its secret read from the page sends a batch through /v1/batch (accepted), then it is
 * revoked in the page and the same batch is refused (401). The project's name is edited and shows
 * in the top bar's switcher; a stale save gets the 409 message.
 */

let app: WebApp

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${app.url}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  })

/** One track call as a Segment source sends it, with the key as the basic-auth user. */
const sendOrder = (key: string, messageId: string) =>
  sendBatch(app.url, key, [
    {
      type: 'track',
      event: 'Order Completed',
      userId: 'alice',
      messageId,
      timestamp: '2026-05-01T10:00:00+02:00',
      properties: { total: 42 },
    },
  ])

beforeAll(async () => {
  app = await startWebApp()
})

afterAll(async () => {
  await app?.close()
})

describe('project settings', () => {
  it('creates a write key shown once, sends events with it, then revokes it', async () => {
    const projectId = await createProject(app.url, { name: 'Keys Co', locale: 'en' })
    const page = await app.newPage()
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url })
    await page.goto(`/projects/${projectId}`)
    await page.getByRole('navigation', { name: 'Project navigation' }).getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { level: 1, name: 'Project settings' }).waitFor()
    expect(new URL(page.url()).pathname).toBe(`/projects/${projectId}/settings`)

    // The ingestion URL of this server and the examples, as text.
    const origin = new URL(app.url).origin
    await expect.poll(() => page.getByText(`${origin}/v1/batch`, { exact: true }).count()).toBe(1)
    const curl = page.getByRole('region', { name: 'With curl' })
    expect(await curl.textContent()).toContain(`curl -u 'YOUR_WRITE_KEY:' ${origin}/v1/batch`)
    const analytics = page.getByRole('region', { name: 'With analytics.js (Segment)' })
    expect(await analytics.textContent()).toContain(`apiHost: '${new URL(app.url).host}/v1', protocol: 'http'`)

    // No key yet: create one.
    await page.getByRole('heading', { name: 'No key yet' }).waitFor()
    await page.getByRole('button', { name: 'Create a key' }).click()
    const secretField = page.getByRole('textbox', { name: 'Write key' })
    await secretField.waitFor()
    const secret = await secretField.inputValue()
    expect(secret.length).toBeGreaterThan(16)
    await page.getByText('it will not be shown again').waitFor()

    // Copy puts the secret on the clipboard.
    await page.getByRole('button', { name: 'Copy: Write key' }).click()
    await page.getByText('Copied to the clipboard.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)

    // The list shows the key's last 4 characters, never the secret (nor does the API).
    const table = page.getByRole('table', { name: 'The project’s write keys' })
    const row = table.getByRole('row').filter({ hasText: `…${secret.slice(-4)}` })
    await row.getByText('Active').waitFor()
    expect(await table.textContent()).not.toContain(secret)
    const listed = await (await api(`/api/projects/${projectId}/keys`)).text()
    expect(listed).not.toContain(secret)
    expect(JSON.parse(listed)).toMatchObject({ items: [{ preview: secret.slice(-4), revokedAt: null }] })

    // The key read from the page ingests events.
    const accepted = await sendOrder(secret, 'm1')
    expect(accepted.status).toBe(200)
    expect(await accepted.json()).toEqual({ success: true })
    const customers = (await (await api(`/api/projects/${projectId}/customers`)).json()) as { total: number }
    expect(customers.total).toBe(1)

    // Revoke, after confirming.
    await row.getByRole('button', { name: `Revoke key …${secret.slice(-4)}` }).click()
    const dialog = page.getByRole('dialog', { name: `Revoke key …${secret.slice(-4)}?` })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect((await sendOrder(secret, 'm2')).status).toBe(200)

    await row.getByRole('button', { name: `Revoke key …${secret.slice(-4)}` }).click()
    await dialog.getByRole('button', { name: 'Revoke the key' }).click()
    await page.getByText(`Key …${secret.slice(-4)} is revoked.`).waitFor()
    await row.getByText(/^Revoked on /).waitFor()
    expect(await row.getByRole('button').count()).toBe(0)
    expect(await secretField.count()).toBe(0)

    const refused = await sendOrder(secret, 'm3')
    expect(refused.status).toBe(401)
    expect(await refused.json()).toMatchObject({ code: 'invalid-write-key' })
    expect(app.pageErrors).toEqual([])
  })

  it('renames the project (shown in the switcher) and handles a save made elsewhere meanwhile', async () => {
    const projectId = await createProject(app.url, { name: 'Rename Co', locale: 'en' })
    const page = await app.newPage()
    await page.goto(`/projects/${projectId}/settings`)
    const name = page.getByRole('textbox', { name: 'Name' })
    await name.waitFor()
    expect(await name.inputValue()).toBe('Rename Co')

    await name.fill('Rename Company')
    await page.getByRole('textbox', { name: 'Description' }).fill('Our shop in Lyon')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Saved.').waitFor()
    const switcher = page.getByRole('combobox', { name: 'Project' })
    await expect
      .poll(() => switcher.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent))
      .toBe('Rename Company')
    const saved = (await (await api(`/api/projects/${projectId}`)).json()) as {
      version: number
      document: { name: string; description?: string }
    }
    expect(saved.document).toMatchObject({ name: 'Rename Company', description: 'Our shop in Lyon' })

    // Someone else saves; my next save is refused with their version, then I reload theirs.
    const theirs = await api(`/api/projects/${projectId}`, {
      method: 'PUT',
      headers: { 'If-Match': `"${saved.version}"` },
      body: JSON.stringify({ ...saved.document, id: projectId, name: 'Their Name', locale: 'en' }),
    })
    expect(theirs.status).toBe(200)
    await name.fill('My Name')
    await page.getByRole('button', { name: 'Save' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Someone else changed this project' })
    await alert.getByText('“Their Name”').waitFor()
    await alert.getByRole('button', { name: 'Reload the current version' }).click()
    await expect.poll(() => name.inputValue()).toBe('Their Name')
    expect(await alert.count()).toBe(0)
    const current = (await (await api(`/api/projects/${projectId}`)).json()) as { document: { name: string } }
    expect(current.document.name).toBe('Their Name')

    // Saving again now succeeds on top of theirs.
    await name.fill('Final Name')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Saved.').waitFor()
    await expect
      .poll(
        async () =>
          ((await (await api(`/api/projects/${projectId}`)).json()) as { document: { name: string } }).document.name,
      )
      .toBe('Final Name')
    expect(app.pageErrors).toEqual([])
  })

  it('speaks French', async () => {
    const projectId = await createProject(app.url, { name: 'Projet FR', locale: 'en' })
    const page = await app.newPage({ locale: 'fr-FR' })
    await page.goto(`/projects/${projectId}`)
    await page
      .getByRole('navigation', { name: 'Navigation du projet' })
      .getByRole('link', { name: 'Paramètres' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Paramètres du projet' }).waitFor()
    await page.getByRole('button', { name: 'Créer une clé' }).click()
    await page.getByText('elle ne sera plus jamais affichée').waitFor()
    await page.getByRole('heading', { name: 'Envoyer des événements' }).waitFor()
    expect(app.pageErrors).toEqual([])
  })
})
