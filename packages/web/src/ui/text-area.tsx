import { type ReactNode, type TextareaHTMLAttributes, useId } from 'react'
import { describedBy, Field } from './field.js'

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  readonly label: ReactNode
  readonly hint?: ReactNode
  readonly error?: ReactNode
  readonly id?: string
}

/** A labelled multi-line input, with an optional hint and error. */
export function TextArea({ label, hint, error, id, required, rows = 3, className, ...rest }: TextAreaProps) {
  const generated = useId()
  const inputId = id ?? generated
  return (
    <Field id={inputId} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={inputId}
        rows={rows}
        className={className === undefined ? 'ui-input ui-textarea' : `ui-input ui-textarea ${className}`}
        required={required}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(inputId, hint, error)}
        {...rest}
      />
    </Field>
  )
}
