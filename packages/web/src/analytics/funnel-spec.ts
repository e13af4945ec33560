import type { FunnelCountBy, FunnelMode, FunnelSpecInput } from '@parcours/core'

/** Units a window is typed in, in milliseconds. */
export const WINDOW_UNITS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const
export type WindowUnit = keyof typeof WINDOW_UNITS

/** The funnel form: event names as steps, and the options of core's `FunnelSpec`. */
export interface FunnelDraft {
  readonly steps: readonly string[]
  readonly mode: FunnelMode
  readonly window: number
  readonly windowUnit: WindowUnit
  readonly countBy: FunnelCountBy
  /** Dotted property path (`properties.utm_source`), empty for no breakdown. */
  readonly breakdown: string
  readonly breakdownTop: number
}

export const DEFAULT_FUNNEL: FunnelDraft = {
  steps: [],
  mode: 'ordered',
  window: 14,
  windowUnit: 'days',
  countBy: 'case',
  breakdown: '',
  breakdownTop: 5,
}

/**
 * The funnel spec of a draft (each step is the events of one name), or null while it has no step
 * or no positive window. A breakdown property without a prefix is read under `properties.`.
 */
export function funnelSpecOf(
  draft: FunnelDraft,
  options: { readonly breakdown?: boolean } = {},
): FunnelSpecInput | null {
  if (draft.steps.length === 0 || !(draft.window > 0)) return null
  const property = draft.breakdown.trim()
  const path = /^(properties|context|traits)\./.test(property) ? property : `properties.${property}`
  return {
    steps: draft.steps.map((name) => ({ name, selector: { events: [name] } })),
    mode: draft.mode,
    windowMs: draft.window * WINDOW_UNITS[draft.windowUnit],
    countBy: draft.countBy,
    ...(options.breakdown === false || property === ''
      ? {}
      : { breakdown: { property: path, top: Math.max(1, Math.floor(draft.breakdownTop)) } }),
  }
}
