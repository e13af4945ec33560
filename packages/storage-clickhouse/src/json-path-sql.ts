import { quoteString, type SqlText } from './escape-sql.js'

/**
 * Reading one value at a path (`traits.email`, `context.traits.email`) out of the JSON text of an
 * event column, inside ClickHouse, exactly. ClickHouse 18.16 has no JSON parser (`JSONExtract*`
 * came later) and its `visitParamExtract*` take the first `"key":` anywhere in the text, nested or
 * not. So the value is cut out by a regular expression (RE2: no backtracking, linear time) that
 * walks the object's top-level members as JSON's grammar writes them — strings with their escapes,
 * scalars, and objects or arrays nested at most {@link JSON_PATH_NESTING} deep — and captures the
 * raw JSON text of the value at the path. The grammar is unambiguous, so a match is the value at
 * the path; no match says only "not found this way": the caller then reads that row's text and
 * parses it (the column text is `JSON.stringify` output: compact, no duplicate keys).
 */

/** How deep a member's value may nest objects and arrays for the pattern to step over it. */
export const JSON_PATH_NESTING = 3

const STRING = '"(?:[^"\\\\]|\\\\.)*"'
/** Numbers, true, false, null. */
const SCALAR = '[-+.0-9A-Za-z]+'

/** A JSON value nested at most `depth` deep, as a pattern without capturing groups. */
function valuePattern(depth: number): string {
  if (depth === 0) return `(?:${STRING}|${SCALAR})`
  const inner = valuePattern(depth - 1)
  const member = `${STRING}:${inner}`
  return `(?:${STRING}|${SCALAR}|\\{(?:${member}(?:,${member})*)?\\}|\\[(?:${inner}(?:,${inner})*)?\\])`
}

const ANY_MEMBER = `${STRING}:${valuePattern(JSON_PATH_NESTING)}`

/** A key as it is written in the JSON text (`JSON.stringify`), as a pattern matching exactly that text. */
const keyPattern = (key: string) => JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The pattern whose only capturing group is the raw JSON text of the value at `keys` inside a
 * JSON object's compact text. It is valid for both RE2 (ClickHouse) and JavaScript's RegExp.
 *
 * @example new RegExp(jsonPathPattern(['traits', 'email'])).exec('{"a":[1],"traits":{"email":"x@y.z"}}')?.[1] // → '"x@y.z"'
 */
export function jsonPathPattern(keys: readonly string[]): string {
  const steps = keys.map((key) => `\\{(?:${ANY_MEMBER},)*${keyPattern(key)}:`).join('')
  return `^${steps}(${valuePattern(JSON_PATH_NESTING)})`
}

/**
 * SQL answering the raw JSON text of the value at `keys` in the JSON column `column`, or `''`
 * when the pattern does not reach it (see {@link jsonPathPattern}).
 *
 * @example jsonPathValueSql('traits', ['email']) // → "extract(traits, '^\\\\{(?:…)*\"email\":(…)')"
 */
export function jsonPathValueSql(column: SqlText, keys: readonly string[]): SqlText {
  return `extract(${column}, ${quoteString(jsonPathPattern(keys))})`
}

/**
 * SQL telling whether the JSON text of `column` writes every key of `keys` as a key somewhere
 * (`"key":`): when it does not, nothing is at the path.
 *
 * @example jsonKeysMentionedSql('traits', ['email']) // → "position(traits, '\"email\":') > 0"
 */
export function jsonKeysMentionedSql(column: SqlText, keys: readonly string[]): SqlText {
  return keys.map((key) => `position(${column}, ${quoteString(`${JSON.stringify(key)}:`)}) > 0`).join(' AND ')
}
