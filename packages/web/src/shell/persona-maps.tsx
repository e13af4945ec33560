import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { listMaps, setMapPersonaLink } from '../api/shell.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { useResource } from '../ui/use-resource.js'

/**
 * The maps of the project with a checkbox each: ticked when the map lists this persona in its
 * `personaIds`. Ticking saves at once, as a `link-persona` / `unlink-persona` command on the map.
 */
export function PersonaMaps({ projectId, personaId }: { readonly projectId: string; readonly personaId: string }) {
  const { t } = useTranslation('shell')
  const [maps, { reload, set }] = useResource(() => listMaps(projectId), [projectId])
  /** The map being saved and the state the user asked for, shown at once (optimistically). */
  const [pending, setPending] = useState<{ readonly mapId: string; readonly linked: boolean } | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)

  if (maps.state === 'loading') return <Loading />
  if (maps.state === 'error') return <ErrorMessage error={maps.error} title={t('maps.loadError')} onRetry={reload} />
  if (maps.value.length === 0) return <p className="shell-muted">{t('persona.noMaps')}</p>

  const toggle = async (mapId: string, linked: boolean) => {
    const map = maps.value.find((item) => item.id === mapId)
    if (map === undefined) return
    setPending({ mapId, linked })
    setError(undefined)
    try {
      const saved = await setMapPersonaLink(map, personaId, linked)
      set(maps.value.map((item) => (item.id === mapId ? saved : item)))
    } catch (caught) {
      setError(caught)
      reload()
    } finally {
      setPending(undefined)
    }
  }

  return (
    <fieldset className="shell-checklist shell-checklist--column">
      <legend className="ui-field__label">{t('persona.mapsTitle')}</legend>
      <p className="ui-field__hint">{t('persona.mapsDescription')}</p>
      {maps.value.map((map) => (
        <div key={map.id} className="shell-check shell-check--row">
          <input
            id={`persona-map-${map.id}`}
            type="checkbox"
            checked={pending?.mapId === map.id ? pending.linked : map.document.personaIds.includes(personaId)}
            disabled={pending !== undefined}
            onChange={(event) => void toggle(map.id, event.target.checked)}
          />
          <label htmlFor={`persona-map-${map.id}`}>{map.document.title}</label>
          <Link
            className="shell-check__link"
            to={`/projects/${encodeURIComponent(projectId)}/maps/${encodeURIComponent(map.id)}`}
          >
            {t('maps.open')}
            <span className="ui-visually-hidden"> {map.document.title}</span>
          </Link>
        </div>
      ))}
      {error === undefined ? null : <ErrorMessage error={error} title={t('persona.linkError')} />}
    </fieldset>
  )
}
