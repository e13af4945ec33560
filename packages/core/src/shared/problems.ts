import type { z } from 'zod'

/** One problem in a document, located by its JSON path (`cells[3].stageId`). */
export interface DocumentProblem {
  readonly path: string
  readonly message: string
}

/** `['cells', 3, 'stageId']` → `cells[3].stageId`; the root is `$`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '$' : out
}

/** zod's issues as problems with a path and a message a person can act on. */
export function problemsFromZod(error: z.ZodError): DocumentProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
}
