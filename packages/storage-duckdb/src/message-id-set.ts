import { hash as digest } from 'node:crypto'
import type { OpenDatabase } from './open-database.js'

/**
 * How a message id becomes a number in [0, 2^52) — exact in a float64 — computed the same way in
 * JavaScript (for new events) and in DuckDB SQL (to load the stored ones).
 */
export interface MessageIdHash {
  /** The hash of one message id. */
  of(messageId: string): number
  /** The same hash as a DuckDB expression of a VARCHAR column, typed DOUBLE. */
  sql(column: string): string
}

/**
 * The default hash: the first 8 bytes of the id's MD5 (of its UTF-8 bytes), read little-endian,
 * shifted right by 12 bits — DuckDB's `md5_number_upper(id) >> 12`. About 0.35 µs per id in Node.
 * With n ids stored, a new id hits a stored hash by chance with probability n / 2^52
 * (2e-9 at 10M): such a hit only costs an exact check against the table.
 *
 * @example MD5_MESSAGE_ID_HASH.of('abc') === 3101710017463552
 */
export const MD5_MESSAGE_ID_HASH: MessageIdHash = {
  of(messageId) {
    // The digest as a 'binary' (latin1) string, one char per byte, is cheaper to get than a Buffer.
    const d = digest('md5', messageId, 'binary')
    const low = (d.charCodeAt(1) >>> 4) | (d.charCodeAt(2) << 4) | (d.charCodeAt(3) << 12)
    const high = d.charCodeAt(4) | (d.charCodeAt(5) << 8) | (d.charCodeAt(6) << 16)
    return d.charCodeAt(7) * 2 ** 44 + high * 2 ** 20 + low
  },
  sql: (column) => `(md5_number_upper(${column}) >> 12)::DOUBLE`,
}

/**
 * The hashes of the message ids a project has stored. `has` answering false means the id was
 * certainly never stored; true means it possibly was (a duplicate, or another id with the same
 * hash) and must be checked exactly.
 *
 * Inside: a sorted Float64Array with a bucket index (where each range of hash values starts),
 * plus an open-addressing table of the hashes added since the last merge into the sorted array.
 * Memory for n stored events: 8n bytes (sorted) + 0.5n to n (index) + n to 2n (the recent table,
 * sized for n/16 hashes, at least 1 MiB): 10.5 bytes per stored event measured at 10M (105 MB).
 * A merge (every n/16 added hashes; 0.27 s at 10M) briefly holds the old and the new sorted array
 * (8n bytes more). Lookups take about 0.2 µs.
 */
export interface MessageIdSet {
  /** False: no stored id has this hash. True: some stored id has it. */
  has(hash: number): boolean
  add(hash: number): void
}

/** The recent hashes are merged into the sorted array once they are this many, or 1/16 of it. */
const MIN_RECENT_BEFORE_MERGE = 1 << 16
/** An empty slot of the recent table (hashes are ≥ 0). */
const EMPTY = -1

/**
 * A set over some hashes, integers in [0, 2^52) (in any order, repeats allowed; the array may be
 * reused by the set).
 *
 * @example
 * const set = createMessageIdSet(new Float64Array([7, 3]))
 * set.add(5)
 * set.has(5) // true
 * set.has(4) // false
 */
export function createMessageIdSet(hashes: Float64Array): MessageIdSet {
  let sorted = createSortedHashes(sortDistinct(hashes))
  let recent = createRecentTable(sorted.values.length)
  return {
    has: (hash) => recent.has(hash) || sorted.has(hash),
    add(hash) {
      if (!recent.add(hash)) return
      const added = recent.values()
      sorted = createSortedHashes(mergeDistinct(sorted.values, added.sort()))
      recent = createRecentTable(sorted.values.length)
    },
  }
}

/** Sorted distinct hashes with the position where each bucket of values starts (about 4 per bucket). */
function createSortedHashes(values: Float64Array) {
  const bits = Math.max(0, Math.floor(Math.log2(values.length / 4)))
  const width = 2 ** (52 - bits)
  const last = 2 ** bits - 1
  const bucketOf = (hash: number) => {
    const bucket = Math.floor(hash / width)
    return bucket > last ? last : bucket < 0 ? 0 : bucket
  }
  const starts = new Uint32Array(last + 2)
  let bucket = 0
  for (let i = 0; i < values.length; i++) {
    const until = bucketOf(values[i] as number)
    while (bucket <= until) starts[bucket++] = i
  }
  while (bucket < starts.length) starts[bucket++] = values.length
  return {
    values,
    has(hash: number): boolean {
      const b = bucketOf(hash)
      let low = starts[b] as number
      let high = starts[b + 1] as number
      while (low < high) {
        const middle = (low + high) >>> 1
        const value = values[middle] as number
        if (value === hash) return true
        if (value < hash) low = middle + 1
        else high = middle
      }
      return false
    },
  }
}

/** An open-addressing table (linear probing, at most half full) of the hashes added lately. */
function createRecentTable(sortedCount: number) {
  const limit = Math.max(MIN_RECENT_BEFORE_MERGE, sortedCount >>> 4)
  const slots = new Float64Array(2 ** Math.ceil(Math.log2(2 * limit))).fill(EMPTY)
  const mask = slots.length - 1
  let count = 0
  const slotOf = (hash: number) => {
    let i = (hash >>> 0) & mask
    for (;;) {
      const value = slots[i] as number
      if (value === hash || value === EMPTY) return i
      i = (i + 1) & mask
    }
  }
  return {
    has: (hash: number) => slots[slotOf(hash)] === hash,
    /** Adds a hash; true when the table is full and must be merged. */
    add(hash: number): boolean {
      const i = slotOf(hash)
      if (slots[i] === hash) return false
      slots[i] = hash
      return ++count >= limit
    },
    /** The hashes held, in slot order. */
    values(): Float64Array {
      const values = new Float64Array(count)
      let kept = 0
      for (let i = 0; i < slots.length; i++) {
        const value = slots[i] as number
        if (value !== EMPTY) values[kept++] = value
      }
      return values
    },
  }
}

/** Sorts in place (when not sorted yet) and keeps one of each value. */
function sortDistinct(hashes: Float64Array): Float64Array {
  let isSorted = true
  for (let i = 1; i < hashes.length && isSorted; i++) isSorted = (hashes[i - 1] as number) <= (hashes[i] as number)
  if (!isSorted) hashes.sort()
  let kept = 0
  for (let i = 0; i < hashes.length; i++) {
    const value = hashes[i] as number
    if (kept === 0 || hashes[kept - 1] !== value) hashes[kept++] = value
  }
  return kept === hashes.length ? hashes : hashes.slice(0, kept)
}

/** The union of two sorted arrays of distinct values, sorted and distinct. */
function mergeDistinct(a: Float64Array, b: Float64Array): Float64Array {
  const merged = new Float64Array(a.length + b.length)
  let i = 0
  let j = 0
  let kept = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x < y) {
      merged[kept++] = x
      i++
    } else if (y < x) {
      merged[kept++] = y
      j++
    } else {
      merged[kept++] = x
      i++
      j++
    }
  }
  merged.set(a.subarray(i), kept)
  kept += a.length - i
  merged.set(b.subarray(j), kept)
  kept += b.length - j
  return kept === merged.length ? merged : merged.slice(0, kept)
}

/**
 * The message-id sets of one database, one per project, read from the `events` table the first
 * time a project is written to. This store is the only writer of its file (DuckDB locks it), so a
 * set stays exact as long as every path that stores events updates it (or forgets it, so that it
 * is read again).
 */
export interface MessageIdSets {
  readonly hash: MessageIdHash
  /** The project's set, read from the table on first use (about 0.4 µs per stored event). */
  load(db: OpenDatabase, projectId: string): Promise<MessageIdSet>
  /**
   * After events were stored by another path (an import): adds the hashes of the project's events
   * whose seq is above `afterSeq`, when the project's set is loaded (otherwise nothing to do).
   */
  addStoredAfter(db: OpenDatabase, projectId: string, afterSeq: number): Promise<void>
  /** Drops a project's set, read again on next use (after a write whose outcome is unknown). */
  forget(projectId: string): void
}

export function createMessageIdSets(hash: MessageIdHash = MD5_MESSAGE_ID_HASH): MessageIdSets {
  const sets = new Map<string, MessageIdSet>()
  return {
    hash,
    async load(db, projectId) {
      const loaded = sets.get(projectId)
      if (loaded !== undefined) return loaded
      const set = createMessageIdSet(await readHashes(db, hash, projectId, 0))
      sets.set(projectId, set)
      return set
    },
    async addStoredAfter(db, projectId, afterSeq) {
      const set = sets.get(projectId)
      if (set === undefined) return
      try {
        for (const value of await readHashes(db, hash, projectId, afterSeq)) set.add(value)
      } catch (error) {
        sets.delete(projectId)
        throw error
      }
    },
    forget(projectId) {
      sets.delete(projectId)
    },
  }
}

/** The hashes of a project's stored message ids with seq above `afterSeq`, sorted by DuckDB. */
async function readHashes(
  db: OpenDatabase,
  hash: MessageIdHash,
  projectId: string,
  afterSeq: number,
): Promise<Float64Array> {
  const where = 'project_id = $1 AND seq > $2'
  const counted = await db.connection.runAndReadAll(`SELECT count(*) FROM events WHERE ${where}`, [projectId, afterSeq])
  let hashes = new Float64Array(Number(counted.getRowsJS()[0]?.[0] ?? 0))
  const result = await db.connection.stream(
    `SELECT ${hash.sql('message_id')} AS hash FROM events WHERE ${where} ORDER BY hash`,
    [projectId, afterSeq],
  )
  let count = 0
  for (;;) {
    const chunk = await result.fetchChunk()
    if (chunk === null || chunk.rowCount === 0) break
    if (count + chunk.rowCount > hashes.length) {
      const grown = new Float64Array(Math.max(count + chunk.rowCount, hashes.length * 2))
      grown.set(hashes)
      hashes = grown
    }
    const column = chunk.getColumnVector(0)
    for (let row = 0; row < chunk.rowCount; row++) hashes[count++] = column.getItem(row) as number
  }
  return count === hashes.length ? hashes : hashes.slice(0, count)
}
