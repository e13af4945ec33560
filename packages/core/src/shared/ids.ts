import { z } from 'zod'

/** Ids of everything inside a document: short, URL-safe, readable (`awareness`, `tp-newsletter`). */
export const LocalId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,63}$/,
    'an id is 1–64 characters: a–z, 0–9, "-" and "_", starting with a letter or digit',
  )

/** Turns a human name into an id candidate: `Prise de conscience` → `prise-de-conscience`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '')
  return slug === '' ? 'item' : slug
}

/** The first of `base`, `base-2`, `base-3`… that is not in `taken`. Deterministic, so commands stay pure. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/** A calendar date `YYYY-MM-DD` (review dates, evidence dates). */
export const IsoDate = z.iso.date()

/** Ids of stored documents (projects, personas, maps): readable and URL-safe. */
export const DocumentId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/, 'an id is 1–128 characters: letters, digits, "-" and "_"')
