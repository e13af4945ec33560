import type { TFunction } from 'i18next'
import { ApiError } from '../api/http.js'
import type { ImportStatus } from '../api/import.js'

/** The upload limit the server documents (200 MB). */
export const UPLOAD_LIMIT_MB = 200

/** An import problem in the user's words: what happened, the server's detail, and the mapping field at fault. */
export interface ImportProblem {
  readonly message: string
  readonly detail?: string
  /** The mapping field to fix (`activity`, `timestampFormat`…), when one is at fault. */
  readonly field?: string
}

const KNOWN = new Set([
  'unknown-format',
  'file-too-large',
  'empty-file',
  'unreadable-file',
  'undetected-timestamp-format',
  'unknown-column',
  'no-mapping',
  'conflicting-column',
  'unknown-timezone',
  'invalid-timestamp-format',
  'import-not-found',
])

function describeCode(
  code: string | undefined,
  detail: string | undefined,
  line: number | undefined,
  path: string | undefined,
  t: TFunction<'import'>,
): ImportProblem {
  const field = path?.startsWith('mapping.') === true ? path.slice('mapping.'.length) : undefined
  const message =
    (code === 'unreadable-file' || code === 'import-failed') && line !== undefined
      ? t('problem.unreadable-file-line', { line })
      : code !== undefined && KNOWN.has(code)
        ? t(`problem.${code}` as 'problem.other', { limit: UPLOAD_LIMIT_MB })
        : t('problem.other')
  return {
    message,
    ...(detail === undefined || detail === '' ? {} : { detail }),
    ...(field === undefined ? {} : { field }),
  }
}

/** A failed request (upload, start) in words; a network failure says the server does not answer. */
export function describeRequestError(error: unknown, t: TFunction<'import'>): ImportProblem {
  if (error instanceof TypeError) return { message: t('problem.network') }
  if (error instanceof ApiError) {
    const problem = error.problem as (ApiError['problem'] & { readonly code?: string }) | undefined
    const path = problem?.errors?.[0]?.path
    const line = /^body\.line\.(\d+)$/.exec(path ?? '')?.[1]
    const code = error.status === 413 ? 'file-too-large' : problem?.code
    return describeCode(code, problem?.detail, line === undefined ? undefined : Number(line), path, t)
  }
  return { message: t('problem.other'), detail: error instanceof Error ? error.message : String(error) }
}

/** A failed import (state `failed`) in words. */
export function describeFailure(failure: NonNullable<ImportStatus['failure']>, t: TFunction<'import'>): ImportProblem {
  return describeCode(failure.code, failure.message, failure.line, failure.field, t)
}
