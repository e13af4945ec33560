import { type Persona, slugify, uniqueId } from '@parcours/core'
import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { createPersona } from '../api/shell.js'
import { Button } from '../ui/button.js'
import { Dialog } from '../ui/dialog.js'
import { ErrorMessage } from '../ui/error-message.js'
import { TextField } from '../ui/text-field.js'

export interface NewPersonaDialogProps {
  readonly projectId: string
  /** The project's content language, the new persona's locale. */
  readonly locale: string
  /** Ids already used in the project, so the new id is unique. */
  readonly takenIds: readonly string[]
  readonly open: boolean
  readonly onClose: () => void
}

/** "New persona": a name is enough; the editor opens for the rest. */
export function NewPersonaDialog({ projectId, locale, takenIds, open, onClose }: NewPersonaDialogProps) {
  const { t } = useTranslation('shell')
  const navigate = useNavigate()
  const formId = useId()
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [busy, setBusy] = useState(false)

  const close = () => {
    setName('')
    setNameError(undefined)
    setError(undefined)
    onClose()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') {
      setNameError(t('personas.nameRequired'))
      return
    }
    const persona: Persona = {
      schemaVersion: 1,
      id: uniqueId(slugify(name), new Set(takenIds)),
      name: name.trim(),
      audience: 'b2c',
      locale,
      demographics: {},
      psychographics: { lifestyle: [], habits: [], values: [], interests: [] },
      goals: [],
      needs: [],
      frustrations: [],
      motivations: [],
      preferredChannels: [],
      sections: [],
    }
    setBusy(true)
    setError(undefined)
    try {
      const created = await createPersona(projectId, persona)
      close()
      navigate(`/projects/${encodeURIComponent(projectId)}/personas/${encodeURIComponent(created.id)}`)
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
      size="small"
      title={t('personas.createTitle')}
      footer={
        <>
          <Button onClick={close}>{t('personas.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={busy}>
            {busy ? t('personas.creating') : t('personas.create')}
          </Button>
        </>
      }
    >
      <form id={formId} className="shell-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('personas.name')}
          value={name}
          required
          error={nameError}
          onChange={(event) => {
            setName(event.target.value)
            setNameError(undefined)
          }}
        />
        {error === undefined ? null : <ErrorMessage error={error} />}
      </form>
    </Dialog>
  )
}
