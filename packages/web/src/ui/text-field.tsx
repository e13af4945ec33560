import { type InputHTMLAttributes, type ReactNode, useId } from 'react'
import { describedBy, Field } from './field.js'

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  readonly label: ReactNode
  readonly hint?: ReactNode
  /** A message saying what is wrong with the value; marks the field invalid. */
  readonly error?: ReactNode
  readonly id?: string
}

/** A labelled one-line input, with an optional hint and error. */
export function TextField({ label, hint, error, id, required, className, ...rest }: TextFieldProps) {
  const generated = useId()
  const inputId = id ?? generated
  return (
    <Field id={inputId} label={label} hint={hint} error={error} required={required}>
      <input
        id={inputId}
        className={className === undefined ? 'ui-input' : `ui-input ${className}`}
        required={required}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(inputId, hint, error)}
        {...rest}
      />
    </Field>
  )
}
