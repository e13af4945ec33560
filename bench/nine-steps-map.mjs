// The journey map the benchmarks check conformance against: the `nine-steps` template with its
// touchpoints bound to the events of bench/generate-events.mjs.

/** The nine-steps template with its touchpoints bound to the generator's events (the others keep their selectors and match nothing here). */
export function boundNineSteps(findTemplate) {
  const template = findTemplate('nine-steps')
  if (template === undefined) return undefined
  const map = template.build('en').map
  const binding = {
    'tp-targeted-ad': { events: ['Ad Clicked'] },
    'tp-newsletter': { events: ['Newsletter Opened'] },
    'tp-product-page': { events: ['Product Viewed'] },
    'tp-add-to-cart': { events: ['Cart Updated'] },
    'tp-checkout': { events: ['Checkout Started', 'Order Completed'] },
    'tp-after-sales': { events: ['Ticket Created'] },
    'tp-satisfaction-survey': {
      events: ['Survey Answered'],
      where: [{ op: 'eq', property: 'properties.survey', value: 'nps' }],
    },
    'tp-delivery-survey': {
      events: ['Survey Answered'],
      where: [{ op: 'eq', property: 'properties.survey', value: 'csat' }],
    },
  }
  return {
    ...map,
    touchpoints: map.touchpoints.map((touchpoint) =>
      binding[touchpoint.id] === undefined ? touchpoint : { ...touchpoint, selector: binding[touchpoint.id] },
    ),
  }
}

/** Touchpoints bound above by event names alone (the two surveys test a property). */
const BOUND_BY_NAME = new Set([
  'tp-targeted-ad',
  'tp-newsletter',
  'tp-product-page',
  'tp-add-to-cart',
  'tp-checkout',
  'tp-after-sales',
])

/**
 * The bound map with only the touchpoints selected by event names: a map ClickHouse checks itself
 * (the surveys' property tests and the template's other selectors would send it to the journey log).
 */
export function nameBoundNineSteps(findTemplate) {
  const map = boundNineSteps(findTemplate)
  if (map === undefined) return undefined
  return { ...map, touchpoints: map.touchpoints.filter((touchpoint) => BOUND_BY_NAME.has(touchpoint.id)) }
}
