import type { KpiUnit } from '@parcours/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** Formats the measured overlay's figures for one language with Intl. */
export interface MeasureFormat {
  /** A count: `12 345` (fr), `12,345` (en). */
  count(value: number): string
  /** A share 0–1 as a percentage with at most one decimal: `42,5 %`. */
  share(value: number): string
  /** A duration in milliseconds, in the largest fitting unit: `3,5 h`, `2 days`. */
  duration(ms: number): string
  /** A value on an emotion scale, with at most one decimal: `-0,4`. */
  score(value: number): string
  /** A KPI value in its unit (percentages are 0–100). */
  kpi(value: number, unit: KpiUnit): string
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Builds the formatters of a language (`fr`, `en`). */
export function measureFormat(language: string): MeasureFormat {
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 })
  const share = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 })
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 })
  const precise = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  const units = new Map(
    (['second', 'minute', 'hour', 'day'] as const).map((unit) => [
      unit,
      new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }),
    ]),
  )
  const inUnit = (unit: 'second' | 'minute' | 'hour' | 'day', value: number) =>
    (units.get(unit) as Intl.NumberFormat).format(value)
  return {
    count: (value) => count.format(value),
    share: (value) => share.format(value),
    duration: (ms) =>
      ms < MINUTE
        ? inUnit('second', ms / 1000)
        : ms < HOUR
          ? inUnit('minute', ms / MINUTE)
          : ms < DAY
            ? inUnit('hour', ms / HOUR)
            : inUnit('day', ms / DAY),
    score: (value) => decimal.format(value),
    kpi: (value, unit) => {
      switch (unit) {
        case 'percent':
          return share.format(value / 100)
        case 'duration-hours':
          return inUnit('hour', value)
        case 'count':
          return count.format(value)
        case 'score':
          return decimal.format(value)
        case 'currency':
        case 'ratio':
          return precise.format(value)
      }
    },
  }
}

/** The formatters of the language the user reads. */
export function useMeasureFormat(): MeasureFormat {
  const { i18n } = useTranslation('measure')
  const language = i18n.resolvedLanguage ?? i18n.language
  return useMemo(() => measureFormat(language), [language])
}
