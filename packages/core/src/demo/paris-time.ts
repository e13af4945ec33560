/**
 * Time in Europe/Paris without a time-zone database: the EU rule (summer time from the last Sunday
 * of March, 01:00 UTC, to the last Sunday of October, 01:00 UTC) gives the offset, +01:00 or +02:00.
 */

/** One hour, in milliseconds. */
export const HOUR_MS = 3_600_000
/** One day, in milliseconds. */
export const DAY_MS = 24 * HOUR_MS

function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1)
}

/**
 * The Paris offset from UTC, in milliseconds, at a UTC instant (epoch ms).
 *
 * @example parisOffset(Date.parse('2026-07-01T12:00:00Z')) // 7_200_000 (summer time)
 */
export function parisOffset(utc: number): number {
  const year = new Date(utc).getUTCFullYear()
  return utc >= lastSundayUtc(year, 2) && utc < lastSundayUtc(year, 9) ? 2 * HOUR_MS : HOUR_MS
}

/**
 * An instant as ISO 8601 with milliseconds and the Paris offset.
 *
 * @example formatParis(Date.parse('2026-03-14T17:02:11.204Z')) // '2026-03-14T18:02:11.204+01:00'
 */
export function formatParis(utc: number): string {
  const offset = parisOffset(utc)
  return `${new Date(utc + offset).toISOString().slice(0, 23)}${offset === HOUR_MS ? '+01:00' : '+02:00'}`
}

/** Epoch ms of a Paris wall-clock time on a date (`year`, `month` 1–12, `day`, `hour`). */
export function parisTime(year: number, month: number, day: number, hour = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour)
  return guess - parisOffset(guess - HOUR_MS)
}
