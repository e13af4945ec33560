import type { Activities } from './classify.js'
import { classify } from './classify.js'
import { buildJourneyLog, type JourneyLog, type JourneyLogInput, NONE } from './journey-log.js'

// Logs written as text, for the tests of the analyses over traces (variants, paths, process map).

/** Fixed so the suite is deterministic; run with FC_SEED=<n> to explore other inputs. */
export const SEED = Number(
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.FC_SEED ?? 20_260_601,
)
export const settings = { numRuns: 200, seed: SEED }

/**
 * A log from cases written as `'A B@5 C'`: one event per word, `name[@time]`, time in ms (default
 * the word's index × 1000); the ingestion order is the order of the words.
 */
export function logOf(cases: Readonly<Record<string, string>>): JourneyLog {
  const events: JourneyLogInput[] = []
  for (const [customerId, journey] of Object.entries(cases))
    journey
      .split(' ')
      .filter((word) => word !== '')
      .forEach((word, index) => {
        const [name, time] = word.split('@') as [string, string | undefined]
        events.push({
          type: 'track',
          name,
          timestamp: time === undefined ? index * 1000 : Number(time),
          seq: events.length,
          channel: null,
          properties: {},
          traits: {},
          context: {},
          customerId,
        })
      })
  return buildJourneyLog(events)
}

/** Activities by name, where the events named `x` are not activities (as a touchpoint classifier leaves them). */
export function activitiesOf(log: JourneyLog): Activities {
  const { codes, labels } = classify(log, 'name')
  return { codes: codes.map((code) => (labels[code] === 'x' ? NONE : code)), labels }
}
