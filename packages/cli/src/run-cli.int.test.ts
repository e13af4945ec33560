import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type JourneyMap, TEMPLATES } from '@parcours/core'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { CliIo } from './cli-io.js'
import { runCli } from './run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-cli-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

let dbCounter = 0
let db: string
beforeEach(() => {
  db = join(folder, `db-${dbCounter++}.duckdb`)
})

/** Runs the CLI in-process with a fresh database per test; returns its exit code and output. */
async function parcours(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    env: { PARCOURS_DB: db },
    cwd: folder,
  }
  const code = await runCli(['node', 'parcours', ...args], io)
  return { code, stdout, stderr }
}

describe('parcours templates', () => {
  it('lists the 13 template ids with French and English titles as JSON', async () => {
    const { code, stdout } = await parcours('templates', '--format', 'json')
    expect(code).toBe(0)
    const items = JSON.parse(stdout) as { id: string; title: { fr: string; en: string } }[]
    expect(items.map((item) => item.id).sort()).toEqual(
      [
        'five-stages',
        'advocacy',
        'nine-steps',
        'service-blueprint',
        'day-in-the-life',
        'future-state',
        'yoga-ecommerce',
        'retail-store',
        'travel-agency',
        'bank',
        'saas-onboarding',
        'customer-support',
        'b2b',
      ].sort(),
    )
    for (const item of items) expect(item.title.fr).not.toBe(item.title.en)
  })

  it('prints a table by default and refuses an unknown format', async () => {
    expect((await parcours('templates')).stdout).toContain('nine-steps')
    const bad = await parcours('templates', '--format', 'xml')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('unknown format "xml"')
  })
})

describe('parcours map new and validate', () => {
  for (const template of TEMPLATES) {
    for (const lang of ['fr', 'en']) {
      it(`creates a valid ${template.id} map in ${lang}`, async () => {
        const out = `${template.id}-${lang}.json`
        expect((await parcours('map', 'new', '--template', template.id, '--lang', lang, '--out', out)).code).toBe(0)
        const validated = await parcours('map', 'validate', out)
        expect(validated.stderr).toBe('')
        expect(validated.code).toBe(0)
        expect((JSON.parse(readFileSync(join(folder, out), 'utf8')) as JourneyMap).locale).toBe(lang)
      })
    }
  }

  it('fails validation of a map whose cells point at a removed stage, naming the broken path', async () => {
    await parcours('map', 'new', '--template', 'five-stages', '--lang', 'fr', '--out', 'broken.json')
    const map = JSON.parse(readFileSync(join(folder, 'broken.json'), 'utf8')) as JourneyMap
    const removed = map.stages[1]?.id
    const firstCell = map.cells.findIndex((cell) => cell.stageId === removed)
    expect(firstCell).toBeGreaterThanOrEqual(0)
    writeFileSync(
      join(folder, 'broken.json'),
      JSON.stringify({ ...map, stages: map.stages.filter((s) => s.id !== removed) }),
    )
    const result = await parcours('map', 'validate', 'broken.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`broken.json: cells[${firstCell}].stageId: unknown stage "${removed}"`)
  })

  it('lists the valid template ids when the template is unknown', async () => {
    const result = await parcours('map', 'new', '--template', 'poster')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown template "poster"; valid ids: five-stages, advocacy, nine-steps')
  })

  it('says which file is not JSON', async () => {
    writeFileSync(join(folder, 'not-json.json'), '{ "title": ')
    const result = await parcours('map', 'validate', 'not-json.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^parcours: not-json\.json: not valid JSON/)
  })

  it('refuses a map from a newer Parcours', async () => {
    writeFileSync(join(folder, 'future.json'), JSON.stringify({ schemaVersion: 99 }))
    const result = await parcours('map', 'validate', 'future.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('schemaVersion: version 99 is newer than this Parcours reads')
  })
})

describe('parcours map import, list, show, export, versions and restore', () => {
  it('imports a map into the default project with its template personas, and lists it', async () => {
    await parcours('map', 'new', '--template', 'yoga-ecommerce', '--lang', 'en', '--out', 'yoga.json')
    const imported = await parcours('map', 'import', 'yoga.json')
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain('imported map "yoga-ecommerce-en" into project "default" (version 1)')
    expect(imported.stdout).toMatch(/added persona "yoga-/)
    expect(imported.stderr).toBe('')
    const listed = JSON.parse((await parcours('map', 'list', '--format', 'json')).stdout) as {
      id: string
      version: number
    }[]
    expect(listed.map((row) => [row.id, row.version])).toEqual([['yoga-ecommerce-en', 1]])
    const again = await parcours('map', 'import', 'yoga.json')
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already exists (choose another with --id)')
    expect((await parcours('map', 'import', 'yoga.json', '--id', 'yoga-copy')).code).toBe(0)
  })

  it('exports a map as JSON equal to the import, as CSV with a column per stage, and as Markdown', async () => {
    await parcours('map', 'new', '--template', 'nine-steps', '--lang', 'fr', '--out', 'nine.json')
    await parcours('map', 'import', 'nine.json')
    const original = JSON.parse(readFileSync(join(folder, 'nine.json'), 'utf8')) as JourneyMap
    const json = await parcours('map', 'export', original.id, '--format', 'json')
    expect(JSON.parse(json.stdout)).toEqual(original)
    const csv = await parcours('map', 'export', original.id, '--format', 'csv')
    const header = csv.stdout.split('\n')[0] ?? ''
    for (const stage of original.stages) expect(header).toContain(stage.name)
    const md = await parcours('map', 'export', original.id, '--format', 'md', '--out', 'nine.md')
    expect(md.code).toBe(0)
    const markdown = readFileSync(join(folder, 'nine.md'), 'utf8')
    expect(markdown.startsWith(`# ${original.title}`)).toBe(true)
    for (const stage of original.stages) expect(markdown).toContain(stage.name)
  })

  it('restores an old version as a new version', async () => {
    await parcours('map', 'new', '--template', 'bank', '--lang', 'fr', '--out', 'bank.json')
    await parcours('map', 'import', 'bank.json')
    const versions = await parcours('map', 'versions', 'bank-fr', '--format', 'json')
    expect(JSON.parse(versions.stdout)).toHaveLength(1)
    const restored = await parcours('map', 'restore', 'bank-fr', '1')
    expect(restored.stdout).toContain('restored version 1 of map "bank-fr" as version 2')
    const shown = await parcours('map', 'show', 'bank-fr')
    expect(shown.stdout).toContain('version 2')
    const missing = await parcours('map', 'restore', 'bank-fr', '7')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no version 7 of map "bank-fr"')
  })

  it('says so when the map or the project does not exist', async () => {
    expect((await parcours('map', 'show', 'ghost')).stderr).toContain('no map "ghost"')
    expect((await parcours('map', 'list', '--project', 'ghost')).stderr).toContain('no project "ghost"')
  })
})

describe('parcours help and version', () => {
  it('prints the version and help for every command', async () => {
    for (const args of [['--version'], ['map', '--version'], ['map', 'export', '--version'], ['templates', '-v']]) {
      expect((await parcours(...args)).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    }
    for (const args of [['--help'], ['map', '--help'], ['map', 'export', '--help'], ['serve', '--help']]) {
      const result = await parcours(...args)
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('Usage:')
    }
  })

  it('exits 2 on an unknown command', async () => {
    const result = await parcours('mapp')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("unknown command 'mapp'")
  })
})
