import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_MAP_ID, DEMO_PROJECT, generateDemoEvents } from '@parcours/core'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { afterAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../cli-io.js'
import { runCli } from '../run-cli.js'
import type { DemoLoadSummary } from './demo-command.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-cli-demo-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
const db = join(folder, 'demo.duckdb')

/** Runs the CLI in-process on the test's database, as a user would. */
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
    env: {},
    cwd: folder,
  }
  const code = await runCli(['node', 'parcours', ...args, '--db', db], io)
  return { code, stdout, stderr }
}

async function demo(...args: string[]): Promise<DemoLoadSummary> {
  const result = await parcours('demo', '--format', 'json', ...args)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as DemoLoadSummary
}

/** What the store holds for the demo project: documents, versions and events. */
async function stored() {
  const store = await createDuckDbStore({ path: db })
  try {
    const projectId = DEMO_PROJECT.id
    const map = await store.documents.get({ kind: 'map', projectId, id: DEMO_MAP_ID })
    return {
      projects: (await store.documents.list('project')).map((doc) => doc.id),
      personas: (await store.documents.list('persona', projectId)).map((doc) => doc.id).sort(),
      map: map.ok ? { version: map.value.version, personaIds: map.value.body.personaIds } : null,
      events: (await store.events.stats(projectId, { classifier: 'name' })).events,
      activeKeys: (await store.writeKeys.list(projectId)).filter((key) => key.revokedAt === null).length,
    }
  } finally {
    await store.close()
  }
}

/** A KPI of the measured map, as `--format json` writes it. */
interface MeasuredKpi {
  readonly kpiId: string
  readonly value: { readonly value: number | null; readonly sampleSize: number } | null
}

const DEMO_EVENTS = 50_034
const PERSONAS = ['bernard-habitue-magasin', 'camille-connectee', 'five-stages-nadia']

describe('parcours demo', () => {
  it('loads the project, its map, three personas, a write key and every event into a fresh database', async () => {
    expect(generateDemoEvents().length).toBe(DEMO_EVENTS)
    const summary = await demo()
    expect(summary).toMatchObject({
      status: 'loaded',
      projectId: 'maison-lumiere',
      projectName: 'Maison Lumière',
      mapId: 'parcours-client',
      events: { generated: DEMO_EVENTS, inserted: DEMO_EVENTS, duplicates: 0 },
      storedEvents: DEMO_EVENTS,
      customers: 5582,
    })
    expect(summary.writeKey).toMatch(/\S{20,}/)
    expect(await stored()).toEqual({
      projects: ['maison-lumiere'],
      personas: PERSONAS,
      map: { version: 1, personaIds: ['five-stages-nadia', 'camille-connectee', 'bernard-habitue-magasin'] },
      events: DEMO_EVENTS,
      activeKeys: 1,
    })
  })

  it('skips a second run politely and stores nothing twice', async () => {
    const again = await parcours('demo')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('is already in')
    expect(again.stdout).toContain('Nothing loaded')
    expect(again.stdout).toContain('--force')
    expect(await stored()).toMatchObject({ events: DEMO_EVENTS, map: { version: 1 }, activeKeys: 1 })
  })

  it('with --force rewrites the map and personas, and keeps every event once', async () => {
    const summary = await demo('--force')
    expect(summary).toMatchObject({
      status: 'loaded',
      events: { generated: DEMO_EVENTS, inserted: 0, duplicates: DEMO_EVENTS },
      storedEvents: DEMO_EVENTS,
      writeKey: null,
    })
    expect(await stored()).toMatchObject({
      events: DEMO_EVENTS,
      map: { version: 2 },
      personas: PERSONAS,
      activeKeys: 1,
    })
  })

  it('prints what it loaded and what to run next', async () => {
    const fresh = join(folder, 'table.duckdb')
    let stdout = ''
    const io: CliIo = {
      stdout: (text) => {
        stdout += text
      },
      stderr: () => {},
      env: {},
      cwd: folder,
    }
    expect(await runCli(['node', 'parcours', 'demo', '--db', fresh], io)).toBe(0)
    expect(stdout).toContain('Loaded the demo "Maison Lumière"')
    expect(stdout).toContain('50,034 stored')
    expect(stdout).toContain('customers 5,582 after identity stitching')
    expect(stdout).toContain('parcours analyze measure --map parcours-client --project maison-lumiere')
  })

  it('gives the map a measured overlay: reach on every stage, conversions and survey KPIs (fixed seed)', async () => {
    const result = await parcours('analyze', 'measure', '--map', DEMO_MAP_ID, '--format', 'json')
    expect(result.stderr).toBe('')
    const measured = JSON.parse(result.stdout) as {
      cases: number
      casesOnMap: number
      stages: {
        stageId: string
        reach: number
        conversionFromPrevious: number | null
        touchpoints: { touchpointId: string; isBound: boolean; reach: number | null; kpis: MeasuredKpi[] }[]
        kpis: MeasuredKpi[]
      }[]
    }
    expect(measured.cases).toBe(5582)
    expect(measured.casesOnMap).toBe(5031)
    expect(measured.stages.map((stage) => [stage.stageId, stage.reach])).toEqual([
      ['awareness', 3451],
      ['consideration', 3016],
      ['decision', 1557],
      ['purchase', 1552],
      ['loyalty', 703],
    ])
    const bound = measured.stages.flatMap((stage) => stage.touchpoints.filter((touchpoint) => touchpoint.isBound))
    expect(bound.length).toBe(18)
    expect(bound.filter((touchpoint) => (touchpoint.reach ?? 0) === 0)).toEqual([])
    const kpis = Object.fromEntries(
      measured.stages.flatMap((stage) =>
        [...stage.kpis, ...stage.touchpoints.flatMap((touchpoint) => touchpoint.kpis)].map((kpi) => [
          kpi.kpiId,
          kpi.value === null ? null : [Number(kpi.value.value?.toFixed(1)), kpi.value.sampleSize],
        ]),
      ),
    )
    expect(kpis).toMatchObject({
      'kpi-conversion-rate': [66.2, 1528],
      'kpi-ces': [5.4, 265],
      'kpi-csat': [77.9, 136],
      'kpi-nps': [14.3, 287],
    })
  })
})
