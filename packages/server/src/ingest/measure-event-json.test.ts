import { describe, expect, it } from 'vitest'
import { jsonBytesOver } from './measure-event-json.js'

const LIMIT = 32 * 1024
/** An object whose JSON is exactly `bytes` long: `{"blob":"xxx…"}` (11 bytes of frame). */
const ofBytes = (bytes: number, unit = 'x') => ({ blob: unit.repeat((bytes - 11) / Buffer.byteLength(unit)) })

describe('jsonBytesOver (the size of an event as JSON, in UTF-8 bytes)', () => {
  it.each([
    ['a small event is within', { type: 'track', event: 'Order Completed' }, undefined],
    ['exactly at the limit is within', ofBytes(LIMIT), undefined],
    ['one byte over is over, by its exact size', ofBytes(LIMIT + 1), LIMIT + 1],
    ['two-byte characters (é) count two bytes each', ofBytes(LIMIT + 1, 'é'), LIMIT + 1],
    ['four-byte characters (emoji) count four bytes each', ofBytes(LIMIT + 3, '😀'), LIMIT + 3],
    ['control characters count as their escape (\\u0001: six bytes)', { blob: '\u0001'.repeat(5462) }, 32_783],
    ['short strings with many escapes stay within', { blob: '\u0001'.repeat(5000) }, undefined],
    ['numbers, booleans and nulls are counted', { values: new Array(10_000).fill(12345) }, 60_012],
  ])('%s', (_name, value, expected) => {
    expect(jsonBytesOver(value, LIMIT)).toBe(expected)
  })

  it('agrees with JSON.stringify on every size around the limit', () => {
    for (let bytes = LIMIT - 3; bytes <= LIMIT + 3; bytes++) {
      const value = ofBytes(bytes)
      expect(Buffer.byteLength(JSON.stringify(value))).toBe(bytes)
      expect(jsonBytesOver(value, LIMIT)).toBe(bytes > LIMIT ? bytes : undefined)
    }
  })

  it('counts a value nested too deeply to be serialised as over the limit, without overflowing the stack', () => {
    let nested: unknown[] = []
    for (let depth = 0; depth < 1_000_000; depth++) nested = [nested]
    expect(jsonBytesOver({ nested }, LIMIT)).toBeGreaterThan(LIMIT)
  })
})
