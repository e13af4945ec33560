import type { Demographics, Persona } from '@parcours/core'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { ApiError } from '../api/http.js'
import { getPersona, type Stored, savePersona } from '../api/shell.js'
import { Avatar } from '../ui/avatar.js'
import { Badge } from '../ui/badge.js'
import { Button } from '../ui/button.js'
import { ErrorMessage } from '../ui/error-message.js'
import { LinkButton } from '../ui/link-button.js'
import { Loading } from '../ui/loading.js'
import { PageHeader } from '../ui/page-header.js'
import { Select } from '../ui/select.js'
import { Tabs } from '../ui/tabs.js'
import { TextArea } from '../ui/text-area.js'
import { TextField } from '../ui/text-field.js'
import { useResource } from '../ui/use-resource.js'
import { useCurrentProject } from './current-project.js'
import { cleanPersona, linesOf, type PersonaListField, type PsychographicField } from './persona-draft.js'
import { PersonaMaps } from './persona-maps.js'
import { ChannelChecklist, PersonaSegmentEditor } from './persona-segment-editor.js'

const DEMOGRAPHIC_FIELDS = [
  'ageRange',
  'gender',
  'location',
  'occupation',
  'income',
  'education',
  'familyStatus',
  'company',
  'companySize',
  'industry',
  'decisionRole',
] as const satisfies readonly (keyof Demographics)[]
const PSYCHOGRAPHIC_FIELDS = [
  'lifestyle',
  'habits',
  'values',
  'interests',
] as const satisfies readonly PsychographicField[]
const LIST_FIELDS = ['goals', 'needs', 'frustrations', 'motivations'] as const satisfies readonly PersonaListField[]

/** `/projects/:projectId/personas/:personaId`: every field of the persona, saved with If-Match. */
export function PersonaEditorPage() {
  const { t } = useTranslation('shell')
  const project = useCurrentProject()
  const { personaId = '' } = useParams()
  const [stored, { reload }] = useResource(() => getPersona(project.id, personaId), [project.id, personaId])
  const back = (
    <LinkButton to={`/projects/${encodeURIComponent(project.id)}/personas`} variant="ghost" size="small" icon="←">
      {t('persona.back')}
    </LinkButton>
  )
  if (stored.state === 'loading') return <Loading />
  if (stored.state === 'error') {
    return (
      <div className="shell-page shell-stack">
        <div>{back}</div>
        <ErrorMessage error={stored.error} title={t('persona.loadError')} onRetry={reload} />
      </div>
    )
  }
  return (
    <PersonaEditor
      key={`${stored.value.id}@${stored.value.version}`}
      initial={stored.value}
      back={back}
      onReload={reload}
    />
  )
}

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly version: number }
  | { readonly kind: 'conflict'; readonly currentVersion: number | undefined }
  | { readonly kind: 'failed'; readonly error: unknown }

function currentVersionOf(error: ApiError): number | undefined {
  const problem: unknown = error.problem
  if (typeof problem === 'object' && problem !== null && 'currentVersion' in problem) {
    const value = (problem as { currentVersion: unknown }).currentVersion
    return typeof value === 'number' ? value : undefined
  }
  return undefined
}

function PersonaEditor({
  initial,
  back,
  onReload,
}: {
  readonly initial: Stored<Persona>
  readonly back: React.ReactNode
  readonly onReload: () => void
}) {
  const { t } = useTranslation('shell')
  const project = useCurrentProject()
  const formId = useId()
  const [draft, setDraft] = useState<Persona>(initial.document)
  const [version, setVersion] = useState(initial.version)
  const [dirty, setDirty] = useState(false)
  const [save, setSave] = useState<SaveState>({ kind: 'idle' })
  const [tab, setTab] = useState('identity')

  // Closing the tab or reloading with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return undefined
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  const edit = (change: (persona: Persona) => Persona) => {
    setDraft((current) => change(current))
    setDirty(true)
    if (save.kind === 'saved') setSave({ kind: 'idle' })
  }
  const setDemographic = (field: keyof Demographics, value: string) =>
    edit((persona) => ({ ...persona, demographics: { ...persona.demographics, [field]: value } }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSave({ kind: 'saving' })
    try {
      const saved = await savePersona(project.id, cleanPersona(draft), version)
      setVersion(saved.version)
      setDraft(saved.document)
      setDirty(false)
      setSave({ kind: 'saved', version: saved.version })
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        setSave({ kind: 'conflict', currentVersion: currentVersionOf(caught) })
      } else {
        setSave({ kind: 'failed', error: caught })
      }
    }
  }

  const text = (field: 'name' | 'avatar' | 'quote' | 'summary') => draft[field] ?? ''
  const tabs = [
    {
      id: 'identity',
      label: t('persona.tabIdentity'),
      content: (
        <div className="shell-form-grid">
          <TextField
            label={t('persona.name')}
            required
            value={draft.name}
            onChange={(event) => edit((persona) => ({ ...persona, name: event.target.value }))}
          />
          <Select
            label={t('persona.audience')}
            value={draft.audience}
            onChange={(event) =>
              edit((persona) => ({ ...persona, audience: event.target.value === 'b2b' ? 'b2b' : 'b2c' }))
            }
            options={[
              { value: 'b2c', label: t('persona.audienceB2c') },
              { value: 'b2b', label: t('persona.audienceB2b') },
            ]}
          />
          <TextField
            label={t('persona.locale')}
            value={draft.locale}
            required
            minLength={2}
            onChange={(event) => edit((persona) => ({ ...persona, locale: event.target.value }))}
          />
          <div className="shell-avatar-field shell-span-all">
            <Avatar name={draft.name} avatar={draft.avatar} size="large" />
            <TextField
              label={t('persona.avatar')}
              hint={t('persona.avatarHint')}
              value={text('avatar')}
              onChange={(event) => edit((persona) => ({ ...persona, avatar: event.target.value }))}
            />
          </div>
          <div className="shell-span-all">
            <TextArea
              label={t('persona.quote')}
              rows={2}
              value={text('quote')}
              onChange={(event) => edit((persona) => ({ ...persona, quote: event.target.value }))}
            />
          </div>
          <div className="shell-span-all">
            <TextArea
              label={t('persona.summary')}
              rows={4}
              value={text('summary')}
              onChange={(event) => edit((persona) => ({ ...persona, summary: event.target.value }))}
            />
          </div>
        </div>
      ),
    },
    {
      id: 'demographics',
      label: t('persona.tabDemographics'),
      content: (
        <div className="shell-form-grid">
          {DEMOGRAPHIC_FIELDS.map((field) => (
            <TextField
              key={field}
              label={t(`persona.${field}`)}
              value={draft.demographics[field] ?? ''}
              onChange={(event) => setDemographic(field, event.target.value)}
            />
          ))}
        </div>
      ),
    },
    {
      id: 'psychographics',
      label: t('persona.tabPsychographics'),
      content: (
        <div className="shell-form-grid">
          {PSYCHOGRAPHIC_FIELDS.map((field) => (
            <TextArea
              key={field}
              label={t(`persona.${field}`)}
              hint={t('persona.listHint')}
              rows={4}
              value={draft.psychographics[field].join('\n')}
              onChange={(event) =>
                edit((persona) => ({
                  ...persona,
                  psychographics: { ...persona.psychographics, [field]: linesOf(event.target.value) },
                }))
              }
            />
          ))}
        </div>
      ),
    },
    {
      id: 'goals',
      label: t('persona.tabGoals'),
      content: (
        <div className="shell-form-grid">
          {LIST_FIELDS.map((field) => (
            <TextArea
              key={field}
              label={t(`persona.${field}`)}
              hint={t('persona.listHint')}
              rows={4}
              value={draft[field].join('\n')}
              onChange={(event) => edit((persona) => ({ ...persona, [field]: linesOf(event.target.value) }))}
            />
          ))}
        </div>
      ),
    },
    {
      id: 'channels',
      label: t('persona.tabChannels'),
      content: (
        <ChannelChecklist
          legend={t('persona.preferredChannels')}
          value={draft.preferredChannels}
          onChange={(channels) => edit((persona) => ({ ...persona, preferredChannels: channels }))}
        />
      ),
    },
    {
      id: 'sections',
      label: t('persona.tabSections'),
      content: (
        <div className="shell-stack">
          {draft.sections.length === 0 ? <p className="shell-muted">{t('persona.noSections')}</p> : null}
          {draft.sections.map((section, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: free sections have no id; their position is their identity
            <div key={index} className="shell-section-editor">
              <div className="shell-section-editor__fields">
                <TextField
                  label={t('persona.sectionTitle')}
                  value={section.title}
                  onChange={(event) =>
                    edit((persona) => ({
                      ...persona,
                      sections: persona.sections.map((item, i) =>
                        i === index ? { ...item, title: event.target.value } : item,
                      ),
                    }))
                  }
                />
                <TextArea
                  label={t('persona.sectionBody')}
                  rows={4}
                  value={section.body}
                  onChange={(event) =>
                    edit((persona) => ({
                      ...persona,
                      sections: persona.sections.map((item, i) =>
                        i === index ? { ...item, body: event.target.value } : item,
                      ),
                    }))
                  }
                />
              </div>
              <Button
                variant="ghost"
                size="small"
                icon="✕"
                iconOnlyLabel={t('persona.removeSection', { title: section.title || String(index + 1) })}
                onClick={() =>
                  edit((persona) => ({ ...persona, sections: persona.sections.filter((_, i) => i !== index) }))
                }
              />
            </div>
          ))}
          <div>
            <Button
              icon="+"
              onClick={() =>
                edit((persona) => ({ ...persona, sections: [...persona.sections, { title: '', body: '' }] }))
              }
            >
              {t('persona.addSection')}
            </Button>
          </div>
        </div>
      ),
    },
    {
      id: 'segment',
      label: t('persona.tabSegment'),
      content: (
        <PersonaSegmentEditor
          segment={draft.segment}
          onChange={(segment) =>
            edit((persona) => {
              const { segment: _old, ...rest } = persona
              return segment === undefined ? rest : { ...rest, segment }
            })
          }
        />
      ),
    },
    {
      id: 'maps',
      label: t('persona.tabMaps'),
      content: <PersonaMaps projectId={project.id} personaId={initial.id} />,
    },
  ]

  return (
    <form id={formId} className="shell-page" onSubmit={(event) => void submit(event)} noValidate>
      <PageHeader
        eyebrow={back}
        documentTitle={draft.name || initial.document.name}
        title={
          <span className="shell-persona-title">
            <Avatar name={draft.name} avatar={draft.avatar} size="medium" />
            <span>{draft.name || initial.document.name}</span>
          </span>
        }
        subtitle={draft.quote === undefined || draft.quote === '' ? undefined : draft.quote}
        actions={
          <div className="shell-save">
            <span role="status" className="shell-save__status">
              {save.kind === 'saved' ? (
                <Badge tone="positive">{t('persona.saved', { version: save.version })}</Badge>
              ) : dirty ? (
                <Badge tone="warning">{t('persona.unsaved')}</Badge>
              ) : null}
            </span>
            <Button variant="primary" type="submit" disabled={save.kind === 'saving'}>
              {save.kind === 'saving' ? t('persona.saving') : t('persona.save')}
            </Button>
          </div>
        }
      />
      {save.kind === 'conflict' ? (
        <div role="alert" className="ui-error shell-conflict">
          <p className="ui-error__headline">{t('persona.conflictTitle')}</p>
          <p>
            {t('persona.conflictBody', {
              yours: version,
              current: save.currentVersion ?? '?',
            })}
          </p>
          <Button size="small" onClick={onReload}>
            {t('persona.reload')}
          </Button>
        </div>
      ) : null}
      {save.kind === 'failed' ? <ErrorMessage error={save.error} title={t('persona.saveError')} /> : null}
      <Tabs label={t('persona.tabs')} tabs={tabs} selected={tab} onSelect={setTab} />
    </form>
  )
}
