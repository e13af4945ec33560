import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from './cli-io.js'
import { runCli } from './run-cli.js'

/**
 * The bupaR `patients` fixture imported from its CSV (case = patient, lifecycle = status), analysed
 * by the CLI, against edeaR's expected figures (shared/data/bupar-patients-fixture/SOURCE.md).
 */
const FIXTURE = new URL('../../../../shared/data/bupar-patients-fixture/patients.csv', import.meta.url).pathname
const folder = mkdtempSync(join(tmpdir(), 'parcours-patients-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

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
    env: { PARCOURS_DB: join(folder, 'patients.duckdb') },
    cwd: folder,
  }
  const code = await runCli(['node', 'parcours', ...args], io)
  return { code, stdout, stderr }
}

async function json<T>(...args: string[]): Promise<T> {
  const result = await parcours(...args, '--format', 'json')
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as T
}

interface Performance {
  cases: number
  throughputTime: { mean: number }
  processingTime: { mean: number }
  perCase: { caseId: string; throughputTime: number; processingTime: number }[]
}

const MINUTE = 60_000
/**
 * edeaR's figures are in minutes, printed to 5 or 6 decimals; ours are in ms. Compared within 1e-6
 * minute, or half the last printed digit when it is coarser (1819.16667 stands for 1819.1666…).
 */
function expectMinutes(ms: number, printed: string): void {
  const decimals = printed.split('.')[1]?.length ?? 0
  const tolerance = Math.max(1e-6, 0.5 * 10 ** -decimals)
  expect(Math.abs(ms / MINUTE - Number(printed))).toBeLessThanOrEqual(tolerance)
}

describe('the bupaR patients fixture imported from CSV with its lifecycle column (edeaR figures)', () => {
  beforeAll(async () => {
    const imported = await parcours(
      'import',
      FIXTURE,
      '--case-id',
      'patient',
      '--activity',
      'activity',
      '--timestamp',
      'timestamp',
      '--lifecycle-column',
      'status',
      '--summary',
      'json',
    )
    expect(imported.stderr).toBe('')
    expect(JSON.parse(imported.stdout)).toMatchObject({ read: 21, imported: 21, rejected: 0 })
  })

  it('gives edeaR’s throughput time: log mean 1103.916667 min; per case 1819.16667, 1492.58333, 0', async () => {
    const performance = await json<Performance>(
      'analyze',
      'performance',
      '--instance',
      'properties.activity_instance',
      '--case',
      'patient',
    )
    expect(performance.cases).toBe(3)
    expectMinutes(performance.throughputTime.mean, '1103.916667')
    const byCase = Object.fromEntries(performance.perCase.map((row) => [row.caseId, row]))
    expectMinutes(byCase['John Doe']?.throughputTime ?? Number.NaN, '1819.16667')
    expectMinutes(byCase['Jane Doe']?.throughputTime ?? Number.NaN, '1492.58333')
    expectMinutes(byCase['George Doe']?.throughputTime ?? Number.NaN, '0')
  })

  it('gives edeaR’s processing time: log mean 58.277778 min; per case 108.516667, 66.316667, 0', async () => {
    // The default case notion (one case per customer: the case id is the user id) gives the same.
    const performance = await json<Performance>('analyze', 'performance', '--instance', 'properties.activity_instance')
    expectMinutes(performance.processingTime.mean, '58.277778')
    const perCase = performance.perCase.map((row) => row.processingTime).toSorted((a, b) => b - a)
    expect(perCase).toHaveLength(3)
    for (const [index, minutes] of ['108.516667', '66.316667', '0'].entries()) {
      expectMinutes(perCase[index] ?? Number.NaN, minutes)
    }
  })

  it('keeps only the complete events with --lifecycle complete: one per activity instance, 12 in all', async () => {
    const variants = await json<{ totalCases: number; rows: { sequence: string[] }[] }>(
      'analyze',
      'variants',
      '--lifecycle',
      'complete',
      '--case',
      'patient',
    )
    expect(variants.rows.map((row) => row.sequence).toSorted((a, b) => b.length - a.length)).toEqual([
      ['check-in', 'surgery', 'treatment', 'surgery', 'surgery', 'check-out'],
      ['check-in', 'surgery', 'treatment', 'treatment', 'check-out'],
      ['register'],
    ])
    const all = await json<{ rows: { sequence: string[] }[] }>('analyze', 'variants', '--case', 'patient')
    expect(all.rows.reduce((sum, row) => sum + row.sequence.length, 0)).toBe(21)
  })

  it('counts 9 activities by name + lifecycle', async () => {
    expect(await json<{ activities: number }>('stats', '--classifier', 'name+lifecycle')).toMatchObject({
      activities: 9,
    })
  })
})
