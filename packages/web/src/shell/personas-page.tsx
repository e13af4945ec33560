import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { listMaps, listPersonas } from '../api/shell.js'
import { Avatar } from '../ui/avatar.js'
import { Badge } from '../ui/badge.js'
import { Button } from '../ui/button.js'
import { EmptyState } from '../ui/empty-state.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { PageHeader } from '../ui/page-header.js'
import { useResource } from '../ui/use-resource.js'
import { useCurrentProject } from './current-project.js'
import { NewPersonaDialog } from './new-persona-dialog.js'

/** `/projects/:projectId/personas`: the gallery of personas with their avatars. */
export function PersonasPage() {
  const { t } = useTranslation('shell')
  const project = useCurrentProject()
  const [data, { reload }] = useResource(async () => {
    const [personas, maps] = await Promise.all([listPersonas(project.id), listMaps(project.id)])
    return { personas, maps }
  }, [project.id])
  const [creating, setCreating] = useState(false)

  const newPersona = (
    <Button variant="primary" icon="+" onClick={() => setCreating(true)}>
      {t('personas.new')}
    </Button>
  )
  return (
    <div className="shell-page">
      <PageHeader
        eyebrow={project.document.name}
        title={t('personas.title')}
        subtitle={t('personas.subtitle')}
        actions={data.state === 'ready' && data.value.personas.length > 0 ? newPersona : undefined}
      />
      {data.state === 'loading' ? (
        <Loading />
      ) : data.state === 'error' ? (
        <ErrorMessage error={data.error} title={t('personas.loadError')} onRetry={reload} />
      ) : data.value.personas.length === 0 ? (
        <EmptyState
          icon="☺"
          title={t('personas.emptyTitle')}
          description={t('personas.emptyDescription')}
          action={newPersona}
        />
      ) : (
        <ul className="shell-grid" aria-label={t('personas.title')}>
          {data.value.personas.map(({ id, document: persona }) => {
            const mapCount = data.value.maps.filter((map) => map.document.personaIds.includes(id)).length
            const role = persona.demographics.occupation ?? persona.demographics.decisionRole
            return (
              <li key={id}>
                <article className="ui-card ui-card--interactive shell-persona-card">
                  <Avatar name={persona.name} avatar={persona.avatar} size="large" />
                  <div className="shell-persona-card__text">
                    <h2 className="ui-card__title">
                      <Link to={`/projects/${encodeURIComponent(project.id)}/personas/${encodeURIComponent(id)}`}>
                        {persona.name}
                      </Link>
                    </h2>
                    {role === undefined ? null : <p className="shell-muted">{role}</p>}
                    {persona.quote === undefined || persona.quote === '' ? null : (
                      <blockquote className="shell-quote">{persona.quote}</blockquote>
                    )}
                    <div className="shell-badges">
                      <Badge tone="info">{persona.audience === 'b2b' ? t('personas.b2b') : t('personas.b2c')}</Badge>
                      <Badge>{t('personas.mapsCount', { count: mapCount })}</Badge>
                    </div>
                  </div>
                </article>
              </li>
            )
          })}
        </ul>
      )}
      <NewPersonaDialog
        projectId={project.id}
        locale={project.document.locale}
        takenIds={data.state === 'ready' ? data.value.personas.map((persona) => persona.id) : []}
        open={creating}
        onClose={() => setCreating(false)}
      />
    </div>
  )
}
