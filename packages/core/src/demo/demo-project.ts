import type { IncomingEvent } from '../events/incoming-event.schema.js'
import { applyMapCommand, describeMapCommandError } from '../journey-map/apply-map-command.js'
import type { JourneyMap } from '../journey-map/journey-map.schema.js'
import type { MapCommand } from '../journey-map/map-command.schema.js'
import { fiveStagesTemplate } from '../journey-map/templates/five-stages.js'
import { PERSONA_SCHEMA_VERSION, type Persona } from '../persona/persona.schema.js'
import type { Project } from '../project/project.schema.js'
import { type DemoEventsOptions, generateDemoEvents } from './generate-demo-events.js'

/** The demo's project: Maison Lumière, a French home-decoration retailer (web, app, five shops). */
export const DEMO_PROJECT: Project = {
  id: 'maison-lumiere',
  name: 'Maison Lumière',
  description:
    'Projet de démonstration : une enseigne française de décoration et de luminaires (site, application, cinq magasins, service client), ses personas, sa carte de parcours mesurée et dix mois d’événements générés.',
  locale: 'fr',
}

/** The id of the demo's journey map in its project. */
export const DEMO_MAP_ID = 'parcours-client'

/** Everything the demo loads: a project, its personas, its map and its events. */
export interface DemoContent {
  readonly project: Project
  readonly personas: readonly Persona[]
  readonly map: JourneyMap
  readonly events: readonly IncomingEvent[]
}

const CAMILLE: Persona = {
  schemaVersion: PERSONA_SCHEMA_VERSION,
  id: 'camille-connectee',
  locale: 'fr',
  name: 'Camille, la citadine connectée',
  avatar: 'CL',
  quote: '« Je repère une lampe sur Instagram le soir, je la commande dans l’appli le lendemain. »',
  audience: 'b2c',
  summary:
    'Jeune active qui découvre la marque sur les réseaux sociaux, achète sur l’application mobile et attend une livraison rapide et suivie.',
  demographics: {
    ageRange: '25–34 ans',
    gender: 'Femme',
    location: 'Paris',
    occupation: 'Cheffe de projet dans une agence',
    familyStatus: 'En couple, sans enfant',
  },
  psychographics: {
    lifestyle: ['Vit dans un petit appartement qu’elle aime décorer', 'Fait ses achats sur son téléphone'],
    habits: ['Suit des comptes de décoration sur Instagram', 'Compare les avis avant d’acheter'],
    values: ['Objets durables et bien dessinés', 'Livraison rapide'],
    interests: ['Décoration', 'Design scandinave', 'Plantes'],
  },
  goals: ['Créer une ambiance chaleureuse chez elle', 'Acheter en quelques minutes, où qu’elle soit'],
  needs: ['Une application rapide', 'Des photos en situation', 'Le suivi de sa livraison'],
  frustrations: ['Les frais de livraison découverts au paiement', 'Devoir appeler pour suivre un colis'],
  motivations: ['Les nouveautés de saison', 'Les ventes privées'],
  preferredChannels: ['app', 'social', 'email'],
  sections: [],
  segment: { match: 'all', conditions: [{ kind: 'channel', channels: ['app'] }] },
}

const BERNARD: Persona = {
  schemaVersion: PERSONA_SCHEMA_VERSION,
  id: 'bernard-habitue-magasin',
  locale: 'fr',
  name: 'Bernard, l’habitué du magasin',
  avatar: 'BM',
  quote:
    '« J’aime toucher les matières et demander conseil au vendeur. Ma carte Cercle Lumière, je l’ai toujours sur moi. »',
  audience: 'b2c',
  summary:
    'Client fidèle du magasin de son quartier, titulaire de la carte de fidélité ; il prépare parfois sa visite sur le site mais achète en caisse.',
  demographics: {
    ageRange: '55–65 ans',
    gender: 'Homme',
    location: 'Lyon',
    occupation: 'Professeur, bientôt à la retraite',
    familyStatus: 'Marié, deux enfants adultes',
  },
  psychographics: {
    lifestyle: ['Reçoit souvent sa famille', 'Flâne en ville le samedi'],
    habits: ['Passe en magasin une fois par mois', 'Lit la newsletter le dimanche'],
    values: ['Qualité', 'Relation avec les vendeurs'],
    interests: ['Art de la table', 'Bricolage'],
  },
  goals: ['Trouver le bon cadeau', 'Profiter de ses points de fidélité'],
  needs: ['Des conseils en magasin', 'Savoir si un article est disponible dans sa boutique'],
  frustrations: ['Un article vu en ligne absent du magasin', 'L’attente en caisse le samedi'],
  motivations: ['Les avantages de la carte', 'Le conseil'],
  preferredChannels: ['store', 'email', 'phone'],
  sections: [],
  segment: {
    match: 'all',
    conditions: [{ kind: 'performed', selector: { events: ['Order Completed'], channels: ['store'] } }],
  },
}

/** The designer's edits that turn the « five stages » template into Maison Lumière's measured map. */
const MAP_COMMANDS: readonly MapCommand[] = [
  {
    type: 'set-details',
    title: 'Parcours client Maison Lumière',
    objective:
      'Suivre nos clients de la découverte de la marque jusqu’au réachat, sur le site, l’application, les magasins et le service client, pour savoir où ils abandonnent et ce qui les fait revenir.',
    owner: 'Équipe expérience client',
  },
  {
    type: 'set-touchpoint-selector',
    touchpointId: 'tp-store-visit',
    selector: { events: ['Store Visited'], channels: ['store'] },
  },
  {
    type: 'update-touchpoint',
    touchpointId: 'tp-onboarding',
    changes: { name: 'E-mail de bienvenue et conseils d’entretien' },
  },
  {
    type: 'add-touchpoint',
    id: 'tp-cart',
    touchpoint: {
      name: 'Ajout au panier',
      channel: 'web',
      mode: 'online',
      stageId: 'decision',
      stepId: 'shortlist',
      importance: 'high',
      ownerTeam: 'E-commerce',
    },
  },
  {
    type: 'set-touchpoint-selector',
    touchpointId: 'tp-cart',
    selector: { events: ['Product Added'], channels: ['web', 'app'] },
  },
  {
    type: 'add-touchpoint',
    id: 'tp-store-checkout',
    touchpoint: {
      name: 'Passage en caisse en magasin',
      channel: 'store',
      mode: 'offline',
      stageId: 'purchase',
      stepId: 'checkout',
      importance: 'high',
      ownerTeam: 'Réseau de magasins',
    },
  },
  {
    type: 'set-touchpoint-selector',
    touchpointId: 'tp-store-checkout',
    selector: { events: ['Order Completed'], channels: ['store'] },
  },
  {
    type: 'update-kpi',
    kpiId: 'kpi-conversion-rate',
    changes: {
      formula: 'Taux de conversion = commandes passées (Order Completed) ÷ paniers créés (Product Added) × 100',
    },
  },
  { type: 'link-persona', personaId: CAMILLE.id },
  { type: 'link-persona', personaId: BERNARD.id },
]

/**
 * The demo's map and personas: the « five stages » template in French, its touchpoints bound to the
 * events `generateDemoEvents` makes (the shop visit bound; the basket and the shop's till added), the conversion KPI
 * naming its events, and two more personas linked to it (three in all).
 */
export function buildDemoMap(): { readonly map: JourneyMap; readonly personas: readonly Persona[] } {
  const template = fiveStagesTemplate.build('fr')
  let map: JourneyMap = { ...template.map, id: DEMO_MAP_ID }
  for (const command of MAP_COMMANDS) {
    const applied = applyMapCommand(map, command)
    if (!applied.ok) throw new Error(`demo map: ${command.type}: ${describeMapCommandError(applied.error)}`)
    map = applied.value
  }
  const nadia = template.personas.map(
    (persona): Persona => ({
      ...persona,
      segment: {
        match: 'all',
        conditions: [{ kind: 'performed', selector: { events: ['Product Viewed'] }, minCount: 4 }],
      },
    }),
  )
  return { map, personas: [...nadia, CAMILLE, BERNARD] }
}

/**
 * The whole demo: project, personas, map and events (deterministic for a seed).
 *
 * @example buildDemo().map.id // 'parcours-client'
 */
export function buildDemo(options: DemoEventsOptions = {}): DemoContent {
  const { map, personas } = buildDemoMap()
  return { project: DEMO_PROJECT, personas, map, events: generateDemoEvents(options) }
}
