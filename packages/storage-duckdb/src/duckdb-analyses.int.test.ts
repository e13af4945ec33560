import {
  AnalysisRequest,
  DEFAULT_IDENTITY_RULES,
  findTemplate,
  journeyLogOfEvents,
  type NewEvent,
  propertiesOfRequest,
  runAnalysis,
} from '@parcours/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'

/** Fixed so CI is deterministic; FC_SEED=<n> explores other logs. */
const SEED = Number(process.env.FC_SEED ?? 20_261_122)

const nineSteps = findTemplate('nine-steps')?.build('en').map
if (nineSteps === undefined) throw new Error('the nine-steps template is missing')

/** One request of every analysis, with the options that change how the log is read. */
const REQUESTS: unknown[] = [
  { analysis: 'variants' },
  { analysis: 'variants', classifier: 'name+channel', top: 2 },
  { analysis: 'variants', classifier: 'name+lifecycle', lifecycle: ['complete'] },
  { analysis: 'paths', anchor: 'Product Viewed', depth: 3, top: 2 },
  { analysis: 'paths', direction: 'before', depth: 2 },
  { analysis: 'process-map', channels: ['web', 'app'] },
  { analysis: 'performance' },
  {
    analysis: 'funnel',
    funnel: {
      steps: [
        { name: 'View', selector: { events: ['Product Viewed'] } },
        { name: 'Add', selector: { events: ['Product Added'] }, optional: true },
        { name: 'Checkout', selector: { events: ['Checkout Started'], channels: ['web', 'app'] } },
      ],
      windowMs: 3 * 3_600_000,
      breakdown: { property: 'properties.plan', attribution: 'last-touch' },
    },
  },
  {
    analysis: 'funnel',
    funnel: {
      steps: [
        { name: 'View', selector: { events: ['Product Viewed'] } },
        { name: 'Checkout', selector: { events: ['Checkout Started'] } },
      ],
      mode: 'strict',
      countBy: 'customer',
    },
  },
  {
    analysis: 'funnel',
    funnel: {
      steps: [
        { name: 'Add', selector: { events: ['Product Added'] } },
        {
          name: 'View',
          selector: { events: ['Product Viewed'], where: [{ op: 'eq', property: 'properties.plan', value: 'gold' }] },
        },
      ],
      mode: 'unordered',
      countBy: 'attempt',
    },
  },
  {
    analysis: 'compare-segments',
    funnel: {
      steps: [
        { name: 'View', selector: { events: ['Product Viewed'] } },
        { name: 'Checkout', selector: { events: ['Checkout Started'] } },
      ],
    },
    segments: [
      { match: 'all', conditions: [{ kind: 'channel', channels: ['web'] }] },
      {
        match: 'all',
        conditions: [{ kind: 'trait', predicate: { op: 'eq', property: 'traits.plan', value: 'gold' } }],
      },
    ],
  },
  { analysis: 'kpi', kpi: { kind: 'nps' } },
  { analysis: 'kpi', kpi: { kind: 'csat', method: 'mean' } },
  {
    analysis: 'kpi',
    kpi: {
      kind: 'conversion-rate',
      from: { events: ['Product Viewed'] },
      to: { events: ['Checkout Started'] },
      counting: 'customer',
    },
  },
  {
    analysis: 'conformance',
    mapId: 'nine',
    rules: [
      { kind: 'precedes', a: 'Product Viewed', b: 'Checkout Started' },
      { kind: 'responded-by', a: 'Product Added', b: { events: ['Checkout Started'] }, withinMs: 3_600_000 },
    ],
  },
  { analysis: 'measure', mapId: 'nine', from: '2026-01-01T00:30:00Z' },
]

const drawnEvent = fc.record({
  type: fc.constantFrom('track', 'track', 'track', 'track', 'identify'),
  name: fc.constantFrom('Product Viewed', 'Product Added', 'Checkout Started', 'Survey Answered', 'Page Viewed'),
  anonymousId: fc.option(fc.constantFrom('a1', 'a2', 'a3'), { nil: null }),
  userId: fc.option(fc.constantFrom('u1', 'u2', 'u3'), { nil: null }),
  minute: fc.integer({ min: 0, max: 240 }),
  channel: fc.option(fc.constantFrom('web', 'app', 'email', 'store'), { nil: null }),
  plan: fc.option(fc.constantFrom('gold', 'free'), { nil: undefined }),
  survey: fc.constantFrom('nps', 'csat'),
  score: fc.integer({ min: 0, max: 11 }),
  lifecycle: fc.option(fc.constantFrom('start', 'complete'), { nil: undefined }),
})

describe('the DuckDB journey index under every analysis', () => {
  it('gives the answers of the core reference on random logs, for every analysis and option', async () => {
    const requests = REQUESTS.map((raw) => AnalysisRequest.parse(raw))
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(drawnEvent, { maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        async (batches) => {
          const store = await createDuckDbStore({ path: ':memory:' })
          try {
            let n = 0
            for (const batch of batches) {
              const events: NewEvent[] = batch
                .filter((d) => d.anonymousId !== null || d.userId !== null)
                .map((d) => ({
                  messageId: `m${n++}`,
                  type: d.type,
                  name: d.type === 'identify' ? 'Identify' : d.name,
                  anonymousId: d.anonymousId,
                  userId: d.userId,
                  timestamp: Date.UTC(2026, 0, 1) + d.minute * 60_000,
                  channel: d.channel,
                  properties: {
                    ...(d.plan === undefined ? {} : { plan: d.plan }),
                    ...(d.name === 'Survey Answered' ? { survey: d.survey, score: d.score } : {}),
                    ...(d.lifecycle === undefined ? {} : { 'lifecycle:transition': d.lifecycle }),
                  },
                  traits: d.type === 'identify' && d.plan !== undefined ? { plan: d.plan } : {},
                  context: {},
                }))
              await store.events.append('p', events)
              const reference = journeyLogOfEvents(await store.events.list('p'), DEFAULT_IDENTITY_RULES)
              for (const request of requests) {
                const context = 'mapId' in request ? { map: nineSteps } : {}
                const indexed = await store.journeys.journeyLog('p', {
                  properties: propertiesOfRequest(request, context),
                })
                expect(runAnalysis(indexed, request, context)).toEqual(runAnalysis(reference, request, context))
              }
            }
          } finally {
            await store.close()
          }
        },
      ),
      { numRuns: 25, seed: SEED },
    )
  }, 180_000)
})
