import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type ContentLanguage, createMapFromTemplate, listTemplates, type TemplateSummary } from '../api/shell.js'
import { Badge } from '../ui/badge.js'
import { Button } from '../ui/button.js'
import { Card } from '../ui/card.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { PageHeader } from '../ui/page-header.js'
import { useResource } from '../ui/use-resource.js'
import { useUiLanguage } from './content-language.js'
import { useCurrentProject } from './current-project.js'
import { TemplateMiniGrid } from './template-mini-grid.js'

/** `/projects/:projectId/templates`: every template previewed, and "Create a map from it" in French or English. */
export function TemplatesPage() {
  const { t } = useTranslation('shell')
  const language = useUiLanguage()
  const [templates, { reload }] = useResource(listTemplates, [])
  return (
    <div className="shell-page">
      <PageHeader title={t('templates.title')} subtitle={t('templates.subtitle')} />
      {templates.state === 'loading' ? (
        <Loading />
      ) : templates.state === 'error' ? (
        <ErrorMessage error={templates.error} title={t('templates.loadError')} onRetry={reload} />
      ) : (
        <ul className="shell-grid shell-grid--wide" aria-label={t('templates.title')}>
          {templates.value.map((template) => (
            <li key={template.id}>
              <TemplateCard template={template} language={language} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function TemplateCard({
  template,
  language,
}: {
  readonly template: TemplateSummary
  readonly language: ContentLanguage
}) {
  const { t } = useTranslation('shell')
  const navigate = useNavigate()
  const project = useCurrentProject()
  const [busy, setBusy] = useState<ContentLanguage | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const title = template.title[language]

  const create = async (lang: ContentLanguage) => {
    setBusy(lang)
    setError(undefined)
    try {
      const created = await createMapFromTemplate(project.id, template.id, lang)
      navigate(`/projects/${encodeURIComponent(project.id)}/maps/${encodeURIComponent(created.id)}`)
    } catch (caught) {
      setError(caught)
      setBusy(undefined)
    }
  }

  const choices = [
    { lang: 'fr', text: t('templates.createFrench'), name: t('templates.languageFr') },
    { lang: 'en', text: t('templates.createEnglish'), name: t('templates.languageEn') },
  ] as const
  return (
    <Card
      title={title}
      actions={<Badge>{t(`templates.category.${template.category}`, { defaultValue: template.category })}</Badge>}
      footer={
        <div className="shell-template-actions">
          <span className="shell-template-actions__label">{t('templates.createIn')}</span>
          {choices.map((choice) => (
            <Button
              key={choice.lang}
              size="small"
              variant={choice.lang === language ? 'primary' : 'secondary'}
              disabled={busy !== undefined}
              onClick={() => void create(choice.lang)}
            >
              {/* The name starts with the visible words (WCAG 2.5.3), each part in its own language. */}
              {busy === choice.lang ? t('maps.creating') : <span lang={choice.lang}>{choice.text}</span>}
              <span className="ui-visually-hidden">
                {' — '}
                {t('templates.createAria', { title, language: choice.name })}
              </span>
            </Button>
          ))}
        </div>
      }
    >
      <p>{template.description[language]}</p>
      <TemplateMiniGrid templateId={template.id} title={title} language={language} />
      {error === undefined ? null : <ErrorMessage error={error} title={t('templates.createError')} />}
    </Card>
  )
}
