import type { JourneyMap, Persona } from '@parcours/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { listMaps, listPersonas, type Stored } from '../api/shell.js'
import { Avatar } from '../ui/avatar.js'
import { Badge } from '../ui/badge.js'
import { Button } from '../ui/button.js'
import { Card } from '../ui/card.js'
import { EmptyState } from '../ui/empty-state.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { PageHeader } from '../ui/page-header.js'
import { type Resource, useResource } from '../ui/use-resource.js'
import { useUiLanguage } from './content-language.js'
import { useCurrentProject } from './current-project.js'
import { NewMapDialog } from './new-map-dialog.js'

/** `/projects/:projectId`: the project's journey maps as cards, newest first, and "New map from a template". */
export function MapsPage() {
  const { t } = useTranslation('shell')
  const language = useUiLanguage()
  const project = useCurrentProject()
  const [data, { reload }] = useResource(async () => {
    const [maps, personas] = await Promise.all([listMaps(project.id), listPersonas(project.id)])
    return { maps, personas: new Map(personas.map((persona) => [persona.id, persona.document])) }
  }, [project.id])
  const maps: Resource<readonly Stored<JourneyMap>[]> =
    data.state === 'ready' ? { state: 'ready', value: data.value.maps } : data
  const personas = data.state === 'ready' ? data.value.personas : new Map<string, Persona>()
  const [creating, setCreating] = useState(false)
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })

  const newMap = (
    <Button variant="primary" icon="+" onClick={() => setCreating(true)}>
      {t('maps.newFromTemplate')}
    </Button>
  )

  return (
    <div className="shell-page">
      <PageHeader
        eyebrow={project.document.name}
        title={t('maps.title')}
        subtitle={project.document.description ?? t('maps.subtitle')}
        actions={maps.state === 'ready' && maps.value.length > 0 ? newMap : undefined}
      />
      {maps.state === 'loading' ? (
        <Loading />
      ) : maps.state === 'error' ? (
        <ErrorMessage error={maps.error} title={t('maps.loadError')} onRetry={reload} />
      ) : maps.value.length === 0 ? (
        <EmptyState icon="▦" title={t('maps.emptyTitle')} description={t('maps.emptyDescription')} action={newMap} />
      ) : (
        <ul className="shell-grid" aria-label={t('maps.title')}>
          {[...maps.value]
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
            .map((map) => (
              <li key={map.id}>
                <Card
                  interactive
                  title={
                    <Link to={`/projects/${encodeURIComponent(project.id)}/maps/${encodeURIComponent(map.id)}`}>
                      {map.document.title}
                    </Link>
                  }
                  footer={
                    <>
                      <span>{t('maps.version', { version: map.version })}</span>
                      <span aria-hidden="true">·</span>
                      <time dateTime={map.updatedAt}>
                        {t('maps.updated', { date: dates.format(new Date(map.updatedAt)) })}
                      </time>
                    </>
                  }
                >
                  <div className="shell-badges">
                    <Badge tone="info">{t(`maps.type.${map.document.type}`)}</Badge>
                    <Badge tone={map.document.status === 'validated' ? 'positive' : 'neutral'}>
                      {t(`maps.status.${map.document.status}`)}
                    </Badge>
                    <Badge>{t('maps.stages', { count: map.document.stages.length })}</Badge>
                  </div>
                  {map.document.objective === '' ? null : <p className="shell-clamp">{map.document.objective}</p>}
                  <MapPersonas ids={map.document.personaIds} personas={personas} projectId={project.id} />
                </Card>
              </li>
            ))}
        </ul>
      )}
      <NewMapDialog projectId={project.id} open={creating} onClose={() => setCreating(false)} />
    </div>
  )
}

/** The avatars of the personas a map is for, each a link to the persona. */
function MapPersonas(props: {
  readonly ids: readonly string[]
  readonly personas: ReadonlyMap<string, Persona>
  readonly projectId: string
}) {
  const { t } = useTranslation('shell')
  const known = props.ids.flatMap((id) => {
    const persona = props.personas.get(id)
    return persona === undefined ? [] : [{ id, persona }]
  })
  if (known.length === 0) return null
  return (
    <ul className="shell-avatars" aria-label={t('maps.personasLabel')}>
      {known.map(({ id, persona }) => (
        <li key={id}>
          <Link
            to={`/projects/${encodeURIComponent(props.projectId)}/personas/${encodeURIComponent(id)}`}
            title={persona.name}
          >
            <Avatar name={persona.name} avatar={persona.avatar} size="small" />
          </Link>
        </li>
      ))}
    </ul>
  )
}
