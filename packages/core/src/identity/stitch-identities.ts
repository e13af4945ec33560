import { compareText, EventIdentifierKind, type Identifier } from './identifier.js'
import type { IdentityGraph, IdentityLink } from './identity-links.js'

/** Two identifiers that must not be linked directly: an undone merge. The order does not matter. */
export interface IdentifierPair {
  readonly left: Identifier
  readonly right: Identifier
}

/**
 * A link that joined two different groups of identifiers. `version` numbers the merges of a
 * project: a merge keeps its version as long as it stays in the log, and new merges are numbered
 * after every version given before, so a version always names the same merge.
 */
export interface MergeRecord extends IdentityLink {
  readonly version: number
  /** The customer that holds both sides once every link is applied. */
  readonly customerId: string
}

/** The version a merge had in an earlier computation, found by its link and its event. */
export type KnownMerge = Pick<MergeRecord, 'left' | 'right' | 'messageId' | 'version'>

export interface StitchInput extends IdentityGraph {
  /** Undone merges: no link between these two identifiers is applied, whenever it arrives. */
  readonly blocked?: readonly IdentifierPair[]
  /** The merge log of the previous computation, whose merges keep their versions. */
  readonly previousMerges?: readonly KnownMerge[]
  /** The highest merge version ever given in the project (0 when none). */
  readonly lastMergeVersion?: number
}

/** One stitched person: the customer id and every identifier (sorted) that belongs to them. */
export interface StitchedCustomer {
  readonly customerId: string
  readonly identifiers: readonly Identifier[]
}

export interface Stitching {
  /** Sorted by customer id. */
  readonly customers: readonly StitchedCustomer[]
  /** In event order: timestamp, then seq. */
  readonly merges: readonly MergeRecord[]
  readonly lastMergeVersion: number
}

/**
 * Stitches identifiers into customers (DESIGN §4): union-find over every link except those
 * between blocked pairs. A group of identifiers is a customer when it holds at least one event
 * owner (see `eventOwner`); its id is canonical, so it does not depend on the order of the links:
 * `cus_` + 16 hex digits of a 64-bit hash of its **anchor**, the smallest `user:` identifier of
 * the group, or its smallest identifier when it has no user id (code-unit order). The unlikely
 * hash collision is resolved by anchor order (`cus_…`, `cus_…-2`).
 *
 * The merge log replays the links in event order (timestamp, seq; inside one event, the link
 * between its anonymous and user ids first) and keeps each one that joined two different groups.
 *
 * @example
 * stitchIdentities({ owners: ['anonymous:a1', 'user:u1'], links: [{ left: 'anonymous:a1', right: 'user:u1',
 *   reason: 'identify', timestamp: 0, seq: 1, messageId: 'm1' }] })
 * // one customer, cus_<hash of 'user:u1'>, with one merge of version 1
 */
export function stitchIdentities(input: StitchInput): Stitching {
  const index = new Map<Identifier, number>()
  const names: Identifier[] = []
  const parent: number[] = []
  const size: number[] = []
  const intern = (identifier: Identifier): number => {
    let i = index.get(identifier)
    if (i === undefined) {
      i = names.length
      index.set(identifier, i)
      names.push(identifier)
      parent.push(i)
      size.push(1)
    }
    return i
  }
  const find = (i: number): number => {
    let node = i
    for (;;) {
      const up = parent[node] ?? node
      if (up === node) return node
      const grand = parent[up] ?? up
      parent[node] = grand
      node = grand
    }
  }

  const ownerIndices: number[] = []
  for (const owner of input.owners) ownerIndices.push(intern(owner))

  const blocked = new Map<Identifier, Set<Identifier>>()
  const block = (a: Identifier, b: Identifier) => {
    const set = blocked.get(a)
    if (set === undefined) blocked.set(a, new Set([b]))
    else set.add(b)
  }
  for (const pair of input.blocked ?? []) {
    block(pair.left, pair.right)
    block(pair.right, pair.left)
  }

  const links = [...input.links].sort(compareLinks)
  const joined: { readonly link: IdentityLink; readonly node: number }[] = []
  for (const link of links) {
    if (link.left === link.right || blocked.get(link.left)?.has(link.right) === true) continue
    const a = find(intern(link.left))
    const b = find(intern(link.right))
    if (a === b) continue
    const big = (size[a] ?? 1) >= (size[b] ?? 1) ? a : b
    const small = big === a ? b : a
    parent[small] = big
    size[big] = (size[big] ?? 1) + (size[small] ?? 1)
    joined.push({ link, node: big })
  }

  const count = names.length
  const isOwner = new Uint8Array(count)
  for (const i of ownerIndices) isOwner[find(i)] = 1
  const anchorUser: (Identifier | undefined)[] = new Array(count)
  const anchorAny: (Identifier | undefined)[] = new Array(count)
  const members: (Identifier[] | undefined)[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const root = find(i)
    if (isOwner[root] !== 1) continue
    const name = names[i] as Identifier
    const group = members[root]
    if (group === undefined) members[root] = [name]
    else group.push(name)
    const any = anchorAny[root]
    if (any === undefined || name < any) anchorAny[root] = name
    if (name.startsWith(USER_PREFIX)) {
      const user = anchorUser[root]
      if (user === undefined || name < user) anchorUser[root] = name
    }
  }

  const roots: number[] = []
  const anchors: Identifier[] = []
  for (let root = 0; root < count; root++) {
    const anchor = anchorUser[root] ?? anchorAny[root]
    if (members[root] === undefined || anchor === undefined) continue
    roots.push(root)
    anchors.push(anchor)
  }
  const customerIdOf = assignCustomerIds(roots, anchors)

  const customers: StitchedCustomer[] = roots.map((root) => ({
    customerId: customerIdOf.get(root) ?? '',
    identifiers: (members[root] ?? []).sort(compareText),
  }))
  customers.sort((a, b) => compareText(a.customerId, b.customerId))

  // Earlier merges by messageId (one event makes few links), so lookups build no key strings.
  const previous = new Map<string, KnownMerge[]>()
  let lastMergeVersion = input.lastMergeVersion ?? 0
  for (const merge of input.previousMerges ?? []) {
    const same = previous.get(merge.messageId)
    if (same === undefined) previous.set(merge.messageId, [merge])
    else same.push(merge)
    if (merge.version > lastMergeVersion) lastMergeVersion = merge.version
  }
  const merges: MergeRecord[] = []
  for (const { link, node } of joined) {
    const customerId = customerIdOf.get(find(node))
    if (customerId === undefined) continue
    const known = previous.get(link.messageId)?.find((m) => m.left === link.left && m.right === link.right)
    merges.push({
      left: link.left,
      right: link.right,
      reason: link.reason,
      timestamp: link.timestamp,
      seq: link.seq,
      messageId: link.messageId,
      version: known?.version ?? ++lastMergeVersion,
      customerId,
    })
  }
  return { customers, merges, lastMergeVersion }
}

const USER_PREFIX = `${EventIdentifierKind.User}:`

const ID_LINK_REASONS: ReadonlySet<string> = new Set(['identify', 'alias', 'same-event'])
const reasonRank = (reason: string): number => (ID_LINK_REASONS.has(reason) ? 0 : 1)

/**
 * Event order; inside one event, links between its ids before links to shared identifiers; then
 * the link's own fields, so that any permutation of the links sorts the same.
 */
function compareLinks(a: IdentityLink, b: IdentityLink): number {
  return (
    a.timestamp - b.timestamp ||
    a.seq - b.seq ||
    compareText(a.messageId, b.messageId) ||
    reasonRank(a.reason) - reasonRank(b.reason) ||
    compareText(a.reason, b.reason) ||
    compareText(a.left, b.left) ||
    compareText(a.right, b.right)
  )
}

function assignCustomerIds(roots: readonly number[], anchors: readonly Identifier[]): Map<number, string> {
  const ids = new Map<number, string>()
  const taken = new Map<string, number[]>()
  roots.forEach((root, i) => {
    const id = customerIdOfAnchor(anchors[i] ?? '')
    ids.set(root, id)
    const same = taken.get(id)
    if (same === undefined) taken.set(id, [i])
    else same.push(i)
  })
  for (const [id, colliding] of taken) {
    if (colliding.length < 2) continue
    colliding.sort((x, y) => compareText(anchors[x] ?? '', anchors[y] ?? ''))
    colliding.forEach((i, rank) => {
      const root = roots[i]
      if (root !== undefined && rank > 0) ids.set(root, `${id}-${rank + 1}`)
    })
  }
  return ids
}

/**
 * The customer id of a group anchored at `anchor`: `cus_` + a 64-bit hash in 16 hex digits
 * (two 32-bit lanes mixed as in bryc's public-domain cyrb53, over UTF-16 code units).
 *
 * @example customerIdOfAnchor('user:u1') // 'cus_' + 16 hex digits, the same on every machine
 */
export function customerIdOfAnchor(anchor: Identifier): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < anchor.length; i++) {
    const c = anchor.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return `cus_${(h2 >>> 0).toString(16).padStart(8, '0')}${(h1 >>> 0).toString(16).padStart(8, '0')}`
}
