import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../events/event-record.js'
import { customerTraits } from './customer-traits.js'
import { type IdentityEvent, type IdentityLink, identityGraphOfEvents } from './identity-links.js'
import { DEFAULT_IDENTITY_RULES } from './identity-rules.schema.js'
import { customerIdOfAnchor, type Stitching, stitchIdentities } from './stitch-identities.js'

let seq = 0
const at = (minute: number) => Date.UTC(2026, 0, 1, 9, minute)
const event = (overrides: Partial<IdentityEvent> & { minute: number }): IdentityEvent => {
  const { minute, ...rest } = overrides
  seq += 1
  return {
    seq,
    messageId: `m${seq}`,
    type: 'track',
    anonymousId: null,
    userId: null,
    timestamp: at(minute),
    properties: {},
    traits: {},
    context: {},
    ...rest,
  }
}

const stitchEvents = (events: readonly IdentityEvent[], blocked: { left: string; right: string }[] = []) =>
  stitchIdentities({ ...identityGraphOfEvents(events, DEFAULT_IDENTITY_RULES), blocked })

/** The customers' identifier lists, sorted, whatever their ids. */
const groups = (stitching: Stitching) =>
  stitching.customers.map((customer) => customer.identifiers).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))

const link = (left: string, right: string, minute: number, reason = 'identify'): IdentityLink => ({
  left,
  right,
  reason,
  timestamp: at(minute),
  seq: minute,
  messageId: `m${minute}`,
})

describe('identity links of events', () => {
  it('links the anonymous id and the user id an identify call carries', () => {
    const graph = identityGraphOfEvents(
      [event({ minute: 1, type: 'identify', anonymousId: 'a1', userId: 'u1' })],
      DEFAULT_IDENTITY_RULES,
    )
    expect(graph.owners).toEqual(['user:u1'])
    expect(graph.links).toMatchObject([{ left: 'anonymous:a1', right: 'user:u1', reason: 'identify' }])
  })

  it('names the link of any other event carrying both ids same-event', () => {
    const graph = identityGraphOfEvents([event({ minute: 1, anonymousId: 'a1', userId: 'u1' })], DEFAULT_IDENTITY_RULES)
    expect(graph.links).toMatchObject([{ reason: 'same-event' }])
  })

  it('links each shared identifier, normalised, to the user id, else the anonymous id', () => {
    const graph = identityGraphOfEvents(
      [
        event({ minute: 1, type: 'identify', userId: 'u1', traits: { email: 'Léa@Example.FR ', crmId: 77 } }),
        event({ minute: 2, anonymousId: 'a2', traits: { phone: '06 12 34 56 78' } }),
        event({ minute: 3, anonymousId: 'a3', properties: { loyaltyCard: ' LC-42' } }),
      ],
      DEFAULT_IDENTITY_RULES,
    )
    expect(graph.links.map(({ left, right, reason }) => [left, right, reason])).toEqual([
      ['user:u1', 'email:léa@example.fr', 'email'],
      ['user:u1', 'crm:77', 'crm'],
      ['anonymous:a2', 'phone:+33612345678', 'phone'],
      ['anonymous:a3', 'loyalty:LC-42', 'loyalty'],
    ])
  })

  it("ignores a group call's traits: they describe the group", () => {
    const graph = identityGraphOfEvents(
      [event({ minute: 1, type: 'group', userId: 'u1', traits: { email: 'contact@acme.fr' } })],
      DEFAULT_IDENTITY_RULES,
    )
    expect(graph.links).toEqual([])
  })

  it("resolves an alias's previous id to the user id or anonymous id it was seen as", () => {
    const alias = (minute: number, previousId: string) =>
      event({ minute, type: 'alias', userId: 'u2', properties: { previousId } })
    const graph = identityGraphOfEvents(
      [
        event({ minute: 1, userId: 'old' }),
        event({ minute: 2, anonymousId: 'anon' }),
        alias(3, 'old'),
        alias(4, 'anon'),
        alias(5, 'never-seen'),
      ],
      DEFAULT_IDENTITY_RULES,
    )
    expect(graph.links.map(({ left, right }) => [left, right])).toEqual([
      ['user:u2', 'user:old'],
      ['user:u2', 'anonymous:anon'],
    ])
  })
})

describe('stitchIdentities', () => {
  it('makes one customer of web visits, an identify, a phone call and a store purchase', () => {
    const stitching = stitchEvents([
      event({ minute: 1, type: 'page', anonymousId: 'a1' }),
      event({ minute: 2, type: 'identify', anonymousId: 'a1', userId: 'u1', traits: { email: 'Léa@Example.FR ' } }),
      event({ minute: 3, type: 'identify', userId: 'u1', traits: { phone: '+33612345678', loyaltyCard: 'LC-42' } }),
      event({ minute: 4, anonymousId: 'a2', traits: { phone: '06 12 34 56 78' } }),
      event({ minute: 5, anonymousId: 'a3', properties: { loyaltyCard: 'LC-42' } }),
    ])
    expect(groups(stitching)).toEqual([
      [
        'anonymous:a1',
        'anonymous:a2',
        'anonymous:a3',
        'email:léa@example.fr',
        'loyalty:LC-42',
        'phone:+33612345678',
        'user:u1',
      ],
    ])
    expect(stitching.customers[0]?.customerId).toBe(customerIdOfAnchor('user:u1'))
    expect(stitching.merges.map((m) => [m.version, m.left, m.right, m.reason])).toEqual([
      [1, 'anonymous:a1', 'user:u1', 'identify'],
      [2, 'user:u1', 'email:léa@example.fr', 'email'],
      [3, 'user:u1', 'loyalty:LC-42', 'loyalty'],
      [4, 'user:u1', 'phone:+33612345678', 'phone'],
      [5, 'anonymous:a2', 'phone:+33612345678', 'phone'],
      [6, 'anonymous:a3', 'loyalty:LC-42', 'loyalty'],
    ])
  })

  it('keeps people without a common identifier apart, each with a canonical id', () => {
    const stitching = stitchEvents([event({ minute: 1, anonymousId: 'x' }), event({ minute: 2, userId: 'y' })])
    expect(stitching.customers).toEqual(
      [
        { customerId: customerIdOfAnchor('anonymous:x'), identifiers: ['anonymous:x'] },
        { customerId: customerIdOfAnchor('user:y'), identifiers: ['user:y'] },
      ].sort((a, b) => (a.customerId < b.customerId ? -1 : 1)),
    )
    expect(customerIdOfAnchor('user:y')).toMatch(/^cus_[0-9a-f]{16}$/)
  })

  it('anchors a customer at its smallest user id, else its smallest identifier', () => {
    const withUsers = stitchIdentities({
      owners: ['anonymous:0', 'user:b'],
      links: [link('anonymous:0', 'user:b', 1), link('user:b', 'user:a', 2, 'alias')],
    })
    expect(withUsers.customers.map((c) => c.customerId)).toEqual([customerIdOfAnchor('user:a')])
    const anonymousOnly = stitchIdentities({
      owners: ['anonymous:z', 'anonymous:y'],
      links: [link('anonymous:z', 'email:a@b.fr', 1, 'email'), link('anonymous:y', 'email:a@b.fr', 2, 'email')],
    })
    expect(anonymousOnly.customers.map((c) => c.customerId)).toEqual([customerIdOfAnchor('anonymous:y')])
  })

  it('drops groups that own no event: an email whose only link was undone is no customer', () => {
    const stitching = stitchIdentities({
      owners: ['user:u1'],
      links: [link('user:u1', 'email:a@b.fr', 1, 'email')],
      blocked: [{ left: 'email:a@b.fr', right: 'user:u1' }],
    })
    expect(groups(stitching)).toEqual([['user:u1']])
    expect(stitching.merges).toEqual([])
  })

  it('never applies a blocked link, however often and in whichever direction it arrives', () => {
    const stitching = stitchIdentities({
      owners: ['user:u1', 'anonymous:a2'],
      links: [
        link('anonymous:a2', 'phone:+33612345678', 1, 'phone'),
        link('user:u1', 'phone:+33612345678', 2, 'phone'),
        link('user:u1', 'phone:+33612345678', 3, 'phone'),
      ],
      blocked: [{ left: 'phone:+33612345678', right: 'anonymous:a2' }],
    })
    expect(groups(stitching)).toEqual([['anonymous:a2'], ['phone:+33612345678', 'user:u1']])
  })

  it('orders the merge log by time then seq, whatever the order of the links', () => {
    const links = [link('user:u', 'email:e', 5, 'email'), link('anonymous:a', 'user:u', 2)]
    const stitching = stitchIdentities({ owners: ['user:u'], links })
    expect(stitching.merges.map((m) => [m.version, m.reason, m.seq])).toEqual([
      [1, 'identify', 2],
      [2, 'email', 5],
    ])
  })

  it('keeps the versions of merges still in the log and numbers new ones after every earlier one', () => {
    const first = stitchIdentities({ owners: ['user:u'], links: [link('anonymous:a', 'user:u', 2)] })
    expect(first.lastMergeVersion).toBe(1)
    const second = stitchIdentities({
      owners: ['user:u'],
      links: [link('anonymous:a', 'user:u', 2), link('anonymous:b', 'user:u', 1)],
      previousMerges: first.merges,
      lastMergeVersion: 4,
    })
    expect(second.merges.map((m) => [m.left, m.version])).toEqual([
      ['anonymous:b', 5],
      ['anonymous:a', 1],
    ])
    expect(second.lastMergeVersion).toBe(5)
  })

  it('records in each merge the customer that holds it', () => {
    const stitching = stitchIdentities({ owners: ['user:u'], links: [link('anonymous:a', 'user:u', 1)] })
    expect(stitching.merges[0]?.customerId).toBe(customerIdOfAnchor('user:u'))
  })
})

describe('customerTraits', () => {
  const identify = (minute: number, traits: JsonObject, s = minute) =>
    ({ type: 'identify', timestamp: at(minute), seq: s, traits }) as const
  it('merges identify traits in time order, later values winning, ties by seq', () => {
    expect(
      customerTraits([
        identify(3, { plan: 'gold' }),
        identify(1, { name: 'Léa', plan: 'free' }),
        identify(3, { plan: 'silver' }, 2),
        { type: 'track', timestamp: at(9), seq: 9, traits: { plan: 'ignored' } },
      ]),
    ).toEqual({ name: 'Léa', plan: 'gold' })
  })
})
