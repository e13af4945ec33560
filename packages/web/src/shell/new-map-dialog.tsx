import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type ContentLanguage, createMapFromTemplate, listTemplates } from '../api/shell.js'
import { Button } from '../ui/button.js'
import { Dialog } from '../ui/dialog.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { Select } from '../ui/select.js'
import { useResource } from '../ui/use-resource.js'
import { useUiLanguage } from './content-language.js'

export interface NewMapDialogProps {
  readonly projectId: string
  readonly open: boolean
  readonly onClose: () => void
}

/** "New map from a template": pick a template and the map's language; opens the new map. */
export function NewMapDialog({ projectId, open, onClose }: NewMapDialogProps) {
  const { t } = useTranslation('shell')
  const navigate = useNavigate()
  const uiLanguage = useUiLanguage()
  const formId = useId()
  const [templates, { reload }] = useResource(() => (open ? listTemplates() : Promise.resolve([])), [open])
  const [templateId, setTemplateId] = useState('')
  const [lang, setLang] = useState<ContentLanguage>(uiLanguage)
  const [error, setError] = useState<unknown>(undefined)
  const [busy, setBusy] = useState(false)

  const chosen = templateId !== '' ? templateId : templates.state === 'ready' ? (templates.value[0]?.id ?? '') : ''

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (chosen === '') return
    setBusy(true)
    setError(undefined)
    try {
      const created = await createMapFromTemplate(projectId, chosen, lang)
      onClose()
      navigate(`/projects/${encodeURIComponent(projectId)}/maps/${encodeURIComponent(created.id)}`)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('maps.createTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('maps.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={busy || chosen === ''}>
            {busy ? t('maps.creating') : t('maps.create')}
          </Button>
        </>
      }
    >
      {templates.state === 'loading' ? (
        <Loading />
      ) : templates.state === 'error' ? (
        <ErrorMessage error={templates.error} title={t('templates.loadError')} onRetry={reload} />
      ) : (
        <form id={formId} className="shell-form" onSubmit={(event) => void submit(event)}>
          <Select
            label={t('maps.template')}
            value={chosen}
            onChange={(event) => setTemplateId(event.target.value)}
            options={templates.value.map((template) => ({ value: template.id, label: template.title[uiLanguage] }))}
            hint={templates.value.find((template) => template.id === chosen)?.description[uiLanguage]}
          />
          <Select
            label={t('maps.contentLanguage')}
            value={lang}
            onChange={(event) => setLang(event.target.value === 'fr' ? 'fr' : 'en')}
            options={[
              { value: 'fr', label: t('app.french') },
              { value: 'en', label: t('app.english') },
            ]}
          />
          {error === undefined ? null : <ErrorMessage error={error} title={t('templates.createError')} />}
        </form>
      )}
    </Dialog>
  )
}
