import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const packagesDir = join(root, 'packages')

/** Which workspace packages each package may depend on: dependencies point inward, to core. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  ingest: ['core'],
  'storage-duckdb': ['core'],
  'storage-clickhouse': ['core'],
  server: ['core', 'storage-duckdb', 'storage-clickhouse', 'ingest'],
  cli: ['core', 'storage-duckdb', 'storage-clickhouse', 'server', 'ingest'],
  web: ['core'],
}

/** What core's source may import besides its own files. */
const CORE_EXTERNALS = ['zod', 'vitest', 'fast-check']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((match) => match[1] as string)
}

/** The imports in `files` that break `isAllowed`, as `file: specifier`. */
function forbiddenImports(files: readonly string[], isAllowed: (specifier: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((specifier) => !isAllowed(specifier))
      .map((specifier) => `${file.slice(root.length)}: ${specifier}`),
  )
}

describe('the dependency rule', () => {
  const packages = readdirSync(packagesDir).filter((name) => statSync(join(packagesDir, name)).isDirectory())

  it('knows every package in packages/', () => {
    expect(packages.sort()).toEqual(Object.keys(ALLOWED).sort())
  })

  for (const name of packages) {
    it(`lets ${name} depend only on ${ALLOWED[name]?.join(', ') || 'no other package'}`, () => {
      const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'))
      const deps = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies })
      const internal = deps.filter((dep) => dep.startsWith('@parcours/')).map((dep) => dep.slice('@parcours/'.length))
      expect(internal.filter((dep) => !ALLOWED[name]?.includes(dep))).toEqual([])
      const sourceImports = forbiddenImports(sourceFiles(join(packagesDir, name, 'src')), (specifier) => {
        if (!specifier.startsWith('@parcours/')) return true
        return ALLOWED[name]?.includes(specifier.slice('@parcours/'.length).split('/')[0] ?? '') ?? false
      })
      expect(sourceImports).toEqual([])
    })
  }

  it('keeps core pure: only zod (and test tools in tests), no Node built-ins, no DB, HTTP or React', () => {
    const manifest = JSON.parse(readFileSync(join(packagesDir, 'core', 'package.json'), 'utf8'))
    expect(Object.keys(manifest.dependencies)).toEqual(['zod'])
    const files = sourceFiles(join(packagesDir, 'core', 'src'))
    const isAllowed = (specifier: string) =>
      specifier.startsWith('.') || CORE_EXTERNALS.some((name) => specifier === name || specifier.startsWith(`${name}/`))
    expect(forbiddenImports(files, isAllowed)).toEqual([])
  })

  it('catches a forbidden import (the check itself can fail)', () => {
    const probe = join(root, 'tests', 'architecture.fixture.ts')
    expect(forbiddenImports([probe], (specifier) => specifier.startsWith('.'))).toEqual([
      'tests/architecture.fixture.ts: node:fs',
      'tests/architecture.fixture.ts: hono',
    ])
  })
})
