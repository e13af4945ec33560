import { type ReactNode, type SelectHTMLAttributes, useId } from 'react'
import { describedBy, Field } from './field.js'

export interface SelectOption {
  readonly value: string
  readonly label: string
  readonly disabled?: boolean
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  readonly label: ReactNode
  readonly options: readonly SelectOption[]
  readonly hint?: ReactNode
  readonly error?: ReactNode
  readonly id?: string
  /** Hide the label visually (it stays the accessible name), for compact toolbars. */
  readonly hideLabel?: boolean
}

/** A labelled native select (keyboard and screen-reader behaviour come from the browser). */
export function Select({ label, options, hint, error, id, required, hideLabel, className, ...rest }: SelectProps) {
  const generated = useId()
  const selectId = id ?? generated
  const control = (
    <select
      id={selectId}
      className={className === undefined ? 'ui-input ui-select' : `ui-input ui-select ${className}`}
      required={required}
      aria-invalid={error === undefined ? undefined : true}
      aria-describedby={describedBy(selectId, hint, error)}
      {...rest}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
    </select>
  )
  if (hideLabel === true) {
    return (
      <span className="ui-select-compact">
        <label htmlFor={selectId} className="ui-visually-hidden">
          {label}
        </label>
        {control}
      </span>
    )
  }
  return (
    <Field id={selectId} label={label} hint={hint} error={error} required={required}>
      {control}
    </Field>
  )
}
