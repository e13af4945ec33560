import type { ButtonHTMLAttributes, ReactNode } from 'react'
import './ui.css'

/** How strongly a button asks to be pressed. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: ButtonVariant
  readonly size?: 'small' | 'medium'
  /** An icon drawn before the text (decorative: hidden from assistive technology). */
  readonly icon?: ReactNode
  /** When set, the button shows only its icon and this text is its accessible name. */
  readonly iconOnlyLabel?: string
}

/**
 * The one button of the app. Defaults to `type="button"` so it never submits a form by accident.
 * An icon-only button needs `iconOnlyLabel`, read by screen readers and shown as a tooltip.
 */
export function Button({
  variant = 'secondary',
  size = 'medium',
  icon,
  iconOnlyLabel,
  className,
  children,
  type = 'button',
  ...rest
}: ButtonProps) {
  const classes = ['ui-button', `ui-button--${variant}`, `ui-button--${size}`]
  if (iconOnlyLabel !== undefined) classes.push('ui-button--icon-only')
  if (className !== undefined) classes.push(className)
  return (
    <button
      type={type}
      className={classes.join(' ')}
      {...(iconOnlyLabel === undefined ? {} : { 'aria-label': iconOnlyLabel, title: iconOnlyLabel })}
      {...rest}
    >
      {icon === undefined ? null : (
        <span className="ui-button__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {iconOnlyLabel === undefined ? children : null}
    </button>
  )
}
