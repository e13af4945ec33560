import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PackedTextCodes, PackedTexts } from './packed-texts.js'

const texts = fc.array(fc.string({ maxLength: 6, unit: 'binary' }), { maxLength: 60 })

describe('PackedTexts', () => {
  it('answers every text at its index, its slices, and undefined past the ends', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (list, a, b) => {
        const packed = PackedTexts.of(list)
        expect(packed.length).toBe(list.length)
        expect(Array.from({ length: list.length }, (_, i) => packed.at(i))).toEqual(list)
        expect(packed.at(-1)).toBeUndefined()
        expect(packed.at(list.length)).toBeUndefined()
        const [from, to] = [a % (list.length + 1), b % (list.length + 1)].sort((x, y) => x - y) as [number, number]
        const slice = packed.slice(from, to)
        expect(Array.from({ length: slice.length }, (_, i) => slice.at(i))).toEqual(list.slice(from, to))
      }),
    )
  })

  it("finds a text's first index like Array.indexOf, in a list and in its slices", () => {
    fc.assert(
      fc.property(texts, fc.string({ maxLength: 6, unit: 'binary' }), fc.nat(), (list, probe, a) => {
        const packed = PackedTexts.of(list)
        for (const value of [...list, probe]) expect(packed.indexOf(value)).toBe(list.indexOf(value))
        const from = a % (list.length + 1)
        const slice = packed.slice(from, list.length)
        for (const value of [...list, probe]) expect(slice.indexOf(value)).toBe(list.slice(from).indexOf(value))
      }),
    )
  })

  it('appends after a packed list, slices included', () => {
    fc.assert(
      fc.property(texts, texts, fc.nat(), (before, after, a) => {
        const from = a % (before.length + 1)
        const packed = PackedTexts.of(after, PackedTexts.of(before).slice(from, before.length))
        const expected = [...before.slice(from), ...after]
        expect(Array.from({ length: packed.length }, (_, i) => packed.at(i))).toEqual(expected)
      }),
    )
  })

  it('refuses a slice outside the list', () => {
    expect(() => PackedTexts.of(['a']).slice(0, 2)).toThrow(RangeError)
  })
})

describe('PackedTextCodes', () => {
  it('codes texts like a dictionary appended to the packed ones', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 })), fc.array(fc.string({ maxLength: 4 })), (old, next) => {
        const codes = new PackedTextCodes(PackedTexts.of(old))
        const expected = [...old]
        for (const value of next) {
          if (!expected.includes(value)) expected.push(value)
          expect(codes.code(value)).toBe(expected.indexOf(value))
        }
        const packed = codes.packed()
        expect(codes.length).toBe(expected.length)
        expect(Array.from({ length: packed.length }, (_, i) => packed.at(i))).toEqual(expected)
      }),
    )
  })
})
