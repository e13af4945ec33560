import {
  type DocumentProblem,
  type EventType,
  formatPath,
  IncomingEvent,
  type NewEvent,
  type Result,
  toNewEvent,
} from '@parcours/core'

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
 * A batch's top-level `context` is merged under each event's own (the event wins); a single call
 * takes its `type` from the route when it has none.
 */
export function parseSegmentBody(route: SegmentRoute, body: unknown): Result<NewEvent[], DocumentProblem[]> {
  if (!isRecord(body)) return fail([{ path: '$', message: 'the body must be a JSON object' }])
  if (route !== 'batch') {
    if (body.type !== undefined && body.type !== route) {
      return fail([{ path: 'type', message: `must be "${route}" on /v1/${route} (or absent)` }])
    }
    return parseEvents([{ ...body, type: route }], [])
  }
  const problems: DocumentProblem[] = []
  for (const field of ['context', 'integrations'] as const) {
    if (body[field] !== undefined && !isRecord(body[field]))
      problems.push({ path: field, message: 'must be an object' })
  }
  if (!Array.isArray(body.batch)) problems.push({ path: 'batch', message: 'must be an array of events' })
  else if (body.batch.length === 0) problems.push({ path: 'batch', message: 'must hold at least one event' })
  if (problems.length > 0 || !Array.isArray(body.batch)) return fail(problems)
  const context = isRecord(body.context) ? body.context : undefined
  const events = context === undefined ? body.batch : body.batch.map((event: unknown) => withContext(event, context))
  return parseEvents(events, ['batch'])
}

function parseEvents(
  events: readonly unknown[],
  prefix: readonly PropertyKey[],
): Result<NewEvent[], DocumentProblem[]> {
  const parsed: NewEvent[] = []
  const problems: DocumentProblem[] = []
  events.forEach((event, index) => {
    const path = prefix.length === 0 ? [] : [...prefix, index]
    const result = IncomingEvent.safeParse(event)
    if (result.success) parsed.push(toNewEvent(result.data))
    else
      for (const issue of result.error.issues) {
        problems.push({ path: formatPath([...path, ...issue.path]), message: issue.message })
      }
  })
  return problems.length === 0 ? { ok: true, value: parsed } : fail(problems)
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
