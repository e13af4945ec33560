import type { ReactNode } from 'react'

/**
 * A scrollable region (a wide or long table) that keyboard users can focus to scroll with the
 * arrow keys; its label names it for screen readers.
 */
export function ScrollRegion({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="import-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  )
}
