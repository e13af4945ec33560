import { i18n } from '../i18n/i18n.js'

/** The language a printed map is written in. */
export type PrintLanguage = 'fr' | 'en'

/** Looks up a word of the printed map (keys under `map.` in this area's messages) in one language. */
export type PrintWords = (key: string, values?: Readonly<Record<string, string | number>>) => string

/** The words of the printed map in `language`, whatever language the app is shown in. */
export function printWords(language: PrintLanguage): PrintWords {
  const t = i18n.getFixedT(language, 'exports', 'map')
  return (key, values) => String(t(key, values ?? {}))
}

/** A number as the language writes it (1 234,5 in French, 1,234.5 in English). */
export function formatPrintNumber(value: number, language: PrintLanguage): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 })
    .format(value)
    .replace(/[\u202f\u2009]/g, '\u00a0')
    .replace(/\u2212/g, '-')
}
