import type { Persona } from '../../persona/persona.schema.js'
import { PERSONA_SCHEMA_VERSION } from '../../persona/persona.schema.js'
import type { Channel } from '../../shared/channel.js'
import {
  type Card,
  type Cell,
  type CellContent,
  type CommunicationObjective,
  type Evidence,
  JOURNEY_MAP_SCHEMA_VERSION,
  type JourneyMap,
  type KpiDefinition,
  type Lane,
  type MapType,
  type Phase,
  type Stage,
  type Touchpoint,
} from '../journey-map.schema.js'

export const TEMPLATE_LOCALES = ['fr', 'en'] as const
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number]
export type Localized = Readonly<Record<TemplateLocale, string>>

/** A map and its personas, ready to be saved or edited. */
export interface TemplateInstance {
  readonly map: JourneyMap
  readonly personas: readonly Persona[]
}

/** A complete, valid map with its persona(s), in French and English. */
export interface TemplateDefinition {
  readonly id: string
  readonly category: 'journey' | 'format' | 'sector'
  readonly title: Localized
  readonly description: Localized
  /** Where its content comes from (a seed article, practice). */
  readonly source: string
  build(locale: TemplateLocale): TemplateInstance
}

/** What a template's author writes for a cell; the builder turns it into a typed cell. */
export type CellSpec =
  | string
  | readonly string[]
  | { readonly cards: readonly CardSpec[] }
  | { readonly channels: readonly Channel[] }
  | { readonly objective: CommunicationObjective; readonly text?: string }
  | { readonly image: string; readonly alt: string }

export type CardSpec = Omit<Card, 'id'> & { readonly id?: string }

/** A lane and its cells by stage id (or `stageId/stepId` for a step's cell). */
export interface RowSpec {
  readonly lane: Lane
  readonly cells?: Readonly<Record<string, CellSpec>>
}

export type PersonaSpec = Omit<Persona, 'schemaVersion' | 'locale'>

export interface MapSpec {
  readonly id: string
  readonly templateId: string
  readonly locale: TemplateLocale
  readonly title: string
  readonly objective: string
  readonly type: MapType
  readonly owner?: string
  readonly personas: readonly PersonaSpec[]
  readonly phases?: readonly Phase[]
  readonly stages: readonly Stage[]
  readonly rows: readonly RowSpec[]
  readonly touchpoints?: readonly Touchpoint[]
  readonly kpis?: readonly KpiDefinition[]
  /** Evidence given to every templated cell; templates are hypotheses until a team checks them. */
  readonly evidence?: Evidence
}

/** Builds a template's map and personas from a compact description. */
export function buildTemplate(spec: MapSpec): TemplateInstance {
  const evidence = spec.evidence ?? { status: 'assumption' as const, source: 'Parcours template' }
  const cells: Cell[] = []
  for (const row of spec.rows) {
    for (const [place, cellSpec] of Object.entries(row.cells ?? {})) {
      const [stageId = place, stepId] = place.split('/')
      const content = toContent(cellSpec, `${row.lane.id}-${stepId ?? stageId}`)
      cells.push({
        laneId: row.lane.id,
        stageId,
        ...(stepId === undefined ? {} : { stepId }),
        content,
        evidence,
      })
    }
  }
  const personas: Persona[] = spec.personas.map((persona) => ({
    schemaVersion: PERSONA_SCHEMA_VERSION,
    locale: spec.locale,
    ...persona,
  }))
  const map: JourneyMap = {
    schemaVersion: JOURNEY_MAP_SCHEMA_VERSION,
    id: spec.id,
    title: spec.title,
    objective: spec.objective,
    type: spec.type,
    status: 'draft',
    ...(spec.owner === undefined ? {} : { owner: spec.owner }),
    locale: spec.locale,
    review: { cadence: 'quarterly' },
    templateId: spec.templateId,
    personaIds: personas.map((persona) => persona.id),
    phases: [...(spec.phases ?? [])],
    stages: [...spec.stages],
    lanes: spec.rows.map((row) => row.lane),
    cells,
    touchpoints: [...(spec.touchpoints ?? [])],
    kpis: [...(spec.kpis ?? [])],
    links: [],
  }
  return { map, personas }
}

function toContent(spec: CellSpec, cardIdPrefix: string): CellContent {
  if (typeof spec === 'string') return { kind: 'text', text: spec }
  if (isStringList(spec)) return { kind: 'list', items: [...spec] }
  if ('cards' in spec) {
    return {
      kind: 'cards',
      cards: spec.cards.map((card, i) => ({ ...card, id: card.id ?? `${cardIdPrefix}-${i + 1}` })),
    }
  }
  if ('channels' in spec) return { kind: 'channels', channels: [...spec.channels] }
  if ('objective' in spec) {
    return spec.text === undefined
      ? { kind: 'objective', objective: spec.objective }
      : { kind: 'objective', objective: spec.objective, text: spec.text }
  }
  return { kind: 'image', url: spec.image, alt: spec.alt }
}

function isStringList(spec: CellSpec): spec is readonly string[] {
  return Array.isArray(spec)
}

/** Picks the text (or any value) of one locale: `pick(locale, { fr: 'Achat', en: 'Purchase' })`. */
export function pick<T = string>(locale: TemplateLocale, text: Readonly<Record<TemplateLocale, T>>): T {
  return text[locale]
}
