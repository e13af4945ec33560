import { describe, expect, it } from 'vitest'
import { DAY, kpiTestLog, surveyAnswers } from './kpi-log.fixture.js'
import { computeCes, computeCsat, computeNps } from './survey-scores.js'

const nps = (scores: readonly unknown[]) => computeNps(kpiTestLog(surveyAnswers('nps', scores)), { kind: 'nps' })

describe('NPS', () => {
  it.each([
    { scores: [9, 10, 7, 8, 0, 6, 3, 9, 10, 8], value: 10, promoters: 4, passives: 3, detractors: 3 },
    { scores: [6], value: -100, promoters: 0, passives: 0, detractors: 1 },
    { scores: [7], value: 0, promoters: 0, passives: 1, detractors: 0 },
    { scores: [8], value: 0, promoters: 0, passives: 1, detractors: 0 },
    { scores: [9], value: 100, promoters: 1, passives: 0, detractors: 0 },
    { scores: [0, 10], value: 0, promoters: 1, passives: 0, detractors: 1 },
    { scores: [10, 10, 9, 5], value: 50, promoters: 3, passives: 0, detractors: 1 },
  ])('scores $scores give NPS $value (% promoters 9–10 − % detractors 0–6)', ({ scores, ...expected }) => {
    const result = nps(scores)
    expect(result.value).toBeCloseTo(expected.value, 10)
    expect(result.sampleSize).toBe(scores.length)
    expect(result.details).toMatchObject({
      promoters: expected.promoters,
      passives: expected.passives,
      detractors: expected.detractors,
    })
    expect(result.unit).toBe('score')
  })

  it('has no value and a sample size of 0 without answers', () => {
    const result = nps([])
    expect(result).toMatchObject({ value: null, sampleSize: 0, missing: 'sample' })
    expect(result.details.mean).toBeNull()
  })

  it('leaves out and counts scores outside 0–10, not whole, not numbers or missing, and reads numeric text', () => {
    const result = nps([11, -1, 7.5, 'abc', true, undefined, '9', ' 10 ', 6])
    expect(result.details.excluded).toEqual({ outOfScale: 3, notANumber: 2, missingScore: 1, supersededByLater: 0 })
    expect(result.sampleSize).toBe(3)
    expect(result.details).toMatchObject({ promoters: 2, detractors: 1 })
    expect(result.value).toBeCloseTo(((2 - 1) / 3) * 100, 10)
  })

  it('reads only the answers of its survey', () => {
    const log = kpiTestLog([...surveyAnswers('nps', [10]), ...surveyAnswers('csat', [1, 1])])
    expect(computeNps(log, { kind: 'nps' }).sampleSize).toBe(1)
  })

  it('lists every scale point in the distribution, zeros included', () => {
    const { distribution } = nps([10, 10, 0]).details
    expect(distribution).toHaveLength(11)
    expect(distribution[0]).toEqual({ score: 0, answers: 1 })
    expect(distribution[5]).toEqual({ score: 5, answers: 0 })
    expect(distribution[10]).toEqual({ score: 10, answers: 2 })
  })

  it('states the formula it used and where the answers come from', () => {
    expect(nps([9]).formula).toBe(
      '%promoters(9–10) − %detractors(0–6) on 0–10 of properties.score of Survey Answered [properties.survey = "nps"], every answer',
    )
  })

  it('reads answers from a given selector and score path', () => {
    const log = kpiTestLog([
      { customer: 'a', name: 'Feedback Given', properties: { rating: { nps: 10 } } },
      { customer: 'b', name: 'Feedback Given', properties: { rating: { nps: 2 } } },
      { customer: 'c', name: 'Survey Answered', properties: { survey: 'nps', score: 10 } },
    ])
    const result = computeNps(log, {
      kind: 'nps',
      selector: { events: ['Feedback Given'] },
      scorePath: 'properties.rating.nps',
    })
    expect(result).toMatchObject({ value: 0, sampleSize: 2 })
    expect(result.formula).toContain('properties.rating.nps of Feedback Given')
  })

  it('counts every answer by default, and one per customer (the latest valid one) when asked', () => {
    const events = [
      { customer: 'a', name: 'Survey Answered', at: 0, properties: { survey: 'nps', score: 3 } },
      { customer: 'a', name: 'Survey Answered', at: DAY, properties: { survey: 'nps', score: 10 } },
      { customer: 'a', name: 'Survey Answered', at: 2 * DAY, properties: { survey: 'nps', score: 42 } },
      { customer: 'b', name: 'Survey Answered', at: 0, properties: { survey: 'nps', score: 8 } },
    ]
    const log = kpiTestLog(events)
    expect(computeNps(log, { kind: 'nps' }).sampleSize).toBe(3)
    const latest = computeNps(log, { kind: 'nps', answers: 'latest-per-customer' })
    expect(latest).toMatchObject({ value: 50, sampleSize: 2 })
    expect(latest.details).toMatchObject({
      promoters: 1,
      passives: 1,
      detractors: 0,
      answerRule: 'latest-per-customer',
    })
    expect(latest.details.excluded).toMatchObject({ outOfScale: 1, supersededByLater: 1 })
    expect(latest.formula).toContain("each customer's latest answer")
  })

  it('breaks a tie in time between two answers of a customer by ingestion order', () => {
    const answer = (score: number, seq: number) => ({
      customer: 'a',
      name: 'Survey Answered',
      at: 0,
      seq,
      properties: { survey: 'nps', score },
    })
    const spec = { kind: 'nps', answers: 'latest-per-customer' } as const
    expect(computeNps(kpiTestLog([answer(10, 2), answer(0, 1)]), spec).value).toBe(100)
    expect(computeNps(kpiTestLog([answer(10, 1), answer(0, 2)]), spec).value).toBe(-100)
  })

  it("takes a customer's latest answer across their cases", () => {
    const log = kpiTestLog(
      [
        { customer: 'a', name: 'Survey Answered', at: DAY, properties: { survey: 'nps', score: 0, order: 'o1' } },
        { customer: 'a', name: 'Survey Answered', at: 0, properties: { survey: 'nps', score: 10, order: 'o2' } },
      ],
      { caseProperty: 'order' },
    )
    expect(computeNps(log, { kind: 'nps', answers: 'latest-per-customer' })).toMatchObject({
      value: -100,
      sampleSize: 1,
    })
  })

  it('counts only the answers in the period [from, to)', () => {
    const log = kpiTestLog([
      { customer: 'a', name: 'Survey Answered', at: 0, properties: { survey: 'nps', score: 0 } },
      { customer: 'b', name: 'Survey Answered', at: DAY, properties: { survey: 'nps', score: 10 } },
      { customer: 'c', name: 'Survey Answered', at: 2 * DAY, properties: { survey: 'nps', score: 0 } },
    ])
    const t0 = log.time[0] as number
    const result = computeNps(log, { kind: 'nps' }, { from: t0 + DAY, to: t0 + 2 * DAY })
    expect(result).toMatchObject({ value: 100, sampleSize: 1 })
    expect(result.formula).toContain('in [2026-01-02T00:00:00.000Z, 2026-01-03T00:00:00.000Z)')
  })
})

describe('CSAT', () => {
  const csat = (scores: readonly unknown[], method: 'top-2-box' | 'mean') =>
    computeCsat(kpiTestLog(surveyAnswers('csat', scores)), { kind: 'csat', method })

  it.each([
    { scores: [5, 4, 3, 1], topTwo: 50, mean: 3.25 },
    { scores: [4], topTwo: 100, mean: 4 },
    { scores: [3], topTwo: 0, mean: 3 },
    { scores: [1, 2, 3, 4, 5], topTwo: 40, mean: 3 },
  ])('scores $scores give a top-2 box of $topTwo % and a mean of $mean', ({ scores, topTwo, mean }) => {
    const box = csat(scores, 'top-2-box')
    expect(box).toMatchObject({ value: topTwo, unit: 'percent', sampleSize: scores.length })
    expect(box.formula).toMatch(/^%answers\(4–5\) on 1–5 \(top-2 box\)/)
    const average = csat(scores, 'mean')
    expect(average).toMatchObject({ value: mean, unit: 'score', sampleSize: scores.length })
    expect(average.formula).toMatch(/^mean answer on 1–5/)
  })

  it('leaves out 0 and 6, which are off the 1–5 scale', () => {
    const result = csat([0, 6, 5, 2], 'top-2-box')
    expect(result).toMatchObject({ value: 50, sampleSize: 2 })
    expect(result.details.excluded.outOfScale).toBe(2)
    expect(result.details).toMatchObject({ box: { min: 4, max: 5 }, inBox: 1, mean: 3.5 })
  })

  it.each(['top-2-box', 'mean'] as const)('has no %s value without answers', (method) => {
    expect(csat([], method)).toMatchObject({ value: null, sampleSize: 0, missing: 'sample' })
  })
})

describe('CES', () => {
  const ces = (scores: readonly unknown[], method: 'mean' | 'top-box', boxSize?: number) =>
    computeCes(kpiTestLog(surveyAnswers('ces', scores)), {
      kind: 'ces',
      method,
      ...(boxSize === undefined ? {} : { boxSize }),
    })

  it.each([
    { scores: [7, 5, 4], mean: 16 / 3, topBox: 200 / 3 },
    { scores: [1, 7], mean: 4, topBox: 50 },
    { scores: [4, 4], mean: 4, topBox: 0 },
  ])('scores $scores give a mean of $mean and a 5–7 share of $topBox %', ({ scores, mean, topBox }) => {
    expect(ces(scores, 'mean').value).toBeCloseTo(mean, 10)
    const box = ces(scores, 'top-box')
    expect(box.value).toBeCloseTo(topBox, 10)
    expect(box.formula).toMatch(/^%answers\(5–7\) on 1–7 \(top-3 box\)/)
  })

  it('takes the top k points of 1–7 as the box', () => {
    const result = ces([7, 6, 5, 1], 'top-box', 2)
    expect(result).toMatchObject({ value: 50, details: { box: { min: 6, max: 7 }, inBox: 2 } })
  })

  it('leaves out 0 and 8, which are off the 1–7 scale', () => {
    expect(ces([0, 8, 7], 'mean')).toMatchObject({ value: 7, sampleSize: 1, details: { excluded: { outOfScale: 2 } } })
  })

  it('refuses a box that is not 1 to 7 points wide', () => {
    expect(() => ces([7], 'top-box', 0)).toThrow(RangeError)
    expect(() => ces([7], 'top-box', 8)).toThrow(RangeError)
  })

  it('has no value without answers', () => {
    expect(ces([], 'mean')).toMatchObject({ value: null, sampleSize: 0 })
  })
})
