// What the benchmarks share: the machine they ran on, and waiting for it to be idle.

import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BENCH_DIR = resolve(fileURLToPath(import.meta.url), '..')
export const ROOT = resolve(BENCH_DIR, '..')
export const DATA = join(BENCH_DIR, 'data')

/** The machine and the code measured (uncommitted files in packages/ are counted, not hidden). */
export function describeMachine() {
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' })
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    commit: git('rev-parse', '--short', 'HEAD').trim(),
    uncommittedPackageFiles: git('status', '--short', 'packages').split('\n').filter(Boolean).length,
    duckdbNodeApi: JSON.parse(readFileSync(join(ROOT, 'node_modules/@duckdb/node-api/package.json'), 'utf8')).version,
  }
}

/** The share of CPU time spent busy over `ms` (from /proc/stat), 0..1. */
async function cpuBusy(ms) {
  const sample = () => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    return { idle: fields[3] + (fields[4] ?? 0), total: fields.reduce((a, b) => a + b, 0) }
  }
  const a = sample()
  await new Promise((r) => setTimeout(r, ms))
  const b = sample()
  return 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total)
}

/**
 * Waits until the machine is idle, since other processes would skew the figures on 2 cores: busy
 * under 10 % over 2 s, for at most `maxSeconds`. Returns the last busy share measured (0..1).
 */
export async function waitForIdle(maxSeconds) {
  const until = performance.now() + maxSeconds * 1000
  let busy = await cpuBusy(2000)
  while (busy > 0.1 && performance.now() < until) {
    process.stdout.write(`   (waiting: the CPUs are ${(busy * 100).toFixed(0)} % busy)\n`)
    await new Promise((r) => setTimeout(r, 5000))
    busy = await cpuBusy(2000)
  }
  return Math.round(busy * 100) / 100
}

/** `--name value` pairs; a flag without a value is `true`. */
export function parseFlags(argv) {
  const flags = {}
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '')
    const value = argv[i + 1]
    if (value === undefined || value.startsWith('--')) flags[name] = true
    else {
      flags[name] = value
      i++
    }
  }
  return flags
}
