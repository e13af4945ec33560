import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

// `parcours serve --demo` (what `npm start` runs) as a real process on real DuckDB files.

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'packages', 'cli', 'bin', 'parcours.js')
const folder = mkdtempSync(join(tmpdir(), 'parcours-demo-serve-'))
const running: ChildProcess[] = []
afterAll(() => {
  for (const child of running) stop(child)
  rmSync(folder, { recursive: true, force: true })
})

function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
    process.kill(-child.pid, 'SIGTERM')
}

/** Starts `parcours serve` with these flags and resolves with its URL and everything it printed until then. */
function serve(...args: string[]): Promise<{ url: string; output: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /running at (http:\/\/[^\s]+)/.exec(output)
      if (match?.[1] !== undefined) resolve({ url: match[1], output, child })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`parcours serve exited with ${code} before serving:\n${output}`)))
  })
}

async function stopped(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  stop(child)
  await exited
}

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
    await stopped(child)

    // The next start finds the project: nothing is loaded again.
    const again = await serve('--demo', '--db', db)
    expect(again.output).not.toContain('loading the demo')
    expect(await projectIds(again.url)).toEqual(['maison-lumiere'])
    await stopped(again.child)
  })

  it('leaves a database that already has a project as it is', async () => {
    const db = join(folder, 'mine.duckdb')
    await promisify(execFile)(process.execPath, [bin, 'project', 'create', 'Boutique Été', '--db', db])
    const { url, output, child } = await serve('--demo', '--db', db)
    expect(output).not.toContain('loading the demo')
    expect(output).not.toContain("The demo's measured map")
    expect(await projectIds(url)).toEqual(['boutique-ete'])
    await stopped(child)
  })

  it('loads nothing with --no-demo given after --demo (npm start -- --no-demo)', async () => {
    const { url, output, child } = await serve('--demo', '--db', join(folder, 'bare.duckdb'), '--no-demo')
    expect(output).not.toContain('loading the demo')
    expect(await projectIds(url)).toEqual([])
    await stopped(child)
  })
})
