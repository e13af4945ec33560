import type { EventSelector } from '../events/event-selector.schema.js'
import { compareText } from '../identity/identifier.js'
import { assertNever } from '../shared/result.js'
import { type Classifier, classify } from './classify.js'
import { type JourneyLog, NONE } from './journey-log.js'
import { matchSelector } from './match-selector.js'

/** What a rule talks about: an activity label (under the classifier, `Order Completed`) or the events a selector matches. */
export type RuleOperand = string | EventSelector

/**
 * A declarative rule (DecSerFlow/Declare templates, as processcheckR names them), checked case by
 * case on the events in journey order; "before" and "after" are strict (another event):
 * - `precedes`: every `b` has an `a` before it (no `b` before the first `a`);
 * - `responded-by`: every `a` has a `b` after it, within `withinMs` of it when given (the first
 *   `b` after each `a` comes at most `withinMs` later);
 * - `starts-with` / `ends-with`: the first / last event of the case is `activity`;
 * - `contains`: `activity` occurs between `min` (default 1) and `max` (default unbounded) times;
 * - `absent`: `activity` does not occur.
 * A case without `a` satisfies `precedes` when it has no `b`, and always satisfies `responded-by`.
 */
export type DeclarativeRule =
  | { readonly kind: 'precedes'; readonly a: RuleOperand; readonly b: RuleOperand }
  | { readonly kind: 'responded-by'; readonly a: RuleOperand; readonly b: RuleOperand; readonly withinMs?: number }
  | { readonly kind: 'starts-with'; readonly activity: RuleOperand }
  | { readonly kind: 'ends-with'; readonly activity: RuleOperand }
  | { readonly kind: 'contains'; readonly activity: RuleOperand; readonly min?: number; readonly max?: number }
  | { readonly kind: 'absent'; readonly activity: RuleOperand }

export interface DeclarativeOptions {
  /** How events become activity labels for string operands (default `name`); events that are not activities (NONE) are skipped. */
  readonly classifier?: Classifier
  /** How many violating case ids each rule lists (default 5). */
  readonly exampleCases?: number
}

/** One rule's outcome over the log. */
export interface RuleOutcome {
  /** `precedes(surgery, treatment)`; a selector operand is written `[Event A|Event B]`. */
  readonly label: string
  readonly rule: DeclarativeRule
  readonly satisfiedCases: number
  readonly violatedCases: number
  /** Up to `exampleCases` violating case ids, the smallest in code-point order. */
  readonly exampleViolations: readonly string[]
}

export interface DeclarativeCheckResult {
  readonly totalCases: number
  readonly rules: readonly RuleOutcome[]
}

/**
 * Whether each case of the log satisfies the rule: 1 or 0 per case, in the log's case order (a
 * mask `selectCases` takes, to look at the violating journeys). An activity label the log does not
 * have matches no event (processcheckR stops with an error instead).
 *
 * @example ruleHolds(log, { kind: 'responded-by', a: 'Cart Viewed', b: 'Order Completed', withinMs: 86_400_000 })
 */
export function ruleHolds(log: JourneyLog, rule: DeclarativeRule, options: DeclarativeOptions = {}): Uint8Array {
  const activity = classify(log, options.classifier ?? 'name')
  const isActivity = (i: number) => (activity.codes[i] as number) !== NONE
  const maskOf = (operand: RuleOperand): Uint8Array => {
    if (typeof operand !== 'string') {
      const mask = matchSelector(log, operand)
      for (let i = 0; i < log.eventCount; i++) if (!isActivity(i)) mask[i] = 0
      return mask
    }
    const code = activity.labels.indexOf(operand)
    const mask = new Uint8Array(log.eventCount)
    if (code >= 0) for (let i = 0; i < log.eventCount; i++) if (activity.codes[i] === code) mask[i] = 1
    return mask
  }
  const holds = new Uint8Array(log.caseCount)
  const start = (c: number) => log.caseOffsets[c] as number
  const end = (c: number) => log.caseOffsets[c + 1] as number
  switch (rule.kind) {
    case 'precedes': {
      const a = maskOf(rule.a)
      const b = maskOf(rule.b)
      for (let c = 0; c < log.caseCount; c++) {
        let seenA = false
        let ok = true
        for (let i = start(c); i < end(c) && ok; i++) {
          if (b[i] && !seenA) ok = false
          if (a[i]) seenA = true
        }
        holds[c] = ok ? 1 : 0
      }
      return holds
    }
    case 'responded-by': {
      const a = maskOf(rule.a)
      const b = maskOf(rule.b)
      const within = rule.withinMs ?? Number.POSITIVE_INFINITY
      for (let c = 0; c < log.caseCount; c++) {
        let nextB = Number.POSITIVE_INFINITY
        let ok = true
        for (let i = end(c) - 1; i >= start(c) && ok; i--) {
          if (a[i] && (nextB === Number.POSITIVE_INFINITY || nextB - (log.time[i] as number) > within)) ok = false
          if (b[i]) nextB = log.time[i] as number
        }
        holds[c] = ok ? 1 : 0
      }
      return holds
    }
    case 'starts-with':
    case 'ends-with': {
      const mask = maskOf(rule.activity)
      const fromStart = rule.kind === 'starts-with'
      for (let c = 0; c < log.caseCount; c++) {
        const first = start(c)
        const last = end(c) - 1
        for (let k = 0; k <= last - first; k++) {
          const i = fromStart ? first + k : last - k
          if (!isActivity(i)) continue
          holds[c] = mask[i] as number
          break
        }
      }
      return holds
    }
    case 'contains':
    case 'absent': {
      const mask = maskOf(rule.activity)
      const min = rule.kind === 'absent' ? 0 : (rule.min ?? 1)
      const max = rule.kind === 'absent' ? 0 : (rule.max ?? Number.POSITIVE_INFINITY)
      for (let c = 0; c < log.caseCount; c++) {
        let count = 0
        for (let i = start(c); i < end(c); i++) count += mask[i] as number
        holds[c] = count >= min && count <= max ? 1 : 0
      }
      return holds
    }
    default:
      return assertNever(rule)
  }
}

/**
 * Checks declarative rules on every case: how many cases satisfy and violate each, with example
 * violating cases. Independent of the order of the cases.
 *
 * @example
 * checkRules(log, [{ kind: 'precedes', a: 'surgery', b: 'treatment' }]).rules[0] // { label: 'precedes(surgery, treatment)', satisfiedCases: 3, … }
 */
export function checkRules(
  log: JourneyLog,
  rules: readonly DeclarativeRule[],
  options: DeclarativeOptions = {},
): DeclarativeCheckResult {
  const limit = options.exampleCases ?? 5
  return {
    totalCases: log.caseCount,
    rules: rules.map((rule) => {
      const holds = ruleHolds(log, rule, options)
      let satisfied = 0
      const violations: string[] = [] // the smallest ids, sorted
      for (let c = 0; c < log.caseCount; c++) {
        if (holds[c]) {
          satisfied++
          continue
        }
        const id = log.caseIds.at(c) as string
        if (violations.length === limit && (limit === 0 || compareText(id, violations[limit - 1] as string) >= 0))
          continue
        let at = violations.length
        while (at > 0 && compareText(id, violations[at - 1] as string) < 0) at--
        violations.splice(at, 0, id)
        if (violations.length > limit) violations.pop()
      }
      return {
        label: ruleLabel(rule),
        rule,
        satisfiedCases: satisfied,
        violatedCases: log.caseCount - satisfied,
        exampleViolations: violations,
      }
    }),
  }
}

/** `precedes(a, b)`, `responded-by(a, b, 3600000 ms)`, `contains(a, 2..3)`; a selector operand is `[Event A|Event B]`. */
export function ruleLabel(rule: DeclarativeRule): string {
  const name = (operand: RuleOperand) => (typeof operand === 'string' ? operand : `[${operand.events.join('|')}]`)
  switch (rule.kind) {
    case 'precedes':
      return `precedes(${name(rule.a)}, ${name(rule.b)})`
    case 'responded-by':
      return `responded-by(${name(rule.a)}, ${name(rule.b)}${rule.withinMs === undefined ? '' : `, ${rule.withinMs} ms`})`
    case 'starts-with':
    case 'ends-with':
    case 'absent':
      return `${rule.kind}(${name(rule.activity)})`
    case 'contains':
      return `contains(${name(rule.activity)}, ${rule.min ?? 1}..${rule.max ?? ''})`
    default:
      return assertNever(rule)
  }
}
