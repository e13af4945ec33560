import { z } from '@hono/zod-openapi'
import {
  assertNever,
  type DocumentProblem,
  type DocumentStoreError,
  describeMapCommandError,
  type IdentityError,
  type MapCommandError,
} from '@parcours/core'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** An RFC 9457 problem: what went wrong, with a stable `code` and, for bad input, every problem by path. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    currentVersion: z.number().int().optional(),
    current: z.unknown().optional(),
  })
  .openapi('Problem')
export type Problem = z.infer<typeof ProblemSchema>

/** Thrown by route handlers for expected failures; `app.onError` turns it into problem+json. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail)
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable command',
  428: 'Precondition required',
  500: 'Internal server error',
}

export function problem(
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  extra: Partial<Pick<Problem, 'errors' | 'currentVersion' | 'current'>> = {},
): ProblemError {
  return new ProblemError({
    type: `https://parcours.dev/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  })
}

export function invalidRequest(where: string, errors: readonly DocumentProblem[]): ProblemError {
  const first = errors[0]
  const detail = first === undefined ? `invalid ${where}` : `invalid ${where}: ${first.path}: ${first.message}`
  return problem(400, 'invalid-request', errors.length > 1 ? `${detail} (and ${errors.length - 1} more)` : detail, {
    errors: [...errors],
  })
}

/** The one place where store errors become HTTP statuses. */
export function storeProblem(error: DocumentStoreError, current?: unknown): ProblemError {
  switch (error.code) {
    case 'not-found':
      return problem(
        404,
        'not-found',
        error.version === undefined
          ? `no ${error.kind} "${error.id}"`
          : `no version ${error.version} of ${error.kind} "${error.id}"`,
      )
    case 'already-exists':
      return problem(409, 'already-exists', `a ${error.kind} with id "${error.id}" already exists`)
    case 'not-empty':
      return problem(409, 'not-empty', `${error.kind} "${error.id}" still holds personas or maps: delete them first`)
    case 'conflict':
      return problem(
        409,
        'conflict',
        `${error.kind} "${error.id}" was changed by someone else: you sent version ${error.expectedVersion}, the current one is ${error.currentVersion}`,
        { currentVersion: error.currentVersion, ...(current === undefined ? {} : { current }) },
      )
    default:
      return assertNever(error)
  }
}

export function commandProblem(error: MapCommandError): ProblemError {
  const extra = error.code === 'invalid-map' ? { errors: [...error.problems] } : {}
  return problem(422, `command-${error.code}`, describeMapCommandError(error), extra)
}

/** Identity errors (customers, unmerge) as HTTP problems. */
export function identityProblem(error: IdentityError): ProblemError {
  switch (error.code) {
    case 'customer-not-found':
      return problem(404, 'customer-not-found', `no customer "${error.customerId}"`)
    case 'merge-not-found':
      return problem(404, 'merge-not-found', `customer "${error.customerId}" has no merge ${error.mergeVersion}`)
    case 'nothing-to-unmerge':
      return problem(409, 'nothing-to-unmerge', `customer "${error.customerId}" has no merge to undo`)
    default:
      return assertNever(error)
  }
}
