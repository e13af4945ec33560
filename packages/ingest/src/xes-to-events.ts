import type { ImportReject, NewEvent } from '@parcours/core'
import { readXes } from './read-xes.js'
import type { XesAttributes, XesValue } from './xes-log.js'

export interface XesEventsOptions {
  /** Makes messageIds unique per file and stable across re-imports (e.g. a hash of the content). */
  readonly fileId: string
  /** Called for every event that cannot become a Parcours event. */
  readonly onReject: (reject: ImportReject) => void
  /** Called after each trace with the number of traces read. */
  readonly onTrace?: (traces: number) => void
}

/**
 * Reads an XES log as Parcours events, one batch per trace: the trace's `concept:name` is the case
 * and the user id (one customer per case), the event's `concept:name` is the activity, every event
 * attribute is a property and every trace attribute a `case:` property (as pm4py names them).
 * An event without a valid `time:timestamp` or `concept:name` is rejected with its trace and position.
 */
export async function* xesEvents(path: string, options: XesEventsOptions): AsyncIterable<NewEvent[]> {
  let traces = 0
  for await (const trace of readXes(path)) {
    traces++
    const caseId = scalarText(trace.attributes['concept:name']) ?? `trace-${trace.index + 1}`
    const caseProperties = Object.fromEntries(
      Object.entries(trace.attributes).map(([key, value]) => [`case:${key}`, value] as const),
    )
    const batch: NewEvent[] = []
    for (const event of trace.events) {
      const name = scalarText(event.attributes['concept:name'])
      const record = `trace ${trace.index + 1} (${JSON.stringify(caseId)}), event ${event.index + 1}`
      if (name === undefined || name.trim() === '') {
        options.onReject({ line: null, record, field: 'concept:name', code: 'missing-activity', value: null })
        continue
      }
      if (event.timestamp === undefined) {
        const raw = event.attributes['time:timestamp']
        options.onReject({
          line: null,
          record,
          field: 'time:timestamp',
          code: 'bad-timestamp',
          value: scalarText(raw) ?? null,
        })
        continue
      }
      batch.push({
        messageId: `xes-${options.fileId}-${trace.index}-${event.index}`,
        type: 'track',
        name,
        anonymousId: null,
        userId: caseId,
        timestamp: event.timestamp,
        channel: null,
        properties: { ...caseProperties, ...(event.attributes as XesAttributes) },
        traits: {},
        context: {},
      })
    }
    options.onTrace?.(traces)
    yield batch
  }
}

function scalarText(value: XesValue | undefined): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value !== undefined && !Array.isArray(value) && typeof value === 'object') return scalarText(value.value)
  return undefined
}
