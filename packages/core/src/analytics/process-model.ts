import type { EventSelector } from '../events/event-selector.schema.js'
import { err, ok, type Result } from '../shared/result.js'

/**
 * A touchpoint of the model: one activity of the designed journey, bound to real events by its
 * selector. Its index in `ProcessModel.touchpoints` is its activity code.
 */
export interface ModelTouchpoint {
  readonly id: string
  readonly name: string
  /** Index of its stage in `ProcessModel.stages`. */
  readonly stage: number
  /** The channel the map designs it on (a `Channel`, or any text for models built by hand). */
  readonly channel: string
  readonly selector: EventSelector
  /** Every visit of its stage must pass it (for a touchpoint in an alternative group: see the group). */
  readonly required: boolean
  /** May occur several times in one visit of its stage (a loop on the touchpoint). */
  readonly repeatable: boolean
  /** Index of its group in `ProcessModel.alternatives`, or -1. */
  readonly alternative: number
}

/** A column of the map, in journey order, with the indexes of its touchpoints. */
export interface ModelStage {
  readonly id: string
  readonly name: string
  readonly touchpoints: readonly number[]
}

/**
 * Touchpoints of one stage of which a visit of the stage takes exactly one (exclusive choice);
 * a required group must be passed through one of its touchpoints, an optional one at most once.
 */
export interface AlternativeGroup {
  readonly stage: number
  readonly touchpoints: readonly number[]
  readonly required: boolean
}

/**
 * A loop between stages (indexes, `to <= from`): once a visit of stage `from` is complete, the
 * journey may start stage `to` again and go through the stages from `to` on once more. A loop with
 * `to === from` lets a stage repeat.
 */
export interface StageLoop {
  readonly from: number
  readonly to: number
}

/**
 * The process model a designed map compiles to: stages in order; inside a visit of a stage its
 * touchpoints may occur in any order, required ones at least once, once-only ones at most once,
 * alternatives exclusive; the journey then moves on to the next stage, or back along a loop.
 *
 * @example
 * buildProcessModel({ stages: [
 *   { id: 'browse', touchpoints: [{ id: 'search', selector: { events: ['Products Searched'] } }] },
 *   { id: 'buy', touchpoints: [{ id: 'checkout', required: true, selector: { events: ['Order Completed'] } }] },
 * ] })
 */
export interface ProcessModel {
  readonly stages: readonly ModelStage[]
  readonly touchpoints: readonly ModelTouchpoint[]
  readonly alternatives: readonly AlternativeGroup[]
  readonly loops: readonly StageLoop[]
  /** Touchpoints of the map left out of the model because no selector binds them to events yet. */
  readonly unboundTouchpointIds: readonly string[]
}

/** A touchpoint as written in a `ProcessModelSpec`. */
export interface TouchpointSpec {
  readonly id: string
  /** Defaults to the id. */
  readonly name?: string
  /** Defaults to `other`. */
  readonly channel?: string
  /** Defaults to events named like the id. */
  readonly selector?: EventSelector
  /** Defaults to false. */
  readonly required?: boolean
  /** Defaults to true: customers repeat touchpoints (several product pages), which is no deviation. */
  readonly repeatable?: boolean
}

/** A model written by hand (tests, API): stages with their touchpoints, alternatives and loops by id. */
export interface ProcessModelSpec {
  readonly stages: readonly {
    readonly id: string
    readonly name?: string
    readonly touchpoints: readonly TouchpointSpec[]
  }[]
  /** Groups of touchpoint ids, each inside one stage. */
  readonly alternatives?: readonly (readonly string[])[]
  /** Loops by stage id. */
  readonly loops?: readonly { readonly from: string; readonly to: string }[]
}

export type ProcessModelError =
  | { readonly code: 'duplicate-touchpoint'; readonly touchpointId: string; readonly message: string }
  | { readonly code: 'duplicate-stage'; readonly stageId: string; readonly message: string }
  | { readonly code: 'unknown-touchpoint'; readonly touchpointId: string; readonly message: string }
  | { readonly code: 'unknown-stage'; readonly stageId: string; readonly message: string }
  | { readonly code: 'alternative-across-stages'; readonly touchpointIds: readonly string[]; readonly message: string }
  | { readonly code: 'touchpoint-in-two-alternatives'; readonly touchpointId: string; readonly message: string }
  | { readonly code: 'loop-forward'; readonly from: string; readonly to: string; readonly message: string }
  | { readonly code: 'stage-too-large'; readonly stageId: string; readonly states: number; readonly message: string }

/**
 * The most states one stage may have in the alignment automaton: the product, over its tracked
 * touchpoints (required or once-only: 2 states) and alternative groups (members + 1 states).
 */
export const MAX_STAGE_STATES = 1024

/** Checks a hand-written model and gives it its indexes. */
export function buildProcessModel(spec: ProcessModelSpec): Result<ProcessModel, ProcessModelError> {
  const stageIndex = new Map<string, number>()
  const touchpointIndex = new Map<string, number>()
  const drafts: {
    id: string
    name: string
    stage: number
    channel: string
    selector: EventSelector
    required: boolean
    repeatable: boolean
    alternative: number
  }[] = []
  for (const [s, stage] of spec.stages.entries()) {
    if (stageIndex.has(stage.id)) {
      return err({ code: 'duplicate-stage', stageId: stage.id, message: `Stage ${stage.id} appears twice.` })
    }
    stageIndex.set(stage.id, s)
    for (const touchpoint of stage.touchpoints) {
      if (touchpointIndex.has(touchpoint.id)) {
        return err({
          code: 'duplicate-touchpoint',
          touchpointId: touchpoint.id,
          message: `Touchpoint ${touchpoint.id} appears twice.`,
        })
      }
      touchpointIndex.set(touchpoint.id, drafts.length)
      drafts.push({
        id: touchpoint.id,
        name: touchpoint.name ?? touchpoint.id,
        stage: s,
        channel: touchpoint.channel ?? 'other',
        selector: touchpoint.selector ?? { events: [touchpoint.id] },
        required: touchpoint.required ?? false,
        repeatable: touchpoint.repeatable ?? true,
        alternative: -1,
      })
    }
  }

  const alternatives: AlternativeGroup[] = []
  for (const ids of spec.alternatives ?? []) {
    const members: number[] = []
    for (const id of ids) {
      const t = touchpointIndex.get(id)
      if (t === undefined) return err(unknownTouchpoint(id))
      const draft = drafts[t] as (typeof drafts)[number]
      if (draft.alternative !== -1) {
        return err({
          code: 'touchpoint-in-two-alternatives',
          touchpointId: id,
          message: `Touchpoint ${id} is in two alternative groups.`,
        })
      }
      if (members.length > 0 && draft.stage !== (drafts[members[0] as number] as (typeof drafts)[number]).stage) {
        return err({
          code: 'alternative-across-stages',
          touchpointIds: [...ids],
          message: `Alternatives ${ids.join(', ')} are not all in one stage.`,
        })
      }
      draft.alternative = alternatives.length
      members.push(t)
    }
    if (members.length === 0) continue
    members.sort((a, b) => a - b)
    alternatives.push({
      stage: (drafts[members[0] as number] as (typeof drafts)[number]).stage,
      touchpoints: members,
      required: members.some((t) => (drafts[t] as (typeof drafts)[number]).required),
    })
  }

  const loops: StageLoop[] = []
  for (const loop of spec.loops ?? []) {
    const from = stageIndex.get(loop.from)
    const to = stageIndex.get(loop.to)
    if (from === undefined || to === undefined) {
      const stageId = from === undefined ? loop.from : loop.to
      return err({ code: 'unknown-stage', stageId, message: `Stage ${stageId} does not exist.` })
    }
    if (to > from) {
      return err({
        code: 'loop-forward',
        from: loop.from,
        to: loop.to,
        message: `A loop goes back: stage ${loop.to} comes after ${loop.from}.`,
      })
    }
    if (!loops.some((known) => known.from === from && known.to === to)) loops.push({ from, to })
  }

  const stages: ModelStage[] = spec.stages.map((stage, s) => ({
    id: stage.id,
    name: stage.name ?? stage.id,
    touchpoints: drafts.flatMap((draft, t) => (draft.stage === s ? [t] : [])),
  }))
  const model: ProcessModel = { stages, touchpoints: drafts, alternatives, loops, unboundTouchpointIds: [] }
  for (const [s, stage] of stages.entries()) {
    const states = stageStateCount(model, s)
    if (states > MAX_STAGE_STATES) {
      return err({
        code: 'stage-too-large',
        stageId: stage.id,
        states,
        message: `Stage ${stage.id} would need ${states} automaton states (at most ${MAX_STAGE_STATES}): mark fewer touchpoints once-only or split the stage.`,
      })
    }
  }
  return ok(model)
}

/** How many states a visit of stage `s` has in the alignment automaton (see `MAX_STAGE_STATES`). */
export function stageStateCount(model: ProcessModel, s: number): number {
  let states = 1
  for (const t of (model.stages[s] as ModelStage).touchpoints) {
    const touchpoint = model.touchpoints[t] as ModelTouchpoint
    if (touchpoint.alternative === -1 && (touchpoint.required || !touchpoint.repeatable)) states *= 2
  }
  for (const group of model.alternatives) if (group.stage === s) states *= group.touchpoints.length + 1
  return states
}

/** The touchpoints (or groups) a journey must pass in one visit of each stage: the length of the shortest run. */
export function requiredStepCount(model: ProcessModel): number {
  let count = 0
  for (const touchpoint of model.touchpoints) if (touchpoint.alternative === -1 && touchpoint.required) count++
  for (const group of model.alternatives) if (group.required) count++
  return count
}

function unknownTouchpoint(touchpointId: string): ProcessModelError {
  return { code: 'unknown-touchpoint', touchpointId, message: `Touchpoint ${touchpointId} does not exist.` }
}
