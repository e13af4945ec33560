import type { KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type PersonaSpec, type TemplateDefinition } from './template.js'
import { commonLane, emotionLane, kpiCells, localePicker, touchpointCells } from './template-kit.js'

/**
 * The five-stage advocacy journey of seed 003 (« Comment cartographier et mesurer le parcours client »):
 * awareness → consideration → purchase (conversion) → retention → advocacy (promotion), with the
 * article’s touchpoints and its KPIs for each stage. The example is a subscription video-streaming
 * service, one of the article’s own examples, whose touchpoints (free trial, account and profile,
 * higher plan) it lists.
 */

const TEMPLATE_ID = 'advocacy'
const PERSONA_ID = 'advocacy-ines'

export const advocacyTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'journey',
  title: { fr: 'De la sensibilisation à la promotion', en: 'From awareness to advocacy' },
  description: {
    fr: 'Cinq étapes — sensibilisation, considération, achat, rétention, promotion — avec les points de contact numériques et les indicateurs de chaque étape : visites, CPC, taux d’ouverture, coût par conversion, CLV, CSAT, NPS, recommandations… Exemple : un service de streaming vidéo par abonnement.',
    en: 'Five stages — awareness, consideration, purchase, retention, advocacy — with the digital touchpoints and the KPIs of each stage: visits, CPC, open rate, cost per conversion, CLV, CSAT, NPS, referrals… Example: a subscription video-streaming service.',
  },
  source: 'seeds/003_c06c7d28f0c6dae1.txt — « Comment cartographier et mesurer le parcours client »',
  build(locale) {
    const t = localePicker(locale)

    const persona: PersonaSpec = {
      id: PERSONA_ID,
      name: t({ fr: 'Inès, abonnée connectée', en: 'Inès, the connected subscriber' }),
      avatar: 'IM',
      quote: t({
        fr: '« Je m’abonne quand mes amis en parlent, je reste si ça marche partout et tout le temps — et je résilie en deux clics si on me fait perdre mon temps. »',
        en: '“I subscribe when my friends talk about it, I stay if it works everywhere, all the time — and I cancel in two clicks if you waste my time.”',
      }),
      audience: 'b2c',
      summary: t({
        fr: 'Jeune active très connectée qui découvre les services sur les médias sociaux, fait davantage confiance à ses pairs qu’aux marques, et parle volontiers de ses coups de cœur comme de ses déceptions.',
        en: 'Young, very connected professional who discovers services on social media, trusts peers more than brands, and readily talks about what she loves and what lets her down.',
      }),
      demographics: {
        ageRange: t({ fr: '25–35 ans', en: '25–35' }),
        gender: t({ fr: 'Femme', en: 'Woman' }),
        location: t({ fr: 'Lille', en: 'Lille, France' }),
        occupation: t({ fr: 'Infirmière en horaires décalés', en: 'Nurse working shifts' }),
        income: t({ fr: '2 300 € nets par mois', en: '€2,300 net a month' }),
        education: t({ fr: 'Diplôme d’État infirmier (bac +3)', en: 'Nursing degree (3 years)' }),
        familyStatus: t({ fr: 'En colocation, sans enfant', en: 'Flat-sharing, no children' }),
      },
      psychographics: {
        lifestyle: t({
          fr: [
            'Regarde des séries à des heures irrégulières, souvent au retour d’une garde de nuit',
            'Passe du téléphone à la télévision et à la tablette selon l’endroit',
          ],
          en: [
            'Watches series at odd hours, often after a night shift',
            'Switches between phone, TV and tablet depending on where she is',
          ],
        }),
        habits: t({
          fr: [
            'Commence ses recherches sur les moteurs de recherche et dans les avis d’applications',
            'Suit des comptes de recommandations de séries sur Instagram et TikTok',
            'Interpelle les marques sur X ou Instagram quand quelque chose ne marche pas',
          ],
          en: [
            'Starts her research on search engines and app-store reviews',
            'Follows series recommendation accounts on Instagram and TikTok',
            'Calls out brands on X or Instagram when something does not work',
          ],
        }),
        values: t({
          fr: ['Liberté de résilier sans condition', 'Prix juste', 'Être écoutée quand elle a un problème'],
          en: ['Freedom to cancel with no strings attached', 'Fair price', 'Being listened to when she has a problem'],
        }),
        interests: t({
          fr: ['Séries et documentaires', 'Culture pop', 'Sorties entre amis'],
          en: ['Series and documentaries', 'Pop culture', 'Going out with friends'],
        }),
      },
      goals: t({
        fr: [
          'Décompresser après le travail avec des contenus qui lui plaisent',
          'Regarder où elle veut, y compris hors connexion',
          'Payer seulement pour ce qu’elle utilise',
        ],
        en: [
          'Unwind after work with content she enjoys',
          'Watch wherever she wants, including offline',
          'Pay only for what she uses',
        ],
      }),
      needs: t({
        fr: [
          'Voir le catalogue et les prix avant de donner sa carte bancaire',
          'Un essai gratuit sans piège',
          'Une lecture fluide sur tous ses appareils',
          'Une réponse rapide du support, sur le canal qu’elle a choisi',
        ],
        en: [
          'See the catalogue and prices before giving her card details',
          'A free trial with no catch',
          'Smooth playback on all her devices',
          'A quick answer from support, on the channel she chose',
        ],
      }),
      frustrations: t({
        fr: [
          'Les formulaires d’inscription interminables',
          'Les tweets ou messages restés sans réponse',
          'Courir après une réponse à son ticket au fil de plusieurs e-mails',
          'Les publicités qui la suivent après son abonnement',
        ],
        en: [
          'Endless sign-up forms',
          'Tweets or messages left unanswered',
          'Chasing an answer to her ticket over several emails',
          'Ads that keep following her after she has subscribed',
        ],
      }),
      motivations: t({
        fr: [
          'Les recommandations de ses amis et des créateurs qu’elle suit',
          'Être la première à parler d’une nouvelle série',
          'Les avantages de parrainage',
        ],
        en: [
          'Recommendations from friends and creators she follows',
          'Being the first to talk about a new series',
          'Referral rewards',
        ],
      }),
      preferredChannels: ['social', 'app', 'email', 'chat'],
      sections: [
        {
          title: t({ fr: 'Ce qui la fait rester', en: 'What keeps her' }),
          body: t({
            fr: 'Des recommandations qui tombent juste, le téléchargement hors ligne et un support qui règle un problème du premier coup.',
            en: 'Recommendations that hit the mark, offline downloads and support that fixes a problem the first time.',
          }),
        },
        {
          title: t({ fr: 'Ce qui la fait partir', en: 'What makes her leave' }),
          body: t({
            fr: 'Une panne mal gérée : 80 % des consommateurs disent qu’ils mettraient fin à leur relation avec une marque après une expérience client médiocre.',
            en: 'A badly handled outage: 80% of consumers say they would end their relationship with a brand after a poor customer experience.',
          }),
        },
      ],
    }

    const stages: Stage[] = [
      {
        id: 'awareness',
        name: t({ fr: 'Sensibilisation', en: 'Awareness' }),
        description: t({
          fr: 'Le consommateur veut quelque chose sans forcément le reconnaître ; il n’a pas encore commencé à chercher, mais il prêtera attention à une annonce. Objectif : promouvoir la notoriété de la marque.',
          en: 'The consumer wants something without necessarily recognising it; they have not started looking yet but will pay attention to an ad. Goal: build brand awareness.',
        }),
        steps: [
          { id: 'see-ad', name: t({ fr: 'Voit une annonce ou une publication', en: 'Sees an ad or a post' }) },
          {
            id: 'first-visit',
            name: t({ fr: 'Visite le site pour la première fois', en: 'Visits the site for the first time' }),
          },
        ],
      },
      {
        id: 'consideration',
        name: t({ fr: 'Considération', en: 'Consideration' }),
        description: t({
          fr: 'Le consommateur reconnaît son besoin et fait des recherches en ligne. Il faut piquer son intérêt et prouver que le service répond à son besoin : avis, témoignages, comparaisons, essais.',
          en: 'The consumer recognises the need and researches online. Spark their interest and prove the service meets the need: reviews, testimonials, comparisons, trials.',
        }),
        steps: [
          {
            id: 'compare-offers',
            name: t({ fr: 'Compare les offres et lit les avis', en: 'Compares offers and reads reviews' }),
          },
          { id: 'watch-trailers', name: t({ fr: 'Regarde des bandes-annonces', en: 'Watches trailers' }) },
          { id: 'ask-questions', name: t({ fr: 'Pose ses questions en ligne', en: 'Asks questions online' }) },
        ],
      },
      {
        id: 'purchase',
        name: t({ fr: 'Achat (conversion)', en: 'Purchase (conversion)' }),
        description: t({
          fr: 'Le consommateur devient client. Il est encore temps pour lui de changer d’avis et d’abandonner : le parcours d’achat doit être sans faille et la page de paiement facile à comprendre.',
          en: 'The consumer becomes a customer. There is still time to change their mind and drop out: the buying path must be flawless and the payment page easy to understand.',
        }),
        steps: [
          {
            id: 'create-account',
            name: t({
              fr: 'Crée son compte et démarre l’essai gratuit',
              en: 'Creates an account and starts the free trial',
            }),
          },
          { id: 'set-up-profile', name: t({ fr: 'Configure son profil', en: 'Sets up a profile' }) },
          {
            id: 'pay',
            name: t({ fr: 'Choisit sa formule et paie', en: 'Chooses a plan and pays' }),
            isMomentOfTruth: true,
          },
        ],
      },
      {
        id: 'retention',
        name: t({ fr: 'Rétention', en: 'Retention' }),
        description: t({
          fr: 'Garder les clients heureux et réduire le taux de résiliation : prise en main, usage régulier, support efficace.',
          en: 'Keep customers happy and minimise cancellations: onboarding, regular use, effective support.',
        }),
        steps: [
          { id: 'onboarding', name: t({ fr: 'Suit la prise en main', en: 'Goes through onboarding' }) },
          {
            id: 'regular-use',
            name: t({
              fr: 'Utilise le service et ses fonctions avancées',
              en: 'Uses the service and its advanced features',
            }),
          },
          {
            id: 'contact-support',
            name: t({ fr: 'Signale un problème au support', en: 'Reports a problem to support' }),
            isMomentOfTruth: true,
          },
        ],
      },
      {
        id: 'advocacy',
        name: t({ fr: 'Promotion', en: 'Advocacy' }),
        description: t({
          fr: 'Créer un lien émotionnel : un client heureux publie des avis et des messages positifs, recommande la marque et reste réceptif aux offres complémentaires.',
          en: 'Build an emotional bond: a happy customer posts positive reviews and messages, recommends the brand and stays open to complementary offers.',
        }),
        steps: [
          { id: 'post-review', name: t({ fr: 'Publie un commentaire positif', en: 'Posts a positive review' }) },
          { id: 'recommend-peers', name: t({ fr: 'Recommande à ses proches', en: 'Recommends to peers' }) },
          { id: 'upgrade-plan', name: t({ fr: 'Passe à une formule supérieure', en: 'Moves to a higher plan' }) },
        ],
      },
    ]

    const touchpoints: Touchpoint[] = [
      // Awareness
      {
        id: 'tp-ad-click',
        name: t({ fr: 'Clic sur une publicité', en: 'Ad click' }),
        channel: 'advertising',
        mode: 'online',
        stageId: 'awareness',
        stepId: 'see-ad',
        importance: 'high',
        ownerTeam: 'Acquisition',
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'in', property: 'context.campaign.medium', values: ['cpc', 'paid_social', 'display'] }],
        },
      },
      {
        id: 'tp-social-post',
        name: t({ fr: 'Publications sur les médias sociaux', en: 'Social media posts' }),
        channel: 'social',
        mode: 'online',
        stageId: 'awareness',
        stepId: 'see-ad',
        importance: 'medium',
        ownerTeam: t({ fr: 'Réseaux sociaux', en: 'Social media' }),
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'in', property: 'context.campaign.source', values: ['instagram', 'tiktok', 'x'] }],
        },
      },
      {
        id: 'tp-organic-search',
        name: t({ fr: 'Site trouvé via une recherche organique', en: 'Site found through organic search' }),
        channel: 'web',
        mode: 'online',
        stageId: 'awareness',
        stepId: 'first-visit',
        importance: 'high',
        ownerTeam: 'SEO',
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'contains', property: 'context.page.referrer', value: 'google.' }],
        },
      },
      {
        id: 'tp-referring-link',
        name: t({ fr: 'Lien depuis un autre site', en: 'Link from another site' }),
        channel: 'partner',
        mode: 'online',
        stageId: 'awareness',
        stepId: 'first-visit',
        importance: 'low',
        ownerTeam: t({ fr: 'Partenariats', en: 'Partnerships' }),
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'eq', property: 'context.campaign.medium', value: 'referral' }],
        },
      },
      {
        id: 'tp-newsletter-signup',
        name: t({ fr: 'Inscription à la newsletter', en: 'Newsletter sign-up' }),
        channel: 'web',
        mode: 'online',
        stageId: 'awareness',
        stepId: 'first-visit',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: { events: ['Signed Up'], where: [{ op: 'eq', property: 'properties.type', value: 'newsletter' }] },
      },
      // Consideration
      {
        id: 'tp-blog',
        name: t({
          fr: 'Articles de blog (sélections de séries et de films)',
          en: 'Blog articles (series and film picks)',
        }),
        channel: 'web',
        mode: 'online',
        stageId: 'consideration',
        stepId: 'compare-offers',
        importance: 'medium',
        ownerTeam: t({ fr: 'Contenu', en: 'Content' }),
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'contains', property: 'properties.path', value: '/blog/' }],
        },
      },
      {
        id: 'tp-trailers',
        name: t({ fr: 'Bandes-annonces et tutoriels vidéo', en: 'Trailers and video tutorials' }),
        channel: 'web',
        mode: 'online',
        stageId: 'consideration',
        stepId: 'watch-trailers',
        importance: 'high',
        ownerTeam: t({ fr: 'Contenu', en: 'Content' }),
        selector: {
          events: ['Video Playback Started'],
          where: [{ op: 'in', property: 'properties.video_type', values: ['trailer', 'tutorial'] }],
        },
      },
      {
        id: 'tp-nurture-email',
        name: t({ fr: 'Campagnes e-mail', en: 'Email campaigns' }),
        channel: 'email',
        mode: 'online',
        stageId: 'consideration',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Opened', 'Email Link Clicked'],
          where: [{ op: 'eq', property: 'properties.campaign_type', value: 'nurturing' }],
        },
      },
      {
        id: 'tp-retargeting-ad',
        name: t({ fr: 'Publicité de reciblage', en: 'Retargeting ad' }),
        channel: 'advertising',
        mode: 'online',
        stageId: 'consideration',
        importance: 'medium',
        ownerTeam: 'Acquisition',
        selector: {
          events: ['Page Viewed'],
          where: [{ op: 'contains', property: 'context.campaign.name', value: 'retargeting' }],
        },
      },
      {
        id: 'tp-live-chat',
        name: t({ fr: 'Discussion en ligne', en: 'Live chat' }),
        channel: 'chat',
        mode: 'online',
        stageId: 'consideration',
        stepId: 'ask-questions',
        importance: 'medium',
        ownerTeam: t({ fr: 'Service client', en: 'Customer service' }),
        selector: { events: ['Live Chat Conversation Started'] },
      },
      // Purchase
      {
        id: 'tp-account-creation',
        name: t({ fr: 'Création de compte et essai gratuit', en: 'Account creation and free trial' }),
        channel: 'web',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'create-account',
        importance: 'high',
        ownerTeam: t({ fr: 'Produit', en: 'Product' }),
        isRequired: true,
        selector: { events: ['Signed Up', 'Trial Started'], channels: ['web', 'app'] },
      },
      {
        id: 'tp-profile-setup',
        name: t({ fr: 'Configuration du profil', en: 'Profile set-up' }),
        channel: 'app',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'set-up-profile',
        importance: 'medium',
        ownerTeam: t({ fr: 'Produit', en: 'Product' }),
        selector: { events: ['Profile Completed'] },
      },
      {
        id: 'tp-checkout',
        name: t({ fr: 'Choix de la formule et paiement', en: 'Plan choice and payment' }),
        channel: 'web',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'pay',
        importance: 'critical',
        ownerTeam: t({ fr: 'Produit', en: 'Product' }),
        isRequired: true,
        selector: { events: ['Checkout Started', 'Order Completed'], channels: ['web', 'app'] },
      },
      {
        id: 'tp-thank-you-email',
        name: t({ fr: 'E-mail de remerciement pour le paiement', en: 'Thank-you email for the payment' }),
        channel: 'email',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'pay',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Delivered'],
          where: [{ op: 'eq', property: 'properties.campaign_name', value: 'payment-thank-you' }],
        },
      },
      // Retention
      {
        id: 'tp-onboarding',
        name: t({
          fr: 'Prise en main (vidéos de formation, documentation)',
          en: 'Onboarding (training videos, documentation)',
        }),
        channel: 'email',
        mode: 'online',
        stageId: 'retention',
        stepId: 'onboarding',
        importance: 'high',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Link Clicked'],
          where: [{ op: 'eq', property: 'properties.campaign_name', value: 'onboarding' }],
        },
      },
      {
        id: 'tp-playback',
        name: t({ fr: 'Lecture de contenus', en: 'Content playback' }),
        channel: 'app',
        mode: 'online',
        stageId: 'retention',
        stepId: 'regular-use',
        importance: 'critical',
        ownerTeam: t({ fr: 'Produit', en: 'Product' }),
        selector: { events: ['Video Content Started'], channels: ['app', 'web'] },
      },
      {
        id: 'tp-support-ticket',
        name: t({ fr: 'Ticket de support', en: 'Support ticket' }),
        channel: 'support',
        mode: 'online',
        stageId: 'retention',
        stepId: 'contact-support',
        importance: 'critical',
        ownerTeam: t({ fr: 'Support client', en: 'Customer support' }),
        selector: {
          events: ['Ticket Created', 'Ticket Resolved'],
          channels: ['support', 'email', 'chat', 'social', 'phone'],
        },
      },
      {
        id: 'tp-csat-survey',
        name: t({ fr: 'Enquête de satisfaction après ticket', en: 'Post-ticket satisfaction survey' }),
        channel: 'email',
        mode: 'online',
        stageId: 'retention',
        stepId: 'contact-support',
        importance: 'medium',
        ownerTeam: 'CX',
        selector: { events: ['Survey Answered'], where: [{ op: 'eq', property: 'properties.survey', value: 'csat' }] },
      },
      {
        id: 'tp-nps-survey',
        name: t({ fr: 'Enquête NPS', en: 'NPS survey' }),
        channel: 'email',
        mode: 'online',
        stageId: 'retention',
        importance: 'high',
        ownerTeam: 'CX',
        selector: { events: ['Survey Answered'], where: [{ op: 'eq', property: 'properties.survey', value: 'nps' }] },
      },
      {
        id: 'tp-win-back',
        name: t({
          fr: 'E-mail « Nous sommes désolés de vous voir partir »',
          en: '“We’re sorry to see you go” email',
        }),
        channel: 'email',
        mode: 'online',
        stageId: 'retention',
        importance: 'medium',
        ownerTeam: 'CRM',
        description: t({
          fr: 'Envoyé au client qui résilie : « Y a-t-il quelque chose que nous pouvons faire pour vous ? »',
          en: 'Sent to the customer who cancels: “Is there anything we can do for you?”',
        }),
        selector: {
          events: ['Email Opened'],
          where: [{ op: 'eq', property: 'properties.campaign_name', value: 'win-back' }],
        },
      },
      // Advocacy
      {
        id: 'tp-review',
        name: t({ fr: 'Avis et commentaires publiés', en: 'Published reviews and comments' }),
        channel: 'web',
        mode: 'online',
        stageId: 'advocacy',
        stepId: 'post-review',
        importance: 'high',
        ownerTeam: 'CX',
        selector: { events: ['Review Submitted', 'App Rated'] },
      },
      {
        id: 'tp-referral',
        name: t({ fr: 'Programme de parrainage', en: 'Referral programme' }),
        channel: 'app',
        mode: 'online',
        stageId: 'advocacy',
        stepId: 'recommend-peers',
        importance: 'high',
        ownerTeam: 'CRM',
        selector: { events: ['Referral Link Shared'] },
      },
      {
        id: 'tp-upgrade',
        name: t({ fr: 'Offre de formule supérieure', en: 'Higher-plan offer' }),
        channel: 'email',
        mode: 'online',
        stageId: 'advocacy',
        stepId: 'upgrade-plan',
        importance: 'medium',
        ownerTeam: 'CRM',
        description: t({
          fr: 'Une chance de vente supplémentaire à l’issue d’un commentaire positif.',
          en: 'A chance of an extra sale after a positive comment.',
        }),
        selector: { events: ['Plan Upgraded'] },
      },
      {
        id: 'tp-social-mention',
        name: t({ fr: 'Mentions et partages sur les médias sociaux', en: 'Social media mentions and shares' }),
        channel: 'social',
        mode: 'online',
        stageId: 'advocacy',
        stepId: 'recommend-peers',
        importance: 'medium',
        ownerTeam: t({ fr: 'Réseaux sociaux', en: 'Social media' }),
        description: t({
          fr: 'Suivi par l’outil d’écoute sociale, pas par un événement du produit.',
          en: 'Tracked by the social listening tool, not by a product event.',
        }),
      },
    ]

    const kpis: KpiDefinition[] = [
      // Awareness
      {
        id: 'kpi-site-visits',
        name: t({ fr: 'Visites du site', en: 'Website visits' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre de sessions sur le site pendant la période, toutes sources confondues',
          en: 'Number of website sessions in the period, all sources combined',
        }),
        unit: 'count',
        appliesTo: { level: 'stage', stageId: 'awareness' },
        target: 50000,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-signups',
        name: t({ fr: 'Inscriptions à la newsletter', en: 'Newsletter sign-ups' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre d’inscriptions à la newsletter sur la période',
          en: 'Number of newsletter sign-ups in the period',
        }),
        unit: 'count',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-newsletter-signup' },
        target: 1500,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-awareness-conversion',
        name: t({ fr: 'Taux de conversion visite → inscription', en: 'Visit-to-sign-up conversion rate' }),
        kind: 'conversion-rate',
        formula: t({
          fr: 'Taux de conversion = inscriptions (newsletter ou essai gratuit) ÷ visiteurs uniques × 100',
          en: 'Conversion rate = sign-ups (newsletter or free trial) ÷ unique visitors × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'awareness' },
        target: 5,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-video-views',
        name: t({ fr: 'Vues des vidéos', en: 'Video views' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre de lectures d’au moins 3 secondes des vidéos publicitaires et des publications vidéo de la marque',
          en: 'Number of plays of at least 3 seconds of the brand’s video ads and video posts',
        }),
        unit: 'count',
        appliesTo: { level: 'stage', stageId: 'awareness' },
        target: 200000,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-social-engagement',
        name: t({ fr: 'Engagement sur les médias sociaux', en: 'Social media engagement' }),
        kind: 'custom',
        formula: t({
          fr: 'Taux d’engagement = (mentions J’aime + partages + commentaires + retweets) ÷ impressions × 100',
          en: 'Engagement rate = (likes + shares + comments + retweets) ÷ impressions × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-social-post' },
        target: 3,
        direction: 'higher-is-better',
        description: t({
          fr: 'Suivre aussi la portée (personnes uniques touchées) et les impressions.',
          en: 'Also track reach (unique people reached) and impressions.',
        }),
      },
      {
        id: 'kpi-seo-rank',
        name: t({ fr: 'Classement du référencement', en: 'Search ranking' }),
        kind: 'custom',
        formula: t({
          fr: 'Position moyenne des mots-clés suivis dans les résultats des moteurs de recherche (1 = premier résultat)',
          en: 'Average position of the tracked keywords in search engine results (1 = first result)',
        }),
        unit: 'score',
        scale: { min: 1, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-organic-search' },
        target: 5,
        direction: 'lower-is-better',
      },
      // Consideration
      {
        id: 'kpi-cpc',
        name: t({ fr: 'Coût par clic (CPC)', en: 'Cost per click (CPC)' }),
        kind: 'cpc',
        formula: t({
          fr: 'CPC = dépense publicitaire ÷ nombre de clics sur les annonces',
          en: 'CPC = ad spend ÷ number of ad clicks',
        }),
        unit: 'currency',
        appliesTo: { level: 'stage', stageId: 'consideration' },
        target: 0.5,
        direction: 'lower-is-better',
      },
      {
        id: 'kpi-engagement',
        name: t({ fr: 'Engagement sur le site', en: 'On-site engagement' }),
        kind: 'custom',
        formula: t({
          fr: 'Sessions engagées ÷ sessions × 100 ; une session est engagée si elle dure plus de 10 secondes, compte au moins 2 pages vues ou une lecture de vidéo',
          en: 'Engaged sessions ÷ sessions × 100; a session is engaged if it lasts over 10 seconds, has at least 2 page views or a video play',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'consideration' },
        target: 60,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-open-rate',
        name: t({ fr: 'Taux d’ouverture (OR)', en: 'Open rate (OR)' }),
        kind: 'open-rate',
        formula: t({
          fr: 'Taux d’ouverture = e-mails ouverts ÷ e-mails délivrés × 100',
          en: 'Open rate = emails opened ÷ emails delivered × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-nurture-email' },
        target: 35,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-ctr',
        name: t({ fr: 'Taux de clic (CTR)', en: 'Click-through rate (CTR)' }),
        kind: 'ctr',
        formula: t({
          fr: 'CTR = clics ÷ impressions × 100 pour les annonces ; clics ÷ e-mails délivrés × 100 pour les campagnes e-mail',
          en: 'CTR = clicks ÷ impressions × 100 for ads; clicks ÷ emails delivered × 100 for email campaigns',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'consideration' },
        target: 2.5,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-clicks',
        name: t({ fr: 'Clics', en: 'Clicks' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre de clics vers le site depuis les annonces, les e-mails et les contenus sur la période',
          en: 'Number of clicks to the site from ads, emails and content in the period',
        }),
        unit: 'count',
        appliesTo: { level: 'stage', stageId: 'consideration' },
        target: 25000,
        direction: 'higher-is-better',
      },
      // Purchase
      {
        id: 'kpi-cost-per-conversion',
        name: t({ fr: 'Coût par conversion', en: 'Cost per conversion' }),
        kind: 'cost-per-conversion',
        formula: t({
          fr: 'Coût par conversion = dépenses marketing de la période ÷ nouveaux abonnés payants de la période',
          en: 'Cost per conversion = marketing spend in the period ÷ new paying subscribers in the period',
        }),
        unit: 'currency',
        appliesTo: { level: 'stage', stageId: 'purchase' },
        target: 30,
        direction: 'lower-is-better',
      },
      {
        id: 'kpi-cpl',
        name: t({ fr: 'Coût par lead (CPL)', en: 'Cost per lead (CPL)' }),
        kind: 'cpl',
        formula: t({
          fr: 'CPL = dépenses marketing de la période ÷ nombre de leads (comptes créés avec essai gratuit)',
          en: 'CPL = marketing spend in the period ÷ number of leads (accounts created with a free trial)',
        }),
        unit: 'currency',
        appliesTo: { level: 'stage', stageId: 'purchase' },
        target: 8,
        direction: 'lower-is-better',
      },
      {
        id: 'kpi-leads',
        name: t({ fr: 'Leads', en: 'Leads' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre d’essais gratuits démarrés sur la période',
          en: 'Number of free trials started in the period',
        }),
        unit: 'count',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-account-creation' },
        target: 4000,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-conversion-rate',
        name: t({ fr: 'Taux de conversion essai → abonnement', en: 'Trial-to-paid conversion rate' }),
        kind: 'conversion-rate',
        formula: t({
          fr: 'Taux de conversion = essais terminés suivis d’un premier paiement ÷ essais terminés sur la période × 100',
          en: 'Conversion rate = ended trials followed by a first payment ÷ trials ended in the period × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'purchase' },
        target: 45,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-sales',
        name: t({ fr: 'Ventes (nouveaux abonnements)', en: 'Sales (new subscriptions)' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre de premiers paiements d’abonnement sur la période',
          en: 'Number of first subscription payments in the period',
        }),
        unit: 'count',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-checkout' },
        target: 1800,
        direction: 'higher-is-better',
      },
      // Retention
      {
        id: 'kpi-clv',
        name: t({ fr: 'Valeur vie client (CLV)', en: 'Customer lifetime value (CLV)' }),
        kind: 'clv',
        formula: t({
          fr: 'CLV = revenu mensuel moyen par abonné × marge brute ÷ taux de résiliation mensuel',
          en: 'CLV = average monthly revenue per subscriber × gross margin ÷ monthly churn rate',
        }),
        unit: 'currency',
        appliesTo: { level: 'stage', stageId: 'retention' },
        target: 150,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-churn-rate',
        name: t({ fr: 'Taux de résiliation', en: 'Churn rate' }),
        kind: 'churn-rate',
        formula: t({
          fr: 'Taux de résiliation mensuel = abonnés ayant résilié dans le mois ÷ abonnés actifs au début du mois × 100',
          en: 'Monthly churn rate = subscribers who cancelled during the month ÷ active subscribers at the start of the month × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'retention' },
        target: 3,
        direction: 'lower-is-better',
      },
      {
        id: 'kpi-retention-12m',
        name: t({ fr: 'Fidélité des clients (rétention à 12 mois)', en: 'Customer loyalty (12-month retention)' }),
        kind: 'custom',
        formula: t({
          fr: 'Abonnés encore actifs 12 mois après leur premier paiement ÷ abonnés de la cohorte × 100',
          en: 'Subscribers still active 12 months after their first payment ÷ subscribers in the cohort × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'retention' },
        target: 65,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-support-tickets',
        name: t({ fr: 'Tickets de support', en: 'Support tickets' }),
        kind: 'count',
        formula: t({
          fr: 'Tickets ouverts sur la période ÷ abonnés actifs × 1 000 (tickets pour 1 000 abonnés)',
          en: 'Tickets opened in the period ÷ active subscribers × 1,000 (tickets per 1,000 subscribers)',
        }),
        unit: 'count',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-support-ticket' },
        target: 15,
        direction: 'lower-is-better',
        description: t({
          fr: 'Un ticket qui passe par plusieurs équipes reste un seul parcours pour le client : compter les transferts et les relances.',
          en: 'A ticket that goes through several teams is still one journey for the customer: count transfers and follow-ups.',
        }),
      },
      {
        id: 'kpi-csat',
        name: t({ fr: 'Satisfaction client (CSAT)', en: 'Customer satisfaction (CSAT)' }),
        kind: 'csat',
        formula: t({
          fr: 'CSAT = réponses 4 ou 5 ÷ nombre total de réponses × 100, sur une échelle de 1 (pas satisfait) à 5 (très satisfait)',
          en: 'CSAT = answers of 4 or 5 ÷ total answers × 100, on a scale from 1 (not satisfied) to 5 (very satisfied)',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-csat-survey' },
        target: 85,
        direction: 'higher-is-better',
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
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-nps-survey' },
        target: 40,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-user-comments',
        name: t({ fr: 'Commentaires des utilisateurs (part négative)', en: 'User comments (negative share)' }),
        kind: 'custom',
        formula: t({
          fr: 'Commentaires classés négatifs par l’analyse de sentiment ÷ commentaires reçus (enquêtes, tickets, médias sociaux) × 100',
          en: 'Comments classified negative by sentiment analysis ÷ comments received (surveys, tickets, social media) × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'retention' },
        target: 15,
        direction: 'lower-is-better',
      },
      // Advocacy
      {
        id: 'kpi-referrals',
        name: t({ fr: 'Recommandations', en: 'Referrals' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre de filleuls devenus abonnés payants grâce à un lien de parrainage sur la période',
          en: 'Number of referred people who became paying subscribers through a referral link in the period',
        }),
        unit: 'count',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-referral' },
        target: 300,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-customer-reviews',
        name: t({ fr: 'Commentaires des clients (avis)', en: 'Customer reviews' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre d’avis publiés (magasins d’applications, site, plateformes d’avis) sur la période ; suivre aussi la note moyenne sur 5',
          en: 'Number of reviews published (app stores, site, review platforms) in the period; also track the average rating out of 5',
        }),
        unit: 'count',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-review' },
        target: 500,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-influencers',
        name: t({ fr: 'Influenceurs', en: 'Influencers' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre de créateurs et influenceurs ayant mentionné la marque sur la période, rémunérés ou non',
          en: 'Number of creators and influencers who mentioned the brand in the period, paid or not',
        }),
        unit: 'count',
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-social-mention' },
        target: 40,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-guest-posts',
        name: t({ fr: 'Messages d’invités', en: 'Guest posts' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre d’articles ou de messages rédigés par des clients ou des invités sur les canaux de la marque, ou sur des sites tiers à propos de la marque',
          en: 'Number of articles or posts written by customers or guests on the brand’s channels, or about the brand on third-party sites',
        }),
        unit: 'count',
        appliesTo: { level: 'stage', stageId: 'advocacy' },
        target: 6,
        direction: 'higher-is-better',
      },
    ]

    return buildTemplate({
      id: `${TEMPLATE_ID}-${locale}`,
      templateId: TEMPLATE_ID,
      locale,
      title: t({ fr: 'De la sensibilisation à la promotion', en: 'From awareness to advocacy' }),
      objective: t({
        fr: 'Suivre comment un consommateur devient un abonné fidèle puis un promoteur de la marque, mesurer chaque étape avec ses propres indicateurs, et repérer où il abandonne pour agir au bon moment, sur son canal favori.',
        en: 'Follow how a consumer becomes a loyal subscriber and then a brand advocate, measure each stage with its own KPIs, and find where they drop out so we can act at the right moment, on their favourite channel.',
      }),
      type: 'current',
      owner: t({ fr: 'Équipes marketing et expérience client', en: 'Marketing and customer experience teams' }),
      evidence: {
        status: 'assumption',
        source: t({
          fr: 'Modèle Parcours « De la sensibilisation à la promotion » — à confirmer par l’analyse du parcours réel',
          en: 'Parcours “From awareness to advocacy” template — to confirm with analysis of the real journey',
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
              fr: 'Voit une publication sponsorisée ou la vidéo d’un créateur qu’elle suit, clique sur une publicité ou trouve le site via une recherche.',
              en: 'Sees a sponsored post or a video from a creator she follows, clicks an ad or finds the site through a search.',
            }),
            consideration: t({
              fr: 'Consulte plusieurs pages du site, regarde des bandes-annonces, lit les avis et les comparatifs d’offres, pose une question par chat.',
              en: 'Browses several pages of the site, watches trailers, reads reviews and plan comparisons, asks a question in the chat.',
            }),
            purchase: t({
              fr: 'Crée son compte, démarre l’essai gratuit, configure son profil, puis choisit une formule et paie.',
              en: 'Creates an account, starts the free trial, sets up her profile, then chooses a plan and pays.',
            }),
            retention: t({
              fr: 'Regarde sur plusieurs appareils, découvre le téléchargement hors ligne ; quand la lecture plante, écrit au support et répond à l’enquête de satisfaction.',
              en: 'Watches on several devices, discovers offline downloads; when playback fails, writes to support and answers the satisfaction survey.',
            }),
            advocacy: t({
              fr: 'Publie un avis positif, partage son lien de parrainage avec ses amis, passe à la formule supérieure.',
              en: 'Posts a positive review, shares her referral link with friends, moves up to the higher plan.',
            }),
          },
        },
        {
          lane: commonLane(locale, 'thoughts'),
          cells: {
            awareness: t({
              fr: '« Tout le monde parle de cette série… Elle est sur quelle plateforme ? »',
              en: '“Everyone is talking about this series… Which platform is it on?”',
            }),
            consideration: t({
              fr: '« Le catalogue vaut-il le prix ? Qu’en disent les gens qui sont abonnés ? »',
              en: '“Is the catalogue worth the price? What do subscribers say?”',
            }),
            purchase: t({
              fr: '« Pourquoi ma carte pour un essai gratuit ? Et si j’oublie de résilier ? »',
              en: '“Why do they need my card for a free trial? What if I forget to cancel?”',
            }),
            retention: t({
              fr: '« Ça marche bien… jusqu’à ce que ça plante. Trois e-mails et toujours pas de solution ? »',
              en: '“It works well… until it crashes. Three emails and still no fix?”',
            }),
            advocacy: t({
              fr: '« Je veux que mes amis en profitent aussi — et si en plus j’ai un mois offert… »',
              en: '“I want my friends to enjoy it too — and if I get a free month on top…”',
            }),
          },
        },
        {
          lane: commonLane(locale, 'feelings'),
          cells: {
            awareness: t({ fr: 'Curieuse, pas encore impliquée.', en: 'Curious, not yet involved.' }),
            consideration: t({
              fr: 'Intéressée mais prudente ; fait davantage confiance à ses pairs qu’à la marque.',
              en: 'Interested but cautious; trusts peers more than the brand.',
            }),
            purchase: t({
              fr: 'Enthousiaste, mais prête à abandonner au moindre obstacle.',
              en: 'Enthusiastic, but ready to give up at the slightest obstacle.',
            }),
            retention: t({
              fr: 'Satisfaite à l’usage ; exaspérée quand elle doit courir après une réponse.',
              en: 'Happy with everyday use; exasperated when she has to chase an answer.',
            }),
            advocacy: t({
              fr: 'Fière de son choix et attachée à la marque.',
              en: 'Proud of her choice and attached to the brand.',
            }),
          },
        },
        {
          lane: emotionLane(locale, {
            id: 'emotion',
            minLabel: t({ fr: 'Exaspérée', en: 'Exasperated' }),
            maxLabel: t({ fr: 'Enthousiaste', en: 'Thrilled' }),
            curves: [
              {
                id: 'curve-current',
                label: t({ fr: 'Inès — expérience actuelle', en: 'Inès — current experience' }),
                personaId: PERSONA_ID,
                state: 'current',
                points: [
                  { stageId: 'awareness', value: 0 },
                  {
                    stageId: 'consideration',
                    value: 1,
                    note: t({ fr: 'Les avis de ses amis la convainquent', en: 'Her friends’ reviews convince her' }),
                  },
                  {
                    stageId: 'purchase',
                    value: 0,
                    note: t({ fr: 'Carte bancaire exigée pour l’essai', en: 'Card required for the trial' }),
                  },
                  {
                    stageId: 'retention',
                    value: -2,
                    note: t({
                      fr: 'Panne de lecture : plusieurs échanges d’e-mails avant une solution',
                      en: 'Playback outage: several email exchanges before a fix',
                    }),
                  },
                  {
                    stageId: 'advocacy',
                    value: 1,
                    note: t({ fr: 'Recommande malgré tout, avec réserve', en: 'Still recommends, with reservations' }),
                  },
                ],
              },
              {
                id: 'curve-future',
                label: t({ fr: 'Inès — expérience cible', en: 'Inès — target experience' }),
                personaId: PERSONA_ID,
                state: 'future',
                points: [
                  { stageId: 'awareness', value: 1 },
                  { stageId: 'consideration', value: 1 },
                  { stageId: 'purchase', value: 1 },
                  { stageId: 'retention', value: 1 },
                  { stageId: 'advocacy', value: 2 },
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
            awareness: { channels: ['advertising', 'social', 'web', 'partner'] },
            consideration: { channels: ['web', 'email', 'advertising', 'chat'] },
            purchase: { channels: ['web', 'app', 'email'] },
            retention: { channels: ['app', 'email', 'support', 'chat', 'social'] },
            advocacy: { channels: ['social', 'word-of-mouth', 'app', 'email'] },
          },
        },
        {
          lane: commonLane(locale, 'pain-points'),
          cells: {
            awareness: {
              cards: [
                {
                  title: t({ fr: 'Annonces sans suite', en: 'Ads that lead nowhere' }),
                  detail: t({
                    fr: 'La publicité mène à la page d’accueil générique : le consommateur ne retrouve pas la série qu’il a vue.',
                    en: 'The ad leads to the generic home page: the consumer cannot find the series they saw.',
                  }),
                  severity: 2,
                  stepIds: ['see-ad'],
                },
              ],
            },
            consideration: {
              cards: [
                {
                  title: t({ fr: 'Peu de preuves sociales', en: 'Little social proof' }),
                  detail: t({
                    fr: 'Les consommateurs font confiance à leurs pairs, mais nos pages n’affichent ni avis ni contenu généré par les utilisateurs.',
                    en: 'Consumers trust their peers, but our pages show no reviews and no user-generated content.',
                  }),
                  severity: 2,
                },
              ],
            },
            purchase: {
              cards: [
                {
                  title: t({ fr: 'Abandon avant le paiement', en: 'Drop-out before payment' }),
                  detail: t({
                    fr: 'Page de paiement peu claire et carte exigée dès l’essai : le consommateur change d’avis et abandonne.',
                    en: 'An unclear payment page and a card required for the trial: the consumer changes their mind and drops out.',
                  }),
                  severity: 3,
                  stepIds: ['create-account', 'pay'],
                },
              ],
            },
            retention: {
              cards: [
                {
                  title: t({ fr: 'Support morcelé', en: 'Fragmented support' }),
                  detail: t({
                    fr: 'Un message sur les médias sociaux resté sans réponse, puis plusieurs échanges d’e-mails avant la résolution : le ticket est clos, mais le client est perdu.',
                    en: 'A social media message left unanswered, then several email exchanges before the fix: the ticket is closed, but the customer is lost.',
                  }),
                  severity: 3,
                  stepIds: ['contact-support'],
                },
                {
                  title: t({ fr: 'Fonctions avancées méconnues', en: 'Advanced features unknown' }),
                  detail: t({
                    fr: 'Beaucoup d’abonnés ignorent le téléchargement hors ligne et les profils multiples, qui les feraient rester.',
                    en: 'Many subscribers do not know about offline downloads and multiple profiles, which would make them stay.',
                  }),
                  severity: 1,
                  stepIds: ['regular-use'],
                },
              ],
            },
            advocacy: {
              cards: [
                {
                  title: t({ fr: 'Clients satisfaits silencieux', en: 'Silent happy customers' }),
                  detail: t({
                    fr: 'Personne ne leur demande d’avis ni ne les remercie : leur enthousiasme ne se transforme pas en recommandations.',
                    en: 'Nobody asks for their review or thanks them: their enthusiasm does not turn into referrals.',
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
            awareness: {
              cards: [
                {
                  title: t({ fr: 'Chaque annonce vers sa page', en: 'Each ad to its own page' }),
                  detail: t({
                    fr: 'Faire atterrir chaque annonce sur la page de la série présentée, avec l’offre d’essai visible.',
                    en: 'Land every ad on the page of the series it shows, with the trial offer visible.',
                  }),
                  impact: 'medium',
                  effort: 'low',
                },
              ],
            },
            consideration: {
              cards: [
                {
                  title: t({
                    fr: 'Mettre en avant le contenu des utilisateurs',
                    en: 'Showcase user-generated content',
                  }),
                  detail: t({
                    fr: 'Afficher avis, témoignages, comparaisons d’offres et recommandations de créateurs sur les pages clés.',
                    en: 'Show reviews, testimonials, plan comparisons and creator recommendations on key pages.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                },
              ],
            },
            purchase: {
              cards: [
                {
                  title: t({ fr: 'Parcours d’achat sans faille', en: 'Flawless buying path' }),
                  detail: t({
                    fr: 'Page de paiement claire et conviviale, rappel avant la fin de l’essai, résiliation en deux clics affichée, e-mail de remerciement dès le paiement.',
                    en: 'A clear, friendly payment page, a reminder before the trial ends, two-click cancellation shown up front, a thank-you email right after payment.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                  stepIds: ['pay'],
                },
              ],
            },
            retention: {
              cards: [
                {
                  title: t({ fr: 'Support unifié en temps réel', en: 'Unified real-time support' }),
                  detail: t({
                    fr: 'Répondre sur le canal choisi par le client, transmettre l’historique à chaque transfert et déclencher l’e-mail « Nous sommes désolés de vous voir partir » dès une résiliation.',
                    en: 'Answer on the channel the customer chose, pass the history on at every transfer and trigger the “We’re sorry to see you go” email as soon as someone cancels.',
                  }),
                  impact: 'high',
                  effort: 'high',
                  stepIds: ['contact-support'],
                },
              ],
            },
            advocacy: {
              cards: [
                {
                  title: t({ fr: 'Activer les promoteurs', en: 'Activate promoters' }),
                  detail: t({
                    fr: 'Après un avis positif ou une note NPS de 9–10, proposer le parrainage et la formule supérieure ; mettre en avant les contenus des clients.',
                    en: 'After a positive review or an NPS of 9–10, offer the referral programme and the higher plan; showcase customers’ content.',
                  }),
                  impact: 'high',
                  effort: 'low',
                  stepIds: ['post-review', 'recommend-peers', 'upgrade-plan'],
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
