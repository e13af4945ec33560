import { type DocumentProblem, problemsFromZod } from '../shared/problems.js'
import { err, ok, type Result } from '../shared/result.js'
import { checkMapIntegrity } from './check-map-integrity.js'
import { type JourneyMap, JourneyMapShape } from './journey-map.schema.js'
import { migrateMap } from './migrate-map.js'

/**
 * The complete journey-map schema: the shape plus its integrity rules (unique ids, references
 * that resolve, values inside their scales). Use it where maps enter: HTTP bodies, files.
 */
export const JourneyMapSchema = JourneyMapShape.superRefine((map, context) => {
  for (const problem of checkMapIntegrity(map)) {
    context.addIssue({ code: 'custom', message: problem.message, path: pathKeys(problem.path) })
  }
})

/**
 * Reads a journey map from untrusted JSON: migrates it to the current schema version, checks its
 * shape and its integrity. Every problem comes back with the JSON path it is about.
 */
export function parseJourneyMap(input: unknown): Result<JourneyMap, DocumentProblem[]> {
  const migrated = migrateMap(input)
  if (!migrated.ok) return migrated
  const parsed = JourneyMapSchema.safeParse(migrated.value)
  return parsed.success ? ok(parsed.data) : err(problemsFromZod(parsed.error))
}

/** `cells[3].stageId` → `['cells', 3, 'stageId']`, so integrity problems become zod issues with real paths. */
function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = []
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) keys.push(Number(match[2]))
    else if (match[1] !== undefined && match[1] !== '$') keys.push(match[1])
  }
  return keys
}
