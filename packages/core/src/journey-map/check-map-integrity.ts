import type { DocumentProblem } from '../shared/problems.js'
import { assertNever } from '../shared/result.js'
import type { CellContentKind, JourneyMap, LaneKind } from './journey-map.schema.js'

/** The cell contents each lane kind accepts (an emotion-curve lane keeps its points in its curves). */
export function allowedCellContents(kind: LaneKind): readonly CellContentKind[] {
  switch (kind) {
    case 'text':
    case 'list':
    case 'actions':
    case 'thoughts':
    case 'feelings':
    case 'levers':
    case 'blueprint':
    case 'touchpoints':
    case 'kpis':
      return ['text', 'list']
    case 'pain-points':
    case 'delights':
    case 'opportunities':
    case 'ideas':
      return ['cards']
    case 'channels':
      return ['channels']
    case 'images':
      return ['image']
    case 'communication-objective':
      return ['objective']
    case 'emotion-curve':
      return []
    default:
      return assertNever(kind)
  }
}

/** Why a lane cannot hold this content, or undefined when it can. */
export function describeContentMisfit(laneKind: LaneKind, contentKind: CellContentKind): string | undefined {
  const allowed = allowedCellContents(laneKind)
  if (allowed.includes(contentKind)) return undefined
  return allowed.length === 0
    ? `${laneKind} lanes have no cells`
    : `${laneKind} lanes hold ${allowed.join(' or ')}, not ${contentKind}`
}

/**
 * Checks what the schema alone cannot: ids are unique, every reference points at something that
 * exists, cells fit their lane, emotion values are inside their scale. Returns every problem found.
 */
export function checkMapIntegrity(map: JourneyMap): DocumentProblem[] {
  const problems: DocumentProblem[] = []
  const report = (path: string, message: string) => problems.push({ path, message })

  const seen = new Map<string, string>()
  const claim = (id: string, path: string) => {
    const first = seen.get(id)
    if (first === undefined) seen.set(id, path)
    else report(path, `id "${id}" is already used at ${first}`)
  }

  const phaseIds = new Set(map.phases.map((phase) => phase.id))
  map.phases.forEach((phase, i) => {
    claim(phase.id, `phases[${i}].id`)
  })

  const stageIds = new Set<string>()
  const stepStage = new Map<string, string>()
  map.stages.forEach((stage, i) => {
    claim(stage.id, `stages[${i}].id`)
    stageIds.add(stage.id)
    if (stage.phaseId !== undefined && !phaseIds.has(stage.phaseId)) {
      report(`stages[${i}].phaseId`, `unknown phase "${stage.phaseId}"`)
    }
    stage.steps.forEach((step, j) => {
      claim(step.id, `stages[${i}].steps[${j}].id`)
      stepStage.set(step.id, stage.id)
    })
  })

  const checkPlace = (path: string, stageId: string, stepId: string | undefined) => {
    if (!stageIds.has(stageId)) {
      report(`${path}.stageId`, `unknown stage "${stageId}"`)
    } else if (stepId !== undefined && stepStage.get(stepId) !== stageId) {
      report(
        `${path}.stepId`,
        stepStage.has(stepId) ? `step "${stepId}" is not in stage "${stageId}"` : `unknown step "${stepId}"`,
      )
    }
  }

  const personaIds = new Set<string>()
  map.personaIds.forEach((id, i) => {
    if (personaIds.has(id)) report(`personaIds[${i}]`, `persona "${id}" is linked twice`)
    personaIds.add(id)
  })

  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane]))
  map.lanes.forEach((lane, i) => {
    claim(lane.id, `lanes[${i}].id`)
    if (lane.kind !== 'emotion-curve') return
    lane.curves.forEach((curve, c) => {
      const curvePath = `lanes[${i}].curves[${c}]`
      claim(curve.id, `${curvePath}.id`)
      if (curve.personaId !== undefined && !personaIds.has(curve.personaId)) {
        report(`${curvePath}.personaId`, `persona "${curve.personaId}" is not linked to this map`)
      }
      const places = new Set<string>()
      curve.points.forEach((point, p) => {
        const pointPath = `${curvePath}.points[${p}]`
        checkPlace(pointPath, point.stageId, point.stepId)
        const place = `${point.stageId}/${point.stepId ?? ''}`
        if (places.has(place)) report(pointPath, `a second point for the same stage and step`)
        places.add(place)
        if (point.value < lane.scale.min || point.value > lane.scale.max) {
          report(`${pointPath}.value`, `${point.value} is outside the scale ${lane.scale.min}…${lane.scale.max}`)
        }
      })
    })
  })

  const cellPlaces = new Set<string>()
  map.cells.forEach((cell, i) => {
    const path = `cells[${i}]`
    const lane = lanes.get(cell.laneId)
    if (lane === undefined) {
      report(`${path}.laneId`, `unknown lane "${cell.laneId}"`)
    } else {
      const misfit = describeContentMisfit(lane.kind, cell.content.kind)
      if (misfit !== undefined) report(`${path}.content.kind`, misfit)
    }
    checkPlace(path, cell.stageId, cell.stepId)
    const place = `${cell.laneId}/${cell.stageId}/${cell.stepId ?? ''}`
    if (cellPlaces.has(place)) report(path, `a second cell for the same lane, stage and step`)
    cellPlaces.add(place)
    if (cell.content.kind === 'cards') {
      cell.content.cards.forEach((card, c) => {
        claim(card.id, `${path}.content.cards[${c}].id`)
        card.stepIds?.forEach((stepId, s) => {
          if (!stepStage.has(stepId)) report(`${path}.content.cards[${c}].stepIds[${s}]`, `unknown step "${stepId}"`)
        })
      })
    }
  })

  const touchpointIds = new Set<string>()
  map.touchpoints.forEach((touchpoint, i) => {
    claim(touchpoint.id, `touchpoints[${i}].id`)
    touchpointIds.add(touchpoint.id)
    checkPlace(`touchpoints[${i}]`, touchpoint.stageId, touchpoint.stepId)
  })

  map.kpis.forEach((kpi, i) => {
    claim(kpi.id, `kpis[${i}].id`)
    const scope = kpi.appliesTo
    if (scope.level === 'stage' && !stageIds.has(scope.stageId)) {
      report(`kpis[${i}].appliesTo.stageId`, `unknown stage "${scope.stageId}"`)
    }
    if (scope.level === 'touchpoint' && !touchpointIds.has(scope.touchpointId)) {
      report(`kpis[${i}].appliesTo.touchpointId`, `unknown touchpoint "${scope.touchpointId}"`)
    }
    if (kpi.scale !== undefined && kpi.scale.min >= kpi.scale.max) {
      report(`kpis[${i}].scale.max`, 'max must be above min')
    }
  })

  map.links.forEach((link, i) => {
    if (link.mapId === map.id) report(`links[${i}].mapId`, 'a map cannot link to itself')
    if (link.stageId !== undefined && !stageIds.has(link.stageId)) {
      report(`links[${i}].stageId`, `unknown stage "${link.stageId}"`)
    }
  })

  return problems
}
