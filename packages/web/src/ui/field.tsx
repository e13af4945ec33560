import type { ReactNode } from 'react'
import './ui.css'

export interface FieldProps {
  readonly id: string
  readonly label: ReactNode
  readonly hint?: ReactNode | undefined
  readonly error?: ReactNode | undefined
  readonly required?: boolean | undefined
  readonly children: ReactNode
}

/** The frame shared by TextField, TextArea and Select: label above, hint and error below. */
export function Field({ id, label, hint, error, required, children }: FieldProps) {
  return (
    <div className={error === undefined ? 'ui-field' : 'ui-field ui-field--invalid'}>
      <label className="ui-field__label" htmlFor={id}>
        {label}
        {required === true ? (
          <span className="ui-field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint === undefined ? null : (
        <p className="ui-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p className="ui-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** The `aria-describedby` of a control: its hint and its error, when present. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint === undefined ? '' : `${id}-hint`, error === undefined ? '' : `${id}-error`].filter(Boolean)
  return ids.length === 0 ? undefined : ids.join(' ')
}
