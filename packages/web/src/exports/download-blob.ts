/**
 * Saves a Blob as a file in the browser's downloads (a temporary object URL on a clicked link,
 * revoked afterwards).
 *
 * @example downloadBlob(new Blob(['a,b\r\n'], { type: 'text/csv' }), 'funnel.csv')
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the URL; give the browser a moment before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * A file name safe on every system, from free text (a map title): accents removed, lower case,
 * anything but letters, digits, dots and dashes turned into dashes, at most 80 characters, then the
 * extension. Falls back to `fallback` when nothing is left.
 *
 * @example safeFileName('Parcours en 3 phases & 9 étapes', 'pdf') // "parcours-en-3-phases-9-etapes.pdf"
 */
export function safeFileName(text: string, extension: string, fallback = 'export'): string {
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/g, '')
  return `${base === '' ? fallback : base}.${extension}`
}
