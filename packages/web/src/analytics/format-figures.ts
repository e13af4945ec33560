/** Figures as a reader of the chosen language expects them (Intl), never as raw JavaScript numbers. */

/** A whole or decimal number in the language's digits and separators: `1 234,5` in French. */
export function formatNumber(value: number, language: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value)
}

/**
 * A share given as a fraction (0–1) as a percentage: `formatShare(0.6667, 'fr')` → `66,7 %`.
 * Null (no sample) reads as an em dash.
 */
export function formatShare(fraction: number | null, language: string, fractionDigits = 1): string {
  if (fraction === null || Number.isNaN(fraction)) return '—'
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(fraction)
}

/** A percentage given in percent (0–100), as the variant tables give coverage: `33.33` → `33,3 %`. */
export function formatPercent(percent: number, language: string, fractionDigits = 1): string {
  return formatShare(percent / 100, language, fractionDigits)
}

const UNITS: readonly { readonly unit: 'day' | 'hour' | 'minute' | 'second'; readonly ms: number }[] = [
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
  { unit: 'second', ms: 1000 },
]

/**
 * A duration in milliseconds in the largest unit that reads well, with at most one decimal:
 * `formatDuration(5_400_000, 'en')` → `1.5 hr`; under a second in milliseconds.
 * Null reads as an em dash.
 */
export function formatDuration(ms: number | null | undefined, language: string): string {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return '—'
  const size = Math.abs(ms)
  const unit = UNITS.find((candidate) => size >= candidate.ms) ?? UNITS[UNITS.length - 1]
  if (unit === undefined) return String(ms)
  if (size < 1000 && size > 0) return new Intl.NumberFormat(language, { style: 'unit', unit: 'millisecond' }).format(ms)
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: unit.unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(ms / unit.ms)
}

/** An ISO 8601 instant as a date and time of the language (`22 nov. 2026, 09:30`). */
export function formatInstant(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}
