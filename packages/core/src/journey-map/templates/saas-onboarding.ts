import type { KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type TemplateDefinition, type TemplateInstance, type TemplateLocale } from './template.js'
import { commonLane, emotionLane, inlineTextKit, kpiCells, kpiTargetLabel, touchpointCells } from './template-kit.js'

const TEMPLATE_ID = 'saas-onboarding'
const PERSONA_ID = 'saas-onboarding-lea'

/** A B2B SaaS free trial, from sign-up to renewal (common product-led practice). */
export const saasOnboardingTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'sector',
  title: {
    fr: 'SaaS B2B : de l’essai gratuit au renouvellement',
    en: 'B2B SaaS: from free trial to renewal',
  },
  description: {
    fr: 'Le parcours d’une entreprise qui essaie un logiciel en ligne : inscription, activation et première valeur, adoption par l’équipe, passage au payant, expansion et renouvellement.',
    en: 'The journey of a company trying out online software: sign-up, activation and first value, team adoption, upgrade to paid, expansion and renewal.',
  },
  source: 'practice',
  build: buildSaasOnboarding,
}

function buildSaasOnboarding(locale: TemplateLocale): TemplateInstance {
  const { t, painPoint, opportunity } = inlineTextKit(locale)

  const stages: Stage[] = [
    {
      id: 'sign-up',
      name: t({ fr: 'Inscription', en: 'Sign-up' }),
      description: t({
        fr: 'Le prospect crée un compte d’essai, confirme son adresse et décrit son besoin.',
        en: 'The prospect creates a trial account, confirms their email address and describes their need.',
      }),
      steps: [
        { id: 'create-account', name: t({ fr: 'Création du compte', en: 'Creating the account' }) },
        { id: 'verify-email', name: t({ fr: 'Confirmation de l’adresse e-mail', en: 'Confirming the email address' }) },
        { id: 'welcome-survey', name: t({ fr: 'Questionnaire de bienvenue', en: 'Welcome survey' }) },
      ],
    },
    {
      id: 'activation',
      name: t({ fr: 'Activation et première valeur', en: 'Activation & first value' }),
      description: t({
        fr: 'L’utilisatrice configure son espace, importe ses données et obtient un premier résultat utile.',
        en: 'The user sets up the workspace, imports data and gets a first useful result.',
      }),
      steps: [
        { id: 'setup-workspace', name: t({ fr: 'Configuration de l’espace', en: 'Setting up the workspace' }) },
        { id: 'import-data', name: t({ fr: 'Import des données existantes', en: 'Importing existing data' }) },
        {
          id: 'first-value',
          name: t({ fr: 'Premier résultat utile', en: 'First useful result' }),
          description: t({
            fr: 'Le premier tableau de bord partagé qui remplace un tableur : l’utilisatrice voit enfin pourquoi l’outil vaut l’effort.',
            en: 'The first shared dashboard that replaces a spreadsheet: the user finally sees why the tool is worth the effort.',
          }),
          isMomentOfTruth: true,
        },
      ],
    },
    {
      id: 'adoption',
      name: t({ fr: 'Adoption par l’équipe', en: 'Team adoption' }),
      description: t({
        fr: 'L’équipe est invitée, connecte ses outils et prend l’habitude de travailler dans le produit.',
        en: 'The team is invited, connects its tools and gets into the habit of working in the product.',
      }),
      steps: [
        { id: 'invite-team', name: t({ fr: 'Invitation de l’équipe', en: 'Inviting the team' }) },
        { id: 'connect-integrations', name: t({ fr: 'Connexion des intégrations', en: 'Connecting integrations' }) },
        { id: 'weekly-use', name: t({ fr: 'Usage hebdomadaire', en: 'Weekly use' }) },
      ],
    },
    {
      id: 'upgrade',
      name: t({ fr: 'Passage au payant', en: 'Upgrade to paid' }),
      description: t({
        fr: 'À la fin de l’essai, l’entreprise choisit une offre, fait valider le budget et paie.',
        en: 'At the end of the trial, the company chooses a plan, gets the budget approved and pays.',
      }),
      steps: [
        { id: 'trial-ending', name: t({ fr: 'Fin de l’essai', en: 'Trial ending' }) },
        {
          id: 'choose-plan',
          name: t({ fr: 'Choix de l’offre', en: 'Choosing a plan' }),
          description: t({
            fr: 'La championne doit convaincre le décideur financier : la valeur perçue doit être évidente et chiffrée.',
            en: 'The champion has to convince the budget holder: the value must be obvious and backed by figures.',
          }),
          isMomentOfTruth: true,
        },
        { id: 'pay', name: t({ fr: 'Paiement et facturation', en: 'Payment and invoicing' }) },
      ],
    },
    {
      id: 'expansion',
      name: t({ fr: 'Expansion et renouvellement', en: 'Expansion & renewal' }),
      description: t({
        fr: 'Le compte s’étend à d’autres équipes, fait le point avec le customer success et renouvelle son abonnement.',
        en: 'The account spreads to other teams, reviews progress with customer success and renews its subscription.',
      }),
      steps: [
        { id: 'account-review', name: t({ fr: 'Bilan avec le customer success', en: 'Review with customer success' }) },
        { id: 'add-seats', name: t({ fr: 'Ajout d’utilisateurs', en: 'Adding users' }) },
        { id: 'renewal', name: t({ fr: 'Renouvellement', en: 'Renewal' }) },
      ],
    },
  ]

  const touchpoints: Touchpoint[] = [
    {
      id: 'tp-signup-form',
      name: t({ fr: 'Formulaire d’inscription', en: 'Sign-up form' }),
      channel: 'web',
      mode: 'online',
      stageId: 'sign-up',
      stepId: 'create-account',
      importance: 'critical',
      ownerTeam: t({ fr: 'Growth', en: 'Growth' }),
      isRequired: true,
      selector: { events: ['Signed Up'], channels: ['web'] },
    },
    {
      id: 'tp-confirmation-email',
      name: t({ fr: 'E-mail de confirmation', en: 'Confirmation email' }),
      channel: 'email',
      mode: 'online',
      stageId: 'sign-up',
      stepId: 'verify-email',
      importance: 'high',
      ownerTeam: t({ fr: 'Growth', en: 'Growth' }),
      selector: {
        events: ['Email Link Clicked'],
        where: [{ op: 'eq', property: 'properties.email_id', value: 'confirm-email' }],
      },
    },
    {
      id: 'tp-welcome-survey',
      name: t({ fr: 'Questionnaire de bienvenue', en: 'Welcome survey' }),
      channel: 'web',
      mode: 'online',
      stageId: 'sign-up',
      stepId: 'welcome-survey',
      importance: 'medium',
      ownerTeam: t({ fr: 'Produit', en: 'Product' }),
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'welcome' }],
      },
    },
    {
      id: 'tp-onboarding-checklist',
      name: t({ fr: 'Liste de démarrage dans le produit', en: 'In-product onboarding checklist' }),
      channel: 'web',
      mode: 'online',
      stageId: 'activation',
      stepId: 'setup-workspace',
      importance: 'high',
      ownerTeam: t({ fr: 'Produit', en: 'Product' }),
      selector: { events: ['Onboarding Step Completed'] },
    },
    {
      id: 'tp-data-import',
      name: t({ fr: 'Import de données', en: 'Data import' }),
      channel: 'web',
      mode: 'online',
      stageId: 'activation',
      stepId: 'import-data',
      importance: 'high',
      ownerTeam: t({ fr: 'Produit', en: 'Product' }),
      selector: { events: ['Data Imported'] },
    },
    {
      id: 'tp-first-dashboard',
      name: t({ fr: 'Premier tableau de bord partagé', en: 'First shared dashboard' }),
      channel: 'web',
      mode: 'online',
      stageId: 'activation',
      stepId: 'first-value',
      importance: 'critical',
      ownerTeam: t({ fr: 'Produit', en: 'Product' }),
      description: t({
        fr: 'L’événement d’activation : remplacez-le par le premier résultat utile de votre propre produit.',
        en: 'The activation event: replace it with the first useful result of your own product.',
      }),
      isRequired: true,
      selector: { events: ['Dashboard Shared'] },
    },
    {
      id: 'tp-team-invite',
      name: t({ fr: 'Invitation des collègues', en: 'Teammate invitations' }),
      channel: 'web',
      mode: 'online',
      stageId: 'adoption',
      stepId: 'invite-team',
      importance: 'critical',
      ownerTeam: t({ fr: 'Produit', en: 'Product' }),
      selector: { events: ['Invite Sent'] },
    },
    {
      id: 'tp-integrations',
      name: t({ fr: 'Connexion des intégrations', en: 'Integration setup' }),
      channel: 'web',
      mode: 'online',
      stageId: 'adoption',
      stepId: 'connect-integrations',
      importance: 'medium',
      ownerTeam: t({ fr: 'Produit', en: 'Product' }),
      selector: { events: ['Integration Connected'] },
    },
    {
      id: 'tp-support-chat',
      name: t({ fr: 'Chat du support', en: 'Support chat' }),
      channel: 'chat',
      mode: 'online',
      stageId: 'adoption',
      stepId: 'weekly-use',
      importance: 'medium',
      ownerTeam: t({ fr: 'Support', en: 'Support' }),
      selector: { events: ['Conversation Started'], channels: ['chat'] },
    },
    {
      id: 'tp-trial-reminder',
      name: t({ fr: 'Rappel de fin d’essai', en: 'Trial-ending reminder' }),
      channel: 'email',
      mode: 'online',
      stageId: 'upgrade',
      stepId: 'trial-ending',
      importance: 'high',
      ownerTeam: t({ fr: 'Growth', en: 'Growth' }),
      selector: {
        events: ['Email Opened'],
        where: [{ op: 'eq', property: 'properties.email_id', value: 'trial-ending' }],
      },
    },
    {
      id: 'tp-pricing-page',
      name: t({ fr: 'Page tarifs', en: 'Pricing page' }),
      channel: 'web',
      mode: 'online',
      stageId: 'upgrade',
      stepId: 'choose-plan',
      importance: 'high',
      ownerTeam: t({ fr: 'Marketing', en: 'Marketing' }),
      selector: {
        events: ['Page Viewed'],
        where: [{ op: 'eq', property: 'properties.path', value: '/pricing' }],
      },
    },
    {
      id: 'tp-subscription-checkout',
      name: t({ fr: 'Souscription de l’abonnement', en: 'Subscription checkout' }),
      channel: 'web',
      mode: 'online',
      stageId: 'upgrade',
      stepId: 'pay',
      importance: 'critical',
      ownerTeam: t({ fr: 'Growth', en: 'Growth' }),
      isRequired: true,
      selector: { events: ['Subscription Started'] },
    },
    {
      id: 'tp-account-review',
      name: t({ fr: 'Bilan trimestriel avec le customer success', en: 'Quarterly account review' }),
      channel: 'phone',
      mode: 'offline',
      stageId: 'expansion',
      stepId: 'account-review',
      importance: 'high',
      ownerTeam: t({ fr: 'Customer success', en: 'Customer success' }),
      selector: {
        events: ['Meeting Completed'],
        where: [{ op: 'eq', property: 'properties.meeting_type', value: 'account-review' }],
      },
    },
    {
      id: 'tp-seat-upgrade',
      name: t({ fr: 'Ajout d’utilisateurs et montée en gamme', en: 'Seat and plan upgrades' }),
      channel: 'web',
      mode: 'online',
      stageId: 'expansion',
      stepId: 'add-seats',
      importance: 'high',
      ownerTeam: t({ fr: 'Customer success', en: 'Customer success' }),
      selector: { events: ['Account Added User', 'Subscription Upgraded'] },
    },
    {
      id: 'tp-nps-survey',
      name: t({ fr: 'Enquête NPS dans le produit', en: 'In-product NPS survey' }),
      channel: 'web',
      mode: 'online',
      stageId: 'expansion',
      importance: 'medium',
      ownerTeam: t({ fr: 'Expérience client', en: 'Customer experience' }),
      selector: {
        events: ['Survey Answered'],
        where: [{ op: 'eq', property: 'properties.survey', value: 'nps' }],
      },
    },
    {
      id: 'tp-renewal-notice',
      name: t({ fr: 'Avis de renouvellement', en: 'Renewal notice' }),
      channel: 'email',
      mode: 'online',
      stageId: 'expansion',
      stepId: 'renewal',
      importance: 'high',
      ownerTeam: t({ fr: 'Customer success', en: 'Customer success' }),
      selector: {
        events: ['Email Delivered'],
        where: [{ op: 'eq', property: 'properties.email_id', value: 'renewal-notice' }],
      },
    },
  ]

  const kpis: KpiDefinition[] = [
    {
      id: 'kpi-email-verification-rate',
      name: t({ fr: 'Taux de confirmation des inscriptions', en: 'Sign-up confirmation rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux de confirmation = comptes ayant confirmé leur adresse e-mail dans les 48 heures ÷ inscriptions (Signed Up) sur la période × 100',
        en: 'Confirmation rate = accounts that confirmed their email address within 48 hours ÷ sign-ups (Signed Up) during the period × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'sign-up' },
      target: 85,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-activation-rate',
      name: t({ fr: 'Taux d’activation', en: 'Activation rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux d’activation = comptes ayant partagé un premier tableau de bord (Dashboard Shared) dans les 7 jours suivant l’inscription ÷ comptes ayant confirmé leur adresse × 100',
        en: 'Activation rate = accounts that shared a first dashboard (Dashboard Shared) within 7 days of signing up ÷ accounts that confirmed their email address × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'activation' },
      target: 40,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-time-to-value',
      name: t({ fr: 'Délai jusqu’à la première valeur', en: 'Time to first value' }),
      kind: 'time-to-next-step',
      formula: t({
        fr: 'Délai jusqu’à la première valeur = médiane, en heures, du temps entre l’inscription (Signed Up) et le premier tableau de bord partagé (Dashboard Shared) du compte',
        en: 'Time to first value = median, in hours, of the time between sign-up (Signed Up) and the account’s first shared dashboard (Dashboard Shared)',
      }),
      unit: 'duration-hours',
      appliesTo: { level: 'touchpoint', touchpointId: 'tp-first-dashboard' },
      target: 24,
      direction: 'lower-is-better',
    },
    {
      id: 'kpi-team-adoption',
      name: t({ fr: 'Comptes adoptés par l’équipe', en: 'Team-adopted accounts' }),
      kind: 'custom',
      formula: t({
        fr: 'Taux d’adoption = comptes activés comptant au moins 3 utilisateurs actifs pendant la deuxième semaine ÷ comptes activés × 100',
        en: 'Adoption rate = activated accounts with at least 3 active users in their second week ÷ activated accounts × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'adoption' },
      target: 50,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-trial-to-paid',
      name: t({ fr: 'Conversion de l’essai en abonnement', en: 'Trial-to-paid conversion rate' }),
      kind: 'conversion-rate',
      formula: t({
        fr: 'Taux de conversion = comptes ayant souscrit un abonnement (Subscription Started) ÷ comptes dont l’essai s’est terminé (Trial Ended) sur la période × 100',
        en: 'Conversion rate = accounts that subscribed (Subscription Started) ÷ accounts whose trial ended (Trial Ended) during the period × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'upgrade' },
      target: 20,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-net-revenue-retention',
      name: t({ fr: 'Rétention nette du revenu (NRR)', en: 'Net revenue retention (NRR)' }),
      kind: 'custom',
      formula: t({
        fr: 'NRR = revenu récurrent mensuel, 12 mois plus tard, des comptes payants d’une cohorte (expansion comprise, réductions et résiliations déduites) ÷ revenu récurrent mensuel de cette cohorte au départ × 100',
        en: 'NRR = monthly recurring revenue, 12 months later, of a cohort of paying accounts (including expansion, minus contraction and churn) ÷ monthly recurring revenue of that cohort at the start × 100',
      }),
      unit: 'percent',
      appliesTo: { level: 'stage', stageId: 'expansion' },
      target: 110,
      direction: 'higher-is-better',
    },
    {
      id: 'kpi-logo-churn',
      name: t({ fr: 'Attrition mensuelle des comptes', en: 'Monthly logo churn' }),
      kind: 'churn-rate',
      formula: t({
        fr: 'Taux d’attrition = comptes payants ayant résilié dans le mois ÷ comptes payants au début du mois × 100',
        en: 'Churn rate = paying accounts that cancelled during the month ÷ paying accounts at the start of the month × 100',
      }),
      unit: 'percent',
      scale: { min: 0, max: 100 },
      appliesTo: { level: 'stage', stageId: 'expansion' },
      target: 2,
      direction: 'lower-is-better',
    },
    {
      id: 'kpi-nps',
      name: t({ fr: 'Net Promoter Score (NPS)', en: 'Net Promoter Score (NPS)' }),
      kind: 'nps',
      formula: t({
        fr: 'NPS = % de promoteurs (notes 9 et 10) − % de détracteurs (notes 0 à 6) parmi les réponses à « Recommanderiez-vous notre logiciel à un collègue ? » (échelle de 0 à 10)',
        en: 'NPS = % promoters (scores 9 and 10) − % detractors (scores 0 to 6) among answers to “How likely are you to recommend our software to a colleague?” (scale of 0 to 10)',
      }),
      unit: 'score',
      scale: { min: -100, max: 100 },
      appliesTo: { level: 'map' },
      target: 35,
      direction: 'higher-is-better',
    },
  ]

  return buildTemplate({
    id: `${TEMPLATE_ID}-${locale}`,
    templateId: TEMPLATE_ID,
    locale,
    title: t({ fr: 'Parcours d’onboarding d’un logiciel SaaS B2B', en: 'B2B SaaS onboarding journey' }),
    objective: t({
      fr: 'Identifier où les comptes d’essai décrochent entre l’inscription et le passage au payant, et raccourcir le temps jusqu’à la première valeur pour toute l’équipe du client, pas seulement pour la personne qui s’est inscrite.',
      en: 'Find where trial accounts drop out between sign-up and upgrade, and shorten the time to first value for the customer’s whole team, not just for the person who signed up.',
    }),
    type: 'current',
    personas: [
      {
        id: PERSONA_ID,
        name: 'Léa Garnier',
        avatar: 'LG',
        audience: 'b2b',
        quote: t({
          fr: '« Si mon équipe ne voit pas l’intérêt de l’outil dans la première semaine, elle retournera à ses tableurs. »',
          en: '“If my team doesn’t see the point of the tool in the first week, they’ll go back to their spreadsheets.”',
        }),
        summary: t({
          fr: 'Responsable des opérations d’une agence de 45 personnes, elle teste un logiciel de gestion de projets pour remplacer les tableurs, et doit convaincre son équipe puis sa direction.',
          en: 'Head of operations at a 45-person agency, she is trying project management software to replace spreadsheets, and has to win over her team and then management.',
        }),
        demographics: {
          ageRange: t({ fr: '35 à 44 ans', en: '35–44' }),
          gender: t({ fr: 'Femme', en: 'Female' }),
          location: t({ fr: 'Bordeaux', en: 'Bordeaux, France' }),
          occupation: t({ fr: 'Responsable des opérations', en: 'Head of operations' }),
          education: t({ fr: 'Master en management', en: 'Master’s degree in management' }),
          company: t({ fr: 'Agence de communication digitale', en: 'Digital communications agency' }),
          companySize: t({ fr: '45 salariés', en: '45 employees' }),
          industry: t({ fr: 'Marketing et communication', en: 'Marketing and communications' }),
          decisionRole: t({
            fr: 'Utilisatrice principale et prescriptrice ; le directeur administratif et financier valide l’achat',
            en: 'Main user and champion; the finance director approves the purchase',
          }),
        },
        psychographics: {
          lifestyle: t({
            fr: ['Agenda saturé de réunions, travaille par blocs le matin', 'Deux jours de télétravail par semaine'],
            en: ['A calendar full of meetings, does focused work in the mornings', 'Works from home two days a week'],
          }),
          habits: t({
            fr: [
              'Teste un outil seule avant de le montrer à l’équipe',
              'Lit la documentation et regarde des vidéos courtes',
              'Compare les tarifs par utilisateur dans un tableur',
            ],
            en: [
              'Tries a tool alone before showing it to the team',
              'Reads the documentation and watches short videos',
              'Compares per-user prices in a spreadsheet',
            ],
          }),
          values: t({
            fr: ['Efficacité', 'Autonomie des équipes', 'Décisions fondées sur des données'],
            en: ['Efficiency', 'Team autonomy', 'Data-driven decisions'],
          }),
          interests: t({
            fr: ['Méthodes agiles', 'Outils no-code', 'Podcasts sur le management'],
            en: ['Agile methods', 'No-code tools', 'Management podcasts'],
          }),
        },
        goals: t({
          fr: [
            'Remplacer les tableurs de suivi de projets avant le prochain trimestre',
            'Donner à la direction une vue fiable de la charge et des délais',
            'Faire adopter l’outil par toute l’équipe sans formation lourde',
          ],
          en: [
            'Replace the project-tracking spreadsheets before next quarter',
            'Give management a reliable view of workload and deadlines',
            'Get the whole team to adopt the tool without heavy training',
          ],
        }),
        needs: t({
          fr: [
            'Voir un résultat utile dès la première session',
            'Importer les projets existants sans ressaisie',
            'Des intégrations avec la messagerie et l’agenda de l’équipe',
            'Une tarification claire pour défendre le budget',
          ],
          en: [
            'See a useful result in the very first session',
            'Import existing projects without retyping them',
            'Integrations with the team’s messaging and calendar',
            'Clear pricing to defend the budget',
          ],
        }),
        frustrations: t({
          fr: [
            'Les essais gratuits qui expirent avant d’avoir pu impliquer l’équipe',
            'Les paramétrages longs avant d’obtenir la moindre valeur',
            'Les relances commerciales insistantes pendant l’essai',
            'Les hausses de prix découvertes au renouvellement',
          ],
          en: [
            'Free trials that expire before she can involve the team',
            'Long set-up before getting any value',
            'Pushy sales follow-ups during the trial',
            'Price increases discovered at renewal',
          ],
        }),
        motivations: t({
          fr: [
            'Gagner du temps sur le reporting hebdomadaire',
            'Être reconnue comme celle qui a modernisé les outils',
            'Réduire les retards de livraison aux clients',
          ],
          en: [
            'Saving time on weekly reporting',
            'Being recognised as the person who modernised the tools',
            'Reducing late deliveries to clients',
          ],
        }),
        preferredChannels: ['web', 'email', 'chat', 'app'],
        sections: [
          {
            title: t({ fr: 'Cellule de décision', en: 'Buying group' }),
            body: t({
              fr: 'Léa évalue et recommande ; deux chefs de projet testent avec elle ; le directeur financier valide tout budget de plus de 300 € par mois ; le responsable informatique vérifie la sécurité et l’authentification unique.',
              en: 'Léa evaluates and recommends; two project managers test with her; the finance director approves any budget over €300 a month; the IT manager checks security and single sign-on.',
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
          'sign-up': t({
            fr: [
              'Crée un compte avec son adresse professionnelle ou via Google',
              'Confirme son adresse e-mail',
              'Indique la taille de son équipe et son objectif principal',
            ],
            en: [
              'Creates an account with her work email or with Google',
              'Confirms her email address',
              'Gives her team size and main goal',
            ],
          }),
          activation: t({
            fr: [
              'Suit la liste de démarrage',
              'Importe ses projets depuis un fichier CSV',
              'Crée un premier tableau de bord de la charge de l’équipe',
              'Partage ce tableau de bord avec sa direction',
            ],
            en: [
              'Follows the onboarding checklist',
              'Imports her projects from a CSV file',
              'Builds a first dashboard of the team’s workload',
              'Shares this dashboard with management',
            ],
          }),
          adoption: t({
            fr: [
              'Invite deux chefs de projet, puis toute l’équipe',
              'Connecte la messagerie d’équipe et l’agenda',
              'Anime le point hebdomadaire directement dans l’outil',
              'Pose ses questions au support par chat',
            ],
            en: [
              'Invites two project managers, then the whole team',
              'Connects the team’s messaging and calendar',
              'Runs the weekly meeting directly in the tool',
              'Asks support her questions by chat',
            ],
          }),
          upgrade: t({
            fr: [
              'Reçoit le rappel de fin d’essai',
              'Compare les offres sur la page tarifs',
              'Rédige une note pour le directeur financier',
              'Paie par carte ou demande une facture',
            ],
            en: [
              'Receives the trial-ending reminder',
              'Compares plans on the pricing page',
              'Writes a note for the finance director',
              'Pays by card or asks for an invoice',
            ],
          }),
          expansion: t({
            fr: [
              'Fait un bilan trimestriel avec le customer success manager',
              'Ajoute des utilisateurs d’autres services',
              'Passe à l’offre supérieure pour l’authentification unique',
              'Renouvelle l’abonnement annuel',
            ],
            en: [
              'Has a quarterly review with the customer success manager',
              'Adds users from other departments',
              'Moves to the higher plan to get single sign-on',
              'Renews the annual subscription',
            ],
          }),
        },
      },
      {
        lane: commonLane(locale, 'thoughts'),
        cells: {
          'sign-up': t({
            fr: [
              '« Encore un outil de gestion de projets… Voyons s’il est vraiment simple. »',
              '« Pourquoi me demander mon numéro de téléphone ? »',
            ],
            en: [
              '“Another project management tool… Let’s see if it’s really simple.”',
              '“Why do they want my phone number?”',
            ],
          }),
          activation: t({
            fr: ['« Je ne veux pas tout ressaisir à la main. »', '« Là, je vois enfin la charge de toute l’équipe ! »'],
            en: ['“I don’t want to retype everything by hand.”', '“Now I can finally see the whole team’s workload!”'],
          }),
          adoption: t({
            fr: [
              '« Si l’équipe ne s’y met pas, j’aurai perdu mon temps. »',
              '« L’intégration avec la messagerie change tout. »',
            ],
            en: [
              '“If the team doesn’t get on board, I’ll have wasted my time.”',
              '“The messaging integration changes everything.”',
            ],
          }),
          upgrade: t({
            fr: [
              '« Quelle offre nous faut-il vraiment ? »',
              '« Comment justifier ce coût auprès du directeur financier ? »',
            ],
            en: ['“Which plan do we really need?”', '“How do I justify this cost to the finance director?”'],
          }),
          expansion: t({
            fr: ['« Les autres services veulent l’outil aussi. »', '« Le prix va-t-il augmenter au renouvellement ? »'],
            en: ['“Other departments want the tool too.”', '“Will the price go up at renewal?”'],
          }),
        },
      },
      {
        lane: commonLane(locale, 'feelings'),
        cells: {
          'sign-up': t({
            fr: 'Curiosité prudente : elle a déjà abandonné plusieurs outils.',
            en: 'Cautious curiosity: she has already given up on several tools.',
          }),
          activation: t({
            fr: 'Agacement pendant la configuration, puis enthousiasme au premier tableau de bord utile.',
            en: 'Annoyed during set-up, then enthusiastic at the first useful dashboard.',
          }),
          adoption: t({
            fr: 'Inquiétude sur l’adhésion de l’équipe, fierté quand les premiers points hebdomadaires se font dans l’outil.',
            en: 'Worried about team buy-in, proud when the first weekly meetings happen in the tool.',
          }),
          upgrade: t({
            fr: 'Pression budgétaire et peur de choisir la mauvaise offre.',
            en: 'Budget pressure and fear of choosing the wrong plan.',
          }),
          expansion: t({
            fr: 'Confiance et sentiment de partenariat, à condition que le prix reste prévisible.',
            en: 'Confidence and a sense of partnership, as long as pricing stays predictable.',
          }),
        },
      },
      {
        lane: emotionLane(locale, {
          id: 'emotions',
          curves: [
            {
              id: 'curve-current',
              label: t({ fr: 'Léa — expérience actuelle', en: 'Léa — current experience' }),
              personaId: PERSONA_ID,
              state: 'current',
              points: [
                {
                  stageId: 'sign-up',
                  value: 0,
                  note: t({ fr: 'Curiosité prudente', en: 'Cautious curiosity' }),
                },
                {
                  stageId: 'activation',
                  value: 1,
                  note: t({
                    fr: 'Premier tableau de bord utile après une configuration laborieuse',
                    en: 'A first useful dashboard after laborious set-up',
                  }),
                },
                {
                  stageId: 'adoption',
                  value: -1,
                  note: t({ fr: 'L’équipe tarde à s’y mettre', en: 'The team is slow to get on board' }),
                },
                {
                  stageId: 'upgrade',
                  value: 0,
                  note: t({
                    fr: 'Offres difficiles à comparer, validation budgétaire à obtenir',
                    en: 'Plans hard to compare, budget approval to obtain',
                  }),
                },
                {
                  stageId: 'expansion',
                  value: 1,
                  note: t({
                    fr: 'Partenariat installé, inquiétude sur le prix au renouvellement',
                    en: 'An established partnership, some worry about the renewal price',
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
          'sign-up': { channels: ['web', 'email'] },
          activation: { channels: ['web', 'email', 'chat'] },
          adoption: { channels: ['web', 'app', 'email', 'chat'] },
          upgrade: { channels: ['web', 'email', 'phone'] },
          expansion: { channels: ['email', 'phone', 'web'] },
        },
      },
      {
        lane: commonLane(locale, 'pain-points'),
        cells: {
          'sign-up': {
            cards: [
              painPoint(2, ['create-account'], {
                fr: [
                  'Formulaire trop long',
                  'Numéro de téléphone et taille d’entreprise obligatoires avant même d’avoir vu le produit.',
                ],
                en: [
                  'Form too long',
                  'Phone number and company size are required before the prospect has even seen the product.',
                ],
              }),
              painPoint(1, ['verify-email'], {
                fr: [
                  'E-mail de confirmation en indésirables',
                  'Une partie des e-mails de confirmation arrive dans les courriers indésirables et bloque l’accès.',
                ],
                en: ['Confirmation email in spam', 'Some confirmation emails land in spam folders and block access.'],
              }),
            ],
          },
          activation: {
            cards: [
              painPoint(3, ['setup-workspace'], {
                fr: [
                  'Configuration longue avant la première valeur',
                  'Il faut créer statuts, équipes et modèles avant de voir le moindre résultat.',
                ],
                en: [
                  'Long set-up before first value',
                  'Statuses, teams and templates must be created before any result can be seen.',
                ],
              }),
              painPoint(2, ['import-data'], {
                fr: [
                  'Import CSV fragile',
                  'Les erreurs de format à l’import ne sont pas expliquées : les projets finissent ressaisis à la main.',
                ],
                en: [
                  'Fragile CSV import',
                  'Format errors during import are not explained: projects end up being retyped by hand.',
                ],
              }),
            ],
          },
          adoption: {
            cards: [
              painPoint(3, ['invite-team'], {
                fr: [
                  'Équipe invitée mais inactive',
                  'Les invités reçoivent un e-mail générique et ne comprennent pas ce qu’on attend d’eux.',
                ],
                en: [
                  'Team invited but inactive',
                  'Invitees receive a generic email and do not understand what is expected of them.',
                ],
              }),
            ],
          },
          upgrade: {
            cards: [
              painPoint(3, ['trial-ending'], {
                fr: [
                  'Essai trop court pour une décision d’équipe',
                  'Quatorze jours ne suffisent pas pour impliquer l’équipe et obtenir l’accord du directeur financier.',
                ],
                en: [
                  'Trial too short for a team decision',
                  'Fourteen days are not enough to involve the team and get the finance director’s approval.',
                ],
              }),
              painPoint(2, ['choose-plan'], {
                fr: [
                  'Offres difficiles à comparer',
                  'La page tarifs ne montre pas clairement quelle fonctionnalité figure dans quelle offre.',
                ],
                en: ['Plans hard to compare', 'The pricing page does not clearly show which feature is in which plan.'],
              }),
            ],
          },
          expansion: {
            cards: [
              painPoint(2, ['renewal'], {
                fr: [
                  'Hausse de prix au renouvellement',
                  'Le nouveau tarif est annoncé tard, sans rappel de la valeur apportée pendant l’année.',
                ],
                en: [
                  'Price increase at renewal',
                  'The new price is announced late, with no reminder of the value delivered during the year.',
                ],
              }),
            ],
          },
        },
      },
      {
        lane: commonLane(locale, 'opportunities'),
        cells: {
          'sign-up': {
            cards: [
              opportunity('high', 'low', ['create-account'], {
                fr: [
                  'Inscription en deux champs',
                  'Adresse professionnelle et mot de passe, ou connexion Google ; le reste est demandé plus tard, quand c’est utile.',
                ],
                en: [
                  'Two-field sign-up',
                  'Work email and password, or Google sign-in; everything else is asked later, when it is useful.',
                ],
              }),
            ],
          },
          activation: {
            cards: [
              opportunity('high', 'medium', ['setup-workspace', 'first-value'], {
                fr: [
                  'Modèle prêt à l’emploi par métier',
                  'Un espace préconfiguré pour les agences, avec des exemples, pour voir un tableau de bord utile en moins de 15 minutes.',
                ],
                en: [
                  'Ready-made templates by industry',
                  'A pre-configured workspace for agencies, with examples, to see a useful dashboard in under 15 minutes.',
                ],
              }),
              opportunity('medium', 'medium', ['import-data'], {
                fr: [
                  'Assistant d’import avec aperçu',
                  'Montrer un aperçu des projets importés et expliquer chaque erreur de format avec sa correction.',
                ],
                en: [
                  'Import wizard with preview',
                  'Show a preview of the imported projects and explain each format error with its fix.',
                ],
              }),
            ],
          },
          adoption: {
            cards: [
              opportunity('high', 'low', ['invite-team'], {
                fr: [
                  'Invitation personnalisée par la championne',
                  'Un message écrit par l’utilisatrice principale et une tâche concrète assignée à chaque invité.',
                ],
                en: [
                  'Personal invitations from the champion',
                  'A message written by the main user and a concrete task assigned to each invitee.',
                ],
              }),
              opportunity('medium', 'medium', ['weekly-use'], {
                fr: [
                  'Alerte de risque d’adoption',
                  'Prévenir le customer success quand moins de trois utilisateurs sont actifs pendant la deuxième semaine.',
                ],
                en: [
                  'Adoption risk alert',
                  'Alert customer success when fewer than three users are active in the second week.',
                ],
              }),
            ],
          },
          upgrade: {
            cards: [
              opportunity('high', 'low', ['trial-ending'], {
                fr: [
                  'Prolongation d’essai sur demande',
                  'Sept jours de plus dès que trois utilisateurs au moins sont actifs.',
                ],
                en: ['Trial extension on request', 'Seven more days as soon as at least three users are active.'],
              }),
              opportunity('medium', 'low', ['choose-plan'], {
                fr: [
                  'Kit de validation pour le directeur financier',
                  'Un récapitulatif du temps gagné pendant l’essai et un devis téléchargeable.',
                ],
                en: [
                  'Approval kit for the finance director',
                  'A summary of the time saved during the trial and a downloadable quote.',
                ],
              }),
            ],
          },
          expansion: {
            cards: [
              opportunity('high', 'medium', ['account-review', 'renewal'], {
                fr: [
                  'Bilan de valeur avant le renouvellement',
                  'Un rapport d’usage et de temps gagné présenté 60 jours avant l’échéance, avec le tarif à venir.',
                ],
                en: [
                  'Value review before renewal',
                  'A report on usage and time saved presented 60 days before renewal, with the upcoming price.',
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
