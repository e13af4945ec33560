import { z } from 'zod'
import { EventSelector } from '../events/event-selector.schema.js'
import { Channel } from '../shared/channel.js'
import { DocumentId, IsoDate, LocalId } from '../shared/ids.js'

/** The schema version this code writes. `migrateMap` brings older documents up to it. */
export const JOURNEY_MAP_SCHEMA_VERSION = 1

export const MAP_TYPES = ['current', 'future', 'day-in-life', 'blueprint'] as const
export const MapType = z.enum(MAP_TYPES)
export type MapType = z.infer<typeof MapType>

export const MAP_STATUSES = ['draft', 'validated', 'archived'] as const
export const MapStatus = z.enum(MAP_STATUSES)
export type MapStatus = z.infer<typeof MapStatus>

export const ReviewCadence = z.enum(['monthly', 'quarterly', 'half-yearly', 'yearly'])
export type ReviewCadence = z.infer<typeof ReviewCadence>

/** How sure the team is of what a cell says (DESIGN §3): a hypothesis, seen in data, or validated. */
export const EvidenceStatus = z.enum(['assumption', 'observed', 'validated'])
export type EvidenceStatus = z.infer<typeof EvidenceStatus>

export const Evidence = z.object({
  status: EvidenceStatus,
  /** Where it comes from: "interviews March 2026", "web analytics", a URL. */
  source: z.string().optional(),
  date: IsoDate.optional(),
})
export type Evidence = z.infer<typeof Evidence>

export const Phase = z.object({
  id: LocalId,
  name: z.string().min(1),
  description: z.string().optional(),
})
export type Phase = z.infer<typeof Phase>

/** An ordered customer step inside a stage (action / sous-étape). */
export const Step = z.object({
  id: LocalId,
  name: z.string().min(1),
  description: z.string().optional(),
  /** A decisive moment for the customer relationship (moment de vérité). */
  isMomentOfTruth: z.boolean().optional(),
})
export type Step = z.infer<typeof Step>

/** A column of the map (étape). Its steps are ordered; a phase groups consecutive stages. */
export const Stage = z.object({
  id: LocalId,
  name: z.string().min(1),
  description: z.string().optional(),
  phaseId: LocalId.optional(),
  steps: z.array(Step),
})
export type Stage = z.infer<typeof Stage>

/** A scale for emotion values, e.g. −2…+2, 1…5 or 1…10, with optional words at both ends. */
export const EmotionScale = z
  .object({
    min: z.number(),
    max: z.number(),
    minLabel: z.string().optional(),
    maxLabel: z.string().optional(),
  })
  .refine((scale) => scale.min < scale.max, { message: 'min must be below max', path: ['max'] })
export type EmotionScale = z.infer<typeof EmotionScale>

export const EmotionPoint = z.object({
  stageId: LocalId,
  stepId: LocalId.optional(),
  value: z.number(),
  note: z.string().optional(),
})
export type EmotionPoint = z.infer<typeof EmotionPoint>

/** One emotion curve: for a persona (or everyone), of the current or the future (target) experience. */
export const EmotionCurve = z.object({
  id: LocalId,
  label: z.string().min(1),
  personaId: DocumentId.optional(),
  state: z.enum(['current', 'future']),
  points: z.array(EmotionPoint),
})
export type EmotionCurve = z.infer<typeof EmotionCurve>

/** Lane kinds whose cells hold text or a bullet list. */
export const TEXT_LANE_KINDS = ['text', 'list', 'actions', 'thoughts', 'feelings', 'levers'] as const
/** Lane kinds whose cells hold cards (title, detail, optional severity/impact and linked steps). */
export const CARD_LANE_KINDS = ['pain-points', 'delights', 'opportunities', 'ideas'] as const

export const LANE_KINDS = [
  ...TEXT_LANE_KINDS,
  ...CARD_LANE_KINDS,
  'emotion-curve',
  'touchpoints',
  'channels',
  'kpis',
  'images',
  'communication-objective',
  'blueprint',
] as const
export type LaneKind = (typeof LANE_KINDS)[number]

/**
 * Service-blueprint zones, top to bottom. The line of interaction is drawn above the first
 * frontstage lane, the line of visibility above the first backstage lane, the line of internal
 * interaction above the first support lane (see `blueprintLines`).
 */
export const BlueprintZone = z.enum(['frontstage', 'backstage', 'support'])
export type BlueprintZone = z.infer<typeof BlueprintZone>
export const BlueprintArea = z.enum(['actions', 'people', 'policies', 'technology', 'processes'])
export type BlueprintArea = z.infer<typeof BlueprintArea>

const laneBase = { id: LocalId, title: z.string().min(1), description: z.string().optional() }

export const Lane = z.discriminatedUnion('kind', [
  z.object({ ...laneBase, kind: z.enum(TEXT_LANE_KINDS) }),
  z.object({ ...laneBase, kind: z.enum(CARD_LANE_KINDS) }),
  z.object({ ...laneBase, kind: z.literal('emotion-curve'), scale: EmotionScale, curves: z.array(EmotionCurve) }),
  z.object({ ...laneBase, kind: z.literal('touchpoints') }),
  z.object({ ...laneBase, kind: z.literal('channels') }),
  z.object({ ...laneBase, kind: z.literal('kpis') }),
  z.object({ ...laneBase, kind: z.literal('images') }),
  z.object({ ...laneBase, kind: z.literal('communication-objective') }),
  z.object({ ...laneBase, kind: z.literal('blueprint'), zone: BlueprintZone, area: BlueprintArea }),
])
export type Lane = z.infer<typeof Lane>
export type EmotionLane = Extract<Lane, { kind: 'emotion-curve' }>

/** A pain point, delight, opportunity or idea. */
export const Card = z.object({
  id: LocalId,
  title: z.string().min(1),
  detail: z.string().optional(),
  /** 1 (minor) to 3 (severe), for pain points. */
  severity: z.number().int().min(1).max(3).optional(),
  impact: z.enum(['low', 'medium', 'high']).optional(),
  effort: z.enum(['low', 'medium', 'high']).optional(),
  /** Steps this card is about (an opportunity linked to steps). */
  stepIds: z.array(LocalId).optional(),
})
export type Card = z.infer<typeof Card>

/** The three objectives of communication at a stage (seed 002): know, like, act. */
export const CommunicationObjective = z.enum(['cognitive', 'affective', 'conative'])
export type CommunicationObjective = z.infer<typeof CommunicationObjective>

export const CellContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('cards'), cards: z.array(Card) }),
  z.object({ kind: z.literal('channels'), channels: z.array(Channel) }),
  z.object({ kind: z.literal('objective'), objective: CommunicationObjective, text: z.string().optional() }),
  z.object({ kind: z.literal('image'), url: z.string().min(1), alt: z.string().min(1) }),
])
export type CellContent = z.infer<typeof CellContent>
export type CellContentKind = CellContent['kind']

/** The content of one lane at one stage (or one step of it), with its evidence. */
export const Cell = z.object({
  laneId: LocalId,
  stageId: LocalId,
  stepId: LocalId.optional(),
  content: CellContent,
  evidence: Evidence.optional(),
})
export type Cell = z.infer<typeof Cell>

export const TouchpointImportance = z.enum(['low', 'medium', 'high', 'critical'])
export type TouchpointImportance = z.infer<typeof TouchpointImportance>

/** An interaction of the customer with the brand, bound to real events by its selector. */
export const Touchpoint = z.object({
  id: LocalId,
  name: z.string().min(1),
  channel: Channel,
  mode: z.enum(['online', 'offline']),
  stageId: LocalId,
  stepId: LocalId.optional(),
  importance: TouchpointImportance.optional(),
  ownerTeam: z.string().optional(),
  description: z.string().optional(),
  /** Whether conformance treats it as a step every journey should pass. */
  isRequired: z.boolean().optional(),
  /** Absent while the touchpoint is not yet bound to events. */
  selector: EventSelector.optional(),
})
export type Touchpoint = z.infer<typeof Touchpoint>

export const KPI_KINDS = [
  'nps',
  'csat',
  'ces',
  'conversion-rate',
  'drop-off',
  'time-to-next-step',
  'churn-rate',
  'clv',
  'ctr',
  'open-rate',
  'cpc',
  'cpl',
  'cost-per-conversion',
  'count',
  'custom',
] as const
export const KpiKind = z.enum(KPI_KINDS)
export type KpiKind = z.infer<typeof KpiKind>

export const KpiUnit = z.enum(['percent', 'score', 'currency', 'duration-hours', 'count', 'ratio'])
export type KpiUnit = z.infer<typeof KpiUnit>

export const KpiScope = z.discriminatedUnion('level', [
  z.object({ level: z.literal('map') }),
  z.object({ level: z.literal('stage'), stageId: LocalId }),
  z.object({ level: z.literal('touchpoint'), touchpointId: LocalId }),
])
export type KpiScope = z.infer<typeof KpiScope>

/** A KPI with its exact formula and scale, where it applies, and its target. */
export const KpiDefinition = z.object({
  id: LocalId,
  name: z.string().min(1),
  kind: KpiKind,
  formula: z.string().min(1),
  unit: KpiUnit,
  scale: z.object({ min: z.number(), max: z.number() }).optional(),
  appliesTo: KpiScope,
  target: z.number().optional(),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  description: z.string().optional(),
})
export type KpiDefinition = z.infer<typeof KpiDefinition>

/** A link to another map: a micro map that zooms into one of this map's stages, or a related map. */
export const MapLink = z.object({
  mapId: DocumentId,
  relation: z.enum(['zooms-into', 'related', 'next']),
  stageId: LocalId.optional(),
  label: z.string().optional(),
})
export type MapLink = z.infer<typeof MapLink>

export const JourneyMapShape = z.object({
  schemaVersion: z.literal(JOURNEY_MAP_SCHEMA_VERSION),
  id: DocumentId,
  title: z.string().min(1),
  /** Why this map exists: the question it answers. */
  objective: z.string(),
  type: MapType,
  status: MapStatus,
  owner: z.string().optional(),
  /** BCP 47 tag of the content's language (`fr`, `en`, `fr-CA`). */
  locale: z.string().min(2),
  review: z.object({ cadence: ReviewCadence, lastReviewedOn: IsoDate.optional() }).optional(),
  /** The template it was created from, if any. */
  templateId: z.string().optional(),
  personaIds: z.array(DocumentId),
  phases: z.array(Phase),
  stages: z.array(Stage),
  lanes: z.array(Lane),
  cells: z.array(Cell),
  touchpoints: z.array(Touchpoint),
  kpis: z.array(KpiDefinition),
  links: z.array(MapLink),
})

/** A designed customer-journey map (DESIGN §3). A readonly document: change it with `applyMapCommand`. */
export type JourneyMap = z.infer<typeof JourneyMapShape>
