import type { Channel } from '../../shared/channel.js'
import type { KpiDefinition, Phase, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type TemplateDefinition, type TemplateInstance, type TemplateLocale } from './template.js'
import { dictionaryBuilders, dictionaryHeading, touchpointCells } from './template-kit.js'

/**
 * A B2B buying journey (seed 001: longer, more complex, several decision-makers): a mid-sized
 * manufacturer buys an expense-management software. Two members of the buying committee are
 * personas: the CFO who owns the budget and the CIO who can veto the choice.
 */

const TEMPLATE_ID = 'b2b'
const CLAIRE = 'b2b-claire'
const THOMAS = 'b2b-thomas'

const STAGE_IDS = [
  'need-identification',
  'supplier-search',
  'evaluation',
  'negotiation',
  'onboarding',
  'account-growth',
] as const
type StageId = (typeof STAGE_IDS)[number]
type Text = typeof fr

const PHASE_IDS = ['phase-purchase', 'phase-relationship'] as const
const PHASE_OF: Record<StageId, (typeof PHASE_IDS)[number]> = {
  'need-identification': 'phase-purchase',
  'supplier-search': 'phase-purchase',
  evaluation: 'phase-purchase',
  negotiation: 'phase-purchase',
  onboarding: 'phase-relationship',
  'account-growth': 'phase-relationship',
}

/** Emotion of each committee member on a −2…+2 scale. */
const EMOTION: Record<'claire' | 'thomas', Record<StageId, number>> = {
  claire: {
    'need-identification': -1,
    'supplier-search': 0,
    evaluation: 1,
    negotiation: -1,
    onboarding: 0,
    'account-growth': 2,
  },
  thomas: {
    'need-identification': 0,
    'supplier-search': -1,
    evaluation: -1,
    negotiation: 0,
    onboarding: 1,
    'account-growth': 1,
  },
}

const CHANNELS: Record<StageId, readonly Channel[]> = {
  'need-identification': ['web', 'email', 'social'],
  'supplier-search': ['web', 'partner', 'word-of-mouth', 'event', 'phone'],
  evaluation: ['email', 'other', 'app'],
  negotiation: ['email', 'phone'],
  onboarding: ['other', 'app', 'email'],
  'account-growth': ['other', 'email', 'app'],
}

function build(locale: TemplateLocale): TemplateInstance {
  const t = text[locale]
  const { step, stage, column, pain, opportunity, touchpoint, kpi } = dictionaryBuilders(t, STAGE_IDS, PHASE_OF)
  const curve = (who: 'claire' | 'thomas', personaId: string) => ({
    id: `${who}-current`,
    label: t.emotion[who],
    personaId,
    state: 'current' as const,
    points: STAGE_IDS.map((id) => ({ stageId: id, value: EMOTION[who][id], note: t.stages[id].emotion[who] })),
  })

  const phases: Phase[] = PHASE_IDS.map((id) => ({ id, ...t.phases[id] }))

  const stages: Stage[] = [
    stage('need-identification', [step('trigger'), step('business-case')]),
    stage('supplier-search', [step('desk-research'), step('peer-advice'), step('shortlist')]),
    stage('evaluation', [step('rfp'), step('demo', true), step('pilot')]),
    stage('negotiation', [step('security-review'), step('commercial-terms'), step('signature')]),
    stage('onboarding', [step('kickoff'), step('integration'), step('go-live', true)]),
    stage('account-growth', [step('business-review'), step('expansion'), step('renewal')]),
  ]

  const touchpoints: Touchpoint[] = [
    touchpoint('tp-whitepaper', {
      channel: 'web',
      mode: 'online',
      stageId: 'need-identification',
      stepId: 'business-case',
      importance: 'medium',
      selector: {
        events: ['Content Downloaded'],
        where: [{ op: 'eq', property: 'properties.content_type', value: 'whitepaper' }],
      },
    }),
    touchpoint('tp-review-sites', {
      channel: 'partner',
      mode: 'online',
      stageId: 'supplier-search',
      stepId: 'desk-research',
      importance: 'high',
      selector: {
        events: ['Page Viewed'],
        where: [{ op: 'in', property: 'context.campaign.source', values: ['g2', 'capterra', 'appvizer'] }],
      },
    }),
    touchpoint('tp-webinar', {
      channel: 'event',
      mode: 'online',
      stageId: 'supplier-search',
      stepId: 'peer-advice',
      importance: 'medium',
      selector: { events: ['Webinar Attended'] },
    }),
    touchpoint('tp-demo-request', {
      channel: 'web',
      mode: 'online',
      stageId: 'supplier-search',
      stepId: 'shortlist',
      importance: 'high',
      isRequired: true,
      selector: { events: ['Demo Requested'], channels: ['web'] },
    }),
    touchpoint('tp-discovery-call', {
      channel: 'phone',
      mode: 'offline',
      stageId: 'supplier-search',
      stepId: 'shortlist',
      importance: 'high',
      selector: {
        events: ['Call Completed'],
        where: [{ op: 'eq', property: 'properties.call_type', value: 'discovery' }],
      },
    }),
    touchpoint('tp-rfp-response', {
      channel: 'email',
      mode: 'online',
      stageId: 'evaluation',
      stepId: 'rfp',
      importance: 'critical',
      selector: { events: ['RFP Response Sent'] },
    }),
    touchpoint('tp-onsite-demo', {
      channel: 'other',
      mode: 'offline',
      stageId: 'evaluation',
      stepId: 'demo',
      importance: 'critical',
      selector: {
        events: ['Meeting Completed'],
        where: [{ op: 'eq', property: 'properties.meeting_type', value: 'demo' }],
      },
    }),
    touchpoint('tp-pilot', {
      channel: 'app',
      mode: 'online',
      stageId: 'evaluation',
      stepId: 'pilot',
      importance: 'high',
      selector: { events: ['Trial Started'] },
    }),
    touchpoint('tp-security-questionnaire', {
      channel: 'email',
      mode: 'online',
      stageId: 'negotiation',
      stepId: 'security-review',
      importance: 'high',
      selector: { events: ['Security Review Completed'] },
    }),
    touchpoint('tp-contract-signature', {
      channel: 'email',
      mode: 'online',
      stageId: 'negotiation',
      stepId: 'signature',
      importance: 'critical',
      isRequired: true,
      selector: { events: ['Contract Signed'] },
    }),
    touchpoint('tp-kickoff', {
      channel: 'other',
      mode: 'offline',
      stageId: 'onboarding',
      stepId: 'kickoff',
      importance: 'high',
      selector: {
        events: ['Meeting Completed'],
        where: [{ op: 'eq', property: 'properties.meeting_type', value: 'kickoff' }],
      },
    }),
    touchpoint('tp-sso-integration', {
      channel: 'app',
      mode: 'online',
      stageId: 'onboarding',
      stepId: 'integration',
      importance: 'high',
      selector: {
        events: ['Integration Connected'],
        where: [{ op: 'in', property: 'properties.integration', values: ['sso', 'erp'] }],
      },
    }),
    touchpoint('tp-go-live', {
      channel: 'app',
      mode: 'online',
      stageId: 'onboarding',
      stepId: 'go-live',
      importance: 'critical',
      isRequired: true,
      selector: { events: ['Go Live Completed'] },
    }),
    touchpoint('tp-onboarding-survey', {
      channel: 'email',
      mode: 'online',
      stageId: 'onboarding',
      stepId: 'go-live',
      importance: 'medium',
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'onboarding-csat' }],
      },
    }),
    touchpoint('tp-business-review', {
      channel: 'other',
      mode: 'offline',
      stageId: 'account-growth',
      stepId: 'business-review',
      importance: 'high',
      selector: {
        events: ['Meeting Completed'],
        where: [{ op: 'eq', property: 'properties.meeting_type', value: 'business-review' }],
      },
    }),
    touchpoint('tp-nps-survey', {
      channel: 'email',
      mode: 'online',
      stageId: 'account-growth',
      stepId: 'business-review',
      importance: 'medium',
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'nps' }],
      },
    }),
    touchpoint('tp-renewal', {
      channel: 'email',
      mode: 'online',
      stageId: 'account-growth',
      stepId: 'renewal',
      importance: 'critical',
      selector: { events: ['Contract Renewed'] },
    }),
  ]

  const kpis: KpiDefinition[] = [
    kpi('mql-to-sql', {
      kind: 'conversion-rate',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'supplier-search' },
      target: 30,
      direction: 'higher-is-better',
    }),
    kpi('win-rate', {
      kind: 'conversion-rate',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'evaluation' },
      target: 30,
      direction: 'higher-is-better',
    }),
    kpi('sales-cycle', {
      kind: 'time-to-next-step',
      unit: 'duration-hours',
      appliesTo: { level: 'map' },
      target: 2160,
      direction: 'lower-is-better',
    }),
    kpi('time-to-value', {
      kind: 'time-to-next-step',
      unit: 'duration-hours',
      appliesTo: { level: 'stage', stageId: 'onboarding' },
      target: 1080,
      direction: 'lower-is-better',
    }),
    kpi('onboarding-csat', {
      kind: 'csat',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-onboarding-survey' },
      target: 85,
      direction: 'higher-is-better',
    }),
    kpi('nps', {
      kind: 'nps',
      unit: 'score',
      scale: { min: -100, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-nps-survey' },
      target: 35,
      direction: 'higher-is-better',
    }),
    kpi('net-revenue-retention', {
      kind: 'custom',
      unit: 'percent',
      appliesTo: { level: 'stage', stageId: 'account-growth' },
      target: 110,
      direction: 'higher-is-better',
    }),
    kpi('logo-churn', {
      kind: 'churn-rate',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'map' },
      target: 7,
      direction: 'lower-is-better',
    }),
  ]

  return buildTemplate({
    id: `${TEMPLATE_ID}-${locale}`,
    templateId: TEMPLATE_ID,
    locale,
    title: t.map.title,
    objective: t.map.objective,
    type: 'current',
    personas: [
      {
        id: CLAIRE,
        avatar: '💼',
        audience: 'b2b',
        ...t.personas.claire,
        preferredChannels: ['email', 'word-of-mouth', 'event', 'phone'],
        segment: {
          match: 'all',
          conditions: [
            { kind: 'trait', predicate: { op: 'gte', property: 'traits.company_employees', value: 250 } },
            { kind: 'trait', predicate: { op: 'eq', property: 'traits.job_function', value: 'finance' } },
          ],
        },
      },
      {
        id: THOMAS,
        avatar: '🛡️',
        audience: 'b2b',
        ...t.personas.thomas,
        preferredChannels: ['web', 'email', 'partner'],
        segment: {
          match: 'all',
          conditions: [
            { kind: 'trait', predicate: { op: 'gte', property: 'traits.company_employees', value: 250 } },
            { kind: 'trait', predicate: { op: 'eq', property: 'traits.job_function', value: 'it' } },
          ],
        },
      },
    ],
    phases,
    stages,
    rows: [
      { lane: { id: 'actions', kind: 'actions', title: t.lanes.actions }, cells: column((id) => t.stages[id].actions) },
      {
        lane: { id: 'buying-committee', kind: 'text', title: t.lanes.committee },
        cells: column((id) => t.stages[id].committee),
      },
      {
        lane: { id: 'thoughts', kind: 'thoughts', title: t.lanes.thoughts },
        cells: column((id) => t.stages[id].thoughts),
      },
      {
        lane: {
          id: 'emotion',
          kind: 'emotion-curve',
          title: t.lanes.emotion,
          scale: { min: -2, max: 2, minLabel: t.emotion.min, maxLabel: t.emotion.max },
          curves: [curve('claire', CLAIRE), curve('thomas', THOMAS)],
        },
      },
      {
        lane: { id: 'touchpoints', kind: 'touchpoints', title: t.lanes.touchpoints },
        cells: touchpointCells(stages, touchpoints),
      },
      {
        lane: { id: 'channels', kind: 'channels', title: t.lanes.channels },
        cells: column((id) => ({ channels: CHANNELS[id] })),
      },
      {
        lane: { id: 'vendor-team', kind: 'text', title: t.lanes.vendor },
        cells: column((id) => t.stages[id].vendor),
      },
      {
        lane: { id: 'pain-points', kind: 'pain-points', title: t.lanes.painPoints },
        cells: {
          'need-identification': { cards: [pain('costHardToProve', 2, ['business-case'])] },
          'supplier-search': {
            cards: [pain('lookAlikeOffers', 2, ['desk-research']), pain('itInvolvedLate', 3, ['shortlist'])],
          },
          evaluation: { cards: [pain('genericRfpAnswer', 2, ['rfp']), pain('pilotWithoutCriteria', 2, ['pilot'])] },
          negotiation: {
            cards: [
              pain('incompleteSecurityFile', 3, ['security-review']),
              pain('legalBackAndForth', 2, ['commercial-terms']),
            ],
          },
          onboarding: { cards: [pain('salesToDeliveryGap', 3, ['kickoff']), pain('lowFieldAdoption', 2, ['go-live'])] },
          'account-growth': { cards: [pain('valueNotShown', 2, ['business-review'])] },
        },
      },
      {
        lane: { id: 'opportunities', kind: 'opportunities', title: t.lanes.opportunities },
        cells: {
          'need-identification': { cards: [opportunity('costCalculator', 'high', 'low')] },
          'supplier-search': {
            cards: [opportunity('peerReferences', 'high', 'low'), opportunity('itStarterPack', 'high', 'low')],
          },
          evaluation: {
            cards: [opportunity('useCaseDemo', 'high', 'medium'), opportunity('pilotScorecard', 'medium', 'low')],
          },
          negotiation: {
            cards: [opportunity('trustCenter', 'high', 'medium'), opportunity('standardContract', 'medium', 'medium')],
          },
          onboarding: {
            cards: [opportunity('warmHandover', 'high', 'low'), opportunity('fieldChampions', 'medium', 'low')],
          },
          'account-growth': { cards: [opportunity('valueReport', 'high', 'medium')] },
        },
      },
      { lane: { id: 'kpis', kind: 'kpis', title: t.lanes.kpis }, cells: column((id) => t.stages[id].kpis) },
    ],
    touchpoints,
    kpis,
  })
}

const fr = {
  template: {
    title: 'Parcours d’achat B2B',
    description:
      'Le parcours d’un comité d’achat, de l’identification du besoin au développement du compte : recherche de fournisseurs, appel d’offres, négociation, déploiement. Plus long et plus complexe qu’un achat B2C, avec plusieurs décideurs aux attentes différentes.',
  },
  map: {
    title: 'Parcours d’achat B2B : un logiciel de gestion des notes de frais',
    objective:
      'Comprendre comment le comité d’achat d’une ETI choisit, achète puis déploie une solution de gestion des notes de frais, repérer les étapes qui rallongent le cycle de vente ou fragilisent le renouvellement, et aligner marketing, ventes, avant-vente et succès client sur les attentes de chaque membre du comité.',
  },
  personas: {
    claire: {
      name: 'Claire Dubois',
      quote: '« Je n’achète pas un logiciel : j’achète trois jours de clôture en moins et un audit sans remarque. »',
      summary:
        'Directrice administrative et financière d’une ETI industrielle. Elle porte le projet de dématérialisation des notes de frais et signe le contrat, mais doit convaincre un comité d’achat de cinq personnes.',
      demographics: {
        ageRange: '45–50 ans',
        gender: 'Femme',
        location: 'Lyon (siège), sites à Roanne et Valence',
        occupation: 'Directrice administrative et financière',
        income: 'Environ 130 000 € bruts par an',
        education: 'École de commerce, diplôme d’expertise comptable',
        familyStatus: 'Mariée, trois enfants',
        company: 'Ateliers Verlaine, fabricant d’équipements de cuisine professionnelle',
        companySize: '450 salariés, 3 sites, 95 M€ de chiffre d’affaires',
        industry: 'Industrie manufacturière',
        decisionRole: 'Décideuse économique : porte le budget et signe le contrat',
      },
      psychographics: {
        lifestyle: [
          'Agenda rythmé par les clôtures mensuelles et les comités',
          'Déplacements réguliers entre les sites',
        ],
        habits: [
          'Lit la presse financière et les lettres d’information des associations de DAF',
          'Demande l’avis de ses pairs avant tout achat important',
          'Délègue l’évaluation détaillée à son contrôleur de gestion',
        ],
        values: ['Rigueur', 'Conformité', 'Retour sur investissement démontré'],
        interests: ['Transformation de la fonction finance', 'Voile', 'Gouvernance d’entreprise'],
      },
      goals: [
        'Ramener la clôture mensuelle de 8 à 5 jours ouvrés',
        'Passer l’audit sans remarque sur les notes de frais',
        'Libérer son équipe comptable de la saisie',
      ],
      needs: [
        'Un business case chiffré à présenter au comité de direction',
        'Des références clients dans l’industrie, de taille comparable',
        'Un calendrier de déploiement réaliste',
        'Un prix lisible sur trois ans',
      ],
      frustrations: [
        'Les commerciaux qui relancent sans rien apporter de nouveau',
        'Les réponses génériques à son cahier des charges',
        'Les projets informatiques qui débordent',
        'Les coûts cachés découverts après la signature',
      ],
      motivations: [
        'Être reconnue comme la DAF qui a modernisé la fonction finance',
        'Sécuriser la conformité fiscale',
        'Faire gagner du temps à ses équipes',
      ],
      sections: [
        {
          title: 'Le comité d’achat',
          body: 'Claire (décideuse), Thomas le DSI (évaluateur technique, droit de veto sur la sécurité), Julien le contrôleur de gestion (champion du projet et futur administrateur), Sandrine aux achats (négociation et conditions contractuelles) et le DRH (politique de frais, adhésion des salariés).',
        },
        {
          title: 'Ses critères de choix',
          body: 'Conformité fiscale et archivage à valeur probante, intégration à l’ERP, adoption par les salariés itinérants, coût total sur trois ans, solidité financière du fournisseur.',
        },
      ],
    },
    thomas: {
      name: 'Thomas Nguyen',
      quote: '« Un outil de plus, c’est un risque de plus : montrez-moi votre sécurité avant votre démo. »',
      summary:
        'DSI de la même ETI, à la tête d’une équipe de six personnes. Il n’est pas à l’origine du projet mais peut le bloquer : sécurité, intégration à l’ERP, authentification unique et charge de travail de son équipe.',
      demographics: {
        ageRange: '35–40 ans',
        gender: 'Homme',
        location: 'Lyon',
        occupation: 'Directeur des systèmes d’information',
        income: 'Environ 95 000 € bruts par an',
        education: 'Diplôme d’ingénieur en informatique',
        familyStatus: 'En couple, un enfant',
        company: 'Ateliers Verlaine, fabricant d’équipements de cuisine professionnelle',
        companySize: '450 salariés, 3 sites, 95 M€ de chiffre d’affaires',
        industry: 'Industrie manufacturière',
        decisionRole: 'Évaluateur technique : valide la sécurité et les intégrations, dispose d’un droit de veto',
      },
      psychographics: {
        lifestyle: ['Jongle entre projets et incidents', 'Télétravaille le vendredi'],
        habits: [
          'Lit la documentation technique et celle des API avant les plaquettes commerciales',
          'Échange avec d’autres DSI dans des communautés professionnelles',
          'Exige un accès de test avant de donner un avis',
        ],
        values: ['Sécurité', 'Architecture simple', 'Transparence technique'],
        interests: ['Cybersécurité', 'Automatisation', 'Trail en montagne'],
      },
      goals: [
        'Limiter le nombre d’outils à maintenir',
        'Garantir la sécurité des données et la conformité au RGPD',
        'Intégrer l’outil à l’ERP sans développement spécifique',
      ],
      needs: [
        'Une documentation d’API publique',
        'Des certifications de sécurité reconnues (ISO 27001, SOC 2)',
        'L’authentification unique avec l’annuaire de l’entreprise',
        'Un interlocuteur technique dédié pendant le déploiement',
      ],
      frustrations: [
        'Être consulté trop tard, une fois le choix presque fait',
        'Les questionnaires de sécurité remplis à moitié',
        'Les intégrations dites « natives » qui demandent des semaines de travail',
      ],
      motivations: [
        'Éviter l’incident de sécurité',
        'Moderniser le système d’information sans l’alourdir',
        'Être vu comme un partenaire des métiers, pas comme un frein',
      ],
      sections: [
        {
          title: 'Son rôle dans la décision',
          body: 'Thomas ne choisit pas la solution, mais il peut l’écarter. Il veut être associé dès la présélection et disposer d’un accès technique pendant le pilote.',
        },
      ],
    },
  },
  phases: {
    'phase-purchase': { name: 'Achat', description: 'Du besoin à la signature du contrat.' },
    'phase-relationship': { name: 'Relation client', description: 'Du déploiement au renouvellement.' },
  },
  lanes: {
    actions: 'Actions du comité d’achat',
    committee: 'Membres du comité impliqués',
    thoughts: 'Pensées et ressentis',
    emotion: 'Courbes émotionnelles de Claire et Thomas',
    touchpoints: 'Points de contact',
    channels: 'Canaux',
    vendor: 'Notre équipe à cette étape',
    painPoints: 'Points de friction',
    opportunities: 'Opportunités',
    kpis: 'Indicateurs',
  },
  emotion: {
    min: 'Très insatisfait',
    max: 'Très satisfait',
    claire: 'Claire (DAF) – expérience actuelle',
    thomas: 'Thomas (DSI) – expérience actuelle',
  },
  stages: {
    'need-identification': {
      name: 'Identification du besoin',
      description: 'Un événement déclencheur fait émerger le besoin ; le projet prend forme et un budget est envisagé.',
      actions: [
        'Relève, après l’audit annuel, des remarques sur les justificatifs de notes de frais',
        'Mesure le temps passé par l’équipe comptable à ressaisir les frais',
        'Présente le sujet en comité de direction et obtient un budget exploratoire',
      ],
      committee: 'Claire et Julien, le contrôleur de gestion ; le DRH est informé.',
      thoughts:
        '« On perd trois jours par mois à courir après des tickets de caisse. Combien cela nous coûte-t-il vraiment ? »',
      emotion: { claire: 'Sous pression après l’audit.', thomas: 'Pas encore informé du projet.' },
      vendor: 'Marketing : contenus sur la clôture rapide et la conformité, campagnes ciblées vers les DAF d’ETI.',
      kpis: ['Téléchargements de contenus par des DAF de comptes cibles', 'Leads qualifiés par le marketing (MQL)'],
    },
    'supplier-search': {
      name: 'Recherche de fournisseurs',
      description: 'Le comité explore le marché, recueille l’avis de pairs et établit une liste restreinte.',
      actions: [
        'Julien compare les solutions sur les sites d’avis logiciels',
        'Claire interroge deux DAF de son réseau',
        'Le comité assiste à un webinaire et demande trois démonstrations',
      ],
      committee: 'Julien mène la recherche ; Claire valide la liste restreinte ; Thomas n’est sollicité qu’à la fin.',
      thoughts: '« Ils promettent tous la même chose. Qui l’a vraiment déployé dans une entreprise comme la nôtre ? »',
      emotion: { claire: 'Curieuse mais méfiante face aux promesses.', thomas: 'Agacé d’apprendre le projet si tard.' },
      vendor: 'Chargé de développement commercial : qualification ; ingénieur commercial : appel de découverte.',
      kpis: ['Conversion MQL → SQL (objectif : 30 %)', 'Délai de rappel après une demande de démonstration'],
    },
    evaluation: {
      name: 'Évaluation et appel d’offres',
      description: 'Cahier des charges, réponses des fournisseurs, démonstrations personnalisées et pilote.',
      actions: [
        'Envoie un cahier des charges à trois fournisseurs',
        'Assiste aux démonstrations bâties sur ses propres cas d’usage',
        'Lance un pilote d’un mois avec vingt commerciaux itinérants',
      ],
      committee: 'Tout le comité : Claire, Thomas, Julien, Sandrine (achats) et le DRH ; vingt salariés pilotes.',
      thoughts:
        '« Cette démonstration, c’est enfin notre cas. Mais nos commerciaux terrain vont-ils vraiment l’utiliser ? »',
      emotion: {
        claire: 'Convaincue par la démonstration et les premiers retours du pilote.',
        thomas: 'Inquiet : le dossier sécurité reste incomplet.',
      },
      vendor:
        'Ingénieur commercial et avant-vente : réponse à l’appel d’offres, démonstration, pilote ; équipe sécurité en appui.',
      kpis: ['Taux de victoire (objectif : 30 %)', 'Utilisateurs pilotes actifs chaque semaine'],
    },
    negotiation: {
      name: 'Négociation et contrat',
      description: 'Revue de sécurité, conditions commerciales, revue juridique, puis signature.',
      actions: [
        'Thomas termine la revue de sécurité',
        'Sandrine négocie le prix sur trois ans et les niveaux de service',
        'Le service juridique revoit le contrat et l’accord de traitement des données',
        'Claire signe électroniquement',
      ],
      committee: 'Sandrine et le juridique en première ligne ; Thomas pour la sécurité ; Claire arbitre et signe.',
      thoughts: '« On y est presque, mais chaque aller-retour juridique nous fait perdre deux semaines. »',
      emotion: {
        claire: 'Impatiente : la signature glisse au trimestre suivant.',
        thomas: 'Rassuré une fois les certifications reçues.',
      },
      vendor: 'Ingénieur commercial, direction commerciale pour les remises, juriste et responsable de la sécurité.',
      kpis: ['Durée du cycle de vente (objectif : 90 jours)', 'Remise moyenne accordée'],
    },
    onboarding: {
      name: 'Déploiement',
      description: 'Lancement, paramétrage, intégrations, formation et mise en production.',
      actions: [
        'Participe à la réunion de lancement',
        'Paramètre la politique de frais et les circuits de validation',
        'Connecte l’authentification unique et l’ERP',
        'Déploie la solution auprès des 450 salariés',
      ],
      committee:
        'Julien (chef de projet), Thomas (intégrations), le DRH (communication interne) ; Claire suit le planning.',
      thoughts: '« Il faut que les salariés l’adoptent dès le premier mois, sinon le projet sera jugé raté. »',
      emotion: {
        claire: 'Vigilante : les premiers retours des salariés sont mitigés.',
        thomas: 'Satisfait : l’authentification unique fonctionne du premier coup.',
      },
      vendor: 'Responsable du déploiement et consultant technique, puis responsable du succès client.',
      kpis: [
        'Délai de mise en production (objectif : 45 jours)',
        'CSAT du déploiement (objectif : 85 %)',
        'Salariés actifs à 30 jours',
      ],
    },
    'account-growth': {
      name: 'Développement du compte',
      description: 'Revues d’affaires, extension à de nouveaux usages ou filiales, renouvellement.',
      actions: [
        'Fait le point chaque trimestre sur les gains obtenus',
        'Étend la solution aux cartes de paiement des acheteurs',
        'Renouvelle le contrat pour trois ans',
      ],
      committee: 'Claire et Julien ; Sandrine au renouvellement ; la filiale espagnole pour l’extension.',
      thoughts: '« Clôture en cinq jours, audit sans remarque : je peux défendre ce choix en comité. »',
      emotion: { claire: 'Fière des résultats obtenus.', thomas: 'Serein : l’outil demande peu de maintenance.' },
      vendor: 'Responsable du succès client : revues trimestrielles ; ingénieur commercial pour les extensions.',
      kpis: [
        'NPS relationnel (objectif : 35)',
        'Rétention nette du revenu (objectif : 110 %)',
        'Attrition des comptes (objectif : moins de 7 %)',
      ],
    },
  },
  steps: {
    trigger: {
      name: 'Événement déclencheur',
      description: 'Remarques d’audit, croissance des effectifs ou arrivée d’une nouvelle direction financière.',
    },
    'business-case': {
      name: 'Chiffrer le besoin',
      description: 'Estimation du temps perdu et du coût des erreurs, présentée en comité de direction.',
    },
    'desk-research': { name: 'Recherche en ligne', description: 'Sites d’avis logiciels, comparatifs, livres blancs.' },
    'peer-advice': {
      name: 'Avis des pairs',
      description: 'Échanges avec d’autres DAF, webinaires et témoignages de clients existants.',
    },
    shortlist: { name: 'Liste restreinte', description: 'Trois fournisseurs retenus après un appel de découverte.' },
    rfp: { name: 'Appel d’offres', description: 'Cahier des charges envoyé aux fournisseurs présélectionnés.' },
    demo: {
      name: 'Démonstration personnalisée',
      description: 'Moment de vérité : la démonstration reprend-elle les vrais cas de l’entreprise ?',
    },
    pilot: { name: 'Pilote', description: 'Un mois d’essai avec un groupe de salariés.' },
    'security-review': {
      name: 'Revue de sécurité',
      description: 'Questionnaire, certifications, accord de traitement des données.',
    },
    'commercial-terms': {
      name: 'Conditions commerciales',
      description: 'Prix sur trois ans, niveaux de service, pénalités.',
    },
    signature: { name: 'Signature', description: 'Signature électronique du contrat.' },
    kickoff: { name: 'Réunion de lancement', description: 'Objectifs, planning et rôles de chacun.' },
    integration: {
      name: 'Intégrations',
      description: 'Authentification unique, annuaire, ERP et export comptable.',
    },
    'go-live': {
      name: 'Mise en production',
      description: 'Moment de vérité : les salariés soumettent leurs premières notes de frais.',
    },
    'business-review': {
      name: 'Revue d’affaires trimestrielle',
      description: 'Bilan des gains, de l’usage et des prochaines étapes.',
    },
    expansion: { name: 'Extension', description: 'Nouveaux usages ou nouvelles filiales.' },
    renewal: { name: 'Renouvellement', description: 'Décision de poursuivre le contrat.' },
  },
  pains: {
    costHardToProve: {
      title: 'Coût du problème difficile à prouver',
      detail: 'Claire manque de chiffres pour convaincre le comité de direction de lancer le projet.',
    },
    lookAlikeOffers: {
      title: 'Offres qui se ressemblent toutes',
      detail: 'Les sites des fournisseurs affichent les mêmes promesses ; rien ne parle de l’industrie.',
    },
    itInvolvedLate: {
      title: 'DSI associé trop tard',
      detail: 'Thomas découvre le projet au moment de la liste restreinte et remet tout en question.',
    },
    genericRfpAnswer: {
      title: 'Réponse générique à l’appel d’offres',
      detail: 'Des réponses copiées d’un modèle, qui ne reprennent pas les exigences du cahier des charges.',
    },
    pilotWithoutCriteria: {
      title: 'Pilote sans critères de réussite',
      detail: 'Personne ne sait à la fin du pilote s’il est réussi : la décision s’enlise.',
    },
    incompleteSecurityFile: {
      title: 'Dossier sécurité incomplet',
      detail: 'Le questionnaire de 200 questions revient à moitié rempli ; la revue prend un mois.',
    },
    legalBackAndForth: {
      title: 'Allers-retours juridiques',
      detail: 'Chaque version du contrat ajoute deux semaines ; la signature glisse au trimestre suivant.',
    },
    salesToDeliveryGap: {
      title: 'Rupture entre la vente et le déploiement',
      detail: 'L’équipe de déploiement redemande ce qui a déjà été dit et promis en avant-vente.',
    },
    lowFieldAdoption: {
      title: 'Adoption faible sur le terrain',
      detail: 'Les commerciaux itinérants continuent d’envoyer leurs tickets par e-mail.',
    },
    valueNotShown: {
      title: 'Valeur non démontrée',
      detail: 'Les revues trimestrielles parlent de fonctionnalités, pas des jours de clôture gagnés.',
    },
  },
  opportunities: {
    costCalculator: {
      title: 'Calculateur du coût des notes de frais',
      detail: 'Un outil en ligne qui chiffre le temps perdu et produit une synthèse prête pour le comité de direction.',
    },
    peerReferences: {
      title: 'Références par secteur et par taille',
      detail: 'Des témoignages et des mises en relation avec des DAF d’ETI industrielles déjà clientes.',
    },
    itStarterPack: {
      title: 'Dossier technique dès le premier contact',
      detail: 'Architecture, sécurité et intégrations envoyées au DSI dès la qualification.',
    },
    useCaseDemo: {
      title: 'Démonstration sur les cas du client',
      detail: 'Préparer la démonstration avec de vraies notes de frais et la politique de l’entreprise.',
    },
    pilotScorecard: {
      title: 'Grille de réussite du pilote',
      detail: 'Des critères chiffrés définis avec le comité avant le pilote : adoption, délai de validation, erreurs.',
    },
    trustCenter: {
      title: 'Centre de confiance en libre accès',
      detail: 'Certifications, questionnaires types et politique de sécurité disponibles en ligne, sans attendre.',
    },
    standardContract: {
      title: 'Contrat type pré-négocié',
      detail:
        'Un contrat et un accord de traitement des données déjà alignés sur les exigences courantes des directions juridiques.',
    },
    warmHandover: {
      title: 'Passation formalisée de la vente au déploiement',
      detail: 'Une fiche de compte partagée et une réunion commune avant le lancement.',
    },
    fieldChampions: {
      title: 'Ambassadeurs terrain',
      detail: 'Former d’abord les salariés pilotes pour qu’ils entraînent leurs collègues.',
    },
    valueReport: {
      title: 'Rapport de valeur trimestriel',
      detail: 'Jours de clôture gagnés, taux de conformité, temps de validation : les gains chiffrés du client.',
    },
  },
  touchpoints: {
    'tp-whitepaper': {
      name: 'Livre blanc « Clôturer plus vite »',
      description: 'Contenu téléchargeable destiné aux directions financières.',
      ownerTeam: 'Marketing',
    },
    'tp-review-sites': {
      name: 'Sites d’avis logiciels',
      description: 'Visites arrivant depuis les sites d’avis et de comparaison de logiciels.',
      ownerTeam: 'Marketing',
    },
    'tp-webinar': {
      name: 'Webinaire avec un client témoin',
      description: 'Une DAF cliente présente ses résultats en direct.',
      ownerTeam: 'Marketing',
    },
    'tp-demo-request': {
      name: 'Demande de démonstration',
      description: 'Formulaire de demande de démonstration sur le site.',
      ownerTeam: 'Développement commercial',
    },
    'tp-discovery-call': {
      name: 'Appel de découverte',
      description: 'Premier échange pour comprendre le contexte, le comité et les critères.',
      ownerTeam: 'Ventes',
    },
    'tp-rfp-response': {
      name: 'Réponse à l’appel d’offres',
      description: 'Réponse écrite au cahier des charges, avec annexes techniques et tarifaires.',
      ownerTeam: 'Avant-vente',
    },
    'tp-onsite-demo': {
      name: 'Démonstration sur site',
      description: 'Démonstration devant le comité d’achat, dans les locaux du client.',
      ownerTeam: 'Avant-vente',
    },
    'tp-pilot': {
      name: 'Pilote',
      description: 'Environnement d’essai ouvert à un groupe de salariés pendant un mois.',
      ownerTeam: 'Avant-vente',
    },
    'tp-security-questionnaire': {
      name: 'Questionnaire de sécurité',
      description: 'Réponses au questionnaire de sécurité et envoi des certifications.',
      ownerTeam: 'Sécurité',
    },
    'tp-contract-signature': {
      name: 'Signature du contrat',
      description: 'Signature électronique du contrat et de l’accord de traitement des données.',
      ownerTeam: 'Ventes',
    },
    'tp-kickoff': {
      name: 'Réunion de lancement',
      description: 'Réunion sur site avec l’équipe projet du client.',
      ownerTeam: 'Déploiement',
    },
    'tp-sso-integration': {
      name: 'Connexion de l’authentification unique et de l’ERP',
      description: 'Activation des intégrations par l’équipe informatique du client.',
      ownerTeam: 'Déploiement',
    },
    'tp-go-live': {
      name: 'Mise en production',
      description: 'Ouverture de la solution à tous les salariés.',
      ownerTeam: 'Déploiement',
    },
    'tp-onboarding-survey': {
      name: 'Enquête de fin de déploiement',
      description: 'Question « Êtes-vous satisfait du déploiement ? » notée de 1 à 5, envoyée au comité de projet.',
      ownerTeam: 'Succès client',
    },
    'tp-business-review': {
      name: 'Revue d’affaires trimestrielle',
      description: 'Réunion de bilan avec la DAF et le contrôleur de gestion.',
      ownerTeam: 'Succès client',
    },
    'tp-nps-survey': {
      name: 'Enquête NPS relationnelle',
      description: 'Enquête semestrielle envoyée aux contacts clés du compte.',
      ownerTeam: 'Succès client',
    },
    'tp-renewal': {
      name: 'Renouvellement du contrat',
      description: 'Proposition et signature du renouvellement.',
      ownerTeam: 'Succès client',
    },
  },
  kpis: {
    'mql-to-sql': {
      name: 'Conversion MQL → SQL',
      formula: 'Leads acceptés par les ventes (SQL) ÷ leads qualifiés par le marketing (MQL) sur la même période × 100',
      description: 'Mesure la pertinence des leads transmis aux ventes.',
    },
    'win-rate': {
      name: 'Taux de victoire',
      formula:
        'Opportunités gagnées ÷ opportunités ayant reçu une proposition ou une réponse à appel d’offres, sur la période × 100',
      description: 'Mesure la capacité à convaincre le comité une fois en compétition.',
    },
    'sales-cycle': {
      name: 'Durée du cycle de vente',
      formula:
        'Médiane du délai entre la demande de démonstration (Demo Requested) et la signature (Contract Signed), en heures (90 jours = 2 160 h)',
      description: 'Un cycle long coûte cher et augmente le risque de perdre l’affaire.',
    },
    'time-to-value': {
      name: 'Délai de mise en production',
      formula:
        'Médiane du délai entre la signature (Contract Signed) et la mise en production (Go Live Completed), en heures (45 jours = 1 080 h)',
      description: 'Plus la valeur arrive tôt, plus le renouvellement est probable.',
    },
    'onboarding-csat': {
      name: 'Satisfaction du déploiement (CSAT)',
      formula:
        'CSAT = nombre de réponses 4 ou 5 ÷ nombre total de réponses à « Êtes-vous satisfait du déploiement ? » (échelle de 1 à 5) × 100',
      description: 'Mesurée auprès du comité de projet à la mise en production.',
    },
    nps: {
      name: 'NPS relationnel',
      formula:
        'NPS = % de notes 9 ou 10 − % de notes 0 à 6 à « Recommanderiez-vous notre solution à un pair ? » (échelle de 0 à 10)',
      description: 'Interroger plusieurs contacts par compte : le DAF, le DSI et les administrateurs.',
    },
    'net-revenue-retention': {
      name: 'Rétention nette du revenu',
      formula:
        'Revenu récurrent annuel actuel des clients présents il y a 12 mois (extensions comprises, réductions et résiliations déduites) ÷ leur revenu récurrent annuel d’il y a 12 mois × 100',
      description: 'Au-dessus de 100 %, les extensions compensent plus que les pertes.',
    },
    'logo-churn': {
      name: 'Attrition des comptes',
      formula: 'Comptes ayant résilié au cours des 12 derniers mois ÷ comptes actifs au début de la période × 100',
      description: 'Se joue dès le déploiement et à chaque revue d’affaires.',
    },
  },
}

const en: Text = {
  template: {
    title: 'B2B buying journey',
    description:
      'The journey of a buying committee, from identifying the need to growing the account: supplier search, RFP, negotiation, onboarding. Longer and more complex than a B2C purchase, with several decision-makers who expect different things.',
  },
  map: {
    title: 'B2B buying journey: expense management software',
    objective:
      'Understand how a mid-sized company’s buying committee chooses, buys and rolls out an expense management solution, find the stages that lengthen the sales cycle or put renewal at risk, and align marketing, sales, presales and customer success with what each committee member expects.',
  },
  personas: {
    claire: {
      name: 'Claire Dubois',
      quote: '“I’m not buying software: I’m buying a close that’s three days shorter and an audit with no findings.”',
      summary:
        'CFO of a mid-sized manufacturer. She sponsors the project to digitise expense reports and signs the contract, but has to convince a five-person buying committee.',
      demographics: {
        ageRange: '45–50',
        gender: 'Female',
        location: 'Lyon (head office), plants in Roanne and Valence, France',
        occupation: 'Chief financial officer',
        income: 'About €130,000 gross per year',
        education: 'Business school, chartered accountant',
        familyStatus: 'Married, three children',
        company: 'Ateliers Verlaine, maker of professional kitchen equipment',
        companySize: '450 employees, 3 sites, €95M revenue',
        industry: 'Manufacturing',
        decisionRole: 'Economic buyer: owns the budget and signs the contract',
      },
      psychographics: {
        lifestyle: ['Schedule driven by month-end closes and committees', 'Travels regularly between sites'],
        habits: [
          'Reads the financial press and CFO association newsletters',
          'Asks her peers before any significant purchase',
          'Delegates the detailed evaluation to her financial controller',
        ],
        values: ['Rigour', 'Compliance', 'Proven return on investment'],
        interests: ['Finance transformation', 'Sailing', 'Corporate governance'],
      },
      goals: [
        'Cut the monthly close from 8 to 5 working days',
        'Pass the audit with no findings on expense reports',
        'Free her accounting team from data entry',
      ],
      needs: [
        'A costed business case to present to the executive committee',
        'Customer references in manufacturing, of a similar size',
        'A realistic rollout schedule',
        'Clear three-year pricing',
      ],
      frustrations: [
        'Salespeople who follow up without bringing anything new',
        'Generic answers to her requirements document',
        'IT projects that overrun',
        'Hidden costs discovered after signing',
      ],
      motivations: [
        'Being known as the CFO who modernised the finance function',
        'Securing tax compliance',
        'Saving her teams’ time',
      ],
      sections: [
        {
          title: 'The buying committee',
          body: 'Claire (decision-maker), Thomas the CIO (technical evaluator, veto on security), Julien the financial controller (project champion and future administrator), Sandrine in procurement (negotiation and contract terms) and the HR director (expense policy, employee buy-in).',
        },
        {
          title: 'Her selection criteria',
          body: 'Tax compliance and legally valid archiving, ERP integration, adoption by travelling employees, three-year total cost, supplier’s financial strength.',
        },
      ],
    },
    thomas: {
      name: 'Thomas Nguyen',
      quote: '“One more tool is one more risk: show me your security before your demo.”',
      summary:
        'CIO of the same company, leading a team of six. He did not start the project but can block it: security, ERP integration, single sign-on and his team’s workload.',
      demographics: {
        ageRange: '35–40',
        gender: 'Male',
        location: 'Lyon, France',
        occupation: 'Chief information officer',
        income: 'About €95,000 gross per year',
        education: 'Engineering degree in computer science',
        familyStatus: 'Living with his partner, one child',
        company: 'Ateliers Verlaine, maker of professional kitchen equipment',
        companySize: '450 employees, 3 sites, €95M revenue',
        industry: 'Manufacturing',
        decisionRole: 'Technical evaluator: approves security and integrations, has a veto',
      },
      psychographics: {
        lifestyle: ['Juggles projects and incidents', 'Works from home on Fridays'],
        habits: [
          'Reads technical and API documentation before sales brochures',
          'Talks with other CIOs in professional communities',
          'Insists on test access before giving an opinion',
        ],
        values: ['Security', 'Simple architecture', 'Technical transparency'],
        interests: ['Cybersecurity', 'Automation', 'Mountain trail running'],
      },
      goals: [
        'Limit the number of tools to maintain',
        'Guarantee data security and GDPR compliance',
        'Integrate the tool with the ERP without custom development',
      ],
      needs: [
        'Public API documentation',
        'Recognised security certifications (ISO 27001, SOC 2)',
        'Single sign-on with the company directory',
        'A dedicated technical contact during rollout',
      ],
      frustrations: [
        'Being consulted too late, once the choice is almost made',
        'Half-completed security questionnaires',
        '“Native” integrations that take weeks of work',
      ],
      motivations: [
        'Avoiding a security incident',
        'Modernising the information system without making it heavier',
        'Being seen as a partner to the business, not a blocker',
      ],
      sections: [
        {
          title: 'His role in the decision',
          body: 'Thomas does not choose the solution, but he can rule it out. He wants to be involved from the shortlist and to have technical access during the pilot.',
        },
      ],
    },
  },
  phases: {
    'phase-purchase': { name: 'Purchase', description: 'From the need to signing the contract.' },
    'phase-relationship': { name: 'Customer relationship', description: 'From rollout to renewal.' },
  },
  lanes: {
    actions: 'Buying committee actions',
    committee: 'Committee members involved',
    thoughts: 'Thoughts and feelings',
    emotion: 'Emotion curves of Claire and Thomas',
    touchpoints: 'Touchpoints',
    channels: 'Channels',
    vendor: 'Our team at this stage',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    kpis: 'KPIs',
  },
  emotion: {
    min: 'Very dissatisfied',
    max: 'Very satisfied',
    claire: 'Claire (CFO) – current experience',
    thomas: 'Thomas (CIO) – current experience',
  },
  stages: {
    'need-identification': {
      name: 'Need identification',
      description: 'A trigger event brings the need to light; the project takes shape and a budget is considered.',
      actions: [
        'Gets audit findings on expense report receipts',
        'Measures the time the accounting team spends re-keying expenses',
        'Raises the topic at the executive committee and gets an exploratory budget',
      ],
      committee: 'Claire and Julien, the financial controller; the HR director is kept informed.',
      thoughts: '“We lose three days a month chasing receipts. What does it really cost us?”',
      emotion: { claire: 'Under pressure after the audit.', thomas: 'Not yet aware of the project.' },
      vendor: 'Marketing: content on faster closes and compliance, campaigns aimed at mid-market CFOs.',
      kpis: ['Content downloads by CFOs at target accounts', 'Marketing-qualified leads (MQL)'],
    },
    'supplier-search': {
      name: 'Supplier search',
      description: 'The committee explores the market, gathers peer opinions and draws up a shortlist.',
      actions: [
        'Julien compares solutions on software review sites',
        'Claire asks two CFOs in her network',
        'The committee attends a webinar and requests three demos',
      ],
      committee: 'Julien leads the search; Claire approves the shortlist; Thomas is only brought in at the end.',
      thoughts: '“They all promise the same thing. Who has actually rolled it out in a company like ours?”',
      emotion: { claire: 'Curious but wary of promises.', thomas: 'Annoyed to hear about the project so late.' },
      vendor: 'Sales development rep: qualification; account executive: discovery call.',
      kpis: ['MQL → SQL conversion (target: 30%)', 'Time to call back after a demo request'],
    },
    evaluation: {
      name: 'Evaluation and RFP',
      description: 'Requirements document, supplier responses, tailored demos and a pilot.',
      actions: [
        'Sends a requirements document to three suppliers',
        'Attends demos built on its own use cases',
        'Runs a one-month pilot with twenty field sales reps',
      ],
      committee:
        'The whole committee: Claire, Thomas, Julien, Sandrine (procurement) and the HR director; twenty pilot users.',
      thoughts: '“Finally a demo that shows our case. But will our field reps actually use it?”',
      emotion: {
        claire: 'Convinced by the demo and the first pilot feedback.',
        thomas: 'Worried: the security file is still incomplete.',
      },
      vendor: 'Account executive and presales: RFP response, demo, pilot; security team in support.',
      kpis: ['Win rate (target: 30%)', 'Weekly active pilot users'],
    },
    negotiation: {
      name: 'Negotiation and contract',
      description: 'Security review, commercial terms, legal review, then signature.',
      actions: [
        'Thomas completes the security review',
        'Sandrine negotiates three-year pricing and service levels',
        'Legal reviews the contract and the data processing agreement',
        'Claire signs electronically',
      ],
      committee: 'Sandrine and legal in the front line; Thomas for security; Claire arbitrates and signs.',
      thoughts: '“We’re nearly there, but every legal round trip costs us two weeks.”',
      emotion: {
        claire: 'Impatient: signature slips to the next quarter.',
        thomas: 'Reassured once the certifications arrive.',
      },
      vendor: 'Account executive, sales leadership for discounts, legal counsel and security officer.',
      kpis: ['Sales cycle length (target: 90 days)', 'Average discount granted'],
    },
    onboarding: {
      name: 'Onboarding',
      description: 'Kick-off, configuration, integrations, training and go-live.',
      actions: [
        'Takes part in the kick-off meeting',
        'Sets up the expense policy and approval workflows',
        'Connects single sign-on and the ERP',
        'Rolls the solution out to all 450 employees',
      ],
      committee:
        'Julien (project lead), Thomas (integrations), the HR director (internal communication); Claire follows the schedule.',
      thoughts: '“Employees must adopt it in the first month, or the project will be seen as a failure.”',
      emotion: {
        claire: 'Watchful: early employee feedback is mixed.',
        thomas: 'Satisfied: single sign-on works first time.',
      },
      vendor: 'Implementation manager and technical consultant, then customer success manager.',
      kpis: ['Time to go-live (target: 45 days)', 'Onboarding CSAT (target: 85%)', 'Active employees at 30 days'],
    },
    'account-growth': {
      name: 'Account growth',
      description: 'Business reviews, expansion to new uses or subsidiaries, renewal.',
      actions: [
        'Reviews the gains every quarter',
        'Extends the solution to buyers’ payment cards',
        'Renews the contract for three years',
      ],
      committee: 'Claire and Julien; Sandrine at renewal; the Spanish subsidiary for the expansion.',
      thoughts: '“Five-day close, audit with no findings: I can defend this choice at the committee.”',
      emotion: { claire: 'Proud of the results.', thomas: 'At ease: the tool needs little maintenance.' },
      vendor: 'Customer success manager: quarterly reviews; account executive for expansions.',
      kpis: ['Relationship NPS (target: 35)', 'Net revenue retention (target: 110%)', 'Logo churn (target: under 7%)'],
    },
  },
  steps: {
    trigger: {
      name: 'Trigger event',
      description: 'Audit findings, headcount growth or a new finance leadership.',
    },
    'business-case': {
      name: 'Cost the need',
      description: 'Estimate of time lost and cost of errors, presented to the executive committee.',
    },
    'desk-research': { name: 'Online research', description: 'Software review sites, comparisons, white papers.' },
    'peer-advice': {
      name: 'Peer advice',
      description: 'Conversations with other CFOs, webinars and existing customers’ stories.',
    },
    shortlist: { name: 'Shortlist', description: 'Three suppliers kept after a discovery call.' },
    rfp: { name: 'Request for proposal', description: 'Requirements document sent to the shortlisted suppliers.' },
    demo: {
      name: 'Tailored demo',
      description: 'Moment of truth: does the demo use the company’s real cases?',
    },
    pilot: { name: 'Pilot', description: 'A one-month trial with a group of employees.' },
    'security-review': {
      name: 'Security review',
      description: 'Questionnaire, certifications, data processing agreement.',
    },
    'commercial-terms': {
      name: 'Commercial terms',
      description: 'Three-year pricing, service levels, penalties.',
    },
    signature: { name: 'Signature', description: 'Electronic signature of the contract.' },
    kickoff: { name: 'Kick-off meeting', description: 'Objectives, schedule and everyone’s role.' },
    integration: {
      name: 'Integrations',
      description: 'Single sign-on, directory, ERP and accounting export.',
    },
    'go-live': {
      name: 'Go-live',
      description: 'Moment of truth: employees submit their first expense reports.',
    },
    'business-review': {
      name: 'Quarterly business review',
      description: 'Review of gains, usage and next steps.',
    },
    expansion: { name: 'Expansion', description: 'New uses or new subsidiaries.' },
    renewal: { name: 'Renewal', description: 'Decision to continue the contract.' },
  },
  pains: {
    costHardToProve: {
      title: 'Cost of the problem hard to prove',
      detail: 'Claire lacks figures to convince the executive committee to launch the project.',
    },
    lookAlikeOffers: {
      title: 'Offers that all look alike',
      detail: 'Supplier websites make the same promises; nothing speaks to manufacturing.',
    },
    itInvolvedLate: {
      title: 'CIO involved too late',
      detail: 'Thomas discovers the project at the shortlist stage and questions everything.',
    },
    genericRfpAnswer: {
      title: 'Generic RFP response',
      detail: 'Answers copied from a template that ignore the requirements document.',
    },
    pilotWithoutCriteria: {
      title: 'Pilot without success criteria',
      detail: 'At the end of the pilot nobody knows whether it succeeded: the decision stalls.',
    },
    incompleteSecurityFile: {
      title: 'Incomplete security file',
      detail: 'The 200-question questionnaire comes back half-completed; the review takes a month.',
    },
    legalBackAndForth: {
      title: 'Legal back-and-forth',
      detail: 'Each contract version adds two weeks; signature slips to the next quarter.',
    },
    salesToDeliveryGap: {
      title: 'Gap between sales and rollout',
      detail: 'The implementation team asks again for what was already said and promised in presales.',
    },
    lowFieldAdoption: {
      title: 'Low adoption in the field',
      detail: 'Field sales reps keep emailing their receipts.',
    },
    valueNotShown: {
      title: 'Value not demonstrated',
      detail: 'Quarterly reviews talk about features, not about close days saved.',
    },
  },
  opportunities: {
    costCalculator: {
      title: 'Expense cost calculator',
      detail: 'An online tool that costs the time lost and produces a summary ready for the executive committee.',
    },
    peerReferences: {
      title: 'References by industry and size',
      detail: 'Case studies and introductions to CFOs of mid-sized manufacturers who are already customers.',
    },
    itStarterPack: {
      title: 'Technical pack from the first contact',
      detail: 'Architecture, security and integrations sent to the CIO at qualification.',
    },
    useCaseDemo: {
      title: 'Demo on the customer’s cases',
      detail: 'Prepare the demo with real expense reports and the company’s policy.',
    },
    pilotScorecard: {
      title: 'Pilot scorecard',
      detail: 'Quantified criteria agreed with the committee before the pilot: adoption, approval time, errors.',
    },
    trustCenter: {
      title: 'Open trust centre',
      detail: 'Certifications, standard questionnaires and security policy available online, with no waiting.',
    },
    standardContract: {
      title: 'Pre-negotiated standard contract',
      detail: 'A contract and data processing agreement already aligned with legal departments’ usual requirements.',
    },
    warmHandover: {
      title: 'Formal sales-to-rollout handover',
      detail: 'A shared account sheet and a joint meeting before kick-off.',
    },
    fieldChampions: {
      title: 'Field champions',
      detail: 'Train the pilot users first so they bring their colleagues along.',
    },
    valueReport: {
      title: 'Quarterly value report',
      detail: 'Close days saved, compliance rate, approval time: the customer’s quantified gains.',
    },
  },
  touchpoints: {
    'tp-whitepaper': {
      name: '“Close faster” white paper',
      description: 'Downloadable content for finance leaders.',
      ownerTeam: 'Marketing',
    },
    'tp-review-sites': {
      name: 'Software review sites',
      description: 'Visits coming from software review and comparison sites.',
      ownerTeam: 'Marketing',
    },
    'tp-webinar': {
      name: 'Webinar with a customer speaker',
      description: 'A customer CFO presents her results live.',
      ownerTeam: 'Marketing',
    },
    'tp-demo-request': {
      name: 'Demo request',
      description: 'Demo request form on the website.',
      ownerTeam: 'Sales development',
    },
    'tp-discovery-call': {
      name: 'Discovery call',
      description: 'First conversation to understand the context, the committee and the criteria.',
      ownerTeam: 'Sales',
    },
    'tp-rfp-response': {
      name: 'RFP response',
      description: 'Written response to the requirements document, with technical and pricing appendices.',
      ownerTeam: 'Presales',
    },
    'tp-onsite-demo': {
      name: 'On-site demo',
      description: 'Demo in front of the buying committee, at the customer’s premises.',
      ownerTeam: 'Presales',
    },
    'tp-pilot': {
      name: 'Pilot',
      description: 'Trial environment open to a group of employees for a month.',
      ownerTeam: 'Presales',
    },
    'tp-security-questionnaire': {
      name: 'Security questionnaire',
      description: 'Answers to the security questionnaire and certifications sent.',
      ownerTeam: 'Security',
    },
    'tp-contract-signature': {
      name: 'Contract signature',
      description: 'Electronic signature of the contract and the data processing agreement.',
      ownerTeam: 'Sales',
    },
    'tp-kickoff': {
      name: 'Kick-off meeting',
      description: 'On-site meeting with the customer’s project team.',
      ownerTeam: 'Implementation',
    },
    'tp-sso-integration': {
      name: 'Single sign-on and ERP connection',
      description: 'Integrations switched on by the customer’s IT team.',
      ownerTeam: 'Implementation',
    },
    'tp-go-live': {
      name: 'Go-live',
      description: 'The solution opened to all employees.',
      ownerTeam: 'Implementation',
    },
    'tp-onboarding-survey': {
      name: 'End-of-onboarding survey',
      description:
        'Question “How satisfied are you with the rollout?” rated from 1 to 5, sent to the project committee.',
      ownerTeam: 'Customer success',
    },
    'tp-business-review': {
      name: 'Quarterly business review',
      description: 'Review meeting with the CFO and the financial controller.',
      ownerTeam: 'Customer success',
    },
    'tp-nps-survey': {
      name: 'Relationship NPS survey',
      description: 'Twice-yearly survey sent to the account’s key contacts.',
      ownerTeam: 'Customer success',
    },
    'tp-renewal': {
      name: 'Contract renewal',
      description: 'Renewal proposal and signature.',
      ownerTeam: 'Customer success',
    },
  },
  kpis: {
    'mql-to-sql': {
      name: 'MQL → SQL conversion',
      formula: 'Sales-accepted leads (SQL) ÷ marketing-qualified leads (MQL) over the same period × 100',
      description: 'Measures how relevant the leads passed to sales are.',
    },
    'win-rate': {
      name: 'Win rate',
      formula: 'Opportunities won ÷ opportunities that received a proposal or an RFP response, over the period × 100',
      description: 'Measures the ability to convince the committee once in competition.',
    },
    'sales-cycle': {
      name: 'Sales cycle length',
      formula:
        'Median time between the demo request (Demo Requested) and signature (Contract Signed), in hours (90 days = 2,160 h)',
      description: 'A long cycle is expensive and raises the risk of losing the deal.',
    },
    'time-to-value': {
      name: 'Time to go-live',
      formula:
        'Median time between signature (Contract Signed) and go-live (Go Live Completed), in hours (45 days = 1,080 h)',
      description: 'The sooner value arrives, the more likely renewal is.',
    },
    'onboarding-csat': {
      name: 'Onboarding satisfaction (CSAT)',
      formula:
        'CSAT = number of 4 or 5 answers ÷ total number of answers to “How satisfied are you with the rollout?” (scale of 1 to 5) × 100',
      description: 'Measured with the project committee at go-live.',
    },
    nps: {
      name: 'Relationship NPS',
      formula:
        'NPS = % of 9 or 10 scores − % of 0 to 6 scores to “Would you recommend our solution to a peer?” (scale of 0 to 10)',
      description: 'Survey several contacts per account: the CFO, the CIO and the administrators.',
    },
    'net-revenue-retention': {
      name: 'Net revenue retention',
      formula:
        'Current annual recurring revenue of customers present 12 months ago (expansions included, contractions and cancellations deducted) ÷ their annual recurring revenue 12 months ago × 100',
      description: 'Above 100%, expansions more than make up for losses.',
    },
    'logo-churn': {
      name: 'Logo churn',
      formula: 'Accounts that cancelled in the last 12 months ÷ accounts active at the start of the period × 100',
      description: 'Decided from rollout onwards and at every business review.',
    },
  },
}

const text: Record<TemplateLocale, Text> = { fr, en }

export const b2bTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'journey',
  ...dictionaryHeading(text),
  source: 'seed 001 — parcours d’achat B2B vs B2C',
  build,
}
