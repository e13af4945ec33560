import type { EventSelector } from '../events/event-selector.schema.js'
import type { EmotionLane, JourneyMap, KpiDefinition } from '../journey-map/journey-map.schema.js'
import { compileMapModel } from './compile-map-model.js'
import { computeKpi } from './compute-kpi.js'
import { checkConformance, type Deviation, type FitnessSummary } from './conformance.js'
import type { CostRow } from './cost-data.js'
import { type JourneyLog, NONE } from './journey-log.js'
import type { KpiPeriod, KpiValue } from './kpi-spec.js'
import { kpiSpecOf } from './kpi-spec-of.js'
import { SelectorBits, selectorMayMatch } from './match-selector.js'
import { summarize } from './summarize.js'

/** A KPI of the map, measured: its definition's id, name and target beside the value, or why it could not be measured. */
export interface MeasuredKpi {
  readonly kpiId: string
  readonly name: string
  readonly target: number | null
  readonly direction: KpiDefinition['direction']
  /** Null when the definition cannot be computed (see `problem`). */
  readonly value: KpiValue | null
  readonly problem: { readonly code: string; readonly message: string } | null
}

/** A touchpoint, measured: cases and events that matched its selector (null counts when it has no selector yet). */
export interface MeasuredTouchpoint {
  readonly touchpointId: string
  readonly name: string
  readonly channel: string
  readonly isBound: boolean
  readonly reach: number | null
  readonly events: number | null
  readonly kpis: readonly MeasuredKpi[]
}

/** Survey answers attributed to a stage, on the map's emotion scale, beside the designed curves' values there. */
export interface StageSatisfaction {
  /** Mean of the answers rescaled to the emotion lane's scale; null without answers. */
  readonly measured: number | null
  /** Answers it rests on. */
  readonly n: number
  readonly designed: readonly {
    readonly curveId: string
    readonly label: string
    readonly state: 'current' | 'future'
    readonly personaId: string | null
    readonly value: number
  }[]
}

export interface MeasuredStage {
  readonly stageId: string
  readonly name: string
  /** Cases with at least one event of a touchpoint of the stage. */
  readonly reach: number
  /** Among the cases that reached the previous stage, the share (0–1) with an event of this stage after their first one there; null for the first stage or when the previous stage has no reach. */
  readonly conversionFromPrevious: number | null
  /** 1 − conversionFromPrevious. */
  readonly dropOff: number | null
  /** Median time (ms) from a case's first event of this stage to its first event of the next stage after it; null when none moved on. */
  readonly medianTimeToNextStage: number | null
  /** Cases that moved on to the next stage: the sample size of the median. */
  readonly movedOn: number
  readonly satisfaction: StageSatisfaction | null
  readonly kpis: readonly MeasuredKpi[]
  /** The most frequent deviations at this stage (conformance), most cases first. */
  readonly deviations: readonly Deviation[]
  readonly touchpoints: readonly MeasuredTouchpoint[]
}

/** A designed map measured on real journeys: what the web app's measured overlay draws. */
export interface MapMeasurement {
  readonly mapId: string
  readonly cases: number
  /** Cases with at least one event of a bound touchpoint. */
  readonly casesOnMap: number
  readonly stages: readonly MeasuredStage[]
  /** KPIs that apply to the whole map. */
  readonly kpis: readonly MeasuredKpi[]
  /** Fitness of the journeys against the map's model; null when the map cannot be compiled (see `conformanceProblem`). */
  readonly conformance: {
    readonly fitness: FitnessSummary | null
    readonly fittingCases: number
    readonly totalCases: number
  } | null
  readonly conformanceProblem: { readonly code: string; readonly message: string } | null
}

export interface MeasureMapOptions {
  readonly costs?: readonly CostRow[]
  readonly period?: KpiPeriod
  /** How many deviations each stage lists (default 3). */
  readonly deviationsPerStage?: number
}

/** The survey scales a `Survey Answered` event's `properties.survey` names (by a word it contains). */
const SURVEY_SCALES: readonly { readonly word: string; readonly min: number; readonly max: number }[] = [
  { word: 'nps', min: 0, max: 10 },
  { word: 'ces', min: 1, max: 7 },
  { word: 'csat', min: 1, max: 5 },
]

/**
 * Measures every stage and touchpoint of a map on a journey log (already scoped by segment,
 * channel or period): reach, conversion from the previous stage, drop-off, median time to the next
 * stage, the KPIs defined there with their n, the satisfaction measured from survey answers on the
 * emotion scale beside the designed curves, and the top deviations. Rules in docs/semantics.md
 * ("Measured map").
 *
 * @example measureMap(log, nineSteps).stages[0] // { stageId: 'need', reach: 61234, conversionFromPrevious: null, … }
 */
export function measureMap(log: JourneyLog, map: JourneyMap, options: MeasureMapOptions = {}): MapMeasurement {
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]))
  const stageCount = map.stages.length
  const touchpointReach = new Int32Array(map.touchpoints.length)
  const touchpointEvents = new Int32Array(map.touchpoints.length)
  // Each event's stage: the first (in map order) stage of a touchpoint it matches, NONE otherwise.
  const eventStage = new Int32Array(log.eventCount).fill(NONE)
  // A touchpoint none of whose event names is in the log matches nothing: left out of the passes.
  const matchable = map.touchpoints.flatMap((touchpoint, t) =>
    touchpoint.selector !== undefined && selectorMayMatch(log, touchpoint.selector) ? [t] : [],
  )
  let longest = 0
  for (let c = 0; c < log.caseCount; c++) {
    const start = log.caseOffsets[c] as number
    const end = log.caseOffsets[c + 1] as number
    longest = Math.max(longest, end - start)
  }
  const caseBits = new Int32Array(longest)
  // One pass per 31 touchpoints (one bit each): stages, events and reach of every touchpoint at once.
  for (let from = 0; from < matchable.length; from += 31) {
    const chunk = matchable.slice(from, from + 31)
    const matcher = new SelectorBits(
      log,
      chunk.map((t) => (map.touchpoints[t] as JourneyMap['touchpoints'][number]).selector as EventSelector),
    )
    const chunkStage = chunk.map(
      (t) => stageIndex.get((map.touchpoints[t] as JourneyMap['touchpoints'][number]).stageId) ?? NONE,
    )
    for (let c = 0; c < log.caseCount; c++) {
      const start = log.caseOffsets[c] as number
      const end = log.caseOffsets[c + 1] as number
      const caseUnion = matcher.fill(caseBits, start, end)
      if (caseUnion === 0) continue
      for (let i = start; i < end; i++) {
        const bits = caseBits[i - start] as number
        if (bits === 0) continue
        let stage = eventStage[i] as number
        for (let rest = bits; rest !== 0; rest &= rest - 1) {
          const r = 31 - Math.clz32(rest & -rest)
          const t = chunk[r] as number
          touchpointEvents[t] = (touchpointEvents[t] as number) + 1
          const touchpointStage = chunkStage[r] as number
          if (touchpointStage !== NONE && (stage === NONE || touchpointStage < stage)) stage = touchpointStage
        }
        eventStage[i] = stage
      }
      for (let rest = caseUnion; rest !== 0; rest &= rest - 1) {
        const t = chunk[31 - Math.clz32(rest & -rest)] as number
        touchpointReach[t] = (touchpointReach[t] as number) + 1
      }
    }
  }

  const reach = new Int32Array(stageCount)
  const converted = new Int32Array(stageCount)
  const timesToNext: number[][] = map.stages.map(() => [])
  const firstPosition = new Int32Array(stageCount)
  const lastPosition = new Int32Array(stageCount)
  let casesOnMap = 0
  for (let c = 0; c < log.caseCount; c++) {
    const start = log.caseOffsets[c] as number
    const end = log.caseOffsets[c + 1] as number
    firstPosition.fill(NONE)
    lastPosition.fill(NONE)
    let onMap = false
    for (let i = start; i < end; i++) {
      const stage = eventStage[i] as number
      if (stage !== NONE) {
        onMap = true
        if (firstPosition[stage] === NONE) firstPosition[stage] = i
        lastPosition[stage] = i
      }
    }
    if (onMap) casesOnMap++
    for (let k = 0; k < stageCount; k++) {
      const first = firstPosition[k] as number
      if (first === NONE) continue
      reach[k] = (reach[k] as number) + 1
      if (k === 0) continue
      const previousFirst = firstPosition[k - 1] as number
      if (previousFirst !== NONE && (lastPosition[k] as number) > previousFirst)
        converted[k] = (converted[k] as number) + 1
    }
    for (let k = 0; k + 1 < stageCount; k++) {
      const first = firstPosition[k] as number
      if (first === NONE || (lastPosition[k + 1] as number) <= first) continue
      for (let i = first + 1; i < end; i++)
        if (eventStage[i] === k + 1) {
          timesToNext[k]?.push((log.time[i] as number) - (log.time[first] as number))
          break
        }
    }
  }

  const kpiOptions = {
    ...(options.costs === undefined ? {} : { costs: options.costs }),
    ...(options.period === undefined ? {} : { period: options.period }),
  }
  const measureKpi = (definition: KpiDefinition): MeasuredKpi => {
    const base = {
      kpiId: definition.id,
      name: definition.name,
      target: definition.target ?? null,
      direction: definition.direction,
    }
    const spec = kpiSpecOf(definition)
    if (!spec.ok) return { ...base, value: null, problem: { code: spec.error.code, message: spec.error.message } }
    return { ...base, value: computeKpi(log, spec.value, kpiOptions), problem: null }
  }
  const kpisByScope = new Map<string, MeasuredKpi[]>()
  for (const definition of map.kpis) {
    const scope = definition.appliesTo
    const key =
      scope.level === 'map'
        ? 'map'
        : scope.level === 'stage'
          ? `stage:${scope.stageId}`
          : `touchpoint:${scope.touchpointId}`
    kpisByScope.set(key, [...(kpisByScope.get(key) ?? []), measureKpi(definition)])
  }

  const model = compileMapModel(map)
  const conformance = model.ok ? checkConformance(log, model.value) : null
  const perStage = options.deviationsPerStage ?? 3
  const satisfaction = stageSatisfaction(log, map, eventStage)

  const stages = map.stages.map((stage, k): MeasuredStage => {
    const previousReach = k === 0 ? 0 : (reach[k - 1] as number)
    const conversion = k === 0 || previousReach === 0 ? null : (converted[k] as number) / previousReach
    const times = timesToNext[k] ?? []
    return {
      stageId: stage.id,
      name: stage.name,
      reach: reach[k] as number,
      conversionFromPrevious: conversion,
      dropOff: conversion === null ? null : 1 - conversion,
      medianTimeToNextStage: summarize(times)?.median ?? null,
      movedOn: times.length,
      satisfaction: satisfaction?.[k] ?? null,
      kpis: kpisByScope.get(`stage:${stage.id}`) ?? [],
      deviations: (conformance?.deviations ?? [])
        .filter((deviation) => deviation.stageId === stage.id)
        .slice(0, perStage),
      touchpoints: map.touchpoints.flatMap((touchpoint, t) =>
        touchpoint.stageId !== stage.id
          ? []
          : [
              {
                touchpointId: touchpoint.id,
                name: touchpoint.name,
                channel: touchpoint.channel,
                isBound: touchpoint.selector !== undefined,
                reach: touchpoint.selector === undefined ? null : (touchpointReach[t] as number),
                events: touchpoint.selector === undefined ? null : (touchpointEvents[t] as number),
                kpis: kpisByScope.get(`touchpoint:${touchpoint.id}`) ?? [],
              },
            ],
      ),
    }
  })
  return {
    mapId: map.id,
    cases: log.caseCount,
    casesOnMap,
    stages,
    kpis: kpisByScope.get('map') ?? [],
    conformance:
      conformance === null
        ? null
        : { fitness: conformance.fitness, fittingCases: conformance.fittingCases, totalCases: conformance.totalCases },
    conformanceProblem: model.ok ? null : { code: model.error.code, message: model.error.message },
  }
}

/**
 * Survey answers per stage on the emotion scale: a `Survey Answered` event with a whole-number
 * `properties.score` on the scale its `properties.survey` names (nps 0–10, ces 1–7, csat 1–5)
 * belongs to the stage of a touchpoint it matches, else to the stage of the case's latest
 * touchpoint event before it (none before it: not attributed). The score is rescaled linearly to
 * the map's first emotion lane. Null when the map has no emotion lane.
 */
function stageSatisfaction(log: JourneyLog, map: JourneyMap, eventStage: Int32Array): StageSatisfaction[] | null {
  const lane = map.lanes.find((candidate): candidate is EmotionLane => candidate.kind === 'emotion-curve')
  if (lane === undefined) return null
  const surveyName = log.names.indexOf('Survey Answered')
  const totals = new Float64Array(map.stages.length)
  const counts = new Int32Array(map.stages.length)
  if (surveyName !== NONE) {
    const survey = log.property('properties.survey')
    const score = log.property('properties.score')
    const scaleOfSurvey = survey.values.map((value) =>
      typeof value === 'string' ? SURVEY_SCALES.find((scale) => value.toLowerCase().includes(scale.word)) : undefined,
    )
    for (let c = 0; c < log.caseCount; c++) {
      const start = log.caseOffsets[c] as number
      const end = log.caseOffsets[c + 1] as number
      let currentStage = NONE
      for (let i = start; i < end; i++) {
        if (log.name[i] === surveyName) {
          const surveyCode = survey.codes[i] as number
          const scale = surveyCode === NONE ? undefined : scaleOfSurvey[surveyCode]
          const scoreCode = score.codes[i] as number
          const raw = scoreCode === NONE ? undefined : Number(score.values[scoreCode])
          const stage = (eventStage[i] as number) !== NONE ? (eventStage[i] as number) : currentStage
          if (
            scale !== undefined &&
            raw !== undefined &&
            Number.isInteger(raw) &&
            raw >= scale.min &&
            raw <= scale.max &&
            stage !== NONE
          ) {
            const share = (raw - scale.min) / (scale.max - scale.min)
            totals[stage] = (totals[stage] as number) + lane.scale.min + share * (lane.scale.max - lane.scale.min)
            counts[stage] = (counts[stage] as number) + 1
          }
        }
        if ((eventStage[i] as number) !== NONE) currentStage = eventStage[i] as number
      }
    }
  }
  return map.stages.map((stage, k) => ({
    measured: counts[k] === 0 ? null : (totals[k] as number) / (counts[k] as number),
    n: counts[k] as number,
    designed: lane.curves.flatMap((curve) => {
      const point = curve.points.find((candidate) => candidate.stageId === stage.id && candidate.stepId === undefined)
      return point === undefined
        ? []
        : [
            {
              curveId: curve.id,
              label: curve.label,
              state: curve.state,
              personaId: curve.personaId ?? null,
              value: point.value,
            },
          ]
    }),
  }))
}
