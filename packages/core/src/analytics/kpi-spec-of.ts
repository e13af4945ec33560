import type { EventSelector } from '../events/event-selector.schema.js'
import type { KpiDefinition, KpiKind, KpiUnit } from '../journey-map/journey-map.schema.js'
import { err, ok, type Result } from '../shared/result.js'
import type { KpiSpec } from './kpi-spec.js'

/**
 * Why a map's KPI definition gives no computable spec:
 * - `unsupported-kind`: the engine does not compute this kind as a KPI (`count`, `custom`,
 *   `time-to-next-step`, which the funnel measures);
 * - `unsupported-unit`: the unit does not fit the kind (an NPS in percent);
 * - `unknown-formula`: the formula does not state the rule the engine computes, or states a
 *   condition it cannot read (a channel beside an event name, a trailing restriction);
 * - `missing-events`: the KPI counts events but its formula names none (in parentheses or quotes);
 * - `missing-parameters`: the KPI needs values the formula cannot give (a CLV's lifetime).
 */
export type KpiSpecError =
  | {
      readonly code: 'unsupported-kind' | 'unknown-formula' | 'missing-events' | 'missing-parameters'
      readonly kpiId: string
      readonly kind: KpiKind
      readonly message: string
    }
  | {
      readonly code: 'unsupported-unit'
      readonly kpiId: string
      readonly kind: KpiKind
      readonly unit: KpiUnit
      readonly message: string
    }

/**
 * Derives the spec the engine computes from a map's KPI definition, reading its kind, unit and
 * formula; never guesses. Surveys: NPS when the formula states the bands 9–10 and 0–6; CSAT
 * top-2 box (unit percent, answers "4 or 5") or mean (unit score, "mean"/"average" on 1–5); CES
 * mean (unit score, on 1–7) or top box (unit percent, "5–7"). Event KPIs read the event names
 * written in parentheses or quotes (Title Case, several words: `(Order Completed)`) on each side
 * of `÷`, and a window (`within 24 hours`, `dans les 7 jours`): conversion rate = numerator after
 * denominator; drop-off = the first named events not followed by the second; CTR, open rate;
 * CPC, CPL, cost per conversion (all cost rows ÷ the denominator's events); churn by cancel event.
 *
 * @example kpiSpecOf({ …, kind: 'conversion-rate', unit: 'percent', formula: 'Signature rate = offers signed (Contract Signed) ÷ offers issued (Loan Offer Issued) × 100' })
 * // → ok({ kind: 'conversion-rate', from: { events: ['Loan Offer Issued'] }, to: { events: ['Contract Signed'] } })
 */
export function kpiSpecOf(definition: KpiDefinition): Result<KpiSpec, KpiSpecError> {
  const { id: kpiId, kind, unit, formula } = definition
  const fail = (
    code: 'unsupported-kind' | 'unknown-formula' | 'missing-events' | 'missing-parameters',
    message: string,
  ) => err({ code, kpiId, kind, message })
  const failUnit = (expected: string) =>
    err({
      code: 'unsupported-unit' as const,
      kpiId,
      kind,
      unit,
      message: `a ${kind} KPI is in ${expected}, not ${unit}`,
    })

  switch (kind) {
    case 'nps':
      if (unit !== 'score') return failUnit('score')
      if (!NPS_PROMOTERS.test(formula) || !NPS_DETRACTORS.test(formula))
        return fail('unknown-formula', 'an NPS formula states promoters 9–10 and detractors 0–6')
      return ok({ kind: 'nps' })
    case 'csat':
      if (unit === 'percent') {
        if (!CSAT_BOX.test(formula)) return fail('unknown-formula', 'a CSAT in percent counts the answers 4 or 5')
        return ok({ kind: 'csat', method: 'top-2-box' })
      }
      if (unit === 'score') {
        if (!MEAN.test(formula) || !CSAT_SCALE.test(formula))
          return fail('unknown-formula', 'a CSAT score is the mean (average) answer on a 1–5 scale')
        return ok({ kind: 'csat', method: 'mean' })
      }
      return failUnit('percent (top-2 box) or score (mean)')
    case 'ces': {
      if (unit === 'score') {
        if (!MEAN.test(formula) || !CES_SCALE.test(formula))
          return fail('unknown-formula', 'a CES score is the mean (average) answer on a 1–7 scale')
        return ok({ kind: 'ces', method: 'mean' })
      }
      if (unit === 'percent') {
        const box = CES_BOX.exec(formula)
        if (box === null) return fail('unknown-formula', 'a CES in percent counts the answers from 5 (or 2–6) to 7')
        return ok({ kind: 'ces', method: 'top-box', boxSize: 8 - Number(box[1]) })
      }
      return failUnit('score (mean) or percent (top box)')
    }
    case 'conversion-rate':
    case 'drop-off':
    case 'ctr':
    case 'open-rate':
    case 'cpc':
    case 'cpl':
    case 'cost-per-conversion':
    case 'churn-rate': {
      const expectedUnit = kind === 'cpc' || kind === 'cpl' || kind === 'cost-per-conversion' ? 'currency' : 'percent'
      if (unit !== expectedUnit) return failUnit(expectedUnit)
      const read = readRatio(formula)
      if (!read.ok) return fail(read.error.code, read.error.message)
      return eventSpec(kind, read.value, fail)
    }
    case 'clv':
      return fail(
        'missing-parameters',
        'a CLV needs its order events, amount property and expected lifetime: give them in a spec',
      )
    case 'time-to-next-step':
      return fail('unsupported-kind', 'a time to the next step is measured by the funnel (time to convert)')
    case 'count':
    case 'custom':
      return fail('unsupported-kind', `a ${kind} KPI has no rule the engine computes`)
  }
}

/** A ratio formula read: the event groups named on each side of `÷`, and a window. */
interface RatioReading {
  readonly numerator: readonly EventSelector[]
  readonly denominator: readonly EventSelector[]
  readonly numeratorText: string
  readonly windowMs: number | undefined
}

type ReadError = { readonly code: 'unknown-formula' | 'missing-events'; readonly message: string }

function eventSpec(
  kind: 'conversion-rate' | 'drop-off' | 'ctr' | 'open-rate' | 'cpc' | 'cpl' | 'cost-per-conversion' | 'churn-rate',
  read: RatioReading,
  fail: (code: 'unknown-formula' | 'missing-events', message: string) => Result<never, KpiSpecError>,
): Result<KpiSpec, KpiSpecError> {
  const { numerator, denominator } = read
  const window = read.windowMs === undefined ? {} : { windowMs: read.windowMs }
  const one = (groups: readonly EventSelector[], side: string): Result<EventSelector, KpiSpecError> => {
    if (groups.length === 0) return fail('missing-events', `the ${side} of the formula names no events`)
    if (groups.length > 1) return fail('unknown-formula', `the ${side} of the formula names several event groups`)
    return ok(groups[0] as EventSelector)
  }
  switch (kind) {
    case 'conversion-rate': {
      const to = one(numerator, 'numerator')
      const from = one(denominator, 'denominator')
      if (!to.ok) return to
      if (!from.ok) return from
      return ok({ kind, from: from.value, to: to.value, ...window })
    }
    case 'drop-off': {
      const groups = [...numerator, ...denominator]
      if (groups.length < 2) return fail('missing-events', 'a drop-off formula names the start and the missed events')
      if (!NEGATION.test(read.numeratorText))
        return fail('unknown-formula', 'a drop-off formula reads "A with no B ÷ A"')
      const [from, to] = groups as [EventSelector, EventSelector]
      const rest = groups.slice(2)
      if (numerator.length !== 2 || rest.some((group) => !sameEvents(group, from)))
        return fail('unknown-formula', 'a drop-off formula names the start events, then the missed events')
      return ok({ kind, from, to, ...window })
    }
    case 'ctr':
    case 'open-rate': {
      const top = one(numerator, 'numerator')
      const bottom = one(denominator, 'denominator')
      if (!top.ok) return top
      if (!bottom.ok) return bottom
      return ok(
        kind === 'ctr'
          ? { kind, clicks: top.value, impressions: bottom.value }
          : { kind, opens: top.value, delivered: bottom.value },
      )
    }
    case 'cpc':
    case 'cpl':
    case 'cost-per-conversion': {
      if (numerator.length > 0) return fail('unknown-formula', 'the cost side of the formula names events')
      const events = one(denominator, 'denominator')
      if (!events.ok) return events
      return ok({ kind, events: events.value })
    }
    case 'churn-rate': {
      const cancel = one(numerator, 'numerator')
      if (!cancel.ok) return cancel
      if (denominator.length > 1) return fail('unknown-formula', 'the denominator names several event groups')
      const start = denominator[0]
      return ok({ kind, basis: 'cancel-event', cancel: cancel.value, ...(start === undefined ? {} : { start }) })
    }
  }
}

const NPS_PROMOTERS = /(?<!\d)9\s*(?:–|—|-|or|ou|and|et)\s*10(?!\d)/i
const NPS_DETRACTORS = /(?<!\d)0\s*(?:–|—|-|to|à)\s*6(?!\d)/i
const CSAT_BOX = /(?<!\d)4\s*(?:–|—|-|or|ou|and|et|to|à)\s*5(?!\d)/i
const CSAT_SCALE = /(?<!\d)1\s*(?:\([^)]*\)\s*)?(?:–|—|-|to|à)\s*5(?!\d)/i
const CES_SCALE = /(?<!\d)1\s*(?:\([^)]*\)\s*)?(?:–|—|-|to|à)\s*7(?!\d)/i
const CES_BOX = /(?<![\d.,])([2-6])\s*(?:–|—|-|to|à|or|ou)\s*7(?!\d)/i
const MEAN = /\b(?:mean|average|moyenne)\b/i
const NEGATION = /\b(?:no|not|without|sans|aucun|aucune|pas)\b/i

/** An event name as Segment's spec writes them: several words, each capitalised (`Order Completed`). */
const EVENT_NAME = /^[A-Z][A-Za-z0-9]*(?: [A-Z0-9][A-Za-z0-9]*)+$/
const GROUP = /\(([^()]*)\)|[“«"]\s*([^”»"]+?)\s*[”»"]/g
const QUOTES_AROUND = /^[\s“«"]+|[\s”»"]+$/g
const DIVIDED_BY = /÷| \/ /
const TIMES_100 = /\s*[×x*]\s*100\b/
const HARMLESS_TRAILER = /^[\s,.;]*(?:(?:over|during|in|sur|pendant)\s+(?:the|la)\s+(?:period|période))?[\s.]*$/i
const WINDOW_EN = /\bwithin\s+(\d+(?:\.\d+)?|one|an?)\s*(minutes?|min|hours?|h|days?)\b/i
const WINDOW_FR = /\bdans\s+les\s+(\d+(?:[.,]\d+)?)\s*(minutes|min|heures|h|jours)\b/i
const WITHIN_THE_HOUR = /\b(?:dans\s+l['’]heure|within\s+the\s+hour)\b/i
const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, j: 86_400_000 }

function readRatio(formula: string): Result<RatioReading, ReadError> {
  const definition = formula.includes('=') ? formula.slice(formula.indexOf('=') + 1) : formula
  const sides = definition.split(DIVIDED_BY)
  if (sides.length !== 2) return err({ code: 'unknown-formula', message: 'the formula is not one ratio A ÷ B' })
  const [numeratorText, rest] = sides as [string, string]
  const times = TIMES_100.exec(rest)
  const denominatorText = times === null ? rest : rest.slice(0, times.index)
  const trailer = times === null ? '' : rest.slice(times.index + times[0].length)
  if (!HARMLESS_TRAILER.test(trailer))
    return err({ code: 'unknown-formula', message: `the formula adds a condition after × 100: "${trailer.trim()}"` })
  const numerator = eventGroups(numeratorText)
  const denominator = eventGroups(denominatorText)
  if (!numerator.ok) return numerator
  if (!denominator.ok) return denominator
  return ok({
    numerator: numerator.value,
    denominator: denominator.value,
    numeratorText,
    windowMs: windowOf(numeratorText),
  })
}

/** The event groups named in a text: each parenthesis or quotation whose items are all event names. */
function eventGroups(text: string): Result<EventSelector[], ReadError> {
  const groups: EventSelector[] = []
  for (const match of text.matchAll(GROUP)) {
    const inside = (match[1] ?? match[2] ?? '').trim()
    const items = inside
      .split(/,|\s+(?:or|ou)\s+/)
      .map((item) => item.replace(QUOTES_AROUND, ''))
      .filter((item) => item !== '')
    const names = items.filter((item) => EVENT_NAME.test(item))
    if (names.length === 0) continue
    if (names.length < items.length)
      return err({
        code: 'unknown-formula',
        message: `"${inside}" mixes event names with a condition the engine cannot read`,
      })
    groups.push({ events: names })
  }
  return ok(groups)
}

function windowOf(text: string): number | undefined {
  if (WITHIN_THE_HOUR.test(text)) return UNIT_MS.h
  const match = WINDOW_EN.exec(text) ?? WINDOW_FR.exec(text)
  if (match === null) return undefined
  const amountText = (match[1] as string).toLowerCase()
  const amount = /^\d/.test(amountText) ? Number(amountText.replace(',', '.')) : 1
  const unit = (match[2] as string).toLowerCase()
  return amount * (UNIT_MS[unit.startsWith('min') ? 'm' : (unit[0] as string)] as number)
}

function sameEvents(a: EventSelector, b: EventSelector): boolean {
  return a.events.length === b.events.length && a.events.every((name, i) => b.events[i] === name)
}
