import type { KpiDefinition, Phase, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type PersonaSpec, type TemplateDefinition } from './template.js'
import { commonLane, emotionLane, kpiCells, localePicker, touchpointCells } from './template-kit.js'

/**
 * The three phases and nine steps of seed 002 (« Le parcours client »): pre-purchase (need, research,
 * selection), purchase (payment, delivery/pickup) and post-purchase (discovery, use, feedback,
 * loyalty). The article describes its last step as « Feedback et fidélisation »; it is split here into
 * feedback and loyalty, each with its own levers, which makes the nine steps. Each stage carries the
 * article’s levers and a communication objective (cognitive: make known, affective: make liked,
 * conative: make act). The example is an omnichannel sports retailer selling running gear.
 */

const TEMPLATE_ID = 'nine-steps'
const PERSONA_ID = 'nine-steps-thomas'

export const nineStepsTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'journey',
  title: { fr: 'Parcours en 3 phases et 9 étapes', en: 'Three phases, nine steps' },
  description: {
    fr: 'Pré-achat, achat, post-achat : neuf étapes de la naissance du besoin à la fidélisation, avec les leviers à activer à chacune (publicités ciblées, retargeting, codes promo, point relais…) et l’objectif de communication visé : cognitif, affectif ou conatif.',
    en: 'Pre-purchase, purchase, post-purchase: nine steps from the birth of the need to loyalty, with the levers to pull at each one (targeted ads, retargeting, promo codes, relay-point delivery…) and the communication objective: cognitive, affective or conative.',
  },
  source: 'seeds/002_7fa90e06ad1c6bfa.txt — « Le parcours client »',
  build(locale) {
    const t = localePicker(locale)

    const persona: PersonaSpec = {
      id: PERSONA_ID,
      name: t({ fr: 'Thomas, coureur débutant', en: 'Thomas, the beginner runner' }),
      avatar: 'TG',
      quote: t({
        fr: '« Je veux juste des chaussures qui me tiennent jusqu’à mon premier 10 km — pas un cours de biomécanique. »',
        en: '“I just want shoes that will get me to my first 10K — not a lecture on biomechanics.”',
      }),
      audience: 'b2c',
      summary: t({
        fr: 'Trentenaire qui reprend le sport et prépare sa première course. Il achète en ligne mais aime pouvoir retirer en magasin ; il compare longuement et a besoin d’être rassuré sur la taille et l’usage.',
        en: 'A man in his thirties getting back into sport and training for his first race. He buys online but likes picking up in store; he compares at length and needs reassurance on size and use.',
      }),
      demographics: {
        ageRange: t({ fr: '30–40 ans', en: '30–40' }),
        gender: t({ fr: 'Homme', en: 'Man' }),
        location: t({ fr: 'Toulouse', en: 'Toulouse, France' }),
        occupation: t({ fr: 'Comptable dans un cabinet', en: 'Accountant at a firm' }),
        income: t({ fr: '2 900 € nets par mois', en: '€2,900 net a month' }),
        education: t({ fr: 'Bac +5', en: 'Master’s degree' }),
        familyStatus: t({ fr: 'En couple, un enfant de 3 ans', en: 'Living with a partner, one 3-year-old child' }),
      },
      psychographics: {
        lifestyle: t({
          fr: ['Court tôt le matin, trois fois par semaine', 'Fait ses achats en ligne pendant la pause déjeuner'],
          en: ['Runs early in the morning, three times a week', 'Shops online during his lunch break'],
        }),
        habits: t({
          fr: [
            'Regarde des vidéos YouTube de tests de chaussures',
            'Suit ses sorties sur une application de course',
            'Lit les avis clients avant tout achat',
          ],
          en: [
            'Watches shoe review videos on YouTube',
            'Tracks his runs with a running app',
            'Reads customer reviews before every purchase',
          ],
        }),
        values: t({
          fr: ['Santé', 'Progression', 'Achats utiles et durables'],
          en: ['Health', 'Progress', 'Useful, durable purchases'],
        }),
        interests: t({
          fr: ['Course à pied', 'Objets connectés', 'Randonnée en famille'],
          en: ['Running', 'Connected devices', 'Family hiking'],
        }),
      },
      goals: t({
        fr: [
          'Terminer son premier 10 km sans se blesser',
          'Trouver des chaussures adaptées à sa foulée et à son niveau',
          'Recevoir son équipement avant le début de son plan d’entraînement',
        ],
        en: [
          'Finish his first 10K without injury',
          'Find shoes suited to his stride and level',
          'Get his gear before his training plan starts',
        ],
      }),
      needs: t({
        fr: [
          'Des explications simples sur l’amorti et le maintien',
          'Un guide des tailles fiable',
          'Un retrait rapide près de chez lui ou de son travail',
          'Des conseils pour bien démarrer',
        ],
        en: [
          'Simple explanations of cushioning and support',
          'A reliable size guide',
          'Quick pickup near home or work',
          'Advice to get off to a good start',
        ],
      }),
      frustrations: t({
        fr: [
          'Le jargon technique des fiches produit',
          'Commander deux tailles pour en renvoyer une',
          'Les colis manqués et les détours par le bureau de poste',
          'Un SAV qui ne répond pas',
        ],
        en: [
          'Technical jargon on product pages',
          'Ordering two sizes to send one back',
          'Missed parcels and trips to the post office',
          'After-sales service that does not answer',
        ],
      }),
      motivations: t({
        fr: ['Se remettre en forme', 'Relever un défi personnel', 'Faire partie d’une communauté de coureurs'],
        en: ['Getting back in shape', 'Taking on a personal challenge', 'Being part of a running community'],
      }),
      preferredChannels: ['web', 'app', 'store', 'email'],
      sections: [
        {
          title: t({ fr: 'Critères d’achat', en: 'Buying criteria' }),
          body: t({
            fr: 'Confort et amorti, taille juste, avis d’autres coureurs débutants, prix sous 120 €, retrait possible en magasin.',
            en: 'Comfort and cushioning, right size, reviews from other beginner runners, price under €120, in-store pickup available.',
          }),
        },
        {
          title: t({ fr: 'Canaux d’achat', en: 'Buying channels' }),
          body: t({
            fr: 'Compare en ligne, essaie parfois en magasin, commande sur le site et retire en point relais ou en magasin.',
            en: 'Compares online, sometimes tries on in store, orders on the website and picks up at a relay point or in store.',
          }),
        },
      ],
    }

    const phases: Phase[] = [
      {
        id: 'pre-purchase',
        name: t({ fr: 'Pré-achat', en: 'Pre-purchase' }),
        description: t({
          fr: 'Le client prend conscience d’un besoin, cherche des solutions, évalue et compare les options disponibles pour choisir la meilleure.',
          en: 'The customer becomes aware of a need, looks for solutions, evaluates and compares the available options to choose the best one.',
        }),
      },
      {
        id: 'purchase',
        name: t({ fr: 'Achat', en: 'Purchase' }),
        description: t({
          fr: 'Le client passe à l’acte : mode de paiement, lieu d’achat et modalités de réception. La conversion dépend de la simplicité et de la fluidité de l’expérience.',
          en: 'The customer acts: payment method, place of purchase and how to receive the product. Conversion depends on how simple and smooth the experience is.',
        }),
      },
      {
        id: 'post-purchase',
        name: t({ fr: 'Post-achat', en: 'Post-purchase' }),
        description: t({
          fr: 'Le client découvre et utilise la solution, contacte le SAV si besoin. Une expérience positive transforme un simple acheteur en client récurrent.',
          en: 'The customer discovers and uses the solution, contacts after-sales service if needed. A positive experience turns a one-off buyer into a repeat customer.',
        }),
      },
    ]

    const stages: Stage[] = [
      {
        id: 'need',
        phaseId: 'pre-purchase',
        name: t({ fr: 'Naissance du besoin', en: 'Birth of the need' }),
        description: t({
          fr: 'L’individu prend conscience d’un problème ou d’un désir assez important pour déclencher une recherche de solution.',
          en: 'The person becomes aware of a problem or a desire important enough to start looking for a solution.',
        }),
        steps: [
          { id: 'trigger', name: t({ fr: 'Se fixe un objectif : un premier 10 km', en: 'Sets a goal: a first 10K' }) },
          { id: 'notice-brand', name: t({ fr: 'Remarque l’enseigne', en: 'Notices the retailer' }) },
        ],
      },
      {
        id: 'research',
        phaseId: 'pre-purchase',
        name: t({ fr: 'Recherche', en: 'Research' }),
        description: t({
          fr: 'Le prospect recueille des informations sur les solutions disponibles et compare leurs qualités, leurs atouts et leurs caractéristiques.',
          en: 'The prospect gathers information on the available solutions and compares their qualities, strengths and features.',
        }),
        steps: [
          {
            id: 'compare-offers',
            name: t({ fr: 'Compare modèles et enseignes', en: 'Compares models and retailers' }),
          },
          { id: 'ask-advice', name: t({ fr: 'Demande conseil', en: 'Asks for advice' }) },
        ],
      },
      {
        id: 'selection',
        phaseId: 'pre-purchase',
        name: t({ fr: 'Sélection', en: 'Selection' }),
        description: t({
          fr: 'Le prospect a fait son choix et s’apprête à placer le produit dans son panier, en ligne ou en magasin.',
          en: 'The prospect has made a choice and is about to put the product in the cart, online or in store.',
        }),
        steps: [
          {
            id: 'filter-products',
            name: t({ fr: 'Filtre et consulte les fiches produit', en: 'Filters and views product pages' }),
          },
          { id: 'choose-size', name: t({ fr: 'Choisit sa taille', en: 'Chooses the size' }) },
          { id: 'add-to-cart', name: t({ fr: 'Met le produit au panier', en: 'Adds the product to the cart' }) },
        ],
      },
      {
        id: 'payment',
        phaseId: 'purchase',
        name: t({ fr: 'Paiement', en: 'Payment' }),
        description: t({
          fr: 'Sans doute l’étape la plus critique : le paiement doit être simple, sécurisé et attrayant pour éviter les abandons de panier.',
          en: 'Probably the most critical step: payment must be simple, secure and appealing to avoid cart abandonment.',
        }),
        steps: [
          {
            id: 'choose-payment-method',
            name: t({ fr: 'Choisit son moyen de paiement', en: 'Chooses a payment method' }),
          },
          {
            id: 'confirm-payment',
            name: t({ fr: 'Valide le paiement', en: 'Confirms the payment' }),
            isMomentOfTruth: true,
          },
        ],
      },
      {
        id: 'delivery',
        phaseId: 'purchase',
        name: t({ fr: 'Retrait et livraison', en: 'Delivery and pickup' }),
        description: t({
          fr: 'Le client récupère son produit. La réception du colis doit être aussi simple et agréable que possible ; c’est là que l’achat se termine.',
          en: 'The customer gets the product. Receiving the parcel must be as simple and pleasant as possible; this is where the purchase ends.',
        }),
        steps: [
          { id: 'track-order', name: t({ fr: 'Suit sa commande', en: 'Tracks the order' }) },
          { id: 'receive-parcel', name: t({ fr: 'Récupère son colis', en: 'Collects the parcel' }) },
        ],
      },
      {
        id: 'discovery',
        phaseId: 'post-purchase',
        name: t({ fr: 'Découverte', en: 'Discovery' }),
        description: t({
          fr: 'Le client explore le produit, apprend à l’utiliser et en tire les premiers bénéfices, à son propre rythme.',
          en: 'The customer explores the product, learns to use it and gets the first benefits, at their own pace.',
        }),
        steps: [
          { id: 'unbox', name: t({ fr: 'Déballe et essaie', en: 'Unboxes and tries on' }) },
          { id: 'learn-to-use', name: t({ fr: 'Apprend à bien l’utiliser', en: 'Learns to use it well' }) },
        ],
      },
      {
        id: 'use',
        phaseId: 'post-purchase',
        name: t({ fr: 'Utilisation', en: 'Use' }),
        description: t({
          fr: 'Le client utilise régulièrement la solution : c’est là que se testent vraiment la qualité du produit et sa satisfaction, et que surviennent défauts et incompréhensions.',
          en: 'The customer uses the solution regularly: this is where product quality and satisfaction are really tested, and where defects and misunderstandings arise.',
        }),
        steps: [
          { id: 'regular-use', name: t({ fr: 'Court régulièrement', en: 'Runs regularly' }) },
          {
            id: 'after-sales',
            name: t({ fr: 'Contacte le SAV en cas de problème', en: 'Contacts after-sales when something goes wrong' }),
            isMomentOfTruth: true,
          },
        ],
      },
      {
        id: 'feedback',
        phaseId: 'post-purchase',
        name: t({ fr: 'Feedback', en: 'Feedback' }),
        description: t({
          fr: 'L’entreprise recueille l’avis du client sur la solution. Un client qui se sent écouté développe un lien plus fort avec la marque.',
          en: 'The company gathers the customer’s opinion of the solution. A customer who feels heard builds a stronger bond with the brand.',
        }),
        steps: [
          { id: 'answer-survey', name: t({ fr: 'Répond au questionnaire', en: 'Answers the survey' }) },
          { id: 'share-experience', name: t({ fr: 'Partage son expérience', en: 'Shares the experience' }) },
        ],
      },
      {
        id: 'loyalty',
        phaseId: 'post-purchase',
        name: t({ fr: 'Fidélisation', en: 'Loyalty' }),
        description: t({
          fr: 'Recommandations personnalisées et récompenses bouclent le parcours… et en ouvrent un autre.',
          en: 'Personalised recommendations and rewards close the journey… and open the next one.',
        }),
        steps: [
          { id: 'repurchase', name: t({ fr: 'Rachète', en: 'Buys again' }) },
          { id: 'refer-friend', name: t({ fr: 'Parraine un ami', en: 'Refers a friend' }) },
        ],
      },
    ]

    const touchpoints: Touchpoint[] = [
      // Need
      {
        id: 'tp-targeted-ad',
        name: t({ fr: 'Publicité ciblée', en: 'Targeted ad' }),
        channel: 'advertising',
        mode: 'online',
        stageId: 'need',
        stepId: 'notice-brand',
        importance: 'high',
        ownerTeam: 'Acquisition',
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'in', property: 'context.campaign.medium', values: ['paid_social', 'display'] }],
        },
      },
      {
        id: 'tp-influencer',
        name: t({ fr: 'Campagne d’influenceurs running', en: 'Running influencer campaign' }),
        channel: 'social',
        mode: 'online',
        stageId: 'need',
        stepId: 'trigger',
        importance: 'medium',
        ownerTeam: t({ fr: 'Communication', en: 'Communications' }),
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'eq', property: 'context.campaign.medium', value: 'influence' }],
        },
      },
      {
        id: 'tp-store-workshop',
        name: t({ fr: 'Atelier « Bien débuter la course » en magasin', en: '“Start running right” in-store workshop' }),
        channel: 'event',
        mode: 'offline',
        stageId: 'need',
        stepId: 'trigger',
        importance: 'low',
        ownerTeam: t({ fr: 'Magasins', en: 'Stores' }),
        description: t({
          fr: 'Démonstration en magasin et test de foulée ; inscriptions suivies dans l’outil de réservation.',
          en: 'In-store demonstration and gait analysis; sign-ups tracked in the booking tool.',
        }),
      },
      // Research
      {
        id: 'tp-buying-guides',
        name: t({ fr: 'Guides d’achat et FAQ', en: 'Buying guides and FAQ' }),
        channel: 'web',
        mode: 'online',
        stageId: 'research',
        stepId: 'compare-offers',
        importance: 'high',
        ownerTeam: t({ fr: 'Contenu', en: 'Content' }),
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'contains', property: 'properties.path', value: '/guides/' }],
        },
      },
      {
        id: 'tp-product-search',
        name: t({ fr: 'Recherche et comparateur de produits', en: 'Product search and comparison tool' }),
        channel: 'web',
        mode: 'online',
        stageId: 'research',
        stepId: 'compare-offers',
        importance: 'high',
        ownerTeam: 'E-commerce',
        selector: { events: ['Products Searched', 'Product List Filtered'] },
      },
      {
        id: 'tp-chatbot',
        name: t({ fr: 'Chatbot et conseiller en ligne', en: 'Chatbot and online advisor' }),
        channel: 'chat',
        mode: 'online',
        stageId: 'research',
        stepId: 'ask-advice',
        importance: 'medium',
        ownerTeam: t({ fr: 'Service client', en: 'Customer service' }),
        selector: { events: ['Live Chat Conversation Started'] },
      },
      {
        id: 'tp-newsletter',
        name: t({ fr: 'Newsletter', en: 'Newsletter' }),
        channel: 'email',
        mode: 'online',
        stageId: 'research',
        importance: 'low',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Opened'],
          where: [{ op: 'eq', property: 'properties.campaign_type', value: 'newsletter' }],
        },
      },
      // Selection
      {
        id: 'tp-product-page',
        name: t({ fr: 'Fiche produit et avis clients', en: 'Product page and customer reviews' }),
        channel: 'web',
        mode: 'online',
        stageId: 'selection',
        stepId: 'filter-products',
        importance: 'high',
        ownerTeam: 'E-commerce',
        selector: { events: ['Product Viewed'], channels: ['web', 'app'] },
      },
      {
        id: 'tp-size-guide',
        name: t({ fr: 'Guide des tailles', en: 'Size guide' }),
        channel: 'web',
        mode: 'online',
        stageId: 'selection',
        stepId: 'choose-size',
        importance: 'high',
        ownerTeam: 'E-commerce',
        selector: { events: ['Size Guide Viewed'] },
      },
      {
        id: 'tp-add-to-cart',
        name: t({ fr: 'Mise au panier', en: 'Add to cart' }),
        channel: 'web',
        mode: 'online',
        stageId: 'selection',
        stepId: 'add-to-cart',
        importance: 'critical',
        ownerTeam: 'E-commerce',
        isRequired: true,
        selector: { events: ['Product Added'], channels: ['web', 'app'] },
      },
      {
        id: 'tp-retargeting',
        name: t({ fr: 'Retargeting', en: 'Retargeting' }),
        channel: 'advertising',
        mode: 'online',
        stageId: 'selection',
        importance: 'medium',
        ownerTeam: 'Acquisition',
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'contains', property: 'context.campaign.name', value: 'retargeting' }],
        },
      },
      // Payment
      {
        id: 'tp-checkout',
        name: t({ fr: 'Page de paiement', en: 'Payment page' }),
        channel: 'web',
        mode: 'online',
        stageId: 'payment',
        stepId: 'confirm-payment',
        importance: 'critical',
        ownerTeam: 'E-commerce',
        isRequired: true,
        selector: { events: ['Checkout Started', 'Payment Info Entered', 'Order Completed'], channels: ['web', 'app'] },
      },
      {
        id: 'tp-promo-code',
        name: t({ fr: 'Code promo', en: 'Promo code' }),
        channel: 'web',
        mode: 'online',
        stageId: 'payment',
        stepId: 'choose-payment-method',
        importance: 'medium',
        ownerTeam: 'E-commerce',
        selector: { events: ['Coupon Entered', 'Coupon Applied', 'Coupon Denied'] },
      },
      // Delivery
      {
        id: 'tp-order-tracking',
        name: t({ fr: 'Suivi de commande en ligne', en: 'Online order tracking' }),
        channel: 'web',
        mode: 'online',
        stageId: 'delivery',
        stepId: 'track-order',
        importance: 'medium',
        ownerTeam: t({ fr: 'Logistique', en: 'Logistics' }),
        selector: { events: ['Order Shipped', 'Order Tracking Viewed'] },
      },
      {
        id: 'tp-relay-point',
        name: t({ fr: 'Retrait en point relais', en: 'Relay-point pickup' }),
        channel: 'partner',
        mode: 'offline',
        stageId: 'delivery',
        stepId: 'receive-parcel',
        importance: 'high',
        ownerTeam: t({ fr: 'Logistique', en: 'Logistics' }),
        selector: {
          events: ['Order Delivered'],
          where: [{ op: 'eq', property: 'properties.shipping_method', value: 'relay_point' }],
        },
      },
      {
        id: 'tp-store-pickup',
        name: t({ fr: 'Retrait en magasin', en: 'In-store pickup' }),
        channel: 'store',
        mode: 'offline',
        stageId: 'delivery',
        stepId: 'receive-parcel',
        importance: 'high',
        ownerTeam: t({ fr: 'Magasins', en: 'Stores' }),
        selector: {
          events: ['Order Delivered'],
          where: [{ op: 'eq', property: 'properties.shipping_method', value: 'store_pickup' }],
        },
      },
      {
        id: 'tp-delivery-survey',
        name: t({ fr: 'Question de satisfaction à la réception', en: 'Satisfaction question on receipt' }),
        channel: 'sms',
        mode: 'online',
        stageId: 'delivery',
        stepId: 'receive-parcel',
        importance: 'medium',
        ownerTeam: 'CX',
        selector: {
          events: ['Survey Answered'],
          where: [{ op: 'eq', property: 'properties.survey', value: 'delivery-csat' }],
        },
      },
      // Discovery
      {
        id: 'tp-welcome-email',
        name: t({
          fr: 'E-mails éducatifs « Vos 4 premières semaines »',
          en: '“Your first 4 weeks” educational emails',
        }),
        channel: 'email',
        mode: 'online',
        stageId: 'discovery',
        stepId: 'learn-to-use',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Link Clicked'],
          where: [{ op: 'eq', property: 'properties.campaign_name', value: 'getting-started' }],
        },
      },
      {
        id: 'tp-tutorial-video',
        name: t({ fr: 'Vidéos de prise en main', en: 'Getting-started videos' }),
        channel: 'web',
        mode: 'online',
        stageId: 'discovery',
        stepId: 'learn-to-use',
        importance: 'low',
        ownerTeam: t({ fr: 'Contenu', en: 'Content' }),
        selector: {
          events: ['Video Playback Started'],
          where: [{ op: 'eq', property: 'properties.video_type', value: 'tutorial' }],
        },
      },
      // Use
      {
        id: 'tp-follow-up-email',
        name: t({ fr: 'E-mail de suivi personnalisé', en: 'Personalised follow-up email' }),
        channel: 'email',
        mode: 'online',
        stageId: 'use',
        stepId: 'regular-use',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Opened'],
          where: [{ op: 'eq', property: 'properties.campaign_name', value: 'usage-follow-up' }],
        },
      },
      {
        id: 'tp-community',
        name: t({ fr: 'Communauté de coureurs en ligne', en: 'Online runners’ community' }),
        channel: 'app',
        mode: 'online',
        stageId: 'use',
        stepId: 'regular-use',
        importance: 'low',
        ownerTeam: t({ fr: 'Communauté', en: 'Community' }),
        selector: { events: ['Community Post Created'] },
      },
      {
        id: 'tp-after-sales',
        name: t({ fr: 'Service après-vente (SAV)', en: 'After-sales service' }),
        channel: 'support',
        mode: 'online',
        stageId: 'use',
        stepId: 'after-sales',
        importance: 'critical',
        ownerTeam: t({ fr: 'SAV', en: 'After-sales' }),
        selector: { events: ['Ticket Created', 'Ticket Resolved'], channels: ['support', 'phone', 'store', 'email'] },
      },
      // Feedback
      {
        id: 'tp-satisfaction-survey',
        name: t({ fr: 'Questionnaire de satisfaction (NPS)', en: 'Satisfaction survey (NPS)' }),
        channel: 'email',
        mode: 'online',
        stageId: 'feedback',
        stepId: 'answer-survey',
        importance: 'high',
        ownerTeam: 'CX',
        selector: { events: ['Survey Answered'], where: [{ op: 'eq', property: 'properties.survey', value: 'nps' }] },
      },
      {
        id: 'tp-review',
        name: t({ fr: 'Avis produit', en: 'Product review' }),
        channel: 'web',
        mode: 'online',
        stageId: 'feedback',
        stepId: 'share-experience',
        importance: 'medium',
        ownerTeam: 'CX',
        selector: { events: ['Product Reviewed'] },
      },
      {
        id: 'tp-ugc',
        name: t({
          fr: 'Photos et récits partagés sur les réseaux sociaux',
          en: 'Photos and stories shared on social media',
        }),
        channel: 'social',
        mode: 'online',
        stageId: 'feedback',
        stepId: 'share-experience',
        importance: 'low',
        ownerTeam: t({ fr: 'Communication', en: 'Communications' }),
        description: t({
          fr: 'Contenu généré par les utilisateurs, suivi par l’écoute sociale (hashtag de l’enseigne).',
          en: 'User-generated content, tracked by social listening (the retailer’s hashtag).',
        }),
      },
      // Loyalty
      {
        id: 'tp-loyalty-rewards',
        name: t({ fr: 'Programme de récompenses', en: 'Rewards programme' }),
        channel: 'app',
        mode: 'online',
        stageId: 'loyalty',
        stepId: 'repurchase',
        importance: 'high',
        ownerTeam: 'CRM',
        selector: {
          events: ['Order Completed'],
          where: [{ op: 'gt', property: 'properties.loyalty_points_used', value: 0 }],
        },
      },
      {
        id: 'tp-referral-program',
        name: t({ fr: 'Programme de parrainage', en: 'Referral programme' }),
        channel: 'app',
        mode: 'online',
        stageId: 'loyalty',
        stepId: 'refer-friend',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: { events: ['Order Completed'], where: [{ op: 'exists', property: 'properties.referral_code' }] },
      },
    ]

    const kpis: KpiDefinition[] = [
      {
        id: 'kpi-ad-ctr',
        name: t({ fr: 'Taux de clic des publicités ciblées', en: 'Targeted ad click-through rate' }),
        kind: 'ctr',
        formula: t({ fr: 'CTR = clics ÷ impressions × 100', en: 'CTR = clicks ÷ impressions × 100' }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-targeted-ad' },
        target: 1.5,
        direction: 'higher-is-better',
        description: t({
          fr: 'Comparer les messages et les visuels par A/B test avant d’augmenter les budgets.',
          en: 'Compare messages and visuals with A/B tests before raising budgets.',
        }),
      },
      {
        id: 'kpi-content-to-product',
        name: t({ fr: 'Passage des contenus aux produits', en: 'Content-to-product rate' }),
        kind: 'conversion-rate',
        formula: t({
          fr: 'Sessions avec un guide d’achat ou le comparateur suivis d’une fiche produit vue ÷ sessions avec un guide d’achat ou le comparateur × 100',
          en: 'Sessions with a buying guide or the comparison tool followed by a product page view ÷ sessions with a buying guide or the comparison tool × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'research' },
        target: 40,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-add-to-cart-rate',
        name: t({ fr: 'Taux de mise au panier', en: 'Add-to-cart rate' }),
        kind: 'conversion-rate',
        formula: t({
          fr: 'Sessions avec au moins un ajout au panier ÷ sessions avec au moins une fiche produit vue × 100',
          en: 'Sessions with at least one add-to-cart ÷ sessions with at least one product page view × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-add-to-cart' },
        target: 10,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-cart-abandonment',
        name: t({ fr: 'Abandon au paiement', en: 'Checkout abandonment' }),
        kind: 'drop-off',
        formula: t({
          fr: 'Paiements commencés (« Checkout Started ») sans commande (« Order Completed ») dans les 24 h ÷ paiements commencés × 100',
          en: 'Checkouts started (“Checkout Started”) with no order (“Order Completed”) within 24 hours ÷ checkouts started × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-checkout' },
        target: 35,
        direction: 'lower-is-better',
      },
      {
        id: 'kpi-payment-ces',
        name: t({ fr: 'Effort au paiement (CES)', en: 'Payment effort (CES)' }),
        kind: 'ces',
        formula: t({
          fr: 'CES = moyenne des réponses à « Payer ma commande a été facile », de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)',
          en: 'CES = average answer to “Paying for my order was easy”, from 1 (strongly disagree) to 7 (strongly agree)',
        }),
        unit: 'score',
        scale: { min: 1, max: 7 },
        appliesTo: { level: 'stage', stageId: 'payment' },
        target: 6,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-delivery-time',
        name: t({ fr: 'Délai de mise à disposition', en: 'Time to delivery' }),
        kind: 'time-to-next-step',
        formula: t({
          fr: 'Délai médian, en heures, entre « Order Completed » et « Order Delivered » (domicile, point relais ou magasin)',
          en: 'Median time, in hours, between “Order Completed” and “Order Delivered” (home, relay point or store)',
        }),
        unit: 'duration-hours',
        appliesTo: { level: 'stage', stageId: 'delivery' },
        target: 48,
        direction: 'lower-is-better',
      },
      {
        id: 'kpi-delivery-csat',
        name: t({ fr: 'Satisfaction à la réception (CSAT)', en: 'Satisfaction on receipt (CSAT)' }),
        kind: 'csat',
        formula: t({
          fr: 'CSAT = réponses 4 ou 5 ÷ nombre total de réponses × 100 à « Êtes-vous satisfait de la réception de votre commande ? », sur une échelle de 1 à 5',
          en: 'CSAT = answers of 4 or 5 ÷ total answers × 100 to “Are you satisfied with how you received your order?”, on a 1–5 scale',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-delivery-survey' },
        target: 90,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-onboarding-engagement',
        name: t({ fr: 'Engagement dans la découverte', en: 'Discovery engagement' }),
        kind: 'custom',
        formula: t({
          fr: 'Clients ayant ouvert au moins un contenu de prise en main dans les 14 jours suivant la réception ÷ clients livrés × 100',
          en: 'Customers who opened at least one getting-started content within 14 days of receipt ÷ customers delivered × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'discovery' },
        target: 40,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-after-sales-resolution',
        name: t({ fr: 'Délai de résolution SAV', en: 'After-sales resolution time' }),
        kind: 'time-to-next-step',
        formula: t({
          fr: 'Délai médian, en heures, entre « Ticket Created » et « Ticket Resolved »',
          en: 'Median time, in hours, between “Ticket Created” and “Ticket Resolved”',
        }),
        unit: 'duration-hours',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-after-sales' },
        target: 48,
        direction: 'lower-is-better',
      },
      {
        id: 'kpi-nps',
        name: t({ fr: 'Net Promoter Score (NPS)', en: 'Net Promoter Score (NPS)' }),
        kind: 'nps',
        formula: t({
          fr: 'NPS = % de promoteurs (notes 9–10) − % de détracteurs (notes 0–6), sur une échelle de 0 à 10',
          en: 'NPS = % promoters (9–10) − % detractors (0–6), on a 0–10 scale',
        }),
        unit: 'score',
        scale: { min: -100, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-satisfaction-survey' },
        target: 40,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-review-rate',
        name: t({ fr: 'Taux d’avis', en: 'Review rate' }),
        kind: 'custom',
        formula: t({
          fr: 'Commandes livrées ayant reçu un avis produit ÷ commandes livrées × 100',
          en: 'Delivered orders that received a product review ÷ delivered orders × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-review' },
        target: 8,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-repeat-purchase',
        name: t({ fr: 'Taux de réachat à 12 mois', en: '12-month repeat purchase rate' }),
        kind: 'custom',
        formula: t({
          fr: 'Clients ayant passé au moins deux commandes sur 12 mois ÷ clients ayant commandé sur 12 mois × 100',
          en: 'Customers with at least two orders over 12 months ÷ customers who ordered over 12 months × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'loyalty' },
        target: 35,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-referral-orders',
        name: t({ fr: 'Commandes parrainées', en: 'Referred orders' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre de premières commandes passées avec un code de parrainage sur la période',
          en: 'Number of first orders placed with a referral code in the period',
        }),
        unit: 'count',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-referral-program' },
        target: 200,
        direction: 'higher-is-better',
      },
    ]

    return buildTemplate({
      id: `${TEMPLATE_ID}-${locale}`,
      templateId: TEMPLATE_ID,
      locale,
      title: t({ fr: 'Parcours en 3 phases et 9 étapes', en: 'Three phases, nine steps' }),
      objective: t({
        fr: 'Optimiser chaque étape du parcours, de la naissance du besoin à la fidélisation, pour réduire les points de friction et maximiser les conversions : savoir quels leviers activer à chaque étape et quel objectif de communication viser.',
        en: 'Optimise every step of the journey, from the birth of the need to loyalty, to reduce friction and maximise conversions: know which levers to pull at each step and which communication objective to aim for.',
      }),
      type: 'current',
      owner: t({ fr: 'Équipes marketing et expérience client', en: 'Marketing and customer experience teams' }),
      evidence: {
        status: 'assumption',
        source: t({
          fr: 'Modèle Parcours « 3 phases et 9 étapes » — à confirmer par vos données et vos tests A/B',
          en: 'Parcours “three phases, nine steps” template — to confirm with your data and A/B tests',
        }),
      },
      personas: [persona],
      phases,
      stages,
      touchpoints,
      kpis,
      rows: [
        {
          lane: { id: 'actions', kind: 'actions', title: t({ fr: 'Actions du client', en: 'Customer actions' }) },
          cells: {
            need: t({
              fr: 'S’inscrit à un 10 km avec des collègues, constate que ses vieilles baskets ne conviennent pas, remarque une publicité et la vidéo d’un influenceur running.',
              en: 'Signs up for a 10K with colleagues, realises his old trainers will not do, notices an ad and a running influencer’s video.',
            }),
            research: t({
              fr: 'Lit des guides d’achat, regarde des tests vidéo, compare modèles et enseignes, pose une question au chatbot.',
              en: 'Reads buying guides, watches video reviews, compares models and retailers, asks the chatbot a question.',
            }),
            selection: t({
              fr: 'Filtre par usage et par prix, lit les avis, consulte le guide des tailles et met une paire au panier.',
              en: 'Filters by use and price, reads reviews, checks the size guide and puts a pair in the cart.',
            }),
            payment: t({
              fr: 'Saisit un code promo, hésite entre la carte et PayPal, valide le paiement.',
              en: 'Enters a promo code, hesitates between card and PayPal, confirms the payment.',
            }),
            delivery: t({
              fr: 'Choisit le retrait en point relais près de son bureau, suit le colis en ligne, le récupère.',
              en: 'Chooses relay-point pickup near his office, tracks the parcel online, collects it.',
            }),
            discovery: t({
              fr: 'Essaie les chaussures à la maison, ouvre l’e-mail « Vos 4 premières semaines », regarde la vidéo sur le laçage.',
              en: 'Tries the shoes on at home, opens the “Your first 4 weeks” email, watches the lacing video.',
            }),
            use: t({
              fr: 'Court trois fois par semaine ; après six semaines, la semelle se décolle et il contacte le SAV.',
              en: 'Runs three times a week; after six weeks the sole comes loose and he contacts after-sales.',
            }),
            feedback: t({
              fr: 'Répond au questionnaire de satisfaction, publie un avis et une photo après sa course.',
              en: 'Answers the satisfaction survey, posts a review and a photo after his race.',
            }),
            loyalty: t({
              fr: 'Utilise ses points fidélité pour un short et une montre, parraine un collègue.',
              en: 'Uses his loyalty points for shorts and a watch, refers a colleague.',
            }),
          },
        },
        {
          lane: commonLane(locale, 'thoughts'),
          cells: {
            need: t({
              fr: '« Si je veux tenir 10 km, il me faut de vraies chaussures de course. »',
              en: '“If I want to last 10K, I need proper running shoes.”',
            }),
            research: t({
              fr: '« Drop, amorti, pronation… Qu’est-ce qui compte vraiment pour un débutant ? »',
              en: '“Drop, cushioning, pronation… What actually matters for a beginner?”',
            }),
            selection: t({
              fr: '« Je fais du 43 en ville, mais en running on conseille une demi-taille au-dessus ? »',
              en: '“I’m a 9 in everyday shoes, but for running should I go half a size up?”',
            }),
            payment: t({
              fr: '« Pourquoi mon code promo ne passe-t-il pas ? Le paiement est-il sécurisé ? »',
              en: '“Why won’t my promo code work? Is the payment secure?”',
            }),
            delivery: t({
              fr: '« Pourvu que ça arrive avant samedi, ma première séance du plan. »',
              en: '“I hope it arrives before Saturday, the first session of my plan.”',
            }),
            discovery: t({
              fr: '« Elles sont confortables. Comment je les rode sans me faire mal ? »',
              en: '“They’re comfortable. How do I break them in without getting hurt?”',
            }),
            use: t({
              fr: '« Six semaines et déjà décollées ? J’espère qu’ils vont les échanger sans discuter. »',
              en: '“Six weeks and already coming apart? I hope they’ll swap them without a fuss.”',
            }),
            feedback: t({
              fr: '« Ils m’ont bien dépanné, ça mérite un avis. »',
              en: '“They sorted me out well, that deserves a review.”',
            }),
            loyalty: t({
              fr: '« Pour le prochain équipement, je reviens ici. »',
              en: '“For my next gear, I’m coming back here.”',
            }),
          },
        },
        {
          lane: commonLane(locale, 'feelings'),
          cells: {
            need: t({ fr: 'Motivé, un peu intimidé.', en: 'Motivated, a little intimidated.' }),
            research: t({ fr: 'Dépassé par le jargon technique.', en: 'Overwhelmed by technical jargon.' }),
            selection: t({
              fr: 'Rassuré par les avis, inquiet pour la taille.',
              en: 'Reassured by reviews, worried about the size.',
            }),
            payment: t({
              fr: 'Agacé par le code refusé, puis soulagé.',
              en: 'Annoyed by the rejected code, then relieved.',
            }),
            delivery: t({ fr: 'Impatient.', en: 'Impatient.' }),
            discovery: t({ fr: 'Content et curieux.', en: 'Happy and curious.' }),
            use: t({
              fr: 'Fier de ses progrès ; déçu et méfiant quand le produit lâche.',
              en: 'Proud of his progress; disappointed and wary when the product fails.',
            }),
            feedback: t({ fr: 'Écouté, reconnaissant.', en: 'Listened to, grateful.' }),
            loyalty: t({ fr: 'Attaché à l’enseigne.', en: 'Attached to the retailer.' }),
          },
        },
        {
          lane: emotionLane(locale, {
            id: 'emotion',
            minLabel: t({ fr: 'Très frustré', en: 'Very frustrated' }),
            maxLabel: t({ fr: 'Enchanté', en: 'Delighted' }),
            curves: [
              {
                id: 'curve-current',
                label: t({ fr: 'Thomas — expérience actuelle', en: 'Thomas — current experience' }),
                personaId: PERSONA_ID,
                state: 'current',
                points: [
                  { stageId: 'need', value: 1 },
                  {
                    stageId: 'research',
                    value: -1,
                    note: t({ fr: 'Perdu dans le jargon', en: 'Lost in jargon' }),
                  },
                  { stageId: 'selection', value: 0 },
                  {
                    stageId: 'payment',
                    value: 0,
                    note: t({
                      fr: 'Code promo refusé sans explication',
                      en: 'Promo code rejected with no explanation',
                    }),
                  },
                  {
                    stageId: 'delivery',
                    value: -1,
                    note: t({ fr: 'Colis en retard sans nouvelles', en: 'Late parcel with no news' }),
                  },
                  { stageId: 'discovery', value: 1 },
                  {
                    stageId: 'use',
                    value: -2,
                    note: t({ fr: 'Semelle décollée, SAV lent', en: 'Sole came loose, slow after-sales' }),
                  },
                  { stageId: 'feedback', value: 0 },
                  { stageId: 'loyalty', value: 1 },
                ],
              },
              {
                id: 'curve-future',
                label: t({ fr: 'Thomas — expérience cible', en: 'Thomas — target experience' }),
                personaId: PERSONA_ID,
                state: 'future',
                points: [
                  { stageId: 'need', value: 1 },
                  { stageId: 'research', value: 1 },
                  { stageId: 'selection', value: 1 },
                  { stageId: 'payment', value: 1 },
                  { stageId: 'delivery', value: 1 },
                  { stageId: 'discovery', value: 2 },
                  { stageId: 'use', value: 1 },
                  { stageId: 'feedback', value: 1 },
                  { stageId: 'loyalty', value: 2 },
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
            need: { channels: ['advertising', 'social', 'event', 'store'] },
            research: { channels: ['web', 'chat', 'email', 'store'] },
            selection: { channels: ['web', 'app', 'advertising', 'store'] },
            payment: { channels: ['web', 'app', 'store'] },
            delivery: { channels: ['partner', 'store', 'web', 'sms'] },
            discovery: { channels: ['email', 'web'] },
            use: { channels: ['app', 'email', 'support', 'store'] },
            feedback: { channels: ['email', 'web', 'social'] },
            loyalty: { channels: ['app', 'email', 'store'] },
          },
        },
        {
          lane: {
            id: 'levers',
            kind: 'levers',
            title: t({ fr: 'Leviers', en: 'Levers' }),
            description: t({
              fr: 'Outils et pratiques à activer à chaque étape ; suivez leur efficacité et ajustez-les par A/B test.',
              en: 'Tools and practices to activate at each step; track their effectiveness and adjust them with A/B tests.',
            }),
          },
          cells: {
            need: t({
              fr: [
                'Publicités ciblées',
                'Démonstrations en ligne et en magasin',
                'Contenu propre sur les réseaux sociaux',
                'Événements de lancement, séminaires, ateliers, conférences',
                'Événements de réseautage',
                'Parrainages et témoignages clients',
                'Campagnes d’influenceurs',
                'Essais gratuits, jeux et concours en ligne',
              ],
              en: [
                'Targeted ads',
                'Online and in-store demonstrations',
                'Own content on social networks',
                'Launch events, seminars, workshops, conferences',
                'Networking events',
                'Referrals and customer testimonials',
                'Influencer campaigns',
                'Free trials, online games and contests',
              ],
            }),
            research: t({
              fr: [
                'Site web informatif',
                'Base de connaissances et FAQ',
                'Centre d’aide en ligne',
                'Forums communautaires',
                'Service client réactif',
                'Comparateurs de produits',
                'Chatbots et IA',
                'Newsletters',
                'Centre d’appels dédié',
                'Blog',
                'Packaging explicatif',
                'Surface de vente accueillante et informative',
              ],
              en: [
                'Informative website',
                'Knowledge base and FAQ',
                'Online help centre',
                'Community forums',
                'Responsive customer service',
                'Product comparison tools',
                'Chatbots and AI',
                'Newsletters',
                'Dedicated call centre',
                'Blog',
                'Explanatory packaging',
                'Welcoming, informative sales floor',
              ],
            }),
            selection: t({
              fr: [
                'Filtres et tri des produits',
                'Recommandations personnalisées',
                'Avis et évaluations clients',
                'Guides d’achat (guide des tailles)',
                'Offres promotionnelles et comparateurs de prix',
                'Conseil en magasin',
                'Service client et chat en direct',
                'Produits complémentaires (ventes croisées)',
                'Retargeting',
              ],
              en: [
                'Product filters and sorting',
                'Personalised recommendations',
                'Customer reviews and ratings',
                'Buying guides (size guide)',
                'Promotional offers and price comparisons',
                'In-store advice',
                'Customer service and live chat',
                'Complementary products (cross-selling)',
                'Retargeting',
              ],
            }),
            payment: t({
              fr: [
                'Paiement en ligne simple et sécurisé sur tous les appareils',
                'Paiement en plusieurs fois',
                'Réduction immédiate',
                'Ventes privées',
                'Codes promo',
                'Paiement en crypto-monnaie',
                'PayPal',
                'Logos de sécurité visibles et interface claire',
              ],
              en: [
                'Simple, secure online payment on every device',
                'Pay in instalments',
                'Instant discount',
                'Private sales',
                'Promo codes',
                'Cryptocurrency payment',
                'PayPal',
                'Visible security logos and a clear interface',
              ],
            }),
            delivery: t({
              fr: [
                'Suivi de commande en temps réel',
                'Livraison express',
                'Livraison en 24 heures',
                'Point relais',
                'Retrait en magasin, parfois le jour même',
                'Livraison par drone',
                'Livraison internationale',
              ],
              en: [
                'Real-time order tracking',
                'Express delivery',
                '24-hour delivery',
                'Relay-point delivery',
                'In-store pickup, sometimes the same day',
                'Drone delivery',
                'International delivery',
              ],
            }),
            discovery: t({
              fr: [
                'Contenu pédagogique : guides, vidéos, manuels interactifs',
                'E-mails éducatifs',
                'Programmes de formation et tutoriels pas à pas',
                'E-mails de formation continue',
                'Webinaires éducatifs',
                'Tutoriels optionnels pour les clients déjà à l’aise',
              ],
              en: [
                'Educational content: guides, videos, interactive manuals',
                'Educational emails',
                'Training programmes and step-by-step tutorials',
                'Ongoing training emails',
                'Educational webinars',
                'Optional tutorials for customers who already know the product',
              ],
            }),
            use: t({
              fr: [
                'Portail de support en ligne (FAQ, tickets)',
                'Communautés en ligne',
                'Surveillance des commentaires',
                'E-mails de suivi personnalisés',
                'Service après-vente (SAV) réactif',
                'Mises à jour',
              ],
              en: [
                'Online support portal (FAQ, tickets)',
                'Online communities',
                'Comment monitoring',
                'Personalised follow-up emails',
                'Responsive after-sales service',
                'Updates',
              ],
            }),
            feedback: t({
              fr: [
                'Questionnaire de satisfaction',
                'Partage de témoignages clients',
                'Contenu généré par les utilisateurs',
                'Blogs et articles sur les réussites clients',
              ],
              en: [
                'Satisfaction survey',
                'Sharing customer testimonials',
                'User-generated content',
                'Blogs and articles on customer success stories',
              ],
            }),
            loyalty: t({
              fr: [
                'Programme de parrainage',
                'Programme de récompenses pour les clients fidèles',
                'Recommandations personnalisées',
                'Avant-premières et cadeaux personnalisés',
              ],
              en: [
                'Referral programme',
                'Rewards programme for loyal customers',
                'Personalised recommendations',
                'Previews of new products and personalised gifts',
              ],
            }),
          },
        },
        {
          lane: {
            id: 'communication-objective',
            kind: 'communication-objective',
            title: t({ fr: 'Objectif de communication', en: 'Communication objective' }),
            description: t({
              fr: 'Cognitif : faire savoir. Affectif : faire aimer. Conatif : faire agir.',
              en: 'Cognitive: make known. Affective: make liked. Conative: make act.',
            }),
          },
          cells: {
            need: {
              objective: 'cognitive',
              text: t({
                fr: 'Faire savoir que la solution existe et répond au besoin, puis la faire aimer et faire agir : les trois objectifs préparent le passage à la recherche.',
                en: 'Make it known that the solution exists and meets the need, then make it liked and prompt action: the three objectives prepare the move to research.',
              }),
            },
            research: {
              objective: 'cognitive',
              text: t({
                fr: 'Informer de façon complète et accessible pour rassurer sur la pertinence de l’offre.',
                en: 'Inform completely and accessibly to reassure the prospect that the offer fits.',
              }),
            },
            selection: {
              objective: 'affective',
              text: t({
                fr: 'Faire préférer notre produit : avis, conseils, recommandations personnalisées.',
                en: 'Make our product the favourite: reviews, advice, personalised recommendations.',
              }),
            },
            payment: {
              objective: 'conative',
              text: t({
                fr: 'Faire finaliser l’achat : lever les derniers freins, inspirer confiance.',
                en: 'Get the purchase completed: remove the last obstacles, inspire trust.',
              }),
            },
            delivery: {
              objective: 'affective',
              text: t({
                fr: 'Rendre la réception simple et agréable pour renforcer la confiance dans la marque.',
                en: 'Make receiving the order simple and pleasant to strengthen trust in the brand.',
              }),
            },
            discovery: {
              objective: 'cognitive',
              text: t({
                fr: 'Apprendre au client à utiliser le produit et à en tirer les premiers bénéfices.',
                en: 'Teach the customer to use the product and get its first benefits.',
              }),
            },
            use: {
              objective: 'affective',
              text: t({
                fr: 'Rester proche : montrer au client qu’il peut compter sur nous à tout moment.',
                en: 'Stay close: show the customer they can count on us at any time.',
              }),
            },
            feedback: {
              objective: 'conative',
              text: t({
                fr: 'Faire donner son avis, témoigner, partager un contenu.',
                en: 'Get the customer to give feedback, testify, share content.',
              }),
            },
            loyalty: {
              objective: 'conative',
              text: t({
                fr: 'Faire racheter, parrainer et recommander la marque à son entourage.',
                en: 'Get the customer to buy again, refer others and recommend the brand to people around them.',
              }),
            },
          },
        },
        {
          lane: commonLane(locale, 'pain-points'),
          cells: {
            need: {
              cards: [
                {
                  title: t({
                    fr: 'Publicités qui ne parlent pas aux débutants',
                    en: 'Ads that do not speak to beginners',
                  }),
                  detail: t({
                    fr: 'Les visuels montrent des coureurs confirmés : le débutant ne se sent pas concerné.',
                    en: 'The visuals show seasoned runners: beginners do not feel concerned.',
                  }),
                  severity: 1,
                },
              ],
            },
            research: {
              cards: [
                {
                  title: t({ fr: 'Jargon technique', en: 'Technical jargon' }),
                  detail: t({
                    fr: 'Drop, amorti, pronation : les guides et les fiches parlent aux experts, pas aux débutants.',
                    en: 'Drop, cushioning, pronation: guides and product pages speak to experts, not beginners.',
                  }),
                  severity: 2,
                  stepIds: ['compare-offers'],
                },
              ],
            },
            selection: {
              cards: [
                {
                  title: t({ fr: 'Doute sur la taille', en: 'Unsure about the size' }),
                  detail: t({
                    fr: 'Les tailles varient d’une marque à l’autre et le guide des tailles est difficile à trouver : le client commande deux pointures ou abandonne.',
                    en: 'Sizes vary from brand to brand and the size guide is hard to find: the customer orders two sizes or gives up.',
                  }),
                  severity: 3,
                  stepIds: ['choose-size'],
                },
              ],
            },
            payment: {
              cards: [
                {
                  title: t({
                    fr: 'Code promo refusé, moyens de paiement limités',
                    en: 'Promo code rejected, few payment methods',
                  }),
                  detail: t({
                    fr: 'Le code est refusé sans explication ; ni paiement en plusieurs fois ni PayPal.',
                    en: 'The code is rejected with no explanation; no instalments and no PayPal.',
                  }),
                  severity: 2,
                  stepIds: ['choose-payment-method', 'confirm-payment'],
                },
              ],
            },
            delivery: {
              cards: [
                {
                  title: t({ fr: 'Livraison peu flexible', en: 'Inflexible delivery' }),
                  detail: t({
                    fr: 'Livraison à domicile en journée seulement, suivi imprécis : colis manqué et détour par le bureau de poste.',
                    en: 'Home delivery during the day only, vague tracking: a missed parcel and a trip to the post office.',
                  }),
                  severity: 3,
                  stepIds: ['receive-parcel'],
                },
              ],
            },
            discovery: {
              cards: [
                {
                  title: t({ fr: 'Aucun conseil pour démarrer', en: 'No advice to get started' }),
                  detail: t({
                    fr: 'Rien n’explique comment roder ses chaussures ni comment démarrer un plan d’entraînement.',
                    en: 'Nothing explains how to break in the shoes or start a training plan.',
                  }),
                  severity: 1,
                },
              ],
            },
            use: {
              cards: [
                {
                  title: t({ fr: 'SAV lent', en: 'Slow after-sales service' }),
                  detail: t({
                    fr: 'Semelle décollée après six semaines : formulaire de contact sans réponse pendant cinq jours, aucun échange possible en magasin.',
                    en: 'Sole came loose after six weeks: contact form unanswered for five days, no exchange possible in store.',
                  }),
                  severity: 3,
                  stepIds: ['after-sales'],
                },
              ],
            },
            feedback: {
              cards: [
                {
                  title: t({ fr: 'Questionnaire trop long, trop tôt', en: 'Survey too long, too early' }),
                  detail: t({
                    fr: 'Vingt-cinq questions envoyées le lendemain de la livraison, avant même la première sortie.',
                    en: 'Twenty-five questions sent the day after delivery, before the first run.',
                  }),
                  severity: 1,
                  stepIds: ['answer-survey'],
                },
              ],
            },
            loyalty: {
              cards: [
                {
                  title: t({ fr: 'Fidélité non récompensée', en: 'Loyalty not rewarded' }),
                  detail: t({
                    fr: 'Le client régulier reçoit les mêmes promotions que tout le monde.',
                    en: 'Regular customers get the same promotions as everyone else.',
                  }),
                  severity: 2,
                },
              ],
            },
          },
        },
        {
          lane: commonLane(locale, 'opportunities'),
          cells: {
            need: {
              cards: [
                {
                  title: t({ fr: 'Campagne « Mon premier 10 km »', en: '“My first 10K” campaign' }),
                  detail: t({
                    fr: 'Publicités ciblées et influenceurs qui parlent aux débutants, ateliers et tests de foulée en magasin.',
                    en: 'Targeted ads and influencers who speak to beginners, in-store workshops and gait analysis.',
                  }),
                  impact: 'medium',
                  effort: 'medium',
                },
              ],
            },
            research: {
              cards: [
                {
                  title: t({
                    fr: 'Guide débutant et comparateur par profil',
                    en: 'Beginner guide and comparison by profile',
                  }),
                  detail: t({
                    fr: 'Base de connaissances en langage simple et comparateur qui part du profil du coureur, avec un conseiller en chat.',
                    en: 'A knowledge base in plain language and a comparison tool that starts from the runner’s profile, with an advisor on chat.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                },
              ],
            },
            selection: {
              cards: [
                {
                  title: t({
                    fr: 'Guide des tailles visible et avis détaillés',
                    en: 'Visible size guide and detailed reviews',
                  }),
                  detail: t({
                    fr: 'Guide des tailles sur chaque fiche, avis indiquant la pointure habituelle, produits complémentaires suggérés (chaussettes, brassard).',
                    en: 'Size guide on every product page, reviews that state the usual size, suggested complementary products (socks, armband).',
                  }),
                  impact: 'high',
                  effort: 'low',
                  stepIds: ['choose-size'],
                },
              ],
            },
            payment: {
              cards: [
                {
                  title: t({ fr: 'Paiement sans friction', en: 'Frictionless payment' }),
                  detail: t({
                    fr: 'Paiement en trois fois, PayPal, logos de sécurité visibles et message clair quand un code promo ne s’applique pas.',
                    en: 'Pay in three instalments, PayPal, visible security logos and a clear message when a promo code does not apply.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                  stepIds: ['confirm-payment'],
                },
              ],
            },
            delivery: {
              cards: [
                {
                  title: t({ fr: 'Le choix du retrait', en: 'Choice of pickup' }),
                  detail: t({
                    fr: 'Point relais, retrait en magasin le jour même, livraison en 24 h et suivi en temps réel par SMS.',
                    en: 'Relay point, same-day in-store pickup, 24-hour delivery and real-time tracking by text message.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                  stepIds: ['track-order', 'receive-parcel'],
                },
              ],
            },
            discovery: {
              cards: [
                {
                  title: t({ fr: 'E-mails éducatifs optionnels', en: 'Optional educational emails' }),
                  detail: t({
                    fr: 'Série « Vos 4 premières semaines » et vidéo de rodage, faciles à désactiver pour les coureurs confirmés.',
                    en: '“Your first 4 weeks” series and a break-in video, easy to switch off for experienced runners.',
                  }),
                  impact: 'medium',
                  effort: 'low',
                  stepIds: ['learn-to-use'],
                },
              ],
            },
            use: {
              cards: [
                {
                  title: t({ fr: 'SAV proactif', en: 'Proactive after-sales' }),
                  detail: t({
                    fr: 'E-mail de suivi à trois semaines, échange immédiat en magasin d’un produit défectueux, réponse sous 24 h en ligne.',
                    en: 'Follow-up email at three weeks, immediate in-store exchange of a faulty product, answer within 24 hours online.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                  stepIds: ['after-sales'],
                },
              ],
            },
            feedback: {
              cards: [
                {
                  title: t({ fr: 'Questionnaire court au bon moment', en: 'Short survey at the right time' }),
                  detail: t({
                    fr: 'Trois questions, dont le NPS, après trois semaines d’usage ; mise en avant des témoignages et des photos des clients.',
                    en: 'Three questions, including NPS, after three weeks of use; showcase customers’ testimonials and photos.',
                  }),
                  impact: 'medium',
                  effort: 'low',
                },
              ],
            },
            loyalty: {
              cards: [
                {
                  title: t({ fr: 'Récompenser et faire parrainer', en: 'Reward and encourage referrals' }),
                  detail: t({
                    fr: 'Points fidélité, avant-premières sur les nouveautés, bon d’achat pour le parrain et le filleul.',
                    en: 'Loyalty points, previews of new products, a voucher for both referrer and referee.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                },
              ],
            },
          },
        },
        {
          lane: commonLane(locale, 'kpis'),
          cells: kpiCells(stages, kpis, touchpoints),
        },
      ],
    })
  },
}
