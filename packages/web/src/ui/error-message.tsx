import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/http.js'
import { Button } from './button.js'
import './ui.css'

/** An error put in words: a headline, the server's explanation and, for invalid input, each field's problem. */
export interface ErrorDescription {
  readonly headline: string
  readonly detail?: string
  readonly fields: readonly { readonly field: string; readonly message: string }[]
}

/** True when the browser could not reach the server at all (fetch rejects with a TypeError). */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError
}

/** Turns any thrown value into words a user understands, in the current language. */
export function describeError(error: unknown, t: TFunction<'shell'>): ErrorDescription {
  if (isNetworkFailure(error)) return { headline: t('ui.error.network'), detail: t('ui.error.networkHint'), fields: [] }
  if (error instanceof ApiError) {
    const key = headlineKey(error.status)
    const problem = error.problem
    const detail = problem?.detail ?? problem?.title
    return {
      headline: t(key),
      ...(detail === undefined ? {} : { detail }),
      fields: (problem?.errors ?? []).map((item) => ({
        field: item.path === undefined || item.path === '' ? t('ui.error.wholeDocument') : readablePath(item.path),
        message: readableMessage(item.message, t),
      })),
    }
  }
  if (error instanceof Error) return { headline: t('ui.error.unexpected'), detail: error.message, fields: [] }
  return { headline: t('ui.error.unexpected'), detail: String(error), fields: [] }
}

function headlineKey(status: number) {
  if (status === 400) return 'ui.error.invalid' as const
  if (status === 404) return 'ui.error.notFound' as const
  if (status === 409) return 'ui.error.conflict' as const
  if (status === 422) return 'ui.error.refused' as const
  if (status === 428) return 'ui.error.versionRequired' as const
  if (status >= 500) return 'ui.error.server' as const
  return 'ui.error.unexpected' as const
}

/** Validation messages the user meets most often, in plain words; others as the server wrote them. */
function readableMessage(message: string, t: TFunction<'shell'>): string {
  if (/^Too small: expected string to have >=1 character/.test(message)) return t('ui.error.empty')
  if (/^Invalid input: expected \w+, received undefined/.test(message)) return t('ui.error.missing')
  return message
}

/** `demographics.ageRange` → `demographics › age range`; `sections[0].title` → `sections › 1 › title`. */
function readablePath(path: string): string {
  return path
    .split(/[./[\]]/)
    .filter((part) => part !== '')
    .map((part) =>
      /^\d+$/.test(part) ? String(Number(part) + 1) : part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(),
    )
    .join(' › ')
}

export interface ErrorMessageProps {
  readonly error: unknown
  /** Says what failed ("The maps could not be loaded"); the error's own headline follows. */
  readonly title?: ReactNode
  /** Shows a "Try again" button. */
  readonly onRetry?: () => void
}

/**
 * An error shown as an alert: an ApiError gives its problem's detail and per-field errors; a
 * network failure says the server cannot be reached; anything else its message.
 */
export function ErrorMessage({ error, title, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation('shell')
  const described = describeError(error, t)
  return (
    <div role="alert" className="ui-error">
      <p className="ui-error__headline">{title === undefined ? described.headline : title}</p>
      {title === undefined ? null : <p className="ui-error__detail">{described.headline}</p>}
      {described.detail === undefined || described.fields.length > 0 ? null : (
        <p className="ui-error__detail">{described.detail}</p>
      )}
      {described.fields.length === 0 ? null : (
        <ul className="ui-error__fields">
          {described.fields.map((item) => (
            <li key={`${item.field}:${item.message}`}>
              <strong>{item.field}</strong> — {item.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry === undefined ? null : (
        <Button size="small" onClick={onRetry}>
          {t('ui.retry')}
        </Button>
      )}
    </div>
  )
}
