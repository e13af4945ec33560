import type { ReactNode } from 'react'
import './ui.css'

export interface EmptyStateProps {
  readonly title: ReactNode
  readonly description?: ReactNode
  /** What to do next (usually one primary Button). */
  readonly action?: ReactNode
  readonly icon?: ReactNode
  /** The title's heading level: 2 inside a page, 1 when the empty state is the page. */
  readonly level?: 1 | 2 | 3
}

/** What a list or page shows when there is nothing yet, and how to start. */
export function EmptyState({ title, description, action, icon, level = 2 }: EmptyStateProps) {
  const Heading = `h${level}` as const
  return (
    <section className="ui-empty">
      {icon === undefined ? null : (
        <div className="ui-empty__icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <Heading className="ui-empty__title">{title}</Heading>
      {description === undefined ? null : <p className="ui-empty__description">{description}</p>}
      {action === undefined ? null : <div className="ui-empty__action">{action}</div>}
    </section>
  )
}
