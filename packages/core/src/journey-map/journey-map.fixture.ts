import type { JourneyMap } from './journey-map.schema.js'

/**
 * A small, valid journey map for tests: 2 phases, 3 stages with steps, lanes of several kinds
 * (text, cards, channels, emotion curve, blueprint), cells, bound touchpoints and KPIs at map,
 * stage and touchpoint level. Every call returns a fresh object, so tests may freeze or change it.
 *
 * Indexes tests rely on: lanes[4] is the emotion lane `emotions` (scale −2…+2) with one curve
 * `anna-today` for `persona-anna`; `persona-bob` is linked but has no curve.
 */
export function journeyMapFixture(): JourneyMap {
  return {
    schemaVersion: 1,
    id: 'map-onboarding',
    title: 'Onboarding',
    objective: 'Where do new customers give up before their first order?',
    type: 'current',
    status: 'draft',
    owner: 'CX team',
    locale: 'en',
    review: { cadence: 'quarterly', lastReviewedOn: '2026-03-01' },
    personaIds: ['persona-anna', 'persona-bob'],
    phases: [
      { id: 'explore', name: 'Explore' },
      { id: 'buy', name: 'Buy', description: 'From the basket to the confirmation' },
    ],
    stages: [
      {
        id: 'awareness',
        name: 'Awareness',
        phaseId: 'explore',
        steps: [
          { id: 'see-ad', name: 'Sees an ad' },
          { id: 'read-review', name: 'Reads a review' },
        ],
      },
      {
        id: 'consideration',
        name: 'Consideration',
        phaseId: 'explore',
        steps: [
          { id: 'compare-offers', name: 'Compares offers', isMomentOfTruth: true },
          { id: 'ask-question', name: 'Asks a question' },
        ],
      },
      {
        id: 'purchase',
        name: 'Purchase',
        phaseId: 'buy',
        steps: [
          { id: 'checkout', name: 'Checks out' },
          { id: 'confirmation', name: 'Receives the confirmation' },
        ],
      },
    ],
    lanes: [
      { id: 'doing', title: 'Doing', kind: 'actions' },
      { id: 'thinking', title: 'Thinking', kind: 'thoughts' },
      { id: 'pain-points', title: 'Pain points', kind: 'pain-points' },
      { id: 'channels', title: 'Channels', kind: 'channels' },
      {
        id: 'emotions',
        title: 'Emotions',
        kind: 'emotion-curve',
        scale: { min: -2, max: 2, minLabel: 'Frustrated', maxLabel: 'Delighted' },
        curves: [
          {
            id: 'anna-today',
            label: 'Anna today',
            personaId: 'persona-anna',
            state: 'current',
            points: [
              { stageId: 'awareness', value: 1 },
              { stageId: 'consideration', stepId: 'compare-offers', value: -1, note: 'Too many plans' },
              { stageId: 'purchase', stepId: 'checkout', value: -2 },
            ],
          },
        ],
      },
      { id: 'back-office', title: 'Back office', kind: 'blueprint', zone: 'backstage', area: 'processes' },
    ],
    cells: [
      {
        laneId: 'doing',
        stageId: 'awareness',
        content: { kind: 'text', text: 'Scrolls social media' },
        evidence: { status: 'observed', source: 'interviews March 2026' },
      },
      {
        laneId: 'doing',
        stageId: 'purchase',
        stepId: 'checkout',
        content: { kind: 'list', items: ['Fills in the form', 'Pays'] },
      },
      {
        laneId: 'pain-points',
        stageId: 'purchase',
        stepId: 'checkout',
        content: {
          kind: 'cards',
          cards: [{ id: 'card-long-form', title: 'The form is too long', severity: 3, stepIds: ['checkout'] }],
        },
      },
      { laneId: 'channels', stageId: 'consideration', content: { kind: 'channels', channels: ['web', 'app'] } },
      {
        laneId: 'thinking',
        stageId: 'consideration',
        stepId: 'compare-offers',
        content: { kind: 'text', text: 'Is the premium plan worth it?' },
        evidence: { status: 'assumption' },
      },
    ],
    touchpoints: [
      {
        id: 'tp-ad',
        name: 'Social ad',
        channel: 'social',
        mode: 'online',
        stageId: 'awareness',
        selector: { events: ['Ad Clicked'] },
      },
      {
        id: 'tp-pricing',
        name: 'Pricing page',
        channel: 'web',
        mode: 'online',
        stageId: 'consideration',
        stepId: 'compare-offers',
        importance: 'high',
        selector: { events: ['Page Viewed'], where: [{ op: 'eq', property: 'properties.path', value: '/pricing' }] },
      },
      {
        id: 'tp-checkout',
        name: 'Checkout',
        channel: 'web',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'checkout',
        importance: 'critical',
        ownerTeam: 'E-commerce',
        isRequired: true,
        selector: { events: ['Order Completed'], channels: ['web', 'app'] },
      },
    ],
    kpis: [
      {
        id: 'kpi-nps',
        name: 'NPS',
        kind: 'nps',
        formula: '% promoters − % detractors',
        unit: 'score',
        scale: { min: -100, max: 100 },
        appliesTo: { level: 'map' },
        target: 40,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-consideration-drop-off',
        name: 'Consideration drop-off',
        kind: 'drop-off',
        formula: 'journeys ending in consideration / journeys reaching consideration',
        unit: 'percent',
        appliesTo: { level: 'stage', stageId: 'consideration' },
        direction: 'lower-is-better',
      },
      {
        id: 'kpi-checkout-conversion',
        name: 'Checkout conversion',
        kind: 'conversion-rate',
        formula: 'orders completed / checkouts started',
        unit: 'percent',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-checkout' },
        target: 0.6,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-ad-ctr',
        name: 'Ad click-through rate',
        kind: 'ctr',
        formula: 'clicks / impressions',
        unit: 'percent',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-ad' },
        direction: 'higher-is-better',
      },
    ],
    links: [{ mapId: 'map-checkout-detail', relation: 'zooms-into', stageId: 'purchase', label: 'Checkout in detail' }],
  }
}

/** Freezes a value and everything reachable from it, so any mutation throws (modules run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
