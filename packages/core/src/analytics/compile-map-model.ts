import type { JourneyMap, Touchpoint } from '../journey-map/journey-map.schema.js'
import { err, ok, type Result } from '../shared/result.js'
import { buildProcessModel, type ProcessModel, type ProcessModelError, type TouchpointSpec } from './process-model.js'

/**
 * What the map's schema cannot say yet about the model (see docs/semantics.md, Conformance).
 * Ids are the map's touchpoint and stage ids.
 */
export interface CompileMapModelOptions {
  /** Touchpoints that may occur at most once per visit of their stage (every other touchpoint may repeat). */
  readonly onceOnly?: readonly string[]
  /** Alternative groups (exclusive choices inside one stage), in addition to those derived from required touchpoints sharing a step. */
  readonly alternatives?: readonly (readonly string[])[]
  /** Loops by stage id: once `from` is done, the journey may go back to `to` (a stage repeats when both are the same). */
  readonly loops?: readonly { readonly from: string; readonly to: string }[]
}

export type CompileMapModelError =
  | ProcessModelError
  | { readonly code: 'no-touchpoints'; readonly message: string }
  | { readonly code: 'no-bound-touchpoints'; readonly message: string }

/**
 * Compiles a designed map into the process model conformance aligns journeys to:
 * - stages in the map's order; a touchpoint belongs to the stage of its `stageId`;
 * - the model's activities are the map's touchpoints that have a `selector` (the others cannot be
 *   observed: they are listed in `unboundTouchpointIds`);
 * - a touchpoint is required when `isRequired` is true, optional otherwise;
 * - required touchpoints of one stage that share a `stepId` are alternatives: the step is
 *   required, and a journey passes it through one of them (pickup in store or at a relay point);
 * - every touchpoint may repeat inside a visit of its stage, unless named in `options.onceOnly`;
 * - stages do not repeat and the journey does not go back, unless `options.loops` says so.
 *
 * Fails with `no-touchpoints` for a map without touchpoints, `no-bound-touchpoints` when none has a
 * selector, and the `ProcessModelError`s for an unknown stage or option.
 *
 * @example
 * const compiled = compileMapModel(findTemplate('nine-steps')!.build('en').map)
 * if (compiled.ok) compiled.value.touchpoints.length // 25 of its 27 touchpoints are bound
 */
export function compileMapModel(
  map: JourneyMap,
  options: CompileMapModelOptions = {},
): Result<ProcessModel, CompileMapModelError> {
  if (map.touchpoints.length === 0) {
    return err({ code: 'no-touchpoints', message: `Map ${map.id} has no touchpoints to check journeys against.` })
  }
  const bound = map.touchpoints.filter((touchpoint) => touchpoint.selector !== undefined)
  if (bound.length === 0) {
    return err({
      code: 'no-bound-touchpoints',
      message: `No touchpoint of map ${map.id} has a selector: bind touchpoints to events first.`,
    })
  }
  const stageIds = new Set(map.stages.map((stage) => stage.id))
  const stray = map.touchpoints.find((touchpoint) => !stageIds.has(touchpoint.stageId))
  if (stray !== undefined) {
    return err({
      code: 'unknown-stage',
      stageId: stray.stageId,
      message: `Touchpoint ${stray.id} is in stage ${stray.stageId}, which the map does not have.`,
    })
  }

  const onceOnly = new Set(options.onceOnly ?? [])
  const explicit = new Set((options.alternatives ?? []).flat())
  const spec = {
    stages: map.stages.map((stage) => ({
      id: stage.id,
      name: stage.name,
      touchpoints: bound
        .filter((touchpoint) => touchpoint.stageId === stage.id)
        .map((touchpoint) => toSpec(touchpoint, onceOnly)),
    })),
    alternatives: [...(options.alternatives ?? []), ...stepAlternatives(bound, explicit)],
    loops: options.loops ?? [],
  }
  const boundIds = new Set(bound.map((touchpoint) => touchpoint.id))
  const unknown = [...onceOnly].find((id) => !boundIds.has(id))
  if (unknown !== undefined) {
    return err({
      code: 'unknown-touchpoint',
      touchpointId: unknown,
      message: `Touchpoint ${unknown} is not a bound touchpoint of map ${map.id}.`,
    })
  }
  const model = buildProcessModel(spec)
  if (!model.ok) return model
  return ok({
    ...model.value,
    unboundTouchpointIds: map.touchpoints.filter((touchpoint) => touchpoint.selector === undefined).map((t) => t.id),
  })
}

function toSpec(touchpoint: Touchpoint, onceOnly: ReadonlySet<string>): TouchpointSpec {
  return {
    id: touchpoint.id,
    name: touchpoint.name,
    channel: touchpoint.channel,
    ...(touchpoint.selector === undefined ? {} : { selector: touchpoint.selector }),
    required: touchpoint.isRequired === true,
    repeatable: !onceOnly.has(touchpoint.id),
  }
}

/** Required touchpoints sharing a stage and a step (two or more), unless an explicit group names them. */
function stepAlternatives(bound: readonly Touchpoint[], explicit: ReadonlySet<string>): string[][] {
  const byStep = new Map<string, string[]>()
  for (const touchpoint of bound) {
    if (touchpoint.isRequired !== true || touchpoint.stepId === undefined || explicit.has(touchpoint.id)) continue
    const key = `${touchpoint.stageId}\u0000${touchpoint.stepId}`
    const ids = byStep.get(key) ?? []
    ids.push(touchpoint.id)
    byStep.set(key, ids)
  }
  return [...byStep.values()].filter((ids) => ids.length > 1)
}
