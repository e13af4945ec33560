import type { JourneyMap } from '../journey-map/journey-map.schema.js'
import type { Activities } from './classify.js'
import { type JourneyLog, NONE } from './journey-log.js'
import { matchSelector } from './match-selector.js'

/**
 * The "touchpoint of a map" classifier: each event becomes the first touchpoint (in map order)
 * whose selector matches it, and an event that matches none is not an activity (NONE). Labels
 * are touchpoint names; two touchpoints with the same name are told apart by their id
 * (`Checkout (tp-checkout)`). Touchpoints without a selector match nothing.
 *
 * @example computeVariants(log, classifyByTouchpoint(log, map)) // variants as sequences of touchpoints
 */
export function classifyByTouchpoint(log: JourneyLog, map: JourneyMap): Activities {
  const nameCount = new Map<string, number>()
  for (const touchpoint of map.touchpoints) nameCount.set(touchpoint.name, (nameCount.get(touchpoint.name) ?? 0) + 1)
  const labels = map.touchpoints.map((touchpoint) =>
    (nameCount.get(touchpoint.name) ?? 0) > 1 ? `${touchpoint.name} (${touchpoint.id})` : touchpoint.name,
  )
  const codes = new Int32Array(log.eventCount).fill(NONE)
  map.touchpoints.forEach((touchpoint, t) => {
    if (touchpoint.selector === undefined) return
    const mask = matchSelector(log, touchpoint.selector)
    for (let i = 0; i < log.eventCount; i++) if (mask[i] && codes[i] === NONE) codes[i] = t
  })
  return { codes, labels }
}
