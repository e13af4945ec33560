import type { JourneyLog, PropertyColumn } from '@parcours/core'

/**
 * What a worker thread needs of a journey log to run per-case work: the case and event columns
 * (typed arrays over SharedArrayBuffers, so posting them copies nothing), the dictionaries, and
 * the property columns the work reads. Case and customer ids stay on the main thread.
 */
export interface SharedJourneyColumns {
  readonly caseCount: number
  readonly eventCount: number
  readonly caseOffsets: Int32Array
  readonly caseCustomer: Int32Array
  readonly name: Int32Array
  readonly lifecycle: Int32Array
  readonly channel: Int32Array
  readonly time: Float64Array
  readonly seq: Float64Array
  readonly names: readonly string[]
  readonly lifecycles: readonly string[]
  readonly channels: readonly string[]
  readonly properties: Readonly<Record<string, PropertyColumn>>
}

/** Whether every array a worker would read is over shared memory (else posting would copy it). */
export function isSharedLog(log: JourneyLog, properties: readonly PropertyColumn[]): boolean {
  const arrays = [log.caseOffsets, log.caseCustomer, log.name, log.lifecycle, log.channel, log.time, log.seq]
  return [...arrays, ...properties.map((column) => column.codes)].every(
    (array) => array.buffer instanceof SharedArrayBuffer,
  )
}

/** The columns of `log` to post to a worker, with the named property columns. */
export function sharedColumnsOf(log: JourneyLog, propertyPaths: readonly string[]): SharedJourneyColumns {
  return {
    caseCount: log.caseCount,
    eventCount: log.eventCount,
    caseOffsets: log.caseOffsets,
    caseCustomer: log.caseCustomer,
    name: log.name,
    lifecycle: log.lifecycle,
    channel: log.channel,
    time: log.time,
    seq: log.seq,
    names: log.names,
    lifecycles: log.lifecycles,
    channels: log.channels,
    properties: Object.fromEntries(propertyPaths.map((path) => [path, log.property(path)])),
  }
}

/**
 * The journey log a worker rebuilds from posted columns. Its case ids, customer ids and traits are
 * empty (they stay on the main thread): it serves per-case work that reads none of them.
 */
export function journeyLogOfColumns(columns: SharedJourneyColumns): JourneyLog {
  return {
    ...columns,
    caseIds: [],
    customerIds: [],
    customerTraits: [],
    property(path) {
      const column = columns.properties[path]
      if (column === undefined) throw new Error(`the worker was not given the property column "${path}"`)
      return column
    },
  }
}
