/**
 * One identifier of a person, typed by its kind: `kind:value`. The kinds `anonymous` and `user`
 * are the ids of the Segment spec (`anonymousId`, `userId`); the other kinds are shared
 * identifiers named by the project's identity rules (`email`, `phone`, `loyalty`, `crm`…).
 * The value is everything after the first colon, so values may hold colons.
 *
 * @example 'user:u1', 'anonymous:a1', 'email:lea@example.fr', 'phone:+33612345678'
 */
export type Identifier = string

/** The two kinds every event can carry; shared kinds come from the identity rules. */
export const EventIdentifierKind = { Anonymous: 'anonymous', User: 'user' } as const
export type EventIdentifierKind = (typeof EventIdentifierKind)[keyof typeof EventIdentifierKind]

export const toIdentifier = (kind: string, value: string): Identifier => `${kind}:${value}`

/** `email:a@b.fr` → `{ kind: 'email', value: 'a@b.fr' }`; a text without a colon has the kind `''`. */
export function parseIdentifier(identifier: Identifier): { readonly kind: string; readonly value: string } {
  const colon = identifier.indexOf(':')
  return colon < 0
    ? { kind: '', value: identifier }
    : { kind: identifier.slice(0, colon), value: identifier.slice(colon + 1) }
}

/**
 * The identifier an event belongs to: its `userId` when it has one, otherwise its `anonymousId`
 * (null when it has neither: such an event belongs to no customer). An event with both ids belongs
 * to the customer of its user id even when the link between the two ids has been undone.
 */
export function eventOwner(event: {
  readonly anonymousId: string | null
  readonly userId: string | null
}): Identifier | null {
  if (event.userId !== null) return toIdentifier(EventIdentifierKind.User, event.userId)
  if (event.anonymousId !== null) return toIdentifier(EventIdentifierKind.Anonymous, event.anonymousId)
  return null
}

/**
 * Identifier values grouped by kind, each list sorted; kinds in the order user, anonymous, then
 * shared kinds alphabetically: `{ user: ['u1'], anonymous: ['a1'], email: ['lea@example.fr'] }`.
 */
export function groupIdentifiersByKind(identifiers: Iterable<Identifier>): Record<string, string[]> {
  const byKind = new Map<string, string[]>()
  for (const identifier of identifiers) {
    const { kind, value } = parseIdentifier(identifier)
    const values = byKind.get(kind)
    if (values === undefined) byKind.set(kind, [value])
    else values.push(value)
  }
  const rank = (kind: string) =>
    kind === EventIdentifierKind.User ? 0 : kind === EventIdentifierKind.Anonymous ? 1 : 2
  const kinds = [...byKind.keys()].sort((a, b) => rank(a) - rank(b) || compareText(a, b))
  return Object.fromEntries(kinds.map((kind) => [kind, (byKind.get(kind) ?? []).sort(compareText)]))
}

/** A UTF-16 surrogate: half of a character above U+FFFF. */
const SURROGATE = /[\uD800-\uDFFF]/

/**
 * Sorts texts in place in `compareText` order: JavaScript's own sort (UTF-16 code units, several
 * times faster than a comparator written in JavaScript) when no text holds a character above
 * U+FFFF, as code units then order as code points; `compareText` otherwise.
 *
 * @example sortTexts(['b', 'a', '😀', '\uffff']) // ['a', 'b', '\uffff', '😀']
 */
export function sortTexts<T extends string>(texts: T[]): T[] {
  for (const text of texts) if (SURROGATE.test(text)) return texts.sort(compareText)
  return texts.sort()
}

/**
 * Unicode code-point order — the byte order of UTF-8, which is how SQL engines sort text with
 * their binary collation — the same on every platform and locale (unlike `localeCompare`). It
 * differs from JavaScript's `<` (UTF-16 code units) only for characters above U+FFFF.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    const isSurrogateX = x >= 0xd800 && x <= 0xdfff
    const isSurrogateY = y >= 0xd800 && y <= 0xdfff
    // A surrogate encodes a code point above U+FFFF: it sorts after every other code unit.
    if (isSurrogateX !== isSurrogateY) return isSurrogateX ? 1 : -1
    return x - y
  }
  return a.length - b.length
}
