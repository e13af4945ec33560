/**
 * What the demo retailer, Maison Lumière (home decoration and lighting, online and in five shops),
 * sells and where: its products, shops, campaigns, newsletters, blog articles and the names of
 * its customers. Plain data, read by `generateDemoEvents`.
 */

/** The shop's web address, for the `url` of page views. */
export const DEMO_SITE = 'https://www.maison-lumiere.fr'

/** A product of the catalogue. */
export interface DemoProduct {
  readonly sku: string
  readonly name: string
  readonly category: string
  /** Euros, two decimals. */
  readonly price: number
}

const RANGES: readonly { readonly category: string; readonly code: string; readonly names: readonly string[] }[] = [
  {
    category: 'luminaires',
    code: 'LUM',
    names: ['Lampe Céleste', 'Suspension Opaline', 'Applique Lune', 'Lampadaire Aurore', 'Baladeuse Lucie'],
  },
  {
    category: 'linge-de-maison',
    code: 'LIN',
    names: ['Parure Lin lavé', 'Plaid Douceur', 'Nappe Provence', 'Housse de couette Nuage', 'Serviettes Éponge'],
  },
  {
    category: 'vaisselle',
    code: 'VAI',
    names: ['Assiettes Grès', 'Bol Terre', 'Verres Bulle', 'Théière Camélia', 'Plat Four Cuivre'],
  },
  {
    category: 'bougies',
    code: 'BOU',
    names: ['Bougie Figuier', 'Bougie Ambre', 'Diffuseur Fleur d’oranger', 'Photophore Doré', 'Bougie Cèdre'],
  },
  {
    category: 'decoration',
    code: 'DEC',
    names: ['Miroir Soleil', 'Vase Galet', 'Cadre Chêne', 'Horloge Atelier', 'Coussin Velours'],
  },
  {
    category: 'mobilier',
    code: 'MOB',
    names: ['Table basse Rotin', 'Étagère Chêne', 'Fauteuil Lin', 'Console Métal', 'Tabouret Bois'],
  },
]

const FINISHES = ['naturel', 'blanc', 'sauge', 'terracotta', 'noir', 'sable']

/** 180 products: six ranges, five models each, six finishes; prices set by range. */
export const DEMO_PRODUCTS: readonly DemoProduct[] = RANGES.flatMap((range, r) =>
  range.names.flatMap((name, m) =>
    FINISHES.map((finish, f) => {
      const base = [39, 29, 19, 15, 25, 149][r] ?? 25
      const price = base + ((m * 17 + f * 5 + r * 3) % (base * 2)) + 0.9
      return {
        sku: `ML-${range.code}-${String((m + 1) * 100 + f + 1).padStart(4, '0')}`,
        name: `${name} ${finish}`,
        category: range.category,
        price: Math.round(price * 100) / 100,
      }
    }),
  ),
)

/** The product categories, in catalogue order. */
export const DEMO_CATEGORIES: readonly string[] = RANGES.map((range) => range.category)

/** The shops: id and name. */
export const DEMO_STORES: readonly (readonly [string, string])[] = [
  ['paris-marais', 'Paris Marais'],
  ['lyon-presquile', 'Lyon Presqu’île'],
  ['bordeaux-chartrons', 'Bordeaux Chartrons'],
  ['lille-centre', 'Lille Centre'],
  ['nantes-graslin', 'Nantes Graslin'],
]

/** Paid campaigns that bring new visitors: name, source, medium (as `context.campaign` carries them). */
export const DEMO_CAMPAIGNS: readonly (readonly [string, string, string])[] = [
  ['soldes-hiver-2026', 'google', 'cpc'],
  ['soldes-hiver-2026', 'facebook', 'paid_social'],
  ['printemps-maison', 'instagram', 'paid_social'],
  ['printemps-maison', 'google', 'cpc'],
  ['fete-des-meres', 'instagram', 'paid_social'],
  ['marque', 'google', 'cpc'],
]

/** The newsletters (campaign names of `Email Opened` with `campaign_type: newsletter`). */
export const DEMO_NEWSLETTERS: readonly string[] = [
  'newsletter-hebdo',
  'nouveautes-de-la-semaine',
  'ventes-privees',
  'inspiration-deco',
]

/** Blog articles, found through search engines. */
export const DEMO_BLOG_PATHS: readonly string[] = [
  '/blog/bien-eclairer-son-salon',
  '/blog/choisir-son-linge-de-lit',
  '/blog/tendances-deco-2026',
  '/blog/table-de-fete',
  '/blog/entretenir-le-lin',
]

/** Other pages of the site. */
export const DEMO_PAGES: readonly string[] = [
  '/',
  '/nouveautes',
  '/idees-cadeaux',
  '/magasins',
  '/aide/livraison',
  '/aide/retours',
  '/compte',
]

/** Search queries typed on the site. */
export const DEMO_QUERIES: readonly string[] = [
  'lampe de chevet',
  'plaid',
  'bougie parfumée',
  'vase',
  'linge de lit lin',
  'suspension',
  'assiettes',
  'miroir rond',
]

/** Why customers open a ticket. */
export const DEMO_TICKET_SUBJECTS: readonly (readonly [string, number])[] = [
  ['retard-livraison', 4],
  ['article-abime', 2],
  ['retour-remboursement', 3],
  ['question-produit', 2],
  ['facture', 1],
]

export const DEMO_FIRST_NAMES: readonly string[] = [
  'Léa',
  'Hugo',
  'Emma',
  'Louis',
  'Chloé',
  'Gabriel',
  'Manon',
  'Arthur',
  'Inès',
  'Jules',
  'Camille',
  'Lucas',
  'Sarah',
  'Adam',
  'Zoé',
  'Nathan',
  'Anne',
  'Bernard',
  'Nadia',
  'Karim',
]

export const DEMO_LAST_NAMES: readonly string[] = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'Benali',
]

export const DEMO_EMAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'orange.fr',
  'free.fr',
  'hotmail.fr',
  'laposte.net',
  'yahoo.fr',
  'sfr.fr',
  'outlook.fr',
]
