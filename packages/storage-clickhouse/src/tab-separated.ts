/**
 * ClickHouse's `TabSeparated` format: one row per line, fields split by tabs, and inside a field
 * `\` escapes (`\t`, `\n`, `\\`, `\'`, `\0`…), `\N` being NULL. Read where a result is too large
 * to parse as JSON rows (a project's message ids); written for large inserts (the identity map),
 * which ClickHouse parses far faster than `VALUES`.
 */

const ESCAPED: Readonly<Record<string, string>> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  0: '\0',
  a: '\x07',
  v: '\v',
  e: '\x1B',
}

/**
 * One `TabSeparated` field as the string it holds: an escaped letter of ClickHouse's list is its
 * control character, any other escaped character is itself.
 *
 * @example unescapeTabSeparated("l\\'été\\n\\\\") // → "l'été\n\\"
 */
export function unescapeTabSeparated(field: string): string {
  const first = field.indexOf('\\')
  if (first === -1) return field
  let text = field.slice(0, first)
  for (let i = first; i < field.length; i++) {
    const character = field[i] as string
    if (character !== '\\' || i + 1 >= field.length) {
      text += character
      continue
    }
    const next = field[++i] as string
    text += ESCAPED[next] ?? next
  }
  return text
}

/**
 * The one-column rows of a `TabSeparated` response as it arrives (pieces cut anywhere), unescaped,
 * `size` at a time.
 *
 * @example for await (const ids of tabSeparatedValues(connection.stream(sql), 10_000)) …
 */
export async function* tabSeparatedValues(pieces: AsyncIterable<string>, size: number): AsyncGenerator<string[]> {
  let rest = ''
  let values: string[] = []
  for await (const piece of pieces) {
    const lines = (rest + piece).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) {
      values.push(unescapeTabSeparated(line))
      if (values.length >= size) {
        yield values
        values = []
      }
    }
  }
  if (rest !== '') values.push(unescapeTabSeparated(rest))
  if (values.length > 0) yield values
}

/** The characters a field escapes when written (the backslash itself, tab, newline, CR, NUL). */
const TO_ESCAPE = /[\\\t\n\r\0]/g
const ESCAPES_OUT: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\0': '\\0',
}

/**
 * One field as `TabSeparated` writes it: reads back as exactly `text` (`unescapeTabSeparated`).
 *
 * @example escapeTabSeparated('a\tb\\') // → 'a\\tb\\\\'
 */
export function escapeTabSeparated(text: string): string {
  return text.replace(TO_ESCAPE, (character) => ESCAPES_OUT[character] ?? character)
}

/**
 * The body of an `INSERT … FORMAT TabSeparated`: each row a line of escaped fields (numbers as
 * they are), `size` lines per piece, made as the body is read.
 *
 * @example connection.insert('INSERT INTO t FORMAT TabSeparated', tabSeparatedBody(rows()))
 */
export function* tabSeparatedBody(rows: Iterable<readonly (string | number)[]>, size = 10_000): Generator<string> {
  let lines: string[] = []
  for (const row of rows) {
    lines.push(row.map((field) => (typeof field === 'number' ? String(field) : escapeTabSeparated(field))).join('\t'))
    if (lines.length === size) {
      yield `${lines.join('\n')}\n`
      lines = []
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`
}
