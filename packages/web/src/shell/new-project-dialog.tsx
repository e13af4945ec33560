import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { createProject } from '../api/shell.js'
import { Button } from '../ui/button.js'
import { Dialog } from '../ui/dialog.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Select } from '../ui/select.js'
import { TextArea } from '../ui/text-area.js'
import { TextField } from '../ui/text-field.js'
import { useUiLanguage } from './content-language.js'
import { useProjects } from './projects-context.js'

/** "New project": name, description and content language; opens the project once created. */
export function NewProjectDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const { t } = useTranslation('shell')
  const navigate = useNavigate()
  const { reload } = useProjects()
  const uiLanguage = useUiLanguage()
  const formId = useId()
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [locale, setLocale] = useState<string>(uiLanguage)
  const [nameError, setNameError] = useState<string | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [busy, setBusy] = useState(false)

  const close = () => {
    setName('')
    setDescription('')
    setNameError(undefined)
    setError(undefined)
    onClose()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') {
      setNameError(t('project.nameRequired'))
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const created = await createProject({
        name: name.trim(),
        locale,
        ...(description.trim() === '' ? {} : { description: description.trim() }),
      })
      reload()
      close()
      navigate(`/projects/${encodeURIComponent(created.id)}`)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('project.createTitle')}
      description={t('project.createDescription')}
      footer={
        <>
          <Button onClick={close}>{t('project.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={busy}>
            {busy ? t('project.creating') : t('project.create')}
          </Button>
        </>
      }
    >
      <form id={formId} className="shell-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('project.name')}
          hint={t('project.nameHint')}
          value={name}
          required
          maxLength={200}
          error={nameError}
          onChange={(event) => {
            setName(event.target.value)
            setNameError(undefined)
          }}
        />
        <TextArea
          label={t('project.descriptionField')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <Select
          label={t('project.locale')}
          value={locale}
          onChange={(event) => setLocale(event.target.value)}
          options={[
            { value: 'fr', label: t('app.french') },
            { value: 'en', label: t('app.english') },
          ]}
        />
        {error === undefined ? null : <ErrorMessage error={error} />}
      </form>
    </Dialog>
  )
}
