/**
 * A seeded pseudo-random generator (sfc32, seeded through splitmix32): the same seed always gives
 * the same numbers, on every platform, so generated demo data is reproducible byte for byte.
 */
export interface SeededRandom {
  /** An unsigned 32-bit integer. */
  next32(): number
  /** A float in [0, 1). */
  float(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One of the items, uniformly. */
  pick<T>(items: readonly T[]): T
  /** One of the values, in proportion to its weight: `weighted([['web', 3], ['app', 1]])`. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T
  /** An exponential draw with the given mean. */
  exponential(mean: number): number
  /** A log-normal draw with the given median and spread (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * Creates the generator for a seed (the same algorithm as bench/generate-events.mjs).
 *
 * @example createSeededRandom(42).int(1, 6) // the same die roll on every run
 */
export function createSeededRandom(seed: number): SeededRandom {
  const init = splitmix32(seed)
  let a = init()
  let b = init()
  let c = init()
  let d = init()
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  for (let i = 0; i < 12; i++) next32()
  const float = () => next32() / 4294967296
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list')
    return items[Math.floor(float() * items.length)] as T
  }
  return {
    next32,
    float,
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    chance: (p) => float() < p,
    pick,
    weighted: <T>(pairs: readonly (readonly [T, number])[]): T => {
      let total = 0
      for (const pair of pairs) total += pair[1]
      let x = float() * total
      for (const pair of pairs) {
        x -= pair[1]
        if (x < 0) return pair[0]
      }
      const last = pairs[pairs.length - 1]
      if (last === undefined) throw new RangeError('cannot pick from an empty list')
      return last[0]
    },
    exponential: (mean) => -mean * Math.log(1 - float()),
    logNormal: (median, sigma) => {
      const u = 1 - float()
      const v = float()
      return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v))
    },
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const hex32 = (n: number) => `${HEX[n >>> 24]}${HEX[(n >>> 16) & 255]}${HEX[(n >>> 8) & 255]}${HEX[n & 255]}`

/** A version-4-shaped UUID drawn from the generator (deterministic for a seed). */
export function seededUuid(random: SeededRandom): string {
  const a = hex32(random.next32())
  const b = hex32(((random.next32() & 0xffff0fff) | 0x4000) >>> 0)
  const c = hex32(((random.next32() & 0x3fffffff) | 0x80000000) >>> 0)
  const d = hex32(random.next32())
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`
}
