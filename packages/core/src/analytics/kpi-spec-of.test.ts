import { describe, expect, it } from 'vitest'
import type { KpiDefinition, KpiKind, KpiUnit } from '../journey-map/journey-map.schema.js'
import { TEMPLATES } from '../journey-map/templates/all-templates.js'
import { kpiSpecOf } from './kpi-spec-of.js'

const definition = (kind: KpiKind, unit: KpiUnit, formula: string): KpiDefinition => ({
  id: 'kpi',
  name: kind,
  kind,
  formula,
  unit,
  appliesTo: { level: 'map' },
  direction: 'higher-is-better',
})

describe('kpiSpecOf derives the spec a formula states', () => {
  it.each([
    {
      kind: 'nps',
      unit: 'score',
      formula: 'NPS = % promoters (9–10) − % detractors (0–6), on a 0–10 scale',
      spec: { kind: 'nps' },
    },
    {
      kind: 'nps',
      unit: 'score',
      formula: 'NPS = % de notes 9 ou 10 − % de notes 0 à 6 (échelle de 0 à 10)',
      spec: { kind: 'nps' },
    },
    {
      kind: 'csat',
      unit: 'percent',
      formula: 'CSAT = answers of 4 or 5 ÷ total answers × 100, on a 1–5 scale',
      spec: { kind: 'csat', method: 'top-2-box' },
    },
    {
      kind: 'csat',
      unit: 'score',
      formula: 'CSAT = average answer, from 1 (not satisfied) to 5 (very satisfied)',
      spec: { kind: 'csat', method: 'mean' },
    },
    {
      kind: 'ces',
      unit: 'score',
      formula: 'CES = moyenne des réponses, de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)',
      spec: { kind: 'ces', method: 'mean' },
    },
    {
      kind: 'ces',
      unit: 'percent',
      formula: 'CES = answers from 5 to 7 ÷ answers × 100',
      spec: { kind: 'ces', method: 'top-box', boxSize: 3 },
    },
    {
      kind: 'ces',
      unit: 'percent',
      formula: 'CES = answers 6 or 7 ÷ answers × 100',
      spec: { kind: 'ces', method: 'top-box', boxSize: 2 },
    },
    {
      kind: 'conversion-rate',
      unit: 'percent',
      formula:
        'Signature rate = offers signed (Contract Signed) ÷ offers issued (Loan Offer Issued) during the period × 100',
      spec: { kind: 'conversion-rate', from: { events: ['Loan Offer Issued'] }, to: { events: ['Contract Signed'] } },
    },
    {
      kind: 'conversion-rate',
      unit: 'percent',
      formula:
        'Taux = prospects ayant pris rendez-vous (Appointment Booked) dans les 30 jours suivant une simulation ÷ prospects (Loan Simulation Completed) × 100',
      spec: {
        kind: 'conversion-rate',
        from: { events: ['Loan Simulation Completed'] },
        to: { events: ['Appointment Booked'] },
        windowMs: 30 * 86_400_000,
      },
    },
    {
      kind: 'conversion-rate',
      unit: 'percent',
      formula: 'Checkouts (Order Completed) within one hour ÷ fitting-room visits (“Fitting Room Entered”) × 100',
      spec: {
        kind: 'conversion-rate',
        from: { events: ['Fitting Room Entered'] },
        to: { events: ['Order Completed'] },
        windowMs: 3_600_000,
      },
    },
    {
      kind: 'conversion-rate',
      unit: 'percent',
      formula:
        'Rate = visitors who checked or reserved (Store Availability Checked, Product Reserved) ÷ viewers (Product Viewed) × 100',
      spec: {
        kind: 'conversion-rate',
        from: { events: ['Product Viewed'] },
        to: { events: ['Store Availability Checked', 'Product Reserved'] },
      },
    },
    {
      kind: 'drop-off',
      unit: 'percent',
      formula:
        'Paiements commencés (« Checkout Started ») sans commande (« Order Completed ») dans les 24 h ÷ paiements commencés × 100',
      spec: {
        kind: 'drop-off',
        from: { events: ['Checkout Started'] },
        to: { events: ['Order Completed'] },
        windowMs: 86_400_000,
      },
    },
    {
      kind: 'ctr',
      unit: 'percent',
      formula: 'CTR = recipients who clicked (Email Link Clicked) ÷ newsletters delivered (Email Delivered) × 100',
      spec: { kind: 'ctr', clicks: { events: ['Email Link Clicked'] }, impressions: { events: ['Email Delivered'] } },
    },
    {
      kind: 'open-rate',
      unit: 'percent',
      formula: 'Open rate = emails opened (Email Opened) ÷ emails delivered (Email Delivered) × 100',
      spec: { kind: 'open-rate', opens: { events: ['Email Opened'] }, delivered: { events: ['Email Delivered'] } },
    },
    {
      kind: 'cpc',
      unit: 'currency',
      formula: 'CPC = ad spend ÷ ad clicks (Ad Clicked)',
      spec: { kind: 'cpc', events: { events: ['Ad Clicked'] } },
    },
    {
      kind: 'churn-rate',
      unit: 'percent',
      formula: 'Churn = subscribers who cancelled (Subscription Cancelled) ÷ subscribers at the start × 100',
      spec: { kind: 'churn-rate', basis: 'cancel-event', cancel: { events: ['Subscription Cancelled'] } },
    },
    {
      kind: 'churn-rate',
      unit: 'percent',
      formula: 'Churn = subscribers who cancelled (Subscription Cancelled) ÷ subscribers (Subscription Started) × 100',
      spec: {
        kind: 'churn-rate',
        basis: 'cancel-event',
        cancel: { events: ['Subscription Cancelled'] },
        start: { events: ['Subscription Started'] },
      },
    },
  ] as const)('$kind: $formula', ({ kind, unit, formula, spec }) => {
    expect(kpiSpecOf(definition(kind, unit, formula))).toEqual({ ok: true, value: spec })
  })
})

describe('kpiSpecOf refuses what it cannot read, with a code', () => {
  it.each([
    {
      kind: 'nps',
      unit: 'percent',
      formula: 'NPS = % promoters (9–10) − % detractors (0–6)',
      code: 'unsupported-unit',
    },
    { kind: 'nps', unit: 'score', formula: 'NPS', code: 'unknown-formula' },
    { kind: 'nps', unit: 'score', formula: '% of 8–10 − % of 0–5', code: 'unknown-formula' },
    { kind: 'csat', unit: 'percent', formula: 'CSAT = answers of 5 ÷ answers × 100', code: 'unknown-formula' },
    { kind: 'csat', unit: 'score', formula: 'CSAT = average answer on a 1–10 scale', code: 'unknown-formula' },
    { kind: 'csat', unit: 'count', formula: 'answers of 4 or 5', code: 'unsupported-unit' },
    { kind: 'ces', unit: 'score', formula: 'CES = sum of the answers', code: 'unknown-formula' },
    { kind: 'ces', unit: 'percent', formula: 'CES = easy answers ÷ answers', code: 'unknown-formula' },
    {
      kind: 'conversion-rate',
      unit: 'percent',
      formula: 'orders placed ÷ unique visitors × 100',
      code: 'missing-events',
    },
    {
      kind: 'conversion-rate',
      unit: 'currency',
      formula: '(Order Completed) ÷ (Page Viewed)',
      code: 'unsupported-unit',
    },
    {
      kind: 'conversion-rate',
      unit: 'percent',
      formula: 'Paid orders (Order Completed) ÷ checkouts (Checkout Started) × 100, click-and-collect orders only',
      code: 'unknown-formula',
    },
    {
      kind: 'conversion-rate',
      unit: 'percent',
      formula: 'in-store purchases (Order Completed, store channel) ÷ stock checks (Stock Checked) × 100',
      code: 'unknown-formula',
    },
    {
      kind: 'conversion-rate',
      unit: 'percent',
      formula: '(Order Completed) ÷ (Cart Viewed) ÷ (Page Viewed)',
      code: 'unknown-formula',
    },
    {
      kind: 'conversion-rate',
      unit: 'percent',
      formula: 'SQL (SQL) ÷ MQL (MQL) × 100',
      code: 'missing-events',
    },
    {
      kind: 'drop-off',
      unit: 'percent',
      formula: 'files still incomplete 30 days after the meeting ÷ files opened × 100',
      code: 'missing-events',
    },
    {
      kind: 'drop-off',
      unit: 'percent',
      formula: 'checkouts (Checkout Started) followed by an order (Order Completed) ÷ checkouts × 100',
      code: 'unknown-formula',
    },
    {
      kind: 'cpl',
      unit: 'currency',
      formula: 'CPL = spend (Ad Clicked) ÷ leads (Lead Created)',
      code: 'unknown-formula',
    },
    {
      kind: 'churn-rate',
      unit: 'percent',
      formula: 'customers who became inactive ÷ customers',
      code: 'missing-events',
    },
    { kind: 'clv', unit: 'currency', formula: 'AOV × frequency × lifetime', code: 'missing-parameters' },
    { kind: 'time-to-next-step', unit: 'duration-hours', formula: 'median hours', code: 'unsupported-kind' },
    { kind: 'count', unit: 'count', formula: 'number of sessions', code: 'unsupported-kind' },
    { kind: 'custom', unit: 'percent', formula: 'engaged ÷ sessions', code: 'unsupported-kind' },
  ] as const)('$kind in $unit: "$formula" → $code', ({ kind, unit, formula, code }) => {
    const result = kpiSpecOf(definition(kind, unit, formula))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatchObject({ code, kpiId: 'kpi', kind })
      expect(result.error.message.length).toBeGreaterThan(0)
    }
  })
})

describe('kpiSpecOf on the templates', () => {
  const kpis = TEMPLATES.flatMap((template) =>
    (['en', 'fr'] as const).flatMap((locale) =>
      template.build(locale).map.kpis.map((kpi) => ({ template: template.id, locale, kpi })),
    ),
  )

  it('derives every survey KPI of every template, in both locales', () => {
    const surveys = kpis.filter(({ kpi }) => kpi.kind === 'nps' || kpi.kind === 'csat' || kpi.kind === 'ces')
    expect(surveys.length).toBeGreaterThan(40)
    for (const { kpi } of surveys) expect(kpiSpecOf(kpi)).toMatchObject({ ok: true, value: { kind: kpi.kind } })
  })

  it('reads the same spec from the French and the English text of a KPI', () => {
    for (const template of TEMPLATES) {
      const [en, fr] = (['en', 'fr'] as const).map((locale) => template.build(locale).map.kpis.map(kpiSpecOf))
      expect(fr?.map((result) => (result.ok ? result.value : result.error.code))).toEqual(
        en?.map((result) => (result.ok ? result.value : result.error.code)),
      )
    }
  })

  it.each([
    {
      template: 'nine-steps',
      id: 'kpi-cart-abandonment',
      spec: {
        kind: 'drop-off',
        from: { events: ['Checkout Started'] },
        to: { events: ['Order Completed'] },
        windowMs: 86_400_000,
      },
    },
    {
      template: 'travel-agency',
      id: 'kpi-quote-to-booking',
      spec: { kind: 'conversion-rate', from: { events: ['Quote Sent'] }, to: { events: ['Order Completed'] } },
    },
    {
      template: 'saas-onboarding',
      id: 'kpi-trial-to-paid',
      spec: { kind: 'conversion-rate', from: { events: ['Trial Ended'] }, to: { events: ['Subscription Started'] } },
    },
  ])('derives $template $id', ({ template, id, spec }) => {
    const kpi = kpis.find((entry) => entry.template === template && entry.kpi.id === id)?.kpi
    expect(kpi).toBeDefined()
    if (kpi !== undefined) expect(kpiSpecOf(kpi)).toEqual({ ok: true, value: spec })
  })
})
