import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { IdentityLink } from './identity-links.js'
import { type StitchedCustomer, type StitchInput, stitchIdentities } from './stitch-identities.js'

const NUM_RUNS = 300
/** Fixed so the suite is deterministic; run with FC_SEED=<n> to explore other inputs. */
const SEED = Number(
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.FC_SEED ?? 20_260_601,
)
const settings = { numRuns: NUM_RUNS, seed: SEED }

const IDENTIFIERS = [
  'anonymous:a',
  'anonymous:b',
  'anonymous:c',
  'anonymous:d',
  'user:u',
  'user:v',
  'user:w',
  'email:x@y.fr',
  'email:z@y.fr',
  'phone:+33612345678',
  'loyalty:LC-1',
] as const
const isEventId = (identifier: string) => identifier.startsWith('anonymous:') || identifier.startsWith('user:')

const linkArbitrary: fc.Arbitrary<IdentityLink> = fc
  .record({
    left: fc.constantFrom(...IDENTIFIERS),
    right: fc.constantFrom(...IDENTIFIERS),
    reason: fc.constantFrom('identify', 'alias', 'email', 'phone'),
    timestamp: fc.integer({ min: 0, max: 5 }),
    seq: fc.integer({ min: 1, max: 8 }),
  })
  .map((link) => ({ ...link, messageId: `m${link.seq}` }))

const inputArbitrary: fc.Arbitrary<StitchInput> = fc.record({
  owners: fc.subarray(IDENTIFIERS.filter(isEventId), { minLength: 1 }),
  links: fc.array(linkArbitrary, { maxLength: 14 }),
})

/** A forest: each new identifier links to one earlier, so every merge is the only path between its sides. */
const forestArbitrary: fc.Arbitrary<StitchInput> = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 }), fc.boolean()), {
    minLength: 1,
    maxLength: IDENTIFIERS.length - 1,
  })
  .map((edges) => {
    const links: IdentityLink[] = []
    edges.forEach(([to, timestamp, isLinked], i) => {
      const left = IDENTIFIERS[i + 1] ?? ''
      if (isLinked)
        links.push({
          left,
          right: IDENTIFIERS[to % (i + 1)] ?? '',
          reason: 'email',
          timestamp,
          seq: i,
          messageId: `m${i}`,
        })
    })
    return { owners: IDENTIFIERS.filter(isEventId), links }
  })

const customerOf = (customers: readonly StitchedCustomer[], identifier: string) =>
  customers.find((customer) => customer.identifiers.includes(identifier))

describe('stitchIdentities properties', () => {
  it('gives the same customers and merge log for any permutation of the same links', () => {
    fc.assert(
      fc.property(
        inputArbitrary.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.links], { minLength: input.links.length })),
        ),
        ([input, shuffled]) => {
          expect(stitchIdentities({ ...input, links: shuffled })).toEqual(stitchIdentities(input))
        },
      ),
      settings,
    )
  })

  it('puts every owner in exactly one customer and every identifier at most once', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const { customers } = stitchIdentities(input)
        const all = customers.flatMap((customer) => customer.identifiers)
        expect(new Set(all).size).toBe(all.length)
        for (const owner of input.owners) expect(all).toContain(owner)
        expect(new Set(customers.map((c) => c.customerId)).size).toBe(customers.length)
      }),
      settings,
    )
  })

  it('blocking a merge changes only the customer that held it, splitting it in at most two', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.nat(), (input, pick) => {
        const before = stitchIdentities(input)
        const merge = before.merges[pick % Math.max(1, before.merges.length)]
        if (merge === undefined) return
        const after = stitchIdentities({ ...input, blocked: [{ left: merge.right, right: merge.left }] })
        const held = before.customers.find((customer) => customer.customerId === merge.customerId)
        const others = before.customers.filter((customer) => customer !== held)
        for (const customer of others) expect(after.customers).toContainEqual(customer)
        const parts = after.customers.filter((customer) => !others.some((o) => o.customerId === customer.customerId))
        expect(parts.length).toBeGreaterThanOrEqual(1)
        expect(parts.length).toBeLessThanOrEqual(2)
        for (const part of parts)
          for (const identifier of part.identifiers) expect(held?.identifiers).toContain(identifier)
      }),
      settings,
    )
  })

  it('blocking a merge that is the only path between its sides splits its customer in two', () => {
    fc.assert(
      fc.property(forestArbitrary, fc.nat(), (input, pick) => {
        const before = stitchIdentities(input)
        const merge = before.merges[pick % Math.max(1, before.merges.length)]
        if (merge === undefined) return
        const after = stitchIdentities({ ...input, blocked: [merge] })
        const left = customerOf(after.customers, merge.left)
        const right = customerOf(after.customers, merge.right)
        expect(left === undefined || right === undefined || left.customerId !== right.customerId).toBe(true)
        expect(after.customers.length).toBe(before.customers.length + (left && right ? 1 : 0))
        expect(after.merges.some((m) => m.left === merge.left && m.right === merge.right)).toBe(false)
      }),
      settings,
    )
  })
})
