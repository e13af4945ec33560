import { useTranslation } from 'react-i18next'
import { useUiLanguage } from './content-language.js'

/** FR / EN toggle; i18next's detector caches the choice in localStorage, so it survives a reload. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('shell')
  const current = useUiLanguage()
  const choices = [
    { code: 'fr', short: 'FR', name: t('app.french') },
    { code: 'en', short: 'EN', name: t('app.english') },
  ] as const
  return (
    <fieldset className="shell-language">
      <legend className="ui-visually-hidden">{t('app.language')}</legend>
      {choices.map((choice) => (
        <button
          key={choice.code}
          type="button"
          lang={choice.code}
          className="shell-language__option"
          aria-pressed={current === choice.code}
          // The visible code comes first in the name, so speech users can say what they see (WCAG 2.5.3).
          aria-label={`${choice.short} — ${choice.name}`}
          title={choice.name}
          onClick={() => void i18n.changeLanguage(choice.code)}
        >
          {choice.short}
        </button>
      ))}
    </fieldset>
  )
}
