import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeTabSeparated, tabSeparatedBody, tabSeparatedValues, unescapeTabSeparated } from './tab-separated.js'

describe('reading TabSeparated output', () => {
  it.each([
    ['plain', 'plain'],
    ["l\\'été", "l'été"],
    ['a\\tb\\nc\\\\d', 'a\tb\nc\\d'],
    ['\\0\\b\\f\\r\\a\\v\\e', '\0\b\f\r\x07\v\x1B'],
    ['\\\\n stays a backslash then n', '\\n stays a backslash then n'],
    ['ends with a lone backslash\\', 'ends with a lone backslash\\'],
  ])('unescapes %j', (field, value) => {
    expect(unescapeTabSeparated(field)).toBe(value)
  })

  it('splits rows across pieces cut anywhere, and groups them by size', async () => {
    async function* pieces() {
      yield 'a\nb'
      yield 'c\\'
      yield 'n\nd\n'
      yield 'e\n'
    }
    const groups: string[][] = []
    for await (const group of tabSeparatedValues(pieces(), 2)) groups.push(group)
    expect(groups).toEqual([
      ['a', 'bc\n'],
      ['d', 'e'],
    ])
  })
})

describe('writing TabSeparated input', () => {
  it('escapes every field so that it reads back as itself', () => {
    const hostile = fc.string({ unit: fc.constantFrom('a', '\\', '\t', '\n', '\r', '\0', "'", 'N', 'é', '😀') })
    fc.assert(
      fc.property(hostile, (text) => {
        const field = escapeTabSeparated(text)
        expect(field).not.toMatch(/[\t\n]/)
        expect(unescapeTabSeparated(field)).toBe(text)
      }),
      { numRuns: 500 },
    )
  })

  it('writes rows as lines of tab-separated fields, numbers as they are, size lines per piece', () => {
    const pieces = [
      ...tabSeparatedBody(
        [
          ['a\tb', 1],
          ['c\\', 2],
          ['d', 3],
        ],
        2,
      ),
    ]
    expect(pieces).toEqual(['a\\tb\t1\nc\\\\\t2\n', 'd\t3\n'])
  })
})
