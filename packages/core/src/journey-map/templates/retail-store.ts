import type { KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type TemplateDefinition, type TemplateInstance, type TemplateLocale } from './template.js'
import { commonLane, emotionLane, inlineTextKit, kpiCells, kpiTargetLabel, touchpointCells } from './template-kit.js'

const TEMPLATE_ID = 'retail-store'
const PERSONA_ID = 'retail-store-camille'

/** A fashion store's web-to-store journey (seed 001, retail example): online research, visit, checkout, after-sales. */
export const retailStoreTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'sector',
  title: {
    fr: 'Magasin de prêt-à-porter : du web au magasin',
    en: 'Fashion store: from web to store',
  },
  description: {
    fr: 'Le parcours d’une cliente qui prépare ses achats en ligne puis vient en magasin : recherche et vérification du stock, visite et essayage en cabine, passage en caisse, échanges et fidélité.',
    en: 'The journey of a shopper who prepares her purchase online and then comes to the store: research and stock check, visit and fitting rooms, checkout, exchanges and loyalty.',
  },
  source: 'seed 001 — exemple de carte de parcours client pour le commerce de détail',
  build: buildRetailStore,
}

function buildRetailStore(locale: TemplateLocale): TemplateInstance {
  const { t, painPoint, opportunity } = inlineTextKit(locale)

  const stages: Stage[] = [
    {
      id: 'online-research',
      name: t({ fr: 'Recherche en ligne', en: 'Online research' }),
      description: t({
        fr: 'Le client repère des articles sur le site ou l’appli, lit les avis et vérifie leur disponibilité dans son magasin.',
        en: 'The customer spots items on the website or app, reads reviews and checks whether they are available in their store.',
      }),
      steps: [
        {
          id: 'search-products',
          name: t({ fr: 'Recherche de produits', en: 'Product search' }),
          description: t({
            fr: 'Sur Google, le site ou l’appli de l’enseigne, le plus souvent depuis un smartphone.',
            en: 'On Google, the brand’s website or app, usually from a smartphone.',
          }),
        },
        {
          id: 'read-reviews',
          name: t({ fr: 'Lecture des avis', en: 'Reading reviews' }),
          description: t({
            fr: 'Avis clients sur les fiches produits et photos portées sur les réseaux sociaux.',
            en: 'Customer reviews on product pages and photos of the items worn on social media.',
          }),
        },
        {
          id: 'check-stock',
          name: t({ fr: 'Vérification du stock en magasin', en: 'In-store stock check' }),
          description: t({
            fr: 'Disponibilité de la taille dans le magasin le plus proche, avec réservation possible.',
            en: 'Availability of the right size in the nearest store, with an option to reserve.',
          }),
        },
      ],
    },
    {
      id: 'store-visit',
      name: t({ fr: 'Visite en magasin', en: 'In-store visit' }),
      description: t({
        fr: 'Le client parcourt les rayons, demande conseil et essaie les vêtements en cabine.',
        en: 'The customer walks through the sections, asks for advice and tries clothes on in the fitting rooms.',
      }),
      steps: [
        {
          id: 'explore-sections',
          name: t({ fr: 'Exploration des rayons', en: 'Exploring the sections' }),
        },
        {
          id: 'ask-advice',
          name: t({ fr: 'Conseil d’un vendeur', en: 'Advice from a sales associate' }),
        },
        {
          id: 'fitting-room',
          name: t({ fr: 'Essayage en cabine', en: 'Trying on in the fitting room' }),
          description: t({
            fr: 'Le moment où la cliente décide d’acheter ou de repartir les mains vides.',
            en: 'The moment the shopper decides to buy or to leave empty-handed.',
          }),
          isMomentOfTruth: true,
        },
      ],
    },
    {
      id: 'checkout',
      name: t({ fr: 'Passage en caisse', en: 'Checkout' }),
      description: t({
        fr: 'Le client attend, paie et fait valoir sa carte de fidélité.',
        en: 'The customer queues, pays and uses their loyalty card.',
      }),
      steps: [
        { id: 'queue', name: t({ fr: 'Attente en caisse', en: 'Queuing at the till' }) },
        { id: 'payment', name: t({ fr: 'Paiement et fidélité', en: 'Payment and loyalty' }) },
      ],
    },
    {
      id: 'after-sales',
      name: t({ fr: 'Après-vente', en: 'After-sales' }),
      description: t({
        fr: 'Le client garde ou échange son article, donne son avis et revient, ou non, pour un nouvel achat.',
        en: 'The customer keeps or exchanges the item, gives feedback and comes back, or not, for another purchase.',
      }),
      steps: [
        {
          id: 'exchange-return',
          name: t({ fr: 'Échange ou retour', en: 'Exchange or return' }),
          description: t({
            fr: 'Un échange simple renforce la confiance ; un refus la détruit durablement.',
            en: 'A smooth exchange builds trust; a refusal damages it for a long time.',
          }),
          isMomentOfTruth: true,
        },
        { id: 'feedback', name: t({ fr: 'Avis et recommandation', en: 'Feedback and recommendation' }) },
        { id: 'loyalty-offers', name: t({ fr: 'Offres personnalisées', en: 'Personalised offers' }) },
      ],
    },
  ]

  const touchpoints: Touchpoint[] = [
    {
      id: 'tp-product-pages',
      name: t({ fr: 'Fiches produits du site et de l’appli', en: 'Product pages on the website and app' }),
      channel: 'web',
      mode: 'online',
      stageId: 'online-research',
      stepId: 'search-products',
      importance: 'high',
      ownerTeam: t({ fr: 'E-commerce', en: 'E-commerce' }),
      selector: { events: ['Products Searched', 'Product Viewed'], channels: ['web', 'app'] },
    },
    {
      id: 'tp-reviews-social',
      name: t({ fr: 'Avis clients et réseaux sociaux', en: 'Customer reviews and social media' }),
      channel: 'social',
      mode: 'online',
      stageId: 'online-research',
      stepId: 'read-reviews',
      importance: 'medium',
      ownerTeam: t({ fr: 'Marketing', en: 'Marketing' }),
      selector: { events: ['Product Reviews Viewed'] },
    },
    {
      id: 'tp-store-stock',
      name: t({ fr: 'Disponibilité en magasin et réservation', en: 'In-store availability and reservation' }),
      channel: 'web',
      mode: 'online',
      stageId: 'online-research',
      stepId: 'check-stock',
      importance: 'critical',
      ownerTeam: t({ fr: 'E-commerce', en: 'E-commerce' }),
      isRequired: true,
      selector: { events: ['Store Availability Checked', 'Product Reserved'], channels: ['web', 'app'] },
    },
    {
      id: 'tp-sales-associate',
      name: t({ fr: 'Conseil d’un vendeur', en: 'Advice from a sales associate' }),
      channel: 'store',
      mode: 'offline',
      stageId: 'store-visit',
      stepId: 'ask-advice',
      importance: 'critical',
      ownerTeam: t({ fr: 'Réseau magasins', en: 'Store network' }),
      description: t({
        fr: 'Mesuré par l’application de vente des conseillers (ouverture d’une fiche client).',
        en: 'Measured through the associates’ clienteling app (a customer profile opened).',
      }),
      selector: { events: ['Clienteling Session Started'], channels: ['store'] },
    },
    {
      id: 'tp-fitting-room',
      name: t({ fr: 'Cabines d’essayage', en: 'Fitting rooms' }),
      channel: 'store',
      mode: 'offline',
      stageId: 'store-visit',
      stepId: 'fitting-room',
      importance: 'high',
      ownerTeam: t({ fr: 'Réseau magasins', en: 'Store network' }),
      selector: { events: ['Fitting Room Entered'], channels: ['store'] },
    },
    {
      id: 'tp-checkout-counter',
      name: t({ fr: 'Caisse', en: 'Checkout counter' }),
      channel: 'store',
      mode: 'offline',
      stageId: 'checkout',
      stepId: 'payment',
      importance: 'critical',
      ownerTeam: t({ fr: 'Réseau magasins', en: 'Store network' }),
      isRequired: true,
      selector: { events: ['Order Completed'], channels: ['store'] },
    },
    {
      id: 'tp-email-receipt',
      name: t({ fr: 'Ticket de caisse par e-mail', en: 'Email receipt' }),
      channel: 'email',
      mode: 'online',
      stageId: 'checkout',
      stepId: 'payment',
      importance: 'low',
      ownerTeam: t({ fr: 'CRM', en: 'CRM' }),
      selector: {
        events: ['Email Delivered'],
        where: [{ op: 'eq', property: 'properties.email_type', value: 'receipt' }],
      },
    },
    {
      id: 'tp-returns-desk',
      name: t({ fr: 'Échanges et retours en magasin', en: 'In-store exchanges and returns' }),
      channel: 'store',
      mode: 'offline',
      stageId: 'after-sales',
      stepId: 'exchange-return',
      importance: 'high',
      ownerTeam: t({ fr: 'Réseau magasins', en: 'Store network' }),
      selector: { events: ['Order Refunded', 'Product Exchanged'], channels: ['store'] },
    },
    {
      id: 'tp-nps-survey',
      name: t({ fr: 'Enquête de satisfaction après achat', en: 'Post-purchase satisfaction survey' }),
      channel: 'email',
      mode: 'online',
      stageId: 'after-sales',
      stepId: 'feedback',
      importance: 'medium',
      ownerTeam: t({ fr: 'Expérience client', en: 'Customer experience' }),
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'nps' }],
      },
    },
    {
      id: 'tp-personalised-offers',
      name: t({ fr: 'Offres personnalisées par e-mail', en: 'Personalised email offers' }),
      channel: 'email',
      mode: 'online',
      stageId: 'after-sales',
      stepId: 'loyalty-offers',
      importance: 'medium',
      ownerTeam: t({ fr: 'CRM', en: 'CRM' }),
      selector: {
        events: ['Email Link Clicked'],
        where: [{ op: 'eq', property: 'properties.campaign_type', value: 'personalised-offer' }],
      },
    },
  ]

  const kpis: KpiDefinition[] = [
    {
      id: 'kpi-availability-check-rate',
      name: t({ fr: 'Taux de vérification de disponibilité', en: 'Availability check rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux de vérification = visiteurs ayant vérifié la disponibilité en magasin ou réservé (Store Availability Checked, Product Reserved) ÷ visiteurs ayant consulté une fiche produit (Product Viewed) × 100',
        en: 'Check rate = visitors who checked in-store availability or reserved (Store Availability Checked, Product Reserved) ÷ visitors who viewed a product page (Product Viewed) × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'online-research' },
      target: 15,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-web-to-store',
      name: t({ fr: 'Taux de web-to-store', en: 'Web-to-store rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux de web-to-store = clients ayant un achat en magasin (Order Completed, canal magasin) dans les 7 jours suivant une vérification de stock ou une réservation ÷ clients ayant vérifié le stock ou réservé en ligne × 100',
        en: 'Web-to-store rate = customers with an in-store purchase (Order Completed, store channel) within 7 days of a stock check or reservation ÷ customers who checked stock or reserved online × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'store-visit' },
      target: 30,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-fitting-room-conversion',
      name: t({ fr: 'Taux de transformation en cabine', en: 'Fitting-room conversion rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux de transformation en cabine = passages en caisse dans l’heure qui suit un passage en cabine ÷ passages en cabine × 100',
        en: 'Fitting-room conversion rate = checkouts within one hour of a fitting-room visit ÷ fitting-room visits × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-fitting-room' },
      target: 60,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-queue-over-5-min',
      name: t({ fr: 'Attentes en caisse de plus de 5 minutes', en: 'Checkout waits over 5 minutes' }),
      kind: 'custom',
      formula: t({
        fr: 'Part des attentes longues = passages en caisse avec plus de 5 minutes d’attente (comptage de file) ÷ passages en caisse × 100',
        en: 'Share of long waits = checkouts with more than 5 minutes of queuing (queue counter) ÷ checkouts × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'checkout' },
      target: 10,
      direction: 'lower-is-better',
    },
    {
      id: 'kpi-checkout-csat',
      name: t({ fr: 'Satisfaction au passage en caisse (CSAT)', en: 'Checkout satisfaction (CSAT)' }),
      kind: 'csat',
      formula: t({
        fr: 'CSAT = réponses 4 ou 5 à « Êtes-vous satisfait de votre passage en caisse ? » (échelle de 1 à 5) ÷ total des réponses × 100',
        en: 'CSAT = answers of 4 or 5 to “How satisfied were you with checkout?” (scale of 1 to 5) ÷ all answers × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-checkout-counter' },
      target: 80,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-exchange-ces',
      name: t({ fr: 'Effort à l’échange (CES)', en: 'Exchange effort (CES)' }),
      kind: 'ces',
      formula: t({
        fr: 'CES = moyenne des réponses à « Échanger mon article a été facile », de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)',
        en: 'CES = average answer to “Exchanging my item was easy”, from 1 (strongly disagree) to 7 (strongly agree)',
      }),
      unit: 'score',
      scale: { min: 1, max: 7 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-returns-desk' },
      target: 6,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-repeat-purchase',
      name: t({ fr: 'Taux de réachat à 90 jours', en: '90-day repeat purchase rate' }),
      kind: 'custom',
      formula: t({
        fr: 'Taux de réachat = clients ayant effectué un nouvel achat dans les 90 jours suivant un premier achat ÷ clients ayant acheté sur la période × 100',
        en: 'Repeat purchase rate = customers who buy again within 90 days of a purchase ÷ customers who bought during the period × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'after-sales' },
      target: 35,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-nps',
      name: t({ fr: 'Net Promoter Score (NPS)', en: 'Net Promoter Score (NPS)' }),
      kind: 'nps',
      formula: t({
        fr: 'NPS = % de promoteurs (notes 9 et 10) − % de détracteurs (notes 0 à 6) parmi les réponses à « Recommanderiez-vous notre magasin à un proche ? » (échelle de 0 à 10)',
        en: 'NPS = % promoters (scores 9 and 10) − % detractors (scores 0 to 6) among answers to “How likely are you to recommend our store to a friend?” (scale of 0 to 10)',
      }),
      unit: 'score',
      scale: { min: -100, max: 100 },
      appliesTo: { level: 'map' },
      target: 40,
      direction: 'higher-is-better',
    },
  ]

  return buildTemplate({
    id: `${TEMPLATE_ID}-${locale}`,
    templateId: TEMPLATE_ID,
    locale,
    title: t({
      fr: 'Parcours web-to-store en magasin de prêt-à-porter',
      en: 'Web-to-store journey in a fashion store',
    }),
    objective: t({
      fr: 'Comprendre pourquoi des clients qui préparent leurs achats en ligne renoncent en magasin, et décider où agir en priorité : fiabilité du stock affiché, conseil en rayon, attente en caisse et échanges.',
      en: 'Understand why customers who prepare their purchase online give up in the store, and decide where to act first: reliable stock display, advice on the shop floor, checkout queues and exchanges.',
    }),
    type: 'current',
    personas: [
      {
        id: PERSONA_ID,
        name: 'Camille Martin',
        avatar: 'CM',
        audience: 'b2c',
        quote: t({
          fr: '« Je regarde tout sur mon téléphone avant de venir : si l’article n’est pas en rayon, c’est du temps perdu. »',
          en: '“I check everything on my phone before I come: if the item isn’t on the shelf, I’ve wasted my time.”',
        }),
        summary: t({
          fr: 'Active et pressée, elle prépare ses achats de vêtements en ligne et vient en magasin pour essayer et repartir le jour même avec ses articles.',
          en: 'Busy and short on time, she prepares her clothing purchases online and comes to the store to try things on and leave with them the same day.',
        }),
        demographics: {
          ageRange: t({ fr: '30 à 39 ans', en: '30–39' }),
          gender: t({ fr: 'Femme', en: 'Female' }),
          location: t({
            fr: 'Périphérie de Lyon, à 20 minutes du magasin',
            en: 'Outskirts of Lyon, 20 minutes from the store',
          }),
          occupation: t({ fr: 'Chargée de communication', en: 'Communications officer' }),
          income: t({ fr: '2 800 € nets par mois', en: '€2,800 net per month' }),
          education: t({ fr: 'Bac +5', en: 'Master’s degree' }),
          familyStatus: t({
            fr: 'En couple, deux enfants de 4 et 7 ans',
            en: 'Living with her partner, two children aged 4 and 7',
          }),
        },
        psychographics: {
          lifestyle: t({
            fr: [
              'Journées chargées entre travail et enfants',
              'Fait ses achats le samedi matin ou pendant sa pause déjeuner',
            ],
            en: ['Busy days split between work and children', 'Shops on Saturday mornings or during her lunch break'],
          }),
          habits: t({
            fr: [
              'Consulte le site et l’appli de l’enseigne le soir sur son smartphone',
              'Lit les avis avant tout achat de plus de 50 €',
              'Garde ses tickets dans l’appli plutôt qu’en papier',
            ],
            en: [
              'Browses the brand’s website and app on her smartphone in the evening',
              'Reads reviews before any purchase over €50',
              'Keeps her receipts in the app rather than on paper',
            ],
          }),
          values: t({
            fr: ['Gain de temps', 'Qualité durable plutôt que quantité', 'Être reconnue comme cliente fidèle'],
            en: ['Saving time', 'Lasting quality over quantity', 'Being recognised as a loyal customer'],
          }),
          interests: t({
            fr: ['Mode et tendances sur Instagram', 'Décoration intérieure', 'Sorties en famille'],
            en: ['Fashion and trends on Instagram', 'Interior design', 'Family outings'],
          }),
        },
        goals: t({
          fr: [
            'Trouver une tenue pour une occasion précise sans y passer l’après-midi',
            'Essayer avant d’acheter pour éviter les retours',
            'Profiter des avantages de sa carte de fidélité',
          ],
          en: [
            'Find an outfit for a specific occasion without spending the whole afternoon on it',
            'Try before buying to avoid returns',
            'Make the most of her loyalty card benefits',
          ],
        }),
        needs: t({
          fr: [
            'Savoir avec certitude si sa taille est disponible dans son magasin',
            'Un conseil honnête sur la coupe et les associations',
            'Un passage en caisse rapide',
            'Pouvoir échanger facilement, y compris un article acheté sur le site',
          ],
          en: [
            'Know for sure whether her size is available in her store',
            'Honest advice on fit and what goes with what',
            'A quick checkout',
            'Easy exchanges, including for items bought on the website',
          ],
        }),
        frustrations: t({
          fr: [
            'Se déplacer pour un article affiché disponible en ligne mais introuvable en rayon',
            'Les longues files d’attente aux caisses le samedi',
            'Des vendeurs indisponibles ou peu aimables',
            'Des cabines d’essayage saturées ou mal tenues',
          ],
          en: [
            'Making the trip for an item shown as available online that isn’t on the shelf',
            'Long checkout queues on Saturdays',
            'Sales associates who are unavailable or unfriendly',
            'Crowded or untidy fitting rooms',
          ],
        }),
        motivations: t({
          fr: [
            'Se sentir bien dans ses vêtements, au travail comme le week-end',
            'Des offres personnalisées qui correspondent vraiment à ses goûts',
            'Un magasin où l’on se sent bien accueillie',
          ],
          en: [
            'Feeling good in her clothes, at work and at the weekend',
            'Personalised offers that really match her taste',
            'A store where she feels welcome',
          ],
        }),
        preferredChannels: ['app', 'web', 'store', 'email', 'social'],
        sections: [
          {
            title: t({ fr: 'Critères de choix', en: 'Buying criteria' }),
            body: t({
              fr: 'Disponibilité de sa taille, qualité des matières, prix cohérent avec la durée de vie du vêtement, facilité d’échange.',
              en: 'Availability of her size, quality of the fabric, a price in line with how long the garment will last, easy exchanges.',
            }),
          },
        ],
      },
    ],
    stages,
    rows: [
      {
        lane: { id: 'actions', kind: 'actions', title: t({ fr: 'Actions', en: 'Actions' }) },
        cells: {
          'online-research': t({
            fr: [
              'Cherche un article sur Google ou dans l’appli de l’enseigne',
              'Compare les coupes, les couleurs et les prix',
              'Lit les avis et regarde les photos portées sur Instagram',
              'Vérifie que sa taille est disponible dans son magasin, ou la réserve',
            ],
            en: [
              'Looks for an item on Google or in the brand’s app',
              'Compares cuts, colours and prices',
              'Reads reviews and looks at photos of the item worn on Instagram',
              'Checks that her size is available in her store, or reserves it',
            ],
          }),
          'store-visit': t({
            fr: [
              'Se rend au magasin le samedi matin ou à la pause déjeuner',
              'Cherche le rayon et les articles repérés en ligne',
              'Demande une autre taille ou un conseil à un vendeur',
              'Essaie plusieurs tenues en cabine',
            ],
            en: [
              'Goes to the store on Saturday morning or at lunchtime',
              'Looks for the section and the items she spotted online',
              'Asks a sales associate for another size or for advice',
              'Tries on several outfits in the fitting room',
            ],
          }),
          checkout: t({
            fr: [
              'Fait la queue à la caisse',
              'Présente sa carte de fidélité dans l’appli',
              'Paie par carte ou sans contact',
              'Demande son ticket par e-mail',
            ],
            en: [
              'Queues at the till',
              'Shows her loyalty card in the app',
              'Pays by card or contactless',
              'Asks for an email receipt',
            ],
          }),
          'after-sales': t({
            fr: [
              'Porte l’article et décide de le garder ou de l’échanger',
              'Revient en magasin pour un échange, avec ou sans ticket',
              'Répond à l’enquête de satisfaction',
              'Reçoit des offres personnalisées et revient pour un nouvel achat',
            ],
            en: [
              'Wears the item and decides whether to keep or exchange it',
              'Comes back to the store for an exchange, with or without a receipt',
              'Answers the satisfaction survey',
              'Receives personalised offers and comes back for another purchase',
            ],
          }),
        },
      },
      {
        lane: commonLane(locale, 'thoughts'),
        cells: {
          'online-research': t({
            fr: [
              '« Est-ce que ma taille sera vraiment en rayon ? »',
              '« Les avis disent que ça taille petit, je prendrai la taille au-dessus. »',
            ],
            en: ['“Will my size really be on the shelf?”', '“Reviews say it runs small, I’ll take the next size up.”'],
          }),
          'store-visit': t({
            fr: [
              '« Où sont les articles de la nouvelle collection ? »',
              '« J’aimerais un avis honnête : est-ce que ça me va vraiment ? »',
            ],
            en: ['“Where are the new collection items?”', '“I’d like an honest opinion: does this really suit me?”'],
          }),
          checkout: t({
            fr: ['« Encore dix personnes devant moi… »', '« Est-ce que mes points de fidélité sont bien comptés ? »'],
            en: ['“Ten more people ahead of me…”', '“Are my loyalty points being counted?”'],
          }),
          'after-sales': t({
            fr: [
              '« Pourvu qu’ils acceptent l’échange sans discuter. »',
              '« Cette offre tombe bien, c’est exactement mon style. »',
            ],
            en: [
              '“I hope they take the exchange without any fuss.”',
              '“This offer comes at the right time, it’s exactly my style.”',
            ],
          }),
        },
      },
      {
        lane: commonLane(locale, 'feelings'),
        cells: {
          'online-research': t({
            fr: 'Curieuse et enthousiaste, mais méfiante envers le stock affiché.',
            en: 'Curious and enthusiastic, but wary of the stock shown online.',
          }),
          'store-visit': t({
            fr: 'Plaisir de toucher et d’essayer ; agacement quand personne n’est disponible pour l’aider.',
            en: 'Enjoys touching and trying things on; annoyed when nobody is available to help.',
          }),
          checkout: t({
            fr: 'Impatience et lassitude dans la file, soulagement une fois l’achat réglé.',
            en: 'Impatient and weary in the queue, relieved once she has paid.',
          }),
          'after-sales': t({
            fr: 'Rassurée quand l’échange est simple ; se sent reconnue quand les offres lui ressemblent.',
            en: 'Reassured when the exchange is easy; feels recognised when offers match her taste.',
          }),
        },
      },
      {
        lane: emotionLane(locale, {
          id: 'emotions',
          curves: [
            {
              id: 'curve-current',
              label: t({ fr: 'Camille — expérience actuelle', en: 'Camille — current experience' }),
              personaId: PERSONA_ID,
              state: 'current',
              points: [
                {
                  stageId: 'online-research',
                  value: 1,
                  note: t({ fr: 'Inspirée, mais incertaine sur le stock', en: 'Inspired, but unsure about stock' }),
                },
                {
                  stageId: 'store-visit',
                  value: 2,
                  note: t({
                    fr: 'Essayage réussi quand un vendeur est disponible',
                    en: 'A successful fitting when an associate is available',
                  }),
                },
                {
                  stageId: 'checkout',
                  value: -1,
                  note: t({ fr: 'Longue attente en caisse', en: 'Long wait at the till' }),
                },
                {
                  stageId: 'after-sales',
                  value: 1,
                  note: t({
                    fr: 'Échange simple et offres pertinentes',
                    en: 'Easy exchange and relevant offers',
                  }),
                },
              ],
            },
          ],
        }),
      },
      {
        lane: commonLane(locale, 'touchpoints'),
        cells: touchpointCells(stages, touchpoints),
      },
      {
        lane: commonLane(locale, 'channels'),
        cells: {
          'online-research': { channels: ['web', 'app', 'social', 'advertising'] },
          'store-visit': { channels: ['store', 'app'] },
          checkout: { channels: ['store', 'app', 'email'] },
          'after-sales': { channels: ['store', 'email', 'web', 'support'] },
        },
      },
      {
        lane: commonLane(locale, 'pain-points'),
        cells: {
          'online-research': {
            cards: [
              painPoint(3, ['check-stock'], {
                fr: [
                  'Stock affiché peu fiable',
                  'L’article est indiqué disponible en ligne mais absent du rayon : le déplacement est perdu, et la confiance dans le site aussi.',
                ],
                en: [
                  'Unreliable stock display',
                  'The item is shown as available online but is not on the shelf: the trip is wasted, and so is trust in the website.',
                ],
              }),
              painPoint(1, ['read-reviews'], {
                fr: [
                  'Peu d’avis sur les fiches produits',
                  'Les avis sur la taille et la tenue du tissu sont rares ; la cliente va les chercher sur les réseaux sociaux.',
                ],
                en: [
                  'Few reviews on product pages',
                  'Reviews about sizing and fabric quality are scarce; the shopper looks for them on social media.',
                ],
              }),
            ],
          },
          'store-visit': {
            cards: [
              painPoint(3, ['ask-advice'], {
                fr: [
                  'Personnel indisponible ou peu aimable',
                  'Aux heures d’affluence, personne pour aller chercher une autre taille ; certains échanges avec le personnel sont vécus comme désagréables.',
                ],
                en: [
                  'Staff unavailable or unfriendly',
                  'At peak times nobody can fetch another size; some interactions with staff are felt as unpleasant.',
                ],
              }),
              painPoint(2, ['fitting-room'], {
                fr: [
                  'Cabines saturées',
                  'Le samedi, l’attente devant les cabines dépasse souvent dix minutes et le nombre d’articles est limité.',
                ],
                en: [
                  'Crowded fitting rooms',
                  'On Saturdays the wait for a fitting room often exceeds ten minutes and the number of items is limited.',
                ],
              }),
            ],
          },
          checkout: {
            cards: [
              painPoint(3, ['queue'], {
                fr: [
                  'Longues files d’attente aux caisses',
                  'Le week-end, l’attente en caisse est le moment le plus mal noté du parcours ; certains clients reposent leurs articles et repartent.',
                ],
                en: [
                  'Long checkout queues',
                  'At weekends the checkout wait is the worst-rated moment of the journey; some customers put their items back and leave.',
                ],
              }),
              painPoint(1, ['payment'], {
                fr: [
                  'Fidélité mal reconnue',
                  'Carte oubliée ou introuvable : les points ne sont pas crédités et la cliente doit les réclamer après coup.',
                ],
                en: [
                  'Loyalty not recognised',
                  'Card forgotten or not found: points are not credited and the shopper has to claim them afterwards.',
                ],
              }),
            ],
          },
          'after-sales': {
            cards: [
              painPoint(2, ['exchange-return'], {
                fr: [
                  'Échange d’un achat web compliqué en magasin',
                  'Les articles commandés sur le site ne sont pas toujours repris en magasin, ou seulement contre un avoir.',
                ],
                en: [
                  'Hard to exchange a web purchase in store',
                  'Items ordered on the website are not always taken back in store, or only against a credit note.',
                ],
              }),
              painPoint(1, ['loyalty-offers'], {
                fr: [
                  'Sollicitations trop nombreuses',
                  'Des e-mails promotionnels génériques plusieurs fois par semaine finissent par être ignorés.',
                ],
                en: ['Too many messages', 'Generic promotional emails several times a week end up being ignored.'],
              }),
            ],
          },
        },
      },
      {
        lane: commonLane(locale, 'opportunities'),
        cells: {
          'online-research': {
            cards: [
              opportunity('high', 'high', ['check-stock'], {
                fr: [
                  'Stock en temps réel par magasin',
                  'Afficher le stock par taille et par magasin, mis à jour à chaque vente, avec l’heure de la dernière mise à jour.',
                ],
                en: [
                  'Real-time stock per store',
                  'Show stock by size and store, updated with every sale, with the time of the last update.',
                ],
              }),
              opportunity('high', 'medium', ['check-stock', 'fitting-room'], {
                fr: [
                  'Réserver en ligne, essayer en magasin',
                  'Réservation gratuite pendant deux heures, articles déposés en cabine à l’arrivée de la cliente.',
                ],
                en: [
                  'Reserve online, try on in store',
                  'Free two-hour reservation, with items waiting in a fitting room when the shopper arrives.',
                ],
              }),
            ],
          },
          'store-visit': {
            cards: [
              opportunity('high', 'medium', ['ask-advice'], {
                fr: [
                  'Vendeurs équipés pour conseiller',
                  'Une tablette pour vérifier le stock, commander une taille manquante et proposer des associations sans quitter la cliente.',
                ],
                en: [
                  'Associates equipped to advise',
                  'A tablet to check stock, order a missing size and suggest matching items without leaving the shopper.',
                ],
              }),
              opportunity('medium', 'medium', ['fitting-room'], {
                fr: [
                  'Appel depuis la cabine',
                  'Un bouton ou un QR code en cabine pour demander une autre taille sans se rhabiller.',
                ],
                en: [
                  'Call from the fitting room',
                  'A button or QR code in the fitting room to ask for another size without getting dressed again.',
                ],
              }),
            ],
          },
          checkout: {
            cards: [
              opportunity('high', 'medium', ['queue'], {
                fr: [
                  'Encaissement mobile en rayon',
                  'Aux heures d’affluence, les vendeurs encaissent sur terminal mobile pour désengorger les caisses.',
                ],
                en: [
                  'Mobile payment on the shop floor',
                  'At peak times, associates take payment on mobile terminals to relieve the tills.',
                ],
              }),
              opportunity('medium', 'low', ['payment'], {
                fr: [
                  'Fidélité reconnue automatiquement',
                  'Identification par numéro de téléphone ou par la carte bancaire, et ticket envoyé par e-mail.',
                ],
                en: [
                  'Loyalty recognised automatically',
                  'Identification by phone number or payment card, with the receipt sent by email.',
                ],
              }),
            ],
          },
          'after-sales': {
            cards: [
              opportunity('high', 'medium', ['exchange-return'], {
                fr: [
                  'Retour omnicanal sans ticket',
                  'Tout achat, en ligne ou en magasin, est retrouvé depuis le compte client et échangeable partout.',
                ],
                en: [
                  'Omnichannel returns without a receipt',
                  'Every purchase, online or in store, is found from the customer account and can be exchanged anywhere.',
                ],
              }),
              opportunity('medium', 'medium', ['loyalty-offers'], {
                fr: [
                  'Moins d’offres, mieux ciblées',
                  'Des envois moins fréquents, fondés sur l’historique d’achat et les tailles de la cliente.',
                ],
                en: [
                  'Fewer, better-targeted offers',
                  'Less frequent messages, based on the shopper’s purchase history and sizes.',
                ],
              }),
            ],
          },
        },
      },
      {
        lane: commonLane(locale, 'kpis'),
        cells: kpiCells(stages, kpis, touchpoints, { label: kpiTargetLabel(locale) }),
      },
    ],
    touchpoints,
    kpis,
  })
}
