import type { EmotionCurve, EmotionLane, KpiDefinition, Lane, Stage, Step, Touchpoint } from '../journey-map.schema.js'
import {
  type CardSpec,
  type CellSpec,
  type Localized,
  pick,
  type TemplateDefinition,
  type TemplateLocale,
} from './template.js'

// What the templates share to write their maps: picking a locale's text, building cards, the common lanes,
// and the cells of the touchpoints and KPI lanes, which follow from the map's touchpoints and KPIs. All pure.

/** The same value written once per template locale: `{ fr: 'Achat', en: 'Purchase' }`. */
export type InLocales<T> = Readonly<Record<TemplateLocale, T>>

/** Returns the picker of `locale`'s value, for text and lists alike: `t({ fr: 'Achat', en: 'Purchase' })`. */
export function localePicker(locale: TemplateLocale): <T>(values: InLocales<T>) => T {
  return (values) => pick(locale, values)
}

/** A pain point's severity: 1 (minor) to 3 (severe). */
export type Severity = 1 | 2 | 3

/** An opportunity's impact or effort. */
export type Level = 'low' | 'medium' | 'high'

/** A card's title and detail. */
export interface CardText {
  readonly title: string
  readonly detail?: string
}

/** A pain-point card: its text, its severity and, when given, the steps it is about. */
export function painPointCard(text: CardText, severity: Severity, stepIds?: readonly string[]): CardSpec {
  return { ...text, severity, ...(stepIds === undefined ? {} : { stepIds: [...stepIds] }) }
}

/** An opportunity card: its text, its impact and, when given, its effort and the steps it is about. */
export function opportunityCard(text: CardText, impact: Level, effort?: Level, stepIds?: readonly string[]): CardSpec {
  return {
    ...text,
    impact,
    ...(effort === undefined ? {} : { effort }),
    ...(stepIds === undefined ? {} : { stepIds: [...stepIds] }),
  }
}

/** A card's title and detail written as a pair in each locale: `{ fr: [title, detail], en: [title, detail] }`. */
export type CardTexts = InLocales<readonly [title: string, detail: string]>

/** What `inlineTextKit` gives a template that writes its texts inline, in both locales. */
export interface InlineTextKit {
  /** Picks the locale's text or list. */
  t<T>(values: InLocales<T>): T
  /** A pain-point card from its severity, its steps and its title and detail in both locales. */
  painPoint(severity: Severity, stepIds: readonly string[], texts: CardTexts): CardSpec
  /** An opportunity card from its impact, effort, steps and its title and detail in both locales. */
  opportunity(impact: Level, effort: Level, stepIds: readonly string[], texts: CardTexts): CardSpec
}

/** The text picker and card builders of `locale`, for templates that write their texts inline. */
export function inlineTextKit(locale: TemplateLocale): InlineTextKit {
  const t = localePicker(locale)
  const cardText = (texts: CardTexts): CardText => {
    const [title, detail] = t(texts)
    return { title, detail }
  }
  return {
    t,
    painPoint: (severity, stepIds, texts) => painPointCard(cardText(texts), severity, stepIds),
    opportunity: (impact, effort, stepIds, texts) => opportunityCard(cardText(texts), impact, effort, stepIds),
  }
}

/** One section of a text dictionary: an entry per id. */
type Section<Id extends string, Entry> = { readonly [Key in Id]: Entry }

/** Builders that read a template's text dictionary `t` by id; `phaseOf`, when given, puts each stage in its phase. */
export function dictionaryBuilders<
  StageId extends string,
  StepId extends string,
  PainId extends string,
  OpportunityId extends string,
  TouchpointId extends string,
  KpiId extends string,
>(
  t: {
    readonly stages: Section<StageId, { readonly name: string; readonly description: string }>
    readonly steps: Section<StepId, Omit<Step, 'id' | 'isMomentOfTruth'>>
    readonly pains: Section<PainId, CardText>
    readonly opportunities: Section<OpportunityId, CardText>
    readonly touchpoints: Section<TouchpointId, Pick<Touchpoint, 'name' | 'description' | 'ownerTeam'>>
    readonly kpis: Section<KpiId, Pick<KpiDefinition, 'name' | 'formula' | 'description'>>
  },
  stageIds: readonly StageId[],
  phaseOf?: Readonly<Record<StageId, string>>,
) {
  return {
    /** A step, marked as a moment of truth when `isMomentOfTruth`. */
    step: (id: StepId, isMomentOfTruth = false): Step => ({
      id,
      ...t.steps[id],
      ...(isMomentOfTruth ? { isMomentOfTruth: true } : {}),
    }),
    /** A stage and its steps. */
    stage: (id: StageId, steps: Step[]): Stage => ({
      id,
      name: t.stages[id].name,
      description: t.stages[id].description,
      ...(phaseOf === undefined ? {} : { phaseId: phaseOf[id] }),
      steps,
    }),
    /** A lane's cells, one a stage, in stage order; a stage whose cell is undefined gets none. */
    column: (cell: (id: StageId) => CellSpec | undefined): Record<string, CellSpec> => cellsByStage(stageIds, cell),
    /** A pain-point card. */
    pain: (id: PainId, severity: Severity, stepIds?: readonly string[]): CardSpec =>
      painPointCard(t.pains[id], severity, stepIds),
    /** An opportunity card. */
    opportunity: (id: OpportunityId, impact: Level, effort?: Level, stepIds?: readonly string[]): CardSpec =>
      opportunityCard(t.opportunities[id], impact, effort, stepIds),
    /** A touchpoint: its name, description and owner team from the dictionary, the rest from `rest`. */
    touchpoint: (
      id: TouchpointId,
      rest: Omit<Touchpoint, 'id' | 'name' | 'description' | 'ownerTeam'>,
    ): Touchpoint => ({ id, ...t.touchpoints[id], ...rest }),
    /** A KPI: its name, formula and description from the dictionary, the rest from `rest`. */
    kpi: (id: KpiId, rest: Omit<KpiDefinition, 'id' | 'name' | 'formula' | 'description'>): KpiDefinition => ({
      id,
      ...t.kpis[id],
      ...rest,
    }),
  }
}

/** A template's gallery title and description, read from its text dictionaries. */
export function dictionaryHeading(
  text: InLocales<{ readonly template: { readonly title: string; readonly description: string } }>,
): Pick<TemplateDefinition, 'title' | 'description'> {
  return {
    title: { fr: text.fr.template.title, en: text.en.template.title },
    description: { fr: text.fr.template.description, en: text.en.template.description },
  }
}

/** A lane's cells, one a stage, in the order of `stageIds`; a stage whose cell is undefined gets none. */
function cellsByStage<StageId extends string>(
  stageIds: readonly StageId[],
  cell: (stageId: StageId) => CellSpec | undefined,
): Record<string, CellSpec> {
  const cells: Record<string, CellSpec> = {}
  for (const stageId of stageIds) {
    const spec = cell(stageId)
    if (spec !== undefined) cells[stageId] = spec
  }
  return cells
}

/** The touchpoints lane's cells: the names of each stage's touchpoints. */
export function touchpointCells(
  stages: readonly Stage[],
  touchpoints: readonly Touchpoint[],
): Record<string, CellSpec> {
  return cellsByStage(
    stages.map((stage) => stage.id),
    (stageId) =>
      touchpoints.filter((touchpoint) => touchpoint.stageId === stageId).map((touchpoint) => touchpoint.name),
  )
}

/** The stage a KPI is measured at, directly or through its touchpoint; undefined for map-level KPIs. */
export function kpiStageId(kpi: KpiDefinition, touchpoints: readonly Touchpoint[]): string | undefined {
  const scope = kpi.appliesTo
  if (scope.level === 'stage') return scope.stageId
  if (scope.level === 'touchpoint') return touchpoints.find((tp) => tp.id === scope.touchpointId)?.stageId
  return undefined
}

/** How the KPI lane shows a KPI (its name by default) and whether stages without a KPI get an empty cell. */
export interface KpiCellOptions {
  readonly label?: (kpi: KpiDefinition) => string
  readonly skipEmpty?: boolean
}

/** The KPI lane's cells: the KPIs measured at each stage, on the stage itself or one of its touchpoints. */
export function kpiCells(
  stages: readonly Stage[],
  kpis: readonly KpiDefinition[],
  touchpoints: readonly Touchpoint[],
  { label = (kpi) => kpi.name, skipEmpty = false }: KpiCellOptions = {},
): Record<string, CellSpec> {
  return cellsByStage(
    stages.map((stage) => stage.id),
    (stageId) => {
      const labels = kpis.filter((kpi) => kpiStageId(kpi, touchpoints) === stageId).map(label)
      return skipEmpty && labels.length === 0 ? undefined : labels
    },
  )
}

/** Labels a KPI with its name and, when it has one, its target: `CSAT — target: 85%`. */
export function kpiTargetLabel(locale: TemplateLocale): (kpi: KpiDefinition) => string {
  return (kpi) => {
    if (kpi.target === undefined) return kpi.name
    const unit =
      kpi.unit === 'percent' ? (locale === 'fr' ? '\u00a0%' : '%') : kpi.unit === 'duration-hours' ? '\u00a0h' : ''
    return locale === 'fr'
      ? `${kpi.name} — cible\u00a0: ${kpi.target}${unit}`
      : `${kpi.name} — target: ${kpi.target}${unit}`
  }
}

const COMMON_LANE_TITLES = {
  thoughts: { fr: 'Pensées', en: 'Thoughts' },
  feelings: { fr: 'Ressentis', en: 'Feelings' },
  touchpoints: { fr: 'Points de contact', en: 'Touchpoints' },
  channels: { fr: 'Canaux', en: 'Channels' },
  'pain-points': { fr: 'Points de friction', en: 'Pain points' },
  opportunities: { fr: 'Opportunités', en: 'Opportunities' },
  kpis: { fr: 'Indicateurs', en: 'KPIs' },
} as const satisfies Record<string, Localized>

/** A lane kind most templates show under the same title. */
export type CommonLaneKind = keyof typeof COMMON_LANE_TITLES

/** A lane of a common kind, with its usual title in `locale`; its id is its kind. */
export function commonLane(locale: TemplateLocale, kind: CommonLaneKind): Lane {
  return { id: kind, kind, title: COMMON_LANE_TITLES[kind][locale] }
}

/** An emotion lane's id, curves and, when not the usual ones, the words at both ends of its scale. */
export interface EmotionLaneSpec {
  readonly id: string
  readonly minLabel?: string
  readonly maxLabel?: string
  readonly curves: EmotionCurve[]
}

const EMOTION_LANE_TITLE: Localized = { fr: 'Courbe émotionnelle', en: 'Emotion curve' }
const EMOTION_MIN_LABEL: Localized = { fr: 'Frustration', en: 'Frustration' }
const EMOTION_MAX_LABEL: Localized = { fr: 'Enthousiasme', en: 'Delight' }

/** An emotion-curve lane titled « Courbe émotionnelle » / "Emotion curve" in `locale`, on a −2…+2 scale. */
export function emotionLane(locale: TemplateLocale, spec: EmotionLaneSpec): EmotionLane {
  return {
    id: spec.id,
    kind: 'emotion-curve',
    title: EMOTION_LANE_TITLE[locale],
    scale: {
      min: -2,
      max: 2,
      minLabel: spec.minLabel ?? EMOTION_MIN_LABEL[locale],
      maxLabel: spec.maxLabel ?? EMOTION_MAX_LABEL[locale],
    },
    curves: spec.curves,
  }
}
