import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { validate } from '@readme/openapi-parser'
import { afterAll, describe, expect, it } from 'vitest'
import { createProcessGroup, REPO_ROOT } from './start-parcours-process.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-start-'))
const processes = createProcessGroup()
afterAll(() => {
  processes.stopAll()
  rmSync(folder, { recursive: true, force: true })
})

describe('the README quick start', () => {
  it('npm start loads the demo into a fresh database, serves a valid OpenAPI 3 document and the web page', async () => {
    const { url } = await processes.start('npm', ['start', '--', '--port', '0', '--db', join(folder, 'start.duckdb')])
    const projects = (await (await fetch(`${url}/api/projects`)).json()) as { items: { id: string }[] }
    expect(projects.items.map((item) => item.id)).toEqual(['maison-lumiere'])
    const maps = (await (await fetch(`${url}/api/projects/maison-lumiere/maps`)).json()) as { items: { id: string }[] }
    expect(maps.items.map((item) => item.id)).toEqual(['parcours-client'])
    const openapi = await (await fetch(`${url}/api/openapi.json`)).json()
    expect(openapi.openapi).toMatch(/^3\./)
    const result = await validate(structuredClone(openapi))
    expect(result.valid ? [] : result.errors).toEqual([])
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        '/api/templates',
        '/api/projects',
        '/api/projects/{projectId}/maps/{id}/commands',
        '/api/projects/{projectId}/maps/{id}/versions/{version}/restore',
      ]),
    )
    const page = await fetch(`${url}/`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<div id="root"></div>')
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect(script).toBeDefined()
    expect((await fetch(`${url}${script}`)).status).toBe(200)
  }, 300_000) // a whole build (tsc and Vite) then the demo's load, on a shared machine

  it('npx parcours works after the set-up', async () => {
    const { stdout } = await promisify(execFile)('npx', ['parcours', 'templates', '--format', 'json'], {
      cwd: REPO_ROOT,
    })
    expect((JSON.parse(stdout) as unknown[]).length).toBe(13)
  })
})
