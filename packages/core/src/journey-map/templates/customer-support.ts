import type { Channel } from '../../shared/channel.js'
import type { KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type TemplateDefinition, type TemplateInstance, type TemplateLocale } from './template.js'
import { dictionaryBuilders, dictionaryHeading, touchpointCells } from './template-kit.js'

/**
 * Customer support (seed 003): a customer with a faulty product looks for help on their own, contacts
 * support by chat, phone or email, is diagnosed (sometimes transferred), gets a fix and answers a survey.
 */

const TEMPLATE_ID = 'customer-support'
const PERSONA_ID = 'customer-support-marc'

const STAGE_IDS = ['problem', 'self-service', 'contact', 'diagnosis', 'resolution', 'follow-up'] as const
type StageId = (typeof STAGE_IDS)[number]
type Text = typeof fr

/** Emotion of the current experience on a −2…+2 scale. */
const EMOTION: Record<StageId, number> = {
  problem: -1,
  'self-service': -2,
  contact: -1,
  diagnosis: -2,
  resolution: 1,
  'follow-up': 0,
}

const CHANNELS: Record<StageId, readonly Channel[]> = {
  problem: ['other', 'web'],
  'self-service': ['web', 'app', 'chat', 'social'],
  contact: ['chat', 'phone', 'email'],
  diagnosis: ['phone', 'chat', 'email', 'support'],
  resolution: ['email', 'phone', 'mail'],
  'follow-up': ['email', 'sms'],
}

function build(locale: TemplateLocale): TemplateInstance {
  const t = text[locale]
  const { step, stage, column, pain, opportunity, touchpoint, kpi } = dictionaryBuilders(t, STAGE_IDS)

  const stages: Stage[] = [
    stage('problem', []),
    stage('self-service', [step('search-help-center'), step('ask-chatbot'), step('post-on-social')]),
    stage('contact', [step('choose-channel'), step('wait-in-queue'), step('explain-problem')]),
    stage('diagnosis', [step('identify-customer'), step('qualify-issue', true), step('escalate')]),
    stage('resolution', [step('apply-solution'), step('confirm-fix', true)]),
    stage('follow-up', [step('ticket-closed'), step('answer-survey')]),
  ]

  const touchpoints: Touchpoint[] = [
    touchpoint('tp-product-manual', {
      channel: 'web',
      mode: 'online',
      stageId: 'problem',
      importance: 'low',
      selector: {
        events: ['Document Downloaded'],
        where: [{ op: 'eq', property: 'properties.document_type', value: 'user-manual' }],
      },
    }),
    touchpoint('tp-help-center', {
      channel: 'web',
      mode: 'online',
      stageId: 'self-service',
      stepId: 'search-help-center',
      importance: 'medium',
      selector: { events: ['Help Article Viewed'], channels: ['web', 'app'] },
    }),
    touchpoint('tp-chatbot', {
      channel: 'chat',
      mode: 'online',
      stageId: 'self-service',
      stepId: 'ask-chatbot',
      importance: 'medium',
      selector: {
        events: ['Conversation Started'],
        channels: ['chat'],
        where: [{ op: 'eq', property: 'properties.handled_by', value: 'bot' }],
      },
    }),
    touchpoint('tp-social-mention', {
      channel: 'social',
      mode: 'online',
      stageId: 'self-service',
      stepId: 'post-on-social',
      importance: 'high',
      selector: {
        events: ['Social Mention Received'],
        where: [{ op: 'eq', property: 'properties.intent', value: 'support' }],
      },
    }),
    touchpoint('tp-live-chat', {
      channel: 'chat',
      mode: 'online',
      stageId: 'contact',
      stepId: 'choose-channel',
      importance: 'high',
      selector: {
        events: ['Conversation Started'],
        channels: ['chat'],
        where: [{ op: 'eq', property: 'properties.handled_by', value: 'agent' }],
      },
    }),
    touchpoint('tp-phone-call', {
      channel: 'phone',
      mode: 'offline',
      stageId: 'contact',
      stepId: 'choose-channel',
      importance: 'high',
      selector: {
        events: ['Call Completed'],
        channels: ['phone'],
        where: [{ op: 'eq', property: 'properties.queue', value: 'support' }],
      },
    }),
    touchpoint('tp-email-ticket', {
      channel: 'email',
      mode: 'online',
      stageId: 'contact',
      stepId: 'explain-problem',
      importance: 'high',
      isRequired: true,
      selector: { events: ['Ticket Created'], channels: ['email', 'web'] },
    }),
    touchpoint('tp-escalation', {
      channel: 'support',
      mode: 'online',
      stageId: 'diagnosis',
      stepId: 'escalate',
      importance: 'critical',
      selector: { events: ['Ticket Escalated'] },
    }),
    touchpoint('tp-solution', {
      channel: 'email',
      mode: 'online',
      stageId: 'resolution',
      stepId: 'apply-solution',
      importance: 'critical',
      selector: {
        events: ['Ticket Replied'],
        where: [{ op: 'eq', property: 'properties.reply_type', value: 'solution' }],
      },
    }),
    touchpoint('tp-replacement', {
      channel: 'mail',
      mode: 'offline',
      stageId: 'resolution',
      stepId: 'apply-solution',
      importance: 'high',
      selector: {
        events: ['Order Shipped'],
        where: [{ op: 'eq', property: 'properties.reason', value: 'warranty-replacement' }],
      },
    }),
    touchpoint('tp-ticket-closed', {
      channel: 'email',
      mode: 'online',
      stageId: 'follow-up',
      stepId: 'ticket-closed',
      importance: 'medium',
      isRequired: true,
      selector: { events: ['Ticket Resolved'] },
    }),
    touchpoint('tp-csat-survey', {
      channel: 'email',
      mode: 'online',
      stageId: 'follow-up',
      stepId: 'answer-survey',
      importance: 'high',
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'csat' }],
      },
    }),
    touchpoint('tp-ces-survey', {
      channel: 'email',
      mode: 'online',
      stageId: 'follow-up',
      stepId: 'answer-survey',
      importance: 'medium',
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'ces' }],
      },
    }),
  ]

  const kpis: KpiDefinition[] = [
    kpi('csat', {
      kind: 'csat',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-csat-survey' },
      target: 85,
      direction: 'higher-is-better',
    }),
    kpi('ces', {
      kind: 'ces',
      unit: 'score',
      scale: { min: 1, max: 7 },
      appliesTo: { level: 'map' },
      target: 5.5,
      direction: 'higher-is-better',
    }),
    kpi('first-contact-resolution', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'resolution' },
      target: 75,
      direction: 'higher-is-better',
    }),
    kpi('first-response-time', {
      kind: 'time-to-next-step',
      unit: 'duration-hours',
      appliesTo: { level: 'stage', stageId: 'contact' },
      target: 1,
      direction: 'lower-is-better',
    }),
    kpi('transfer-rate', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'diagnosis' },
      target: 10,
      direction: 'lower-is-better',
    }),
    kpi('self-service-rate', {
      kind: 'custom',
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'self-service' },
      target: 40,
      direction: 'higher-is-better',
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
        id: PERSONA_ID,
        avatar: '🧰',
        audience: 'b2c',
        ...t.persona,
        preferredChannels: ['phone', 'web', 'email'],
        segment: {
          match: 'all',
          conditions: [
            { kind: 'performed', selector: { events: ['Order Completed'] } },
            { kind: 'performed', selector: { events: ['Ticket Created'] } },
          ],
        },
      },
    ],
    stages,
    rows: [
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
          curves: [
            {
              id: 'marc-current',
              label: t.emotion.current,
              personaId: PERSONA_ID,
              state: 'current',
              points: STAGE_IDS.map((id) => ({ stageId: id, value: EMOTION[id], note: t.stages[id].emotion })),
            },
          ],
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
      { lane: { id: 'teams', kind: 'text', title: t.lanes.teams }, cells: column((id) => t.stages[id].teams) },
      {
        lane: { id: 'pain-points', kind: 'pain-points', title: t.lanes.painPoints },
        cells: {
          problem: { cards: [pain('noErrorMessage', 2)] },
          'self-service': {
            cards: [pain('genericFaq', 2, ['search-help-center']), pain('socialUnanswered', 3, ['post-on-social'])],
          },
          contact: { cards: [pain('waitWithoutEstimate', 2, ['wait-in-queue']), pain('proofOfPurchase', 1)] },
          diagnosis: { cards: [pain('repeatStory', 3, ['escalate']), pain('firstLevelCannotHelp', 3)] },
          resolution: { cards: [pain('chaseForAnswer', 2)] },
          'follow-up': { cards: [pain('surveyTooLong', 1, ['answer-survey'])] },
        },
      },
      {
        lane: { id: 'opportunities', kind: 'opportunities', title: t.lanes.opportunities },
        cells: {
          problem: { cards: [opportunity('proactiveDiagnostics', 'medium', 'high')] },
          'self-service': {
            cards: [opportunity('modelSpecificHelp', 'high', 'medium'), opportunity('socialSla', 'high', 'low')],
          },
          contact: { cards: [opportunity('callbackOffer', 'medium', 'low')] },
          diagnosis: {
            cards: [opportunity('contextHandover', 'high', 'medium'), opportunity('skillRouting', 'high', 'medium')],
          },
          resolution: { cards: [opportunity('ownerUntilFixed', 'high', 'low')] },
          'follow-up': { cards: [opportunity('closeTheLoop', 'medium', 'low')] },
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
    title: 'Support client',
    description:
      'Le parcours d’un client qui rencontre un problème avec un produit : recherche d’aide en autonomie, contact par chat, téléphone ou e-mail, diagnostic, résolution et enquête de satisfaction, mesuré par le CSAT, le CES et la résolution au premier contact.',
  },
  map: {
    title: 'Support client : de la panne à l’enquête de satisfaction',
    objective:
      'Comprendre comment un client qui rencontre un problème avec son produit obtient de l’aide, repérer les ruptures entre canaux et entre équipes (transferts, relances, informations à répéter) et suivre le succès du parcours de bout en bout avec le CSAT, le CES et le taux de résolution au premier contact.',
  },
  persona: {
    name: 'Marc Lefèvre',
    quote: '« Je voulais juste faire des frites, pas passer ma soirée au téléphone. »',
    summary:
      'Père de famille de 46 ans qui a acheté une friteuse sans huile sur le site de la marque il y a trois mois. Quand l’appareil tombe en panne, il veut une solution rapide, sans avoir à raconter son histoire à chaque interlocuteur.',
    demographics: {
      ageRange: '45–50 ans',
      gender: 'Homme',
      location: 'Tours (Indre-et-Loire)',
      occupation: 'Technicien de maintenance dans l’industrie',
      income: 'Revenu du foyer d’environ 3 800 € nets par mois',
      education: 'BTS maintenance des systèmes',
      familyStatus: 'Marié, deux enfants de 12 et 15 ans',
    },
    psychographics: {
      lifestyle: ['Travaille en horaires décalés', 'Cuisine en famille le week-end'],
      habits: [
        'Cherche d’abord sur Google et YouTube avant de contacter une marque',
        'Interpelle les marques sur les réseaux sociaux quand il est agacé',
        'Appelle le service client quand l’écrit ne donne rien',
        'Garde ses factures dans sa boîte mail',
      ],
      values: ['Efficacité', 'Franchise', 'Des produits qui durent'],
      interests: ['Bricolage', 'Football', 'Recettes simples et rapides'],
    },
    goals: [
      'Retrouver un appareil qui fonctionne avant le week-end',
      'Obtenir une réparation ou un remplacement sous garantie, sans frais',
      'Régler le problème en un seul contact',
    ],
    needs: [
      'Un interlocuteur qui connaît déjà son achat et ses échanges précédents',
      'Un délai de résolution annoncé, puis tenu',
      'Des vérifications de base expliquées pour son modèle précis, en images',
    ],
    frustrations: [
      'Répéter son problème à chaque transfert',
      'Un message sur les réseaux sociaux resté sans réponse',
      'Une FAQ générique qui ne correspond pas à son modèle',
      'Attendre au téléphone sans savoir combien de temps',
    ],
    motivations: [
      'Ne pas perdre son temps',
      'Être traité comme un client qui compte',
      'Faire jouer la garantie à laquelle il a droit',
    ],
    sections: [
      {
        title: 'Son parcours de support type',
        body: 'Marc essaie d’abord de se débrouiller seul : notice, recherche web, vidéo. Il interpelle ensuite la marque sur les réseaux sociaux. Sans réponse dans la journée, il appelle le service client pendant sa pause, depuis son travail.',
      },
      {
        title: 'Ce qui le ferait racheter',
        body: 'Un remplacement rapide sans discussion et un conseiller qui prend le problème en main jusqu’au bout. Il en parlerait alors volontiers autour de lui.',
      },
    ],
  },
  lanes: {
    actions: 'Actions du client',
    thoughts: 'Pensées et ressentis',
    emotion: 'Courbe émotionnelle',
    touchpoints: 'Points de contact',
    channels: 'Canaux',
    teams: 'Équipes impliquées (en coulisses)',
    painPoints: 'Points de friction',
    opportunities: 'Opportunités',
    kpis: 'Indicateurs',
  },
  emotion: {
    min: 'Très frustré',
    max: 'Ravi',
    current: 'Marc – expérience actuelle',
  },
  stages: {
    problem: {
      name: 'Le problème survient',
      description: 'Le produit ne fonctionne plus comme prévu ; le client tente de comprendre ce qui se passe.',
      actions: [
        'Constate que sa friteuse ne chauffe plus',
        'Débranche et rebranche l’appareil, vérifie la prise',
        'Cherche la notice et la facture',
      ],
      thoughts: '« Trois mois seulement et elle est déjà en panne ? C’est encore sous garantie, j’espère. »',
      emotion: 'Agacé : le repas du soir est compromis.',
      teams: 'Aucune équipe n’est au courant : le problème reste invisible pour la marque.',
      kpis: ['Taux de contacts pour 100 produits vendus, par modèle', 'Motifs de contact les plus fréquents'],
    },
    'self-service': {
      name: 'Recherche d’aide en autonomie',
      description:
        'Le client cherche une solution seul : centre d’aide, assistant virtuel, vidéos, puis message public à la marque.',
      actions: [
        'Tape le nom du modèle et « ne chauffe plus » dans un moteur de recherche',
        'Parcourt la FAQ du centre d’aide',
        'Pose sa question à l’assistant virtuel',
        'Publie un message à la marque sur les réseaux sociaux',
      ],
      thoughts: '« Les réponses ne parlent pas de mon modèle. Et sur les réseaux, personne ne répond. »',
      emotion: 'Frustré : beaucoup d’efforts, aucune réponse utile.',
      teams: 'Équipe contenus du centre d’aide ; community manager qui surveille les mentions de la marque.',
      kpis: [
        'Taux de résolution en autonomie (objectif : 40 %)',
        'Délai de réponse aux messages sur les réseaux sociaux',
        'Recherches du centre d’aide sans résultat',
      ],
    },
    contact: {
      name: 'Prise de contact',
      description: 'Le client contacte le support par chat, téléphone ou e-mail, puis attend un conseiller.',
      actions: [
        'Choisit d’appeler plutôt que d’écrire, pour aller plus vite',
        'Attend dans la file d’appel',
        'Explique son problème et donne son numéro de commande',
      ],
      thoughts: '« Combien de temps vais-je attendre ? Pourvu que la personne comprenne tout de suite. »',
      emotion: 'Impatient, mais soulagé de parler enfin à quelqu’un.',
      teams: 'Conseillers de niveau 1 ; équipe de planification qui dimensionne les effectifs du centre de contact.',
      kpis: [
        'Délai de première réponse (objectif : moins d’une heure)',
        'Taux d’abandon en file d’attente',
        'Répartition des contacts par canal',
      ],
    },
    diagnosis: {
      name: 'Diagnostic',
      description:
        'Le conseiller identifie le client, qualifie la panne et, s’il ne peut pas la résoudre, transfère la demande.',
      actions: [
        'Répond aux questions d’identification',
        'Décrit les symptômes et les vérifications déjà faites',
        'Est transféré vers un collègue, puis vers l’équipe technique',
      ],
      thoughts: '« J’ai déjà tout expliqué deux fois. Est-ce que quelqu’un ici sait réparer ce produit ? »',
      emotion: 'Exaspéré par les transferts successifs.',
      teams: 'Conseillers de niveau 1, experts produit de niveau 2, équipe technique ; outil de gestion des tickets.',
      kpis: [
        'Taux de transfert (objectif : moins de 10 %)',
        'Nombre moyen d’interlocuteurs par ticket',
        'Part des tickets bien catégorisés dès le premier contact',
      ],
    },
    resolution: {
      name: 'Résolution',
      description:
        'La solution est appliquée (procédure, pièce ou remplacement) et le client vérifie que tout fonctionne.',
      actions: [
        'Suit la procédure de réinitialisation envoyée par e-mail',
        'Reçoit un appareil de remplacement sous garantie',
        'Vérifie que le nouvel appareil fonctionne',
      ],
      thoughts: '« Enfin ! Mais il a fallu insister pour en arriver là. »',
      emotion: 'Soulagé : le problème est réglé.',
      teams: 'Équipe technique, service après-vente, logistique pour l’expédition du remplacement.',
      kpis: [
        'Taux de résolution au premier contact (objectif : 75 %)',
        'Délai moyen de résolution',
        'Taux de réouverture des tickets',
      ],
    },
    'follow-up': {
      name: 'Suivi et enquête de satisfaction',
      description: 'Le ticket est clôturé et le client est invité à noter sa satisfaction et l’effort fourni.',
      actions: [
        'Reçoit la confirmation de clôture du ticket',
        'Répond à l’enquête de satisfaction',
        'Raconte son expérience à ses proches',
      ],
      thoughts: '« Le produit marche, mais je ne suis pas sûr de racheter chez eux. »',
      emotion: 'Mitigé : satisfait du résultat, pas du chemin parcouru.',
      teams: 'Équipe qualité de service qui analyse les verbatims ; responsable expérience client.',
      kpis: [
        'CSAT (objectif : 85 % de réponses 4 ou 5)',
        'CES (objectif : 5,5 sur 7)',
        'Taux de réponse à l’enquête',
        'Taux de réachat à 12 mois des clients passés par le support',
      ],
    },
  },
  steps: {
    'search-help-center': {
      name: 'Chercher dans le centre d’aide',
      description: 'Recherche par mots-clés et lecture des articles de la FAQ.',
    },
    'ask-chatbot': {
      name: 'Interroger l’assistant virtuel',
      description: 'Conversation avec le chatbot du site ou de l’application.',
    },
    'post-on-social': {
      name: 'Interpeller la marque sur les réseaux sociaux',
      description: 'Message public ou privé adressé au compte de la marque.',
    },
    'choose-channel': {
      name: 'Choisir un canal de contact',
      description: 'Chat, téléphone ou formulaire e-mail, selon l’urgence et les horaires.',
    },
    'wait-in-queue': {
      name: 'Attendre un conseiller',
      description: 'File d’attente téléphonique ou du chat, délai de réponse à l’e-mail.',
    },
    'explain-problem': {
      name: 'Expliquer son problème',
      description: 'Le client décrit la panne et fournit sa preuve d’achat.',
    },
    'identify-customer': {
      name: 'Être identifié',
      description: 'Le conseiller retrouve le client, la commande et la garantie.',
    },
    'qualify-issue': {
      name: 'Faire qualifier la panne',
      description: 'Le conseiller comprend-il le problème du premier coup ? Moment de vérité du parcours.',
    },
    escalate: {
      name: 'Être transféré',
      description: 'La demande passe à un expert ou à l’équipe technique.',
    },
    'apply-solution': {
      name: 'Appliquer la solution',
      description: 'Procédure guidée, envoi d’une pièce ou remplacement de l’appareil.',
    },
    'confirm-fix': {
      name: 'Constater que ça marche',
      description: 'Le client vérifie que son produit fonctionne de nouveau : c’est là que se joue sa fidélité.',
    },
    'ticket-closed': {
      name: 'Recevoir la clôture du ticket',
      description: 'E-mail récapitulant le problème et la solution apportée.',
    },
    'answer-survey': {
      name: 'Répondre à l’enquête',
      description: 'Questions de satisfaction (CSAT) et d’effort (CES), avec un commentaire libre.',
    },
  },
  pains: {
    noErrorMessage: {
      title: 'Aucun message d’erreur',
      detail:
        'L’appareil s’arrête sans indication : le client ne sait pas si c’est une panne ou une erreur d’utilisation.',
    },
    genericFaq: {
      title: 'FAQ trop générique',
      detail: 'Les articles ne citent pas le modèle du client et ne couvrent pas le symptôme « ne chauffe plus ».',
    },
    socialUnanswered: {
      title: 'Message sur les réseaux sociaux sans réponse',
      detail: 'La demande publique reste sans réponse pendant plus de 24 heures, à la vue de tous.',
    },
    waitWithoutEstimate: {
      title: 'Attente sans estimation',
      detail: 'Le client ne sait pas combien de temps il va attendre au téléphone ni s’il peut être rappelé.',
    },
    proofOfPurchase: {
      title: 'Preuve d’achat à retrouver',
      detail: 'On demande une facture alors que la commande a été passée sur le site de la marque.',
    },
    repeatStory: {
      title: 'Répéter son histoire à chaque transfert',
      detail: 'Le contexte ne suit pas le client d’un conseiller à l’autre : il réexplique tout trois fois.',
    },
    firstLevelCannotHelp: {
      title: 'Premier niveau démuni',
      detail: 'Le conseiller est aimable mais n’a ni la formation ni les outils pour diagnostiquer ce produit.',
    },
    chaseForAnswer: {
      title: 'Relances nécessaires',
      detail: 'Plusieurs échanges d’e-mails sont nécessaires avant l’envoi du remplacement.',
    },
    surveyTooLong: {
      title: 'Enquête trop longue',
      detail: 'Dix questions après un parcours pénible : le client abandonne ou répond au hasard.',
    },
  },
  opportunities: {
    proactiveDiagnostics: {
      title: 'Diagnostic intégré au produit',
      detail: 'Afficher un code d’erreur lisible qui renvoie directement vers le bon article d’aide.',
    },
    modelSpecificHelp: {
      title: 'Aide par modèle',
      detail: 'Organiser le centre d’aide par référence produit, avec des vidéos de vérification de deux minutes.',
    },
    socialSla: {
      title: 'Engagement de réponse sur les réseaux sociaux',
      detail: 'Répondre en moins de deux heures et basculer la conversation en privé avec création de ticket.',
    },
    callbackOffer: {
      title: 'Proposer d’être rappelé',
      detail: 'Annoncer le temps d’attente estimé et proposer un rappel à l’heure choisie par le client.',
    },
    contextHandover: {
      title: 'Transfert avec contexte',
      detail: 'Chaque transfert transmet la fiche du client, son historique et les vérifications déjà faites.',
    },
    skillRouting: {
      title: 'Routage par compétence',
      detail: 'Orienter d’emblée les pannes techniques vers un expert produit grâce au motif saisi.',
    },
    ownerUntilFixed: {
      title: 'Un conseiller référent jusqu’à la résolution',
      detail: 'Un seul interlocuteur suit le ticket et tient le client informé sans qu’il ait à relancer.',
    },
    closeTheLoop: {
      title: 'Boucler la boucle',
      detail: 'Deux questions courtes (CSAT et CES), puis un rappel des clients insatisfaits sous 48 heures.',
    },
  },
  touchpoints: {
    'tp-product-manual': {
      name: 'Notice du produit en ligne',
      description: 'Notice PDF téléchargée depuis la fiche produit ou l’espace client.',
      ownerTeam: 'Équipe contenus support',
    },
    'tp-help-center': {
      name: 'Centre d’aide en ligne',
      description: 'Articles de FAQ et tutoriels consultés sur le site ou dans l’application.',
      ownerTeam: 'Équipe contenus support',
    },
    'tp-chatbot': {
      name: 'Assistant virtuel',
      description: 'Chatbot qui répond aux questions fréquentes avant tout transfert vers un conseiller.',
      ownerTeam: 'Équipe relation client digitale',
    },
    'tp-social-mention': {
      name: 'Message à la marque sur les réseaux sociaux',
      description: 'Mention ou message privé demandant de l’aide, repéré par l’outil de veille.',
      ownerTeam: 'Community management',
    },
    'tp-live-chat': {
      name: 'Chat avec un conseiller',
      description: 'Conversation écrite en direct avec un conseiller du service client.',
      ownerTeam: 'Service client',
    },
    'tp-phone-call': {
      name: 'Appel au service client',
      description: 'Appel entrant traité par un conseiller, file d’attente comprise.',
      ownerTeam: 'Service client',
    },
    'tp-email-ticket': {
      name: 'Demande par e-mail ou formulaire',
      description: 'Création d’un ticket depuis le formulaire de contact ou par e-mail.',
      ownerTeam: 'Service client',
    },
    'tp-escalation': {
      name: 'Transfert vers l’équipe technique',
      description: 'Escalade du ticket vers un expert de niveau 2 ou l’équipe technique.',
      ownerTeam: 'Support technique',
    },
    'tp-solution': {
      name: 'Envoi de la solution',
      description: 'Réponse du conseiller contenant la procédure ou la décision de remplacement.',
      ownerTeam: 'Support technique',
    },
    'tp-replacement': {
      name: 'Expédition de l’appareil de remplacement',
      description: 'Colis envoyé au domicile du client dans le cadre de la garantie.',
      ownerTeam: 'Service après-vente et logistique',
    },
    'tp-ticket-closed': {
      name: 'Confirmation de clôture du ticket',
      description: 'E-mail récapitulatif envoyé quand le ticket passe au statut résolu.',
      ownerTeam: 'Service client',
    },
    'tp-csat-survey': {
      name: 'Enquête de satisfaction (CSAT)',
      description: 'Question « Êtes-vous satisfait de la résolution de votre demande ? » notée de 1 à 5.',
      ownerTeam: 'Qualité de service',
    },
    'tp-ces-survey': {
      name: 'Question d’effort (CES)',
      description: 'Question « Il a été facile de régler mon problème » notée de 1 à 7.',
      ownerTeam: 'Qualité de service',
    },
  },
  kpis: {
    csat: {
      name: 'Satisfaction client (CSAT)',
      formula:
        'CSAT = nombre de réponses 4 ou 5 ÷ nombre total de réponses à la question « Êtes-vous satisfait de la résolution de votre demande ? » (échelle de 1 à 5) × 100',
      description: 'Mesuré par l’enquête envoyée à la clôture du ticket.',
    },
    ces: {
      name: 'Effort client (CES)',
      formula:
        'CES = moyenne des réponses à « Dans quelle mesure êtes-vous d’accord : l’entreprise m’a permis de régler facilement mon problème » sur une échelle de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)',
      description: 'Un score élevé signifie un parcours facile ; il prédit mieux le réachat que la satisfaction seule.',
    },
    'first-contact-resolution': {
      name: 'Résolution au premier contact (FCR)',
      formula:
        'FCR = tickets résolus lors du premier contact, sans transfert ni nouveau contact du client sur le même sujet dans les 7 jours ÷ tickets résolus × 100',
      description: 'L’indicateur clé d’un support qui évite au client de relancer.',
    },
    'first-response-time': {
      name: 'Délai de première réponse',
      formula:
        'Médiane, en heures ouvrées, du délai entre la création du ticket (Ticket Created) et la première réponse d’un conseiller (Ticket Replied), tous canaux confondus',
      description:
        'Sur le chat et le téléphone, la première réponse doit être quasi immédiate ; l’objectif vaut surtout pour l’e-mail.',
    },
    'transfer-rate': {
      name: 'Taux de transfert',
      formula: 'Taux de transfert = tickets transférés au moins une fois (Ticket Escalated) ÷ tickets créés × 100',
      description: 'Chaque transfert ajoute de l’effort et fait baisser la satisfaction.',
    },
    'self-service-rate': {
      name: 'Taux de résolution en autonomie',
      formula:
        'Sessions du centre d’aide ou de l’assistant virtuel non suivies d’un ticket, d’un chat ou d’un appel dans les 72 heures ÷ sessions d’aide × 100',
      description: 'Mesure la capacité du self-service à éviter un contact.',
    },
  },
}

const en: Text = {
  template: {
    title: 'Customer support',
    description:
      'The journey of a customer who has a problem with a product: self-service help, contact by chat, phone or email, diagnosis, resolution and satisfaction survey, measured by CSAT, CES and first-contact resolution.',
  },
  map: {
    title: 'Customer support: from breakdown to satisfaction survey',
    objective:
      'Understand how a customer with a faulty product gets help, find the breaks between channels and between teams (transfers, follow-ups, information to repeat) and track the success of the journey end to end with CSAT, CES and first-contact resolution.',
  },
  persona: {
    name: 'Marc Lefèvre',
    quote: '“I just wanted to make fries, not spend my evening on the phone.”',
    summary:
      'A 46-year-old father who bought an air fryer on the brand’s website three months ago. When it breaks down, he wants a quick fix without telling his story to every person he speaks to.',
    demographics: {
      ageRange: '45–50',
      gender: 'Male',
      location: 'Tours, France',
      occupation: 'Industrial maintenance technician',
      income: 'Household income of about €3,800 net per month',
      education: 'Two-year technical degree (BTS) in systems maintenance',
      familyStatus: 'Married, two children aged 12 and 15',
    },
    psychographics: {
      lifestyle: ['Works shifts', 'Cooks with the family at weekends'],
      habits: [
        'Searches Google and YouTube before contacting a brand',
        'Calls out brands on social media when annoyed',
        'Phones customer service when writing gets nowhere',
        'Keeps his receipts in his inbox',
      ],
      values: ['Efficiency', 'Straight talk', 'Products that last'],
      interests: ['DIY', 'Football', 'Quick, simple recipes'],
    },
    goals: [
      'Have a working appliance again before the weekend',
      'Get a free repair or replacement under warranty',
      'Settle the problem in a single contact',
    ],
    needs: [
      'Someone who already knows his purchase and previous conversations',
      'A resolution time that is announced, then kept',
      'Basic checks explained for his exact model, with pictures',
    ],
    frustrations: [
      'Repeating his problem after every transfer',
      'A social media message left unanswered',
      'A generic FAQ that does not match his model',
      'Waiting on the phone without knowing for how long',
    ],
    motivations: [
      'Not wasting his time',
      'Being treated as a customer who matters',
      'Using the warranty he is entitled to',
    ],
    sections: [
      {
        title: 'His typical support journey',
        body: 'Marc first tries to sort it out himself: manual, web search, video. Then he calls out the brand on social media. With no answer the same day, he phones customer service from work during his break.',
      },
      {
        title: 'What would make him buy again',
        body: 'A quick replacement with no argument, and an agent who owns the problem until it is solved. He would then happily tell people about it.',
      },
    ],
  },
  lanes: {
    actions: 'Customer actions',
    thoughts: 'Thoughts and feelings',
    emotion: 'Emotion curve',
    touchpoints: 'Touchpoints',
    channels: 'Channels',
    teams: 'Teams involved (behind the scenes)',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    kpis: 'KPIs',
  },
  emotion: {
    min: 'Very frustrated',
    max: 'Delighted',
    current: 'Marc – current experience',
  },
  stages: {
    problem: {
      name: 'The problem occurs',
      description: 'The product stops working as expected; the customer tries to understand what is happening.',
      actions: [
        'Notices that the air fryer no longer heats up',
        'Unplugs and replugs it, checks the socket',
        'Looks for the manual and the receipt',
      ],
      thoughts: '“Only three months old and already broken? I hope it’s still under warranty.”',
      emotion: 'Annoyed: dinner is at stake.',
      teams: 'No team knows yet: the problem is invisible to the brand.',
      kpis: ['Contacts per 100 products sold, by model', 'Most frequent contact reasons'],
    },
    'self-service': {
      name: 'Self-service help',
      description:
        'The customer looks for a solution alone: help centre, virtual assistant, videos, then a public message to the brand.',
      actions: [
        'Searches the model name and “not heating” in a search engine',
        'Browses the help centre FAQ',
        'Asks the virtual assistant',
        'Posts a message to the brand on social media',
      ],
      thoughts: '“None of the answers mention my model. And nobody replies on social media.”',
      emotion: 'Frustrated: a lot of effort, no useful answer.',
      teams: 'Help centre content team; community manager monitoring brand mentions.',
      kpis: [
        'Self-service resolution rate (target: 40%)',
        'Response time to social media messages',
        'Help centre searches with no result',
      ],
    },
    contact: {
      name: 'Getting in touch',
      description: 'The customer contacts support by chat, phone or email, then waits for an agent.',
      actions: [
        'Decides to call rather than write, to go faster',
        'Waits in the call queue',
        'Explains the problem and gives the order number',
      ],
      thoughts: '“How long will I have to wait? I hope they get it straight away.”',
      emotion: 'Impatient, but relieved to finally speak to someone.',
      teams: 'Tier 1 agents; workforce planning team that staffs the contact centre.',
      kpis: ['First response time (target: under one hour)', 'Queue abandonment rate', 'Contacts by channel'],
    },
    diagnosis: {
      name: 'Diagnosis',
      description:
        'The agent identifies the customer, qualifies the fault and, if they cannot solve it, transfers the request.',
      actions: [
        'Answers identification questions',
        'Describes the symptoms and the checks already made',
        'Is transferred to a colleague, then to the technical team',
      ],
      thoughts: '“I’ve already explained everything twice. Does anyone here know how to fix this product?”',
      emotion: 'Exasperated by successive transfers.',
      teams: 'Tier 1 agents, tier 2 product experts, technical team; ticketing tool.',
      kpis: [
        'Transfer rate (target: under 10%)',
        'Average number of agents per ticket',
        'Share of tickets correctly categorised at first contact',
      ],
    },
    resolution: {
      name: 'Resolution',
      description: 'The fix is applied (procedure, spare part or replacement) and the customer checks that it works.',
      actions: [
        'Follows the reset procedure sent by email',
        'Receives a replacement appliance under warranty',
        'Checks that the new appliance works',
      ],
      thoughts: '“Finally! But I had to push to get here.”',
      emotion: 'Relieved: the problem is solved.',
      teams: 'Technical team, after-sales service, logistics for shipping the replacement.',
      kpis: ['First-contact resolution rate (target: 75%)', 'Average resolution time', 'Ticket reopen rate'],
    },
    'follow-up': {
      name: 'Follow-up and satisfaction survey',
      description: 'The ticket is closed and the customer is asked to rate their satisfaction and the effort involved.',
      actions: [
        'Receives the ticket closure confirmation',
        'Answers the satisfaction survey',
        'Tells friends and family about the experience',
      ],
      thoughts: '“The product works, but I’m not sure I’ll buy from them again.”',
      emotion: 'Mixed: happy with the outcome, not with how it got there.',
      teams: 'Service quality team analysing comments; customer experience manager.',
      kpis: [
        'CSAT (target: 85% of answers at 4 or 5)',
        'CES (target: 5.5 out of 7)',
        'Survey response rate',
        '12-month repurchase rate of customers who contacted support',
      ],
    },
  },
  steps: {
    'search-help-center': {
      name: 'Search the help centre',
      description: 'Keyword search and reading FAQ articles.',
    },
    'ask-chatbot': {
      name: 'Ask the virtual assistant',
      description: 'Conversation with the chatbot on the website or in the app.',
    },
    'post-on-social': {
      name: 'Call out the brand on social media',
      description: 'Public or private message to the brand’s account.',
    },
    'choose-channel': {
      name: 'Choose a contact channel',
      description: 'Chat, phone or email form, depending on urgency and opening hours.',
    },
    'wait-in-queue': {
      name: 'Wait for an agent',
      description: 'Phone or chat queue, or the wait for an email reply.',
    },
    'explain-problem': {
      name: 'Explain the problem',
      description: 'The customer describes the fault and provides proof of purchase.',
    },
    'identify-customer': {
      name: 'Be identified',
      description: 'The agent finds the customer, the order and the warranty.',
    },
    'qualify-issue': {
      name: 'Have the fault qualified',
      description: 'Does the agent understand the problem the first time? The moment of truth of the journey.',
    },
    escalate: {
      name: 'Be transferred',
      description: 'The request goes to an expert or to the technical team.',
    },
    'apply-solution': {
      name: 'Apply the fix',
      description: 'Guided procedure, spare part or replacement of the appliance.',
    },
    'confirm-fix': {
      name: 'See that it works',
      description: 'The customer checks that the product works again: this is where loyalty is won or lost.',
    },
    'ticket-closed': {
      name: 'Receive the ticket closure',
      description: 'Email summarising the problem and the fix.',
    },
    'answer-survey': {
      name: 'Answer the survey',
      description: 'Satisfaction (CSAT) and effort (CES) questions, with a free comment.',
    },
  },
  pains: {
    noErrorMessage: {
      title: 'No error message',
      detail: 'The appliance stops without any indication: the customer cannot tell a fault from a user error.',
    },
    genericFaq: {
      title: 'FAQ too generic',
      detail: 'Articles do not mention the customer’s model and do not cover the “not heating” symptom.',
    },
    socialUnanswered: {
      title: 'Social media message left unanswered',
      detail: 'The public request gets no reply for more than 24 hours, in full view of everyone.',
    },
    waitWithoutEstimate: {
      title: 'Waiting without an estimate',
      detail: 'The customer does not know how long the phone wait will be or whether a callback is possible.',
    },
    proofOfPurchase: {
      title: 'Proof of purchase to dig out',
      detail: 'The customer is asked for a receipt although the order was placed on the brand’s own website.',
    },
    repeatStory: {
      title: 'Repeating the story at every transfer',
      detail: 'Context does not follow the customer from one agent to the next: he explains everything three times.',
    },
    firstLevelCannotHelp: {
      title: 'Tier 1 cannot help',
      detail: 'The agent is friendly but has neither the training nor the tools to diagnose this product.',
    },
    chaseForAnswer: {
      title: 'Chasing for an answer',
      detail: 'Several email exchanges are needed before the replacement is shipped.',
    },
    surveyTooLong: {
      title: 'Survey too long',
      detail: 'Ten questions after a painful journey: the customer gives up or answers at random.',
    },
  },
  opportunities: {
    proactiveDiagnostics: {
      title: 'Built-in diagnostics',
      detail: 'Show a readable error code that links straight to the right help article.',
    },
    modelSpecificHelp: {
      title: 'Help by model',
      detail: 'Organise the help centre by product reference, with two-minute check videos.',
    },
    socialSla: {
      title: 'Social media response commitment',
      detail: 'Reply within two hours and move the conversation to private messages with a ticket.',
    },
    callbackOffer: {
      title: 'Offer a callback',
      detail: 'Announce the estimated wait and offer a callback at a time the customer chooses.',
    },
    contextHandover: {
      title: 'Transfer with context',
      detail: 'Every transfer passes on the customer record, history and checks already made.',
    },
    skillRouting: {
      title: 'Skills-based routing',
      detail: 'Send technical faults straight to a product expert based on the contact reason.',
    },
    ownerUntilFixed: {
      title: 'One owner until it is fixed',
      detail: 'A single agent follows the ticket and keeps the customer informed without being chased.',
    },
    closeTheLoop: {
      title: 'Close the loop',
      detail: 'Two short questions (CSAT and CES), then a call back to unhappy customers within 48 hours.',
    },
  },
  touchpoints: {
    'tp-product-manual': {
      name: 'Online product manual',
      description: 'PDF manual downloaded from the product page or the customer account.',
      ownerTeam: 'Support content team',
    },
    'tp-help-center': {
      name: 'Online help centre',
      description: 'FAQ articles and tutorials read on the website or in the app.',
      ownerTeam: 'Support content team',
    },
    'tp-chatbot': {
      name: 'Virtual assistant',
      description: 'Chatbot answering frequent questions before any handover to an agent.',
      ownerTeam: 'Digital customer care team',
    },
    'tp-social-mention': {
      name: 'Message to the brand on social media',
      description: 'Mention or private message asking for help, picked up by the listening tool.',
      ownerTeam: 'Community management',
    },
    'tp-live-chat': {
      name: 'Chat with an agent',
      description: 'Live written conversation with a customer service agent.',
      ownerTeam: 'Customer service',
    },
    'tp-phone-call': {
      name: 'Call to customer service',
      description: 'Inbound call handled by an agent, queue time included.',
      ownerTeam: 'Customer service',
    },
    'tp-email-ticket': {
      name: 'Request by email or web form',
      description: 'Ticket created from the contact form or by email.',
      ownerTeam: 'Customer service',
    },
    'tp-escalation': {
      name: 'Transfer to the technical team',
      description: 'Ticket escalated to a tier 2 expert or the technical team.',
      ownerTeam: 'Technical support',
    },
    'tp-solution': {
      name: 'Solution sent',
      description: 'Agent reply containing the procedure or the replacement decision.',
      ownerTeam: 'Technical support',
    },
    'tp-replacement': {
      name: 'Replacement appliance shipped',
      description: 'Parcel sent to the customer’s home under the warranty.',
      ownerTeam: 'After-sales service and logistics',
    },
    'tp-ticket-closed': {
      name: 'Ticket closure confirmation',
      description: 'Summary email sent when the ticket is marked as solved.',
      ownerTeam: 'Customer service',
    },
    'tp-csat-survey': {
      name: 'Satisfaction survey (CSAT)',
      description: 'Question “How satisfied are you with how your request was resolved?” rated from 1 to 5.',
      ownerTeam: 'Service quality',
    },
    'tp-ces-survey': {
      name: 'Effort question (CES)',
      description: 'Statement “It was easy to get my problem solved” rated from 1 to 7.',
      ownerTeam: 'Service quality',
    },
  },
  kpis: {
    csat: {
      name: 'Customer satisfaction (CSAT)',
      formula:
        'CSAT = number of 4 or 5 answers ÷ total number of answers to “How satisfied are you with how your request was resolved?” (scale of 1 to 5) × 100',
      description: 'Measured by the survey sent when the ticket is closed.',
    },
    ces: {
      name: 'Customer effort (CES)',
      formula:
        'CES = average of the answers to “To what extent do you agree: the company made it easy for me to solve my problem” on a scale from 1 (strongly disagree) to 7 (strongly agree)',
      description: 'A high score means an easy journey; it predicts repurchase better than satisfaction alone.',
    },
    'first-contact-resolution': {
      name: 'First-contact resolution (FCR)',
      formula:
        'FCR = tickets solved at the first contact, with no transfer and no new contact from the customer on the same issue within 7 days ÷ tickets solved × 100',
      description: 'The key indicator of a support team that spares customers from chasing.',
    },
    'first-response-time': {
      name: 'First response time',
      formula:
        'Median time, in business hours, between ticket creation (Ticket Created) and the first agent reply (Ticket Replied), across all channels',
      description: 'On chat and phone the first reply should be near-instant; the target matters most for email.',
    },
    'transfer-rate': {
      name: 'Transfer rate',
      formula: 'Transfer rate = tickets transferred at least once (Ticket Escalated) ÷ tickets created × 100',
      description: 'Every transfer adds effort and lowers satisfaction.',
    },
    'self-service-rate': {
      name: 'Self-service resolution rate',
      formula:
        'Help centre or virtual assistant sessions not followed by a ticket, chat or call within 72 hours ÷ help sessions × 100',
      description: 'Measures how well self-service avoids a contact.',
    },
  },
}

const text: Record<TemplateLocale, Text> = { fr, en }

export const customerSupportTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'sector',
  ...dictionaryHeading(text),
  source: 'seed 003 — « Comment cartographier et mesurer le parcours client » (parcours de support client)',
  build,
}
