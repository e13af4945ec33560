/**
 * `xs:dateTime` as XES writes it: `2011-10-01T00:38:44.546+02:00`. The offset is optional (then
 * the time is read as UTC, as pm4py and OpenXES do); fractional seconds may have any number of
 * digits; a date alone (`2011-10-01`) is midnight UTC. Offsets may be written without the colon.
 */
const DATE_TIME =
  /^\s*(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$/i

/** Epoch milliseconds of an XES date, or undefined when it is not a valid date-time. */
export function parseXesDate(text: string): number | undefined {
  const match = DATE_TIME.exec(text)
  if (match === null) return undefined
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fractionText, zone] = match
  const year = Number(yearText)
  const month = Number(monthText)
  const day = Number(dayText)
  const hour = Number(hourText ?? 0)
  const minute = Number(minuteText ?? 0)
  const second = Number(secondText ?? 0)
  // Milliseconds: the first three digits of the fraction (finer digits are cut, as Date.parse does).
  const millisecond = fractionText === undefined ? 0 : Number(fractionText.slice(0, 3).padEnd(3, '0'))
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  const isEndOfDay = hour === 24 && minute === 0 && second === 0 && millisecond === 0
  if ((hour > 23 && !isEndOfDay) || minute > 59 || second > 59) return undefined
  const offsetMinutes = zone === undefined ? 0 : parseOffset(zone)
  if (offsetMinutes === undefined) return undefined

  const date = new Date(0)
  // setUTCFullYear, not Date.UTC: Date.UTC maps the years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, millisecond)
  const epochMs = date.getTime() - offsetMinutes * 60_000
  return Number.isFinite(epochMs) ? epochMs : undefined
}

/** Minutes east of UTC of `Z`, `+02:00`, `+0200` or `+02`. */
function parseOffset(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = Number(digits.slice(2) || 0)
  if (hours > 14 || minutes > 59) return undefined
  return sign * (hours * 60 + minutes)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
