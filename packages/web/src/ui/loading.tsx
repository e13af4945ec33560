import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './ui.css'

/** A spinner with words (announced politely to screen readers); "Loading…" by default. */
export function Loading({ children, inline }: { readonly children?: ReactNode; readonly inline?: boolean }) {
  const { t } = useTranslation('shell')
  return (
    <div role="status" className={inline === true ? 'ui-loading ui-loading--inline' : 'ui-loading'}>
      <span className="ui-loading__spinner" aria-hidden="true" />
      <span>{children ?? t('ui.loading')}</span>
    </div>
  )
}
