import type { DocumentProblem } from '../shared/problems.js'
import { err, ok, type Result } from '../shared/result.js'
import { JOURNEY_MAP_SCHEMA_VERSION } from './journey-map.schema.js'

type JsonObject = Record<string, unknown>

/** Upgrades a document from schema version `n` to `n + 1`. */
export type Migration = (document: JsonObject) => JsonObject

/**
 * The map format's migrations, keyed by the version they upgrade from. Version 1 is the first
 * published format, so the list is empty today; a change of format adds its step here, with a test.
 */
export const MAP_MIGRATIONS: Readonly<Record<number, Migration>> = {}

/**
 * Brings a stored or imported map document up to the current schema version, one step at a time.
 * Documents from a newer Parcours, or with no usable `schemaVersion`, are refused with a clear problem.
 */
export function migrateMap(
  input: unknown,
  migrations: Readonly<Record<number, Migration>> = MAP_MIGRATIONS,
  target: number = JOURNEY_MAP_SCHEMA_VERSION,
): Result<unknown, DocumentProblem[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([{ path: '$', message: 'a journey map is a JSON object' }])
  }
  let document = input as JsonObject
  const version = document.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err([{ path: 'schemaVersion', message: `expected a schema version from 1 to ${target}` }])
  }
  if (version > target) {
    return err([
      {
        path: 'schemaVersion',
        message: `version ${version} is newer than this Parcours reads (${target}): upgrade Parcours`,
      },
    ])
  }
  for (let from = version; from < target; from++) {
    const step = migrations[from]
    if (step === undefined) {
      return err([{ path: 'schemaVersion', message: `no migration from version ${from} to ${from + 1}` }])
    }
    document = { ...step(document), schemaVersion: from + 1 }
  }
  return ok(document)
}
