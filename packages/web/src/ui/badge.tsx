import type { ReactNode } from 'react'
import './ui.css'

export type BadgeTone = 'neutral' | 'info' | 'positive' | 'negative' | 'warning'

/** A short label (a status, a count, a kind); its colour is never the only meaning. */
export function Badge({ tone = 'neutral', children }: { readonly tone?: BadgeTone; readonly children: ReactNode }) {
  return <span className={`ui-badge ui-badge--${tone}`}>{children}</span>
}
