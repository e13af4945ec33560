import { describe, expect, it } from 'vitest'
import { normalizeIdentifierValue } from './identity-rules.schema.js'
import { normalizePhone, type PhoneCountry } from './normalize-phone.js'

describe('normalizePhone', () => {
  const cases: [text: string, country: PhoneCountry, expected: string | null][] = [
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['06.12.34.56.78', 'FR', '+33612345678'],
    ['06-12-34-56-78', 'FR', '+33612345678'],
    ['+33612345678', 'FR', '+33612345678'],
    ['+33 6 12 34 56 78', 'FR', '+33612345678'],
    ['+33 (0)6 12 34 56 78', 'FR', '+33612345678'],
    ['+33 06 12 34 56 78', 'FR', '+33612345678'],
    ['0033 6 12 34 56 78', 'FR', '+33612345678'],
    ['0033 (0)6 12 34 56 78', 'FR', '+33612345678'],
    ['6 12 34 56 78', 'FR', '+33612345678'],
    ['\u00a006 12 34 56 78 ', 'FR', '+33612345678'],
    ['+32 470 12 34 56', 'FR', '+32470123456'],
    ['0470 12 34 56', 'BE', '+32470123456'],
    ['06 1234 5678', 'IT', '+390612345678'],
    ['+39 06 1234 5678', 'FR', '+390612345678'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['1 415 555 2671', 'US', '+14155552671'],
    ['020 7946 0018', 'GB', '+442079460018'],
    ['06 12 34 56 78 poste 12', 'FR', null],
    ['not a phone', 'FR', null],
    ['12', 'FR', null],
    ['+0 12 34 56 78', 'FR', null],
    ['+1234567890123456', 'FR', null],
    ['', 'FR', null],
  ]
  it.each(cases)('normalises %j (default %s) to %j', (text, country, expected) => {
    expect(normalizePhone(text, country)).toBe(expected)
  })
})

describe('normalizeIdentifierValue', () => {
  const cases: [raw: unknown, normalizer: Parameters<typeof normalizeIdentifierValue>[1], expected: string | null][] = [
    ['Léa@Example.FR ', 'email', 'léa@example.fr'],
    ['Le\u0301a@example.fr', 'email', 'léa@example.fr'],
    ['  LEA@EXAMPLE.FR', 'email', 'lea@example.fr'],
    ['lea at example.fr', 'email', null],
    ['lea@exa mple.fr', 'email', null],
    ['06 12 34 56 78', 'phone', '+33612345678'],
    [612345678, 'phone', '+33612345678'],
    [' LC-42 ', 'trim', 'LC-42'],
    [' LC-42 ', 'lowercase', 'lc-42'],
    [4242, 'trim', '4242'],
    ['   ', 'trim', null],
    [null, 'trim', null],
    [true, 'trim', null],
    [Number.NaN, 'trim', null],
    [{ card: 'LC-42' }, 'trim', null],
    [['LC-42'], 'trim', null],
  ]
  it.each(cases)('normalises %j as %s to %j', (raw, normalizer, expected) => {
    expect(normalizeIdentifierValue(raw, normalizer, 'FR')).toBe(expected)
  })
})
