import { useTranslation } from 'react-i18next'
import type { ContentLanguage } from '../api/shell.js'

/** The language the interface is shown in, `fr` or `en` (the detector may hold `fr-FR`). */
export function useUiLanguage(): ContentLanguage {
  const { i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? i18n.language
  return language.startsWith('fr') ? 'fr' : 'en'
}
