import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareText, sortTexts } from './identifier.js'
import { md5Hex } from './md5.js'
import { customerIdOfAnchor } from './stitch-identities.js'

describe('md5Hex', () => {
  const vectors: [text: string, hex: string][] = [
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    [
      '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
      '57edf4a22be3c955ac49da2e2107b67a',
    ],
    ['Léa', 'af4bd59e569327a597a331747a8fc207'],
    ['😀\uFFFD', '468a7f02af0808ae39ef3e3629ae048c'],
  ]
  it.each(vectors)('hashes %j as the RFC 1321 reference and SQL engines do', (text, hex) => {
    expect(md5Hex(text)).toBe(hex)
  })

  it('makes customer ids of cus_ and 16 hex digits', () => {
    expect(customerIdOfAnchor('user:u1')).toBe('cus_6cc55e24a677bcc8')
  })
})

describe('compareText', () => {
  it('sorts by code point, as UTF-8 bytes sort in SQL', () => {
    expect(['😀', '\uFFFD', 'é', 'z', 'E', 'user:', 'user:a'].sort(compareText)).toEqual([
      'E',
      'user:',
      'user:a',
      'z',
      'é',
      '\uFFFD',
      '😀',
    ])
  })
})

describe('sortTexts', () => {
  it('sorts as compareText does, with and without characters above U+FFFF', () => {
    // Code units near the surrogates and above them, where UTF-16 order and code-point order differ.
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '\uD7FF', '\uE000', '\uFFFF', '😀', '𝄞', 'z') })
    fc.assert(
      fc.property(fc.array(text), (texts) => {
        expect(sortTexts([...texts])).toEqual([...texts].sort(compareText))
      }),
      { numRuns: 500 },
    )
    expect(sortTexts(['😀', '\uFFFF', 'b'])).toEqual(['b', '\uFFFF', '😀'])
  })
})
