import { readFileSync } from 'node:fs'
import {
  buildJourneyLog,
  type DeclarativeRule,
  type JourneyLog,
  type JourneyLogInput,
  lifecycleMask,
  ruleHolds,
  selectEvents,
  textsOf,
} from '@parcours/core'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

/**
 * processcheckR's declarative rules on the bupaR `patients` fixture (3 cases: John Doe, Jane Doe,
 * George Doe), per-case TRUE/FALSE transcribed from `bupaverse/processcheckR`
 * tests/testthat/test_*.R, for the rules Parcours supports. processcheckR counts activity
 * instances; each instance of this fixture has exactly one `complete` event, so the log is taken
 * at lifecycle `complete` (John Doe: 3 surgeries, Jane Doe: 2 treatments), as `parcours analyze
 * --lifecycle complete` would.
 */

const FIXTURE = new URL('../../shared/data/bupar-patients-fixture/patients.csv', import.meta.url).pathname

interface PatientRow {
  readonly patient: string
  readonly activity: string
  readonly timestamp: string
  readonly status: string
  readonly activity_instance: string
  readonly resource: string
}

const rows: PatientRow[] = parse(readFileSync(FIXTURE, 'utf8'), { columns: true, skip_empty_lines: true })

/** The fixture as events (case = patient, name = activity, lifecycle = status, UTC timestamps), restricted to `complete`. */
function patientsLog(keep: (row: PatientRow) => boolean = () => true): JourneyLog {
  const events = rows.filter(keep).map(
    (row, index): JourneyLogInput => ({
      type: 'track',
      name: row.activity,
      timestamp: Date.parse(`${row.timestamp.replace(' ', 'T')}Z`),
      seq: index,
      channel: null,
      properties: {
        'lifecycle:transition': row.status,
        activity_instance: row.activity_instance,
        resource: row.resource,
      },
      traits: {},
      context: {},
      customerId: row.patient,
    }),
  )
  const log = buildJourneyLog(events)
  return selectEvents(log, lifecycleMask(log, ['complete']))
}

/** Each case's verdict by patient name. */
function verdicts(log: JourneyLog, rule: DeclarativeRule): Record<string, boolean> {
  const holds = ruleHolds(log, rule)
  return Object.fromEntries(textsOf(log.caseIds).map((id, c) => [id, holds[c] === 1]))
}

const ALL = { 'John Doe': true, 'Jane Doe': true, 'George Doe': true }
const REPO = 'bupaverse/processcheckR'

describe('declarative checks on the bupaR patients fixture (processcheckR expected values)', () => {
  it('reads the 21 events of 3 patients, 12 activity instances at lifecycle complete', () => {
    expect(rows).toHaveLength(21)
    const log = patientsLog()
    expect(textsOf(log.caseIds)).toEqual(['George Doe', 'Jane Doe', 'John Doe'])
    expect(log.eventCount).toBe(12)
    expect(new Set(rows.map((row) => row.activity_instance)).size).toBe(12)
  })

  const cases: {
    source: string
    rule: DeclarativeRule
    without?: (row: PatientRow) => boolean
    expected: Record<string, boolean>
  }[] = [
    {
      // "All treatments were preceded by surgery. George Doe lacks treatment, so rule is satisfied."
      source: `${REPO}@0173487fad6a9c2c420c13f77d0e12582f20cd36 tests/testthat/test_precedence.R, test 1`,
      rule: { kind: 'precedes', a: 'surgery', b: 'treatment' },
      expected: ALL,
    },
    {
      // "Jane Doe's treatment was not preceded by surgery."
      source: `${REPO}@0173487fad6a9c2c420c13f77d0e12582f20cd36 tests/testthat/test_precedence.R, test 2`,
      rule: { kind: 'precedes', a: 'surgery', b: 'treatment' },
      without: (row) => row.patient === 'Jane Doe' && row.activity === 'surgery',
      expected: { 'John Doe': true, 'Jane Doe': false, 'George Doe': true },
    },
    {
      // "Jane Doe's treatment is not (eventually) followed by surgery."
      source: `${REPO}@1bb0ba4bc7936f1bc889bb22be7cfdfed213744f tests/testthat/test_response.R, test 1`,
      rule: { kind: 'responded-by', a: 'treatment', b: 'surgery' },
      expected: { 'John Doe': true, 'Jane Doe': false, 'George Doe': true },
    },
    {
      // "George Doe lacks check-out. John and Jane Doe lack register, so rule is satisfied."
      source: `${REPO}@1bb0ba4bc7936f1bc889bb22be7cfdfed213744f tests/testthat/test_response.R, test 2`,
      rule: { kind: 'responded-by', a: 'register', b: 'check-out' },
      expected: { 'John Doe': true, 'Jane Doe': true, 'George Doe': false },
    },
    {
      source: `${REPO}@82ab8b487358f5811d5d700f993f876943c13e4e tests/testthat/test_starts.R, starts("check-in")`,
      rule: { kind: 'starts-with', activity: 'check-in' },
      expected: { 'John Doe': true, 'Jane Doe': true, 'George Doe': false },
    },
    {
      source: `${REPO}@14e25b3c35dcc62dbf658d9be08a0cbc073bb4d5 tests/testthat/test_ends.R, ends("check-out")`,
      rule: { kind: 'ends-with', activity: 'check-out' },
      expected: { 'John Doe': true, 'Jane Doe': true, 'George Doe': false },
    },
    {
      source: `${REPO}@8680d509063c1e564683719616245e27e8167dc8 tests/testthat/test_contains.R, contains("check-in", 1)`,
      rule: { kind: 'contains', activity: 'check-in', min: 1 },
      expected: { 'John Doe': true, 'Jane Doe': true, 'George Doe': false },
    },
    {
      source: `${REPO}@8680d509063c1e564683719616245e27e8167dc8 tests/testthat/test_contains.R, contains("surgery", n = 2)`,
      rule: { kind: 'contains', activity: 'surgery', min: 2 },
      expected: { 'John Doe': true, 'Jane Doe': false, 'George Doe': false },
    },
    {
      source: `${REPO}@14e25b3c35dcc62dbf658d9be08a0cbc073bb4d5 tests/testthat/test_contains_between.R, (check-in, 1, 1)`,
      rule: { kind: 'contains', activity: 'check-in', min: 1, max: 1 },
      expected: { 'John Doe': true, 'Jane Doe': true, 'George Doe': false },
    },
    {
      source: `${REPO}@14e25b3c35dcc62dbf658d9be08a0cbc073bb4d5 tests/testthat/test_contains_between.R, (surgery, 2, 3)`,
      rule: { kind: 'contains', activity: 'surgery', min: 2, max: 3 },
      expected: { 'John Doe': true, 'Jane Doe': false, 'George Doe': false },
    },
    {
      source: `${REPO}@14e25b3c35dcc62dbf658d9be08a0cbc073bb4d5 tests/testthat/test_contains_between.R, (check-in, 0, 1)`,
      rule: { kind: 'contains', activity: 'check-in', min: 0, max: 1 },
      expected: ALL,
    },
    {
      source: `${REPO}@14e25b3c35dcc62dbf658d9be08a0cbc073bb4d5 tests/testthat/test_contains_between.R, (check-in, 0, 0)`,
      rule: { kind: 'contains', activity: 'check-in', min: 0, max: 0 },
      expected: { 'John Doe': false, 'Jane Doe': false, 'George Doe': true },
    },
    {
      // absent(a) is contains_between(a, 0, 0) (R/absent.R@13e2bfc: "n = 0 means the activity should be absent");
      // test_absent.R itself is not transcribed: its expectations contradict absent.R and it was later emptied.
      source: `${REPO}@14e25b3c35dcc62dbf658d9be08a0cbc073bb4d5 tests/testthat/test_contains_between.R, (check-in, 0, 0) as absent`,
      rule: { kind: 'absent', activity: 'check-in' },
      expected: { 'John Doe': false, 'Jane Doe': false, 'George Doe': true },
    },
    {
      source: `${REPO}@8f557038fd70f0fa278d7ac59dc9649fe4c9ccc1 tests/testthat/test_contains_exactly.R, (check-in, 1)`,
      rule: { kind: 'contains', activity: 'check-in', min: 1, max: 1 },
      expected: { 'John Doe': true, 'Jane Doe': true, 'George Doe': false },
    },
    {
      source: `${REPO}@8f557038fd70f0fa278d7ac59dc9649fe4c9ccc1 tests/testthat/test_contains_exactly.R, (treatment, 2)`,
      rule: { kind: 'contains', activity: 'treatment', min: 2, max: 2 },
      expected: { 'John Doe': false, 'Jane Doe': true, 'George Doe': false },
    },
  ]
  it.each(cases)('$source', ({ rule, without, expected }) => {
    const log = patientsLog(without === undefined ? () => true : (row) => !without(row))
    expect(verdicts(log, rule)).toEqual(expected)
  })

  it('counts instances only at lifecycle complete: every event of Jane Doe would count her one surgery twice', () => {
    const rule: DeclarativeRule = { kind: 'contains', activity: 'surgery', min: 2 }
    const everyEvent = buildJourneyLog(
      rows.map((row, index) => ({
        type: 'track' as const,
        name: row.activity,
        timestamp: Date.parse(`${row.timestamp.replace(' ', 'T')}Z`),
        seq: index,
        channel: null,
        properties: { 'lifecycle:transition': row.status },
        traits: {},
        context: {},
        customerId: row.patient,
      })),
    )
    expect(verdicts(everyEvent, rule)['Jane Doe']).toBe(true)
    expect(verdicts(patientsLog(), rule)['Jane Doe']).toBe(false)
  })
})
