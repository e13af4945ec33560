import type { Project } from '@parcours/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/http.js'
import { conflictingProject, saveProject } from '../api/settings.js'
import type { Stored } from '../api/shell.js'
import { Button } from '../ui/button.js'
import { ErrorMessage } from '../ui/error-message.js'
import { TextArea } from '../ui/text-area.js'
import { TextField } from '../ui/text-field.js'

export interface ProjectDetailsFormProps {
  /** The project as last loaded or saved; its version goes in If-Match. */
  readonly project: Stored<Project>
  /** Called with the new version after a save (or the server's after "Reload the current version"). */
  readonly onSaved: (project: Stored<Project>) => void
}

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'conflict'; readonly current: Stored<Project> | undefined }

/**
 * The project's name and description, saved with `PUT` and `If-Match`. When someone saved in
 * between (409), it shows their version and offers to reload it or to save mine over it.
 */
export function ProjectDetailsForm({ project, onSaved }: ProjectDetailsFormProps) {
  const { t } = useTranslation('settings')
  const [name, setName] = useState(project.document.name)
  const [description, setDescription] = useState(project.document.description ?? '')
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const [nameError, setNameError] = useState<string | undefined>(undefined)

  const draft = (): Project => {
    const { description: _previous, ...rest } = project.document
    const trimmed = description.trim()
    return { ...rest, name: name.trim(), ...(trimmed === '' ? {} : { description: trimmed }) }
  }
  const unchanged =
    name.trim() === project.document.name && description.trim() === (project.document.description ?? '').trim()

  const save = async (baseVersion: number) => {
    if (name.trim() === '') {
      setNameError(t('details.nameRequired'))
      return
    }
    setNameError(undefined)
    setState({ kind: 'saving' })
    try {
      const saved = await saveProject(draft(), baseVersion)
      setState({ kind: 'saved' })
      onSaved(saved)
    } catch (error) {
      const current = conflictingProject(error)
      if (error instanceof ApiError && error.status === 409) setState({ kind: 'conflict', current })
      else setState({ kind: 'failed', error })
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void save(project.version)
  }

  const reloadTheirs = (current: Stored<Project>) => {
    setName(current.document.name)
    setDescription(current.document.description ?? '')
    setState({ kind: 'idle' })
    onSaved(current)
  }

  return (
    <section className="settings-section" aria-labelledby="settings-details-title">
      <h2 id="settings-details-title" className="settings-section__title">
        {t('details.title')}
      </h2>
      <form className="settings-form" onSubmit={submit} noValidate>
        <TextField
          label={t('details.name')}
          value={name}
          required
          maxLength={200}
          error={nameError}
          onChange={(event) => {
            setName(event.target.value)
            if (state.kind === 'saved') setState({ kind: 'idle' })
          }}
        />
        <TextArea
          label={t('details.description')}
          hint={t('details.descriptionHint')}
          value={description}
          rows={3}
          onChange={(event) => {
            setDescription(event.target.value)
            if (state.kind === 'saved') setState({ kind: 'idle' })
          }}
        />
        <p className="settings-hint">{t('details.id', { id: project.id })}</p>
        {state.kind === 'conflict' ? (
          <div role="alert" className="ui-error">
            <p className="ui-error__headline">{t('details.conflictTitle')}</p>
            <p className="ui-error__detail">
              {state.current === undefined
                ? t('details.conflictBodyUnknown')
                : t('details.conflictBody', { version: state.current.version, name: state.current.document.name })}
            </p>
            {state.current === undefined ? null : (
              <div className="settings-actions">
                <Button size="small" onClick={() => state.current && reloadTheirs(state.current)}>
                  {t('details.reloadTheirs')}
                </Button>
                <Button size="small" variant="primary" onClick={() => state.current && save(state.current.version)}>
                  {t('details.keepMine')}
                </Button>
              </div>
            )}
          </div>
        ) : null}
        {state.kind === 'failed' ? <ErrorMessage error={state.error} title={t('details.saveError')} /> : null}
        <div className="settings-actions">
          <Button type="submit" variant="primary" disabled={state.kind === 'saving' || unchanged}>
            {state.kind === 'saving' ? t('details.saving') : t('details.save')}
          </Button>
          <span role="status" className="settings-status">
            {state.kind === 'saved' ? t('details.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  )
}
