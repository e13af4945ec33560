import type { i18n as I18n } from 'i18next'

/** Keeps `<html lang>` equal to the interface language, now and after every change. */
export function syncDocumentLanguage(i18n: I18n): void {
  const apply = () => {
    const language = i18n.resolvedLanguage ?? i18n.language
    if (language !== undefined) document.documentElement.lang = language.startsWith('fr') ? 'fr' : 'en'
  }
  apply()
  i18n.on('languageChanged', apply)
  i18n.on('initialized', apply)
}
