import { compareText, EventIdentifierKind, type Identifier, sortTexts } from './identifier.js'
import type { IdentityGraph, IdentityLink } from './identity-links.js'
import { md5Hex } from './md5.js'

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
 * Stitches identifiers into customers (DESIGN §4, docs/identity.md): union-find over every link
 * except those between blocked pairs. A group of identifiers is a customer when it holds at least
 * one event owner (see `eventOwner`); its id is canonical, so it does not depend on the order of
 * the links: see `customerIdOfAnchor`. Its **anchor** is the group's smallest `user:` identifier,
 * or its smallest identifier when it has no user id (order: `compareText`). Two anchors whose ids
 * collide (a 64-bit hash) are told apart by anchor order: `cus_…`, `cus_…-2`.
 *
 * The merge log replays the links in event order (timestamp, seq; inside one event, the link
 * between its anonymous and user ids first) and keeps each one that joined two different groups.
 *
 * This is the reference; a storage adapter may run the same steps in SQL around
 * `connectIdentifiers`, and must give the same result.
 *
 * @example
 * stitchIdentities({ owners: ['anonymous:a1', 'user:u1'], links: [{ left: 'anonymous:a1', right: 'user:u1',
 *   reason: 'identify', timestamp: 0, seq: 1, messageId: 'm1' }] })
 * // one customer, customerIdOfAnchor('user:u1'), with one merge of version 1
 */
export function stitchIdentities(input: StitchInput): Stitching {
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
  const links = input.links
    .filter((link) => link.left !== link.right && blocked.get(link.left)?.has(link.right) !== true)
    .sort(compareLinks)

  const owners = new Set(input.owners)
  const names = sortTexts([...new Set([...owners, ...links.flatMap((link) => [link.left, link.right])])])
  const index = new Map(names.map((name, i) => [name, i]))
  const node = (identifier: Identifier) => index.get(identifier) ?? -1
  const { root, merged } = connectIdentifiers(
    names.length,
    links.map((link) => node(link.left)),
    links.map((link) => node(link.right)),
  )

  // Nodes are in identifier order, so a group's smallest identifier is its smallest node.
  const anchorOf = new Map<number, { anchor: number; hasUser: boolean; hasOwner: boolean; members: Identifier[] }>()
  names.forEach((name, i) => {
    const group = root[i] ?? i
    const isUser = name.startsWith(USER_PREFIX)
    const found = anchorOf.get(group)
    if (found === undefined) {
      anchorOf.set(group, { anchor: i, hasUser: isUser, hasOwner: owners.has(name), members: [name] })
      return
    }
    found.members.push(name)
    if (owners.has(name)) found.hasOwner = true
    if (isUser && !found.hasUser) {
      found.anchor = i
      found.hasUser = true
    }
  })
  const groups = [...anchorOf.entries()].filter(([, group]) => group.hasOwner)
  const ids = assignCustomerIds(groups.map(([, group]) => names[group.anchor] ?? ''))
  const customerIdOf = new Map(groups.map(([groupRoot], i) => [groupRoot, ids[i] ?? '']))
  const customers: StitchedCustomer[] = groups.map(([, group], i) => ({
    customerId: ids[i] ?? '',
    identifiers: group.members,
  }))
  // Customer ids are ASCII (`cus_` and hex, `-2`…), where `<` is code-point order.
  customers.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0))

  const previous = new Map<string, KnownMerge[]>()
  let lastMergeVersion = input.lastMergeVersion ?? 0
  for (const merge of input.previousMerges ?? []) {
    const same = previous.get(merge.messageId)
    if (same === undefined) previous.set(merge.messageId, [merge])
    else same.push(merge)
    if (merge.version > lastMergeVersion) lastMergeVersion = merge.version
  }
  const merges: MergeRecord[] = []
  links.forEach((link, k) => {
    if (merged[k] !== 1) return
    const customerId = customerIdOf.get(root[node(link.left)] ?? -1)
    if (customerId === undefined) return
    const known = previous.get(link.messageId)?.find((m) => m.left === link.left && m.right === link.right)
    merges.push({ ...link, version: known?.version ?? ++lastMergeVersion, customerId })
  })
  return { customers, merges, lastMergeVersion }
}

/**
 * Union-find over nodes `0 … count-1`: applies the links `left[k]`–`right[k]` in order and says
 * which ones joined two different groups (`merged[k] === 1`) and each node's group (`root[i]`, a
 * node of the group). Linear in practice (union by size, path halving); typed arrays, so an
 * adapter can run millions of links in a second.
 */
export function connectIdentifiers(
  count: number,
  left: ArrayLike<number>,
  right: ArrayLike<number>,
): { readonly root: Int32Array; readonly merged: Uint8Array } {
  const parent = new Int32Array(count)
  const size = new Int32Array(count).fill(1)
  for (let i = 0; i < count; i++) parent[i] = i
  const find = (i: number): number => {
    let node = i
    let up = parent[node] as number
    while (up !== node) {
      const grand = parent[up] as number
      parent[node] = grand
      node = grand
      up = parent[node] as number
    }
    return node
  }
  const merged = new Uint8Array(left.length)
  for (let k = 0; k < left.length; k++) {
    const a = find(left[k] as number)
    const b = find(right[k] as number)
    if (a === b) continue
    const sizeA = size[a] as number
    const sizeB = size[b] as number
    if (sizeA >= sizeB) {
      parent[b] = a
      size[a] = sizeA + sizeB
    } else {
      parent[a] = b
      size[b] = sizeA + sizeB
    }
    merged[k] = 1
  }
  const root = new Int32Array(count)
  for (let i = 0; i < count; i++) root[i] = find(i)
  return { root, merged }
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

/** Customer ids of anchors; colliding ids get `-2`, `-3`… in anchor order (the first keeps the bare id). */
function assignCustomerIds(anchors: readonly Identifier[]): string[] {
  const ids = anchors.map(customerIdOfAnchor)
  const byId = new Map<string, number[]>()
  ids.forEach((id, i) => {
    const same = byId.get(id)
    if (same === undefined) byId.set(id, [i])
    else same.push(i)
  })
  for (const [id, colliding] of byId) {
    if (colliding.length < 2) continue
    colliding.sort((x, y) => compareText(anchors[x] ?? '', anchors[y] ?? ''))
    colliding.forEach((i, rank) => {
      if (rank > 0) ids[i] = `${id}-${rank + 1}`
    })
  }
  return ids
}

/**
 * The customer id of a group anchored at `anchor`: `cus_` + the first 16 hex digits of the MD5 of
 * the anchor's UTF-8 bytes. MD5 because every SQL engine has it, so adapters compute the same id.
 *
 * @example customerIdOfAnchor('user:u1') // 'cus_6cc55e24a677bcc8'
 */
export function customerIdOfAnchor(anchor: Identifier): string {
  return `cus_${md5Hex(anchor).slice(0, 16)}`
}
