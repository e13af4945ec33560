import { type JourneyLog, NONE, type PropertyColumn } from './journey-log.js'

/**
 * The log restricted to the events where `keep` is set (a mask over event positions); cases left
 * without events are dropped. Dictionaries and customers are shared with the original log.
 */
export function selectEvents(log: JourneyLog, keep: Uint8Array): JourneyLog {
  const positions: number[] = []
  const offsets: number[] = [0]
  const caseIds: string[] = []
  const caseCustomer: number[] = []
  for (let c = 0; c < log.caseCount; c++) {
    const before = positions.length
    for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++)
      if (keep[i]) positions.push(i)
    if (positions.length === before) continue
    offsets.push(positions.length)
    caseIds.push(log.caseIds.at(c) as string)
    caseCustomer.push(log.caseCustomer[c] as number)
  }
  return reindex(log, Int32Array.from(positions), Int32Array.from(offsets), caseIds, Int32Array.from(caseCustomer))
}

/**
 * Cases `from` to `to − 1` of the log as a view that copies no event: the event columns (and
 * positions) stay the original's, only the case arrays are narrowed, so the events outside the
 * range belong to no case of the view. For splitting per-case work (threads); `eventCount` is still
 * the whole log's.
 */
export function sliceCases(log: JourneyLog, from: number, to: number): JourneyLog {
  if (from < 0 || to > log.caseCount || from > to) throw new RangeError(`no cases ${from}…${to} in ${log.caseCount}`)
  return {
    ...log,
    caseCount: to - from,
    caseOffsets: log.caseOffsets.subarray(from, to + 1),
    caseIds: log.caseIds.slice(from, to),
    caseCustomer: log.caseCustomer.subarray(from, to),
    property: (path) => log.property(path),
  }
}

/** The log restricted to the cases where `keep` is set (a mask over cases). */
export function selectCases(log: JourneyLog, keep: Uint8Array): JourneyLog {
  const positions: number[] = []
  const offsets: number[] = [0]
  const caseIds: string[] = []
  const caseCustomer: number[] = []
  for (let c = 0; c < log.caseCount; c++) {
    if (!keep[c]) continue
    for (let i = log.caseOffsets[c] as number; i < (log.caseOffsets[c + 1] as number); i++) positions.push(i)
    offsets.push(positions.length)
    caseIds.push(log.caseIds.at(c) as string)
    caseCustomer.push(log.caseCustomer[c] as number)
  }
  return reindex(log, Int32Array.from(positions), Int32Array.from(offsets), caseIds, Int32Array.from(caseCustomer))
}

function reindex(
  log: JourneyLog,
  positions: Int32Array,
  caseOffsets: Int32Array,
  caseIds: readonly string[],
  caseCustomer: Int32Array,
): JourneyLog {
  if (positions.length === log.eventCount && caseIds.length === log.caseCount) return log
  const pick = <A extends Int32Array | Float64Array>(column: A, make: (n: number) => A): A => {
    const out = make(positions.length)
    for (let i = 0; i < positions.length; i++) out[i] = column[positions[i] as number] as number
    return out
  }
  const ints = (n: number) => new Int32Array(n)
  const floats = (n: number) => new Float64Array(n)
  const cache = new Map<string, PropertyColumn>()
  return {
    ...log,
    caseCount: caseIds.length,
    eventCount: positions.length,
    caseOffsets,
    caseIds,
    caseCustomer,
    name: pick(log.name, ints),
    lifecycle: pick(log.lifecycle, ints),
    channel: pick(log.channel, ints),
    time: pick(log.time, floats),
    seq: pick(log.seq, floats),
    property(path) {
      let column = cache.get(path)
      if (column === undefined) {
        const parent = log.property(path)
        column = { codes: pick(parent.codes, ints), values: parent.values }
        cache.set(path, column)
      }
      return column
    },
  }
}

/** A mask keeping the events whose lifecycle is one of `lifecycles` (compared case-insensitively). */
export function lifecycleMask(log: JourneyLog, lifecycles: readonly string[]): Uint8Array {
  const wanted = new Set(lifecycles.map((value) => value.toLowerCase()))
  const codeWanted = log.lifecycles.map((value) => wanted.has(value.toLowerCase()))
  const keep = new Uint8Array(log.eventCount)
  for (let i = 0; i < log.eventCount; i++) {
    const code = log.lifecycle[i] as number
    keep[i] = code !== NONE && codeWanted[code] ? 1 : 0
  }
  return keep
}

/** A mask keeping the events whose time is in `[from, to)` (either bound optional, epoch ms). */
export function timeMask(log: JourneyLog, from?: number, to?: number): Uint8Array {
  const keep = new Uint8Array(log.eventCount)
  for (let i = 0; i < log.eventCount; i++) {
    const t = log.time[i] as number
    keep[i] = (from === undefined || t >= from) && (to === undefined || t < to) ? 1 : 0
  }
  return keep
}
