import { describe, expect, it } from 'vitest'
import { findTemplate } from '../journey-map/templates/all-templates.js'
import { classifyByTouchpoint } from './classify-touchpoints.js'
import { buildJourneyLog, type JourneyLogInput, NONE } from './journey-log.js'
import { computeVariants } from './variants.js'

const map = findTemplate('nine-steps')?.build('en').map
if (map === undefined) throw new Error('the nine-steps template is missing')
let seq = 0
const ev = (customerId: string, name: string, channel = 'web'): JourneyLogInput => ({
  type: 'track',
  name,
  timestamp: Date.UTC(2026, 0, 1) + seq * 1000,
  seq: ++seq,
  channel,
  properties: {},
  traits: {},
  context: {},
  customerId,
})

describe('classifyByTouchpoint', () => {
  const log = buildJourneyLog([
    ev('a', 'Product Viewed'),
    ev('a', 'Weather Checked'),
    ev('a', 'Product Added'),
    ev('a', 'Order Completed'),
    ev('b', 'Product Viewed', 'store'),
  ])
  const activities = classifyByTouchpoint(log, map)

  it('labels each event with the first touchpoint whose selector matches it, and others as no activity', () => {
    const label = (i: number) =>
      (activities.codes[i] as number) === NONE ? null : activities.labels[activities.codes[i] as number]
    // Order Completed matches the payment page before the loyalty touchpoints (their predicates fail here anyway).
    expect([0, 1, 2, 3].map(label)).toEqual(['Product page and customer reviews', null, 'Add to cart', 'Payment page'])
    // A product view in a store is on no touchpoint (the selector wants web or app).
    expect(label(4)).toBeNull()
  })

  it('turns variants into sequences of touchpoints', () => {
    const variants = computeVariants(log, activities)
    expect(variants.rows.map((row) => row.sequence)).toEqual([
      ['Product page and customer reviews', 'Add to cart', 'Payment page'],
    ])
  })
})
