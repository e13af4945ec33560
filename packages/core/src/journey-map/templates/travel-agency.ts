import type { KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type TemplateDefinition, type TemplateInstance, type TemplateLocale } from './template.js'
import { commonLane, emotionLane, inlineTextKit, kpiCells, kpiTargetLabel, touchpointCells } from './template-kit.js'

const TEMPLATE_ID = 'travel-agency'
const PERSONA_ID = 'travel-agency-julien'

/** A travel agency's journey (seed 001, travel example): inspiration, comparison, booking, pre-trip, trip, return. */
export const travelAgencyTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'sector',
  title: {
    fr: 'Agence de voyages : des vacances en famille',
    en: 'Travel agency: a family holiday',
  },
  description: {
    fr: 'Le parcours d’une famille qui prépare ses vacances avec une agence de voyages : inspiration, comparaison des offres, réservation des vols et de l’hébergement, préparation du départ, voyage, retour et partage des souvenirs.',
    en: 'The journey of a family planning its holiday with a travel agency: inspiration, comparing offers, booking flights and accommodation, getting ready to leave, the trip itself, coming home and sharing memories.',
  },
  source: 'seed 001 — exemple de carte de parcours client pour les voyages',
  build: buildTravelAgency,
}

function buildTravelAgency(locale: TemplateLocale): TemplateInstance {
  const { t, painPoint, opportunity } = inlineTextKit(locale)

  const stages: Stage[] = [
    {
      id: 'inspiration',
      name: t({ fr: 'Inspiration', en: 'Inspiration' }),
      description: t({
        fr: 'Le client cherche des idées de destinations et rassemble des informations pour décider où partir.',
        en: 'The customer looks for destination ideas and gathers information to decide where to go.',
      }),
      phaseId: 'before-trip',
      steps: [
        { id: 'browse-destinations', name: t({ fr: 'Recherche de destinations', en: 'Exploring destinations' }) },
        {
          id: 'collect-ideas',
          name: t({ fr: 'Collecte d’idées', en: 'Collecting ideas' }),
          description: t({
            fr: 'Newsletter, réseaux sociaux, blogs de voyage et conseils de proches.',
            en: 'Newsletter, social media, travel blogs and advice from friends and family.',
          }),
        },
      ],
    },
    {
      id: 'comparison',
      name: t({ fr: 'Comparaison', en: 'Comparison' }),
      description: t({
        fr: 'Le client compare les formules, les vols et les conditions, puis demande un devis.',
        en: 'The customer compares packages, flights and terms, then asks for a quote.',
      }),
      phaseId: 'before-trip',
      steps: [
        { id: 'compare-offers', name: t({ fr: 'Comparaison des offres', en: 'Comparing offers' }) },
        {
          id: 'request-quote',
          name: t({ fr: 'Demande de devis', en: 'Quote request' }),
          description: t({
            fr: 'En ligne, par téléphone ou en agence, auprès d’un conseiller.',
            en: 'Online, by phone or in the agency, with a travel adviser.',
          }),
        },
      ],
    },
    {
      id: 'booking',
      name: t({ fr: 'Réservation', en: 'Booking' }),
      description: t({
        fr: 'Le client réserve les vols et l’hébergement, choisit ses options et verse un acompte.',
        en: 'The customer books flights and accommodation, chooses options and pays a deposit.',
      }),
      phaseId: 'before-trip',
      steps: [
        {
          id: 'book-trip',
          name: t({ fr: 'Réservation des vols et de l’hébergement', en: 'Booking flights and accommodation' }),
          description: t({
            fr: 'Le client s’engage : chaque élément du voyage doit être confirmé et cohérent.',
            en: 'The customer commits: every part of the trip must be confirmed and consistent.',
          }),
          isMomentOfTruth: true,
        },
        { id: 'pay-deposit', name: t({ fr: 'Paiement de l’acompte', en: 'Paying the deposit' }) },
      ],
    },
    {
      id: 'pre-trip',
      name: t({ fr: 'Préparation du départ', en: 'Pre-trip' }),
      description: t({
        fr: 'Le client reçoit ses documents, vérifie les formalités et s’enregistre.',
        en: 'The customer receives their documents, checks travel requirements and checks in.',
      }),
      phaseId: 'before-trip',
      steps: [
        { id: 'receive-documents', name: t({ fr: 'Réception du carnet de voyage', en: 'Receiving travel documents' }) },
        {
          id: 'check-formalities',
          name: t({ fr: 'Vérification des formalités', en: 'Checking travel requirements' }),
          description: t({
            fr: 'Passeports, visas, exigences sanitaires et assurances.',
            en: 'Passports, visas, health requirements and insurance.',
          }),
        },
        { id: 'online-checkin', name: t({ fr: 'Enregistrement en ligne', en: 'Online check-in' }) },
      ],
    },
    {
      id: 'trip',
      name: t({ fr: 'Voyage', en: 'Trip' }),
      description: t({
        fr: 'Le client part, séjourne sur place et compte sur l’agence en cas d’imprévu.',
        en: 'The customer travels, stays at the destination and relies on the agency if something goes wrong.',
      }),
      phaseId: 'during-trip',
      steps: [
        { id: 'travel-day', name: t({ fr: 'Jour du départ', en: 'Departure day' }) },
        { id: 'stay', name: t({ fr: 'Séjour sur place', en: 'Stay at the destination' }) },
        {
          id: 'handle-disruption',
          name: t({ fr: 'Gestion d’un imprévu', en: 'Handling a disruption' }),
          description: t({
            fr: 'Retard ou annulation de vol, problème d’hébergement : la réaction de l’agence marque durablement le client.',
            en: 'A delayed or cancelled flight, an accommodation problem: how the agency reacts leaves a lasting mark.',
          }),
          isMomentOfTruth: true,
        },
      ],
    },
    {
      id: 'return-sharing',
      name: t({ fr: 'Retour et partage', en: 'Return & sharing' }),
      description: t({
        fr: 'Le client donne son avis, partage ses souvenirs et pense déjà au prochain voyage.',
        en: 'The customer gives feedback, shares memories and starts thinking about the next trip.',
      }),
      phaseId: 'after-trip',
      steps: [
        { id: 'feedback', name: t({ fr: 'Avis sur le séjour', en: 'Feedback on the trip' }) },
        { id: 'share-memories', name: t({ fr: 'Partage des souvenirs', en: 'Sharing memories' }) },
        { id: 'next-trip', name: t({ fr: 'Envie du prochain voyage', en: 'Planning the next trip' }) },
      ],
    },
  ]

  const touchpoints: Touchpoint[] = [
    {
      id: 'tp-destination-ideas',
      name: t({ fr: 'Idées de destinations sur le site', en: 'Destination ideas on the website' }),
      channel: 'web',
      mode: 'online',
      stageId: 'inspiration',
      stepId: 'browse-destinations',
      importance: 'medium',
      ownerTeam: t({ fr: 'Marketing', en: 'Marketing' }),
      selector: { events: ['Destination Viewed'], channels: ['web', 'app'] },
    },
    {
      id: 'tp-newsletter',
      name: t({ fr: 'Newsletter d’inspiration', en: 'Inspiration newsletter' }),
      channel: 'email',
      mode: 'online',
      stageId: 'inspiration',
      stepId: 'collect-ideas',
      importance: 'medium',
      ownerTeam: t({ fr: 'CRM', en: 'CRM' }),
      selector: {
        events: ['Email Link Clicked'],
        where: [{ op: 'eq', property: 'properties.campaign_type', value: 'newsletter' }],
      },
    },
    {
      id: 'tp-trip-search',
      name: t({ fr: 'Recherche et comparaison de séjours', en: 'Trip search and comparison' }),
      channel: 'web',
      mode: 'online',
      stageId: 'comparison',
      stepId: 'compare-offers',
      importance: 'high',
      ownerTeam: t({ fr: 'E-commerce', en: 'E-commerce' }),
      selector: { events: ['Products Searched', 'Product Viewed'], channels: ['web', 'app'] },
    },
    {
      id: 'tp-adviser-quote',
      name: t({ fr: 'Devis avec un conseiller', en: 'Quote from a travel adviser' }),
      channel: 'store',
      mode: 'offline',
      stageId: 'comparison',
      stepId: 'request-quote',
      importance: 'critical',
      ownerTeam: t({ fr: 'Agences', en: 'Agencies' }),
      description: t({
        fr: 'En agence ou par téléphone ; la demande peut aussi partir du formulaire du site.',
        en: 'In the agency or by phone; the request can also come from the website form.',
      }),
      selector: { events: ['Quote Requested', 'Appointment Booked'] },
    },
    {
      id: 'tp-booking',
      name: t({ fr: 'Réservation des vols et de l’hébergement', en: 'Flight and accommodation booking' }),
      channel: 'web',
      mode: 'online',
      stageId: 'booking',
      stepId: 'book-trip',
      importance: 'critical',
      ownerTeam: t({ fr: 'E-commerce', en: 'E-commerce' }),
      description: t({
        fr: 'Réservations en ligne et en agence : le sélecteur ne filtre pas sur le canal.',
        en: 'Online and in-agency bookings: the selector does not filter on channel.',
      }),
      isRequired: true,
      selector: { events: ['Order Completed'] },
    },
    {
      id: 'tp-travel-documents',
      name: t({ fr: 'Carnet de voyage et billets', en: 'Travel documents and tickets' }),
      channel: 'email',
      mode: 'online',
      stageId: 'pre-trip',
      stepId: 'receive-documents',
      importance: 'high',
      ownerTeam: t({ fr: 'Production voyages', en: 'Travel operations' }),
      selector: { events: ['Travel Documents Sent'] },
    },
    {
      id: 'tp-departure-reminders',
      name: t({ fr: 'Rappels avant le départ', en: 'Pre-departure reminders' }),
      channel: 'email',
      mode: 'online',
      stageId: 'pre-trip',
      stepId: 'check-formalities',
      importance: 'medium',
      ownerTeam: t({ fr: 'CRM', en: 'CRM' }),
      selector: {
        events: ['Email Opened'],
        where: [{ op: 'eq', property: 'properties.campaign_type', value: 'pre-departure' }],
      },
    },
    {
      id: 'tp-local-welcome',
      name: t({ fr: 'Accueil par le correspondant local', en: 'Welcome by the local representative' }),
      channel: 'partner',
      mode: 'offline',
      stageId: 'trip',
      stepId: 'travel-day',
      importance: 'high',
      ownerTeam: t({ fr: 'Partenaires réceptifs', en: 'Destination partners' }),
      selector: { events: ['Transfer Completed'], channels: ['partner'] },
    },
    {
      id: 'tp-travel-app',
      name: t({ fr: 'Application de voyage', en: 'Travel app' }),
      channel: 'app',
      mode: 'online',
      stageId: 'trip',
      stepId: 'stay',
      importance: 'medium',
      ownerTeam: t({ fr: 'Digital', en: 'Digital' }),
      selector: {
        events: ['Application Opened'],
        where: [{ op: 'eq', property: 'properties.trip_status', value: 'in-progress' }],
      },
    },
    {
      id: 'tp-delay-alert',
      name: t({ fr: 'Alerte SMS en cas de retard', en: 'Delay SMS alert' }),
      channel: 'sms',
      mode: 'online',
      stageId: 'trip',
      stepId: 'handle-disruption',
      importance: 'high',
      ownerTeam: t({ fr: 'Service client', en: 'Customer service' }),
      selector: { events: ['Flight Delay Notified'] },
    },
    {
      id: 'tp-assistance-line',
      name: t({ fr: 'Assistance 24 h/24', en: '24/7 assistance line' }),
      channel: 'phone',
      mode: 'offline',
      stageId: 'trip',
      stepId: 'handle-disruption',
      importance: 'critical',
      ownerTeam: t({ fr: 'Service client', en: 'Customer service' }),
      selector: { events: ['Assistance Requested'], channels: ['phone'] },
    },
    {
      id: 'tp-return-survey',
      name: t({ fr: 'Questionnaire de retour', en: 'Post-trip survey' }),
      channel: 'email',
      mode: 'online',
      stageId: 'return-sharing',
      stepId: 'feedback',
      importance: 'high',
      ownerTeam: t({ fr: 'Expérience client', en: 'Customer experience' }),
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'nps' }],
      },
    },
    {
      id: 'tp-reviews',
      name: t({ fr: 'Avis et photos publiés', en: 'Published reviews and photos' }),
      channel: 'social',
      mode: 'online',
      stageId: 'return-sharing',
      stepId: 'share-memories',
      importance: 'medium',
      ownerTeam: t({ fr: 'Marketing', en: 'Marketing' }),
      selector: { events: ['Product Reviewed'] },
    },
  ]

  const kpis: KpiDefinition[] = [
    {
      id: 'kpi-newsletter-ctr',
      name: t({ fr: 'Taux de clic de la newsletter', en: 'Newsletter click-through rate' }),
      kind: 'ctr',
      formula: t({
        fr: 'Taux de clic = destinataires ayant cliqué au moins un lien (Email Link Clicked) ÷ newsletters délivrées (Email Delivered) × 100',
        en: 'Click-through rate = recipients who clicked at least one link (Email Link Clicked) ÷ newsletters delivered (Email Delivered) × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-newsletter' },
      target: 4,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-quote-request-rate',
      name: t({ fr: 'Taux de demande de devis', en: 'Quote request rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux de demande de devis = visiteurs ayant demandé un devis (Quote Requested) ÷ visiteurs ayant recherché un séjour (Products Searched) sur la période × 100',
        en: 'Quote request rate = visitors who requested a quote (Quote Requested) ÷ visitors who searched for a trip (Products Searched) during the period × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'comparison' },
      target: 8,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-quote-turnaround',
      name: t({ fr: 'Délai d’envoi du devis', en: 'Quote turnaround time' }),
      kind: 'time-to-next-step',
      formula: t({
        fr: 'Délai d’envoi = médiane, en heures, du temps entre la demande de devis (Quote Requested) et l’envoi du devis (Quote Sent)',
        en: 'Turnaround time = median, in hours, of the time between the quote request (Quote Requested) and the quote being sent (Quote Sent)',
      }),
      unit: 'duration-hours',
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-adviser-quote' },
      target: 24,
      direction: 'lower-is-better',
    },
    {
      id: 'kpi-quote-to-booking',
      name: t({ fr: 'Transformation des devis en réservations', en: 'Quote-to-booking conversion rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux de transformation = dossiers réservés (Order Completed) ÷ devis envoyés (Quote Sent) sur la période × 100',
        en: 'Conversion rate = trips booked (Order Completed) ÷ quotes sent (Quote Sent) during the period × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'booking' },
      target: 35,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-booking-ces',
      name: t({ fr: 'Effort de réservation (CES)', en: 'Booking effort (CES)' }),
      kind: 'ces',
      formula: t({
        fr: 'CES = moyenne des réponses à « Réserver ce voyage a été facile », de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)',
        en: 'CES = average answer to “Booking this trip was easy”, from 1 (strongly disagree) to 7 (strongly agree)',
      }),
      unit: 'score',
      scale: { min: 1, max: 7 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-booking' },
      target: 6,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-documents-on-time',
      name: t({ fr: 'Carnets de voyage envoyés à temps', en: 'Travel documents sent on time' }),
      kind: 'custom',
      formula: t({
        fr: 'Part des envois à temps = dossiers dont le carnet de voyage (Travel Documents Sent) part au moins 15 jours avant le départ ÷ dossiers partant sur la période × 100',
        en: 'On-time share = trips whose travel documents (Travel Documents Sent) go out at least 15 days before departure ÷ trips departing during the period × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-travel-documents' },
      target: 95,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-disruption-csat',
      name: t({ fr: 'Satisfaction en cas d’imprévu (CSAT)', en: 'Disruption handling satisfaction (CSAT)' }),
      kind: 'csat',
      formula: t({
        fr: 'CSAT = réponses 4 ou 5 à « Êtes-vous satisfait de l’aide reçue ? » (échelle de 1 à 5) après un appel à l’assistance ÷ total des réponses × 100',
        en: 'CSAT = answers of 4 or 5 to “How satisfied are you with the help you received?” (scale of 1 to 5) after a call to the assistance line ÷ all answers × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-assistance-line' },
      target: 80,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-rebooking-rate',
      name: t({ fr: 'Taux de nouvelle réservation à 18 mois', en: '18-month rebooking rate' }),
      kind: 'custom',
      formula: t({
        fr: 'Taux de nouvelle réservation = clients ayant réservé un nouveau voyage dans les 18 mois suivant leur retour ÷ clients rentrés de voyage sur la période × 100',
        en: 'Rebooking rate = customers who book another trip within 18 months of coming home ÷ customers who came home during the period × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'return-sharing' },
      target: 40,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-nps',
      name: t({ fr: 'Net Promoter Score (NPS)', en: 'Net Promoter Score (NPS)' }),
      kind: 'nps',
      formula: t({
        fr: 'NPS = % de promoteurs (notes 9 et 10) − % de détracteurs (notes 0 à 6) parmi les réponses à « Recommanderiez-vous notre agence à un proche ? » (échelle de 0 à 10)',
        en: 'NPS = % promoters (scores 9 and 10) − % detractors (scores 0 to 6) among answers to “How likely are you to recommend our agency to a friend?” (scale of 0 to 10)',
      }),
      unit: 'score',
      scale: { min: -100, max: 100 },
      appliesTo: { level: 'map' },
      target: 45,
      direction: 'higher-is-better',
    },
  ]

  return buildTemplate({
    id: `${TEMPLATE_ID}-${locale}`,
    templateId: TEMPLATE_ID,
    locale,
    title: t({
      fr: 'Parcours d’une famille avec une agence de voyages',
      en: 'A family’s journey with a travel agency',
    }),
    objective: t({
      fr: 'Repérer les moments où les familles hésitent ou perdent confiance, de la recherche d’idées jusqu’au retour, et améliorer en priorité la réactivité des devis et l’accompagnement en cas de retard.',
      en: 'Find the moments when families hesitate or lose trust, from looking for ideas to coming home, and improve quote response times and support during delays first.',
    }),
    type: 'current',
    personas: [
      {
        id: PERSONA_ID,
        name: 'Julien Moreau',
        avatar: 'JM',
        audience: 'b2c',
        quote: t({
          fr: '« Je veux des vacances où tout est prévu, et quelqu’un à appeler si quelque chose déraille. »',
          en: '“I want a holiday where everything is planned, and someone to call if anything goes wrong.”',
        }),
        summary: t({
          fr: 'Père de famille organisé, il prépare chaque été un séjour à l’étranger avec ses enfants et passe par une agence pour être accompagné en cas d’imprévu.',
          en: 'An organised father who plans a trip abroad with his children every summer and uses an agency so that he has support if something goes wrong.',
        }),
        demographics: {
          ageRange: t({ fr: '40 à 49 ans', en: '40–49' }),
          gender: t({ fr: 'Homme', en: 'Male' }),
          location: t({ fr: 'Nantes', en: 'Nantes, France' }),
          occupation: t({ fr: 'Ingénieur dans l’industrie', en: 'Engineer in manufacturing' }),
          income: t({
            fr: '4 200 € nets par mois (6 500 € pour le foyer)',
            en: '€4,200 net per month (€6,500 for the household)',
          }),
          education: t({ fr: 'Diplôme d’ingénieur', en: 'Engineering degree' }),
          familyStatus: t({ fr: 'Marié, deux enfants de 8 et 11 ans', en: 'Married, two children aged 8 and 11' }),
        },
        psychographics: {
          lifestyle: t({
            fr: [
              'Vie de famille rythmée par l’école et les activités des enfants',
              'Deux semaines de congés en été, une semaine en hiver',
            ],
            en: [
              'Family life organised around school and the children’s activities',
              'Two weeks off in summer, one week in winter',
            ],
          }),
          habits: t({
            fr: [
              'Commence à chercher sa destination dès janvier',
              'Compare les offres sur plusieurs sites le soir, avec sa conjointe',
              'Imprime encore les documents de voyage « au cas où »',
            ],
            en: [
              'Starts looking for a destination in January',
              'Compares offers on several websites in the evening with his wife',
              'Still prints travel documents “just in case”',
            ],
          }),
          values: t({
            fr: ['Sécurité de la famille', 'Rapport qualité-prix', 'Tranquillité d’esprit'],
            en: ['His family’s safety', 'Value for money', 'Peace of mind'],
          }),
          interests: t({
            fr: ['Randonnée', 'Découverte culturelle', 'Photographie de voyage'],
            en: ['Hiking', 'Discovering other cultures', 'Travel photography'],
          }),
        },
        goals: t({
          fr: [
            'Offrir à sa famille des vacances réussies dans un budget fixé à l’avance',
            'Réserver vols et hébergement au bon moment, au meilleur prix',
            'Ne rien avoir à gérer seul en cas d’imprévu',
          ],
          en: [
            'Give his family a great holiday within a budget set in advance',
            'Book flights and accommodation at the right time, for the best price',
            'Not have to sort things out alone if something goes wrong',
          ],
        }),
        needs: t({
          fr: [
            'Des propositions adaptées aux enfants : horaires de vol, chambres familiales, activités',
            'Un devis clair, taxes et options comprises',
            'Des conditions de modification et d’annulation lisibles',
            'Une assistance joignable pendant tout le séjour',
          ],
          en: [
            'Suggestions that suit children: flight times, family rooms, activities',
            'A clear quote, including taxes and options',
            'Easy-to-read change and cancellation terms',
            'Assistance that can be reached throughout the trip',
          ],
        }),
        frustrations: t({
          fr: [
            'Peu de vols à des horaires compatibles avec des enfants',
            'Des conditions d’annulation rigides ou cachées',
            'Les retards imprévus qui désorganisent le programme',
            'Devoir répéter sa demande à chaque nouvel interlocuteur',
          ],
          en: [
            'Few flights at times that suit children',
            'Rigid or hidden cancellation terms',
            'Unexpected delays that upset the plans',
            'Having to repeat his request to every new person he speaks to',
          ],
        }),
        motivations: t({
          fr: [
            'Partager des souvenirs en famille',
            'Faire découvrir d’autres cultures à ses enfants',
            'La fierté d’avoir bien organisé le voyage',
          ],
          en: [
            'Sharing memories as a family',
            'Showing his children other cultures',
            'The pride of having organised the trip well',
          ],
        }),
        preferredChannels: ['web', 'email', 'phone', 'store', 'app'],
        sections: [
          {
            title: t({ fr: 'Critères de choix', en: 'Buying criteria' }),
            body: t({
              fr: 'Budget total du séjour, horaires de vol, souplesse des conditions d’annulation, avis d’autres familles, présence d’une agence près de chez lui.',
              en: 'Total cost of the trip, flight times, flexible cancellation terms, reviews from other families, an agency close to home.',
            }),
          },
        ],
      },
    ],
    phases: [
      { id: 'before-trip', name: t({ fr: 'Avant le voyage', en: 'Before the trip' }) },
      { id: 'during-trip', name: t({ fr: 'Pendant le voyage', en: 'During the trip' }) },
      { id: 'after-trip', name: t({ fr: 'Après le voyage', en: 'After the trip' }) },
    ],
    stages,
    rows: [
      {
        lane: { id: 'actions', kind: 'actions', title: t({ fr: 'Actions', en: 'Actions' }) },
        cells: {
          inspiration: t({
            fr: [
              'Parcourt des idées de destinations sur le site, Instagram et les blogs de voyage',
              'S’inscrit à la newsletter pour recevoir les offres',
              'Demande conseil à des amis qui ont voyagé en famille',
              'Fixe un budget et des dates avec sa conjointe',
            ],
            en: [
              'Browses destination ideas on the website, Instagram and travel blogs',
              'Signs up to the newsletter to receive offers',
              'Asks friends who have travelled with children for advice',
              'Sets a budget and dates with his wife',
            ],
          }),
          comparison: t({
            fr: [
              'Compare les formules (vol + hôtel, circuit, club) sur plusieurs sites',
              'Vérifie les horaires de vol et les conditions d’annulation',
              'Lit les avis d’autres familles',
              'Demande un devis personnalisé à un conseiller',
            ],
            en: [
              'Compares packages (flight + hotel, tour, resort) on several websites',
              'Checks flight times and cancellation terms',
              'Reads reviews from other families',
              'Asks an adviser for a tailored quote',
            ],
          }),
          booking: t({
            fr: [
              'Valide le devis avec le conseiller ou en ligne',
              'Choisit ses options : bagages, sièges, assurance annulation',
              'Paie l’acompte',
              'Reçoit la confirmation de réservation',
            ],
            en: [
              'Approves the quote with the adviser or online',
              'Chooses options: luggage, seats, cancellation insurance',
              'Pays the deposit',
              'Receives the booking confirmation',
            ],
          }),
          'pre-trip': t({
            fr: [
              'Reçoit le carnet de voyage et les billets',
              'Vérifie passeports, visas et formalités sanitaires',
              'Fait l’enregistrement en ligne',
              'Pose ses dernières questions au conseiller',
            ],
            en: [
              'Receives the travel documents and tickets',
              'Checks passports, visas and health requirements',
              'Checks in online',
              'Asks the adviser his last questions',
            ],
          }),
          trip: t({
            fr: [
              'Se rend à l’aéroport avec les enfants',
              'Est accueilli par le correspondant local',
              'Suit le programme et réserve des excursions',
              'Contacte l’assistance en cas de retard ou de problème',
            ],
            en: [
              'Goes to the airport with the children',
              'Is welcomed by the local representative',
              'Follows the programme and books excursions',
              'Calls the assistance line if there is a delay or a problem',
            ],
          }),
          'return-sharing': t({
            fr: [
              'Répond au questionnaire de satisfaction',
              'Publie ses photos et laisse un avis',
              'Raconte son voyage à ses proches',
              'Reçoit des idées pour le prochain séjour',
            ],
            en: [
              'Answers the satisfaction survey',
              'Posts his photos and leaves a review',
              'Tells friends and family about the trip',
              'Receives ideas for the next holiday',
            ],
          }),
        },
      },
      {
        lane: commonLane(locale, 'thoughts'),
        cells: {
          inspiration: t({
            fr: [
              '« Où partir avec les enfants sans se ruiner ? »',
              '« Cette destination a l’air superbe, mais est-elle adaptée à des enfants de 8 et 11 ans ? »',
            ],
            en: [
              '“Where can we go with the kids without breaking the bank?”',
              '“This destination looks amazing, but is it right for children aged 8 and 11?”',
            ],
          }),
          comparison: t({
            fr: [
              '« Pourquoi ce vol est-il si cher en juillet ? »',
              '« Qu’est-ce qui est vraiment inclus dans ce prix ? »',
            ],
            en: ['“Why is this flight so expensive in July?”', '“What is really included in this price?”'],
          }),
          booking: t({
            fr: [
              '« Il faut réserver maintenant, sinon il n’y aura plus de place. »',
              '« Et si l’un de nous tombe malade avant le départ ? »',
            ],
            en: [
              '“We need to book now, or there won’t be any seats left.”',
              '“What if one of us falls ill before we leave?”',
            ],
          }),
          'pre-trip': t({
            fr: [
              '« Est-ce qu’on a bien tous les papiers ? »',
              '« À quelle heure faut-il vraiment être à l’aéroport ? »',
            ],
            en: ['“Do we have all the paperwork?”', '“What time do we really need to be at the airport?”'],
          }),
          trip: t({
            fr: [
              '« Enfin en vacances ! »',
              '« Trois heures de retard : qui va prévenir l’hôtel de notre arrivée tardive ? »',
            ],
            en: ['“On holiday at last!”', '“A three-hour delay: who is going to tell the hotel we’ll arrive late?”'],
          }),
          'return-sharing': t({
            fr: [
              '« C’était réussi, on repartira avec eux. »',
              '« Dommage que personne ne nous ait aidés pendant le retard. »',
            ],
            en: ['“It went well, we’ll travel with them again.”', '“Pity nobody helped us during the delay.”'],
          }),
        },
      },
      {
        lane: commonLane(locale, 'feelings'),
        cells: {
          inspiration: t({
            fr: 'Enthousiasme et envie d’évasion, vite mêlés de doute devant la masse d’informations.',
            en: 'Excited and longing to get away, soon mixed with doubt in front of so much information.',
          }),
          comparison: t({
            fr: 'Fatigue et méfiance : les prix changent et les conditions sont difficiles à comparer.',
            en: 'Tired and suspicious: prices keep changing and terms are hard to compare.',
          }),
          booking: t({
            fr: 'Soulagement une fois la réservation faite, mais crainte de s’être trompé.',
            en: 'Relieved once the booking is made, but afraid of having made a mistake.',
          }),
          'pre-trip': t({
            fr: 'Excitation qui monte, avec un peu de stress logistique.',
            en: 'Growing excitement, with some stress about logistics.',
          }),
          trip: t({
            fr: 'Plaisir et détente ; forte anxiété si un retard ou un imprévu survient.',
            en: 'Enjoyment and relaxation; strong anxiety if a delay or a problem occurs.',
          }),
          'return-sharing': t({
            fr: 'Nostalgie et fierté ; rancœur durable si un incident a été mal géré.',
            en: 'Nostalgia and pride; lasting resentment if an incident was badly handled.',
          }),
        },
      },
      {
        lane: emotionLane(locale, {
          id: 'emotions',
          curves: [
            {
              id: 'curve-current',
              label: t({ fr: 'Julien — expérience actuelle', en: 'Julien — current experience' }),
              personaId: PERSONA_ID,
              state: 'current',
              points: [
                {
                  stageId: 'inspiration',
                  value: 1,
                  note: t({ fr: 'Plaisir de rêver au voyage', en: 'Enjoys dreaming about the trip' }),
                },
                {
                  stageId: 'comparison',
                  value: -1,
                  note: t({
                    fr: 'Offres difficiles à comparer, vols limités',
                    en: 'Offers hard to compare, limited flights',
                  }),
                },
                {
                  stageId: 'booking',
                  value: 1,
                  note: t({ fr: 'Soulagement après la réservation', en: 'Relief once the trip is booked' }),
                },
                {
                  stageId: 'pre-trip',
                  value: 0,
                  note: t({ fr: 'Stress des formalités', en: 'Stress about paperwork' }),
                },
                {
                  stageId: 'trip',
                  value: 0,
                  note: t({
                    fr: 'Séjour apprécié, mais retard du vol aller mal accompagné',
                    en: 'An enjoyable stay, but little support during the outbound flight delay',
                  }),
                },
                {
                  stageId: 'return-sharing',
                  value: 1,
                  note: t({ fr: 'Souvenirs partagés, envie de repartir', en: 'Memories shared, keen to go again' }),
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
          inspiration: { channels: ['web', 'social', 'email', 'word-of-mouth'] },
          comparison: { channels: ['web', 'phone', 'store'] },
          booking: { channels: ['web', 'store', 'phone'] },
          'pre-trip': { channels: ['email', 'app', 'phone'] },
          trip: { channels: ['app', 'sms', 'phone', 'partner'] },
          'return-sharing': { channels: ['email', 'social', 'word-of-mouth'] },
        },
      },
      {
        lane: commonLane(locale, 'pain-points'),
        cells: {
          inspiration: {
            cards: [
              painPoint(1, ['browse-destinations'], {
                fr: [
                  'Trop d’informations, peu de repères',
                  'Les idées de destinations ne disent ni si elles conviennent aux familles, ni quel budget total prévoir.',
                ],
                en: [
                  'Too much information, too few landmarks',
                  'Destination ideas say neither whether they suit families nor what total budget to plan for.',
                ],
              }),
            ],
          },
          comparison: {
            cards: [
              painPoint(3, ['compare-offers'], {
                fr: [
                  'Options de vol limitées',
                  'En haute saison, peu de vols à des horaires compatibles avec des enfants et à un prix raisonnable.',
                ],
                en: [
                  'Limited flight options',
                  'In high season, few flights at child-friendly times and at a reasonable price.',
                ],
              }),
              painPoint(2, ['request-quote'], {
                fr: [
                  'Devis lent à obtenir',
                  'Le devis personnalisé arrive parfois plusieurs jours après la demande : le client a déjà réservé ailleurs.',
                ],
                en: [
                  'Slow quotes',
                  'The tailored quote sometimes arrives several days after the request: by then the customer has booked elsewhere.',
                ],
              }),
            ],
          },
          booking: {
            cards: [
              painPoint(2, ['book-trip'], {
                fr: [
                  'Conditions d’annulation peu lisibles',
                  'Souplesse limitée et frais de modification découverts au moment de payer.',
                ],
                en: ['Unclear cancellation terms', 'Limited flexibility and change fees discovered only at payment.'],
              }),
            ],
          },
          'pre-trip': {
            cards: [
              painPoint(2, ['check-formalities'], {
                fr: [
                  'Formalités laissées au client',
                  'Le client vérifie seul passeports, visas et exigences sanitaires, avec la peur d’un refus à l’embarquement.',
                ],
                en: [
                  'Travel requirements left to the customer',
                  'The customer checks passports, visas and health requirements alone, fearing being refused boarding.',
                ],
              }),
            ],
          },
          trip: {
            cards: [
              painPoint(3, ['handle-disruption'], {
                fr: [
                  'Retards imprévus mal accompagnés',
                  'En cas de retard ou d’annulation de vol, le client ne sait pas qui appeler et réorganise seul transferts et nuitées.',
                ],
                en: [
                  'Little support during unexpected delays',
                  'When a flight is delayed or cancelled, the customer doesn’t know who to call and rearranges transfers and nights alone.',
                ],
              }),
            ],
          },
          'return-sharing': {
            cards: [
              painPoint(2, ['feedback'], {
                fr: [
                  'Aucun suivi après un incident',
                  'Le questionnaire de retour est générique et ne revient pas sur le problème vécu pendant le voyage.',
                ],
                en: [
                  'No follow-up after an incident',
                  'The post-trip survey is generic and never comes back to the problem experienced during the trip.',
                ],
              }),
            ],
          },
        },
      },
      {
        lane: commonLane(locale, 'opportunities'),
        cells: {
          inspiration: {
            cards: [
              opportunity('high', 'medium', ['browse-destinations'], {
                fr: [
                  'Idées filtrées par profil de voyageurs',
                  'Proposer des destinations filtrées par âge des enfants, budget total et durée de vol.',
                ],
                en: [
                  'Ideas filtered by traveller profile',
                  'Suggest destinations filtered by children’s ages, total budget and flight time.',
                ],
              }),
            ],
          },
          comparison: {
            cards: [
              opportunity('high', 'medium', ['request-quote'], {
                fr: [
                  'Devis en 24 heures avec des alternatives',
                  'Un conseiller envoie sous 24 heures un devis complet, avec deux alternatives de dates ou d’aéroports.',
                ],
                en: [
                  'Quotes within 24 hours, with alternatives',
                  'An adviser sends a full quote within 24 hours, with two alternative dates or airports.',
                ],
              }),
            ],
          },
          booking: {
            cards: [
              opportunity('medium', 'low', ['book-trip'], {
                fr: [
                  'Conditions d’annulation en une phrase',
                  'Résumer la souplesse et les frais de modification avant le paiement, en langage simple.',
                ],
                en: [
                  'Cancellation terms in one sentence',
                  'Summarise flexibility and change fees before payment, in plain language.',
                ],
              }),
            ],
          },
          'pre-trip': {
            cards: [
              opportunity('high', 'low', ['check-formalities'], {
                fr: [
                  'Liste de départ personnalisée',
                  'Envoyer à J-30, J-7 et J-1 les formalités et rappels propres à la destination et aux voyageurs.',
                ],
                en: [
                  'Personalised departure checklist',
                  'Send the requirements and reminders specific to the destination and travellers 30 days, 7 days and 1 day before departure.',
                ],
              }),
            ],
          },
          trip: {
            cards: [
              opportunity('high', 'high', ['handle-disruption'], {
                fr: [
                  'Assistance proactive en cas de retard',
                  'Prévenir le client par SMS dès qu’un retard est connu et réorganiser transferts et hôtel à sa place.',
                ],
                en: [
                  'Proactive support during delays',
                  'Text the customer as soon as a delay is known and rearrange transfers and hotel on their behalf.',
                ],
              }),
            ],
          },
          'return-sharing': {
            cards: [
              opportunity('high', 'low', ['feedback'], {
                fr: [
                  'Rappel personnel après un incident',
                  'Le conseiller rappelle les clients ayant signalé un problème et propose un geste commercial.',
                ],
                en: [
                  'A personal call after an incident',
                  'The adviser calls back customers who reported a problem and offers a goodwill gesture.',
                ],
              }),
              opportunity('medium', 'low', ['next-trip'], {
                fr: [
                  'Idées pour le prochain voyage',
                  'Quelques mois après le retour, proposer des destinations inspirées du voyage réussi.',
                ],
                en: [
                  'Ideas for the next trip',
                  'A few months after the return, suggest destinations inspired by the successful trip.',
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
