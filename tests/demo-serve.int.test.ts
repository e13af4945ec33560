import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { createProcessGroup, PARCOURS_BIN } from './start-parcours-process.js'

// `parcours serve --demo` (what `npm start` runs) as a real process on real DuckDB files.

const folder = mkdtempSync(join(tmpdir(), 'parcours-demo-serve-'))
const processes = createProcessGroup()
afterAll(() => {
  processes.stopAll()
  rmSync(folder, { recursive: true, force: true })
})

/** Starts `parcours serve` with these flags and resolves with its URL and everything it printed until then. */
const serve = (...args: string[]) => processes.start(process.execPath, [PARCOURS_BIN, 'serve', '--port', '0', ...args])

const projectIds = async (url: string) =>
  ((await (await fetch(`${url}/api/projects`)).json()) as { items: { id: string }[] }).items.map((item) => item.id)

describe('parcours serve --demo', () => {
  it('loads the demo into an empty database, says so, and serves its project, map and measured overlay', async () => {
    const db = join(folder, 'empty.duckdb')
    const { url, output, child } = await serve('--demo', '--db', db)
    expect(output).toContain('has no project yet: loading the demo (Maison Lumière) first')
    expect(output).toContain('50,034 stored')
    expect(output).toContain(`The demo's measured map: ${url}/projects/maison-lumiere/maps/parcours-client/measure`)
    expect(await projectIds(url)).toEqual(['maison-lumiere'])
    const maps = (await (await fetch(`${url}/api/projects/maison-lumiere/maps`)).json()) as {
      items: { id: string; document: { title: string; personaIds: string[] } }[]
    }
    expect(maps.items.map((item) => [item.id, item.document.title, item.document.personaIds.length])).toEqual([
      ['parcours-client', 'Parcours client Maison Lumière', 3],
    ])
    const measured = await fetch(`${url}/api/projects/maison-lumiere/analyses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ analysis: 'measure', mapId: 'parcours-client' }),
    })
    expect(measured.status).toBe(200)
    const { result } = (await measured.json()) as { result: { stages: { reach: number }[] } }
    expect(result.stages.map((stage) => stage.reach)).toEqual([3451, 3016, 1557, 1552, 703])
    await processes.stop(child)

    // The next start finds the project: nothing is loaded again.
    const again = await serve('--demo', '--db', db)
    expect(again.output).not.toContain('loading the demo')
    expect(await projectIds(again.url)).toEqual(['maison-lumiere'])
    await processes.stop(again.child)
  })

  it('leaves a database that already has a project as it is', async () => {
    const db = join(folder, 'mine.duckdb')
    await promisify(execFile)(process.execPath, [PARCOURS_BIN, 'project', 'create', 'Boutique Été', '--db', db])
    const { url, output, child } = await serve('--demo', '--db', db)
    expect(output).not.toContain('loading the demo')
    expect(output).not.toContain("The demo's measured map")
    expect(await projectIds(url)).toEqual(['boutique-ete'])
    await processes.stop(child)
  })

  it('loads nothing with --no-demo given after --demo (npm start -- --no-demo)', async () => {
    const { url, output, child } = await serve('--demo', '--db', join(folder, 'bare.duckdb'), '--no-demo')
    expect(output).not.toContain('loading the demo')
    expect(await projectIds(url)).toEqual([])
    await processes.stop(child)
  })
})
