import type { KpiDefinition, Stage, Touchpoint } from '../journey-map.schema.js'
import { buildTemplate, type PersonaSpec, type TemplateDefinition } from './template.js'
import { commonLane, emotionLane, kpiCells, localePicker, touchpointCells } from './template-kit.js'

/**
 * The worked example of seed 000: a yoga-apparel brand that wants to grow its online sales. Its buyer
 * persona is a woman aged 30 to 50, interested in spirituality and active on Instagram. She follows a
 * meditation and mindfulness influencer, clicks the link to the website, gets a pop-up offering 30 %
 * off her first purchase, reads positive comments and interviews of yoga gurus on spirituality and,
 * drawn by the consistency of the brand’s values and the promotion, buys a garment. The after-purchase
 * stage is not in the article; it follows the article’s five stages and indicators.
 */

const TEMPLATE_ID = 'yoga-ecommerce'
const PERSONA_ID = 'yoga-ecommerce-lea'

export const yogaEcommerceTemplate: TemplateDefinition = {
  id: TEMPLATE_ID,
  category: 'sector',
  title: { fr: 'E-commerce de vêtements de yoga', en: 'Yoga apparel e-commerce' },
  description: {
    fr: 'L’exemple d’une marque de vêtements de yoga qui veut augmenter ses ventes en ligne : une cliente de 30 à 50 ans, active sur Instagram, découvre la marque par une influenceuse méditation, profite d’une réduction de 30 % sur son premier achat et devient cliente fidèle.',
    en: 'The example of a yoga apparel brand that wants to grow its online sales: a customer aged 30 to 50, active on Instagram, discovers the brand through a meditation influencer, uses a 30% first-purchase discount and becomes a loyal customer.',
  },
  source: 'seeds/000_0aaa6a0f83c48500.txt — « Customer journey : exemple pratique » (vêtements de yoga)',
  build(locale) {
    const t = localePicker(locale)

    const persona: PersonaSpec = {
      id: PERSONA_ID,
      name: t({ fr: 'Léa, yogi connectée', en: 'Léa, the connected yogi' }),
      avatar: '🧘‍♀️',
      quote: t({
        fr: '« Je veux une tenue dans laquelle je me sens libre sur le tapis, et une marque qui partage vraiment mes valeurs — pas juste un logo zen. »',
        en: '“I want an outfit I feel free in on the mat, and a brand that truly shares my values — not just a zen logo.”',
      }),
      audience: 'b2c',
      summary: t({
        fr: 'Principale cible de la marque : une femme de 30 à 50 ans, intéressée par la spiritualité et active sur Instagram, qui achète en ligne quand les valeurs de la marque rejoignent les siennes.',
        en: 'The brand’s main target: a woman aged 30 to 50, interested in spirituality and active on Instagram, who buys online when the brand’s values match her own.',
      }),
      demographics: {
        ageRange: t({ fr: '30–50 ans (Léa a 38 ans)', en: '30–50 (Léa is 38)' }),
        gender: t({ fr: 'Femme', en: 'Woman' }),
        location: t({ fr: 'Bordeaux', en: 'Bordeaux, France' }),
        occupation: t({ fr: 'Responsable des ressources humaines', en: 'Human resources manager' }),
        income: t({ fr: '3 200 € nets par mois', en: '€3,200 net a month' }),
        education: t({ fr: 'Master', en: 'Master’s degree' }),
        familyStatus: t({ fr: 'Mariée, une fille de 6 ans', en: 'Married, one 6-year-old daughter' }),
      },
      psychographics: {
        lifestyle: t({
          fr: [
            'Pratique le yoga trois fois par semaine, en studio et chez elle',
            'Médite chaque matin avec une application',
            'Consomme moins, mais mieux',
          ],
          en: [
            'Practises yoga three times a week, at a studio and at home',
            'Meditates every morning with an app',
            'Buys less, but better',
          ],
        }),
        habits: t({
          fr: [
            'Passe 30 à 45 minutes par jour sur Instagram, surtout le soir',
            'Suit des comptes de méditation, de pleine conscience et de yoga',
            'Achète ses vêtements en ligne, le plus souvent depuis son smartphone',
          ],
          en: [
            'Spends 30 to 45 minutes a day on Instagram, mostly in the evening',
            'Follows meditation, mindfulness and yoga accounts',
            'Buys her clothes online, mostly from her smartphone',
          ],
        }),
        values: t({
          fr: ['Spiritualité et bien-être intérieur', 'Authenticité', 'Fabrication responsable'],
          en: ['Spirituality and inner well-being', 'Authenticity', 'Responsible manufacturing'],
        }),
        interests: t({
          fr: ['Yoga', 'Méditation', 'Pleine conscience', 'Alimentation saine'],
          en: ['Yoga', 'Meditation', 'Mindfulness', 'Healthy eating'],
        }),
      },
      goals: t({
        fr: [
          'Trouver des tenues confortables qui tiennent pendant les postures',
          'Acheter auprès d’une marque dont elle partage les valeurs',
          'Se sentir bien dans sa tenue, en cours comme au quotidien',
        ],
        en: [
          'Find comfortable outfits that stay in place during poses',
          'Buy from a brand whose values she shares',
          'Feel good in her outfit, in class and every day',
        ],
      }),
      needs: t({
        fr: [
          'Connaître la matière, la coupe et la taille qui lui conviennent',
          'Lire les avis d’autres pratiquantes',
          'Des échanges et retours simples',
          'Un prix juste pour une qualité durable',
        ],
        en: [
          'Know which fabric, cut and size suit her',
          'Read reviews from other practitioners',
          'Simple exchanges and returns',
          'A fair price for lasting quality',
        ],
      }),
      frustrations: t({
        fr: [
          'Les leggings qui deviennent transparents en posture',
          'Les marques « bien-être » qui ne parlent que de promotions',
          'Ne pas pouvoir essayer avant d’acheter',
          'Les publicités trop insistantes',
        ],
        en: [
          'Leggings that turn see-through in poses',
          '“Wellness” brands that only talk about discounts',
          'Not being able to try before buying',
          'Pushy ads',
        ],
      }),
      motivations: t({
        fr: [
          'La cohérence entre les valeurs de la marque et les siennes',
          'Les recommandations des influenceuses qu’elle suit',
          'Une réduction de bienvenue pour oser un premier achat',
        ],
        en: [
          'Consistency between the brand’s values and her own',
          'Recommendations from the influencers she follows',
          'A welcome discount to try a first purchase',
        ],
      }),
      preferredChannels: ['social', 'web', 'email'],
      sections: [
        {
          title: t({ fr: 'Comment elle a connu la marque', en: 'How she found the brand' }),
          body: t({
            fr: 'Par une influenceuse de méditation et de pleine conscience qu’elle suit sur Instagram, qui a partagé un lien vers le site.',
            en: 'Through a meditation and mindfulness influencer she follows on Instagram, who shared a link to the website.',
          }),
        },
        {
          title: t({ fr: 'Critères d’achat', en: 'Buying criteria' }),
          body: t({
            fr: 'Confort et opacité du tissu, matières responsables, avis d’autres pratiquantes, cohérence des valeurs de la marque, prix après réduction.',
            en: 'Comfort and opacity of the fabric, responsible materials, reviews from other practitioners, consistency of the brand’s values, price after discount.',
          }),
        },
      ],
      segment: {
        match: 'all',
        conditions: [
          { kind: 'trait', predicate: { op: 'gte', property: 'traits.age', value: 30 } },
          { kind: 'trait', predicate: { op: 'lte', property: 'traits.age', value: 50 } },
          { kind: 'channel', channels: ['social'] },
        ],
      },
    }

    const stages: Stage[] = [
      {
        id: 'awareness',
        name: t({ fr: 'Prise de conscience', en: 'Awareness' }),
        description: t({
          fr: 'Sur Instagram, Léa découvre la marque grâce à des publicités ciblées et à des influenceuses de méditation et de pleine conscience.',
          en: 'On Instagram, Léa discovers the brand through targeted ads and meditation and mindfulness influencers.',
        }),
        steps: [
          {
            id: 'see-influencer-post',
            name: t({ fr: 'Voit la publication d’une influenceuse', en: 'Sees an influencer’s post' }),
          },
          { id: 'see-sponsored-ad', name: t({ fr: 'Voit une publicité ciblée', en: 'Sees a targeted ad' }) },
        ],
      },
      {
        id: 'consideration',
        name: t({ fr: 'Réflexion', en: 'Consideration' }),
        description: t({
          fr: 'Elle suit le lien vers le site, où un pop-up lui offre 30 % de réduction sur son premier achat, et parcourt les collections.',
          en: 'She follows the link to the website, where a pop-up offers her 30% off her first purchase, and browses the collections.',
        }),
        steps: [
          {
            id: 'click-link',
            name: t({ fr: 'Clique sur le lien vers le site', en: 'Clicks the link to the website' }),
          },
          {
            id: 'welcome-popup',
            name: t({ fr: 'Découvre l’offre de bienvenue de 30 %', en: 'Discovers the 30% welcome offer' }),
          },
        ],
      },
      {
        id: 'decision',
        name: t({ fr: 'Décision', en: 'Decision' }),
        description: t({
          fr: 'Sur le site, elle tombe sur des commentaires positifs et des interviews de gourous du yoga sur la spiritualité.',
          en: 'On the website, she comes across positive comments and interviews of yoga gurus about spirituality.',
        }),
        steps: [
          { id: 'read-reviews', name: t({ fr: 'Lit les commentaires positifs', en: 'Reads the positive comments' }) },
          {
            id: 'watch-interviews',
            name: t({ fr: 'Découvre les interviews de gourous du yoga', en: 'Discovers the yoga guru interviews' }),
          },
        ],
      },
      {
        id: 'purchase',
        name: t({ fr: 'Achat', en: 'Purchase' }),
        description: t({
          fr: 'Attirée par la cohérence des valeurs de la marque et par la promotion, elle achète un vêtement, puis reçoit son colis.',
          en: 'Drawn by the consistency of the brand’s values and by the promotion, she buys a garment, then receives her parcel.',
        }),
        steps: [
          {
            id: 'checkout',
            name: t({ fr: 'Commande avec le code de bienvenue', en: 'Orders with the welcome code' }),
            isMomentOfTruth: true,
          },
          { id: 'delivery', name: t({ fr: 'Reçoit son colis', en: 'Receives her parcel' }) },
        ],
      },
      {
        id: 'loyalty',
        name: t({ fr: 'Fidélisation', en: 'Loyalty' }),
        description: t({
          fr: 'Après l’achat, la marque soigne chaque interaction pour que Léa revienne et parle d’elle à sa communauté.',
          en: 'After the purchase, the brand cares for every interaction so that Léa comes back and talks about it to her community.',
        }),
        steps: [
          {
            id: 'first-practice',
            name: t({
              fr: 'Porte sa tenue en cours pour la première fois',
              en: 'Wears her outfit to class for the first time',
            }),
            isMomentOfTruth: true,
          },
          {
            id: 'share-review',
            name: t({ fr: 'Laisse un avis et partage sur Instagram', en: 'Leaves a review and shares on Instagram' }),
          },
        ],
      },
    ]

    const touchpoints: Touchpoint[] = [
      {
        id: 'tp-influencer-post',
        name: t({ fr: 'Publication d’une influenceuse méditation', en: 'Meditation influencer’s post' }),
        channel: 'social',
        mode: 'online',
        stageId: 'awareness',
        stepId: 'see-influencer-post',
        importance: 'high',
        ownerTeam: t({ fr: 'Influence', en: 'Influencer marketing' }),
        selector: {
          events: ['Page Viewed'],
          where: [
            { op: 'eq', property: 'context.campaign.source', value: 'instagram' },
            { op: 'eq', property: 'context.campaign.medium', value: 'influence' },
          ],
        },
      },
      {
        id: 'tp-instagram-ad',
        name: t({ fr: 'Publicité ciblée sur Instagram', en: 'Targeted Instagram ad' }),
        channel: 'advertising',
        mode: 'online',
        stageId: 'awareness',
        stepId: 'see-sponsored-ad',
        importance: 'medium',
        ownerTeam: 'Acquisition',
        selector: {
          events: ['Page Viewed'],
          where: [
            { op: 'eq', property: 'context.campaign.source', value: 'instagram' },
            { op: 'eq', property: 'context.campaign.medium', value: 'paid_social' },
          ],
        },
      },
      {
        id: 'tp-collections',
        name: t({ fr: 'Pages collections', en: 'Collection pages' }),
        channel: 'web',
        mode: 'online',
        stageId: 'consideration',
        stepId: 'click-link',
        importance: 'medium',
        ownerTeam: 'E-commerce',
        selector: { events: ['Product List Viewed'] },
      },
      {
        id: 'tp-welcome-popup',
        name: t({ fr: 'Pop-up -30 % sur le premier achat', en: '30%-off first-purchase pop-up' }),
        channel: 'web',
        mode: 'online',
        stageId: 'consideration',
        stepId: 'welcome-popup',
        importance: 'high',
        ownerTeam: 'E-commerce',
        selector: {
          events: ['Promotion Viewed', 'Promotion Clicked'],
          where: [{ op: 'eq', property: 'properties.promotion_id', value: 'welcome-30' }],
        },
      },
      {
        id: 'tp-reviews',
        name: t({ fr: 'Commentaires clients sur les fiches produit', en: 'Customer comments on product pages' }),
        channel: 'web',
        mode: 'online',
        stageId: 'decision',
        stepId: 'read-reviews',
        importance: 'high',
        ownerTeam: 'E-commerce',
        selector: { events: ['Product Viewed'] },
      },
      {
        id: 'tp-guru-interviews',
        name: t({
          fr: 'Interviews de gourous du yoga sur la spiritualité',
          en: 'Yoga guru interviews on spirituality',
        }),
        channel: 'web',
        mode: 'online',
        stageId: 'decision',
        stepId: 'watch-interviews',
        importance: 'medium',
        ownerTeam: t({ fr: 'Contenu', en: 'Content' }),
        selector: {
          events: ['Video Playback Started', 'Page Viewed'],
          where: [{ op: 'contains', property: 'context.page.path', value: '/journal/' }],
        },
      },
      {
        id: 'tp-size-guide',
        name: t({ fr: 'Guide des tailles', en: 'Size guide' }),
        channel: 'web',
        mode: 'online',
        stageId: 'decision',
        importance: 'medium',
        ownerTeam: 'E-commerce',
        selector: { events: ['Size Guide Viewed'] },
      },
      {
        id: 'tp-checkout',
        name: t({ fr: 'Panier et paiement avec le code de bienvenue', en: 'Cart and checkout with the welcome code' }),
        channel: 'web',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'checkout',
        importance: 'critical',
        ownerTeam: 'E-commerce',
        isRequired: true,
        selector: { events: ['Checkout Started', 'Coupon Applied', 'Order Completed'], channels: ['web', 'app'] },
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
        id: 'tp-delivery',
        name: t({ fr: 'Livraison du colis', en: 'Parcel delivery' }),
        channel: 'partner',
        mode: 'offline',
        stageId: 'purchase',
        stepId: 'delivery',
        importance: 'high',
        ownerTeam: t({ fr: 'Logistique', en: 'Logistics' }),
        selector: { events: ['Order Delivered'] },
      },
      {
        id: 'tp-delivery-survey',
        name: t({ fr: 'Question de satisfaction à la livraison', en: 'Delivery satisfaction question' }),
        channel: 'email',
        mode: 'online',
        stageId: 'purchase',
        stepId: 'delivery',
        importance: 'medium',
        ownerTeam: 'CX',
        selector: {
          events: ['Survey Answered'],
          where: [{ op: 'eq', property: 'properties.survey', value: 'delivery-csat' }],
        },
      },
      {
        id: 'tp-follow-up-email',
        name: t({ fr: 'E-mail « Comment se passe votre pratique ? »', en: '“How is your practice going?” email' }),
        channel: 'email',
        mode: 'online',
        stageId: 'loyalty',
        stepId: 'first-practice',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Opened'],
          where: [{ op: 'eq', property: 'properties.campaign_name', value: 'post-purchase-follow-up' }],
        },
      },
      {
        id: 'tp-review-request',
        name: t({ fr: 'Demande d’avis', en: 'Review request' }),
        channel: 'email',
        mode: 'online',
        stageId: 'loyalty',
        stepId: 'share-review',
        importance: 'medium',
        ownerTeam: 'CRM',
        selector: { events: ['Product Reviewed'] },
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
        id: 'tp-instagram-community',
        name: t({
          fr: 'Partage sur Instagram avec le hashtag de la marque',
          en: 'Instagram shares with the brand hashtag',
        }),
        channel: 'social',
        mode: 'online',
        stageId: 'loyalty',
        stepId: 'share-review',
        importance: 'medium',
        ownerTeam: t({ fr: 'Influence', en: 'Influencer marketing' }),
        description: t({
          fr: 'Mesuré par l’écoute sociale, pas par un événement du site.',
          en: 'Measured by social listening, not by a website event.',
        }),
      },
      {
        id: 'tp-newsletter',
        name: t({
          fr: 'Newsletter (pratique, nouvelles collections)',
          en: 'Newsletter (practice tips, new collections)',
        }),
        channel: 'email',
        mode: 'online',
        stageId: 'loyalty',
        importance: 'low',
        ownerTeam: 'CRM',
        selector: {
          events: ['Email Opened', 'Email Link Clicked'],
          where: [{ op: 'eq', property: 'properties.campaign_type', value: 'newsletter' }],
        },
      },
    ]

    const kpis: KpiDefinition[] = [
      {
        id: 'kpi-instagram-ctr',
        name: t({ fr: 'Taux de clic Instagram', en: 'Instagram click-through rate' }),
        kind: 'ctr',
        formula: t({
          fr: 'CTR = clics vers le site ÷ impressions des publicités et des publications partenaires × 100',
          en: 'CTR = clicks to the website ÷ impressions of ads and partner posts × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-instagram-ad' },
        target: 1.2,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-instagram-visits',
        name: t({ fr: 'Visites venues d’Instagram', en: 'Visits from Instagram' }),
        kind: 'count',
        formula: t({
          fr: 'Nombre de sessions sur le site dont la source est Instagram (utm_source=instagram), publicités et influenceuses comprises',
          en: 'Number of website sessions whose source is Instagram (utm_source=instagram), ads and influencers included',
        }),
        unit: 'count',
        appliesTo: { level: 'stage', stageId: 'awareness' },
        target: 15000,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-welcome-code-usage',
        name: t({ fr: 'Utilisation du code de bienvenue', en: 'Welcome code usage' }),
        kind: 'conversion-rate',
        formula: t({
          fr: 'Commandes avec le code -30 % ÷ visiteuses ayant vu le pop-up de bienvenue × 100',
          en: 'Orders with the 30%-off code ÷ visitors who saw the welcome pop-up × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-welcome-popup' },
        target: 4,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-conversion-rate',
        name: t({ fr: 'Taux de conversion des visiteuses Instagram', en: 'Instagram visitor conversion rate' }),
        kind: 'conversion-rate',
        formula: t({
          fr: 'Premières commandes ÷ visiteuses uniques venues d’Instagram × 100, sur la période',
          en: 'First orders ÷ unique visitors from Instagram × 100, over the period',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'decision' },
        target: 2.5,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-checkout-ces',
        name: t({ fr: 'Effort à la commande (CES)', en: 'Checkout effort (CES)' }),
        kind: 'ces',
        formula: t({
          fr: 'CES = moyenne des réponses à « Passer commande a été facile », de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)',
          en: 'CES = average answer to “Placing my order was easy”, from 1 (strongly disagree) to 7 (strongly agree)',
        }),
        unit: 'score',
        scale: { min: 1, max: 7 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-checkout' },
        target: 6,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-delivery-csat',
        name: t({ fr: 'Satisfaction livraison (CSAT)', en: 'Delivery satisfaction (CSAT)' }),
        kind: 'csat',
        formula: t({
          fr: 'CSAT = réponses 4 ou 5 ÷ nombre total de réponses × 100 à « Êtes-vous satisfaite de votre livraison ? », sur une échelle de 1 à 5',
          en: 'CSAT = answers of 4 or 5 ÷ total answers × 100 to “Are you satisfied with your delivery?”, on a 1–5 scale',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-delivery-survey' },
        target: 90,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-nps',
        name: t({ fr: 'Net Promoter Score (NPS)', en: 'Net Promoter Score (NPS)' }),
        kind: 'nps',
        formula: t({
          fr: 'NPS = % de promotrices (notes 9–10) − % de détractrices (notes 0–6), sur une échelle de 0 à 10',
          en: 'NPS = % promoters (9–10) − % detractors (0–6), on a 0–10 scale',
        }),
        unit: 'score',
        scale: { min: -100, max: 100 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-nps-survey' },
        target: 50,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-review-rating',
        name: t({ fr: 'Note moyenne des avis', en: 'Average review rating' }),
        kind: 'custom',
        formula: t({
          fr: 'Somme des notes des avis produits publiés sur la période ÷ nombre d’avis publiés, sur une échelle de 1 à 5 étoiles',
          en: 'Sum of the ratings of product reviews published in the period ÷ number of reviews published, on a 1–5 star scale',
        }),
        unit: 'score',
        scale: { min: 1, max: 5 },
        appliesTo: { level: 'touchpoint', touchpointId: 'tp-review-request' },
        target: 4.6,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-repeat-purchase',
        name: t({ fr: 'Taux de réachat à 6 mois', en: '6-month repeat purchase rate' }),
        kind: 'custom',
        formula: t({
          fr: 'Clientes ayant passé une deuxième commande dans les 6 mois suivant la première ÷ clientes ayant passé une première commande × 100',
          en: 'Customers who placed a second order within 6 months of the first ÷ customers who placed a first order × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'loyalty' },
        target: 25,
        direction: 'higher-is-better',
      },
      {
        id: 'kpi-churn-rate',
        name: t({ fr: 'Taux d’attrition', en: 'Churn rate' }),
        kind: 'churn-rate',
        formula: t({
          fr: 'Clientes ayant commandé au cours des 12 mois précédents sans nouvelle commande sur les 12 derniers mois ÷ clientes ayant commandé au cours des 12 mois précédents × 100',
          en: 'Customers who ordered in the previous 12 months with no new order in the last 12 months ÷ customers who ordered in the previous 12 months × 100',
        }),
        unit: 'percent',
        scale: { min: 0, max: 100 },
        appliesTo: { level: 'stage', stageId: 'loyalty' },
        target: 50,
        direction: 'lower-is-better',
      },
    ]

    return buildTemplate({
      id: `${TEMPLATE_ID}-${locale}`,
      templateId: TEMPLATE_ID,
      locale,
      title: t({ fr: 'E-commerce de vêtements de yoga', en: 'Yoga apparel e-commerce' }),
      objective: t({
        fr: 'Augmenter les ventes en ligne : attirer sur Instagram des femmes de 30 à 50 ans intéressées par la spiritualité, transformer leur première visite en premier achat, puis en réachat.',
        en: 'Grow online sales: attract women aged 30 to 50 interested in spirituality on Instagram, turn their first visit into a first purchase, then into repeat purchases.',
      }),
      type: 'current',
      owner: t({ fr: 'Équipe e-commerce et marketing', en: 'E-commerce and marketing team' }),
      evidence: {
        status: 'assumption',
        source: t({
          fr: 'Modèle Parcours « E-commerce de vêtements de yoga » — à confirmer par les données du site et d’Instagram',
          en: 'Parcours “Yoga apparel e-commerce” template — to confirm with website and Instagram data',
        }),
      },
      personas: [persona],
      stages,
      touchpoints,
      kpis,
      rows: [
        {
          lane: { id: 'actions', kind: 'actions', title: t({ fr: 'Actions de la cliente', en: 'Customer actions' }) },
          cells: {
            awareness: t({
              fr: 'Fait défiler son fil Instagram le soir ; voit une influenceuse de méditation et de pleine conscience porter la marque, puis une publicité ciblée.',
              en: 'Scrolls her Instagram feed in the evening; sees a meditation and mindfulness influencer wearing the brand, then a targeted ad.',
            }),
            consideration: t({
              fr: 'Clique sur le lien vers le site, découvre un pop-up offrant 30 % de réduction sur le premier achat, parcourt les collections.',
              en: 'Clicks the link to the website, finds a pop-up offering 30% off the first purchase, browses the collections.',
            }),
            decision: t({
              fr: 'Lit les commentaires positifs sur les fiches produit, regarde les interviews de gourous du yoga sur la spiritualité, vérifie la matière et le guide des tailles.',
              en: 'Reads the positive comments on product pages, watches the yoga guru interviews on spirituality, checks the fabric and the size guide.',
            }),
            purchase: t({
              fr: 'Ajoute un legging au panier, saisit le code de bienvenue, paie, puis suit sa livraison.',
              en: 'Adds a pair of leggings to the cart, enters the welcome code, pays, then tracks her delivery.',
            }),
            loyalty: t({
              fr: 'Porte sa tenue en cours, reçoit un e-mail de suivi, laisse un avis, partage une photo en identifiant la marque et s’abonne à la newsletter.',
              en: 'Wears her outfit to class, receives a follow-up email, leaves a review, shares a photo tagging the brand and subscribes to the newsletter.',
            }),
          },
        },
        {
          lane: commonLane(locale, 'thoughts'),
          cells: {
            awareness: t({
              fr: '« Elle a l’air tellement à l’aise dans cette tenue… C’est quelle marque ? »',
              en: '“She looks so comfortable in that outfit… Which brand is it?”',
            }),
            consideration: t({
              fr: '« 30 % sur une première commande, c’est le moment d’essayer. Mais la qualité suit-elle ? »',
              en: '“30% off a first order, now’s the time to try. But is the quality there?”',
            }),
            decision: t({
              fr: '« Cette marque parle vraiment de spiritualité, pas seulement de mode. Et les autres pratiquantes en sont contentes. »',
              en: '“This brand really talks about spirituality, not just fashion. And other practitioners are happy with it.”',
            }),
            purchase: t({
              fr: '« Pourvu que la taille soit la bonne et que le colis arrive avant mon cours de samedi. »',
              en: '“I hope the size is right and the parcel arrives before my Saturday class.”',
            }),
            loyalty: t({
              fr: '« Le legging ne bouge pas en posture, j’adore. Je vais le montrer à mon groupe de yoga. »',
              en: '“The leggings don’t budge in poses, I love them. I’ll show them to my yoga group.”',
            }),
          },
        },
        {
          lane: commonLane(locale, 'feelings'),
          cells: {
            awareness: t({ fr: 'Inspirée, curieuse.', en: 'Inspired, curious.' }),
            consideration: t({
              fr: 'Tentée par l’offre, encore prudente ; agacée par le pop-up sur mobile.',
              en: 'Tempted by the offer, still cautious; annoyed by the pop-up on mobile.',
            }),
            decision: t({
              fr: 'En confiance, touchée par les valeurs de la marque.',
              en: 'Confident, moved by the brand’s values.',
            }),
            purchase: t({
              fr: 'Enthousiaste, mais inquiète pour la taille ; déçue par les frais de port découverts au paiement.',
              en: 'Excited but worried about the size; disappointed by shipping costs revealed at checkout.',
            }),
            loyalty: t({
              fr: 'Satisfaite et fière de son choix — ou déçue si un échange de taille s’avère compliqué.',
              en: 'Satisfied and proud of her choice — or disappointed if a size exchange turns out to be complicated.',
            }),
          },
        },
        {
          lane: emotionLane(locale, {
            id: 'emotion',
            minLabel: t({ fr: 'Frustrée', en: 'Frustrated' }),
            maxLabel: t({ fr: 'Ravie', en: 'Delighted' }),
            curves: [
              {
                id: 'curve-current',
                label: t({ fr: 'Léa — expérience actuelle', en: 'Léa — current experience' }),
                personaId: PERSONA_ID,
                state: 'current',
                points: [
                  {
                    stageId: 'awareness',
                    value: 1,
                    note: t({ fr: 'Inspirée par l’influenceuse', en: 'Inspired by the influencer' }),
                  },
                  {
                    stageId: 'consideration',
                    value: 0,
                    note: t({ fr: 'Le pop-up masque la page sur mobile', en: 'The pop-up hides the page on mobile' }),
                  },
                  {
                    stageId: 'decision',
                    value: 1,
                    note: t({ fr: 'Rassurée par les avis et les valeurs', en: 'Reassured by reviews and values' }),
                  },
                  {
                    stageId: 'purchase',
                    value: -1,
                    note: t({ fr: 'Frais de port découverts au paiement', en: 'Shipping costs revealed at checkout' }),
                  },
                  {
                    stageId: 'loyalty',
                    value: 1,
                    note: t({
                      fr: 'Ravie de la tenue, mais l’échange coûte cher',
                      en: 'Loves the outfit, but exchanges are costly',
                    }),
                  },
                ],
              },
              {
                id: 'curve-future',
                label: t({ fr: 'Léa — expérience cible', en: 'Léa — target experience' }),
                personaId: PERSONA_ID,
                state: 'future',
                points: [
                  { stageId: 'awareness', value: 1 },
                  { stageId: 'consideration', value: 1 },
                  { stageId: 'decision', value: 2 },
                  { stageId: 'purchase', value: 1 },
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
            awareness: { channels: ['social', 'advertising'] },
            consideration: { channels: ['social', 'web'] },
            decision: { channels: ['web'] },
            purchase: { channels: ['web', 'email', 'partner'] },
            loyalty: { channels: ['email', 'social', 'web'] },
          },
        },
        {
          lane: commonLane(locale, 'pain-points'),
          cells: {
            awareness: {
              cards: [
                {
                  title: t({ fr: 'Publicité perçue comme intrusive', en: 'Ad felt as intrusive' }),
                  detail: t({
                    fr: 'Répétée trop souvent, la publicité ciblée heurte une audience attachée à l’authenticité.',
                    en: 'Shown too often, the targeted ad jars with an audience that values authenticity.',
                  }),
                  severity: 1,
                  stepIds: ['see-sponsored-ad'],
                },
              ],
            },
            consideration: {
              cards: [
                {
                  title: t({ fr: 'Pop-up qui masque le produit', en: 'Pop-up hiding the product' }),
                  detail: t({
                    fr: 'Sur smartphone, le pop-up de bienvenue couvre toute la page et se ferme mal : la visiteuse perd le produit vu sur Instagram.',
                    en: 'On smartphones, the welcome pop-up covers the whole page and is hard to close: the visitor loses the product she saw on Instagram.',
                  }),
                  severity: 2,
                  stepIds: ['welcome-popup'],
                },
              ],
            },
            decision: {
              cards: [
                {
                  title: t({ fr: 'Doute sur la taille et l’opacité', en: 'Doubts about size and opacity' }),
                  detail: t({
                    fr: 'Sans essayage, elle craint un legging transparent en posture ; les avis ne disent pas quelle taille porte la cliente.',
                    en: 'Without trying on, she fears see-through leggings in poses; reviews do not say which size the reviewer wears.',
                  }),
                  severity: 2,
                  stepIds: ['read-reviews'],
                },
              ],
            },
            purchase: {
              cards: [
                {
                  title: t({ fr: 'Frais de port découverts au paiement', en: 'Shipping costs revealed at checkout' }),
                  detail: t({
                    fr: 'Le code -30 % est appliqué, mais les frais de port n’apparaissent qu’à la dernière étape.',
                    en: 'The 30%-off code is applied, but shipping costs only appear at the last step.',
                  }),
                  severity: 3,
                  stepIds: ['checkout'],
                },
              ],
            },
            loyalty: {
              cards: [
                {
                  title: t({ fr: 'Échange de taille compliqué', en: 'Complicated size exchange' }),
                  detail: t({
                    fr: 'Changer de taille oblige à imprimer une étiquette et à payer le retour.',
                    en: 'Changing size means printing a label and paying for the return.',
                  }),
                  severity: 2,
                  stepIds: ['first-practice'],
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
                  title: t({ fr: 'Programme d’ambassadrices', en: 'Ambassador programme' }),
                  detail: t({
                    fr: 'Remplacer une partie des publicités par des partenariats durables avec des influenceuses méditation et pleine conscience dont l’audience correspond au persona.',
                    en: 'Replace part of the ads with lasting partnerships with meditation and mindfulness influencers whose audience matches the persona.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                },
              ],
            },
            consideration: {
              cards: [
                {
                  title: t({ fr: 'Offre de bienvenue discrète', en: 'Low-key welcome offer' }),
                  detail: t({
                    fr: 'Afficher les -30 % dans un bandeau facile à fermer, et envoyer le code par e-mail contre une inscription.',
                    en: 'Show the 30% off in an easy-to-close banner, and send the code by email in exchange for a sign-up.',
                  }),
                  impact: 'medium',
                  effort: 'low',
                  stepIds: ['welcome-popup'],
                },
              ],
            },
            decision: {
              cards: [
                {
                  title: t({ fr: 'Avis enrichis', en: 'Richer reviews' }),
                  detail: t({
                    fr: 'Demander la taille portée et le type de pratique (hatha, vinyasa…) dans les avis ; ajouter une vidéo de test d’opacité en posture.',
                    en: 'Ask for the size worn and the type of practice (hatha, vinyasa…) in reviews; add a video testing opacity in poses.',
                  }),
                  impact: 'high',
                  effort: 'medium',
                  stepIds: ['read-reviews'],
                },
              ],
            },
            purchase: {
              cards: [
                {
                  title: t({ fr: 'Prix total dès la fiche produit', en: 'Total price on the product page' }),
                  detail: t({
                    fr: 'Afficher les frais de port et le seuil de livraison offerte avant le panier ; proposer le retrait en point relais.',
                    en: 'Show shipping costs and the free-delivery threshold before the cart; offer relay-point pickup.',
                  }),
                  impact: 'high',
                  effort: 'low',
                  stepIds: ['checkout'],
                },
              ],
            },
            loyalty: {
              cards: [
                {
                  title: t({ fr: 'Premier échange offert et communauté', en: 'Free first exchange and community' }),
                  detail: t({
                    fr: 'Échange de taille gratuit sur la première commande, puis invitation à partager sa pratique avec le hashtag de la marque.',
                    en: 'Free size exchange on the first order, then an invitation to share her practice with the brand’s hashtag.',
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
