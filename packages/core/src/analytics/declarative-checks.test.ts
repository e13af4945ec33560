import { describe, expect, it } from 'vitest'
import { checkRules, type DeclarativeRule, ruleHolds, ruleLabel } from './declarative-checks.js'
import { buildJourneyLog, type JourneyLog, type JourneyLogInput } from './journey-log.js'

/** One case per trace (`'A B A'`), events one minute apart, named by the letters. */
function logOf(traces: readonly string[]): JourneyLog {
  let seq = 0
  const events: JourneyLogInput[] = traces.flatMap((trace, c) =>
    trace
      .split(' ')
      .filter((name) => name !== '')
      .map((name, i) => ({
        type: 'track' as const,
        name,
        timestamp: i * 60_000,
        seq: seq++,
        channel: name === 'C' ? 'store' : 'web',
        properties: {},
        traits: {},
        context: {},
        customerId: `case-${String(c).padStart(2, '0')}`,
      })),
  )
  return buildJourneyLog(events)
}

const holds = (rule: DeclarativeRule, trace: string) => ruleHolds(logOf([trace]), rule)[0] === 1

describe('ruleHolds', () => {
  // processcheckR tests/testthat/test_precedence_satisfied.R (bupaverse/processcheckR@d170e08)
  const precedence: [string, boolean][] = [
    ['A B A B', true],
    ['A A B', true],
    ['A B B', true],
    ['A A A C B', true],
    ['A C B B A', true],
    ['C A A B C B', true],
    ['A C A A', true],
    ['B A B', false],
    ['B B A A A C', false],
  ]
  it.each(precedence)('precedes(A, B) on %s is %s, as processcheckR precedence_satisfied', (trace, expected) => {
    expect(holds({ kind: 'precedes', a: 'A', b: 'B' }, trace)).toBe(expected)
  })

  // processcheckR tests/testthat/test_response_satisfied.R (bupaverse/processcheckR@0173487)
  const response: [string, string, string, boolean][] = [
    ['A B A B', 'A', 'B', true],
    ['B A A B', 'A', 'B', true],
    ['B A A A C B', 'A', 'B', true],
    ['B B C B', 'A', 'B', true],
    ['B A B', 'B', 'A', false],
    ['A B A A A C', 'A', 'B', false],
    ['B C A A B C', 'B', 'A', false],
  ]
  it.each(response)('responded-by(%s: %s, %s) is %s, as processcheckR response_satisfied', (trace, a, b, expected) => {
    expect(holds({ kind: 'responded-by', a, b }, trace)).toBe(expected)
  })

  const rules: { name: string; rule: DeclarativeRule; trace: string; expected: boolean }[] = [
    {
      name: 'an event is not its own predecessor',
      rule: { kind: 'precedes', a: 'A', b: 'A' },
      trace: 'A',
      expected: false,
    },
    {
      name: 'an event is not its own response',
      rule: { kind: 'responded-by', a: 'A', b: 'A' },
      trace: 'A',
      expected: false,
    },
    {
      name: 'a response inside the time window holds',
      rule: { kind: 'responded-by', a: 'A', b: 'B', withinMs: 120_000 },
      trace: 'A C B',
      expected: true,
    },
    {
      name: 'a response later than the time window fails',
      rule: { kind: 'responded-by', a: 'A', b: 'B', withinMs: 60_000 },
      trace: 'A C B',
      expected: false,
    },
    {
      name: 'the window runs from each A to the first B after it',
      rule: { kind: 'responded-by', a: 'A', b: 'B', withinMs: 60_000 },
      trace: 'A B A C C B',
      expected: false,
    },
    {
      name: 'starts-with looks at the first event',
      rule: { kind: 'starts-with', activity: 'A' },
      trace: 'A B',
      expected: true,
    },
    {
      name: 'starts-with fails on a later event',
      rule: { kind: 'starts-with', activity: 'B' },
      trace: 'A B',
      expected: false,
    },
    {
      name: 'ends-with looks at the last event',
      rule: { kind: 'ends-with', activity: 'B' },
      trace: 'A B',
      expected: true,
    },
    {
      name: 'contains needs one occurrence by default',
      rule: { kind: 'contains', activity: 'C' },
      trace: 'A B',
      expected: false,
    },
    {
      name: 'contains counts up to max',
      rule: { kind: 'contains', activity: 'A', min: 2, max: 3 },
      trace: 'A B A A',
      expected: true,
    },
    {
      name: 'contains fails above max',
      rule: { kind: 'contains', activity: 'A', max: 2 },
      trace: 'A B A A',
      expected: false,
    },
    {
      name: 'contains with max 0 is absent',
      rule: { kind: 'contains', activity: 'A', min: 0, max: 0 },
      trace: 'B',
      expected: true,
    },
    {
      name: 'absent holds without the activity',
      rule: { kind: 'absent', activity: 'C' },
      trace: 'A B',
      expected: true,
    },
    { name: 'absent fails with it', rule: { kind: 'absent', activity: 'A' }, trace: 'A B', expected: false },
    {
      name: 'an unknown label matches no event',
      rule: { kind: 'absent', activity: 'Nope' },
      trace: 'A',
      expected: true,
    },
    {
      name: 'a selector operand matches events by name and channel',
      rule: { kind: 'contains', activity: { events: ['A', 'C'], channels: ['store'] } },
      trace: 'A B C',
      expected: true,
    },
    {
      name: 'a selector operand leaves out the events it does not match',
      rule: { kind: 'starts-with', activity: { events: ['A'], channels: ['store'] } },
      trace: 'A B',
      expected: false,
    },
  ]
  it.each(rules)('$name', ({ rule, trace, expected }) => {
    expect(holds(rule, trace)).toBe(expected)
  })

  it('answers one value per case, in the log case order', () => {
    const log = logOf(['A B', 'B A', 'C'])
    expect([...ruleHolds(log, { kind: 'precedes', a: 'A', b: 'B' })]).toEqual([1, 0, 1])
  })
})

describe('checkRules', () => {
  it('counts satisfied and violated cases and lists the smallest violating ids', () => {
    const log = logOf(['A B', 'B', 'A', 'B A', 'C', 'B B'])
    const result = checkRules(
      log,
      [
        { kind: 'precedes', a: 'A', b: 'B' },
        { kind: 'contains', activity: 'A' },
      ],
      { exampleCases: 2 },
    )
    expect(result.totalCases).toBe(6)
    expect(result.rules.map((r) => [r.label, r.satisfiedCases, r.violatedCases, r.exampleViolations])).toEqual([
      ['precedes(A, B)', 3, 3, ['case-01', 'case-03']],
      ['contains(A, 1..)', 3, 3, ['case-01', 'case-04']],
    ])
  })

  const labels: [DeclarativeRule, string][] = [
    [{ kind: 'responded-by', a: 'A', b: 'B', withinMs: 3_600_000 }, 'responded-by(A, B, 3600000 ms)'],
    [{ kind: 'contains', activity: 'A', min: 2, max: 3 }, 'contains(A, 2..3)'],
    [{ kind: 'starts-with', activity: { events: ['A', 'B'] } }, 'starts-with([A|B])'],
    [{ kind: 'absent', activity: 'A' }, 'absent(A)'],
  ]
  it.each(labels)('labels %j as %s', (rule, label) => {
    expect(ruleLabel(rule)).toBe(label)
  })
})
