import { compareText } from '../identity/identifier.js'
import type { Activities } from './classify.js'
import { caseRange, type JourneyLog, NONE } from './journey-log.js'
import { type DurationSummary, summarize } from './summarize.js'

export interface PerformanceOptions {
  /**
   * Dotted path of the activity-instance id (`properties.activity_instance`): the events of a case
   * with the same value are one activity instance. Absent: each `start` event opens an instance of
   * its activity and the next `complete` of the same activity in the case closes the oldest open
   * one (first in, first out).
   */
  readonly instance?: string
  /** Dotted path of the resource (`properties.resource`, `properties.org:resource`): adds `perResource`. */
  readonly resource?: string
}

/** One case: how long it took, and how long its activities were worked on (ms). */
export interface CasePerformance {
  readonly caseId: string
  /** Last activity event minus first activity event, ms. */
  readonly throughputTime: number
  /** Σ of the durations of its activity instances, ms (0 when none has both a start and a complete). */
  readonly processingTime: number
}

/** Processing time of the instances of one activity (or one resource), ms. */
export interface InstancePerformance {
  /** Instances with both a start and a complete: the sample size of `processingTime`. */
  readonly instances: number
  /** Over those instances; null when there are none. */
  readonly processingTime: DurationSummary | null
}

export interface ActivityPerformance extends InstancePerformance {
  readonly activity: string
}

export interface ResourcePerformance extends InstancePerformance {
  readonly resource: string
}

/**
 * Throughput and processing time, as bupaR/edeaR define them, in milliseconds. Log level:
 * summaries over cases. Per case: sorted by case id; per activity and per resource: sorted by
 * name (code-point order), every activity (resource) with an instance listed.
 */
export interface PerformanceAnalysis {
  /** Cases with at least one activity: the sample size of the two log-level summaries. */
  readonly cases: number
  readonly throughputTime: DurationSummary | null
  readonly processingTime: DurationSummary | null
  readonly perCase: readonly CasePerformance[]
  readonly perActivity: readonly ActivityPerformance[]
  /** Present when `options.resource` is given. */
  readonly perResource?: readonly ResourcePerformance[]
}

/**
 * Throughput time (a case's last activity event minus its first) and processing time (the sum of
 * its activity instances' durations; an instance lasts from its first `start` event to its last
 * `complete` event, and has no duration without both). Other lifecycle transitions (`schedule`…)
 * and events without a lifecycle only mark the instance. Events whose activity is NONE are left
 * out, so use a classifier without the lifecycle (`name`): start and complete must share an activity.
 *
 * @example
 * computePerformance(patients, classify(patients, 'name'), { instance: 'properties.activity_instance' })
 * // { cases: 3, throughputTime: { mean: 66235000, … }, processingTime: { mean: 3496666.67, … },
 * //   perCase: [{ caseId: 'George Doe', throughputTime: 0, processingTime: 0 }, …], perActivity: […] }
 */
export function computePerformance(
  log: JourneyLog,
  activities: Activities,
  options: PerformanceOptions = {},
): PerformanceAnalysis {
  const transitions = log.lifecycles.map((value) => value.toLowerCase())
  const isStart = transitions.map((value) => value === 'start')
  const isComplete = transitions.map((value) => value === 'complete')
  const instanceColumn = options.instance === undefined ? undefined : log.property(options.instance).codes
  const resourceColumn = options.resource === undefined ? undefined : log.property(options.resource)

  const activityDurations: number[][] = activities.labels.map(() => [])
  const activityHasInstance = new Uint8Array(activities.labels.length)
  const resourceDurations: number[][] = (resourceColumn?.values ?? []).map(() => [])
  const resourceHasInstance = new Uint8Array(resourceDurations.length)
  const perCase: CasePerformance[] = []

  // The instances of the current case, as parallel lists of slots.
  const slotActivity: number[] = []
  const slotResource: number[] = []
  const slotStart: number[] = []
  const slotComplete: number[] = []
  const slotOfKey = new Map<number, number>()
  const open = new Map<number, number[]>()
  const openSlot = (activity: number, resource: number): number => {
    slotActivity.push(activity)
    slotResource.push(resource)
    slotStart.push(Number.NaN)
    slotComplete.push(Number.NaN)
    return slotActivity.length - 1
  }

  for (let c = 0; c < log.caseCount; c++) {
    const [start, end] = caseRange(log, c)
    slotActivity.length = slotResource.length = slotStart.length = slotComplete.length = 0
    slotOfKey.clear()
    open.clear()
    let first = Number.NaN
    let last = Number.NaN
    for (let i = start; i < end; i++) {
      const activity = activities.codes[i] as number
      if (activity === NONE) continue
      const time = log.time[i] as number
      if (Number.isNaN(first)) first = time
      last = time
      const lifecycle = log.lifecycle[i] as number
      const starts = lifecycle !== NONE && (isStart[lifecycle] as boolean)
      const completes = lifecycle !== NONE && (isComplete[lifecycle] as boolean)
      const resource = resourceColumn === undefined ? NONE : (resourceColumn.codes[i] as number)
      let slot: number
      if (instanceColumn === undefined) {
        const queue = open.get(activity)
        if (completes && queue !== undefined && queue.length > 0) slot = queue.shift() as number
        else {
          slot = openSlot(activity, resource)
          if (starts) {
            if (queue === undefined) open.set(activity, [slot])
            else queue.push(slot)
          }
        }
      } else {
        const key = instanceColumn[i] as number
        slot = key === NONE ? openSlot(activity, resource) : (slotOfKey.get(key) ?? openSlot(activity, resource))
        if (key !== NONE) slotOfKey.set(key, slot)
      }
      if (slotResource[slot] === NONE) slotResource[slot] = resource
      if (starts && Number.isNaN(slotStart[slot])) slotStart[slot] = time
      if (completes) slotComplete[slot] = time
    }
    if (Number.isNaN(first)) continue
    let processingTime = 0
    for (let slot = 0; slot < slotActivity.length; slot++) {
      const activity = slotActivity[slot] as number
      const resource = slotResource[slot] as number
      activityHasInstance[activity] = 1
      if (resource !== NONE) resourceHasInstance[resource] = 1
      const duration = (slotComplete[slot] as number) - (slotStart[slot] as number)
      if (Number.isNaN(duration)) continue
      processingTime += duration
      activityDurations[activity]?.push(duration)
      if (resource !== NONE) resourceDurations[resource]?.push(duration)
    }
    perCase.push({ caseId: log.caseIds.at(c) as string, throughputTime: last - first, processingTime })
  }

  perCase.sort((a, b) => compareText(a.caseId, b.caseId))
  const instancesOf = (durations: readonly number[]): InstancePerformance => ({
    instances: durations.length,
    processingTime: summarize(durations),
  })
  const perActivity = activities.labels
    .map((activity, code) => ({ activity, ...instancesOf(activityDurations[code] ?? []) }))
    .filter((_, code) => activityHasInstance[code] === 1)
    .sort((a, b) => compareText(a.activity, b.activity))
  const analysis = {
    cases: perCase.length,
    throughputTime: summarize(perCase.map((row) => row.throughputTime)),
    processingTime: summarize(perCase.map((row) => row.processingTime)),
    perCase,
    perActivity,
  }
  if (resourceColumn === undefined) return analysis
  const perResource = resourceColumn.values
    .map((value, code) => ({ resource: String(value), ...instancesOf(resourceDurations[code] ?? []) }))
    .filter((_, code) => resourceHasInstance[code] === 1)
    .sort((a, b) => compareText(a.resource, b.resource))
  return { ...analysis, perResource }
}
