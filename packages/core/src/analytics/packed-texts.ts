/**
 * A read-only list of texts, as the journey log holds case and customer ids: a plain array, or
 * `PackedTexts` (one string and offsets) when there are millions of them.
 */
export interface TextList {
  readonly length: number
  at(index: number): string | undefined
  /** The index of the first text equal to `value`, or -1. */
  indexOf(value: string): number
  slice(from: number, to: number): TextList
}

/** The texts of a list as an array. */
export function textsOf(list: TextList): string[] {
  return Array.from({ length: list.length }, (_, i) => list.at(i) as string)
}

/**
 * Texts packed into one string with their offsets: a million ids are one string and one
 * Int32Array instead of a million strings, so that garbage collections have next to nothing to
 * mark. `at(i)` answers a slice of the string (no copy of its characters); `indexOf` finds a text
 * through a hash table of the positions, built at its first use (4 bytes per slot, twice as many
 * slots as texts).
 *
 * @example
 * const ids = PackedTexts.of(['anna', 'bob'])
 * ids.at(1) // 'bob'
 * ids.indexOf('anna') // 0
 */
export class PackedTexts implements TextList {
  readonly length: number
  private readonly text: string
  /** `length + 1` offsets into `text`: text i is `text.slice(offsets[i], offsets[i + 1])`. */
  private readonly offsets: Int32Array
  /** Open addressing: slot → text index + 1 (0: empty). */
  private table: Int32Array | undefined

  private constructor(text: string, offsets: Int32Array) {
    this.text = text
    this.offsets = offsets
    this.length = offsets.length - 1
  }

  /** Packs texts in the order given, after the texts of `before` when given (duplicates kept: `indexOf` answers the first). */
  static of(texts: readonly string[], before?: PackedTexts): PackedTexts {
    const first = before?.length ?? 0
    const offsets = new Int32Array(first + texts.length + 1)
    let head = ''
    if (before !== undefined) {
      const base = before.offsets[0] as number
      for (let i = 0; i <= first; i++) offsets[i] = (before.offsets[i] as number) - base
      head = before.text.slice(base, before.offsets[first])
    }
    let position = offsets[first] as number
    texts.forEach((text, i) => {
      position += text.length
      offsets[first + i + 1] = position
    })
    return new PackedTexts(head + texts.join(''), offsets)
  }

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined
    return this.text.slice(this.offsets[index], this.offsets[index + 1])
  }

  /** Texts `from` to `to − 1`, sharing this list's string. */
  slice(from: number, to: number): PackedTexts {
    if (from < 0 || to > this.length || from > to) throw new RangeError(`no texts ${from}…${to} in ${this.length}`)
    return new PackedTexts(this.text, this.offsets.subarray(from, to + 1))
  }

  /** The index of the first text equal to `value`, or -1. */
  indexOf(value: string): number {
    const table = this.table ?? this.buildTable()
    const mask = table.length - 1
    for (let slot = hashOf(value, 0, value.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot] as number
      if (entry === 0) return -1
      const i = entry - 1
      const start = this.offsets[i] as number
      if ((this.offsets[i + 1] as number) - start === value.length && this.text.startsWith(value, start)) return i
    }
  }

  private buildTable(): Int32Array {
    let size = 16
    while (size < this.length * 2) size *= 2
    const table = new Int32Array(size)
    const mask = size - 1
    for (let i = 0; i < this.length; i++) {
      const start = this.offsets[i] as number
      const end = this.offsets[i + 1] as number
      let slot = hashOf(this.text, start, end) & mask
      for (;;) {
        const entry = table[slot] as number
        if (entry === 0) break
        // A duplicate keeps the first index.
        const j = entry - 1
        const other = this.offsets[j] as number
        if ((this.offsets[j + 1] as number) - other === end - start && this.sameText(other, start, end - start)) break
        slot = (slot + 1) & mask
      }
      if (table[slot] === 0) table[slot] = i + 1
    }
    this.table = table
    return table
  }

  private sameText(a: number, b: number, length: number): boolean {
    for (let k = 0; k < length; k++) if (this.text.charCodeAt(a + k) !== this.text.charCodeAt(b + k)) return false
    return true
  }
}

/** FNV-1a over UTF-16 code units `start` to `end − 1` of `text`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193)
  return hash >>> 0
}

/**
 * Codes texts against a packed list, appending the texts it does not hold (the journey index's
 * customers when new events arrive): `code` answers the index of a text, `packed()` the list with
 * the new texts after the old ones.
 *
 * @example
 * const customers = new PackedTextCodes(PackedTexts.of(['anna']))
 * customers.code('bob') // 1
 * customers.packed().at(1) // 'bob'
 */
export class PackedTextCodes {
  private readonly base: PackedTexts
  private readonly added: string[] = []
  private readonly addedCodes = new Map<string, number>()

  constructor(base: PackedTexts = PackedTexts.of([])) {
    this.base = base
  }

  code(value: string): number {
    const old = this.base.indexOf(value)
    if (old >= 0) return old
    let code = this.addedCodes.get(value)
    if (code === undefined) {
      code = this.base.length + this.added.length
      this.added.push(value)
      this.addedCodes.set(value, code)
    }
    return code
  }

  get length(): number {
    return this.base.length + this.added.length
  }

  packed(): PackedTexts {
    return this.added.length === 0 ? this.base : PackedTexts.of(this.added, this.base)
  }
}
