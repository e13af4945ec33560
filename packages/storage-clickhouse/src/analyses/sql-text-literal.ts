/**
 * The analyses' one place for putting values into ClickHouse SQL (18.16 has no server-side query
 * parameters, so values are escaped on the client). Kept in this single file so that the store's
 * shared escaping module can replace it by changing the imports only.
 */

/** The escape sequences ClickHouse reads back inside a quoted string literal. */
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\0': '\\0',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
}

/**
 * A ClickHouse string literal that reads back as exactly `text`: the quote and the backslash are
 * escaped, and so is every control character (U+0000–U+001F, U+007F), so the query stays one
 * printable line whatever the value. The text goes over HTTP as UTF-8: a lone surrogate (not
 * Unicode text) is refused with a RangeError rather than silently replaced.
 *
 * @example sqlText("it's") // "'it\\'s'"
 */
export function sqlText(text: string): string {
  if (!isSendableText(text)) throw new RangeError('a text with a lone surrogate cannot be sent as UTF-8')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped here
  const escaped = text.replace(/[\\'\u0000-\u001f\u007f]/g, (character) => {
    const known = ESCAPES[character]
    if (known !== undefined) return known
    return `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`
  })
  return `'${escaped}'`
}

/**
 * Whether a text can be sent to ClickHouse as UTF-8 (`sqlText`): not when it holds a lone
 * surrogate. The engine leaves a request naming such a text to the journey log, which answers it.
 *
 * @example isSendableText('😀') // true
 * @example isSendableText('\uD800') // false
 */
export function isSendableText(text: string): boolean {
  // With the u flag a surrogate pair is one code point: only a lone surrogate matches.
  return !/[\uD800-\uDFFF]/u.test(text)
}

/**
 * A ClickHouse Array(String) of texts, `['a', 'b']`; `emptyArrayString()` when there are none
 * (a bare `[]` is Array(Nothing), which `has` refuses).
 *
 * @example sqlTextArray(['A', "B'"]) // "['A', 'B\\'']"
 */
export function sqlTextArray(texts: readonly string[]): string {
  return texts.length === 0 ? 'emptyArrayString()' : `[${texts.map(sqlText).join(', ')}]`
}

/**
 * A table name checked to be a plain identifier or `database.table` (letters, digits, `_`), so it
 * can be written into a query as is; throws a RangeError otherwise (a table name is configuration,
 * never user input).
 *
 * @example tableIdentifier('default.journey') // 'default.journey'
 */
export function tableIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(name))
    throw new RangeError(`not a plain table name: ${JSON.stringify(name)}`)
  return name
}
