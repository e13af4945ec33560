import { readPath } from '@parcours/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JSON_PATH_NESTING, jsonKeysMentionedSql, jsonPathPattern, jsonPathValueSql } from './json-path-sql.js'

/** Keys that a careless pattern would confuse: regex characters, quotes, escapes, the path's own keys. */
const KEYS = ['email', 'traits', 'a.b', 'x"y', 'b\\s', '(?:', '[]{}', 'é', '', 'email"', 'e', '__proto__']

/** How deep a value nests objects and arrays (a scalar: 0). */
const depthOf = (value: unknown): number =>
  typeof value === 'object' && value !== null
    ? 1 + Math.max(0, ...Object.values(value).map((inner: unknown) => depthOf(inner)))
    : 0

const scalar = fc.oneof(
  fc.string(),
  fc.constantFrom('"email":"x"', '{"email":', '\\', '"}', 'a\nb', '😀', '\u2028'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
)
const { value: jsonValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value')), { maxLength: 4 })
      .map((entries) => Object.fromEntries(entries)),
  ),
}))
/** An object with maybe the path inside, among other members before and after. */
const document = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...KEYS), jsonValue), { maxLength: 4 }),
    fc.option(fc.tuple(fc.constantFrom(...KEYS), jsonValue), { nil: undefined }),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), jsonValue), { maxLength: 4 }),
  )
  .map(([before, inner, after]) => {
    const object = Object.fromEntries(before)
    if (inner !== undefined) object.traits = Object.fromEntries([...after, inner])
    return Object.fromEntries([...Object.entries(object), ...after])
  })

describe('jsonPathPattern', () => {
  it.each([
    ['{"email":"x@y.z"}', ['email'], '"x@y.z"'],
    ['{"a":{"email":"no"},"email":"yes"}', ['email'], '"yes"'],
    ['{"a":"\\"email\\":\\"no\\"","email":1.5e3}', ['email'], '1.5e3'],
    ['{"a":[[1,{"b":2}]],"traits":{"x":null,"email":{"k":[1]}}}', ['traits', 'email'], '{"k":[1]}'],
    ['{"a":{"email":"no"}}', ['email'], undefined],
    ['{"traits":"{\\"email\\":1}"}', ['traits', 'email'], undefined],
    ['{"x\\"y":true}', ['x"y'], 'true'],
  ])('in %s finds %j at %j', (text, keys, raw) => {
    expect(new RegExp(jsonPathPattern(keys)).exec(text)?.[1]).toBe(raw)
  })

  it('captures only the value at the path, and always does when nothing nests too deep', () => {
    fc.assert(
      fc.property(
        document,
        fc.constantFrom(['email'], ['traits', 'email'], ['traits', 'x"y'], ['a.b']),
        (doc, keys) => {
          const raw = new RegExp(jsonPathPattern(keys)).exec(JSON.stringify(doc))?.[1]
          const expected = readPath(doc, keys)
          if (raw !== undefined) expect(JSON.parse(raw)).toEqual(expected)
          // Every object the path steps through holds only members the pattern can step over.
          const containers = keys.map((_, i) => readPath(doc, keys.slice(0, i)))
          const isShallow = containers.every(
            (container) =>
              typeof container !== 'object' ||
              container === null ||
              Object.values(container).every((value: unknown) => depthOf(value) <= JSON_PATH_NESTING),
          )
          if (isShallow) expect(raw !== undefined).toBe(expected !== undefined)
        },
      ),
      { numRuns: 2000, seed: 20_261_123 },
    )
  })
})

describe('jsonPathValueSql and jsonKeysMentionedSql', () => {
  it('quote the pattern and the keys as SQL strings', () => {
    expect(jsonPathValueSql('traits', ["o'k"])).toContain("\\'")
    expect(jsonKeysMentionedSql('context', ['traits', "o'k"])).toBe(
      `position(context, '"traits":') > 0 AND position(context, '"o\\'k":') > 0`,
    )
  })
})

describe('readPath (core), as the SQL pattern must read', () => {
  it.each([
    [{ a: { b: 1 } }, ['a', 'b'], 1],
    [{ a: [1] }, ['a', '0'], undefined],
    [{ a: null }, ['a', 'b'], undefined],
    [{ a: null }, ['a'], null],
    [JSON.parse('{"__proto__":{"b":2}}'), ['__proto__', 'b'], 2],
    [{}, ['toString'], undefined],
  ])('reads %j at %j as %j', (value, keys, expected) => {
    expect(readPath(value, keys)).toEqual(expected)
  })
})
