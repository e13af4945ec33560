import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMessageIdSet, MD5_MESSAGE_ID_HASH } from './message-id-set.js'

/** sfc32: a seeded PRNG, so that the big cases are the same on every run. */
function randomHashes(seed: number, count: number): Float64Array {
  let a = seed
  let b = seed ^ 0x9e3779b9
  let c = seed ^ 0x85ebca6b
  let d = 1
  const next = () => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  const hashes = new Float64Array(count)
  for (let i = 0; i < count; i++) hashes[i] = (next() >>> 12) * 2 ** 32 + next()
  return hashes
}

describe('MD5 message-id hash', () => {
  it.each([
    // Reference values from DuckDB: SELECT md5_number_upper(id) >> 12
    ['abc', 3101710017463552],
    ['m1', 3558202124193319],
    ['', 82600961874113],
  ])('hashes %j as DuckDB does: %d', (id, expected) => {
    expect(MD5_MESSAGE_ID_HASH.of(id)).toBe(expected)
  })

  it('gives an integer in [0, 2^52), exact in a float64', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (id) => {
        const hash = MD5_MESSAGE_ID_HASH.of(id)
        expect(Number.isSafeInteger(hash) && hash >= 0 && hash < 2 ** 52).toBe(true)
      }),
    )
  })
})

describe('message-id set', () => {
  it('holds the hashes it was built from, in any order and with repeats, and only those', () => {
    const set = createMessageIdSet(new Float64Array([9, 3, 3, 0, 2 ** 52 - 1, 9]))
    expect([0, 3, 9, 2 ** 52 - 1].map((hash) => set.has(hash))).toEqual([true, true, true, true])
    expect([1, 2, 4, 10, 2 ** 52 - 2].map((hash) => set.has(hash))).toEqual([false, false, false, false, false])
  })

  it('holds nothing when built empty, then what is added', () => {
    const set = createMessageIdSet(new Float64Array(0))
    expect(set.has(0)).toBe(false)
    set.add(0)
    set.add(0)
    expect(set.has(0)).toBe(true)
    expect(set.has(1)).toBe(false)
  })

  it('answers like a Set of the same hashes, whatever was loaded and added', () => {
    const hash = fc.integer({ min: 0, max: 40 })
    fc.assert(
      fc.property(fc.array(hash), fc.array(hash), fc.array(hash), (loaded, added, probed) => {
        const set = createMessageIdSet(Float64Array.from(loaded))
        for (const value of added) set.add(value)
        const model = new Set([...loaded, ...added])
        for (const value of [...loaded, ...added, ...probed]) expect(set.has(value)).toBe(model.has(value))
      }),
    )
  })

  it('keeps every hash across merges of the recent ones into the sorted array (300,000 added to 1M)', () => {
    const loaded = randomHashes(1, 1_000_000)
    const added = randomHashes(2, 300_000)
    const absent = randomHashes(3, 100_000)
    const set = createMessageIdSet(loaded.slice())
    for (const value of added) set.add(value)
    const model = new Set([...loaded, ...added])
    let missing = 0
    for (const value of [...loaded, ...added]) if (!set.has(value)) missing++
    let wrong = 0
    for (const value of absent) if (set.has(value) !== model.has(value)) wrong++
    expect({ missing, wrong }).toEqual({ missing: 0, wrong: 0 })
  })
})
