import type { EventSelector } from '../events/event-selector.schema.js'
import { type JourneyLog, NONE } from './journey-log.js'
import { describePeriod, describeSelector } from './kpi-formula-text.js'
import {
  type CesSpec,
  type CsatSpec,
  DEFAULT_SCORE_PATH,
  type ExcludedAnswers,
  type KpiPeriod,
  type KpiValueOf,
  type NpsSpec,
  type ScoreRange,
  SURVEY_ANSWERED_EVENT,
  SURVEY_SCALES,
  type SurveyAnswerRule,
  type SurveyAnswerSource,
  type SurveyDetails,
} from './kpi-spec.js'
import { matchSelector } from './match-selector.js'

/** The answer events a survey KPI reads by default: `Survey Answered` whose `properties.survey` is `survey`. */
export function defaultSurveySelector(survey: 'nps' | 'csat' | 'ces'): EventSelector {
  return { events: [SURVEY_ANSWERED_EVENT], where: [{ op: 'eq', property: 'properties.survey', value: survey }] }
}

/**
 * NPS (score, −100…100) = % promoters (9–10) − % detractors (0–6) of the answers on 0–10.
 * Answers outside 0–10 or not whole are left out and counted in `details.excluded`.
 *
 * @example computeNps(log, { kind: 'nps' }) // 4 promoters, 4 passives, 2 detractors → value 20, sampleSize 10
 */
export function computeNps(log: JourneyLog, spec: NpsSpec, period?: KpiPeriod): KpiValueOf<'nps'> {
  const scale = SURVEY_SCALES.nps
  const tally = tallyAnswers(log, spec, defaultSurveySelector('nps'), scale, period)
  const detractors = countIn(tally, { min: 0, max: 6 })
  const passives = countIn(tally, { min: 7, max: 8 })
  const promoters = countIn(tally, { min: 9, max: 10 })
  const n = tally.answers
  return {
    kind: 'nps',
    value: n === 0 ? null : ((promoters - detractors) / n) * 100,
    formula: `%promoters(9–10) − %detractors(0–6) on 0–10 of ${tally.source}`,
    sampleSize: n,
    unit: 'score',
    missing: n === 0 ? 'sample' : null,
    details: { ...surveyDetails(tally), promoters, passives, detractors },
  }
}

/**
 * CSAT on 1–5: `top-2-box` (percent) = answers 4–5 ÷ answers × 100; `mean` (score) = the mean answer.
 *
 * @example computeCsat(log, { kind: 'csat', method: 'top-2-box' }) // answers 5, 4, 3, 1 → value 50, sampleSize 4
 */
export function computeCsat(log: JourneyLog, spec: CsatSpec, period?: KpiPeriod): KpiValueOf<'csat'> {
  const scale = SURVEY_SCALES.csat
  const box = { min: 4, max: 5 }
  const tally = tallyAnswers(log, spec, defaultSurveySelector('csat'), scale, period)
  const isMean = spec.method === 'mean'
  return {
    kind: 'csat',
    ...satisfaction(tally, box, isMean),
    formula: isMean ? `mean answer on 1–5 of ${tally.source}` : `%answers(4–5) on 1–5 (top-2 box) of ${tally.source}`,
    unit: isMean ? 'score' : 'percent',
    details: { ...surveyDetails(tally), method: spec.method, box, inBox: countIn(tally, box) },
  }
}

/**
 * CES on 1–7: `mean` (score) = the mean answer; `top-box` (percent) = answers in the top
 * `boxSize` points (default 3: 5–7) ÷ answers × 100.
 *
 * @example computeCes(log, { kind: 'ces', method: 'top-box' }) // answers 7, 5, 4 → value 66.67, sampleSize 3
 */
export function computeCes(log: JourneyLog, spec: CesSpec, period?: KpiPeriod): KpiValueOf<'ces'> {
  const scale = SURVEY_SCALES.ces
  const boxSize = spec.boxSize ?? 3
  if (!Number.isInteger(boxSize) || boxSize < 1 || boxSize > scale.max - scale.min + 1)
    throw new RangeError(`CES boxSize must be a whole number from 1 to 7, got ${boxSize}`)
  const box = { min: scale.max - boxSize + 1, max: scale.max }
  const tally = tallyAnswers(log, spec, defaultSurveySelector('ces'), scale, period)
  const isMean = spec.method === 'mean'
  return {
    kind: 'ces',
    ...satisfaction(tally, box, isMean),
    formula: isMean
      ? `mean answer on 1–7 of ${tally.source}`
      : `%answers(${box.min}–${box.max}) on 1–7 (top-${boxSize} box) of ${tally.source}`,
    unit: isMean ? 'score' : 'percent',
    details: { ...surveyDetails(tally), method: spec.method, box, inBox: countIn(tally, box) },
  }
}

/** The counted answers of a survey KPI: per scale point (index 0 is `scale.min`), and the excluded ones. */
interface AnswerTally {
  readonly scale: ScoreRange
  readonly answerRule: SurveyAnswerRule
  readonly counts: Float64Array
  readonly answers: number
  readonly excluded: ExcludedAnswers
  /** The formula's words for where the answers come from. */
  readonly source: string
}

const OUT_OF_SCALE = -2
const NOT_A_NUMBER = -3
const DECIMAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/

/** A score value's place on the scale (0 = `scale.min`), or OUT_OF_SCALE, or NOT_A_NUMBER. */
function scorePlace(value: unknown, scale: ScoreRange): number {
  let score: number
  if (typeof value === 'number') score = value
  else if (typeof value === 'string' && DECIMAL.test(value)) score = Number(value)
  else return NOT_A_NUMBER
  if (!Number.isFinite(score)) return NOT_A_NUMBER
  if (!Number.isInteger(score) || score < scale.min || score > scale.max) return OUT_OF_SCALE
  return score - scale.min
}

function tallyAnswers(
  log: JourneyLog,
  spec: SurveyAnswerSource,
  defaultSelector: EventSelector,
  scale: ScoreRange,
  period: KpiPeriod | undefined,
): AnswerTally {
  const selector = spec.selector ?? defaultSelector
  const scorePath = spec.scorePath ?? DEFAULT_SCORE_PATH
  const answerRule = spec.answers ?? 'every'
  const matches = matchSelector(log, selector)
  const column = log.property(scorePath)
  const places = Int32Array.from(column.values, (value) => scorePlace(value, scale))
  const counts = new Float64Array(scale.max - scale.min + 1)
  const latest = answerRule === 'latest-per-customer' ? new LatestAnswers(log.customerIds.length) : undefined
  let outOfScale = 0
  let notANumber = 0
  let missingScore = 0
  let valid = 0
  for (let c = 0; c < log.caseCount; c++) {
    const end = log.caseOffsets[c + 1] as number
    for (let i = log.caseOffsets[c] as number; i < end; i++) {
      if (!matches[i]) continue
      const time = log.time[i] as number
      if (period !== undefined && (time < period.from || time >= period.to)) continue
      const code = column.codes[i] as number
      const place = code === NONE ? NONE : (places[code] as number)
      if (place === NONE) missingScore++
      else if (place === OUT_OF_SCALE) outOfScale++
      else if (place === NOT_A_NUMBER) notANumber++
      else {
        valid++
        if (latest === undefined) counts[place] = (counts[place] as number) + 1
        else latest.offer(log.caseCustomer[c] as number, time, log.seq[i] as number, place)
      }
    }
  }
  const answers = latest === undefined ? valid : latest.addTo(counts)
  const rule = answerRule === 'every' ? 'every answer' : "each customer's latest answer"
  const within = period === undefined ? '' : ` in ${describePeriod(period)}`
  return {
    scale,
    answerRule,
    counts,
    answers,
    excluded: { outOfScale, notANumber, missingScore, supersededByLater: valid - answers },
    source: `${scorePath} of ${describeSelector(selector)}, ${rule}${within}`,
  }
}

/** Each customer's latest valid answer, in journey order (time, then ingestion sequence). */
class LatestAnswers {
  private readonly time: Float64Array
  private readonly seq: Float64Array
  private readonly place: Int32Array
  constructor(customers: number) {
    this.time = new Float64Array(customers).fill(Number.NEGATIVE_INFINITY)
    this.seq = new Float64Array(customers).fill(Number.NEGATIVE_INFINITY)
    this.place = new Int32Array(customers).fill(NONE)
  }
  offer(customer: number, time: number, seq: number, place: number): void {
    const bestTime = this.time[customer] as number
    if (time > bestTime || (time === bestTime && seq > (this.seq[customer] as number))) {
      this.time[customer] = time
      this.seq[customer] = seq
      this.place[customer] = place
    }
  }
  /** Adds the kept answers to `counts` and answers how many there are. */
  addTo(counts: Float64Array): number {
    let kept = 0
    for (const place of this.place) {
      if (place === NONE) continue
      counts[place] = (counts[place] as number) + 1
      kept++
    }
    return kept
  }
}

function countIn(tally: AnswerTally, range: ScoreRange): number {
  let total = 0
  for (let score = range.min; score <= range.max; score++) total += tally.counts[score - tally.scale.min] as number
  return total
}

function meanOf(tally: AnswerTally): number | null {
  if (tally.answers === 0) return null
  let total = 0
  tally.counts.forEach((count, place) => {
    total += count * (place + tally.scale.min)
  })
  return total / tally.answers
}

function surveyDetails(tally: AnswerTally): SurveyDetails {
  return {
    answerRule: tally.answerRule,
    scale: tally.scale,
    distribution: Array.from(tally.counts, (answers, place) => ({ score: place + tally.scale.min, answers })),
    mean: meanOf(tally),
    excluded: tally.excluded,
  }
}

function satisfaction(
  tally: AnswerTally,
  box: ScoreRange,
  isMean: boolean,
): { value: number | null; sampleSize: number; missing: 'sample' | null } {
  const n = tally.answers
  if (n === 0) return { value: null, sampleSize: 0, missing: 'sample' }
  return { value: isMean ? meanOf(tally) : (countIn(tally, box) / n) * 100, sampleSize: n, missing: null }
}
