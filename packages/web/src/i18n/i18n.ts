import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { messages as analytics } from '../analytics/messages.js'
import { messages as designer } from '../designer/messages.js'
import { messages as exports } from '../exports/messages.js'
import { messages as importWizard } from '../import/messages.js'
import { messages as measure } from '../measure/messages.js'
import { messages as settings } from '../settings/messages.js'
import { messages as shell } from '../shell/messages.js'

export const LANGUAGES = ['fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** Where the chosen language is remembered in the browser. */
export const LANGUAGE_STORAGE_KEY = 'parcours.language'

/** One namespace per area of the app; each area owns its messages file. */
const NAMESPACES = { shell, designer, analytics, import: importWizard, exports, measure, settings } as const

const resources = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    Object.fromEntries(Object.entries(NAMESPACES).map(([name, area]) => [name, area[language]])),
  ]),
)

/** i18next: the language from the saved choice, then the browser; French and English only. */
export const i18n = i18next.createInstance()
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: true,
    fallbackLng: 'en',
    defaultNS: 'shell',
    ns: Object.keys(NAMESPACES),
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  })
