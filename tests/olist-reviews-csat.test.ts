import { readFileSync } from 'node:fs'
import { buildJourneyLog, computeKpi, type JourneyLog, type JourneyLogInput } from '@parcours/core'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'

/** The shared real data lives beside the repository: ../shared/data from its root. */
const DATA = new URL('../../shared/data/', import.meta.url)
const dataPath = (path: string) => new URL(path, DATA).pathname

/** Figures of olist-reviews-sample/SOURCE.md ("Independent recount on this sample"). */
const OLIST = {
  reviews: 6_123,
  distinctReviewIds: 6_121,
  scores: { 1: 668, 2: 189, 3: 519, 4: 1_149, 5: 3_598 },
  withComment: 2_562,
} as const

interface ReviewRow {
  readonly review_id: string
  readonly order_id: string
  readonly review_score: string
  readonly review_comment_message: string
  readonly review_answer_timestamp: string
}

/** Each review as a `Survey Answered` event (survey csat, score, comment) of its order's customer, in file order. */
function reviewEvents(
  rows: readonly ReviewRow[],
  customerOf: (row: ReviewRow) => string,
  score: (text: string) => unknown = Number,
) {
  return rows.map(
    (row, index): JourneyLogInput => ({
      type: 'track',
      name: 'Survey Answered',
      timestamp: Date.parse(`${row.review_answer_timestamp.replace(' ', 'T')}Z`),
      seq: index,
      channel: 'email',
      properties: { survey: 'csat', score: score(row.review_score), comment: row.review_comment_message },
      traits: {},
      context: {},
      customerId: customerOf(row),
    }),
  )
}

describe('CSAT on the Olist reviews sample', () => {
  let rows: ReviewRow[]
  let log: JourneyLog

  beforeAll(() => {
    const text = readFileSync(dataPath('olist-reviews-sample/olist_order_reviews_dataset.head.csv'), 'utf8')
    rows = parse(text, { columns: true, skip_empty_lines: true }) as ReviewRow[]
    log = buildJourneyLog(reviewEvents(rows, (row) => row.order_id))
  })

  it('reads every review of the sample as one answer event', () => {
    expect(rows).toHaveLength(OLIST.reviews)
    expect(log.eventCount).toBe(OLIST.reviews)
    expect(rows.filter((row) => row.review_comment_message.trim() !== '')).toHaveLength(OLIST.withComment)
  })

  it('gives the score distribution of SOURCE.md, with no answer left out', () => {
    const result = computeKpi(log, { kind: 'csat', method: 'top-2-box' })
    expect(result.sampleSize).toBe(OLIST.reviews)
    expect(result.details).toMatchObject({
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, answers: OLIST.scores[score as 1 | 2 | 3 | 4 | 5] })),
      excluded: { outOfScale: 0, notANumber: 0, missingScore: 0, supersededByLater: 0 },
    })
  })

  it('gives the CSAT top-2 box of the distribution of SOURCE.md: (4,747 answers 4–5) ÷ 6,123 × 100 = 77.53 %', () => {
    const result = computeKpi(log, { kind: 'csat', method: 'top-2-box' })
    const satisfied = OLIST.scores[4] + OLIST.scores[5]
    expect(satisfied).toBe(4_747)
    expect(result.value).toBe((satisfied / OLIST.reviews) * 100)
    expect(result.value?.toFixed(2)).toBe('77.53')
    expect(result).toMatchObject({ unit: 'percent', missing: null })
    expect(result.formula).toContain('%answers(4–5) on 1–5 (top-2 box)')
  })

  it('gives the CSAT mean of the distribution of SOURCE.md: 25,189 ÷ 6,123 = 4.1138', () => {
    const result = computeKpi(log, { kind: 'csat', method: 'mean' })
    const total =
      1 * OLIST.scores[1] + 2 * OLIST.scores[2] + 3 * OLIST.scores[3] + 4 * OLIST.scores[4] + 5 * OLIST.scores[5]
    expect(total).toBe(25_189)
    expect(result.value).toBe(total / OLIST.reviews)
    expect(result.value?.toFixed(4)).toBe('4.1138')
    expect(result).toMatchObject({ sampleSize: OLIST.reviews, unit: 'score' })
  })

  it('gives the same figures when the scores stay text, as in the CSV', () => {
    const textLog = buildJourneyLog(
      reviewEvents(
        rows,
        (row) => row.order_id,
        (score) => score,
      ),
    )
    const result = computeKpi(textLog, { kind: 'csat', method: 'mean' })
    expect(result).toMatchObject({ sampleSize: OLIST.reviews, value: 25_189 / OLIST.reviews })
  })

  it('keeps one answer per review id (6,121 distinct) when counting the latest answer of each', () => {
    const byReview = buildJourneyLog(reviewEvents(rows, (row) => row.review_id))
    const result = computeKpi(byReview, { kind: 'csat', method: 'top-2-box', answers: 'latest-per-customer' })
    expect(result.sampleSize).toBe(OLIST.distinctReviewIds)
    expect(result.details.excluded.supersededByLater).toBe(OLIST.reviews - OLIST.distinctReviewIds)
  })
})

describe('conversion rate on the Online Shoppers Purchasing Intention sessions', () => {
  it('gives 1,908 purchases in 12,330 sessions: 15.47 % (SOURCE.md)', () => {
    const text = readFileSync(dataPath('online-shoppers-intention/online_shoppers_intention.csv'), 'utf8')
    const sessions = parse(text, { columns: true, delimiter: ';', skip_empty_lines: true }) as {
      readonly Revenue: string
    }[]
    const events: JourneyLogInput[] = []
    const event = (session: number, name: string, offset: number): JourneyLogInput => ({
      type: 'track',
      name,
      timestamp: Date.UTC(2026, 0, 1) + session * 60_000 + offset,
      seq: events.length,
      channel: 'web',
      properties: {},
      traits: {},
      context: {},
      customerId: `session-${session}`,
    })
    sessions.forEach((session, index) => {
      events.push(event(index, 'Session Started', 0))
      if (session.Revenue === 'TRUE') events.push(event(index, 'Order Completed', 1_000))
      else expect(session.Revenue).toBe('FALSE')
    })
    const result = computeKpi(buildJourneyLog(events), {
      kind: 'conversion-rate',
      from: { events: ['Session Started'] },
      to: { events: ['Order Completed'] },
    })
    expect(result.details).toMatchObject({ entered: 12_330, converted: 1_908, droppedOff: 10_422 })
    expect(result.sampleSize).toBe(12_330)
    expect(result.value).toBe((1_908 / 12_330) * 100)
    expect(result.value?.toFixed(2)).toBe('15.47')
  })
})
