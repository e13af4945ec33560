#!/usr/bin/env node
// Generates a realistic, deterministic multichannel customer event log for the benchmarks.
//
//   node bench/generate-events.mjs --events 10000000 --out bench/data/events-10m.csv --seed 42
//   node bench/generate-events.mjs --events 1000000 --out bench/data/events-1m.jsonl --format jsonl
//
// The model. Customers arrive one after another over the first ~6 months of 2025 (Europe/Paris, so
// both +01:00 and +02:00 offsets occur) and each walks the funnel
//   awareness → consideration → decision → purchase → loyalty,
// dropping off between stages (about 45 % go past awareness, 60 % of those past consideration,
// 70 % of those past decision (cart abandonment), and buyers may come back, answer surveys, open
// tickets and buy again). A quarter of journeys are existing customers, known from the first event.
//   - awareness: `Ad Clicked` (social/web, with campaign/source/medium) or `Newsletter Opened`
//     (email), then anonymous `Page Viewed` on the web;
//   - consideration: `Page Viewed`, `Product Viewed` (sku, price) on web or app, `Signed Up` (the
//     identify: the first row carrying both the anonymous id and the user id, with the email);
//   - decision: `Cart Updated` (sku, price, quantity), sometimes a pre-sale `Call Completed` (phone)
//     or a `Store Visit` (loyalty card), `Checkout Started` (order total);
//   - purchase: `Order Completed` (order_id, total) on web, app, store or phone;
//   - loyalty: `Survey Answered` (csat 1–5 by email, nps 0–10), `Ticket Created` (support),
//     support `Call Completed`, `Newsletter Opened`, repeat purchases.
// Web and app rows carry the device's anonymous id (and the user id once identified, as
// analytics.js does); email, phone, store and support rows come from back-office systems and carry
// the user id only. Some calls carry the caller's phone number; store rows carry the loyalty card.
// Gaps: seconds to minutes inside a session, hours to weeks between sessions; sessions start at
// channel-specific hours of the day (shops and call centre in opening hours, web in the evening).
//
// Every row has a user_id or an anonymous_id. Rows are written customer by customer, each
// customer's events in time order (the file is not globally sorted by time). No value contains a
// comma, a quote or a newline, so the CSV needs no quoting. The same seed and flags always give the
// same bytes. The log streams to disk: memory stays flat whatever --events is.
//
// Flags: --events N (exact number of rows, default 10000000; about 10 events per customer, so 10M
// events ≈ 1M customers), --out FILE (default bench/data/events-<n>.<format>), --seed S (default
// 42), --format csv|jsonl (default: from --out, else csv). A <out>.meta.json beside the file
// records the flags, the counts and the generation time.

import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BENCH_DIR } from './bench-machine.mjs'

/** The CSV columns, in order. */
export const COLUMNS = [
  'message_id',
  'anonymous_id',
  'user_id',
  'event',
  'timestamp',
  'channel',
  'email',
  'phone',
  'loyalty_card',
  'campaign',
  'source',
  'medium',
  'page',
  'sku',
  'price',
  'quantity',
  'order_id',
  'total',
  'ticket_id',
  'survey',
  'score',
]

/** The columns that are event properties (everything but ids, name, time, channel and identifiers). */
export const PROPERTY_COLUMNS = COLUMNS.slice(9)

// --- Seeded PRNG: sfc32 seeded through splitmix32 (fast, good enough statistically). ---

function splitmix32(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

export function createRandom(seed) {
  const init = splitmix32(seed)
  let a = init()
  let b = init()
  let c = init()
  let d = init()
  const next32 = () => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  for (let i = 0; i < 12; i++) next32()
  const float = () => next32() / 4294967296
  return {
    next32,
    float,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    chance: (p) => float() < p,
    pick: (items) => items[Math.floor(float() * items.length)],
    /** Picks from [value, weight] pairs. */
    weighted: (pairs) => {
      let total = 0
      for (const pair of pairs) total += pair[1]
      let x = float() * total
      for (const pair of pairs) {
        x -= pair[1]
        if (x < 0) return pair[0]
      }
      return pairs[pairs.length - 1][0]
    },
    /** Exponential with the given mean. */
    exponential: (mean) => -mean * Math.log(1 - float()),
    /** Log-normal with the given median and spread (sigma of the underlying normal). */
    logNormal: (median, sigma) => {
      const u = 1 - float()
      const v = float()
      return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v))
    },
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const hex32 = (n) => HEX[n >>> 24] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255]

/** A version-4-shaped UUID from the PRNG. */
function uuid(random) {
  const a = hex32(random.next32())
  const b = hex32((random.next32() & 0xffff0fff) | 0x4000)
  const c = hex32((random.next32() & 0x3fffffff) | 0x80000000)
  const d = hex32(random.next32())
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`
}

// --- Time in Europe/Paris (EU rule: summer time from the last Sunday of March 01:00 UTC to the
// last Sunday of October 01:00 UTC). ---

const HOUR = 3_600_000
const DAY = 24 * HOUR

function lastSundayUtc(year, month) {
  const last = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1)
}
const SUMMER = Array.from({ length: 6 }, (_, i) => [lastSundayUtc(2024 + i, 2), lastSundayUtc(2024 + i, 9)])

/** The Paris offset (ms) at a UTC instant. */
function parisOffset(utc) {
  for (const [start, end] of SUMMER) if (utc >= start && utc < end) return 2 * HOUR
  return HOUR
}

/** ISO 8601 with milliseconds and the Paris offset: 2025-03-14T18:02:11.204+01:00. */
export function formatParis(utc) {
  const offset = parisOffset(utc)
  return `${new Date(utc + offset).toISOString().slice(0, 23)}${offset === HOUR ? '+01:00' : '+02:00'}`
}

const PERIOD_START = Date.UTC(2025, 0, 5, 23) // 2025-01-06T00:00 Paris
const PERIOD_DAYS = 175 // arrivals until late June 2025

/** Local hour-of-day weights per kind of touchpoint (hours 0..23). */
const HOURS = {
  web: [1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 2, 3, 4, 4, 4, 5, 5, 4, 4, 4, 5, 6, 7, 8, 8, 6, 3],
  email: [0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 2, 5, 8, 6, 4, 3, 4, 4, 3, 3, 3, 3, 4, 4, 4, 3, 2, 1],
  office: [0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 8, 8, 5, 4, 6, 7, 7, 6, 4, 0, 0, 0, 0, 0],
  store: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 4, 6, 5, 4, 5, 6, 7, 8, 8, 3, 0, 0, 0, 0],
}
const HOUR_PAIRS = Object.fromEntries(Object.entries(HOURS).map(([kind, w]) => [kind, w.map((x, h) => [h, x])]))

// --- Catalogue and vocabulary. ---

const CATEGORIES = ['chaussures', 'vestes', 'sacs', 'montres', 'lunettes', 'pulls', 'robes', 'jeans']
const PRODUCTS = Array.from({ length: 400 }, (_, i) => ({
  sku: `SKU-${String(10000 + i * 37).padStart(6, '0')}`,
  category: CATEGORIES[i % CATEGORIES.length],
  price: (Math.round((19 + ((i * 7919) % 280)) * 100) - 1) / 100,
}))
const PAGES = [
  '/',
  '/nouveautes',
  '/soldes',
  '/magasins',
  '/aide/livraison',
  '/aide/retours',
  '/compte',
  '/blog/guide-tailles',
]
const CAMPAIGNS = [
  ['soldes_hiver_2025', 'facebook', 'paid_social'],
  ['soldes_hiver_2025', 'google', 'cpc'],
  ['printemps_2025', 'instagram', 'paid_social'],
  ['printemps_2025', 'google', 'cpc'],
  ['fete_des_meres', 'instagram', 'paid_social'],
  ['marque', 'google', 'cpc'],
  ['influence_mars', 'tiktok', 'paid_social'],
  ['retargeting_panier', 'criteo', 'display'],
]
const NEWSLETTERS = ['newsletter_hebdo', 'nouveautes_semaine', 'offre_fidelite', 'ventes_privees']
const FIRST_NAMES = [
  'lea',
  'hugo',
  'emma',
  'louis',
  'chloe',
  'gabriel',
  'manon',
  'arthur',
  'ines',
  'jules',
  'camille',
  'lucas',
  'sarah',
  'adam',
  'zoe',
  'nathan',
]
const LAST_NAMES = [
  'martin',
  'bernard',
  'dubois',
  'thomas',
  'robert',
  'richard',
  'petit',
  'durand',
  'leroy',
  'moreau',
  'simon',
  'laurent',
  'lefebvre',
  'michel',
  'garcia',
  'david',
]
const DOMAINS = ['gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net', 'yahoo.fr', 'sfr.fr', 'outlook.fr']

const EMPTY = ''

/**
 * The events of the log, one customer after another, as row objects keyed by COLUMNS ('' for an
 * empty cell) plus `customer` (the journey's number, not a column). Stops after exactly `events` rows.
 */
export function* generateEvents({ events, seed = 42 }) {
  const random = createRandom(seed)
  let emitted = 0
  let customer = 0
  let orders = 0
  let tickets = 0
  while (emitted < events) {
    customer++
    for (const row of journey(
      random,
      customer,
      () => ++orders,
      () => ++tickets,
    )) {
      yield row
      if (++emitted >= events) return
    }
  }
}

/** One customer's journey (customer number `n`), in time order. */
function* journey(random, n, nextOrder, nextTicket) {
  const userId = `cust-${String(n).padStart(7, '0')}`
  const email = `${random.pick(FIRST_NAMES)}.${random.pick(LAST_NAMES)}${n}@${random.pick(DOMAINS)}`
  const phone = `+336${String(random.int(0, 99_999_999)).padStart(8, '0')}`
  const hasCard = random.chance(0.55)
  const card = `LC${String(random.int(0, 9_999_999_999)).padStart(10, '0')}`
  const webDevice = uuid(random)
  const appDevice = random.chance(0.3) ? uuid(random) : undefined
  let isKnown = random.chance(0.25)
  let t = PERIOD_START + random.float() * PERIOD_DAYS * DAY
  const affinity = random.int(0, CATEGORIES.length - 1)

  const row = (event, channel, fields) => {
    const device = channel === 'web' || channel === 'social' ? webDevice : channel === 'app' ? appDevice : undefined
    return {
      customer: n,
      message_id: uuid(random),
      anonymous_id: device ?? EMPTY,
      user_id: isKnown || device === undefined ? userId : EMPTY,
      event,
      timestamp: formatParis(Math.round(t)),
      channel,
      email: EMPTY,
      phone: EMPTY,
      loyalty_card: EMPTY,
      campaign: EMPTY,
      source: EMPTY,
      medium: EMPTY,
      page: EMPTY,
      sku: EMPTY,
      price: EMPTY,
      quantity: EMPTY,
      order_id: EMPTY,
      total: EMPTY,
      ticket_id: EMPTY,
      survey: EMPTY,
      score: EMPTY,
      ...fields,
    }
  }
  /** Moves the clock to a new session of this kind, `days` (median) later. */
  const newSession = (kind, medianDays) => {
    t += random.logNormal(medianDays * DAY, 0.9)
    const offset = parisOffset(t)
    const localMidnight = Math.floor((t + offset) / DAY) * DAY - offset
    let start = localMidnight + random.weighted(HOUR_PAIRS[kind]) * HOUR + random.float() * HOUR
    if (kind === 'office' || kind === 'store') {
      const weekday = new Date(start + offset).getUTCDay()
      if (weekday === 0) start += DAY
    }
    if (start < t) start += DAY
    t = start
  }
  const click = (meanSeconds = 40) => {
    t += random.exponential(meanSeconds * 1000) + 1000
  }
  const device = () => (appDevice !== undefined && random.chance(0.5) ? 'app' : 'web')
  const product = () =>
    random.chance(0.7)
      ? PRODUCTS[affinity + CATEGORIES.length * random.int(0, PRODUCTS.length / CATEGORIES.length - 1)]
      : random.pick(PRODUCTS)
  const productFields = (p) => ({ sku: p.sku, price: p.price.toFixed(2), page: `/produits/${p.category}/${p.sku}` })

  function* browse(channel, views, products) {
    for (let i = 0; i < views; i++) {
      click()
      yield row('Page Viewed', channel, { page: random.pick(PAGES) })
    }
    for (let i = 0; i < products; i++) {
      click(60)
      yield row('Product Viewed', channel, productFields(product()))
    }
  }
  function* identify(channel) {
    if (isKnown) return
    isKnown = true
    click(90)
    yield row('Signed Up', channel, { email })
  }
  function* survey(kind) {
    newSession('email', 2)
    const score =
      kind === 'nps'
        ? random.weighted([
            [10, 3],
            [9, 4],
            [8, 3],
            [7, 2],
            [6, 1],
            [5, 1],
            [3, 0.5],
            [0, 0.5],
          ])
        : random.weighted([
            [5, 4],
            [4, 4],
            [3, 1.5],
            [2, 0.7],
            [1, 0.5],
          ])
    yield row('Survey Answered', 'email', { survey: kind, score: String(score), email })
  }
  function* order(channel, basket) {
    const total = basket.reduce((sum, p) => sum + p.price, 0) + (channel === 'store' ? 0 : 4.9)
    const fields = { order_id: `ORD-${String(nextOrder()).padStart(8, '0')}`, total: total.toFixed(2) }
    if (channel === 'store') fields.loyalty_card = hasCard ? card : EMPTY
    if (channel === 'phone') fields.phone = phone
    click(120)
    yield row('Order Completed', channel, fields)
  }

  // Awareness.
  if (isKnown && random.chance(0.6)) {
    newSession('email', 0)
    const [campaign] = [random.pick(NEWSLETTERS)]
    yield row('Newsletter Opened', 'email', { campaign, source: 'newsletter', medium: 'email', email })
  } else if (random.chance(0.7)) {
    newSession('web', 0)
    const [campaign, source, medium] = random.pick(CAMPAIGNS)
    yield row('Ad Clicked', medium === 'paid_social' ? 'social' : 'web', { campaign, source, medium })
  } else newSession('web', 0)
  yield* browse('web', random.int(1, 4), random.int(0, 2))
  if (!random.chance(0.5)) return

  // Consideration: one to three sessions.
  const sessions = random.int(1, 3)
  for (let s = 0; s < sessions; s++) {
    newSession('web', 1.5)
    const channel = device()
    yield* browse(channel, random.int(0, 2), random.int(1, 3))
    if (!isKnown && random.chance(0.35)) yield* identify(channel)
  }
  if (isKnown && random.chance(0.3)) {
    newSession('email', 3)
    yield row('Newsletter Opened', 'email', {
      campaign: random.pick(NEWSLETTERS),
      source: 'newsletter',
      medium: 'email',
      email,
    })
  }
  if (!random.chance(0.6)) return

  // Decision: a basket, maybe a question by phone or a visit to a shop, then checkout.
  newSession('web', 2)
  let channel = device()
  yield* identify(channel)
  const basket = []
  const carts = random.int(1, 3)
  for (let i = 0; i < carts; i++) {
    const p = product()
    basket.push(p)
    click(50)
    yield row('Cart Updated', channel, { ...productFields(p), quantity: '1' })
  }
  if (random.chance(0.15)) {
    newSession('office', 1)
    yield row('Call Completed', 'phone', { phone: random.chance(0.6) ? phone : EMPTY })
  }
  const visitsStore = random.chance(0.2)
  if (visitsStore) {
    newSession('store', 3)
    yield row('Store Visit', 'store', { loyalty_card: hasCard ? card : EMPTY })
  }
  if (!visitsStore) {
    click(80)
    const total = basket.reduce((sum, p) => sum + p.price, 0) + 4.9
    yield row('Checkout Started', channel, { total: total.toFixed(2) })
  }
  if (!random.chance(0.7)) {
    if (random.chance(0.5)) {
      newSession('email', 1)
      yield row('Newsletter Opened', 'email', { campaign: 'relance_panier', source: 'crm', medium: 'email', email })
    }
    return
  }

  // Purchase.
  channel = visitsStore
    ? 'store'
    : random.weighted([
        [channel, 0.93],
        ['phone', 0.07],
      ])
  yield* order(channel, basket)

  // Loyalty: surveys, support, repeat purchases.
  if (random.chance(0.5)) yield* survey('csat')
  if (random.chance(0.15)) {
    newSession('office', 6)
    const ticket = `TCK-${String(nextTicket()).padStart(7, '0')}`
    yield row('Ticket Created', 'support', { ticket_id: ticket, email })
    if (random.chance(0.5)) {
      newSession('office', 1)
      yield row('Call Completed', 'phone', { phone: random.chance(0.6) ? phone : EMPTY, ticket_id: ticket })
    }
  }
  const repeats = random.weighted([
    [0, 5],
    [1, 3],
    [2, 1.5],
    [3, 0.7],
  ])
  for (let r = 0; r < repeats; r++) {
    if (random.chance(0.3)) {
      newSession('store', 25)
      yield row('Store Visit', 'store', { loyalty_card: hasCard ? card : EMPTY })
      yield* order('store', [product()])
    } else {
      newSession('web', 25)
      const c = device()
      yield* browse(c, random.int(0, 1), random.int(1, 2))
      const p = product()
      click(50)
      yield row('Cart Updated', c, { ...productFields(p), quantity: '1' })
      yield* order(c, [p])
    }
  }
  if (random.chance(0.35)) yield* survey('nps')
}

/** A generated row as a Segment `track` call (for the HTTP ingestion benchmark). */
export function toSegmentTrack(row) {
  const properties = {}
  for (const column of PROPERTY_COLUMNS) {
    const value = row[column]
    if (value === EMPTY) continue
    properties[column] =
      column === 'price' || column === 'total' || column === 'score' || column === 'quantity' ? Number(value) : value
  }
  const traits = {}
  if (row.email !== EMPTY) traits.email = row.email
  if (row.phone !== EMPTY) traits.phone = row.phone
  if (row.loyalty_card !== EMPTY) traits.loyaltyCard = row.loyalty_card
  return {
    type: 'track',
    messageId: row.message_id,
    ...(row.anonymous_id === EMPTY ? {} : { anonymousId: row.anonymous_id }),
    ...(row.user_id === EMPTY ? {} : { userId: row.user_id }),
    event: row.event,
    timestamp: row.timestamp,
    channel: row.channel,
    properties,
    context: Object.keys(traits).length === 0 ? {} : { traits },
  }
}

function parseFlags(argv) {
  const flags = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`)
    const value = argv[i + 1]
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`)
    flags[arg.slice(2)] = value
    i++
  }
  return flags
}

const shortCount = (n) => (n % 1_000_000 === 0 ? `${n / 1_000_000}m` : n % 1000 === 0 ? `${n / 1000}k` : String(n))

/** Writes the log to `out` (CSV or JSONL), streaming; returns what it wrote. */
export function writeEventLog({ events, seed, out, format }) {
  mkdirSync(dirname(out), { recursive: true })
  const started = performance.now()
  const fd = openSync(out, 'w')
  let chunk = format === 'csv' ? `${COLUMNS.join(',')}\n` : ''
  const counts = {}
  let customers = 0
  for (const row of generateEvents({ events, seed })) {
    counts[row.event] = (counts[row.event] ?? 0) + 1
    customers = row.customer
    if (format === 'csv') {
      chunk += `${row.message_id},${row.anonymous_id},${row.user_id},${row.event},${row.timestamp},${row.channel},${row.email},${row.phone},${row.loyalty_card},${row.campaign},${row.source},${row.medium},${row.page},${row.sku},${row.price},${row.quantity},${row.order_id},${row.total},${row.ticket_id},${row.survey},${row.score}\n`
    } else {
      const record = {}
      for (const column of COLUMNS) record[column] = row[column] === EMPTY ? null : row[column]
      chunk += `${JSON.stringify(record)}\n`
    }
    if (chunk.length > 1 << 22) {
      writeSync(fd, chunk)
      chunk = ''
    }
  }
  if (chunk.length > 0) writeSync(fd, chunk)
  closeSync(fd)
  const seconds = (performance.now() - started) / 1000
  const meta = {
    generator: 'bench/generate-events.mjs',
    events,
    seed,
    format,
    bytes: statSync(out).size,
    customers,
    eventsByName: Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1])),
    seconds: Math.round(seconds * 10) / 10,
  }
  writeFileSync(`${out}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`)
  return meta
}

/** The log at `path`, generated with these flags unless it is already there (its meta file says so). */
export function ensureEventLog({ events, seed = 42, out, format = 'csv' }) {
  try {
    const meta = JSON.parse(readMeta(out))
    if (meta.events === events && meta.seed === seed && meta.format === format && statSync(out).size === meta.bytes)
      return meta
  } catch {
    // missing or stale: generate it
  }
  return writeEventLog({ events, seed, out, format })
}

const readMeta = (out) => readFileSync(`${out}.meta.json`, 'utf8')

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flags = parseFlags(process.argv.slice(2))
  const events = Number(flags.events ?? 10_000_000)
  const seed = Number(flags.seed ?? 42)
  if (!Number.isInteger(events) || events <= 0) throw new Error(`--events must be a positive integer`)
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer`)
  const format = flags.format ?? (flags.out?.endsWith('.jsonl') ? 'jsonl' : 'csv')
  if (format !== 'csv' && format !== 'jsonl') throw new Error(`--format must be csv or jsonl`)
  const out = resolve(flags.out ?? `${BENCH_DIR}/data/events-${shortCount(events)}.${format}`)
  const meta = writeEventLog({ events, seed, out, format })
  console.log(
    `wrote ${out}: ${meta.events} events, ${meta.customers} customers, ${(meta.bytes / 1e6).toFixed(0)} MB in ${meta.seconds} s`,
  )
}
