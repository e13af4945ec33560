import { MAP_STATUSES, MAP_TYPES, type MapStatus, type MapType } from '@parcours/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { fetchPersonaNames, type StoredMap } from '../api/designer.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { ConflictBanner } from './conflict-banner.js'
import type { DesignerSlots } from './designer-slots.js'
import { InlineText } from './inline-text.js'
import { MapGrid } from './map-grid.js'
import { MapTableView } from './map-table-view.js'
import { SaveStatus } from './save-status.js'
import { useDesignerSlots } from './use-designer-slots.js'
import { useEditingSession, useMapEditor } from './use-map-editor.js'
import './designer.css'

/** Route `/projects/:projectId/maps/:mapId`: the journey map designer. */
export function MapDesignerPage() {
  const { projectId = '', mapId = '' } = useParams()
  const { t } = useTranslation('designer')
  const { loaded, retry } = useMapEditor(projectId, mapId)
  if (loaded.kind === 'loading') {
    return (
      <div className="designer designer-message">
        <Loading>{t('page.loading')}</Loading>
      </div>
    )
  }
  if (loaded.kind === 'failed') {
    return (
      <div className="designer designer-message">
        <ErrorMessage error={loaded.error} title={t('page.loadFailed')} onRetry={retry} />
        <Link to={`/projects/${encodeURIComponent(projectId)}`}>{t('page.back')}</Link>
      </div>
    )
  }
  return <MapDesigner key={`${projectId}/${mapId}`} projectId={projectId} mapId={mapId} stored={loaded.stored} />
}

/** Props of {@link MapDesigner}. */
export interface MapDesignerProps {
  readonly projectId: string
  readonly mapId: string
  readonly stored: StoredMap
  /** Replaces the slots filled by `useDesignerSlots` (measured overlay, export menu, selector picker). */
  readonly slots?: DesignerSlots
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** The designer of one loaded map: header, toolbar, conflict and refusal messages, then the grid or the table. */
export function MapDesigner({ projectId, mapId, stored, slots: given }: MapDesignerProps) {
  const { t } = useTranslation('designer')
  const { state, map, execute, dispatch, reloadSaved } = useEditingSession(projectId, mapId, stored)
  const [view, setView] = useState<'grid' | 'table'>('grid')
  const [personaNames, setPersonaNames] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(() => {
    void fetchPersonaNames(projectId).then(setPersonaNames)
  }, [projectId])
  const filled = useDesignerSlots({ projectId, mapId, map, version: state.version, personaNames, execute })
  const slots = given ?? filled

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        dispatch({ type: 'undo' })
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault()
        dispatch({ type: 'redo' })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [dispatch])

  useEffect(() => {
    document.title = `${map.title} — Parcours`
  }, [map.title])

  const context = { map, execute }
  return (
    <div className="designer">
      <header className="designer-header">
        <nav aria-label={t('page.breadcrumb')} className="breadcrumb">
          <Link to={`/projects/${encodeURIComponent(projectId)}`}>{t('page.back')}</Link>
        </nav>
        <div className="designer-title-row">
          <h1>
            <InlineText
              value={map.title}
              required
              label={t('details.renameMap', { title: map.title })}
              fieldLabel={t('details.title')}
              className="map-title"
              onCommit={(title) => execute({ type: 'set-details', title })}
            />
          </h1>
          <label className="compact-field">
            <span>{t('details.type')}</span>
            <select
              value={map.type}
              onChange={(e) => execute({ type: 'set-type', mapType: e.target.value as MapType })}
            >
              {MAP_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`mapType.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="compact-field">
            <span>{t('details.status')}</span>
            <select
              value={map.status}
              onChange={(e) => execute({ type: 'set-status', status: e.target.value as MapStatus })}
            >
              {MAP_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`mapStatus.${status}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <InlineText
          value={map.objective}
          multiline
          label={t('details.editObjective')}
          fieldLabel={t('details.objective')}
          emptyText={t('details.noObjective')}
          className="map-objective"
          onCommit={(objective) => execute({ type: 'set-details', objective })}
        />
      </header>

      <div className="designer-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <button
          type="button"
          className="button"
          disabled={state.history.past.length === 0}
          onClick={() => dispatch({ type: 'undo' })}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          <span aria-hidden="true">↶</span> {t('toolbar.undo')}
        </button>
        <button
          type="button"
          className="button"
          disabled={state.history.future.length === 0}
          onClick={() => dispatch({ type: 'redo' })}
          aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        >
          <span aria-hidden="true">↷</span> {t('toolbar.redo')}
        </button>
        <SaveStatus state={state} dispatch={dispatch} reloadSaved={reloadSaved} />
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="button"
          aria-pressed={view === 'table'}
          onClick={() => setView(view === 'table' ? 'grid' : 'table')}
        >
          {t('toolbar.tableView')}
        </button>
        {slots.toolbar?.(context)}
      </div>
      <p className="keyboard-hint">{t('toolbar.hint')}</p>

      {state.save.kind === 'conflict' && (
        <ConflictBanner theirs={state.save.theirs} pendingCount={state.pending.length} dispatch={dispatch} />
      )}
      {state.refusal !== undefined && (
        <div className="banner banner-error" role="alert">
          <p>{t('refusal', { reason: state.refusal })}</p>
          <button type="button" className="button" onClick={() => dispatch({ type: 'dismiss-refusal' })}>
            {t('actions.close')}
          </button>
        </div>
      )}

      <div className="designer-body">
        {view === 'table' ? (
          <MapTableView map={map} />
        ) : (
          <MapGrid map={map} execute={execute} slots={slots} personaNames={personaNames} />
        )}
        {slots.aside?.(context)}
      </div>
    </div>
  )
}
