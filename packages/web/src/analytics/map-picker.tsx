import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { listMapEntries, type MapEntry } from '../api/analytics.js'
import { AnalysisStatus } from './analysis-status.js'
import { useLoaded } from './use-analysis.js'

/**
 * The map an analysis is run against, kept in the address (`?map=<id>`) so a view can be shared;
 * defaults to the project's first map. Answers the chosen id (undefined while none) and its entry.
 */
export function useChosenMap(projectId: string) {
  const [params, setParams] = useSearchParams()
  const maps = useLoaded(`maps:${projectId}`, () => listMapEntries(projectId))
  const asked = params.get('map')
  const list = maps.status === 'done' ? maps.result : []
  const mapId = asked ?? list[0]?.id
  const entry: MapEntry | undefined = list.find((map) => map.id === mapId)
  const choose = (id: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        next.set('map', id)
        return next
      },
      { replace: true },
    )
  return { maps, mapId, entry, choose }
}

/** The map select of the conformance and KPI views, with its loading, error and empty states. */
export function MapPicker(props: { readonly chosen: ReturnType<typeof useChosenMap> }) {
  const { t } = useTranslation('analytics')
  const id = useId()
  const { maps, mapId, choose } = props.chosen
  if (maps.status !== 'done') return <AnalysisStatus state={maps} />
  if (maps.result.length === 0 && mapId === undefined) return <p className="analytics-empty">{t('maps.none')}</p>
  const known = maps.result.some((map) => map.id === mapId)
  return (
    <label className="analytics-field" htmlFor={`${id}-map`}>
      {t('maps.choose')}
      <select
        className="ui-input ui-select"
        id={`${id}-map`}
        value={mapId ?? ''}
        onChange={(event) => choose(event.target.value)}
      >
        {!known && mapId !== undefined && <option value={mapId}>{mapId}</option>}
        {maps.result.map((map) => (
          <option key={map.id} value={map.id}>
            {map.title}
          </option>
        ))}
      </select>
    </label>
  )
}
