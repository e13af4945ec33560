import { z } from 'zod'
import { EventSelector } from '../events/event-selector.schema.js'

/** The default conversion window: 14 days, in milliseconds. */
export const DEFAULT_FUNNEL_WINDOW_MS = 14 * 24 * 60 * 60 * 1000

/** The most steps a funnel may have (reached steps are kept as bits of a 32-bit integer). */
export const MAX_FUNNEL_STEPS = 24

/**
 * One step of a funnel: the events that are this step. An `optional` step may be skipped (never
 * the first); `window` (ms) is how long after the previous matched step this one may come
 * (ordered and strict modes), on top of the funnel's window.
 */
export const FunnelStepSpec = z.object({
  name: z.string().min(1),
  selector: EventSelector,
  optional: z.boolean().optional(),
  window: z.number().positive().optional(),
})
export type FunnelStepSpec = z.infer<typeof FunnelStepSpec>

/**
 * An exclusion: an attempt that does an event of `selector` after it reached step `afterStep` and
 * before it reached step `beforeStep` (1-based, required steps; default the first and the last
 * step) — or, when it never reaches `beforeStep`, within its conversion window — is dropped.
 */
export const FunnelExclusion = z.object({
  selector: EventSelector,
  afterStep: z.number().int().min(1).optional(),
  beforeStep: z.number().int().min(1).optional(),
})
export type FunnelExclusion = z.infer<typeof FunnelExclusion>

/** Whose value a breakdown row takes: the step-1 event's, the deepest reached step's, or a given step's (1-based). */
export const FunnelAttribution = z.union([
  z.literal('first-touch'),
  z.literal('last-touch'),
  z.object({ step: z.number().int().min(1) }),
])
export type FunnelAttribution = z.infer<typeof FunnelAttribution>

/** Split a funnel by a property (dotted path from the event: `properties.utm_source`); `top` keeps the N largest values and sums the rest into an "other" row. */
export const FunnelBreakdownSpec = z.object({
  property: z.string().min(1),
  attribution: FunnelAttribution.default('first-touch'),
  top: z.number().int().positive().optional(),
})
export type FunnelBreakdownSpec = z.infer<typeof FunnelBreakdownSpec>

/** `ordered`: steps in order, other events may come between; `strict`: no other event of the case between two matched steps; `unordered`: the steps in any order. */
export const FunnelMode = z.enum(['ordered', 'strict', 'unordered'])
export type FunnelMode = z.infer<typeof FunnelMode>

/** What one funnel count is: a customer (once, at their deepest over all their cases), a case, or an attempt (every step-1 start). */
export const FunnelCountBy = z.enum(['customer', 'case', 'attempt'])
export type FunnelCountBy = z.infer<typeof FunnelCountBy>

/**
 * A funnel, as the API and the CLI receive it (rules in docs/semantics.md, "Funnel"). Defaults:
 * `mode` ordered, `windowMs` 14 days (measured from the attempt's first event), no exclusions,
 * `countBy` case.
 *
 * @example FunnelSpec.parse({ steps: [{ name: 'Cart', selector: { events: ['Product Added'] } }, { name: 'Order', selector: { events: ['Order Completed'] } }], windowMs: 86_400_000 })
 */
export const FunnelSpec = z
  .object({
    steps: z.array(FunnelStepSpec).min(1).max(MAX_FUNNEL_STEPS),
    mode: FunnelMode.default('ordered'),
    windowMs: z.number().positive().default(DEFAULT_FUNNEL_WINDOW_MS),
    exclusions: z.array(FunnelExclusion).default([]),
    countBy: FunnelCountBy.default('case'),
    breakdown: FunnelBreakdownSpec.optional(),
  })
  .superRefine((spec, context) => {
    for (const problem of funnelSpecProblems(spec)) context.addIssue({ code: 'custom', ...problem })
  })
export type FunnelSpec = z.infer<typeof FunnelSpec>
/** A funnel as written by hand, before defaults are applied. */
export type FunnelSpecInput = z.input<typeof FunnelSpec>

/** A rule a funnel breaks, with where (zod path) and why. */
export interface FunnelSpecProblem {
  readonly path: (string | number)[]
  readonly message: string
}

/**
 * The rules a funnel must follow beyond its shape: the first step is required and has no step
 * window; step windows need an order; exclusions go from a required step to a later required step
 * (the whole funnel in unordered mode); a breakdown step exists.
 */
export function funnelSpecProblems(spec: {
  readonly steps: readonly FunnelStepSpec[]
  readonly mode: FunnelMode
  readonly exclusions: readonly FunnelExclusion[]
  readonly breakdown?: FunnelBreakdownSpec | undefined
}): FunnelSpecProblem[] {
  const problems: FunnelSpecProblem[] = []
  const count = spec.steps.length
  const first = spec.steps[0]
  if (first?.optional === true)
    problems.push({ path: ['steps', 0, 'optional'], message: 'the first step cannot be optional' })
  if (first?.window !== undefined)
    problems.push({
      path: ['steps', 0, 'window'],
      message: 'the first step has no previous step to have a window from',
    })
  if (spec.mode === 'unordered')
    spec.steps.forEach((step, index) => {
      if (step.window !== undefined)
        problems.push({
          path: ['steps', index, 'window'],
          message: 'step windows need an order (ordered or strict mode)',
        })
    })
  spec.exclusions.forEach((exclusion, index) => {
    const after = exclusion.afterStep ?? 1
    const before = exclusion.beforeStep ?? count
    if (!(after < before && before <= count))
      problems.push({
        path: ['exclusions', index],
        message: `afterStep must come before beforeStep, both in 1..${count}`,
      })
    else if (spec.steps[after - 1]?.optional === true || spec.steps[before - 1]?.optional === true)
      problems.push({ path: ['exclusions', index], message: 'exclusions go between required steps' })
    else if (spec.mode === 'unordered' && (after !== 1 || before !== count))
      problems.push({ path: ['exclusions', index], message: 'an unordered funnel excludes over the whole funnel only' })
  })
  const attribution = spec.breakdown?.attribution
  if (typeof attribution === 'object' && attribution.step > count)
    problems.push({ path: ['breakdown', 'attribution', 'step'], message: `there are only ${count} steps` })
  return problems
}
