import { describe, expect, it } from 'vitest'
import {
  quoteIdentifier,
  quoteInteger,
  quoteNullableString,
  quoteString,
  quoteStringArray,
  quoteStringTuple,
} from './escape-sql.js'

describe('quoteString', () => {
  it.each([
    ['', "''"],
    ['plain', "'plain'"],
    ["l'été", "'l\\'été'"],
    ['back\\slash', "'back\\\\slash'"],
    ['\\', "'\\\\'"],
    ["\\'", "'\\\\\\''"],
    ['a\nb\r\tc', "'a\\x0Ab\\x0D\\x09c'"],
    ['nul\u0000', "'nul\\x00'"],
    ['\u007f\u001f', "'\\x7F\\x1F'"],
    ['😀 東京', "'😀 東京'"],
    ["'; DROP TABLE events; --", "'\\'; DROP TABLE events; --'"],
  ])('writes %j as %s', (value, literal) => {
    expect(quoteString(value)).toBe(literal)
  })

  it('leaves no quote unescaped and no control character in the literal', () => {
    for (let code = 0; code < 0x2000; code++) {
      const literal = quoteString(`a${String.fromCharCode(code)}b`)
      const inside = literal.slice(1, -1).replace(/\\\\|\\'/g, '')
      const unsafe = [...inside].filter((c) => c === "'" || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
      expect(unsafe).toEqual([])
    }
  })
})

describe('the other literals', () => {
  it.each([
    [quoteNullableString(null), 'NULL'],
    [quoteNullableString("o'k"), "'o\\'k'"],
    [quoteInteger(-5), '-5'],
    [quoteInteger(Number.MAX_SAFE_INTEGER), '9007199254740991'],
    [quoteIdentifier('events'), '`events`'],
    [quoteIdentifier('we`ird\\'), '`we\\`ird\\\\`'],
    [quoteIdentifier('a\nb'), '`a\\x0Ab`'],
    [quoteStringArray([]), '[]'],
    [quoteStringArray(['a', "b'"]), "['a', 'b\\'']"],
    [quoteStringTuple(['a', 'b']), "('a', 'b')"],
  ])('writes %s', (actual, expected) => {
    expect(actual).toBe(expected)
  })

  it.each([Number.NaN, 1.5, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 53)])('refuses %s as an integer', (value) => {
    expect(() => quoteInteger(value)).toThrow(RangeError)
  })

  it('refuses an empty IN list', () => {
    expect(() => quoteStringTuple([])).toThrow(RangeError)
  })
})
