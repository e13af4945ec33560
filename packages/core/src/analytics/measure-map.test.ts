import { describe, expect, it } from 'vitest'
import { findTemplate } from '../journey-map/templates/all-templates.js'
import { buildJourneyLog, type JourneyLogInput } from './journey-log.js'
import { measureMap } from './measure-map.js'

const template = findTemplate('nine-steps')
if (template === undefined) throw new Error('the nine-steps template is missing')
const map = template.build('en').map

const T = Date.UTC(2026, 0, 1)
const HOUR = 3_600_000
let seq = 0
const ev = (customerId: string, name: string, hour: number, extra: Partial<JourneyLogInput> = {}): JourneyLogInput => ({
  type: 'track',
  name,
  timestamp: T + hour * HOUR,
  seq: ++seq,
  channel: 'web',
  properties: {},
  traits: {},
  context: {},
  customerId,
  ...extra,
})
const paidAd = { context: { campaign: { medium: 'paid_social' } } }

const log = buildJourneyLog([
  ev('a', 'Page Viewed', 0, paidAd),
  ev('a', 'Product Viewed', 1),
  ev('a', 'Product Added', 2),
  ev('a', 'Checkout Started', 5),
  ev('a', 'Survey Answered', 30, { channel: 'email', properties: { survey: 'nps', score: 9 } }),
  ev('b', 'Page Viewed', 0, { context: { campaign: { medium: 'influence' } } }),
  ev('b', 'Product Viewed', 3),
  ev('c', 'Product Viewed', 0),
  ev('c', 'Page Viewed', 1, paidAd),
  ev('d', 'Weather Checked', 0),
])

describe('measureMap', () => {
  const measured = measureMap(log, map)
  const stage = (id: string) => {
    const found = measured.stages.find((candidate) => candidate.stageId === id)
    if (found === undefined) throw new Error(`no stage ${id}`)
    return found
  }

  it('counts the cases on the map and each stage reach', () => {
    expect(measured.cases).toBe(4)
    expect(measured.casesOnMap).toBe(3)
    expect(measured.stages.map((s) => [s.stageId, s.reach])).toEqual([
      ['need', 3],
      ['research', 0],
      ['selection', 3],
      ['payment', 1],
      ['delivery', 0],
      ['discovery', 0],
      ['use', 0],
      ['feedback', 1],
      ['loyalty', 0],
    ])
  })

  it('converts from the previous stage only after the first event there, with the median time to move on', () => {
    expect(stage('need').conversionFromPrevious).toBeNull()
    expect(stage('research').conversionFromPrevious).toBe(0)
    expect(stage('research').dropOff).toBe(1)
    // research has no reach: selection has nothing to convert from.
    expect(stage('selection').conversionFromPrevious).toBeNull()
    expect(stage('payment').conversionFromPrevious).toBeCloseTo(1 / 3)
    // a: first selection event at hour 1, first payment event at hour 5.
    expect(stage('selection')).toMatchObject({ medianTimeToNextStage: 4 * HOUR, movedOn: 1 })
    // c visited selection before need: need → research never happens.
    expect(stage('need')).toMatchObject({ medianTimeToNextStage: null, movedOn: 0 })
  })

  it('measures touchpoints and their KPIs with the sample size', () => {
    const selection = stage('selection').touchpoints
    expect(selection.find((t) => t.touchpointId === 'tp-product-page')).toMatchObject({
      reach: 3,
      events: 3,
      isBound: true,
    })
    expect(selection.find((t) => t.touchpointId === 'tp-add-to-cart')).toMatchObject({ reach: 1, events: 1 })
    const survey = stage('feedback').touchpoints.find((t) => t.touchpointId === 'tp-satisfaction-survey')
    const nps = survey?.kpis.find((k) => k.kpiId === 'kpi-nps')
    expect(nps?.value).toMatchObject({ kind: 'nps', value: 100, sampleSize: 1 })
    expect(stage('feedback').touchpoints.find((t) => t.touchpointId === 'tp-ugc')).toMatchObject({
      isBound: false,
      reach: null,
    })
  })

  it('says why a KPI cannot be measured rather than guessing', () => {
    const engagement = stage('discovery').kpis.find((k) => k.kpiId === 'kpi-onboarding-engagement')
    expect(engagement?.value).toBeNull()
    expect(engagement?.problem?.code).toBeTruthy()
  })

  it('puts survey answers on the emotion scale beside the designed curves', () => {
    // NPS 9 on 0–10 is 90 % of the way: −2 + 0.9 × 4 = 1.6 on the −2…+2 lane.
    expect(stage('feedback').satisfaction).toMatchObject({ measured: 1.6, n: 1 })
    expect(stage('feedback').satisfaction?.designed.length).toBeGreaterThan(0)
    expect(stage('payment').satisfaction).toMatchObject({ measured: null, n: 0 })
  })

  it('lists the deviations of each stage, from conformance against the map', () => {
    expect(measured.conformance?.totalCases).toBe(4)
    const skippedCart = stage('selection').deviations.find((d) => d.touchpointId === 'tp-add-to-cart')
    expect(skippedCart).toMatchObject({ kind: 'skipped-step' })
    expect(skippedCart?.cases).toBeGreaterThanOrEqual(2)
  })
})
