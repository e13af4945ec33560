import type { IncomingEvent } from '../events/incoming-event.schema.js'
import {
  DEMO_BLOG_PATHS,
  DEMO_CAMPAIGNS,
  DEMO_CATEGORIES,
  DEMO_EMAIL_DOMAINS,
  DEMO_FIRST_NAMES,
  DEMO_LAST_NAMES,
  DEMO_NEWSLETTERS,
  DEMO_PAGES,
  DEMO_PRODUCTS,
  DEMO_QUERIES,
  DEMO_SITE,
  DEMO_STORES,
  DEMO_TICKET_SUBJECTS,
  type DemoProduct,
} from './demo-catalogue.js'
import { DAY_MS, formatParis, HOUR_MS, parisOffset, parisTime } from './paris-time.js'
import { createSeededRandom, type SeededRandom, seededUuid } from './seeded-random.js'

/** The seed of the demo everyone sees: `parcours demo` and `npm start` load these events. */
export const DEMO_SEED = 2026
/** How many people the demo follows. */
export const DEMO_CUSTOMERS = 5000
/** New visitors arrive from this day (Monday 5 January 2026, Paris)… */
export const DEMO_PERIOD_START: number = parisTime(2026, 1, 5)
/** …for this many days; their journeys go on afterwards. */
export const DEMO_ARRIVAL_DAYS = 180
/** No event after this instant (31 October 2026, midnight in Paris): the end of the export. */
export const DEMO_PERIOD_END: number = parisTime(2026, 11, 1)

export interface DemoEventsOptions {
  /** Default `DEMO_SEED`. */
  readonly seed?: number
  /** Default `DEMO_CUSTOMERS`. */
  readonly customers?: number
}

/** Local hour-of-day weights (hours 0–23) by kind of session. */
const HOURS: Readonly<Record<'web' | 'email' | 'office' | 'store', readonly number[]>> = {
  web: [1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 2, 3, 4, 4, 4, 5, 5, 4, 4, 4, 5, 6, 7, 8, 8, 6, 3],
  email: [0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 2, 5, 8, 6, 4, 3, 4, 4, 3, 3, 3, 3, 4, 4, 4, 3, 2, 1],
  office: [0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 8, 8, 5, 4, 6, 7, 7, 6, 4, 0, 0, 0, 0, 0],
  store: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 5, 4, 5, 6, 7, 8, 8, 3, 0, 0, 0, 0],
}
type SessionKind = keyof typeof HOURS
const hourPairs = (weights: readonly number[]) => weights.map((w, hour) => [hour, w] as const)
const HOUR_PAIRS: Readonly<Record<SessionKind, readonly (readonly [number, number])[]>> = {
  web: hourPairs(HOURS.web),
  email: hourPairs(HOURS.email),
  office: hourPairs(HOURS.office),
  store: hourPairs(HOURS.store),
}

const NPS_SCORES: readonly (readonly [number, number])[] = [
  [10, 3],
  [9, 4],
  [8, 3],
  [7, 2],
  [6, 1],
  [5, 1],
  [3, 0.5],
  [0, 0.5],
]
const NPS_SCORES_AFTER_TICKET: readonly (readonly [number, number])[] = [
  [10, 1],
  [9, 2],
  [8, 2],
  [7, 2],
  [6, 2],
  [4, 1.5],
  [2, 1],
  [0, 0.5],
]
const CSAT_SCORES: readonly (readonly [number, number])[] = [
  [5, 4],
  [4, 4],
  [3, 1.5],
  [2, 0.7],
  [1, 0.5],
]
const CES_SCORES: readonly (readonly [number, number])[] = [
  [7, 3],
  [6, 3],
  [5, 2],
  [4, 1],
  [3, 0.6],
  [2, 0.4],
  [1, 0.3],
]

/** Running numbers shared by every journey: orders, tickets, calls, till transactions. */
interface Counters {
  order: number
  ticket: number
  call: number
  till: number
}

type Channel = 'web' | 'app' | 'email' | 'phone' | 'store' | 'chat' | 'support'
type JsonObject = Record<string, unknown>

/**
 * The demo's events: the Segment calls (track, identify, page, screen) a French home-decoration
 * retailer, Maison Lumière, would send over ten months, for `customers` people who each walk the
 * five stages awareness → consideration → decision → purchase → loyalty, dropping off between them.
 * The same seed always gives the same events, messageIds included (so loading them twice stores
 * them once). The model is bench/generate-events.mjs's, with the events and properties the
 * "five stages" map's touchpoints select:
 *
 * - awareness: a landing page from a paid campaign (`context.campaign` with source and medium: Google
 *   `cpc`, Facebook or Instagram `paid_social`), a blog article found by search, or the home page;
 *   customers already known open a newsletter (`Email Opened`) and click through;
 * - consideration (half of them): one to three sessions on the web or the app: pages, `Products
 *   Searched`, `Product Viewed`, the comparison page `/comparer`, newsletters; some sign up
 *   (`identify` with email, phone, loyalty card, then `Signed Up`);
 * - decision (60 %): `Promotion Viewed`/`Clicked`, `Product Added`, a question on the live chat,
 *   a call or a shop visit (`Store Visited`), then `Checkout Started`; those who stop get a cart
 *   reminder (`Email Delivered`, `relance-panier`);
 * - purchase (70 % of them): `Order Completed` on the web, the app, by phone or at the till, the
 *   confirmation email, a CES survey (1–7), the welcome email clicked (`onboarding`);
 * - loyalty: the loyalty programme, support tickets (`Ticket Created`, `Ticket Resolved`, calls,
 *   a CSAT survey 1–5), review requests and `Product Reviewed`, repeat purchases (points
 *   redeemed in shops), an NPS survey (0–10).
 *
 * Identities are those of real systems: web and app calls carry the device's anonymousId (and the
 * userId once the person has signed up); email and support tools the userId and the email
 * (`context.traits.email`); the call centre a call id and the caller's number as dialled
 * (`06 12 34 56 78`, `context.traits.phone`), the userId when the adviser found the account; the
 * tills a transaction id with the loyalty card (`properties.loyaltyCard`) or the email given for the
 * e-receipt, and nothing to recognise a customer without either. Stitching joins them.
 * Times are in Europe/Paris (+01:00 in winter, +02:00 in summer), at the hours each channel is used.
 *
 * @example generateDemoEvents({ customers: 10 }).length // ≈ 100, the same array on every run
 */
export function generateDemoEvents(options: DemoEventsOptions = {}): IncomingEvent[] {
  const random = createSeededRandom(options.seed ?? DEMO_SEED)
  const customers = options.customers ?? DEMO_CUSTOMERS
  const counters: Counters = { order: 0, ticket: 0, call: 0, till: 0 }
  const events: IncomingEvent[] = []
  for (let n = 1; n <= customers; n++) walkJourney(random, n, counters, events)
  return events
}

/** One person's journey, appended to `out` in time order. */
function walkJourney(random: SeededRandom, n: number, counters: Counters, out: IncomingEvent[]): void {
  const firstName = random.pick(DEMO_FIRST_NAMES)
  const lastName = random.pick(DEMO_LAST_NAMES)
  const userId = `client-${String(n).padStart(5, '0')}`
  const email = `${ascii(firstName)}.${ascii(lastName)}${n}@${random.pick(DEMO_EMAIL_DOMAINS)}`
  const mobile = String(random.int(0, 99_999_999)).padStart(8, '0')
  const phoneAsDialled = `0${random.chance(0.8) ? 6 : 7} ${mobile.replace(/(\d\d)(?=\d)/g, '$1 ')}`
  const phoneInAccount = `+33${phoneAsDialled.replace(/\s/g, '').slice(1)}`
  const card = `ML${String(random.int(0, 9_999_999_999)).padStart(10, '0')}`
  const webDevice = seededUuid(random)
  const appDevice = random.chance(0.3) ? seededUuid(random) : undefined
  const homeStore = random.pick(DEMO_STORES)
  const affinity = random.int(0, DEMO_CATEGORIES.length - 1)
  let isKnown = random.chance(0.2)
  let hasCard = isKnown && random.chance(0.4)
  let hadTicket = false
  let t = DEMO_PERIOD_START + random.float() * DEMO_ARRIVAL_DAYS * DAY_MS

  // --- how each system identifies the person ---
  const deviceIds = (channel: Channel): { anonymousId: string; userId?: string } => {
    const device = channel === 'app' && appDevice !== undefined ? appDevice : webDevice
    return isKnown ? { anonymousId: device, userId } : { anonymousId: device }
  }
  const crmIds = () => ({ userId, context: { traits: { email } } })
  const push = (event: IncomingEvent) => {
    if (t <= DEMO_PERIOD_END) out.push(event)
  }
  const when = () => formatParis(Math.round(t))
  const common = () => ({ messageId: seededUuid(random), timestamp: when() })

  /** A call from the web site or the app (page views on the web, screens on the app). */
  const onDevice = (channel: 'web' | 'app', event: string, properties: JsonObject, context?: JsonObject) =>
    push({
      ...common(),
      type: 'track',
      event,
      channel,
      ...deviceIds(channel),
      properties,
      ...(context === undefined ? {} : { context }),
    })
  const view = (channel: 'web' | 'app', path: string, context?: JsonObject) => {
    if (channel === 'web')
      push({
        ...common(),
        type: 'page',
        channel: 'web',
        ...deviceIds('web'),
        properties: { path, url: `${DEMO_SITE}${path}` },
        ...(context === undefined ? {} : { context }),
      })
    else push({ ...common(), type: 'screen', name: path, channel: 'app', ...deviceIds('app'), properties: { path } })
  }
  /** A call from the email tool (sends, opens, clicks, surveys): the account and its email. */
  const fromCrm = (channel: 'email' | 'support', event: string, properties: JsonObject) =>
    push({ ...common(), type: 'track', event, channel, ...crmIds(), properties })
  const fromCallCentre = (event: string, properties: JsonObject) => {
    counters.call++
    push({
      ...common(),
      type: 'track',
      event,
      channel: 'phone',
      anonymousId: `appel-${String(counters.call).padStart(6, '0')}`,
      ...(isKnown && random.chance(0.5) ? { userId } : {}),
      properties,
      context: { traits: { phone: phoneAsDialled } },
    })
  }
  /** A call from a till: the transaction, the loyalty card or the e-receipt email; nothing else. */
  const fromTill = (event: string, properties: JsonObject, givesEmail: boolean) => {
    counters.till++
    push({
      ...common(),
      type: 'track',
      event,
      channel: 'store',
      anonymousId: `caisse-${String(counters.till).padStart(6, '0')}`,
      properties: {
        store_id: homeStore[0],
        store_name: homeStore[1],
        ...properties,
        ...(hasCard ? { loyaltyCard: card } : {}),
      },
      ...(givesEmail ? { context: { traits: { email } } } : {}),
    })
  }

  // --- time ---
  /** Moves the clock to a new session of this kind, about `medianDays` later, at a likely hour. */
  const newSession = (kind: SessionKind, medianDays: number) => {
    t += medianDays === 0 ? 0 : random.logNormal(medianDays * DAY_MS, 0.9)
    const offset = parisOffset(t)
    const localMidnight = Math.floor((t + offset) / DAY_MS) * DAY_MS - offset
    let start = localMidnight + random.weighted(HOUR_PAIRS[kind]) * HOUR_MS + random.float() * HOUR_MS
    if (kind === 'office' || kind === 'store') {
      const weekday = new Date(start + offset).getUTCDay()
      if (weekday === 0) start += DAY_MS
    }
    if (start < t) start += DAY_MS
    t = start
  }
  const click = (meanSeconds = 40) => {
    t += random.exponential(meanSeconds * 1000) + 1000
  }
  const later = (meanHours: number) => {
    t += random.exponential(meanHours * HOUR_MS) + 60_000
  }

  // --- what people do ---
  const device = (): 'web' | 'app' => (appDevice !== undefined && random.chance(0.5) ? 'app' : 'web')
  const product = (): DemoProduct => {
    if (!random.chance(0.7)) return random.pick(DEMO_PRODUCTS)
    const perCategory = DEMO_PRODUCTS.length / DEMO_CATEGORIES.length
    return DEMO_PRODUCTS[affinity * perCategory + random.int(0, perCategory - 1)] as DemoProduct
  }
  const productFields = (p: DemoProduct) => ({
    product_id: p.sku,
    sku: p.sku,
    name: p.name,
    category: p.category,
    price: p.price,
    currency: 'EUR',
  })
  const browse = (channel: 'web' | 'app', pages: number, products: number) => {
    for (let i = 0; i < pages; i++) {
      click()
      view(channel, random.chance(0.3) ? `/collections/${DEMO_CATEGORIES[affinity]}` : random.pick(DEMO_PAGES))
    }
    for (let i = 0; i < products; i++) {
      click(60)
      onDevice(channel, 'Product Viewed', productFields(product()))
    }
  }
  const signUp = (channel: 'web' | 'app') => {
    if (isKnown) return
    isKnown = true
    click(90)
    const traits = {
      email,
      firstName,
      lastName,
      ...(random.chance(0.6) ? { phone: phoneInAccount } : {}),
      ...(hasCard ? { loyaltyCard: card } : {}),
    }
    push({ ...common(), type: 'identify', channel, ...deviceIds(channel), traits })
    click(5)
    onDevice(channel, 'Signed Up', { method: 'email' })
  }
  const newsletter = (medianDays: number, clicks: boolean) => {
    newSession('email', medianDays)
    const campaign = random.pick(DEMO_NEWSLETTERS)
    fromCrm('email', 'Email Opened', { campaign_name: campaign, campaign_type: 'newsletter' })
    if (!clicks) return
    click(30)
    fromCrm('email', 'Email Link Clicked', { campaign_name: campaign, campaign_type: 'newsletter' })
    click(5)
    view('web', '/nouveautes', { campaign: { name: campaign, source: 'newsletter', medium: 'email' } })
  }
  const survey = (kind: 'nps' | 'csat' | 'ces', question: string, scores: readonly (readonly [number, number])[]) => {
    later(30)
    fromCrm('email', 'Survey Answered', { survey: kind, question, score: random.weighted(scores) })
  }
  const order = (channel: 'web' | 'app' | 'phone' | 'store', basket: readonly DemoProduct[]) => {
    counters.order++
    const subtotal = basket.reduce((sum, p) => sum + p.price, 0)
    const shipping = channel === 'store' || subtotal >= 60 ? 0 : 4.9
    const properties = {
      order_id: `CMD-${String(counters.order).padStart(6, '0')}`,
      total: Math.round((subtotal + shipping) * 100) / 100,
      shipping,
      currency: 'EUR',
      products: basket.length,
    }
    click(120)
    if (channel === 'store') fromTill('Order Completed', properties, !hasCard && random.chance(0.7))
    else if (channel === 'phone') fromCallCentre('Order Completed', properties)
    else onDevice(channel, 'Order Completed', properties)
    if (channel !== 'store' && isKnown) {
      click(20)
      fromCrm('email', 'Email Delivered', { campaign_name: 'order-confirmation', order_id: properties.order_id })
    }
  }
  const joinLoyalty = (channel: 'web' | 'app' | 'store') => {
    if (hasCard) return
    hasCard = true
    click(60)
    if (channel === 'store') fromTill('Loyalty Program Joined', { program: 'Cercle Lumière' }, true)
    else onDevice(channel, 'Loyalty Program Joined', { program: 'Cercle Lumière', loyaltyCard: card })
  }

  /** A known customer logs in on the site: the identify call that ties the device to the account. */
  const logIn = () => {
    click(30)
    const traits = {
      email,
      ...(random.chance(0.6) ? { phone: phoneInAccount } : {}),
      ...(hasCard ? { loyaltyCard: card } : {}),
    }
    push({ ...common(), type: 'identify', channel: 'web', ...deviceIds('web'), traits })
  }

  // Awareness.
  if (isKnown && random.chance(0.6)) newsletter(0, true)
  else {
    newSession('web', 0)
    const entry = random.weighted([
      ['campaign', 55],
      ['blog', 25],
      ['direct', 20],
    ] as const)
    if (entry === 'campaign') {
      const [name, source, medium] = random.pick(DEMO_CAMPAIGNS)
      view('web', random.chance(0.5) ? '/' : `/collections/${DEMO_CATEGORIES[affinity]}`, {
        campaign: { name, source, medium },
      })
    } else if (entry === 'blog') {
      view('web', random.pick(DEMO_BLOG_PATHS), { page: { referrer: 'https://www.google.fr/' } })
    } else view('web', '/')
  }
  if (isKnown) logIn()
  browse('web', random.int(0, 3), 0)
  if (!random.chance(0.5)) return

  // Consideration: one to three sessions on the web or the app.
  const sessions = random.int(1, 3)
  for (let s = 0; s < sessions; s++) {
    newSession('web', 1.5)
    const channel = device()
    if (channel === 'web' && random.chance(0.15))
      view('web', `/collections/${DEMO_CATEGORIES[affinity]}`, {
        campaign: { name: 'retargeting', source: 'criteo', medium: 'display' },
      })
    if (random.chance(0.3)) {
      click()
      onDevice(channel, 'Products Searched', { query: random.pick(DEMO_QUERIES) })
    }
    browse(channel, random.int(0, 2), random.int(1, 3))
    if (random.chance(0.15)) {
      click(60)
      view(channel, `/comparer?categorie=${DEMO_CATEGORIES[affinity]}`)
    }
    if (!isKnown && random.chance(0.35)) signUp(channel)
  }
  if (isKnown && random.chance(0.35)) newsletter(3, random.chance(0.4))
  if (!random.chance(0.6)) return

  // Decision: promotions, a basket, maybe a question (chat, phone) or a visit to a shop, then checkout.
  newSession('web', 2)
  const channel = device()
  if (random.chance(0.35)) {
    click()
    onDevice(channel, 'Promotion Viewed', { promotion_id: 'promo-printemps', name: '-20 % sur la deuxième pièce' })
    if (random.chance(0.4)) {
      click(10)
      onDevice(channel, 'Promotion Clicked', { promotion_id: 'promo-printemps', name: '-20 % sur la deuxième pièce' })
    }
  }
  const basket: DemoProduct[] = []
  const items = random.int(1, 3)
  for (let i = 0; i < items; i++) {
    const p = product()
    basket.push(p)
    click(50)
    onDevice(channel, 'Product Added', { ...productFields(p), quantity: 1 })
  }
  if (random.chance(0.12)) {
    click(90)
    push({
      ...common(),
      type: 'track',
      event: 'Live Chat Conversation Started',
      channel: 'chat',
      ...deviceIds('web'),
      properties: { topic: random.pick(['disponibilite', 'livraison', 'conseil-deco']) },
    })
  }
  if (random.chance(0.06)) {
    newSession('office', 1)
    fromCallCentre('Call Completed', { reason: 'conseil-avant-achat', duration_seconds: random.int(60, 900) })
  }
  const visitsStore = random.chance(0.2)
  if (visitsStore) {
    newSession('store', 3)
    if (hasCard) fromTill('Store Visited', {}, false)
    else if (appDevice !== undefined)
      push({
        ...common(),
        type: 'track',
        event: 'Store Visited',
        channel: 'store',
        ...deviceIds('app'),
        properties: { store_id: homeStore[0], store_name: homeStore[1], detected_by: 'app' },
      })
  } else {
    if (!isKnown && random.chance(0.7)) signUp(channel)
    click(80)
    const total = basket.reduce((sum, p) => sum + p.price, 0)
    onDevice(channel, 'Checkout Started', { total: Math.round(total * 100) / 100, currency: 'EUR' })
  }
  if (!random.chance(0.7)) {
    if (isKnown && random.chance(0.5)) {
      later(20)
      fromCrm('email', 'Email Delivered', { campaign_name: 'relance-panier' })
    }
    return
  }

  // Purchase.
  const buyChannel: 'web' | 'app' | 'phone' | 'store' = visitsStore
    ? 'store'
    : random.weighted([
        [channel, 0.93],
        ['phone', 0.07],
      ] as const)
  if (buyChannel === 'phone') newSession('office', 0.5)
  order(buyChannel, basket)
  if (buyChannel === 'store' && !hasCard && random.chance(0.4)) joinLoyalty('store')
  if (buyChannel !== 'store' && isKnown && random.chance(0.3))
    survey('ces', 'Passer commande a été facile (1 à 7)', CES_SCORES)
  if (isKnown && random.chance(0.35)) {
    newSession('email', 2)
    fromCrm('email', 'Email Link Clicked', { campaign_name: 'onboarding', campaign_type: 'transactional' })
  }

  // Loyalty: the programme, support, reviews, repeat purchases, NPS.
  if (!hasCard && (buyChannel === 'web' || buyChannel === 'app') && random.chance(0.3)) {
    newSession('web', 4)
    joinLoyalty(buyChannel)
  }
  if (random.chance(0.22)) {
    hadTicket = true
    newSession('office', 6)
    counters.ticket++
    const ticket = `TCK-${String(counters.ticket).padStart(5, '0')}`
    fromCrm('support', 'Ticket Created', { ticket_id: ticket, subject: random.weighted(DEMO_TICKET_SUBJECTS) })
    if (random.chance(0.4)) {
      newSession('office', 1)
      fromCallCentre('Call Completed', { reason: 'service-client', ticket_id: ticket })
    }
    if (random.chance(0.9)) {
      later(30)
      fromCrm('support', 'Ticket Resolved', { ticket_id: ticket })
      if (random.chance(0.65)) survey('csat', 'Êtes-vous satisfait de l’aide reçue ? (1 à 5)', CSAT_SCORES)
    }
  }
  if (isKnown && random.chance(0.6)) {
    newSession('email', 10)
    const reviewed = basket[0] as DemoProduct
    fromCrm('email', 'Email Delivered', { campaign_name: 'demande-avis', product_id: reviewed.sku })
    if (random.chance(0.3)) {
      later(12)
      onDevice('web', 'Product Reviewed', {
        product_id: reviewed.sku,
        rating: random.weighted([
          [5, hadTicket ? 1 : 5],
          [4, 3],
          [3, 1],
          [2, hadTicket ? 1.5 : 0.4],
          [1, hadTicket ? 1 : 0.2],
        ]),
      })
    }
  }
  const repeats = random.weighted([
    [0, 5],
    [1, 3],
    [2, 1.5],
    [3, 0.7],
  ])
  for (let r = 0; r < repeats; r++) {
    if (random.chance(0.35)) {
      newSession('store', 25)
      if (hasCard) fromTill('Store Visited', {}, false)
      const p = product()
      if (hasCard && random.chance(0.3)) {
        click(60)
        fromTill('Loyalty Points Redeemed', { points: random.pick([100, 200, 500]) }, false)
      }
      order('store', [p])
    } else {
      newSession('web', 25)
      const c = device()
      browse(c, random.int(0, 1), random.int(1, 2))
      const p = product()
      click(50)
      onDevice(c, 'Product Added', { ...productFields(p), quantity: 1 })
      click(60)
      onDevice(c, 'Checkout Started', { total: p.price, currency: 'EUR' })
      order(c, [p])
    }
  }
  if (isKnown && random.chance(0.35)) {
    newSession('email', 20)
    fromCrm('email', 'Survey Answered', {
      survey: 'nps',
      question: 'Recommanderiez-vous Maison Lumière à un proche ? (0 à 10)',
      score: random.weighted(hadTicket ? NPS_SCORES_AFTER_TICKET : NPS_SCORES),
    })
  }
}

/** A name as it appears in an email address: `Lefèvre` → `lefevre`. */
function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}
