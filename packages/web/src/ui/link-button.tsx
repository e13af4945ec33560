import type { ReactNode } from 'react'
import { Link, type LinkProps } from 'react-router'
import type { ButtonVariant } from './button.js'
import './ui.css'

export interface LinkButtonProps extends LinkProps {
  readonly variant?: ButtonVariant
  readonly size?: 'small' | 'medium'
  readonly icon?: ReactNode
}

/** A navigation link that looks like a Button (it is still a link: it opens a page). */
export function LinkButton({
  variant = 'secondary',
  size = 'medium',
  icon,
  className,
  children,
  ...rest
}: LinkButtonProps) {
  const classes = ['ui-button', `ui-button--${variant}`, `ui-button--${size}`]
  if (className !== undefined) classes.push(className)
  return (
    <Link className={classes.join(' ')} {...rest}>
      {icon === undefined ? null : (
        <span className="ui-button__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </Link>
  )
}
