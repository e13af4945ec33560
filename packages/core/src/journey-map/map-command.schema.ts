import { z } from 'zod'
import { EventSelector } from '../events/event-selector.schema.js'
import { DocumentId, IsoDate, LocalId } from '../shared/ids.js'
import {
  BlueprintArea,
  BlueprintZone,
  CellContent,
  EmotionScale,
  Evidence,
  KpiDefinition,
  MapLink,
  MapStatus,
  MapType,
  ReviewCadence,
  Touchpoint,
} from './journey-map.schema.js'

const Index = z.number().int().min(0)
const place = { laneId: LocalId, stageId: LocalId, stepId: LocalId.optional() }

/** The lane to add: any lane kind, its id chosen from its title when omitted. */
const NewLane = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum([
      'text',
      'list',
      'actions',
      'thoughts',
      'feelings',
      'levers',
      'pain-points',
      'delights',
      'opportunities',
      'ideas',
      'touchpoints',
      'channels',
      'kpis',
      'images',
      'communication-objective',
    ]),
    title: z.string().min(1),
    description: z.string().optional(),
  }),
  z.object({
    kind: z.literal('emotion-curve'),
    title: z.string().min(1),
    description: z.string().optional(),
    scale: EmotionScale,
  }),
  z.object({
    kind: z.literal('blueprint'),
    title: z.string().min(1),
    description: z.string().optional(),
    zone: BlueprintZone,
    area: BlueprintArea,
  }),
])

/** The fields of a touchpoint to add or change (its id and selector have their own commands). */
const TouchpointFields = Touchpoint.omit({ id: true, selector: true })

/** The fields of a KPI to add or change. */
const KpiFields = KpiDefinition.omit({ id: true })

/**
 * Every edit a designer makes to a map, as data: the web designer, the API and the CLI send these
 * to `applyMapCommand`. Optional `id`s are derived from the name when omitted; `index` inserts at a
 * position (the end when omitted); `toIndex` is the position after the move.
 */
export const MapCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('set-details'),
    title: z.string().min(1).optional(),
    objective: z.string().optional(),
    owner: z.string().optional(),
    locale: z.string().min(2).optional(),
    review: z.object({ cadence: ReviewCadence, lastReviewedOn: IsoDate.optional() }).optional(),
  }),
  z.object({ type: z.literal('set-type'), mapType: MapType }),
  z.object({ type: z.literal('set-status'), status: MapStatus }),

  z.object({ type: z.literal('add-phase'), name: z.string().min(1), id: LocalId.optional(), index: Index.optional() }),
  z.object({ type: z.literal('rename-phase'), phaseId: LocalId, name: z.string().min(1) }),
  z.object({ type: z.literal('move-phase'), phaseId: LocalId, toIndex: Index }),
  z.object({ type: z.literal('remove-phase'), phaseId: LocalId }),

  z.object({
    type: z.literal('add-stage'),
    name: z.string().min(1),
    id: LocalId.optional(),
    index: Index.optional(),
    phaseId: LocalId.optional(),
    description: z.string().optional(),
  }),
  z.object({
    type: z.literal('rename-stage'),
    stageId: LocalId,
    name: z.string().min(1),
    description: z.string().optional(),
  }),
  z.object({ type: z.literal('set-stage-phase'), stageId: LocalId, phaseId: LocalId.nullable() }),
  z.object({ type: z.literal('move-stage'), stageId: LocalId, toIndex: Index }),
  z.object({ type: z.literal('remove-stage'), stageId: LocalId }),

  z.object({
    type: z.literal('add-step'),
    stageId: LocalId,
    name: z.string().min(1),
    id: LocalId.optional(),
    index: Index.optional(),
  }),
  z.object({
    type: z.literal('rename-step'),
    stepId: LocalId,
    name: z.string().min(1),
    description: z.string().optional(),
  }),
  z.object({ type: z.literal('move-step'), stepId: LocalId, toStageId: LocalId, toIndex: Index }),
  z.object({ type: z.literal('remove-step'), stepId: LocalId }),
  z.object({ type: z.literal('set-moment-of-truth'), stepId: LocalId, isMomentOfTruth: z.boolean() }),

  z.object({ type: z.literal('add-lane'), lane: NewLane, id: LocalId.optional(), index: Index.optional() }),
  z.object({ type: z.literal('rename-lane'), laneId: LocalId, title: z.string().min(1) }),
  z.object({ type: z.literal('move-lane'), laneId: LocalId, toIndex: Index }),
  z.object({ type: z.literal('remove-lane'), laneId: LocalId }),

  z.object({ type: z.literal('set-cell'), ...place, content: CellContent, evidence: Evidence.optional() }),
  z.object({ type: z.literal('set-cell-evidence'), ...place, evidence: Evidence }),
  z.object({ type: z.literal('clear-cell'), ...place }),

  z.object({ type: z.literal('set-emotion-scale'), laneId: LocalId, scale: EmotionScale }),
  z.object({
    type: z.literal('add-emotion-curve'),
    laneId: LocalId,
    label: z.string().min(1),
    state: z.enum(['current', 'future']),
    personaId: DocumentId.optional(),
    id: LocalId.optional(),
  }),
  z.object({ type: z.literal('remove-emotion-curve'), laneId: LocalId, curveId: LocalId }),
  z.object({
    type: z.literal('set-emotion-point'),
    laneId: LocalId,
    curveId: LocalId,
    stageId: LocalId,
    stepId: LocalId.optional(),
    value: z.number(),
    note: z.string().optional(),
  }),
  z.object({
    type: z.literal('remove-emotion-point'),
    laneId: LocalId,
    curveId: LocalId,
    stageId: LocalId,
    stepId: LocalId.optional(),
  }),

  z.object({ type: z.literal('add-touchpoint'), touchpoint: TouchpointFields, id: LocalId.optional() }),
  z.object({ type: z.literal('update-touchpoint'), touchpointId: LocalId, changes: TouchpointFields.partial() }),
  z.object({ type: z.literal('set-touchpoint-selector'), touchpointId: LocalId, selector: EventSelector.nullable() }),
  z.object({ type: z.literal('remove-touchpoint'), touchpointId: LocalId }),

  z.object({ type: z.literal('add-kpi'), kpi: KpiFields, id: LocalId.optional() }),
  z.object({ type: z.literal('update-kpi'), kpiId: LocalId, changes: KpiFields.partial() }),
  z.object({ type: z.literal('remove-kpi'), kpiId: LocalId }),

  z.object({ type: z.literal('link-persona'), personaId: DocumentId }),
  z.object({ type: z.literal('unlink-persona'), personaId: DocumentId }),
  z.object({ type: z.literal('link-map'), link: MapLink }),
  z.object({ type: z.literal('unlink-map'), mapId: DocumentId }),
])
export type MapCommand = z.infer<typeof MapCommandSchema>
export type MapCommandType = MapCommand['type']
