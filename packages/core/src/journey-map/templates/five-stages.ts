import type { KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type PersonaSpec, type TemplateDefinition } from './template.js'
import { commonLane, emotionLane, kpiCells, localePicker, touchpointCells } from './template-kit.js'

/**
 * The classic five-stage journey of seed 000 (« Customer journey : qu’est-ce que c’est et comment le
 * créer pour stimuler les ventes ? »): awareness → consideration → decision → purchase → loyalty, with
 * a buyer persona, online and offline touchpoints, and the article’s indicators (NPS, CES, CSAT,
 * customer health score, churn rate, reviews) as KPI definitions.
 */

const TEMPLATE_ID = 'five-stages'
const PERSONA_ID = 'five-stages-nadia'

export const fiveStagesTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'journey',
  title: { fr: 'Parcours client en 5 étapes', en: 'Five-stage customer journey' },
  description: {
    fr: 'Le parcours classique, de la prise de conscience à la fidélisation : un buyer persona, les points de contact en ligne et hors ligne de chaque étape, et les indicateurs NPS, CES, CSAT, score de santé, taux d’attrition et avis clients.',
    en: 'The classic journey from awareness to loyalty: a buyer persona, the online and offline touchpoints of each stage, and the NPS, CES, CSAT, customer health score, churn rate and customer review indicators.',
  },
  source:
    'seeds/000_0aaa6a0f83c48500.txt — « Customer journey : qu’est-ce que c’est et comment le créer pour stimuler les ventes ? »',
  build(locale) {
    const t = localePicker(locale)

    const persona: PersonaSpec = {
      id: PERSONA_ID,
      name: t({ fr: 'Nadia, l’acheteuse qui compare', en: 'Nadia, the careful comparer' }),
      avatar: 'NB',
      quote: t({
        fr: '« Avant d’acheter, je lis tout : les avis, les comparatifs, les forums. Si le site me complique la vie au moment de payer, je vais ailleurs. »',
        en: '“Before I buy, I read everything: reviews, comparisons, forums. If the site makes paying a hassle, I go elsewhere.”',
      }),
      audience: 'b2c',
      summary: t({
        fr: 'Cliente type d’une marque qui vend en ligne et en magasin. Elle part d’un besoin concret, compare longuement, décide sur le prix, la qualité du service client et les valeurs de la marque, et reste fidèle si l’après-achat est soigné.',
        en: 'Typical customer of a brand that sells online and in stores. She starts from a concrete need, compares at length, decides on price, quality of customer service and brand values, and stays loyal when the after-purchase experience is looked after.',
      }),
      demographics: {
        ageRange: t({ fr: '35–45 ans', en: '35–45' }),
        gender: t({ fr: 'Femme', en: 'Woman' }),
        location: t({ fr: 'Grande agglomération (Lyon)', en: 'Large city (Lyon, France)' }),
        occupation: t({ fr: 'Responsable administrative dans une PME', en: 'Office manager at a small business' }),
        income: t({
          fr: 'Revenus du foyer : 3 500 à 4 500 € nets par mois',
          en: 'Household income: €3,500–4,500 net a month',
        }),
        education: t({ fr: 'Bac +3', en: 'Bachelor’s degree' }),
        familyStatus: t({
          fr: 'En couple, deux enfants (8 et 12 ans)',
          en: 'Living with a partner, two children (8 and 12)',
        }),
      },
      psychographics: {
        lifestyle: t({
          fr: [
            'Journées chargées entre travail et famille',
            'Fait la plupart de ses achats le soir, sur son smartphone',
          ],
          en: ['Busy days between work and family', 'Does most of her shopping in the evening, on her smartphone'],
        }),
        habits: t({
          fr: [
            'Cherche sur Google et lit les avis avant tout achat de plus de 50 €',
            'Consulte des forums et des groupes de parents sur les réseaux sociaux',
            'Ouvre les newsletters des marques qu’elle connaît déjà',
          ],
          en: [
            'Searches Google and reads reviews before any purchase over €50',
            'Checks forums and parents’ groups on social media',
            'Opens the newsletters of brands she already knows',
          ],
        }),
        values: t({
          fr: [
            'Rapport qualité-prix',
            'Transparence sur les prix et les délais',
            'Marques qui tiennent leurs promesses',
          ],
          en: ['Value for money', 'Transparency on prices and lead times', 'Brands that keep their promises'],
        }),
        interests: t({
          fr: ['Organisation de la maison', 'Bons plans', 'Cuisine en famille'],
          en: ['Home organisation', 'Good deals', 'Cooking with the family'],
        }),
      },
      goals: t({
        fr: [
          'Trouver rapidement une solution fiable à son besoin',
          'Payer le juste prix, sans mauvaise surprise',
          'Être aidée au démarrage si elle en a besoin',
        ],
        en: [
          'Quickly find a reliable solution to her need',
          'Pay a fair price, with no bad surprise',
          'Get help getting started if she needs it',
        ],
      }),
      needs: t({
        fr: [
          'Des informations claires et comparables : prix total, caractéristiques, délais',
          'Des avis de vrais clients',
          'Un paiement simple et sécurisé sur mobile',
          'Un service client joignable avant et après l’achat',
        ],
        en: [
          'Clear, comparable information: total price, features, lead times',
          'Reviews from real customers',
          'Simple, secure payment on mobile',
          'Customer service she can reach before and after buying',
        ],
      }),
      frustrations: t({
        fr: [
          'Les frais cachés découverts au moment de payer',
          'Les formulaires longs et la création de compte obligatoire',
          'Ne plus avoir de nouvelles de la marque après l’achat',
          'Devoir répéter son problème à plusieurs interlocuteurs',
        ],
        en: [
          'Hidden fees found at checkout',
          'Long forms and mandatory account creation',
          'Hearing nothing from the brand after the purchase',
          'Having to repeat her problem to several people',
        ],
      }),
      motivations: t({
        fr: ['Gagner du temps', 'Faire un achat dont elle sera fière', 'Profiter d’une promotion au bon moment'],
        en: ['Save time', 'Make a purchase she will be proud of', 'Catch a promotion at the right moment'],
      }),
      preferredChannels: ['web', 'social', 'email', 'store'],
      sections: [
        {
          title: t({ fr: 'Critères d’achat', en: 'Buying criteria' }),
          body: t({
            fr: 'Prix total affiché, avis clients, qualité du service client, valeurs de la marque.',
            en: 'Total price shown up front, customer reviews, quality of customer service, brand values.',
          }),
        },
        {
          title: t({ fr: 'Objections fréquentes', en: 'Frequent objections' }),
          body: t({
            fr: '« Je trouverai sûrement moins cher ailleurs. » « Et si ça ne me convient pas, le retour sera-t-il gratuit ? »',
            en: '“I’ll surely find it cheaper elsewhere.” “And if it doesn’t suit me, will the return be free?”',
          }),
        },
        {
          title: t({ fr: 'À valider', en: 'To validate' }),
          body: t({
            fr: 'Ce profil est une hypothèse : confirmez-le par des entretiens avec des clients intéressés et des tests utilisateurs, en vous concentrant sur un seul profil par carte.',
            en: 'This profile is a hypothesis: confirm it with interviews of interested customers and user tests, focusing on a single profile per map.',
          }),
        },
      ],
    }

    const stages: Stage[] = [
      {
        id: 'awareness',
        name: t({ fr: 'Prise de conscience', en: 'Awareness' }),
        description: t({
          fr: 'Le client reconnaît un point de douleur ou une douleur latente et commence à chercher une solution à son problème, à son besoin ou à son désir.',
          en: 'The customer recognises a pain point or a latent pain and starts looking for a solution to their problem, need or desire.',
        }),
        steps: [
          { id: 'recognize-need', name: t({ fr: 'Reconnaît son besoin', en: 'Recognises the need' }) },
          {
            id: 'search-information',
            name: t({ fr: 'Cherche des informations en ligne', en: 'Searches for information online' }),
            description: t({
              fr: 'Mots-clés dans un moteur de recherche, articles de blog, forums.',
              en: 'Keywords in a search engine, blog articles, forums.',
            }),
          },
        ],
      },
      {
        id: 'consideration',
        name: t({ fr: 'Réflexion', en: 'Consideration' }),
        description: t({
          fr: 'Le client évalue le marché, recherche des options de produits ou de services et compare les concurrents : notre marque est prise en considération parmi d’autres.',
          en: 'The customer assesses the market, looks for product or service options and compares competitors: our brand is considered among others.',
        }),
        steps: [
          { id: 'define-criteria', name: t({ fr: 'Fixe ses critères d’achat', en: 'Sets buying criteria' }) },
          { id: 'compare-options', name: t({ fr: 'Compare les offres', en: 'Compares offers' }) },
        ],
      },
      {
        id: 'decision',
        name: t({ fr: 'Décision', en: 'Decision' }),
        description: t({
          fr: 'Le client réduit sa liste d’options et évalue les produits de plus près : prix, qualité du service client, valeurs de la marque.',
          en: 'The customer narrows the list of options and looks more closely at products: price, quality of customer service, brand values.',
        }),
        steps: [
          { id: 'shortlist', name: t({ fr: 'Retient deux ou trois options', en: 'Shortlists two or three options' }) },
          {
            id: 'check-price-and-service',
            name: t({ fr: 'Vérifie le prix et le service', en: 'Checks price and service' }),
          },
        ],
      },
      {
        id: 'purchase',
        name: t({ fr: 'Acquisition', en: 'Purchase' }),
        description: t({
          fr: 'Le client effectue sa transaction et commence à utiliser le produit ou le service. L’expérience d’achat doit être attrayante et intuitive, puis suivie d’une aide initiale.',
          en: 'The customer completes the transaction and starts using the product or service. The buying experience must be appealing and intuitive, then followed by initial help.',
        }),
        steps: [
          {
            id: 'checkout',
            name: t({ fr: 'Passe commande et paie', en: 'Orders and pays' }),
            isMomentOfTruth: true,
          },
          {
            id: 'first-use',
            name: t({ fr: 'Commence à utiliser le produit', en: 'Starts using the product' }),
            isMomentOfTruth: true,
          },
        ],
      },
      {
        id: 'loyalty',
        name: t({ fr: 'Fidélisation', en: 'Loyalty' }),
        description: t({
          fr: 'Après l’achat, il ne faut pas se reposer sur ses lauriers : on soigne chaque interaction pour que le client revienne et recommande la marque.',
          en: 'After the purchase, there is no resting on our laurels: every interaction is cared for so that the customer comes back and recommends the brand.',
        }),
        steps: [
          { id: 'get-support', name: t({ fr: 'Obtient de l’aide si besoin', en: 'Gets help when needed' }) },
          {
            id: 'repurchase-recommend',
            name: t({ fr: 'Rachète et recommande', en: 'Buys again and recommends' }),
          },
        ],
      },
    ]

    const touchpoints: Touchpoint[] = [
      {
        id: 'tp-blog',
        name: t({ fr: 'Articles de blog éducatifs', en: 'Educational blog articles' }),
        channel: 'web',
        mode: 'online',
        stageId: 'awareness',
        stepId: 'search-information',
        importance: 'medium',
        ownerTeam: 'Marketing',
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'contains', property: 'properties.path', value: '/blog/' }],
        },
      },
      {
        id: 'tp-search-ad',
        name: t({ fr: 'Annonce sur un moteur de recherche', en: 'Search engine ad' }),
        channel: 'advertising',
        mode: 'online',
        stageId: 'awareness',
        stepId: 'search-information',
        importance: 'medium',
        ownerTeam: 'Marketing',
        selector: { events: ['Page Viewed'], where: [{ op: 'eq', property: 'context.campaign.medium', value: 'cpc' }] },
      },
      {
        id: 'tp-social-post',
        name: t({ fr: 'Publications sur les réseaux sociaux', en: 'Social media posts' }),
        channel: 'social',
        mode: 'online',
        stageId: 'awareness',
        importance: 'medium',
        ownerTeam: 'Marketing',
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'in', property: 'context.campaign.source', values: ['instagram', 'facebook', 'linkedin'] }],
        },
      },
      {
        id: 'tp-word-of-mouth',
        name: t({ fr: 'Recommandation d’un proche', en: 'Recommendation from a friend' }),
        channel: 'word-of-mouth',
        mode: 'offline',
        stageId: 'awareness',
        stepId: 'recognize-need',
        importance: 'high',
        description: t({
          fr: 'Non mesurable par un événement : à suivre par la question « Comment nous avez-vous connus ? ».',
          en: 'Not measurable by an event: track it with the question “How did you hear about us?”.',
        }),
      },
      {
        id: 'tp-product-page',
        name: t({ fr: 'Pages produit', en: 'Product pages' }),
        channel: 'web',
        mode: 'online',
        stageId: 'consideration',
        stepId: 'compare-options',
        importance: 'high',
        ownerTeam: 'E-commerce',
        selector: { events: ['Product Viewed'] },
      },
      {
        id: 'tp-comparison',
        name: t({ fr: 'Comparatifs et avis clients', en: 'Comparisons and customer reviews' }),
        channel: 'web',
        mode: 'online',
        stageId: 'consideration',
        stepId: 'define-criteria',
        importance: 'high',
        ownerTeam: 'E-commerce',
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'contains', property: 'properties.path', value: '/compare' }],
        },
      },
      {
        id: 'tp-newsletter',
        name: t({ fr: 'Newsletter', en: 'Newsletter' }),
        channel: 'email',
        mode: 'online',
        stageId: 'consideration',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Opened', 'Email Link Clicked'],
          where: [{ op: 'eq', property: 'properties.campaign_type', value: 'newsletter' }],
        },
      },
      {
        id: 'tp-pricing-promo',
        name: t({ fr: 'Page tarifs et promotions', en: 'Pricing and promotions page' }),
        channel: 'web',
        mode: 'online',
        stageId: 'decision',
        stepId: 'check-price-and-service',
        importance: 'high',
        ownerTeam: 'E-commerce',
        selector: { events: ['Promotion Viewed', 'Promotion Clicked'] },
      },
      {
        id: 'tp-advisor-chat',
        name: t({ fr: 'Chat avec un conseiller', en: 'Chat with an advisor' }),
        channel: 'chat',
        mode: 'online',
        stageId: 'decision',
        stepId: 'check-price-and-service',
        importance: 'high',
        ownerTeam: t({ fr: 'Service client', en: 'Customer service' }),
        selector: { events: ['Live Chat Conversation Started'] },
      },
      {
        id: 'tp-store-visit',
        name: t({ fr: 'Visite en magasin', en: 'Store visit' }),
        channel: 'store',
        mode: 'offline',
        stageId: 'decision',
        stepId: 'shortlist',
        importance: 'medium',
        ownerTeam: t({ fr: 'Réseau de magasins', en: 'Store network' }),
      },
      {
        id: 'tp-checkout',
        name: t({ fr: 'Tunnel de commande', en: 'Checkout' }),
        channel: 'web',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'checkout',
        importance: 'critical',
        ownerTeam: 'E-commerce',
        isRequired: true,
        selector: { events: ['Checkout Started', 'Order Completed'], channels: ['web', 'app'] },
      },
      {
        id: 'tp-order-confirmation',
        name: t({ fr: 'E-mail de confirmation de commande', en: 'Order confirmation email' }),
        channel: 'email',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'checkout',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Delivered'],
          where: [{ op: 'eq', property: 'properties.campaign_name', value: 'order-confirmation' }],
        },
      },
      {
        id: 'tp-onboarding',
        name: t({ fr: 'Guide de démarrage', en: 'Getting-started guide' }),
        channel: 'email',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'first-use',
        importance: 'high',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Link Clicked'],
          where: [{ op: 'eq', property: 'properties.campaign_name', value: 'onboarding' }],
        },
      },
      {
        id: 'tp-customer-service',
        name: t({ fr: 'Service client', en: 'Customer service' }),
        channel: 'support',
        mode: 'online',
        stageId: 'loyalty',
        stepId: 'get-support',
        importance: 'critical',
        ownerTeam: t({ fr: 'Service client', en: 'Customer service' }),
        selector: { events: ['Ticket Created', 'Ticket Resolved'], channels: ['support', 'phone', 'chat', 'email'] },
      },
      {
        id: 'tp-nps-survey',
        name: t({ fr: 'Enquête NPS', en: 'NPS survey' }),
        channel: 'email',
        mode: 'online',
        stageId: 'loyalty',
        importance: 'high',
        ownerTeam: 'CX',
        selector: { events: ['Survey Answered'], where: [{ op: 'eq', property: 'properties.survey', value: 'nps' }] },
      },
      {
        id: 'tp-review-request',
        name: t({ fr: 'Demande d’avis', en: 'Review request' }),
        channel: 'email',
        mode: 'online',
        stageId: 'loyalty',
        stepId: 'repurchase-recommend',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: { events: ['Product Reviewed'] },
      },
      {
        id: 'tp-loyalty-program',
        name: t({ fr: 'Programme de fidélité', en: 'Loyalty programme' }),
        channel: 'app',
        mode: 'online',
        stageId: 'loyalty',
        stepId: 'repurchase-recommend',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: { events: ['Loyalty Program Joined', 'Loyalty Points Redeemed'], channels: ['app', 'web', 'store'] },
      },
    ]

    const kpis: KpiDefinition[] = [
      {
        id: 'kpi-nps',
        name: t({ fr: 'Net Promoter Score (NPS)', en: 'Net Promoter Score (NPS)' }),
        kind: 'nps',
        formula: t({
          fr: 'NPS = % de promoteurs (notes 9–10) − % de détracteurs (notes 0–6) à la question « Quelle est la probabilité que vous recommandiez [marque] à un proche ? », sur une échelle de 0 à 10',
          en: 'NPS = % promoters (9–10) − % detractors (0–6) on the question “How likely are you to recommend [brand] to a friend?”, on a 0–10 scale',
        }),
        unit: 'score',
        scale: { min: -100, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-nps-survey' },
        target: 30,
        direction: 'higher-is-better',
        description: t({
          fr: 'Mesure la probabilité de recommandation, donc la fidélité. Rappeler chaque détracteur sous 48 h.',
          en: 'Measures the likelihood to recommend, hence loyalty. Call every detractor back within 48 hours.',
        }),
      },
      {
        id: 'kpi-ces',
        name: t({ fr: 'Indicateur d’effort client (CES)', en: 'Customer Effort Score (CES)' }),
        kind: 'ces',
        formula: t({
          fr: 'CES = moyenne des réponses à « Passer commande a été facile », de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)',
          en: 'CES = average answer to “Placing my order was easy”, from 1 (strongly disagree) to 7 (strongly agree)',
        }),
        unit: 'score',
        scale: { min: 1, max: 7 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-checkout' },
        target: 5.5,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-csat',
        name: t({ fr: 'Score de satisfaction client (CSAT)', en: 'Customer Satisfaction Score (CSAT)' }),
        kind: 'csat',
        formula: t({
          fr: 'CSAT = réponses 4 ou 5 (« satisfait », « très satisfait ») ÷ nombre total de réponses × 100, sur une échelle de 1 à 5',
          en: 'CSAT = answers of 4 or 5 (“satisfied”, “very satisfied”) ÷ total answers × 100, on a 1–5 scale',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-customer-service' },
        target: 85,
        direction: 'higher-is-better',
        description: t({
          fr: 'Question posée juste après la clôture d’un ticket : « Êtes-vous satisfait de l’aide reçue ? »',
          en: 'Asked right after a ticket is closed: “Are you satisfied with the help you received?”',
        }),
      },
      {
        id: 'kpi-health-score',
        name: t({ fr: 'Score de santé client', en: 'Customer health score' }),
        kind: 'custom',
        formula: t({
          fr: 'Score de santé = 30 % récence du dernier achat + 25 % fréquence d’achat sur 12 mois + 20 % engagement (ouvertures et clics d’e-mails, connexions) + 15 % dernière note NPS + 10 % absence de réclamation ouverte ; chaque composante notée de 0 à 100',
          en: 'Health score = 30% recency of last purchase + 25% purchase frequency over 12 months + 20% engagement (email opens and clicks, logins) + 15% last NPS answer + 10% no open complaint; each component scored 0–100',
        }),
        unit: 'score',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'loyalty' },
        target: 70,
        direction: 'higher-is-better',
        description: t({
          fr: 'Pondérations à adapter à votre activité. Sous 40, le client est à risque : contactez-le avant qu’il ne parte.',
          en: 'Adapt the weights to your business. Below 40 the customer is at risk: reach out before they leave.',
        }),
      },
      {
        id: 'kpi-churn-rate',
        name: t({ fr: 'Taux d’attrition des clients', en: 'Customer churn rate' }),
        kind: 'churn-rate',
        formula: t({
          fr: 'Taux d’attrition = clients actifs au début de la période devenus inactifs (aucun achat ni abonnement) à la fin ÷ clients actifs au début de la période × 100, sur 12 mois glissants',
          en: 'Churn rate = customers active at the start of the period who became inactive (no purchase or subscription) by its end ÷ customers active at the start × 100, over a rolling 12 months',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'loyalty' },
        target: 20,
        direction: 'lower-is-better',
      },
      {
        id: 'kpi-reviews',
        name: t({ fr: 'Commentaires et avis clients', en: 'Customer comments and reviews' }),
        kind: 'custom',
        formula: t({
          fr: 'Note moyenne = somme des notes des avis publiés sur la période ÷ nombre d’avis publiés, sur une échelle de 1 à 5 étoiles',
          en: 'Average rating = sum of the ratings of reviews published in the period ÷ number of reviews published, on a 1–5 star scale',
        }),
        unit: 'score',
        scale: { min: 1, max: 5 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-review-request' },
        target: 4.5,
        direction: 'higher-is-better',
        description: t({
          fr: 'Suivez aussi le volume d’avis et lisez chaque semaine les commentaires négatifs : ils révèlent les points de friction.',
          en: 'Also track the volume of reviews and read the negative comments every week: they reveal the friction points.',
        }),
      },
      {
        id: 'kpi-conversion-rate',
        name: t({ fr: 'Taux de conversion', en: 'Conversion rate' }),
        kind: 'conversion-rate',
        formula: t({
          fr: 'Taux de conversion = commandes passées ÷ visiteurs uniques du site sur la période × 100',
          en: 'Conversion rate = orders placed ÷ unique site visitors in the period × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'decision' },
        target: 3,
        direction: 'higher-is-better',
      },
    ]

    return buildTemplate({
      id: `${TEMPLATE_ID}-${locale}`,
      templateId: TEMPLATE_ID,
      locale,
      title: t({ fr: 'Parcours client en 5 étapes', en: 'Five-stage customer journey' }),
      objective: t({
        fr: 'Comprendre ce que fait notre client idéal, de l’apparition de son besoin jusqu’au réachat, pour concevoir des points de contact qui captent son attention, lever les obstacles qui le font abandonner et le fidéliser.',
        en: 'Understand what our ideal customer does, from the moment the need appears to the repeat purchase, so we can design touchpoints that catch their attention, remove the obstacles that make them drop out, and keep them loyal.',
      }),
      type: 'current',
      owner: t({ fr: 'Équipe expérience client', en: 'Customer experience team' }),
      evidence: {
        status: 'assumption',
        source: t({
          fr: 'Modèle Parcours « 5 étapes » — à confirmer par entretiens clients et données',
          en: 'Parcours “five stages” template — to confirm with customer interviews and data',
        }),
      },
      personas: [persona],
      stages,
      touchpoints,
      kpis,
      rows: [
        {
          lane: { id: 'actions', kind: 'actions', title: t({ fr: 'Actions du client', en: 'Customer actions' }) },
          cells: {
            awareness: t({
              fr: 'Reconnaît un point de douleur, tape des mots-clés dans un moteur de recherche, lit des articles de blog et parcourt des forums.',
              en: 'Recognises a pain point, types keywords into a search engine, reads blog articles and browses forums.',
            }),
            consideration: t({
              fr: 'Fixe ses critères d’achat, compare plusieurs marques et offres, lit les avis et les comparatifs.',
              en: 'Sets buying criteria, compares several brands and offers, reads reviews and comparisons.',
            }),
            decision: t({
              fr: 'Réduit sa liste à deux ou trois options, compare les prix totaux, teste le service client (chat, téléphone, magasin) et vérifie les valeurs de la marque.',
              en: 'Narrows the list to two or three options, compares total prices, tests customer service (chat, phone, store) and checks the brand’s values.',
            }),
            purchase: t({
              fr: 'Passe commande en ligne ou en magasin, paie, reçoit sa confirmation, puis commence à utiliser le produit ou le service.',
              en: 'Orders online or in store, pays, receives the confirmation, then starts using the product or service.',
            }),
            loyalty: t({
              fr: 'Utilise le produit au quotidien, contacte le service client si besoin, répond aux enquêtes, laisse un avis, rachète ou recommande la marque.',
              en: 'Uses the product every day, contacts customer service when needed, answers surveys, leaves a review, buys again or recommends the brand.',
            }),
          },
        },
        {
          lane: commonLane(locale, 'thoughts'),
          cells: {
            awareness: t({
              fr: '« Il doit bien exister une solution à ce problème. Qu’est-ce que les autres utilisent ? »',
              en: '“There must be a solution to this problem. What do other people use?”',
            }),
            consideration: t({
              fr: '« Quelles sont les vraies différences entre ces marques ? Lesquelles ont de bons avis ? »',
              en: '“What are the real differences between these brands? Which ones have good reviews?”',
            }),
            decision: t({
              fr: '« Est-ce le bon prix ? Est-ce qu’on m’aidera si ça ne va pas ? Cette marque me ressemble-t-elle ? »',
              en: '“Is this the right price? Will someone help me if it goes wrong? Does this brand share my values?”',
            }),
            purchase: t({
              fr: '« Pourvu que le paiement soit sécurisé et qu’il n’y ait pas de frais cachés. Comment je démarre ? »',
              en: '“I hope the payment is secure and there are no hidden fees. How do I get started?”',
            }),
            loyalty: t({
              fr: '« Ai-je fait le bon choix ? Est-ce qu’ils se souviennent de moi quand j’ai un souci ? »',
              en: '“Did I make the right choice? Do they remember me when I have a problem?”',
            }),
          },
        },
        {
          lane: commonLane(locale, 'feelings'),
          cells: {
            awareness: t({
              fr: 'Agacée par le problème, curieuse, un peu perdue devant la masse d’informations.',
              en: 'Annoyed by the problem, curious, a little lost in the mass of information.',
            }),
            consideration: t({
              fr: 'Intéressée mais méfiante ; la comparaison la fatigue.',
              en: 'Interested but wary; comparing wears her out.',
            }),
            decision: t({
              fr: 'Hésitante, sensible aux promotions et aux garanties.',
              en: 'Hesitant, receptive to promotions and guarantees.',
            }),
            purchase: t({
              fr: 'Soulagée si le paiement est fluide ; anxieuse en cas de frais imprévus ou d’attente.',
              en: 'Relieved when payment is smooth; anxious about unexpected fees or waiting.',
            }),
            loyalty: t({
              fr: 'Confiante si on l’accompagne ; déçue et prête à partir si on l’oublie.',
              en: 'Confident when supported; disappointed and ready to leave when forgotten.',
            }),
          },
        },
        {
          lane: emotionLane(locale, {
            id: 'emotion',
            minLabel: t({ fr: 'Très frustrée', en: 'Very frustrated' }),
            maxLabel: t({ fr: 'Ravie', en: 'Delighted' }),
            curves: [
              {
                id: 'curve-current',
                label: t({ fr: 'Nadia — expérience actuelle', en: 'Nadia — current experience' }),
                personaId: PERSONA_ID,
                state: 'current',
                points: [
                  {
                    stageId: 'awareness',
                    value: -1,
                    note: t({ fr: 'Le problème l’agace', en: 'The problem annoys her' }),
                  },
                  { stageId: 'consideration', value: 0 },
                  {
                    stageId: 'decision',
                    value: -1,
                    note: t({ fr: 'Prix total difficile à connaître', en: 'Total price hard to find' }),
                  },
                  {
                    stageId: 'purchase',
                    value: 1,
                    note: t({ fr: 'Soulagée une fois la commande passée', en: 'Relieved once the order is placed' }),
                  },
                  {
                    stageId: 'loyalty',
                    value: 0,
                    note: t({ fr: 'Plus de nouvelles après l’achat', en: 'No news after the purchase' }),
                  },
                ],
              },
              {
                id: 'curve-future',
                label: t({ fr: 'Nadia — expérience cible', en: 'Nadia — target experience' }),
                personaId: PERSONA_ID,
                state: 'future',
                points: [
                  { stageId: 'awareness', value: 0 },
                  { stageId: 'consideration', value: 1 },
                  { stageId: 'decision', value: 1 },
                  { stageId: 'purchase', value: 2 },
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
            awareness: { channels: ['web', 'advertising', 'social', 'word-of-mouth'] },
            consideration: { channels: ['web', 'email', 'social'] },
            decision: { channels: ['web', 'chat', 'phone', 'store'] },
            purchase: { channels: ['web', 'app', 'store', 'email'] },
            loyalty: { channels: ['email', 'support', 'phone', 'app'] },
          },
        },
        {
          lane: commonLane(locale, 'pain-points'),
          cells: {
            awareness: {
              cards: [
                {
                  title: t({ fr: 'Message noyé dans la masse', en: 'Message lost in the noise' }),
                  detail: t({
                    fr: 'Nos contenus ne répondent pas aux mots-clés que le client tape : il trouve d’abord nos concurrents.',
                    en: 'Our content does not answer the keywords the customer types: they find our competitors first.',
                  }),
                  severity: 2,
                  stepIds: ['search-information'],
                },
              ],
            },
            consideration: {
              cards: [
                {
                  title: t({ fr: 'Valeur différentielle peu claire', en: 'Unclear differentiating value' }),
                  detail: t({
                    fr: 'Les pages produit listent des caractéristiques, pas ce qui nous distingue : le client ne sait pas pourquoi nous choisir.',
                    en: 'Product pages list features, not what sets us apart: the customer does not know why to choose us.',
                  }),
                  severity: 2,
                },
              ],
            },
            decision: {
              cards: [
                {
                  title: t({ fr: 'Prix total difficile à connaître', en: 'Total price hard to find' }),
                  detail: t({
                    fr: 'Les frais de livraison et les options n’apparaissent qu’à la fin : le client doute et va comparer ailleurs.',
                    en: 'Delivery fees and options only appear at the end: the customer hesitates and goes to compare elsewhere.',
                  }),
                  severity: 3,
                  stepIds: ['check-price-and-service'],
                },
                {
                  title: t({ fr: 'Conseiller difficile à joindre', en: 'Advisor hard to reach' }),
                  detail: t({
                    fr: 'Le chat n’est ouvert qu’aux heures de bureau, quand le client compare le soir.',
                    en: 'The chat is only open during office hours, while the customer compares in the evening.',
                  }),
                  severity: 2,
                },
              ],
            },
            purchase: {
              cards: [
                {
                  title: t({ fr: 'Tunnel de commande trop long', en: 'Checkout too long' }),
                  detail: t({
                    fr: 'Création de compte obligatoire et formulaire long sur mobile : le panier est abandonné.',
                    en: 'Mandatory account creation and a long form on mobile: the cart is abandoned.',
                  }),
                  severity: 3,
                  stepIds: ['checkout'],
                },
                {
                  title: t({ fr: 'Peu d’aide au démarrage', en: 'Little help getting started' }),
                  detail: t({
                    fr: 'Après l’achat, le client ne reçoit qu’une facture ; il ne sait pas comment tirer parti du produit.',
                    en: 'After the purchase the customer only gets an invoice; they do not know how to make the most of the product.',
                  }),
                  severity: 2,
                  stepIds: ['first-use'],
                },
              ],
            },
            loyalty: {
              cards: [
                {
                  title: t({ fr: 'Silence après l’achat', en: 'Silence after the purchase' }),
                  detail: t({
                    fr: 'Aucun contact entre la livraison et la promotion suivante : le client ne se sent pas reconnu.',
                    en: 'No contact between delivery and the next promotion: the customer does not feel recognised.',
                  }),
                  severity: 2,
                },
                {
                  title: t({
                    fr: 'Réclamation transférée de service en service',
                    en: 'Complaint passed from team to team',
                  }),
                  detail: t({
                    fr: 'Le client doit répéter son problème à plusieurs interlocuteurs avant d’obtenir une solution.',
                    en: 'The customer has to repeat the problem to several people before getting a solution.',
                  }),
                  severity: 3,
                  stepIds: ['get-support'],
                },
              ],
            },
          },
        },
        {
          lane: commonLane(locale, 'opportunities'),
          cells: {
            awareness: {
              cards: [
                {
                  title: t({
                    fr: 'Contenu éducatif sur les vraies questions',
                    en: 'Educational content on real questions',
                  }),
                  detail: t({
                    fr: 'Écrire articles et guides à partir des mots-clés recherchés et des questions posées sur les forums, pour capter l’attention dès la prise de conscience.',
                    en: 'Write articles and guides from the keywords people search and the questions asked in forums, to catch attention as soon as the need appears.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                },
              ],
            },
            consideration: {
              cards: [
                {
                  title: t({ fr: 'Comparatif honnête et avis vérifiés', en: 'Honest comparison and verified reviews' }),
                  detail: t({
                    fr: 'Publier un comparatif qui met en avant nos critères différenciants et afficher les avis clients sur chaque page produit.',
                    en: 'Publish a comparison that highlights what sets us apart and show customer reviews on every product page.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                },
              ],
            },
            decision: {
              cards: [
                {
                  title: t({ fr: 'Prix tout compris et offre au bon moment', en: 'All-in price and a timely offer' }),
                  detail: t({
                    fr: 'Afficher le prix total dès la page produit et proposer une remise ou une garantie au moment où le client hésite.',
                    en: 'Show the total price on the product page and offer a discount or a guarantee when the customer hesitates.',
                  }),
                  impact: 'high',
                  effort: 'low',
                },
              ],
            },
            purchase: {
              cards: [
                {
                  title: t({ fr: 'Paiement express et aide initiale', en: 'Express checkout and initial help' }),
                  detail: t({
                    fr: 'Commande sans compte, paiement en un clic, puis e-mail de bienvenue avec un guide de démarrage.',
                    en: 'Guest checkout, one-click payment, then a welcome email with a getting-started guide.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                  stepIds: ['checkout', 'first-use'],
                },
              ],
            },
            loyalty: {
              cards: [
                {
                  title: t({ fr: 'Suivi proactif', en: 'Proactive follow-up' }),
                  detail: t({
                    fr: 'Surveiller le score de santé, rappeler les détracteurs NPS, proposer un programme de fidélité et répondre à chaque avis.',
                    en: 'Watch the health score, call NPS detractors back, offer a loyalty programme and answer every review.',
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
          cells: {
            ...kpiCells(stages, kpis, touchpoints, { skipEmpty: true }),
            awareness: t({
              fr: 'Suivre la part des nouveaux clients venus de la recherche et du bouche à oreille (question « Comment nous avez-vous connus ? »).',
              en: 'Track the share of new customers coming from search and word of mouth (question “How did you hear about us?”).',
            }),
            consideration: t({
              fr: 'Suivre la note moyenne des avis affichée sur les pages produit et le taux de retour sur le site après une première visite.',
              en: 'Track the average review rating shown on product pages and the share of visitors who come back after a first visit.',
            }),
          },
        },
      ],
    })
  },
}
