/**
 * Literals and identifiers written into ClickHouse SQL on the client. ClickHouse 18.16 has no
 * server-side query parameters, so every value a query carries goes through one of these; nothing
 * else may put a caller's value into SQL text.
 *
 * Strings are single-quoted with backslash escapes, the form every ClickHouse version reads in SQL
 * and in `VALUES`: `\` and `'` are escaped, and every control character (U+0000–U+001F, U+007F)
 * is written `\xHH`, so a literal is one line of printable text that ends only at its closing quote.
 * Other characters, unicode included, are sent as they are (UTF-8).
 */

/** A piece of SQL text produced by this module. */
export type SqlText = string

/**
 * A string as a ClickHouse string literal that reads back as exactly this string.
 *
 * @example
 * quoteString("l'été\n") // → "'l\\'été\\x0A'"
 */
export function quoteString(value: string): SqlText {
  return `'${escapeText(value, "'")}'`
}

/** The characters {@link escapeText} replaces, for either quote: most values hold none (checked by one regex scan). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const NEEDS_ESCAPE = /[\\'`\x00-\x1F\x7F]/

/** `value` with `\`, the quote and every control character escaped. */
function escapeText(value: string, quote: "'" | '`'): string {
  if (!NEEDS_ESCAPE.test(value)) return value
  let escaped = ''
  let start = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const character = value[i] as string
    let replacement: string | undefined
    if (character === '\\' || character === quote) replacement = `\\${character}`
    else if (code < 0x20 || code === 0x7f) replacement = `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    if (replacement === undefined) continue
    escaped += value.slice(start, i) + replacement
    start = i + 1
  }
  return start === 0 ? value : escaped + value.slice(start)
}

/** A string or null as a `Nullable(String)` literal. @example quoteNullableString(null) // → 'NULL' */
export function quoteNullableString(value: string | null): SqlText {
  return value === null ? 'NULL' : quoteString(value)
}

/**
 * An integer as a SQL literal; throws a RangeError for anything that is not a safe integer (NaN,
 * fractions, ±Infinity, beyond 2^53), so no number can carry SQL or lose precision silently.
 *
 * @example quoteInteger(-5) // → '-5'
 */
export function quoteInteger(value: number): SqlText {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${String(value)}`)
  return String(value)
}

/**
 * An identifier (database, table, column, cluster) in backquotes, with `\` and backquotes escaped,
 * so any name stays one identifier.
 *
 * @example quoteIdentifier('events') // → '`events`'
 */
export function quoteIdentifier(name: string): SqlText {
  return `\`${escapeText(name, '`')}\``
}

/**
 * A list of strings as an `Array(String)` literal, also usable after `IN`: `['a', 'b']`.
 *
 * @example quoteStringArray(['a', "b'"]) // → "['a', 'b\\'']"
 */
export function quoteStringArray(values: readonly string[]): SqlText {
  return `[${values.map(quoteString).join(', ')}]`
}

/**
 * A non-empty list of strings as a tuple for `x IN (…)`; throws a RangeError for an empty list,
 * as `IN ()` is not valid SQL (callers write a condition that is false instead).
 *
 * @example quoteStringTuple(['a', 'b']) // → "('a', 'b')"
 */
export function quoteStringTuple(values: readonly string[]): SqlText {
  if (values.length === 0) throw new RangeError('an IN list needs at least one value')
  return `(${values.map(quoteString).join(', ')})`
}
