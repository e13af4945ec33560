import type { Channel } from '../../shared/channel.js'
import type { BlueprintArea, BlueprintZone, KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import {
  buildTemplate,
  type RowSpec,
  type TemplateDefinition,
  type TemplateInstance,
  type TemplateLocale,
} from './template.js'
import { dictionaryBuilders, dictionaryHeading, touchpointCells } from './template-kit.js'

/**
 * Service blueprint of a restaurant's click-and-collect service: what the customer does and sees, then,
 * below the line of interaction, the counter staff (frontstage), the kitchen (backstage) and the
 * systems, rules and support processes that make each step possible.
 */

const TEMPLATE_ID = 'service-blueprint'
const PERSONA_ID = 'service-blueprint-karim'

const STAGE_IDS = ['browse-menu', 'order', 'wait', 'pickup', 'eat', 'feedback'] as const
type StageId = (typeof STAGE_IDS)[number]
type Text = typeof fr
type StageText = Text['stages'][StageId]

/** The blueprint lanes, top to bottom; the lines of interaction, visibility and internal interaction follow from the zones. */
const BLUEPRINT_LANES: readonly {
  readonly id: keyof Text['blueprintLanes']
  readonly zone: BlueprintZone
  readonly area: BlueprintArea
  readonly cell: keyof StageText
}[] = [
  { id: 'frontstage-people', zone: 'frontstage', area: 'people', cell: 'frontstagePeople' },
  { id: 'frontstage-actions', zone: 'frontstage', area: 'actions', cell: 'frontstageActions' },
  { id: 'backstage-people', zone: 'backstage', area: 'people', cell: 'backstagePeople' },
  { id: 'backstage-processes', zone: 'backstage', area: 'processes', cell: 'backstageProcesses' },
  { id: 'support-technology', zone: 'support', area: 'technology', cell: 'supportTechnology' },
  { id: 'support-policies', zone: 'support', area: 'policies', cell: 'supportPolicies' },
  { id: 'support-processes', zone: 'support', area: 'processes', cell: 'supportProcesses' },
]

/** Emotion of the current experience on a −2…+2 scale. */
const EMOTION: Record<StageId, number> = {
  'browse-menu': 1,
  order: 0,
  wait: 0,
  pickup: -1,
  eat: 2,
  feedback: 1,
}

const CHANNELS: Record<StageId, readonly Channel[]> = {
  'browse-menu': ['app', 'web'],
  order: ['app', 'web'],
  wait: ['email', 'sms', 'app'],
  pickup: ['store'],
  eat: ['app'],
  feedback: ['email', 'web'],
}

function build(locale: TemplateLocale): TemplateInstance {
  const t = text[locale]
  const { step, stage, column, pain, opportunity, touchpoint, kpi } = dictionaryBuilders(t, STAGE_IDS)

  const stages: Stage[] = [
    stage('browse-menu', []),
    stage('order', [step('choose-dishes'), step('pick-slot'), step('pay')]),
    stage('wait', [step('order-confirmed'), step('ready-notification')]),
    stage('pickup', [step('arrive'), step('hand-over', true)]),
    stage('eat', [step('unpack', true), step('dinner')]),
    stage('feedback', []),
  ]

  const touchpoints: Touchpoint[] = [
    touchpoint('tp-online-menu', {
      channel: 'app',
      mode: 'online',
      stageId: 'browse-menu',
      importance: 'medium',
      selector: { events: ['Product List Viewed'], channels: ['app', 'web'] },
    }),
    touchpoint('tp-slot-picker', {
      channel: 'app',
      mode: 'online',
      stageId: 'order',
      stepId: 'pick-slot',
      importance: 'high',
      selector: { events: ['Pickup Slot Selected'], channels: ['app', 'web'] },
    }),
    touchpoint('tp-checkout', {
      channel: 'app',
      mode: 'online',
      stageId: 'order',
      stepId: 'pay',
      importance: 'critical',
      isRequired: true,
      selector: {
        events: ['Order Completed'],
        channels: ['app', 'web'],
        where: [{ op: 'eq', property: 'properties.fulfillment', value: 'click-and-collect' }],
      },
    }),
    touchpoint('tp-confirmation-email', {
      channel: 'email',
      mode: 'online',
      stageId: 'wait',
      stepId: 'order-confirmed',
      importance: 'medium',
      selector: {
        events: ['Email Delivered'],
        where: [{ op: 'eq', property: 'properties.email_type', value: 'order-confirmation' }],
      },
    }),
    touchpoint('tp-ready-sms', {
      channel: 'sms',
      mode: 'online',
      stageId: 'wait',
      stepId: 'ready-notification',
      importance: 'high',
      selector: {
        events: ['SMS Delivered'],
        where: [{ op: 'eq', property: 'properties.template', value: 'order-ready' }],
      },
    }),
    touchpoint('tp-pickup-counter', {
      channel: 'store',
      mode: 'offline',
      stageId: 'pickup',
      stepId: 'hand-over',
      importance: 'critical',
      isRequired: true,
      selector: { events: ['Order Picked Up'], channels: ['store'] },
    }),
    touchpoint('tp-issue-report', {
      channel: 'app',
      mode: 'online',
      stageId: 'eat',
      stepId: 'unpack',
      importance: 'high',
      selector: { events: ['Order Issue Reported'] },
    }),
    touchpoint('tp-satisfaction-email', {
      channel: 'email',
      mode: 'online',
      stageId: 'feedback',
      importance: 'high',
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'csat' }],
      },
    }),
    touchpoint('tp-public-review', {
      channel: 'web',
      mode: 'online',
      stageId: 'feedback',
      importance: 'medium',
      selector: {
        events: ['Review Received'],
        where: [{ op: 'eq', property: 'properties.platform', value: 'google' }],
      },
    }),
  ]

  const kpis: KpiDefinition[] = [
    kpi('checkout-conversion', {
      kind: 'conversion-rate',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-checkout' },
      target: 70,
      direction: 'higher-is-better',
    }),
    kpi('ready-on-time', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'wait' },
      target: 95,
      direction: 'higher-is-better',
    }),
    kpi('counter-wait', {
      kind: 'time-to-next-step',
      unit: 'duration-hours',
      appliesTo: { level: 'stage', stageId: 'pickup' },
      target: 0.05,
      direction: 'lower-is-better',
    }),
    kpi('order-accuracy', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'eat' },
      target: 98,
      direction: 'higher-is-better',
    }),
    kpi('csat', {
      kind: 'csat',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-satisfaction-email' },
      target: 90,
      direction: 'higher-is-better',
    }),
    kpi('repeat-rate', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'map' },
      target: 45,
      direction: 'higher-is-better',
    }),
  ]

  const blueprintRows: RowSpec[] = BLUEPRINT_LANES.map((lane) => ({
    lane: { kind: 'blueprint', id: lane.id, zone: lane.zone, area: lane.area, ...t.blueprintLanes[lane.id] },
    cells: column((id) => t.stages[id][lane.cell]),
  }))

  return buildTemplate({
    id: `${TEMPLATE_ID}-${locale}`,
    templateId: TEMPLATE_ID,
    locale,
    title: t.map.title,
    objective: t.map.objective,
    type: 'blueprint',
    personas: [
      {
        id: PERSONA_ID,
        avatar: '🚲',
        audience: 'b2c',
        ...t.persona,
        preferredChannels: ['app', 'sms', 'web'],
        segment: {
          match: 'all',
          conditions: [
            {
              kind: 'performed',
              selector: {
                events: ['Order Completed'],
                where: [{ op: 'eq', property: 'properties.fulfillment', value: 'click-and-collect' }],
              },
              minCount: 2,
            },
          ],
        },
      },
    ],
    stages,
    rows: [
      { lane: { id: 'evidence', kind: 'text', ...t.lanes.evidence }, cells: column((id) => t.stages[id].evidence) },
      { lane: { id: 'thoughts', kind: 'thoughts', ...t.lanes.thoughts }, cells: column((id) => t.stages[id].thoughts) },
      {
        lane: {
          id: 'emotion',
          kind: 'emotion-curve',
          ...t.lanes.emotion,
          scale: { min: -2, max: 2, minLabel: t.emotion.min, maxLabel: t.emotion.max },
          curves: [
            {
              id: 'karim-current',
              label: t.emotion.current,
              personaId: PERSONA_ID,
              state: 'current',
              points: STAGE_IDS.map((id) => ({ stageId: id, value: EMOTION[id], note: t.stages[id].emotion })),
            },
          ],
        },
      },
      {
        lane: { id: 'customer-actions', kind: 'actions', ...t.lanes.customerActions },
        cells: column((id) => t.stages[id].actions),
      },
      {
        lane: { id: 'touchpoints', kind: 'touchpoints', ...t.lanes.touchpoints },
        cells: touchpointCells(stages, touchpoints),
      },
      {
        lane: { id: 'channels', kind: 'channels', ...t.lanes.channels },
        cells: column((id) => ({ channels: CHANNELS[id] })),
      },
      ...blueprintRows,
      {
        lane: { id: 'pain-points', kind: 'pain-points', ...t.lanes.painPoints },
        cells: {
          'browse-menu': { cards: [pain('soldOutAtCheckout', 2)] },
          order: { cards: [pain('hiddenFees', 2, ['pay'])] },
          wait: { cards: [pain('unclearStatus', 1, ['ready-notification'])] },
          pickup: { cards: [pain('sharedQueue', 3, ['arrive']), pain('notReady', 3, ['hand-over'])] },
          eat: { cards: [pain('missingItem', 3, ['unpack'])] },
          feedback: { cards: [pain('unansweredReview', 1)] },
        },
      },
      {
        lane: { id: 'opportunities', kind: 'opportunities', ...t.lanes.opportunities },
        cells: {
          'browse-menu': { cards: [opportunity('liveStock', 'high', 'medium')] },
          order: { cards: [opportunity('allInPrices', 'medium', 'low')] },
          wait: { cards: [opportunity('leaveNowAlert', 'high', 'medium')] },
          pickup: { cards: [opportunity('selfServiceShelf', 'high', 'low')] },
          eat: { cards: [opportunity('bagScan', 'high', 'medium'), opportunity('oneTapRefund', 'medium', 'low')] },
          feedback: { cards: [opportunity('oneTapReorder', 'medium', 'low')] },
        },
      },
      { lane: { id: 'kpis', kind: 'kpis', ...t.lanes.kpis }, cells: column((id) => t.stages[id].kpis) },
    ],
    touchpoints,
    kpis,
  })
}

const fr = {
  template: {
    title: 'Plan de service (service blueprint)',
    description:
      'Le parcours client et tout ce qui le rend possible : personnel en contact, coulisses, systèmes, règles et processus de support, séparés par les lignes d’interaction, de visibilité et d’interaction interne. Exemple : la commande à emporter d’un restaurant.',
  },
  map: {
    title: 'Plan de service : commande à emporter au restaurant',
    objective:
      'Relier chaque étape de la commande à emporter aux gestes du personnel, aux processus de cuisine, aux systèmes et aux règles qui la rendent possible, pour comprendre pourquoi certaines commandes ne sont pas prêtes à l’heure ou arrivent incomplètes, et décider où agir.',
  },
  persona: {
    name: 'Karim Haddad',
    quote: '« Si je choisis 19 h 15, je veux repartir à 19 h 16 avec un sac complet et encore chaud. »',
    summary:
      'Chef de projet de 34 ans qui commande à emporter deux soirs par semaine en quittant le bureau. Il veut un repas chaud et complet, prêt à l’heure choisie, sans faire la queue.',
    demographics: {
      ageRange: '30–35 ans',
      gender: 'Homme',
      location: 'Lyon 7e',
      occupation: 'Chef de projet informatique',
      income: '42 000 € bruts par an',
      education: 'Master en informatique',
      familyStatus: 'En couple, sans enfant',
    },
    psychographics: {
      lifestyle: ['Longues journées de bureau, peu de temps pour cuisiner en semaine', 'Se déplace à vélo'],
      habits: [
        'Commande depuis l’application dans le tram ou en quittant le bureau',
        'Recommande souvent le même plat',
        'Lit les avis Google avant d’essayer un nouveau restaurant',
      ],
      values: ['Ponctualité', 'Produits frais et locaux', 'Moins d’emballages jetables'],
      interests: ['Cuisines du monde', 'Vélo en ville', 'Séries'],
    },
    goals: [
      'Bien dîner en semaine sans cuisiner',
      'Récupérer sa commande sans attendre',
      'Garder la maîtrise de son budget repas',
    ],
    needs: [
      'Un créneau de retrait fiable',
      'Être prévenu quand la commande est prête',
      'Des informations claires sur les allergènes',
      'Un emballage qui garde les plats chauds pendant quinze minutes de vélo',
    ],
    frustrations: [
      'Une commande pas prête à l’heure annoncée',
      'Un article manquant découvert une fois à la maison',
      'Faire la queue avec les clients qui commandent sur place',
      'Des frais de service découverts au moment de payer',
    ],
    motivations: ['Gagner du temps', 'Se faire plaisir après une longue journée', 'Soutenir un restaurant du quartier'],
    sections: [
      {
        title: 'Son rituel de commande',
        body: 'Vers 18 h 30, dans le tram, Karim ouvre l’application, reprend souvent sa commande habituelle et choisit le créneau de 19 h 15. Il passe au restaurant à vélo en rentrant chez lui.',
      },
      {
        title: 'Ce qui le fait revenir',
        body: 'La régularité : même qualité, même ponctualité et un mot aimable au comptoir. Une seule erreur dans le sac et il hésite à recommander la semaine suivante.',
      },
    ],
  },
  lanes: {
    evidence: {
      title: 'Preuves physiques et numériques',
      description: 'Ce que le client voit, reçoit ou touche à chaque étape : écrans, messages, lieux, emballages.',
    },
    thoughts: { title: 'Pensées et ressentis', description: 'Ce que le client se dit à ce moment-là.' },
    emotion: { title: 'Courbe émotionnelle', description: 'Le ressenti de Karim dans l’expérience actuelle.' },
    customerActions: {
      title: 'Actions du client',
      description: 'Ce que fait le client, juste au-dessus de la ligne d’interaction.',
    },
    touchpoints: { title: 'Points de contact', description: 'Les interactions mesurées, reliées aux événements.' },
    channels: { title: 'Canaux', description: 'Les canaux utilisés à chaque étape.' },
    painPoints: { title: 'Points de friction', description: 'Là où le service casse, côté client comme en coulisses.' },
    opportunities: {
      title: 'Opportunités',
      description: 'Les améliorations à étudier, avec leur impact et leur effort.',
    },
    kpis: { title: 'Indicateurs', description: 'Ce qu’il faut mesurer pour savoir si le service tient ses promesses.' },
  },
  blueprintLanes: {
    'frontstage-people': {
      title: 'Front-office : personnel en contact',
      description: 'Ce que fait, visible du client, l’équipe en contact direct avec lui.',
    },
    'frontstage-actions': {
      title: 'Front-office : interfaces visibles',
      description: 'Ce que le client voit du service sans parler à personne : application, messages, écrans.',
    },
    'backstage-people': {
      title: 'Coulisses : équipe',
      description: 'Ce que font la cuisine et le manager, hors de la vue du client (sous la ligne de visibilité).',
    },
    'backstage-processes': {
      title: 'Coulisses : processus',
      description: 'Les enchaînements internes qui préparent chaque commande.',
    },
    'support-technology': {
      title: 'Support : systèmes',
      description: 'Les outils qui font tourner le service (sous la ligne d’interaction interne).',
    },
    'support-policies': {
      title: 'Support : règles et politiques',
      description: 'Les engagements et règles de gestion qui encadrent le service.',
    },
    'support-processes': {
      title: 'Support : processus de soutien',
      description: 'Ce que font les fonctions support : approvisionnement, planning, formation, finance.',
    },
  },
  emotion: {
    min: 'Très contrarié',
    max: 'Ravi',
    current: 'Karim – expérience actuelle',
  },
  stages: {
    'browse-menu': {
      name: 'Consulter la carte',
      description: 'Le client découvre la carte du soir dans l’application ou sur le site.',
      evidence: 'Application et site : photos des plats, prix, allergènes, délai de préparation annoncé.',
      actions: ['Ouvre l’application dans le tram', 'Parcourt la carte du soir et les plats du jour'],
      thoughts: '« Qu’est-ce qui me fait envie ce soir ? Et ce sera prêt dans combien de temps ? »',
      emotion: 'Envie et curiosité devant les plats du jour.',
      frontstagePeople: 'Aucun contact humain à cette étape : le client est seul face à la carte en ligne.',
      frontstageActions: ['Carte affichée avec les disponibilités du soir', 'Plats épuisés grisés'],
      backstagePeople: ['Le chef met à jour les plats du jour et les ruptures avant le service'],
      backstageProcesses: ['Mise en place en cuisine', 'Synchronisation des stocks avec la carte en ligne'],
      supportTechnology: ['Plateforme de commande en ligne (application et site)', 'Logiciel de caisse et de stocks'],
      supportPolicies: [
        'Mêmes plats et mêmes prix en ligne et sur place',
        'Affichage des 14 allergènes réglementaires pour chaque plat',
      ],
      supportProcesses: [
        'Mise à jour quotidienne de la carte par le gérant',
        'Photos des plats renouvelées à chaque saison',
      ],
      kpis: ['Taux de passage de la carte au panier', 'Plats consultés puis indisponibles'],
    },
    order: {
      name: 'Commander et payer',
      description: 'Le client compose son panier, choisit un créneau de retrait et paie en ligne.',
      evidence: 'Récapitulatif du panier, créneau choisi, montant total et reçu de paiement.',
      actions: [
        'Choisit ses plats et une boisson',
        'Sélectionne le créneau de 19 h 15',
        'Paie par carte ou portefeuille mobile',
      ],
      thoughts: '« Pourvu que le créneau soit tenu. Tiens, des frais de service ? »',
      emotion: 'Neutre, un peu refroidi par les frais découverts au paiement.',
      frontstagePeople: 'Aucun ; un numéro de téléphone est affiché en cas de question.',
      frontstageActions: ['Proposition des créneaux encore disponibles', 'Suggestion de dessert', 'Page de paiement'],
      backstagePeople: ['Le manager ajuste le nombre de commandes par créneau selon l’effectif en cuisine'],
      backstageProcesses: ['Contrôle de la capacité par créneau de 15 minutes', 'Autorisation du paiement'],
      supportTechnology: ['Prestataire de paiement', 'Moteur de créneaux', 'Outil d’envoi d’e-mails et de SMS'],
      supportPolicies: ['Annulation gratuite jusqu’à 30 minutes avant le créneau', 'Au plus 12 commandes par créneau'],
      supportProcesses: ['Rapprochement quotidien des paiements en ligne', 'Paramétrage hebdomadaire des capacités'],
      kpis: ['Conversion du paiement (objectif : 70 %)', 'Abandons de panier à l’étape du créneau'],
    },
    wait: {
      name: 'Suivre la préparation',
      description: 'Entre le paiement et le retrait : confirmation, préparation en cuisine, avis « commande prête ».',
      evidence: 'E-mail de confirmation avec numéro de commande et QR code, puis SMS « votre commande est prête ».',
      actions: ['Reçoit la confirmation', 'Termine sa journée puis part à vélo', 'Reçoit le SMS « commande prête »'],
      thoughts: '« Ils ont bien reçu ma commande ? Je pars maintenant ou j’attends le SMS ? »',
      emotion: 'Incertain tant que le statut de la commande n’évolue pas.',
      frontstagePeople: 'Aucun contact direct : le client ne voit que les messages automatiques.',
      frontstageActions: [
        'E-mail de confirmation',
        'Statut de la commande dans l’application : reçue, en préparation, prête',
        'SMS quand le sac est prêt',
      ],
      backstagePeople: [
        'Les cuisiniers préparent la commande d’après l’écran de cuisine',
        'L’équipier de comptoir vérifie puis ferme le sac',
      ],
      backstageProcesses: [
        'Lancement de la préparation 20 minutes avant le créneau',
        'Contrôle du sac avec la liste de la commande',
        'Étiquette au nom du client',
      ],
      supportTechnology: ['Écran de cuisine qui affiche les commandes par créneau', 'Imprimante d’étiquettes'],
      supportPolicies: [
        'Commande prête au plus tard à l’heure du créneau',
        'Contrôle systématique du sac avant fermeture',
      ],
      supportProcesses: [
        'Formation des nouveaux équipiers à l’écran de cuisine',
        'Approvisionnement en emballages isothermes',
      ],
      kpis: ['Commandes prêtes à l’heure (objectif : 95 %)', 'Délai entre paiement et SMS « commande prête »'],
    },
    pickup: {
      name: 'Retirer la commande',
      description: 'Le client arrive au restaurant, se signale et récupère son sac.',
      evidence: 'Signalétique « Retrait des commandes en ligne », étagère de retrait, sac fermé et étiqueté, ticket.',
      actions: ['Arrive au restaurant', 'Cherche où retirer sa commande', 'Montre son QR code et récupère le sac'],
      thoughts: '« Je dois vraiment faire la queue avec les clients qui commandent sur place ? »',
      emotion: 'Agacé quand il attend au comptoir alors qu’il a payé à l’avance.',
      frontstagePeople: [
        'L’équipier accueille le client, scanne le QR code et remet le sac',
        'Il rappelle les sauces et couverts inclus',
      ],
      frontstageActions: ['Signalétique de retrait à l’entrée', 'Écran affichant les numéros des commandes prêtes'],
      backstagePeople: ['Le manager envoie un équipier en renfort au comptoir dès que la file dépasse trois personnes'],
      backstageProcesses: ['Scan de remise qui clôture la commande', 'Gestion des sacs non retirés après 30 minutes'],
      supportTechnology: ['Lecteur de QR code relié à la caisse', 'Écran d’appel des commandes'],
      supportPolicies: [
        'File dédiée au retrait des commandes en ligne',
        'Commande non retirée conservée 30 minutes, puis remboursée selon les conditions de vente',
      ],
      supportProcesses: [
        'Planning du personnel calé sur les pics de retrait',
        'Procédure d’hygiène pour les plats en attente de retrait',
      ],
      kpis: ['Attente au comptoir (objectif : 3 minutes au plus)', 'Commandes non retirées'],
    },
    eat: {
      name: 'Dîner à la maison',
      description: 'Le client rentre, ouvre le sac et découvre si la commande est complète et encore chaude.',
      evidence: 'Emballages isothermes, plats encore chauds, couverts et sauces dans le sac.',
      actions: ['Rentre à vélo', 'Ouvre le sac et vérifie que tout y est', 'Dîne devant une série'],
      thoughts: '« C’est encore chaud, parfait. Ah non, il manque la sauce… »',
      emotion: 'Plaisir du repas, sauf quand un article manque.',
      frontstagePeople: 'Aucun : en cas d’oubli, le client ne sait pas qui contacter.',
      frontstageActions: ['Bouton « Signaler un problème » dans l’application'],
      backstagePeople: ['Le manager traite les signalements le soir même'],
      backstageProcesses: ['Avoir ou remboursement partiel en cas d’article manquant'],
      supportTechnology: ['Outil de gestion des réclamations relié aux commandes'],
      supportPolicies: ['Article manquant remboursé sans justificatif dans les 24 heures'],
      supportProcesses: ['Revue hebdomadaire des erreurs de préparation avec l’équipe'],
      kpis: ['Commandes complètes (objectif : 98 %)', 'Signalements par motif : oubli, erreur, plat froid'],
    },
    feedback: {
      name: 'Donner son avis',
      description: 'Le lendemain, le client note sa commande et laisse parfois un avis public.',
      evidence: 'E-mail de demande d’avis ; avis publiés sur Google avec la réponse du gérant.',
      actions: ['Note sa commande depuis l’e-mail reçu le lendemain', 'Laisse parfois un avis Google'],
      thoughts: '« Bon rapport qualité-prix ; je recommanderai si le retrait se passe mieux. »',
      emotion: 'Plutôt satisfait, prêt à revenir.',
      frontstagePeople: ['Le gérant répond publiquement aux avis Google'],
      frontstageActions: [
        'E-mail de satisfaction envoyé le lendemain à 10 h',
        'Proposition de recommander le même panier',
      ],
      backstagePeople: ['Le gérant lit les commentaires et partage les points clés au briefing d’avant-service'],
      backstageProcesses: ['Rappel des clients insatisfaits sous 48 heures'],
      supportTechnology: ['Outil d’enquête', 'Plateforme de gestion des avis en ligne'],
      supportPolicies: ['Réponse à chaque avis négatif sous 48 heures'],
      supportProcesses: ['Revue mensuelle des indicateurs de satisfaction et de ponctualité'],
      kpis: ['CSAT (objectif : 90 % de notes 4 ou 5)', 'Taux de recommande à 30 jours (objectif : 45 %)'],
    },
  },
  steps: {
    'choose-dishes': { name: 'Choisir ses plats', description: 'Ajout des plats, boissons et desserts au panier.' },
    'pick-slot': { name: 'Choisir un créneau', description: 'Sélection d’un créneau de retrait de 15 minutes.' },
    pay: { name: 'Payer en ligne', description: 'Paiement par carte ou portefeuille mobile.' },
    'order-confirmed': {
      name: 'Recevoir la confirmation',
      description: 'E-mail avec le numéro de commande, le créneau et le QR code de retrait.',
    },
    'ready-notification': {
      name: 'Être prévenu que c’est prêt',
      description: 'SMS envoyé quand le sac est fermé et posé sur l’étagère de retrait.',
    },
    arrive: { name: 'Arriver au restaurant', description: 'Le client entre et cherche où retirer sa commande.' },
    'hand-over': {
      name: 'Recevoir son sac',
      description: 'Moment de vérité : la commande est-elle prête, complète, remise sans attente ?',
    },
    unpack: {
      name: 'Ouvrir le sac',
      description: 'Moment de vérité : tout y est-il, et les plats sont-ils encore chauds ?',
    },
    dinner: { name: 'Dîner', description: 'Le repas lui-même : goût, quantité, température.' },
  },
  pains: {
    soldOutAtCheckout: {
      title: 'Plat épuisé découvert au panier',
      detail: 'Les ruptures ne sont pas synchronisées : le plat disparaît au moment de payer.',
    },
    hiddenFees: {
      title: 'Frais de service cachés',
      detail: 'Les frais n’apparaissent qu’à la dernière étape et donnent l’impression d’un prix gonflé.',
    },
    unclearStatus: {
      title: 'Statut de préparation flou',
      detail: 'Le client ne sait pas s’il doit partir maintenant ou attendre le SMS.',
    },
    sharedQueue: {
      title: 'File commune avec les clients sur place',
      detail: 'Le client qui a déjà payé attend derrière ceux qui commandent au comptoir.',
    },
    notReady: {
      title: 'Commande pas prête à l’heure',
      detail: 'En période de pointe, la cuisine prend du retard et le créneau choisi n’est pas tenu.',
    },
    missingItem: {
      title: 'Article manquant découvert à la maison',
      detail: 'Une sauce ou une boisson oubliée, et personne à qui le signaler simplement.',
    },
    unansweredReview: {
      title: 'Avis restés sans réponse',
      detail: 'Les avis négatifs publiés en ligne restent plusieurs jours sans réponse du restaurant.',
    },
  },
  opportunities: {
    liveStock: {
      title: 'Ruptures en temps réel',
      detail: 'Relier la caisse à la carte en ligne pour griser un plat dès qu’il est épuisé.',
    },
    allInPrices: {
      title: 'Prix tout compris dès la carte',
      detail: 'Afficher les frais dès le premier écran, ou les intégrer aux prix des plats.',
    },
    leaveNowAlert: {
      title: 'Alerte « partez maintenant »',
      detail: 'Envoyer une notification calculée sur l’avancement réel en cuisine et le temps de trajet.',
    },
    selfServiceShelf: {
      title: 'Étagère de retrait en libre-service',
      detail: 'Des casiers numérotés près de l’entrée, ouverts avec le QR code : aucune file.',
    },
    bagScan: {
      title: 'Contrôle du sac par scan',
      detail: 'Scanner chaque article avant de fermer le sac ; la fermeture est bloquée s’il en manque un.',
    },
    oneTapRefund: {
      title: 'Remboursement en un geste',
      detail: 'Rembourser automatiquement l’article manquant signalé dans l’application.',
    },
    oneTapReorder: {
      title: 'Recommander en un geste',
      detail: 'Proposer dans l’e-mail d’avis de recommander le même panier pour un prochain créneau.',
    },
  },
  touchpoints: {
    'tp-online-menu': {
      name: 'Carte en ligne',
      description: 'La carte du soir consultée dans l’application ou sur le site.',
      ownerTeam: 'Marketing digital',
    },
    'tp-slot-picker': {
      name: 'Choix du créneau de retrait',
      description: 'Écran qui propose les créneaux de 15 minutes encore disponibles.',
      ownerTeam: 'Produit digital',
    },
    'tp-checkout': {
      name: 'Paiement en ligne',
      description: 'Validation du panier et paiement de la commande à emporter.',
      ownerTeam: 'Produit digital',
    },
    'tp-confirmation-email': {
      name: 'E-mail de confirmation',
      description: 'Numéro de commande, créneau de retrait et QR code.',
      ownerTeam: 'CRM',
    },
    'tp-ready-sms': {
      name: 'SMS « commande prête »',
      description: 'Envoyé quand l’équipier pose le sac sur l’étagère de retrait.',
      ownerTeam: 'Opérations restaurant',
    },
    'tp-pickup-counter': {
      name: 'Comptoir de retrait',
      description: 'Remise du sac après scan du QR code.',
      ownerTeam: 'Opérations restaurant',
    },
    'tp-issue-report': {
      name: 'Signalement d’un problème',
      description: 'Formulaire de l’application pour signaler un article manquant, une erreur ou un plat froid.',
      ownerTeam: 'Service client',
    },
    'tp-satisfaction-email': {
      name: 'E-mail de satisfaction',
      description: 'Question « Êtes-vous satisfait de votre commande ? » notée de 1 à 5, envoyée le lendemain.',
      ownerTeam: 'CRM',
    },
    'tp-public-review': {
      name: 'Avis Google',
      description: 'Avis public laissé sur la fiche Google du restaurant.',
      ownerTeam: 'Gérant du restaurant',
    },
  },
  kpis: {
    'checkout-conversion': {
      name: 'Conversion du paiement',
      formula:
        'Commandes payées (Order Completed) ÷ paiements commencés (Checkout Started) × 100, commandes à emporter uniquement',
      description: 'Mesure les abandons au moment du créneau et du paiement.',
    },
    'ready-on-time': {
      name: 'Commandes prêtes à l’heure',
      formula:
        'Commandes dont le SMS « commande prête » part au plus tard au début du créneau choisi ÷ commandes à emporter payées × 100',
      description: 'La promesse centrale du service : le créneau est tenu.',
    },
    'counter-wait': {
      name: 'Attente au comptoir',
      formula:
        'Médiane du délai entre l’arrivée du client (scan du QR code) et la remise du sac (Order Picked Up), en heures (3 minutes = 0,05 h)',
      description: 'Au-delà de 3 minutes, le client a le sentiment de ne rien gagner à commander en ligne.',
    },
    'order-accuracy': {
      name: 'Commandes complètes',
      formula:
        'Commandes retirées sans signalement d’article manquant ou erroné (Order Issue Reported) dans les 24 heures ÷ commandes retirées × 100',
      description: 'Mesure la qualité du contrôle du sac en coulisses.',
    },
    csat: {
      name: 'Satisfaction (CSAT)',
      formula:
        'CSAT = nombre de notes 4 ou 5 ÷ nombre total de réponses à « Êtes-vous satisfait de votre commande ? » (échelle de 1 à 5) × 100',
      description: 'Mesurée par l’e-mail envoyé le lendemain du retrait.',
    },
    'repeat-rate': {
      name: 'Taux de recommande à 30 jours',
      formula:
        'Clients ayant passé une nouvelle commande à emporter dans les 30 jours suivant un retrait ÷ clients ayant retiré une commande × 100',
      description: 'La preuve que le service tient ses promesses dans la durée.',
    },
  },
}

const en: Text = {
  template: {
    title: 'Service blueprint',
    description:
      'The customer journey and everything that makes it possible: contact staff, backstage work, systems, rules and support processes, separated by the lines of interaction, visibility and internal interaction. Example: a restaurant’s click-and-collect service.',
  },
  map: {
    title: 'Service blueprint: restaurant click-and-collect',
    objective:
      'Link each step of a click-and-collect order to the staff actions, kitchen processes, systems and rules behind it, to understand why some orders are late or incomplete and decide where to act.',
  },
  persona: {
    name: 'Karim Haddad',
    quote: '“If I pick 7:15 pm, I want to walk out at 7:16 with a complete bag that’s still hot.”',
    summary:
      'A 34-year-old project manager who orders takeaway two evenings a week on his way home from the office. He wants a hot, complete meal, ready at the time he chose, without queuing.',
    demographics: {
      ageRange: '30–35',
      gender: 'Male',
      location: 'Lyon, France',
      occupation: 'IT project manager',
      income: '€42,000 gross per year',
      education: 'Master’s degree in computer science',
      familyStatus: 'Living with his partner, no children',
    },
    psychographics: {
      lifestyle: ['Long office days, little time to cook during the week', 'Gets around by bike'],
      habits: [
        'Orders from the app on the tram or as he leaves the office',
        'Often reorders the same dish',
        'Reads Google reviews before trying a new restaurant',
      ],
      values: ['Punctuality', 'Fresh, local food', 'Less single-use packaging'],
      interests: ['World cuisines', 'Urban cycling', 'TV series'],
    },
    goals: [
      'Eat well on weeknights without cooking',
      'Collect his order without waiting',
      'Keep his food budget under control',
    ],
    needs: [
      'A pickup slot he can rely on',
      'A notice when the order is ready',
      'Clear allergen information',
      'Packaging that keeps food hot for a fifteen-minute bike ride',
    ],
    frustrations: [
      'An order that is not ready at the announced time',
      'A missing item discovered at home',
      'Queuing with customers ordering at the counter',
      'Service fees that only appear at payment',
    ],
    motivations: ['Saving time', 'Treating himself after a long day', 'Supporting a neighbourhood restaurant'],
    sections: [
      {
        title: 'His ordering ritual',
        body: 'Around 6:30 pm, on the tram, Karim opens the app, often repeats his usual order and picks the 7:15 pm slot. He stops at the restaurant by bike on his way home.',
      },
      {
        title: 'What brings him back',
        body: 'Consistency: same quality, same punctuality and a friendly word at the counter. One mistake in the bag and he hesitates to order again the following week.',
      },
    ],
  },
  lanes: {
    evidence: {
      title: 'Physical and digital evidence',
      description: 'What the customer sees, receives or touches at each step: screens, messages, places, packaging.',
    },
    thoughts: { title: 'Thoughts and feelings', description: 'What the customer is thinking at that moment.' },
    emotion: { title: 'Emotion curve', description: 'How Karim feels in the current experience.' },
    customerActions: {
      title: 'Customer actions',
      description: 'What the customer does, just above the line of interaction.',
    },
    touchpoints: { title: 'Touchpoints', description: 'The measured interactions, bound to events.' },
    channels: { title: 'Channels', description: 'The channels used at each stage.' },
    painPoints: {
      title: 'Pain points',
      description: 'Where the service breaks, for the customer or behind the scenes.',
    },
    opportunities: { title: 'Opportunities', description: 'Improvements to explore, with their impact and effort.' },
    kpis: { title: 'KPIs', description: 'What to measure to know whether the service keeps its promises.' },
  },
  blueprintLanes: {
    'frontstage-people': {
      title: 'Frontstage: contact staff',
      description: 'What the staff in direct contact with the customer do, in plain sight.',
    },
    'frontstage-actions': {
      title: 'Frontstage: visible interfaces',
      description: 'What the customer sees of the service without talking to anyone: app, messages, screens.',
    },
    'backstage-people': {
      title: 'Backstage: team',
      description: 'What the kitchen and the manager do out of the customer’s sight (below the line of visibility).',
    },
    'backstage-processes': {
      title: 'Backstage: processes',
      description: 'The internal sequences that prepare each order.',
    },
    'support-technology': {
      title: 'Support: systems',
      description: 'The tools that run the service (below the line of internal interaction).',
    },
    'support-policies': {
      title: 'Support: rules and policies',
      description: 'The commitments and business rules that frame the service.',
    },
    'support-processes': {
      title: 'Support: supporting processes',
      description: 'What support functions do: purchasing, scheduling, training, finance.',
    },
  },
  emotion: {
    min: 'Very upset',
    max: 'Delighted',
    current: 'Karim – current experience',
  },
  stages: {
    'browse-menu': {
      name: 'Browse the menu',
      description: 'The customer looks at the evening menu in the app or on the website.',
      evidence: 'App and website: dish photos, prices, allergens, announced preparation time.',
      actions: ['Opens the app on the tram', 'Browses the evening menu and the daily specials'],
      thoughts: '“What do I fancy tonight? And how long will it take?”',
      emotion: 'Appetite and curiosity about the daily specials.',
      frontstagePeople: 'No human contact at this stage: the customer is alone with the online menu.',
      frontstageActions: ['Menu shown with tonight’s availability', 'Sold-out dishes greyed out'],
      backstagePeople: ['The chef updates the specials and sold-out dishes before service'],
      backstageProcesses: ['Kitchen prep', 'Stock levels synchronised with the online menu'],
      supportTechnology: ['Online ordering platform (app and website)', 'Point-of-sale and stock software'],
      supportPolicies: [
        'Same dishes and prices online and in the restaurant',
        'The 14 regulated allergens shown for every dish',
      ],
      supportProcesses: ['Daily menu update by the manager', 'Dish photos renewed every season'],
      kpis: ['Menu-to-basket rate', 'Dishes viewed then unavailable'],
    },
    order: {
      name: 'Order and pay',
      description: 'The customer builds a basket, picks a pickup slot and pays online.',
      evidence: 'Basket summary, chosen slot, total amount and payment receipt.',
      actions: ['Picks dishes and a drink', 'Selects the 7:15 pm slot', 'Pays by card or mobile wallet'],
      thoughts: '“I hope they stick to the slot. Oh, a service fee?”',
      emotion: 'Neutral, a little put off by fees discovered at payment.',
      frontstagePeople: 'None; a phone number is shown in case of questions.',
      frontstageActions: ['Available slots offered', 'Dessert suggestion', 'Payment page'],
      backstagePeople: ['The manager adjusts the number of orders per slot to the kitchen headcount'],
      backstageProcesses: ['Capacity check per 15-minute slot', 'Payment authorisation'],
      supportTechnology: ['Payment provider', 'Slot engine', 'Email and SMS sending tool'],
      supportPolicies: ['Free cancellation up to 30 minutes before the slot', 'No more than 12 orders per slot'],
      supportProcesses: ['Daily reconciliation of online payments', 'Weekly capacity settings'],
      kpis: ['Checkout conversion (target: 70%)', 'Basket abandonment at the slot step'],
    },
    wait: {
      name: 'Track the preparation',
      description: 'Between payment and pickup: confirmation, cooking, “order ready” notice.',
      evidence: 'Confirmation email with order number and QR code, then an “your order is ready” text message.',
      actions: ['Receives the confirmation', 'Finishes his day then leaves by bike', 'Receives the “order ready” text'],
      thoughts: '“Did they get my order? Should I leave now or wait for the text?”',
      emotion: 'Unsure as long as the order status does not change.',
      frontstagePeople: 'No direct contact: the customer only sees automated messages.',
      frontstageActions: [
        'Confirmation email',
        'Order status in the app: received, being prepared, ready',
        'Text message when the bag is ready',
      ],
      backstagePeople: [
        'Cooks prepare the order from the kitchen display',
        'The counter team member checks then seals the bag',
      ],
      backstageProcesses: [
        'Preparation starts 20 minutes before the slot',
        'Bag checked against the order list',
        'Label with the customer’s name',
      ],
      supportTechnology: ['Kitchen display showing orders by slot', 'Label printer'],
      supportPolicies: ['Order ready no later than the start of the slot', 'Every bag checked before sealing'],
      supportProcesses: ['Training new staff on the kitchen display', 'Supply of insulated packaging'],
      kpis: ['Orders ready on time (target: 95%)', 'Time from payment to the “order ready” text'],
    },
    pickup: {
      name: 'Collect the order',
      description: 'The customer arrives at the restaurant, checks in and collects the bag.',
      evidence: '“Online order pickup” signage, pickup shelf, sealed and labelled bag, receipt.',
      actions: [
        'Arrives at the restaurant',
        'Looks for where to collect the order',
        'Shows his QR code and takes the bag',
      ],
      thoughts: '“Do I really have to queue with the people ordering at the counter?”',
      emotion: 'Annoyed when he waits at the counter although he paid in advance.',
      frontstagePeople: [
        'The team member greets the customer, scans the QR code and hands over the bag',
        'They mention the sauces and cutlery included',
      ],
      frontstageActions: ['Pickup signage at the entrance', 'Screen showing the numbers of ready orders'],
      backstagePeople: ['The manager sends an extra team member to the counter when the queue exceeds three people'],
      backstageProcesses: ['Hand-over scan that closes the order', 'Handling of bags not collected after 30 minutes'],
      supportTechnology: ['QR code scanner linked to the till', 'Order call screen'],
      supportPolicies: [
        'Dedicated queue for online order pickup',
        'Uncollected orders kept 30 minutes, then refunded under the terms of sale',
      ],
      supportProcesses: ['Staff rota matched to pickup peaks', 'Food safety procedure for orders awaiting pickup'],
      kpis: ['Counter wait (target: 3 minutes at most)', 'Uncollected orders'],
    },
    eat: {
      name: 'Dinner at home',
      description: 'The customer gets home, opens the bag and finds out whether the order is complete and still hot.',
      evidence: 'Insulated packaging, food still hot, cutlery and sauces in the bag.',
      actions: ['Rides home', 'Opens the bag and checks everything is there', 'Has dinner in front of a series'],
      thoughts: '“Still hot, perfect. Oh no, the sauce is missing…”',
      emotion: 'Enjoys the meal, unless something is missing.',
      frontstagePeople: 'None: if something is missing, the customer does not know whom to contact.',
      frontstageActions: ['“Report a problem” button in the app'],
      backstagePeople: ['The manager handles reports the same evening'],
      backstageProcesses: ['Credit note or partial refund for a missing item'],
      supportTechnology: ['Complaint management tool linked to orders'],
      supportPolicies: ['Missing item refunded without proof within 24 hours'],
      supportProcesses: ['Weekly review of preparation errors with the team'],
      kpis: ['Complete orders (target: 98%)', 'Reports by reason: missing item, wrong item, cold food'],
    },
    feedback: {
      name: 'Give feedback',
      description: 'The next day, the customer rates the order and sometimes leaves a public review.',
      evidence: 'Feedback request email; Google reviews with the manager’s reply.',
      actions: ['Rates the order from the email received the next day', 'Sometimes leaves a Google review'],
      thoughts: '“Good value; I’ll order again if pickup goes better.”',
      emotion: 'Fairly satisfied, ready to come back.',
      frontstagePeople: ['The manager replies publicly to Google reviews'],
      frontstageActions: ['Satisfaction email sent the next day at 10 am', 'Offer to reorder the same basket'],
      backstagePeople: ['The manager reads the comments and shares key points at the pre-service briefing'],
      backstageProcesses: ['Unhappy customers called back within 48 hours'],
      supportTechnology: ['Survey tool', 'Online review management platform'],
      supportPolicies: ['Every negative review answered within 48 hours'],
      supportProcesses: ['Monthly review of satisfaction and punctuality KPIs'],
      kpis: ['CSAT (target: 90% of 4 or 5 ratings)', '30-day reorder rate (target: 45%)'],
    },
  },
  steps: {
    'choose-dishes': { name: 'Choose dishes', description: 'Adding dishes, drinks and desserts to the basket.' },
    'pick-slot': { name: 'Pick a slot', description: 'Selecting a 15-minute pickup slot.' },
    pay: { name: 'Pay online', description: 'Payment by card or mobile wallet.' },
    'order-confirmed': {
      name: 'Receive the confirmation',
      description: 'Email with the order number, the slot and the pickup QR code.',
    },
    'ready-notification': {
      name: 'Be told it is ready',
      description: 'Text message sent when the bag is sealed and placed on the pickup shelf.',
    },
    arrive: { name: 'Arrive at the restaurant', description: 'The customer walks in and looks for the pickup point.' },
    'hand-over': {
      name: 'Receive the bag',
      description: 'Moment of truth: is the order ready, complete and handed over without waiting?',
    },
    unpack: {
      name: 'Open the bag',
      description: 'Moment of truth: is everything there, and is the food still hot?',
    },
    dinner: { name: 'Have dinner', description: 'The meal itself: taste, quantity, temperature.' },
  },
  pains: {
    soldOutAtCheckout: {
      title: 'Dish sold out at checkout',
      detail: 'Sold-out dishes are not synchronised: the dish disappears at the moment of payment.',
    },
    hiddenFees: {
      title: 'Hidden service fees',
      detail: 'Fees only appear at the last step and make the price feel inflated.',
    },
    unclearStatus: {
      title: 'Unclear preparation status',
      detail: 'The customer does not know whether to leave now or wait for the text message.',
    },
    sharedQueue: {
      title: 'Same queue as walk-in customers',
      detail: 'A customer who has already paid waits behind people ordering at the counter.',
    },
    notReady: {
      title: 'Order not ready on time',
      detail: 'At peak times the kitchen falls behind and the chosen slot is not kept.',
    },
    missingItem: {
      title: 'Missing item discovered at home',
      detail: 'A forgotten sauce or drink, and no simple way to report it.',
    },
    unansweredReview: {
      title: 'Reviews left unanswered',
      detail: 'Negative online reviews stay unanswered by the restaurant for several days.',
    },
  },
  opportunities: {
    liveStock: {
      title: 'Real-time sold-out dishes',
      detail: 'Link the till to the online menu so a dish is greyed out as soon as it sells out.',
    },
    allInPrices: {
      title: 'All-in prices from the menu',
      detail: 'Show fees on the first screen, or include them in dish prices.',
    },
    leaveNowAlert: {
      title: '“Leave now” alert',
      detail: 'Send a notification based on actual kitchen progress and travel time.',
    },
    selfServiceShelf: {
      title: 'Self-service pickup lockers',
      detail: 'Numbered lockers near the entrance, opened with the QR code: no queue at all.',
    },
    bagScan: {
      title: 'Bag check by scanning',
      detail: 'Scan every item before sealing the bag; sealing is blocked if one is missing.',
    },
    oneTapRefund: {
      title: 'One-tap refund',
      detail: 'Automatically refund a missing item reported in the app.',
    },
    oneTapReorder: {
      title: 'One-tap reorder',
      detail: 'Offer to reorder the same basket for a future slot from the feedback email.',
    },
  },
  touchpoints: {
    'tp-online-menu': {
      name: 'Online menu',
      description: 'The evening menu viewed in the app or on the website.',
      ownerTeam: 'Digital marketing',
    },
    'tp-slot-picker': {
      name: 'Pickup slot picker',
      description: 'Screen offering the 15-minute slots still available.',
      ownerTeam: 'Digital product',
    },
    'tp-checkout': {
      name: 'Online checkout',
      description: 'Basket confirmation and payment of the click-and-collect order.',
      ownerTeam: 'Digital product',
    },
    'tp-confirmation-email': {
      name: 'Confirmation email',
      description: 'Order number, pickup slot and QR code.',
      ownerTeam: 'CRM',
    },
    'tp-ready-sms': {
      name: '“Order ready” text message',
      description: 'Sent when the team member puts the bag on the pickup shelf.',
      ownerTeam: 'Restaurant operations',
    },
    'tp-pickup-counter': {
      name: 'Pickup counter',
      description: 'Bag handed over after scanning the QR code.',
      ownerTeam: 'Restaurant operations',
    },
    'tp-issue-report': {
      name: 'Problem report',
      description: 'In-app form to report a missing item, a wrong item or cold food.',
      ownerTeam: 'Customer service',
    },
    'tp-satisfaction-email': {
      name: 'Satisfaction email',
      description: 'Question “How satisfied are you with your order?” rated from 1 to 5, sent the next day.',
      ownerTeam: 'CRM',
    },
    'tp-public-review': {
      name: 'Google review',
      description: 'Public review left on the restaurant’s Google listing.',
      ownerTeam: 'Restaurant manager',
    },
  },
  kpis: {
    'checkout-conversion': {
      name: 'Checkout conversion',
      formula:
        'Paid orders (Order Completed) ÷ checkouts started (Checkout Started) × 100, click-and-collect orders only',
      description: 'Measures drop-off at the slot and payment steps.',
    },
    'ready-on-time': {
      name: 'Orders ready on time',
      formula:
        'Orders whose “order ready” text is sent no later than the start of the chosen slot ÷ paid click-and-collect orders × 100',
      description: 'The core promise of the service: the slot is kept.',
    },
    'counter-wait': {
      name: 'Counter wait',
      formula:
        'Median time between the customer’s arrival (QR code scan) and the bag hand-over (Order Picked Up), in hours (3 minutes = 0.05 h)',
      description: 'Beyond 3 minutes, customers feel they gain nothing by ordering online.',
    },
    'order-accuracy': {
      name: 'Complete orders',
      formula:
        'Collected orders with no missing or wrong item reported (Order Issue Reported) within 24 hours ÷ collected orders × 100',
      description: 'Measures the quality of the backstage bag check.',
    },
    csat: {
      name: 'Satisfaction (CSAT)',
      formula:
        'CSAT = number of 4 or 5 ratings ÷ total number of answers to “How satisfied are you with your order?” (scale of 1 to 5) × 100',
      description: 'Measured by the email sent the day after pickup.',
    },
    'repeat-rate': {
      name: '30-day reorder rate',
      formula:
        'Customers who placed another click-and-collect order within 30 days of a pickup ÷ customers who collected an order × 100',
      description: 'Proof that the service keeps its promises over time.',
    },
  },
}

const text: Record<TemplateLocale, Text> = { fr, en }

export const serviceBlueprintTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'format',
  ...dictionaryHeading(text),
  source: 'practice',
  build,
}
