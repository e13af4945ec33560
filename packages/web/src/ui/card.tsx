import type { HTMLAttributes, ReactNode } from 'react'
import './ui.css'

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The card's heading; when set the card is an `<article>` named by it. */
  readonly title?: ReactNode
  /** The heading level of the title (3 by default: cards sit under a page's h1 and a section's h2). */
  readonly level?: 2 | 3 | 4
  /** Small actions shown at the card's top right. */
  readonly actions?: ReactNode
  /** Lines under the body (meta data, buttons). */
  readonly footer?: ReactNode
  readonly interactive?: boolean
}

/** A bordered surface grouping related content. */
export function Card({ title, level = 3, actions, footer, interactive, className, children, ...rest }: CardProps) {
  const Heading = `h${level}` as const
  const classes = ['ui-card']
  if (interactive === true) classes.push('ui-card--interactive')
  if (className !== undefined) classes.push(className)
  return (
    <article className={classes.join(' ')} {...rest}>
      {title === undefined && actions === undefined ? null : (
        <header className="ui-card__header">
          {title === undefined ? null : <Heading className="ui-card__title">{title}</Heading>}
          {actions === undefined ? null : <div className="ui-card__actions">{actions}</div>}
        </header>
      )}
      {children === undefined ? null : <div className="ui-card__body">{children}</div>}
      {footer === undefined ? null : <footer className="ui-card__footer">{footer}</footer>}
    </article>
  )
}
