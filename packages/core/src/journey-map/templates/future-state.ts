import type { Channel } from '../../shared/channel.js'
import type { KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import {
  buildTemplate,
  type CardSpec,
  type TemplateDefinition,
  type TemplateInstance,
  type TemplateLocale,
} from './template.js'
import { dictionaryBuilders, dictionaryHeading, type Level, opportunityCard, touchpointCells } from './template-kit.js'

/**
 * A future-state (target) map: moving home with an energy supplier. Each stage shows the current
 * experience next to the target one, with both emotion curves, the pain points to remove, the
 * opportunities and the ideas to test, and the KPIs that will tell whether the target is reached.
 */

const TEMPLATE_ID = 'future-state'
const PERSONA_ID = 'future-state-lucie'

const STAGE_IDS = ['plan-move', 'transfer-request', 'move-day', 'first-bill', 'settle-in'] as const
type StageId = (typeof STAGE_IDS)[number]
type Text = typeof fr

/** Emotion on a −2…+2 scale, today and in the target experience. */
const EMOTION: Record<'current' | 'future', Record<StageId, number>> = {
  current: { 'plan-move': -1, 'transfer-request': -2, 'move-day': -2, 'first-bill': -1, 'settle-in': 0 },
  future: { 'plan-move': 1, 'transfer-request': 2, 'move-day': 1, 'first-bill': 1, 'settle-in': 2 },
}

/** Channels of the target experience. */
const CHANNELS: Record<StageId, readonly Channel[]> = {
  'plan-move': ['email', 'app', 'partner'],
  'transfer-request': ['app', 'web'],
  'move-day': ['app', 'sms'],
  'first-bill': ['email', 'app'],
  'settle-in': ['app', 'email'],
}

function build(locale: TemplateLocale): TemplateInstance {
  const t = text[locale]
  const { step, stage, column, pain, opportunity, touchpoint, kpi } = dictionaryBuilders(t, STAGE_IDS)
  const idea = (id: keyof Text['ideas'], impact: Level, effort: Level, stepIds?: string[]): CardSpec =>
    opportunityCard(t.ideas[id], impact, effort, stepIds)
  const curve = (state: 'current' | 'future') => ({
    id: `lucie-${state}`,
    label: t.emotion[state],
    personaId: PERSONA_ID,
    state,
    points: STAGE_IDS.map((id) => ({ stageId: id, value: EMOTION[state][id], note: t.stages[id].emotion[state] })),
  })

  const stages: Stage[] = [
    stage('plan-move', []),
    stage('transfer-request', [step('start-request'), step('new-address'), step('choose-dates')]),
    stage('move-day', [step('meter-reading'), step('power-on', true)]),
    stage('first-bill', [step('receive-bill'), step('understand-bill', true)]),
    stage('settle-in', []),
  ]

  const touchpoints: Touchpoint[] = [
    touchpoint('tp-moving-page', {
      channel: 'web',
      mode: 'online',
      stageId: 'plan-move',
      importance: 'medium',
      selector: {
        events: ['Page Viewed'],
        channels: ['web', 'app'],
        where: [{ op: 'eq', property: 'properties.page_type', value: 'moving' }],
      },
    }),
    touchpoint('tp-move-form', {
      channel: 'app',
      mode: 'online',
      stageId: 'transfer-request',
      stepId: 'start-request',
      importance: 'critical',
      isRequired: true,
      selector: { events: ['Move Request Submitted'], channels: ['app', 'web'] },
    }),
    touchpoint('tp-meter-lookup', {
      channel: 'app',
      mode: 'online',
      stageId: 'transfer-request',
      stepId: 'new-address',
      importance: 'high',
      selector: {
        events: ['Meter Lookup Completed'],
        where: [{ op: 'eq', property: 'properties.matched', value: true }],
      },
    }),
    touchpoint('tp-moving-call', {
      channel: 'phone',
      mode: 'offline',
      stageId: 'transfer-request',
      importance: 'medium',
      selector: {
        events: ['Call Completed'],
        channels: ['phone'],
        where: [{ op: 'eq', property: 'properties.reason', value: 'moving' }],
      },
    }),
    touchpoint('tp-dates-confirmation', {
      channel: 'email',
      mode: 'online',
      stageId: 'transfer-request',
      stepId: 'choose-dates',
      importance: 'high',
      selector: {
        events: ['Email Delivered'],
        where: [{ op: 'eq', property: 'properties.email_type', value: 'move-confirmation' }],
      },
    }),
    touchpoint('tp-meter-photo', {
      channel: 'app',
      mode: 'online',
      stageId: 'move-day',
      stepId: 'meter-reading',
      importance: 'high',
      selector: {
        events: ['Meter Reading Submitted'],
        where: [{ op: 'eq', property: 'properties.method', value: 'photo' }],
      },
    }),
    touchpoint('tp-activation-sms', {
      channel: 'sms',
      mode: 'online',
      stageId: 'move-day',
      stepId: 'power-on',
      importance: 'critical',
      isRequired: true,
      selector: { events: ['Service Activated'] },
    }),
    touchpoint('tp-first-bill', {
      channel: 'email',
      mode: 'online',
      stageId: 'first-bill',
      stepId: 'receive-bill',
      importance: 'high',
      selector: {
        events: ['Invoice Issued'],
        where: [{ op: 'eq', property: 'properties.invoice_type', value: 'first-after-move' }],
      },
    }),
    touchpoint('tp-bill-explainer', {
      channel: 'app',
      mode: 'online',
      stageId: 'first-bill',
      stepId: 'understand-bill',
      importance: 'medium',
      selector: { events: ['Invoice Viewed'], channels: ['app', 'web'] },
    }),
    touchpoint('tp-consumption-dashboard', {
      channel: 'app',
      mode: 'online',
      stageId: 'settle-in',
      importance: 'medium',
      selector: { events: ['Consumption Dashboard Viewed'], channels: ['app'] },
    }),
    touchpoint('tp-move-survey', {
      channel: 'email',
      mode: 'online',
      stageId: 'settle-in',
      importance: 'high',
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'in', property: 'properties.survey', values: ['ces', 'nps'] }],
      },
    }),
  ]

  const kpis: KpiDefinition[] = [
    kpi('digital-move-rate', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'transfer-request' },
      target: 80,
      direction: 'higher-is-better',
    }),
    kpi('request-duration', {
      kind: 'time-to-next-step',
      unit: 'duration-hours',
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-move-form' },
      target: 0.08,
      direction: 'lower-is-better',
    }),
    kpi('power-on-arrival', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'move-day' },
      target: 99,
      direction: 'higher-is-better',
    }),
    kpi('first-bill-contact-rate', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'first-bill' },
      target: 5,
      direction: 'lower-is-better',
    }),
    kpi('ces', {
      kind: 'ces',
      unit: 'score',
      scale: { min: 1, max: 7 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-move-survey' },
      target: 6,
      direction: 'higher-is-better',
    }),
    kpi('nps', {
      kind: 'nps',
      unit: 'score',
      scale: { min: -100, max: 100 },
      appliesTo: { level: 'stage', stageId: 'settle-in' },
      target: 40,
      direction: 'higher-is-better',
    }),
    kpi('move-churn', {
      kind: 'churn-rate',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'map' },
      target: 10,
      direction: 'lower-is-better',
    }),
  ]

  return buildTemplate({
    id: `${TEMPLATE_ID}-${locale}`,
    templateId: TEMPLATE_ID,
    locale,
    title: t.map.title,
    objective: t.map.objective,
    type: 'future',
    personas: [
      {
        id: PERSONA_ID,
        avatar: '📦',
        audience: 'b2c',
        ...t.persona,
        preferredChannels: ['app', 'email', 'sms'],
        segment: {
          match: 'all',
          conditions: [{ kind: 'performed', selector: { events: ['Move Request Submitted'] } }],
        },
      },
    ],
    stages,
    rows: [
      {
        lane: { id: 'current-experience', kind: 'text', title: t.lanes.currentExperience },
        cells: column((id) => t.stages[id].current),
      },
      { lane: { id: 'actions', kind: 'actions', title: t.lanes.actions }, cells: column((id) => t.stages[id].actions) },
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
          curves: [curve('current'), curve('future')],
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
        lane: { id: 'pain-points', kind: 'pain-points', title: t.lanes.painPoints },
        cells: {
          'plan-move': { cards: [pain('noGuidance', 2)] },
          'transfer-request': {
            cards: [
              pain('phoneOnly', 3, ['start-request']),
              pain('unknownMeterId', 2, ['new-address']),
              pain('twoProcedures', 2, ['choose-dates']),
            ],
          },
          'move-day': {
            cards: [pain('noPowerOnArrival', 3, ['power-on']), pain('readingRejected', 2, ['meter-reading'])],
          },
          'first-bill': { cards: [pain('estimatedBill', 3, ['understand-bill'])] },
          'settle-in': { cards: [pain('unchangedInstalment', 2)] },
        },
      },
      {
        lane: { id: 'opportunities', kind: 'opportunities', title: t.lanes.opportunities },
        cells: {
          'plan-move': { cards: [opportunity('anticipate', 'medium')] },
          'transfer-request': { cards: [opportunity('selfServiceMove', 'high')] },
          'move-day': { cards: [opportunity('zeroOutage', 'high')] },
          'first-bill': { cards: [opportunity('firstBillTrust', 'high')] },
          'settle-in': { cards: [opportunity('newHomeAdvice', 'medium')] },
        },
      },
      {
        lane: { id: 'ideas', kind: 'ideas', title: t.lanes.ideas },
        cells: {
          'plan-move': { cards: [idea('movingChecklist', 'medium', 'low'), idea('partnerTrigger', 'medium', 'high')] },
          'transfer-request': {
            cards: [
              idea('singleFlow', 'high', 'high', ['start-request', 'choose-dates']),
              idea('addressToMeter', 'high', 'medium', ['new-address']),
            ],
          },
          'move-day': {
            cards: [
              idea('photoReading', 'medium', 'medium', ['meter-reading']),
              idea('powerGuarantee', 'high', 'medium', ['power-on']),
            ],
          },
          'first-bill': { cards: [idea('annotatedBill', 'high', 'medium', ['understand-bill'])] },
          'settle-in': { cards: [idea('instalmentRecalc', 'medium', 'low'), idea('welcomeCall', 'low', 'medium')] },
        },
      },
      {
        lane: { id: 'enablers', kind: 'text', title: t.lanes.enablers },
        cells: column((id) => t.stages[id].enablers),
      },
      { lane: { id: 'kpis', kind: 'kpis', title: t.lanes.kpis }, cells: column((id) => t.stages[id].kpis) },
    ],
    touchpoints,
    kpis,
  })
}

const fr = {
  template: {
    title: 'Expérience cible (future state)',
    description:
      'La carte de l’expérience que l’on veut offrir demain, posée à côté de l’expérience actuelle : deux courbes émotionnelles, les irritants à supprimer, les opportunités, les idées à tester et les indicateurs de réussite. Exemple : déménager son contrat d’énergie.',
  },
  map: {
    title: 'Expérience cible : déménager son contrat d’énergie sans effort',
    objective:
      'Décrire l’expérience de déménagement que nous voulons offrir d’ici dix-huit mois, la comparer étape par étape à l’expérience actuelle et en déduire les opportunités, les idées à tester en priorité et les indicateurs qui diront si la cible est atteinte.',
  },
  persona: {
    name: 'Lucie Moreau',
    quote:
      '« Je déménage une fois tous les trois ans : je ne devrais pas avoir à apprendre le jargon de l’énergie à chaque fois. »',
    summary:
      'Chargée de communication de 29 ans qui quitte Lille pour un nouveau poste à Nantes. Locataire, elle gère son déménagement seule, depuis son téléphone, en parallèle de son préavis et de la recherche d’appartement.',
    demographics: {
      ageRange: '25–30 ans',
      gender: 'Femme',
      location: 'De Lille à Nantes',
      occupation: 'Chargée de communication',
      income: '2 300 € nets par mois',
      education: 'Master en communication',
      familyStatus: 'Célibataire, sans enfant',
    },
    psychographics: {
      lifestyle: ['Mobile : trois déménagements en six ans', 'Fait presque tout depuis son téléphone'],
      habits: [
        'Gère ses démarches administratives le soir, après le travail',
        'Évite le téléphone quand une démarche en ligne existe',
        'Compare les offres sur les sites de comparaison avant de s’engager',
      ],
      values: ['Simplicité', 'Transparence des prix', 'Sobriété énergétique'],
      interests: ['Décoration', 'Randonnée', 'Podcasts de société'],
    },
    goals: [
      'Avoir l’électricité et le gaz dès le jour de l’emménagement',
      'Ne payer que ce qu’elle consomme dans chaque logement',
      'Boucler toutes les démarches en une soirée',
    ],
    needs: [
      'Une démarche unique pour quitter l’ancien logement et ouvrir le nouveau',
      'Ne pas avoir à chercher des numéros techniques qu’elle ne connaît pas',
      'Une confirmation écrite des dates et des relevés',
      'Une première facture claire',
    ],
    frustrations: [
      'Devoir appeler aux heures de bureau',
      'Le jargon : numéro de point de livraison, index, puissance souscrite',
      'Arriver dans un logement sans courant',
      'Des factures estimées qui ne correspondent pas à sa consommation réelle',
    ],
    motivations: [
      'Se sentir en maîtrise pendant une période chargée',
      'Éviter les mauvaises surprises financières',
      'Réduire sa consommation dans un logement qu’elle découvre',
    ],
    sections: [
      {
        title: 'Son déménagement',
        body: 'Préavis d’un mois à Lille, état des lieux de sortie un vendredi, entrée dans le nouvel appartement nantais le samedi. Elle n’a qu’une soirée pour régler l’énergie, internet et l’assurance.',
      },
      {
        title: 'Ce qui la ferait rester',
        body: 'Un transfert sans appel, du courant à l’arrivée et une première facture juste. Sinon, elle profitera du déménagement pour changer de fournisseur.',
      },
    ],
  },
  lanes: {
    currentExperience: 'Expérience actuelle (rappel)',
    actions: 'Expérience cible : ce que fait Lucie',
    thoughts: 'Expérience cible : ce qu’elle pense',
    emotion: 'Courbes émotionnelles (actuelle et cible)',
    touchpoints: 'Points de contact cibles',
    channels: 'Canaux cibles',
    painPoints: 'Irritants actuels à supprimer',
    opportunities: 'Opportunités',
    ideas: 'Idées à tester',
    enablers: 'Ce qu’il faut changer en interne',
    kpis: 'Indicateurs de réussite',
  },
  emotion: {
    min: 'Très stressée',
    max: 'Sereine',
    current: 'Lucie – expérience actuelle',
    future: 'Lucie – expérience cible',
  },
  stages: {
    'plan-move': {
      name: 'Anticiper le déménagement',
      description: 'Un mois avant : Lucie sait qu’elle déménage et liste ses démarches.',
      current:
        'Lucie ne sait pas s’il faut résilier ou transférer son contrat ; elle cherche sur un forum et reporte la démarche.',
      actions: [
        'Reçoit un e-mail « Vous déménagez ? » après avoir changé d’adresse de facturation',
        'Consulte la page « Je déménage » et sa check-list',
        'Note les dates clés dans son agenda',
      ],
      thoughts: '« Bon, je sais quoi faire et quand. Une chose de moins à penser. »',
      emotion: {
        current: 'Inquiète : elle ne sait pas par où commencer.',
        future: 'Rassurée : la marche à suivre est claire.',
      },
      enablers: 'Détecter les signaux de déménagement (changement d’adresse, partenaires) et les relier au CRM.',
      kpis: ['Part des déménagements déclarés au moins 15 jours avant l’entrée', 'Visites de la page « Je déménage »'],
    },
    'transfer-request': {
      name: 'Demander le transfert du contrat',
      description: 'Lucie déclare son départ et son arrivée, avec les dates.',
      current:
        'Démarche uniquement par téléphone, 20 minutes d’attente ; il faut le numéro de point de livraison du nouveau logement, que Lucie ne connaît pas, et deux démarches distinctes.',
      actions: [
        'Lance le parcours de déménagement dans l’application',
        'Saisit sa nouvelle adresse : le compteur est retrouvé automatiquement',
        'Choisit ses dates de sortie et d’entrée, puis valide',
      ],
      thoughts: '« Cinq minutes, sans appeler personne. Enfin une démarche simple. »',
      emotion: {
        current: 'Exaspérée par l’attente et le jargon.',
        future: 'Satisfaite : c’est réglé en quelques minutes.',
      },
      enablers:
        'Interface avec le gestionnaire du réseau de distribution pour retrouver le compteur par adresse ; un seul processus pour la résiliation et la souscription.',
      kpis: [
        'Déménagements déclarés en ligne sans appel (cible : 80 %)',
        'Durée du parcours en ligne (cible : 5 minutes)',
      ],
    },
    'move-day': {
      name: 'Jour du déménagement',
      description: 'Relevés des compteurs dans les deux logements et mise en service.',
      current:
        'Relevé noté sur papier puis dicté au téléphone ; mise en service avec deux jours de retard : Lucie passe sa première nuit sans chauffage.',
      actions: [
        'Reçoit la veille un rappel pour relever ses compteurs',
        'Photographie les compteurs : les index sont lus automatiquement',
        'Reçoit un SMS qui confirme que le courant est actif',
      ],
      thoughts: '« La lumière s’allume, le chauffe-eau chauffe. Je peux me concentrer sur les cartons. »',
      emotion: {
        current: 'En colère : première nuit sans chauffage.',
        future: 'Soulagée : tout fonctionne à l’arrivée.',
      },
      enablers:
        'Lecture automatique des photos de compteurs ; suivi en temps réel des demandes de mise en service auprès du gestionnaire du réseau.',
      kpis: ['Logements alimentés à la date d’entrée (cible : 99 %)', 'Relevés par photo acceptés du premier coup'],
    },
    'first-bill': {
      name: 'Première facture au nouveau logement',
      description: 'La facture de clôture de l’ancien logement et la première du nouveau.',
      current:
        'Facture estimée, abonnement compté deux fois sur la période de chevauchement, libellés incompréhensibles : Lucie appelle pour contester.',
      actions: [
        'Reçoit une facture de clôture et une première facture fondées sur ses relevés réels',
        'Ouvre l’explication ligne à ligne dans l’application',
        'Vérifie qu’aucun jour n’est facturé deux fois',
      ],
      thoughts: '« Je comprends chaque ligne et le montant correspond à ce que j’ai consommé. »',
      emotion: {
        current: 'Méfiante : la facture paraît fausse.',
        future: 'En confiance : la facture est juste et claire.',
      },
      enablers:
        'Facturation au prorata à partir des relevés du jour du déménagement ; modèles de facture réécrits en langage clair.',
      kpis: [
        'Appels dans les 15 jours suivant la première facture (cible : 5 %)',
        'Premières factures émises sur relevés réels',
      ],
    },
    'settle-in': {
      name: 'S’installer et suivre sa consommation',
      description: 'Les premiers mois dans le nouveau logement.',
      current: 'Mensualité inchangée alors que le logement est plus petit ; aucun conseil sur le nouveau chauffage.',
      actions: [
        'Accepte une mensualité recalculée pour son nouveau logement',
        'Suit sa consommation chaque semaine dans l’application',
        'Répond à l’enquête sur son déménagement',
      ],
      thoughts: '« Je paie le juste prix et je sais où j’en suis. Je n’ai aucune raison de changer de fournisseur. »',
      emotion: {
        current: 'Indifférente, prête à comparer les offres.',
        future: 'Fidèle et sereine.',
      },
      enablers:
        'Modèle d’estimation de consommation par type de logement ; conseils personnalisés selon le mode de chauffage.',
      kpis: [
        'CES du déménagement (cible : 6 sur 7)',
        'NPS à trois mois (cible : 40)',
        'Résiliations au déménagement (cible : 10 %)',
      ],
    },
  },
  steps: {
    'start-request': {
      name: 'Lancer la démarche',
      description: 'Parcours unique de déménagement dans l’application ou sur le site.',
    },
    'new-address': {
      name: 'Indiquer la nouvelle adresse',
      description: 'Le compteur du nouveau logement est retrouvé à partir de l’adresse.',
    },
    'choose-dates': {
      name: 'Choisir les dates',
      description: 'Dates de sortie et d’entrée, confirmées par e-mail et SMS.',
    },
    'meter-reading': {
      name: 'Relever les compteurs',
      description: 'Photo des compteurs dans l’ancien et le nouveau logement.',
    },
    'power-on': {
      name: 'Avoir du courant à l’arrivée',
      description: 'Moment de vérité : l’électricité et le gaz fonctionnent dès l’entrée dans les lieux.',
    },
    'receive-bill': {
      name: 'Recevoir les factures',
      description: 'Facture de clôture de l’ancien logement et première facture du nouveau.',
    },
    'understand-bill': {
      name: 'Comprendre la facture',
      description: 'Moment de vérité : la première facture confirme ou ruine la confiance.',
    },
  },
  pains: {
    noGuidance: {
      title: 'Aucune marche à suivre',
      detail: 'Rien n’explique la différence entre résilier et transférer, ni quand s’y prendre.',
    },
    phoneOnly: {
      title: 'Démarche uniquement par téléphone',
      detail: 'Vingt minutes d’attente, aux heures de bureau seulement.',
    },
    unknownMeterId: {
      title: 'Numéro de point de livraison demandé',
      detail: 'Un identifiant à 14 chiffres que la cliente ne connaît pas et doit demander au propriétaire.',
    },
    twoProcedures: {
      title: 'Deux démarches séparées',
      detail: 'Une résiliation pour l’ancien logement, une souscription pour le nouveau, avec des dates à recouper.',
    },
    noPowerOnArrival: {
      title: 'Pas de courant à l’arrivée',
      detail: 'La mise en service intervient deux jours après l’entrée dans les lieux.',
    },
    readingRejected: {
      title: 'Relevé refusé',
      detail: 'L’index dicté au téléphone est mal saisi et la facture repart sur une estimation.',
    },
    estimatedBill: {
      title: 'Première facture estimée et incompréhensible',
      detail: 'Abonnement facturé deux fois pendant le chevauchement ; libellés techniques.',
    },
    unchangedInstalment: {
      title: 'Mensualité inchangée',
      detail: 'La mensualité reste celle de l’ancien logement, plus grand : régularisation surprise en fin d’année.',
    },
  },
  opportunities: {
    anticipate: {
      title: 'Accompagner avant le déménagement',
      detail: 'Être présent dès que le déménagement est connu, plutôt que d’attendre l’appel du client.',
    },
    selfServiceMove: {
      title: 'Déménagement 100 % autonome',
      detail: 'Permettre de tout déclarer en ligne, à toute heure, sans connaissance technique.',
    },
    zeroOutage: {
      title: 'Zéro coupure à l’emménagement',
      detail: 'Faire de « courant à l’arrivée » une promesse tenue et mesurée.',
    },
    firstBillTrust: {
      title: 'Une première facture qui inspire confiance',
      detail: 'Facturer sur des relevés réels et expliquer chaque ligne.',
    },
    newHomeAdvice: {
      title: 'Conseiller dans le nouveau logement',
      detail: 'Aider à comprendre et maîtriser la consommation d’un logement inconnu.',
    },
  },
  ideas: {
    movingChecklist: {
      title: 'Check-list de déménagement',
      detail: 'Une check-list datée de J-30 à J+30, avec rappels par e-mail et notification.',
    },
    partnerTrigger: {
      title: 'Signal transmis par des partenaires',
      detail:
        'Proposer le transfert quand une agence immobilière ou un service de réexpédition du courrier signale un déménagement, avec l’accord du client.',
    },
    singleFlow: {
      title: 'Un seul parcours départ et arrivée',
      detail: 'Résiliation et souscription regroupées dans une même démarche, dates recoupées automatiquement.',
    },
    addressToMeter: {
      title: 'De l’adresse au compteur',
      detail: 'Retrouver le point de livraison à partir de l’adresse et de l’étage, sans numéro à saisir.',
    },
    photoReading: {
      title: 'Relevé par photo',
      detail: 'Lecture automatique de l’index sur la photo du compteur, avec vérification immédiate.',
    },
    powerGuarantee: {
      title: 'Garantie « courant à l’arrivée »',
      detail: 'Un geste commercial automatique si le logement n’est pas alimenté à la date convenue.',
    },
    annotatedBill: {
      title: 'Facture commentée',
      detail: 'Chaque ligne de la première facture expliquée en langage clair dans l’application.',
    },
    instalmentRecalc: {
      title: 'Mensualité recalculée',
      detail: 'Proposer une nouvelle mensualité d’après la surface et le chauffage du nouveau logement.',
    },
    welcomeCall: {
      title: 'Appel de bienvenue sur demande',
      detail: 'Un conseiller rappelle pour expliquer les premiers relevés et le chauffage du logement.',
    },
  },
  touchpoints: {
    'tp-moving-page': {
      name: 'Page « Je déménage »',
      description: 'Page d’information et check-list du déménagement, sur le site et dans l’application.',
      ownerTeam: 'Digital',
    },
    'tp-move-form': {
      name: 'Parcours de déménagement en ligne',
      description: 'Déclaration du départ et de l’arrivée en une seule démarche.',
      ownerTeam: 'Digital',
    },
    'tp-meter-lookup': {
      name: 'Recherche du compteur par adresse',
      description: 'Identification automatique du point de livraison du nouveau logement.',
      ownerTeam: 'Systèmes d’information clients',
    },
    'tp-moving-call': {
      name: 'Appel au service client pour un déménagement',
      description: 'Appel restant pour les cas complexes ; son volume doit baisser.',
      ownerTeam: 'Service client',
    },
    'tp-dates-confirmation': {
      name: 'Confirmation des dates',
      description: 'E-mail et SMS récapitulant les dates, les adresses et les prochaines étapes.',
      ownerTeam: 'CRM',
    },
    'tp-meter-photo': {
      name: 'Relevé des compteurs par photo',
      description: 'Photo du compteur dans l’application, index lu automatiquement.',
      ownerTeam: 'Digital',
    },
    'tp-activation-sms': {
      name: 'SMS de mise en service',
      description: 'Confirmation que l’électricité et le gaz sont actifs dans le nouveau logement.',
      ownerTeam: 'Opérations',
    },
    'tp-first-bill': {
      name: 'Première facture au nouveau logement',
      description: 'Facture fondée sur les relevés réels, au prorata des jours d’occupation.',
      ownerTeam: 'Facturation',
    },
    'tp-bill-explainer': {
      name: 'Explication de la facture',
      description: 'Lecture commentée de la facture dans l’application.',
      ownerTeam: 'Digital',
    },
    'tp-consumption-dashboard': {
      name: 'Suivi de consommation',
      description: 'Consommation hebdomadaire et conseils adaptés au nouveau logement.',
      ownerTeam: 'Digital',
    },
    'tp-move-survey': {
      name: 'Enquête sur le déménagement',
      description: 'Question d’effort (CES) et question de recommandation (NPS), un mois après l’emménagement.',
      ownerTeam: 'Expérience client',
    },
  },
  kpis: {
    'digital-move-rate': {
      name: 'Déménagements déclarés en ligne',
      formula:
        'Déménagements déclarés en ligne (Move Request Submitted) sans appel au service client dans les 7 jours ÷ déménagements déclarés × 100',
      description: 'Aujourd’hui autour de 35 % ; la cible suppose la recherche automatique du compteur.',
    },
    'request-duration': {
      name: 'Durée du parcours en ligne',
      formula:
        'Médiane du délai entre le début du parcours (Move Request Started) et sa validation (Move Request Submitted), en heures (5 minutes ≈ 0,08 h)',
      description: 'Mesure la simplicité de la déclaration.',
    },
    'power-on-arrival': {
      name: 'Courant à l’arrivée',
      formula:
        'Déménagements dont la mise en service (Service Activated) a lieu au plus tard à la date d’entrée déclarée ÷ déménagements × 100',
      description: 'La promesse centrale de l’expérience cible.',
    },
    'first-bill-contact-rate': {
      name: 'Contacts après la première facture',
      formula:
        'Clients ayant contacté le service client dans les 15 jours suivant leur première facture au nouveau logement ÷ clients ayant reçu cette facture × 100',
      description: 'Un taux élevé signale une facture fausse ou incomprise.',
    },
    ces: {
      name: 'Effort du déménagement (CES)',
      formula:
        'CES = moyenne des réponses à « Il a été facile de déménager mon contrat » sur une échelle de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)',
      description: 'Mesuré un mois après l’emménagement.',
    },
    nps: {
      name: 'Recommandation (NPS)',
      formula:
        'NPS = % de notes 9 ou 10 − % de notes 0 à 6 à « Recommanderiez-vous notre entreprise à un proche qui déménage ? » (échelle de 0 à 10)',
      description: 'Mesuré trois mois après l’emménagement.',
    },
    'move-churn': {
      name: 'Résiliations au déménagement',
      formula:
        'Clients ayant résilié sans souscrire pour leur nouveau logement ÷ clients ayant déménagé × 100, sur douze mois glissants',
      description: 'Le déménagement est le moment où les clients changent le plus de fournisseur.',
    },
  },
}

const en: Text = {
  template: {
    title: 'Future state',
    description:
      'A map of the experience you want to offer tomorrow, side by side with today’s: two emotion curves, the pain points to remove, the opportunities, the ideas to test and the success KPIs. Example: moving home with your energy contract.',
  },
  map: {
    title: 'Future state: moving your energy contract without effort',
    objective:
      'Describe the moving-home experience we want to offer within eighteen months, compare it stage by stage with today’s experience, and derive the opportunities, the ideas to test first and the KPIs that will tell whether the target is reached.',
  },
  persona: {
    name: 'Lucie Moreau',
    quote: '“I move once every three years: I shouldn’t have to learn energy jargon every time.”',
    summary:
      'A 29-year-old communications officer leaving Lille for a new job in Nantes. A tenant, she handles her move on her own, from her phone, while working her notice and flat-hunting.',
    demographics: {
      ageRange: '25–30',
      gender: 'Female',
      location: 'Moving from Lille to Nantes, France',
      occupation: 'Communications officer',
      income: '€2,300 net per month',
      education: 'Master’s degree in communications',
      familyStatus: 'Single, no children',
    },
    psychographics: {
      lifestyle: ['Mobile: three moves in six years', 'Does almost everything from her phone'],
      habits: [
        'Handles paperwork in the evening, after work',
        'Avoids the phone when an online option exists',
        'Checks comparison sites before committing',
      ],
      values: ['Simplicity', 'Transparent pricing', 'Energy saving'],
      interests: ['Interior decoration', 'Hiking', 'Current-affairs podcasts'],
    },
    goals: [
      'Have electricity and gas from move-in day',
      'Only pay for what she uses in each home',
      'Get all the paperwork done in one evening',
    ],
    needs: [
      'A single procedure to leave the old home and set up the new one',
      'Not having to look up technical numbers she does not know',
      'Written confirmation of dates and meter readings',
      'A clear first bill',
    ],
    frustrations: [
      'Having to call during office hours',
      'The jargon: supply point number, meter index, subscribed capacity',
      'Arriving in a home with no power',
      'Estimated bills that do not match her actual consumption',
    ],
    motivations: [
      'Feeling in control during a busy period',
      'Avoiding financial surprises',
      'Cutting her consumption in a home she does not know yet',
    ],
    sections: [
      {
        title: 'Her move',
        body: 'One month’s notice in Lille, move-out inspection on a Friday, moving into the new flat in Nantes on Saturday. She has one evening to sort out energy, internet and insurance.',
      },
      {
        title: 'What would make her stay',
        body: 'A transfer without a phone call, power on arrival and a correct first bill. Otherwise she will use the move to switch supplier.',
      },
    ],
  },
  lanes: {
    currentExperience: 'Current experience (reminder)',
    actions: 'Target experience: what Lucie does',
    thoughts: 'Target experience: what she thinks',
    emotion: 'Emotion curves (current and target)',
    touchpoints: 'Target touchpoints',
    channels: 'Target channels',
    painPoints: 'Current pain points to remove',
    opportunities: 'Opportunities',
    ideas: 'Ideas to test',
    enablers: 'What must change internally',
    kpis: 'Success KPIs',
  },
  emotion: {
    min: 'Very stressed',
    max: 'Calm',
    current: 'Lucie – current experience',
    future: 'Lucie – target experience',
  },
  stages: {
    'plan-move': {
      name: 'Prepare the move',
      description: 'A month before: Lucie knows she is moving and lists what she has to do.',
      current: 'Lucie does not know whether to cancel or transfer her contract; she searches a forum and puts it off.',
      actions: [
        'Receives a “Moving home?” email after changing her billing address',
        'Reads the “I’m moving” page and its checklist',
        'Puts the key dates in her calendar',
      ],
      thoughts: '“Right, I know what to do and when. One less thing to think about.”',
      emotion: {
        current: 'Worried: she does not know where to start.',
        future: 'Reassured: the steps are clear.',
      },
      enablers: 'Detect moving signals (address change, partners) and feed them into the CRM.',
      kpis: ['Share of moves declared at least 15 days before move-in', 'Visits to the “I’m moving” page'],
    },
    'transfer-request': {
      name: 'Request the contract transfer',
      description: 'Lucie declares her move-out and move-in, with the dates.',
      current:
        'Phone only, 20-minute wait; she needs the supply point number of the new home, which she does not know, and two separate procedures.',
      actions: [
        'Starts the moving journey in the app',
        'Enters her new address: the meter is found automatically',
        'Picks her move-out and move-in dates, then confirms',
      ],
      thoughts: '“Five minutes, without calling anyone. Finally something simple.”',
      emotion: {
        current: 'Exasperated by the wait and the jargon.',
        future: 'Satisfied: it is done in a few minutes.',
      },
      enablers:
        'Integration with the distribution network operator to find the meter from the address; one process for both cancellation and new contract.',
      kpis: ['Moves declared online without a call (target: 80%)', 'Online journey duration (target: 5 minutes)'],
    },
    'move-day': {
      name: 'Moving day',
      description: 'Meter readings in both homes and activation.',
      current:
        'Reading written on paper then read out over the phone; activation two days late: Lucie spends her first night without heating.',
      actions: [
        'Gets a reminder the day before to read her meters',
        'Takes photos of the meters: readings are captured automatically',
        'Receives a text confirming the power is on',
      ],
      thoughts: '“The lights work, the water heater is on. I can focus on the boxes.”',
      emotion: {
        current: 'Angry: first night without heating.',
        future: 'Relieved: everything works on arrival.',
      },
      enablers:
        'Automatic reading of meter photos; real-time tracking of activation requests with the network operator.',
      kpis: ['Homes powered on the move-in date (target: 99%)', 'Photo readings accepted first time'],
    },
    'first-bill': {
      name: 'First bill in the new home',
      description: 'The closing bill for the old home and the first one for the new home.',
      current:
        'Estimated bill, standing charge billed twice over the overlap, unintelligible labels: Lucie calls to dispute it.',
      actions: [
        'Receives a closing bill and a first bill based on her actual readings',
        'Opens the line-by-line explanation in the app',
        'Checks that no day is billed twice',
      ],
      thoughts: '“I understand every line and the amount matches what I used.”',
      emotion: {
        current: 'Suspicious: the bill looks wrong.',
        future: 'Confident: the bill is correct and clear.',
      },
      enablers: 'Prorated billing from moving-day readings; bill templates rewritten in plain language.',
      kpis: ['Calls within 15 days of the first bill (target: 5%)', 'First bills issued on actual readings'],
    },
    'settle-in': {
      name: 'Settle in and track consumption',
      description: 'The first months in the new home.',
      current: 'Monthly instalment unchanged although the home is smaller; no advice on the new heating system.',
      actions: [
        'Accepts a monthly instalment recalculated for her new home',
        'Tracks her consumption every week in the app',
        'Answers the survey about her move',
      ],
      thoughts: '“I pay a fair price and I know where I stand. No reason to switch supplier.”',
      emotion: {
        current: 'Indifferent, ready to compare offers.',
        future: 'Loyal and at ease.',
      },
      enablers: 'Consumption estimate model by home type; personalised advice based on the heating system.',
      kpis: ['Moving CES (target: 6 out of 7)', 'NPS at three months (target: 40)', 'Churn at move (target: 10%)'],
    },
  },
  steps: {
    'start-request': {
      name: 'Start the request',
      description: 'A single moving journey in the app or on the website.',
    },
    'new-address': {
      name: 'Enter the new address',
      description: 'The new home’s meter is found from the address.',
    },
    'choose-dates': {
      name: 'Choose the dates',
      description: 'Move-out and move-in dates, confirmed by email and text.',
    },
    'meter-reading': {
      name: 'Read the meters',
      description: 'Photo of the meters in the old and the new home.',
    },
    'power-on': {
      name: 'Have power on arrival',
      description: 'Moment of truth: electricity and gas work from the moment she moves in.',
    },
    'receive-bill': {
      name: 'Receive the bills',
      description: 'Closing bill for the old home and first bill for the new one.',
    },
    'understand-bill': {
      name: 'Understand the bill',
      description: 'Moment of truth: the first bill confirms or ruins trust.',
    },
  },
  pains: {
    noGuidance: {
      title: 'No guidance',
      detail: 'Nothing explains the difference between cancelling and transferring, or when to do it.',
    },
    phoneOnly: {
      title: 'Phone-only procedure',
      detail: 'Twenty-minute wait, during office hours only.',
    },
    unknownMeterId: {
      title: 'Supply point number required',
      detail: 'A 14-digit identifier the customer does not know and has to ask the landlord for.',
    },
    twoProcedures: {
      title: 'Two separate procedures',
      detail: 'A cancellation for the old home, a new contract for the new one, with dates to cross-check.',
    },
    noPowerOnArrival: {
      title: 'No power on arrival',
      detail: 'Activation happens two days after moving in.',
    },
    readingRejected: {
      title: 'Reading rejected',
      detail: 'The reading given over the phone is mistyped and the bill falls back on an estimate.',
    },
    estimatedBill: {
      title: 'Estimated, unintelligible first bill',
      detail: 'Standing charge billed twice during the overlap; technical labels.',
    },
    unchangedInstalment: {
      title: 'Instalment unchanged',
      detail: 'The instalment stays that of the larger old home: surprise adjustment at year end.',
    },
  },
  opportunities: {
    anticipate: {
      title: 'Support customers before the move',
      detail: 'Be there as soon as the move is known, instead of waiting for the customer to call.',
    },
    selfServiceMove: {
      title: 'Fully self-service move',
      detail: 'Let customers declare everything online, at any time, with no technical knowledge.',
    },
    zeroOutage: {
      title: 'Zero outage at move-in',
      detail: 'Make “power on arrival” a promise that is kept and measured.',
    },
    firstBillTrust: {
      title: 'A first bill that builds trust',
      detail: 'Bill on actual readings and explain every line.',
    },
    newHomeAdvice: {
      title: 'Advice for the new home',
      detail: 'Help customers understand and control consumption in an unfamiliar home.',
    },
  },
  ideas: {
    movingChecklist: {
      title: 'Moving checklist',
      detail: 'A dated checklist from D-30 to D+30, with email and app reminders.',
    },
    partnerTrigger: {
      title: 'Signal passed on by partners',
      detail:
        'Offer the transfer when an estate agent or a mail-forwarding service reports a move, with the customer’s consent.',
    },
    singleFlow: {
      title: 'One journey for move-out and move-in',
      detail: 'Cancellation and new contract in a single procedure, dates cross-checked automatically.',
    },
    addressToMeter: {
      title: 'From address to meter',
      detail: 'Find the supply point from the address and floor, with no number to type.',
    },
    photoReading: {
      title: 'Photo meter reading',
      detail: 'Automatic reading of the index from the meter photo, checked immediately.',
    },
    powerGuarantee: {
      title: '“Power on arrival” guarantee',
      detail: 'Automatic compensation if the home is not powered on the agreed date.',
    },
    annotatedBill: {
      title: 'Annotated bill',
      detail: 'Every line of the first bill explained in plain language in the app.',
    },
    instalmentRecalc: {
      title: 'Recalculated instalment',
      detail: 'Offer a new monthly instalment based on the new home’s size and heating.',
    },
    welcomeCall: {
      title: 'Welcome call on request',
      detail: 'An adviser calls back to explain the first readings and the home’s heating.',
    },
  },
  touchpoints: {
    'tp-moving-page': {
      name: '“I’m moving” page',
      description: 'Information page and moving checklist, on the website and in the app.',
      ownerTeam: 'Digital',
    },
    'tp-move-form': {
      name: 'Online moving journey',
      description: 'Move-out and move-in declared in a single procedure.',
      ownerTeam: 'Digital',
    },
    'tp-meter-lookup': {
      name: 'Meter lookup by address',
      description: 'Automatic identification of the new home’s supply point.',
      ownerTeam: 'Customer information systems',
    },
    'tp-moving-call': {
      name: 'Customer service call about a move',
      description: 'Calls kept for complex cases; their volume should fall.',
      ownerTeam: 'Customer service',
    },
    'tp-dates-confirmation': {
      name: 'Dates confirmation',
      description: 'Email and text summarising dates, addresses and next steps.',
      ownerTeam: 'CRM',
    },
    'tp-meter-photo': {
      name: 'Photo meter reading',
      description: 'Meter photo taken in the app, index read automatically.',
      ownerTeam: 'Digital',
    },
    'tp-activation-sms': {
      name: 'Activation text message',
      description: 'Confirmation that electricity and gas are on in the new home.',
      ownerTeam: 'Operations',
    },
    'tp-first-bill': {
      name: 'First bill in the new home',
      description: 'Bill based on actual readings, prorated to the days of occupancy.',
      ownerTeam: 'Billing',
    },
    'tp-bill-explainer': {
      name: 'Bill explanation',
      description: 'Annotated reading of the bill in the app.',
      ownerTeam: 'Digital',
    },
    'tp-consumption-dashboard': {
      name: 'Consumption tracking',
      description: 'Weekly consumption and advice suited to the new home.',
      ownerTeam: 'Digital',
    },
    'tp-move-survey': {
      name: 'Moving survey',
      description: 'Effort question (CES) and recommendation question (NPS), one month after moving in.',
      ownerTeam: 'Customer experience',
    },
  },
  kpis: {
    'digital-move-rate': {
      name: 'Moves declared online',
      formula:
        'Moves declared online (Move Request Submitted) with no customer service call within 7 days ÷ moves declared × 100',
      description: 'Around 35% today; the target depends on the automatic meter lookup.',
    },
    'request-duration': {
      name: 'Online journey duration',
      formula:
        'Median time between starting the journey (Move Request Started) and submitting it (Move Request Submitted), in hours (5 minutes ≈ 0.08 h)',
      description: 'Measures how simple the declaration is.',
    },
    'power-on-arrival': {
      name: 'Power on arrival',
      formula:
        'Moves whose activation (Service Activated) happens no later than the declared move-in date ÷ moves × 100',
      description: 'The core promise of the target experience.',
    },
    'first-bill-contact-rate': {
      name: 'Contacts after the first bill',
      formula:
        'Customers who contacted customer service within 15 days of their first bill in the new home ÷ customers who received that bill × 100',
      description: 'A high rate signals a wrong or misunderstood bill.',
    },
    ces: {
      name: 'Moving effort (CES)',
      formula:
        'CES = average of the answers to “It was easy to move my contract” on a scale from 1 (strongly disagree) to 7 (strongly agree)',
      description: 'Measured one month after moving in.',
    },
    nps: {
      name: 'Recommendation (NPS)',
      formula:
        'NPS = % of 9 or 10 scores − % of 0 to 6 scores to “Would you recommend us to a friend who is moving home?” (scale of 0 to 10)',
      description: 'Measured three months after moving in.',
    },
    'move-churn': {
      name: 'Churn at move',
      formula:
        'Customers who cancelled without a contract for their new home ÷ customers who moved × 100, over a rolling twelve months',
      description: 'Moving home is when customers are most likely to switch supplier.',
    },
  },
}

const text: Record<TemplateLocale, Text> = { fr, en }

export const futureStateTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'format',
  ...dictionaryHeading(text),
  source: 'practice',
  build,
}
