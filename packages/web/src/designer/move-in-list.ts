/** The position an item goes to when moved by `delta` places, or undefined when it cannot move. */
export function shiftedIndex(ids: readonly string[], id: string, delta: number): number | undefined {
  const from = ids.indexOf(id)
  const to = from + delta
  return from === -1 || to < 0 || to >= ids.length ? undefined : to
}

/** Focuses the element marked `data-focus-key={key}` once React has drawn the moved item. */
export function focusLater(key: string): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)
    element?.focus()
  })
}
