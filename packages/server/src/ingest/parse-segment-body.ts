import {
  type DocumentProblem,
  type EventType,
  formatPath,
  IncomingEvent,
  IsoTimestamp,
  MAX_EVENT_JSON_BYTES,
  type NewEvent,
  type Result,
  toNewEvent,
} from '@parcours/core'
import { jsonBytesOver } from './measure-event-json.js'

/** What a Segment HTTP API route receives: a batch, or one call whose type the path gives. */
export type SegmentRoute = 'batch' | EventType

/** At most this many problems are listed in one answer (the detail still counts them all). */
export const MAX_LISTED_PROBLEMS = 1000

type JsonRecord = Record<string, unknown>
const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Checks a Segment HTTP API body and turns it into events, all or nothing: every problem of every
 * event is reported with its path (`batch[3].timestamp`), and a single problem refuses the body.
 * An event whose JSON is over 32 KB (`MAX_EVENT_JSON_BYTES`, Segment's limit) is a problem at its
 * path (`batch[3]`, or `$` for a single call). A batch's top-level `context` is merged under each
 * event's own (the event wins), and its `sentAt` stands for each event's that has none; a single
 * call takes its `type` from the route when it has none. Times are corrected for the client's
 * clock skew with `sentAt` and `receivedAt` (see `eventTime` in core).
 *
 * @param receivedAt when the request arrived, by the server's clock, epoch ms.
 * @example
 * parseSegmentBody('batch', { sentAt: '2026-05-01T10:05:00Z', batch: [{ type: 'track', … }] }, Date.now())
 */
export function parseSegmentBody(
  route: SegmentRoute,
  body: unknown,
  receivedAt: number,
): Result<NewEvent[], DocumentProblem[]> {
  if (!isRecord(body)) return fail([{ path: '$', message: 'the body must be a JSON object' }])
  if (route !== 'batch') {
    if (body.type !== undefined && body.type !== route) {
      return fail([{ path: 'type', message: `must be "${route}" on /v1/${route} (or absent)` }])
    }
    return parseEvents([body], [{ ...body, type: route }], [], receivedAt)
  }
  const problems: DocumentProblem[] = []
  for (const field of ['context', 'integrations'] as const) {
    if (body[field] !== undefined && !isRecord(body[field]))
      problems.push({ path: field, message: 'must be an object' })
  }
  const sentAt = body.sentAt === undefined ? undefined : IsoTimestamp.safeParse(body.sentAt)
  if (sentAt !== undefined && !sentAt.success) {
    problems.push(...sentAt.error.issues.map((issue) => ({ path: 'sentAt', message: issue.message })))
  }
  if (!Array.isArray(body.batch)) problems.push({ path: 'batch', message: 'must be an array of events' })
  else if (body.batch.length === 0) problems.push({ path: 'batch', message: 'must hold at least one event' })
  if (problems.length > 0 || !Array.isArray(body.batch)) return fail(problems)
  const context = isRecord(body.context) ? body.context : undefined
  const batchSentAt = sentAt?.data
  const events: readonly unknown[] = body.batch
  const completed =
    context === undefined && batchSentAt === undefined
      ? events
      : events.map((event) => withBatchFields(event, context, batchSentAt))
  return parseEvents(events, completed, ['batch'], receivedAt)
}

/**
 * Checks each event and turns it into a Parcours event. An event over 32 KB of JSON, measured as
 * it was sent, is one problem at its own path and is not checked further; the others are checked
 * as completed with the batch's fields.
 */
function parseEvents(
  sent: readonly unknown[],
  completed: readonly unknown[],
  prefix: readonly PropertyKey[],
  receivedAt: number,
): Result<NewEvent[], DocumentProblem[]> {
  const parsed: NewEvent[] = []
  const problems: DocumentProblem[] = []
  completed.forEach((event, index) => {
    const path = prefix.length === 0 ? [] : [...prefix, index]
    const bytes = jsonBytesOver(sent[index], MAX_EVENT_JSON_BYTES)
    if (bytes !== undefined) {
      const size = Number.isFinite(bytes) ? `${bytes} bytes of JSON` : 'too deeply nested to be measured'
      const message = `the event is ${size}, over the limit of ${MAX_EVENT_JSON_BYTES} bytes (32 KB) per event`
      problems.push({ path: formatPath(path), message })
      return
    }
    const result = IncomingEvent.safeParse(event)
    if (result.success) parsed.push(toNewEvent(result.data, receivedAt))
    else
      for (const issue of result.error.issues) {
        problems.push({ path: formatPath([...path, ...issue.path]), message: issue.message })
      }
  })
  return problems.length === 0 ? { ok: true, value: parsed } : fail(problems)
}

/** The batch's `sentAt` on an event that has none (the event's own wins), and its context merged under the event's. */
function withBatchFields(event: unknown, context: JsonRecord | undefined, sentAt: string | undefined): unknown {
  if (!isRecord(event)) return event
  const timed = sentAt === undefined || event.sentAt !== undefined ? event : { ...event, sentAt }
  return context === undefined ? timed : withContext(timed, context)
}

/** The batch's context under the event's own: nested objects are merged, the event's values win. */
function withContext(event: unknown, context: JsonRecord): unknown {
  if (!isRecord(event)) return event
  if (event.context === undefined) return { ...event, context }
  if (!isRecord(event.context)) return event
  return { ...event, context: mergeUnder(context, event.context) }
}

function mergeUnder(base: JsonRecord, over: JsonRecord): JsonRecord {
  const merged: JsonRecord = { ...base }
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key]
    // defineProperty, so that a `__proto__` key stays data and never becomes the prototype.
    Object.defineProperty(merged, key, {
      value: isRecord(under) && isRecord(value) ? mergeUnder(under, value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return merged
}

const fail = (problems: DocumentProblem[]) => ({ ok: false, error: problems }) as const
