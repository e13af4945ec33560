import type { Channel } from '../../shared/channel.js'
import type { KpiDefinition, Phase, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type TemplateDefinition, type TemplateInstance, type TemplateLocale } from './template.js'
import { dictionaryBuilders, dictionaryHeading, touchpointCells } from './template-kit.js'

/**
 * A day in the life of a working parent, from waking up to the evening, showing where a grocery
 * retailer (app, click-and-collect "drive", local store, loyalty programme) fits into her day.
 */

const TEMPLATE_ID = 'day-in-the-life'
const PERSONA_ID = 'day-in-the-life-ines'

const STAGE_IDS = ['wake-up', 'morning-commute', 'lunch-break', 'afternoon', 'evening-commute', 'evening'] as const
type StageId = (typeof STAGE_IDS)[number]
type Text = typeof fr

const PHASE_IDS = ['phase-morning', 'phase-day', 'phase-evening'] as const
const PHASE_OF: Record<StageId, (typeof PHASE_IDS)[number]> = {
  'wake-up': 'phase-morning',
  'morning-commute': 'phase-morning',
  'lunch-break': 'phase-day',
  afternoon: 'phase-day',
  'evening-commute': 'phase-evening',
  evening: 'phase-evening',
}

/** How Inès feels on a 1…5 scale (1 overwhelmed, 5 calm). */
const EMOTION: Record<StageId, number> = {
  'wake-up': 2,
  'morning-commute': 3,
  'lunch-break': 4,
  afternoon: 3,
  'evening-commute': 2,
  evening: 4,
}

const CHANNELS: Record<StageId, readonly Channel[]> = {
  'wake-up': ['app'],
  'morning-commute': ['social', 'app', 'advertising'],
  'lunch-break': ['app', 'web'],
  afternoon: ['app', 'sms'],
  'evening-commute': ['store'],
  evening: ['app', 'email'],
}

function build(locale: TemplateLocale): TemplateInstance {
  const t = text[locale]
  const { step, stage, column, pain, opportunity, touchpoint, kpi } = dictionaryBuilders(t, STAGE_IDS, PHASE_OF)

  const phases: Phase[] = PHASE_IDS.map((id) => ({ id, ...t.phases[id] }))

  const stages: Stage[] = [
    stage('wake-up', []),
    stage('morning-commute', []),
    stage('lunch-break', [step('reuse-basket'), step('book-slot', true)]),
    stage('afternoon', [step('substitution-alert')]),
    stage('evening-commute', [step('school-pickup'), step('drive-pickup', true)]),
    stage('evening', [step('cook-dinner'), step('plan-week')]),
  ]

  const touchpoints: Touchpoint[] = [
    touchpoint('tp-shopping-list', {
      channel: 'app',
      mode: 'online',
      stageId: 'wake-up',
      importance: 'medium',
      selector: { events: ['Shopping List Item Added'], channels: ['app'] },
    }),
    touchpoint('tp-social-recipe', {
      channel: 'social',
      mode: 'online',
      stageId: 'morning-commute',
      importance: 'low',
      selector: {
        events: ['Promotion Clicked'],
        where: [{ op: 'eq', property: 'properties.placement', value: 'instagram' }],
      },
    }),
    touchpoint('tp-weekly-deals-push', {
      channel: 'app',
      mode: 'online',
      stageId: 'morning-commute',
      importance: 'medium',
      selector: {
        events: ['Push Notification Opened'],
        where: [{ op: 'eq', property: 'properties.campaign', value: 'weekly-deals' }],
      },
    }),
    touchpoint('tp-slot-booking', {
      channel: 'app',
      mode: 'online',
      stageId: 'lunch-break',
      stepId: 'book-slot',
      importance: 'critical',
      selector: { events: ['Pickup Slot Selected'], channels: ['app', 'web'] },
    }),
    touchpoint('tp-drive-order', {
      channel: 'app',
      mode: 'online',
      stageId: 'lunch-break',
      stepId: 'book-slot',
      importance: 'critical',
      isRequired: true,
      selector: {
        events: ['Order Completed'],
        channels: ['app', 'web'],
        where: [{ op: 'eq', property: 'properties.fulfillment', value: 'drive' }],
      },
    }),
    touchpoint('tp-substitution-push', {
      channel: 'app',
      mode: 'online',
      stageId: 'afternoon',
      stepId: 'substitution-alert',
      importance: 'high',
      selector: {
        events: ['Push Notification Opened'],
        where: [{ op: 'eq', property: 'properties.template', value: 'substitution' }],
      },
    }),
    touchpoint('tp-drive-pickup', {
      channel: 'store',
      mode: 'offline',
      stageId: 'evening-commute',
      stepId: 'drive-pickup',
      importance: 'critical',
      isRequired: true,
      selector: { events: ['Order Picked Up'], channels: ['store'] },
    }),
    touchpoint('tp-local-store', {
      channel: 'store',
      mode: 'offline',
      stageId: 'evening-commute',
      stepId: 'school-pickup',
      importance: 'medium',
      selector: {
        events: ['Order Completed'],
        channels: ['store'],
        where: [{ op: 'eq', property: 'properties.store_format', value: 'proximity' }],
      },
    }),
    touchpoint('tp-recipe', {
      channel: 'app',
      mode: 'online',
      stageId: 'evening',
      stepId: 'cook-dinner',
      importance: 'low',
      selector: { events: ['Recipe Viewed'], channels: ['app'] },
    }),
    touchpoint('tp-pickup-survey', {
      channel: 'email',
      mode: 'online',
      stageId: 'evening',
      stepId: 'plan-week',
      importance: 'medium',
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'csat' }],
      },
    }),
  ]

  const kpis: KpiDefinition[] = [
    kpi('app-habit', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'map' },
      target: 30,
      direction: 'higher-is-better',
    }),
    kpi('push-opt-out', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-weekly-deals-push' },
      target: 2,
      direction: 'lower-is-better',
    }),
    kpi('order-duration', {
      kind: 'time-to-next-step',
      unit: 'duration-hours',
      appliesTo: { level: 'stage', stageId: 'lunch-break' },
      target: 0.17,
      direction: 'lower-is-better',
    }),
    kpi('evening-slot-availability', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-slot-booking' },
      target: 90,
      direction: 'higher-is-better',
    }),
    kpi('substitution-acceptance', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-substitution-push' },
      target: 80,
      direction: 'higher-is-better',
    }),
    kpi('drive-wait', {
      kind: 'time-to-next-step',
      unit: 'duration-hours',
      appliesTo: { level: 'stage', stageId: 'evening-commute' },
      target: 0.08,
      direction: 'lower-is-better',
    }),
    kpi('csat', {
      kind: 'csat',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-pickup-survey' },
      target: 88,
      direction: 'higher-is-better',
    }),
  ]

  return buildTemplate({
    id: `${TEMPLATE_ID}-${locale}`,
    templateId: TEMPLATE_ID,
    locale,
    title: t.map.title,
    objective: t.map.objective,
    type: 'day-in-life',
    personas: [
      {
        id: PERSONA_ID,
        avatar: '👩‍👧‍👦',
        audience: 'b2c',
        ...t.persona,
        preferredChannels: ['app', 'store', 'sms'],
        segment: {
          match: 'all',
          conditions: [
            { kind: 'trait', predicate: { op: 'gte', property: 'traits.household_size', value: 3 } },
            {
              kind: 'performed',
              selector: {
                events: ['Order Completed'],
                where: [{ op: 'eq', property: 'properties.fulfillment', value: 'drive' }],
              },
              minCount: 2,
            },
          ],
        },
      },
    ],
    phases,
    stages,
    rows: [
      { lane: { id: 'context', kind: 'text', title: t.lanes.context }, cells: column((id) => t.stages[id].context) },
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
          scale: { min: 1, max: 5, minLabel: t.emotion.min, maxLabel: t.emotion.max },
          curves: [
            {
              id: 'ines-current',
              label: t.emotion.current,
              personaId: PERSONA_ID,
              state: 'current',
              points: STAGE_IDS.map((id) => ({ stageId: id, value: EMOTION[id], note: t.stages[id].emotion })),
            },
          ],
        },
      },
      {
        lane: { id: 'brand-role', kind: 'text', title: t.lanes.brandRole },
        cells: column((id) => t.stages[id].brandRole),
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
          'wake-up': { cards: [pain('scatteredList', 2)] },
          'morning-commute': { cards: [pain('irrelevantDeals', 1)] },
          'lunch-break': { cards: [pain('noEveningSlot', 3, ['book-slot'])] },
          afternoon: { cards: [pain('substitutionInMeeting', 2, ['substitution-alert'])] },
          'evening-commute': {
            cards: [pain('driveWait', 3, ['drive-pickup']), pain('doubleTrip', 1, ['school-pickup'])],
          },
          evening: { cards: [pain('recipeMissingIngredient', 1, ['cook-dinner'])] },
        },
      },
      {
        lane: { id: 'opportunities', kind: 'opportunities', title: t.lanes.opportunities },
        cells: {
          'wake-up': { cards: [opportunity('scanToList', 'medium', 'medium')] },
          'morning-commute': { cards: [opportunity('listBasedDeals', 'high', 'medium')] },
          'lunch-break': {
            cards: [opportunity('weeklyBasket', 'high', 'medium'), opportunity('slotAlert', 'medium', 'low')],
          },
          afternoon: { cards: [opportunity('substitutionPreferences', 'high', 'low')] },
          'evening-commute': { cards: [opportunity('arrivalCheckIn', 'high', 'medium')] },
          evening: { cards: [opportunity('recipeToBasket', 'medium', 'low')] },
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
    title: 'Une journée dans la vie',
    description:
      'Les moments d’une journée ordinaire d’un persona, du réveil à la soirée, pour voir où la marque s’insère dans son quotidien, où elle aide et où elle dérange. Exemple : une mère active et son enseigne alimentaire (application, drive, magasin de proximité).',
  },
  map: {
    title: 'Une journée avec Inès : la place de l’enseigne dans son quotidien',
    objective:
      'Comprendre le quotidien d’un parent actif heure par heure, repérer les moments où l’enseigne peut lui faire gagner du temps (liste de courses, commande drive, retrait, repas du soir) et ceux où elle s’impose à contretemps, pour décider quels services développer et quelles sollicitations arrêter.',
  },
  persona: {
    name: 'Inès Martin',
    quote: '« Mes courses, je les fais entre deux réunions. Ce qui compte, c’est que ça tienne dans dix minutes. »',
    summary:
      'Responsable des ressources humaines de 38 ans, mère de deux enfants, qui jongle entre le bureau, l’école et la maison. Elle fait l’essentiel de ses courses au drive et passe au magasin de proximité pour les oublis.',
    demographics: {
      ageRange: '35–40 ans',
      gender: 'Femme',
      location: 'Montreuil (Seine-Saint-Denis), travaille à Paris',
      occupation: 'Responsable des ressources humaines dans une PME',
      income: 'Revenu du foyer d’environ 5 200 € nets par mois',
      education: 'Master en gestion des ressources humaines',
      familyStatus: 'En couple, deux enfants de 6 et 9 ans',
    },
    psychographics: {
      lifestyle: [
        'Journées minutées entre le bureau, l’école et les activités des enfants',
        'Deux jours de télétravail par semaine',
      ],
      habits: [
        'Tient une liste de courses partagée avec son conjoint',
        'Commande au drive pendant sa pause déjeuner',
        'Fait un grand plein de courses le week-end, des appoints en semaine',
      ],
      values: ['Manger équilibré en famille', 'Ne pas gaspiller', 'Garder du temps pour ses enfants'],
      interests: ['Cuisine rapide et de saison', 'Course à pied', 'Podcasts'],
    },
    goals: [
      'Faire les courses de la semaine en moins de quinze minutes',
      'Préparer des dîners équilibrés sans y passer la soirée',
      'Tenir le budget alimentaire du foyer',
    ],
    needs: [
      'Des créneaux de retrait compatibles avec la sortie de l’école',
      'Une liste de courses accessible depuis n’importe quel téléphone du foyer',
      'Des idées de repas simples avec ce qu’elle a déjà',
    ],
    frustrations: [
      'Les créneaux du soir complets dès midi',
      'Les remplacements de produits à valider au mauvais moment',
      'Les promotions qui ne la concernent pas',
      'Attendre au drive avec les enfants fatigués dans la voiture',
    ],
    motivations: ['Gagner du temps', 'Se sentir organisée', 'Faire plaisir à sa famille'],
    sections: [
      {
        title: 'Sa journée type',
        body: 'Réveil à 6 h 45, école à 8 h 20, bureau de 9 h à 17 h 30 avec une pause déjeuner courte, sortie de l’étude à 18 h, dîner vers 19 h 30, un moment à elle après 21 h 30.',
      },
      {
        title: 'Ses appareils',
        body: 'Son téléphone toute la journée, l’ordinateur du bureau, la tablette familiale le soir. Les notifications ne sont bien reçues qu’aux pauses.',
      },
    ],
  },
  phases: {
    'phase-morning': { name: 'Matin', description: 'Du réveil à l’arrivée au bureau.' },
    'phase-day': { name: 'Journée', description: 'Au travail, de la pause déjeuner à la fin d’après-midi.' },
    'phase-evening': { name: 'Soir', description: 'Du départ du bureau au coucher.' },
  },
  lanes: {
    context: 'Contexte (lieu, entourage, appareil)',
    actions: 'Ce qu’elle fait',
    thoughts: 'Ce qu’elle pense et ressent',
    emotion: 'Niveau de sérénité',
    brandRole: 'Place de l’enseigne',
    touchpoints: 'Points de contact',
    channels: 'Canaux',
    painPoints: 'Points de friction',
    opportunities: 'Opportunités',
    kpis: 'Indicateurs',
  },
  emotion: {
    min: 'Débordée',
    max: 'Sereine',
    current: 'Inès – journée actuelle',
  },
  stages: {
    'wake-up': {
      name: 'Réveil et petit-déjeuner (6 h 45 – 8 h 15)',
      description: 'Préparer les enfants, le petit-déjeuner et les sacs avant de partir.',
      context: 'À la maison, dans la cuisine, avec les enfants à habiller ; téléphone posé sur le plan de travail.',
      actions: [
        'Prépare le petit-déjeuner et les goûters',
        'Constate qu’il n’y a presque plus de lait ni de céréales',
        'Ajoute les produits à la liste de courses partagée',
      ],
      thoughts: '« Il faut absolument que je pense à commander ce midi, sinon il n’y aura rien ce soir. »',
      emotion: 'Pressée, la tête pleine de choses à ne pas oublier.',
      brandRole: 'Discrète et utile : la liste partagée de l’application sert de mémoire au foyer.',
      kpis: ['Articles ajoutés à la liste le matin', 'Part des foyers qui partagent leur liste'],
    },
    'morning-commute': {
      name: 'Trajet du matin (8 h 20 – 9 h)',
      description: 'Dépôt à l’école puis métro jusqu’au bureau.',
      context: 'Dans le métro, debout, téléphone à la main, écouteurs sur les oreilles.',
      actions: [
        'Écoute un podcast',
        'Fait défiler Instagram et tombe sur une recette sponsorisée',
        'Ouvre la notification des promotions de la semaine',
      ],
      thoughts: '« Tiens, une idée pour jeudi soir. Mais ces promotions sur les barbecues, ce n’est pas pour moi. »',
      emotion: 'Disponible : un des rares moments calmes de la matinée.',
      brandRole: 'Source d’inspiration, à condition d’être pertinente et pas trop insistante.',
      kpis: [
        'Taux d’ouverture des notifications du matin',
        'Désactivation des notifications (objectif : moins de 2 %)',
      ],
    },
    'lunch-break': {
      name: 'Pause déjeuner (12 h 30 – 13 h 15)',
      description: 'Déjeuner rapide et commande des courses au drive.',
      context: 'À la cafétéria du bureau, sandwich d’une main, téléphone de l’autre.',
      actions: [
        'Reprend le panier de la semaine dernière',
        'Complète avec la liste partagée',
        'Cherche un créneau de retrait à 18 h et paie',
      ],
      thoughts: '« Il reste un créneau à 18 h 15, parfait. Dix minutes et c’est réglé. »',
      emotion: 'Soulagée quand la commande est passée avant la fin de la pause.',
      brandRole: 'Centrale : la commande drive est le service qui lui fait gagner le plus de temps.',
      kpis: [
        'Durée de commande (objectif : 10 minutes)',
        'Créneaux du soir encore disponibles à midi (objectif : 90 %)',
      ],
    },
    afternoon: {
      name: 'Après-midi au bureau (14 h – 17 h 30)',
      description: 'Réunions et entretiens ; le téléphone vibre pendant ce temps.',
      context:
        'En réunion, téléphone retourné sur la table ; elle ne regarde ses notifications qu’entre deux rendez-vous.',
      actions: [
        'Reçoit une alerte : deux produits sont indisponibles',
        'Accepte ou refuse les remplacements proposés entre deux réunions',
      ],
      thoughts: '« Je n’ai pas le temps de choisir une autre marque de yaourts maintenant. »',
      emotion: 'Légèrement agacée d’être sollicitée au mauvais moment.',
      brandRole: 'Intrusive si elle exige une réponse immédiate ; rassurante si elle prévient sans déranger.',
      kpis: ['Remplacements acceptés (objectif : 80 %)', 'Délai de réponse aux propositions de remplacement'],
    },
    'evening-commute': {
      name: 'Retour et retrait des courses (17 h 30 – 18 h 45)',
      description: 'Sortie du bureau, récupération des enfants, passage au drive.',
      context: 'En voiture avec les deux enfants fatigués à l’arrière ; la circulation est dense.',
      actions: [
        'Récupère les enfants à l’étude',
        'Passe au magasin de proximité pour le pain',
        'Se présente au drive et attend que l’on charge les courses',
      ],
      thoughts: '« Pourvu que ça ne prenne pas dix minutes comme la dernière fois. »',
      emotion: 'Tendue : fatigue, enfants impatients, peur de l’attente.',
      brandRole: 'Décisive : un retrait rapide et sans erreur fait oublier tout le reste de la journée.',
      kpis: ['Attente au drive (objectif : 5 minutes)', 'Commandes complètes à la remise'],
    },
    evening: {
      name: 'Soirée en famille (19 h – 22 h)',
      description: 'Ranger les courses, cuisiner, dîner, coucher les enfants, préparer la suite.',
      context: 'À la maison, en cuisine puis sur le canapé ; tablette familiale et téléphone.',
      actions: [
        'Range les courses et prépare le dîner avec une recette de l’application',
        'Répond à l’enquête de satisfaction reçue après le retrait',
        'Note les idées de repas pour le reste de la semaine',
      ],
      thoughts: '« Ce soir, ça a roulé. Si je pouvais préparer la semaine entière comme ça… »',
      emotion: 'Apaisée une fois le dîner servi.',
      brandRole: 'Compagnon du repas : recettes, suivi de la cagnotte de fidélité, préparation de la semaine.',
      kpis: ['CSAT après retrait (objectif : 88 %)', 'Recettes consultées puis ajoutées au panier'],
    },
  },
  steps: {
    'reuse-basket': {
      name: 'Reprendre un panier précédent',
      description: 'Les produits habituels sont ajoutés en un geste, puis ajustés.',
    },
    'book-slot': {
      name: 'Réserver un créneau de retrait',
      description: 'Moment de vérité : trouver un créneau compatible avec la sortie de l’école.',
    },
    'substitution-alert': {
      name: 'Valider un remplacement',
      description: 'Un produit manque ; l’application propose un équivalent à accepter ou refuser.',
    },
    'school-pickup': {
      name: 'Récupérer les enfants',
      description: 'Sortie de l’étude à 18 h, avec un arrêt au magasin de proximité.',
    },
    'drive-pickup': {
      name: 'Retirer les courses au drive',
      description: 'Moment de vérité : courses complètes, chargées vite, sans sortir les enfants de la voiture.',
    },
    'cook-dinner': { name: 'Préparer le dîner', description: 'Une recette simple avec les produits du jour.' },
    'plan-week': {
      name: 'Préparer la suite de la semaine',
      description: 'Idées de repas et liste pour la prochaine commande.',
    },
  },
  pains: {
    scatteredList: {
      title: 'Liste éparpillée',
      detail: 'Une partie de la liste est sur papier, une autre dans les SMS du conjoint : des produits sont oubliés.',
    },
    irrelevantDeals: {
      title: 'Promotions hors sujet',
      detail: 'Les offres poussées le matin ne correspondent ni à ses achats ni à sa saison.',
    },
    noEveningSlot: {
      title: 'Plus de créneau le soir',
      detail: 'Les créneaux entre 17 h 30 et 19 h sont souvent complets dès la pause déjeuner.',
    },
    substitutionInMeeting: {
      title: 'Remplacement à valider en pleine réunion',
      detail: 'L’alerte demande une réponse rapide alors qu’elle n’est pas disponible.',
    },
    driveWait: {
      title: 'Attente au drive',
      detail: 'Dix minutes d’attente avec les enfants fatigués dans la voiture, sans savoir quand ce sera son tour.',
    },
    doubleTrip: {
      title: 'Deux arrêts au lieu d’un',
      detail: 'Le pain frais n’est pas proposé au drive : il faut s’arrêter aussi au magasin de proximité.',
    },
    recipeMissingIngredient: {
      title: 'Ingrédient manquant pour la recette',
      detail: 'La recette de l’application demande un produit qui n’était pas dans la commande.',
    },
  },
  opportunities: {
    scanToList: {
      title: 'Scanner pour ajouter à la liste',
      detail: 'Scanner le code-barres d’un produit vide ou le dicter pour l’ajouter à la liste partagée.',
    },
    listBasedDeals: {
      title: 'Promotions tirées de sa liste',
      detail: 'Ne pousser le matin que les offres sur les produits de sa liste ou de ses achats habituels.',
    },
    weeklyBasket: {
      title: 'Panier de la semaine prêt à valider',
      detail: 'Un panier pré-rempli à partir de ses habitudes et de la liste, validé en deux minutes.',
    },
    slotAlert: {
      title: 'Alerte de créneau libéré',
      detail: 'Prévenir quand un créneau du soir se libère, ou réserver le créneau habituel à l’avance.',
    },
    substitutionPreferences: {
      title: 'Préférences de remplacement enregistrées',
      detail: 'Choisir une fois pour toutes les remplacements acceptés, pour ne plus être sollicitée.',
    },
    arrivalCheckIn: {
      title: 'Arrivée signalée à l’avance',
      detail: 'Signaler son arrivée dix minutes avant, pour que les courses soient prêtes à la borne.',
    },
    recipeToBasket: {
      title: 'De la recette au panier',
      detail: 'Ajouter en un geste les ingrédients manquants d’une recette à la prochaine commande.',
    },
  },
  touchpoints: {
    'tp-shopping-list': {
      name: 'Liste de courses partagée',
      description: 'Liste de l’application partagée entre les membres du foyer.',
      ownerTeam: 'Produit digital',
    },
    'tp-social-recipe': {
      name: 'Recette sponsorisée sur Instagram',
      description: 'Publication sponsorisée qui renvoie vers une recette et ses ingrédients.',
      ownerTeam: 'Marketing social',
    },
    'tp-weekly-deals-push': {
      name: 'Notification des promotions de la semaine',
      description: 'Notification envoyée le matin avec les offres de la semaine.',
      ownerTeam: 'CRM',
    },
    'tp-slot-booking': {
      name: 'Réservation du créneau de retrait',
      description: 'Choix d’un créneau de retrait au drive.',
      ownerTeam: 'E-commerce',
    },
    'tp-drive-order': {
      name: 'Commande drive',
      description: 'Validation et paiement de la commande à retirer au drive.',
      ownerTeam: 'E-commerce',
    },
    'tp-substitution-push': {
      name: 'Alerte de remplacement de produit',
      description: 'Notification proposant un produit équivalent à la place d’un produit indisponible.',
      ownerTeam: 'Préparation des commandes',
    },
    'tp-drive-pickup': {
      name: 'Retrait au drive',
      description: 'Remise des courses dans le coffre à la borne de retrait.',
      ownerTeam: 'Opérations drive',
    },
    'tp-local-store': {
      name: 'Magasin de proximité',
      description: 'Achat d’appoint en caisse dans le magasin de quartier.',
      ownerTeam: 'Réseau de magasins',
    },
    'tp-recipe': {
      name: 'Recette dans l’application',
      description: 'Fiche recette avec les étapes et la liste des ingrédients.',
      ownerTeam: 'Contenus',
    },
    'tp-pickup-survey': {
      name: 'Enquête après retrait',
      description: 'Question « Êtes-vous satisfaite de votre retrait ? » notée de 1 à 5, envoyée une heure après.',
      ownerTeam: 'Expérience client',
    },
  },
  kpis: {
    'app-habit': {
      name: 'Usage régulier de l’application',
      formula:
        'Porteurs de la carte de fidélité ayant ouvert l’application au moins 3 jours distincts dans la semaine ÷ porteurs actifs de la carte × 100',
      description: 'Mesure la place de l’enseigne dans le quotidien, au-delà de l’acte d’achat.',
    },
    'push-opt-out': {
      name: 'Désactivation des notifications',
      formula:
        'Clients ayant désactivé les notifications dans les 7 jours suivant une campagne ÷ clients ayant reçu la campagne × 100',
      description: 'Le garde-fou contre les sollicitations à contretemps.',
    },
    'order-duration': {
      name: 'Durée de commande drive',
      formula:
        'Médiane du délai entre l’ouverture de l’application (Application Opened) et la commande drive validée (Order Completed), en heures (10 minutes ≈ 0,17 h)',
      description: 'Une commande doit tenir dans une pause déjeuner.',
    },
    'evening-slot-availability': {
      name: 'Créneaux du soir disponibles à midi',
      formula:
        'Sessions de commande drive entre 12 h et 14 h où au moins un créneau est libre entre 17 h 30 et 19 h ÷ sessions de commande drive entre 12 h et 14 h × 100',
      description: 'Le créneau du soir conditionne toute la fin de journée des parents actifs.',
    },
    'substitution-acceptance': {
      name: 'Remplacements acceptés',
      formula: 'Remplacements acceptés par le client ÷ remplacements proposés × 100',
      description: 'Un taux bas signale des propositions inadaptées ou envoyées au mauvais moment.',
    },
    'drive-wait': {
      name: 'Attente au drive',
      formula:
        'Médiane du délai entre l’arrivée signalée à la borne et la remise des courses (Order Picked Up), en heures (5 minutes ≈ 0,08 h)',
      description: 'Le moment de vérité de la fin de journée.',
    },
    csat: {
      name: 'Satisfaction après retrait (CSAT)',
      formula:
        'CSAT = nombre de notes 4 ou 5 ÷ nombre total de réponses à « Êtes-vous satisfaite de votre retrait ? » (échelle de 1 à 5) × 100',
      description: 'Mesurée par l’enquête envoyée une heure après le retrait.',
    },
  },
}

const en: Text = {
  template: {
    title: 'A day in the life',
    description:
      'The moments of a persona’s ordinary day, from waking up to the evening, to see where the brand fits into their life, where it helps and where it gets in the way. Example: a working mother and her grocery retailer (app, click-and-collect, local store).',
  },
  map: {
    title: 'A day with Inès: where the grocer fits into her day',
    objective:
      'Understand a working parent’s day hour by hour, spot the moments where the grocer can save her time (shopping list, click-and-collect order, pickup, dinner) and those where it intrudes at the wrong time, to decide which services to develop and which prompts to stop.',
  },
  persona: {
    name: 'Inès Martin',
    quote: '“I do my shopping between two meetings. What matters is that it fits in ten minutes.”',
    summary:
      'A 38-year-old HR manager and mother of two who juggles the office, school and home. She does most of her grocery shopping through click-and-collect and pops into the local store for what she forgot.',
    demographics: {
      ageRange: '35–40',
      gender: 'Female',
      location: 'Montreuil, near Paris; works in Paris',
      occupation: 'HR manager at a small company',
      income: 'Household income of about €5,200 net per month',
      education: 'Master’s degree in human resources management',
      familyStatus: 'Living with her partner, two children aged 6 and 9',
    },
    psychographics: {
      lifestyle: [
        'Tightly timed days between the office, school and the children’s activities',
        'Works from home two days a week',
      ],
      habits: [
        'Keeps a shopping list shared with her partner',
        'Orders click-and-collect during her lunch break',
        'Does a big shop at the weekend and top-ups during the week',
      ],
      values: ['Eating healthily as a family', 'Not wasting food', 'Keeping time for her children'],
      interests: ['Quick seasonal cooking', 'Running', 'Podcasts'],
    },
    goals: [
      'Do the weekly shop in under fifteen minutes',
      'Cook balanced dinners without spending the whole evening on it',
      'Stick to the household food budget',
    ],
    needs: [
      'Pickup slots that match school pick-up time',
      'A shopping list reachable from any phone in the household',
      'Simple meal ideas using what she already has',
    ],
    frustrations: [
      'Evening slots fully booked by noon',
      'Product substitutions to approve at the wrong moment',
      'Promotions that are irrelevant to her',
      'Waiting at the pickup point with tired children in the car',
    ],
    motivations: ['Saving time', 'Feeling organised', 'Making her family happy'],
    sections: [
      {
        title: 'Her typical day',
        body: 'Up at 6:45 am, school at 8:20, office from 9 am to 5:30 pm with a short lunch break, after-school club pick-up at 6 pm, dinner around 7:30 pm, some time for herself after 9:30 pm.',
      },
      {
        title: 'Her devices',
        body: 'Her phone all day, the office computer, the family tablet in the evening. Notifications are only welcome during breaks.',
      },
    ],
  },
  phases: {
    'phase-morning': { name: 'Morning', description: 'From waking up to arriving at the office.' },
    'phase-day': { name: 'Daytime', description: 'At work, from the lunch break to late afternoon.' },
    'phase-evening': { name: 'Evening', description: 'From leaving the office to bedtime.' },
  },
  lanes: {
    context: 'Context (place, people around, device)',
    actions: 'What she does',
    thoughts: 'What she thinks and feels',
    emotion: 'Level of calm',
    brandRole: 'Where the brand fits',
    touchpoints: 'Touchpoints',
    channels: 'Channels',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    kpis: 'KPIs',
  },
  emotion: {
    min: 'Overwhelmed',
    max: 'Calm',
    current: 'Inès – current day',
  },
  stages: {
    'wake-up': {
      name: 'Wake-up and breakfast (6:45 – 8:15 am)',
      description: 'Getting the children, breakfast and bags ready before leaving.',
      context: 'At home, in the kitchen, with the children to dress; phone lying on the counter.',
      actions: [
        'Makes breakfast and snacks',
        'Notices there is almost no milk or cereal left',
        'Adds the products to the shared shopping list',
      ],
      thoughts: '“I must remember to order at lunchtime, or there’ll be nothing tonight.”',
      emotion: 'Rushed, with lots of things not to forget.',
      brandRole: 'Discreet and useful: the app’s shared list is the household’s memory.',
      kpis: ['Items added to the list in the morning', 'Share of households sharing their list'],
    },
    'morning-commute': {
      name: 'Morning commute (8:20 – 9 am)',
      description: 'School drop-off, then the metro to the office.',
      context: 'On the metro, standing, phone in hand, earphones in.',
      actions: [
        'Listens to a podcast',
        'Scrolls Instagram and comes across a sponsored recipe',
        'Opens the weekly deals notification',
      ],
      thoughts: '“Oh, an idea for Thursday night. But barbecue deals aren’t for me.”',
      emotion: 'Available: one of the few calm moments of the morning.',
      brandRole: 'A source of inspiration, as long as it is relevant and not too pushy.',
      kpis: ['Open rate of morning notifications', 'Notification opt-outs (target: under 2%)'],
    },
    'lunch-break': {
      name: 'Lunch break (12:30 – 1:15 pm)',
      description: 'A quick lunch and the click-and-collect order.',
      context: 'In the office cafeteria, sandwich in one hand, phone in the other.',
      actions: [
        'Reuses last week’s basket',
        'Adds items from the shared list',
        'Looks for a 6 pm pickup slot and pays',
      ],
      thoughts: '“There’s a 6:15 slot left, perfect. Ten minutes and it’s done.”',
      emotion: 'Relieved when the order is placed before the end of the break.',
      brandRole: 'Central: click-and-collect is the service that saves her the most time.',
      kpis: ['Order duration (target: 10 minutes)', 'Evening slots still available at noon (target: 90%)'],
    },
    afternoon: {
      name: 'Afternoon at the office (2 – 5:30 pm)',
      description: 'Meetings and interviews; her phone buzzes meanwhile.',
      context: 'In a meeting, phone face down on the table; she only checks notifications between appointments.',
      actions: [
        'Gets an alert: two products are out of stock',
        'Accepts or declines the suggested substitutions between meetings',
      ],
      thoughts: '“I don’t have time to pick another brand of yoghurt right now.”',
      emotion: 'Slightly annoyed at being asked at the wrong moment.',
      brandRole: 'Intrusive if it demands an immediate answer; reassuring if it informs without disturbing.',
      kpis: ['Substitutions accepted (target: 80%)', 'Time to answer substitution proposals'],
    },
    'evening-commute': {
      name: 'Trip home and pickup (5:30 – 6:45 pm)',
      description: 'Leaving the office, picking up the children, stopping at the pickup point.',
      context: 'In the car with two tired children in the back; heavy traffic.',
      actions: [
        'Picks up the children from the after-school club',
        'Stops at the local store for bread',
        'Checks in at the pickup point and waits for the groceries to be loaded',
      ],
      thoughts: '“I hope it doesn’t take ten minutes like last time.”',
      emotion: 'Tense: tiredness, impatient children, fear of waiting.',
      brandRole: 'Decisive: a quick, error-free pickup makes up for the rest of the day.',
      kpis: ['Pickup wait (target: 5 minutes)', 'Complete orders at hand-over'],
    },
    evening: {
      name: 'Family evening (7 – 10 pm)',
      description: 'Putting the shopping away, cooking, dinner, bedtime, getting ready for what comes next.',
      context: 'At home, in the kitchen then on the sofa; family tablet and phone.',
      actions: [
        'Puts the shopping away and cooks dinner with a recipe from the app',
        'Answers the satisfaction survey received after pickup',
        'Notes meal ideas for the rest of the week',
      ],
      thoughts: '“Tonight went smoothly. If only I could plan the whole week like this…”',
      emotion: 'At ease once dinner is served.',
      brandRole: 'A dinner companion: recipes, loyalty balance, planning the week.',
      kpis: ['CSAT after pickup (target: 88%)', 'Recipes viewed then added to the basket'],
    },
  },
  steps: {
    'reuse-basket': {
      name: 'Reuse a previous basket',
      description: 'Usual products are added in one tap, then adjusted.',
    },
    'book-slot': {
      name: 'Book a pickup slot',
      description: 'Moment of truth: finding a slot that matches school pick-up time.',
    },
    'substitution-alert': {
      name: 'Approve a substitution',
      description: 'A product is missing; the app suggests an equivalent to accept or decline.',
    },
    'school-pickup': {
      name: 'Pick up the children',
      description: 'After-school club ends at 6 pm, with a stop at the local store.',
    },
    'drive-pickup': {
      name: 'Collect the groceries',
      description: 'Moment of truth: complete order, loaded quickly, without getting the children out of the car.',
    },
    'cook-dinner': { name: 'Cook dinner', description: 'A simple recipe with the day’s products.' },
    'plan-week': { name: 'Plan the rest of the week', description: 'Meal ideas and a list for the next order.' },
  },
  pains: {
    scatteredList: {
      title: 'Scattered list',
      detail: 'Part of the list is on paper, part in her partner’s texts: products get forgotten.',
    },
    irrelevantDeals: {
      title: 'Irrelevant deals',
      detail: 'The offers pushed in the morning match neither her purchases nor the season.',
    },
    noEveningSlot: {
      title: 'No evening slot left',
      detail: 'Slots between 5:30 and 7 pm are often fully booked by lunchtime.',
    },
    substitutionInMeeting: {
      title: 'Substitution to approve mid-meeting',
      detail: 'The alert asks for a quick answer when she is not available.',
    },
    driveWait: {
      title: 'Waiting at the pickup point',
      detail: 'Ten minutes with tired children in the car, without knowing when her turn will come.',
    },
    doubleTrip: {
      title: 'Two stops instead of one',
      detail: 'Fresh bread is not available for pickup, so she has to stop at the local store too.',
    },
    recipeMissingIngredient: {
      title: 'Missing ingredient for the recipe',
      detail: 'The app’s recipe calls for a product that was not in the order.',
    },
  },
  opportunities: {
    scanToList: {
      title: 'Scan to add to the list',
      detail: 'Scan the barcode of an empty product or say it aloud to add it to the shared list.',
    },
    listBasedDeals: {
      title: 'Deals drawn from her list',
      detail: 'Only push morning offers on products from her list or her usual purchases.',
    },
    weeklyBasket: {
      title: 'Weekly basket ready to confirm',
      detail: 'A basket prefilled from her habits and the list, confirmed in two minutes.',
    },
    slotAlert: {
      title: 'Freed-slot alert',
      detail: 'Notify her when an evening slot frees up, or reserve her usual slot in advance.',
    },
    substitutionPreferences: {
      title: 'Saved substitution preferences',
      detail: 'Choose acceptable substitutions once and for all, so she is no longer asked.',
    },
    arrivalCheckIn: {
      title: 'Arrival announced in advance',
      detail: 'Check in ten minutes before arriving so the groceries are waiting at the pickup bay.',
    },
    recipeToBasket: {
      title: 'From recipe to basket',
      detail: 'Add a recipe’s missing ingredients to the next order in one tap.',
    },
  },
  touchpoints: {
    'tp-shopping-list': {
      name: 'Shared shopping list',
      description: 'In-app list shared between household members.',
      ownerTeam: 'Digital product',
    },
    'tp-social-recipe': {
      name: 'Sponsored recipe on Instagram',
      description: 'Sponsored post linking to a recipe and its ingredients.',
      ownerTeam: 'Social media marketing',
    },
    'tp-weekly-deals-push': {
      name: 'Weekly deals notification',
      description: 'Notification sent in the morning with the week’s offers.',
      ownerTeam: 'CRM',
    },
    'tp-slot-booking': {
      name: 'Pickup slot booking',
      description: 'Choosing a click-and-collect pickup slot.',
      ownerTeam: 'E-commerce',
    },
    'tp-drive-order': {
      name: 'Click-and-collect order',
      description: 'Confirming and paying for the order to collect.',
      ownerTeam: 'E-commerce',
    },
    'tp-substitution-push': {
      name: 'Product substitution alert',
      description: 'Notification suggesting an equivalent for an out-of-stock product.',
      ownerTeam: 'Order picking',
    },
    'tp-drive-pickup': {
      name: 'Click-and-collect pickup',
      description: 'Groceries loaded into the boot at the pickup bay.',
      ownerTeam: 'Pickup operations',
    },
    'tp-local-store': {
      name: 'Local store',
      description: 'Top-up purchase at the till of the neighbourhood store.',
      ownerTeam: 'Store network',
    },
    'tp-recipe': {
      name: 'In-app recipe',
      description: 'Recipe page with steps and the list of ingredients.',
      ownerTeam: 'Content',
    },
    'tp-pickup-survey': {
      name: 'Post-pickup survey',
      description: 'Question “How satisfied are you with your pickup?” rated from 1 to 5, sent an hour later.',
      ownerTeam: 'Customer experience',
    },
  },
  kpis: {
    'app-habit': {
      name: 'Regular app use',
      formula:
        'Loyalty card holders who opened the app on at least 3 different days in the week ÷ active loyalty card holders × 100',
      description: 'Measures the brand’s place in everyday life, beyond the purchase itself.',
    },
    'push-opt-out': {
      name: 'Notification opt-outs',
      formula:
        'Customers who turned off notifications within 7 days of a campaign ÷ customers who received the campaign × 100',
      description: 'The safeguard against badly timed prompts.',
    },
    'order-duration': {
      name: 'Click-and-collect order duration',
      formula:
        'Median time between opening the app (Application Opened) and the confirmed click-and-collect order (Order Completed), in hours (10 minutes ≈ 0.17 h)',
      description: 'An order must fit into a lunch break.',
    },
    'evening-slot-availability': {
      name: 'Evening slots available at noon',
      formula:
        'Click-and-collect ordering sessions between 12 and 2 pm with at least one free slot between 5:30 and 7 pm ÷ click-and-collect ordering sessions between 12 and 2 pm × 100',
      description: 'The evening slot shapes the whole end of the day for working parents.',
    },
    'substitution-acceptance': {
      name: 'Substitutions accepted',
      formula: 'Substitutions accepted by the customer ÷ substitutions proposed × 100',
      description: 'A low rate signals unsuitable proposals or proposals sent at the wrong time.',
    },
    'drive-wait': {
      name: 'Pickup wait',
      formula:
        'Median time between check-in at the pickup bay and hand-over of the groceries (Order Picked Up), in hours (5 minutes ≈ 0.08 h)',
      description: 'The moment of truth at the end of the day.',
    },
    csat: {
      name: 'Post-pickup satisfaction (CSAT)',
      formula:
        'CSAT = number of 4 or 5 ratings ÷ total number of answers to “How satisfied are you with your pickup?” (scale of 1 to 5) × 100',
      description: 'Measured by the survey sent an hour after pickup.',
    },
  },
}

const text: Record<TemplateLocale, Text> = { fr, en }

export const dayInTheLifeTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'format',
  ...dictionaryHeading(text),
  source: 'practice',
  build,
}
