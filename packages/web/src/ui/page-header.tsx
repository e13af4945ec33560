import { type ReactNode, useEffect } from 'react'
import './ui.css'

export interface PageHeaderProps {
  /** The page's h1. */
  readonly title: ReactNode
  readonly subtitle?: ReactNode
  /** Buttons at the right of the title. */
  readonly actions?: ReactNode
  /** A small line above the title (the project name, a back link). */
  readonly eyebrow?: ReactNode
  /** The browser tab's title (" · Parcours" is added); by default the title when it is plain text. */
  readonly documentTitle?: string
}

/** The top of every page: its title (the only h1), a subtitle and its main actions. */
export function PageHeader({ title, subtitle, actions, eyebrow, documentTitle }: PageHeaderProps) {
  const tabTitle = documentTitle ?? (typeof title === 'string' ? title : undefined)
  useEffect(() => {
    if (tabTitle !== undefined) document.title = `${tabTitle} · Parcours`
  }, [tabTitle])
  return (
    <header className="ui-page-header">
      <div className="ui-page-header__text">
        {eyebrow === undefined ? null : <div className="ui-page-header__eyebrow">{eyebrow}</div>}
        <h1 className="ui-page-header__title">{title}</h1>
        {subtitle === undefined ? null : <p className="ui-page-header__subtitle">{subtitle}</p>}
      </div>
      {actions === undefined ? null : <div className="ui-page-header__actions">{actions}</div>}
    </header>
  )
}
