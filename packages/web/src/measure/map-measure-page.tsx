import type { EventSelector, JourneyMap, MapMeasurement } from '@parcours/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { fetchMap, type StoredMap, saveTouchpointSelector } from '../api/measure.js'
import { describeSelector } from './describe-selector.js'
import { useMeasureFormat } from './format-measure.js'
import { MeasureDetails, type MeasureTarget } from './measure-details.js'
import { MeasureToggle } from './measure-toggle.js'
import { MeasuredCurve, measuredCurve } from './measured-curve.js'
import { MeasuredKpiList } from './measured-kpi-list.js'
import { SelectorPickerDialog } from './selector-picker-dialog.js'
import { StageMeasure } from './stage-measure.js'
import { TouchpointMeasure } from './touchpoint-measure.js'
import { useMapMeasure } from './use-map-measure.js'
import './measure.css'

/**
 * `/projects/:projectId/maps/:mapId/measure`: the map's stages and touchpoints with the measured
 * overlay (reach, conversion, drop-off, median time, KPIs), the measured curve beside the designed
 * one, details on demand, and "Bind events" on each touchpoint (saved as a map command).
 */
export function MapMeasurePage() {
  const { projectId = '', mapId = '' } = useParams()
  const { t } = useTranslation('measure')
  const [stored, setStored] = useState<StoredMap | undefined>()
  const [mapError, setMapError] = useState<string | undefined>()
  const [overlay, setOverlay] = useState(true)
  const [details, setDetails] = useState<MeasureTarget | undefined>()
  const [binding, setBinding] = useState<string | undefined>()
  const [notice, setNotice] = useState<string | undefined>()
  const { state, measure, reload } = useMapMeasure(projectId, mapId, overlay)

  useEffect(() => {
    let current = true
    fetchMap(projectId, mapId).then(
      (map) => current && setStored(map),
      (error: unknown) => current && setMapError(error instanceof Error ? error.message : String(error)),
    )
    return () => {
      current = false
    }
  }, [projectId, mapId])

  if (mapError !== undefined)
    return (
      <div className="measure-page">
        <p role="alert">{mapError}</p>
      </div>
    )
  if (stored === undefined)
    return (
      <div className="measure-page">
        <p role="status">{t('page.loadingMap')}</p>
      </div>
    )

  const map = stored.document
  const boundTouchpoint = map.touchpoints.find((touchpoint) => touchpoint.id === binding)
  const save = async (touchpointId: string, name: string, selector: EventSelector | null) => {
    const saved = await saveTouchpointSelector(projectId, mapId, stored.version, touchpointId, selector)
    setStored(saved)
    setNotice(t('page.saved', { name }))
    reload()
  }

  return (
    <div className="measure-page">
      <header className="measure-page__header">
        <div>
          <Link
            to={`/projects/${encodeURIComponent(projectId)}/maps/${encodeURIComponent(mapId)}`}
            className="measure-link"
          >
            ← {t('page.back')}
          </Link>
          <h1>{t('page.title', { title: map.title })}</h1>
          {measure !== undefined && <MeasureSummary measure={measure} />}
        </div>
        <MeasureToggle checked={overlay} onChange={setOverlay} />
      </header>

      {state.status === 'loading' && (
        <p role="status" className="measure-muted">
          {t('state.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <p role="alert" className="measure-error">
          {t('state.error', { message: state.message })}{' '}
          <button type="button" className="measure-button measure-button--quiet" onClick={reload}>
            {t('state.retry')}
          </button>
        </p>
      )}
      {measure !== undefined && measure.cases === 0 && <p className="measure-notice">{t('state.noEvents')}</p>}
      {notice !== undefined && (
        <p role="status" className="measure-notice">
          {notice}
        </p>
      )}

      <section aria-labelledby="measure-stages" className="measure-page__stages">
        <h2 id="measure-stages" className="visually-hidden">
          {t('page.stages')}
        </h2>
        <ol className="measure-grid">
          {map.stages.map((stage) => (
            <li key={stage.id} className="measure-stage" aria-labelledby={`stage-${stage.id}`}>
              <h3 id={`stage-${stage.id}`}>{stage.name}</h3>
              {overlay && measure !== undefined && (
                <StageMeasure
                  measure={measure}
                  stageId={stage.id}
                  onOpenDetails={(id) => setDetails({ kind: 'stage', id })}
                />
              )}
              <ul className="measure-touchpoints">
                {map.touchpoints
                  .filter((touchpoint) => touchpoint.stageId === stage.id)
                  .map((touchpoint) => (
                    <li
                      key={touchpoint.id}
                      className="measure-touchpoint"
                      aria-labelledby={`touchpoint-${touchpoint.id}`}
                    >
                      <div className="measure-touchpoint__head">
                        <h4 id={`touchpoint-${touchpoint.id}`}>{touchpoint.name}</h4>
                        <span className="measure-chip">{touchpoint.channel}</span>
                      </div>
                      {touchpoint.selector !== undefined && (
                        <p className="measure-touchpoint__selector">{describeSelector(touchpoint.selector, t)}</p>
                      )}
                      {overlay && measure !== undefined && (
                        <TouchpointMeasure
                          measure={measure}
                          touchpointId={touchpoint.id}
                          onOpenDetails={(id) => setDetails({ kind: 'touchpoint', id })}
                        />
                      )}
                      <button
                        type="button"
                        className="measure-button measure-button--quiet"
                        aria-label={`${touchpoint.selector === undefined ? t('page.bind') : t('page.rebind')} — ${touchpoint.name}`}
                        onClick={() => setBinding(touchpoint.id)}
                      >
                        {touchpoint.selector === undefined ? t('page.bind') : t('page.rebind')}
                      </button>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      {overlay && measure !== undefined && measure.kpis.length > 0 && (
        <section aria-labelledby="measure-map-kpis" className="measure-page__panel">
          <h2 id="measure-map-kpis">{t('page.mapKpis')}</h2>
          <MeasuredKpiList kpis={measure.kpis} />
        </section>
      )}
      {overlay && measure !== undefined && <CurveSection map={map} measure={measure} />}

      {details !== undefined && measure !== undefined && (
        <MeasureDetails
          measure={measure}
          target={details}
          selector={
            details.kind === 'touchpoint'
              ? map.touchpoints.find((touchpoint) => touchpoint.id === details.id)?.selector
              : undefined
          }
          onClose={() => setDetails(undefined)}
        />
      )}
      {boundTouchpoint !== undefined && (
        <SelectorPickerDialog
          projectId={projectId}
          touchpointName={boundTouchpoint.name}
          value={boundTouchpoint.selector}
          onSave={(selector) => save(boundTouchpoint.id, boundTouchpoint.name, selector)}
          onClose={() => setBinding(undefined)}
        />
      )}
    </div>
  )
}

function MeasureSummary({ measure }: { readonly measure: MapMeasurement }) {
  const { t } = useTranslation('measure')
  const format = useMeasureFormat()
  return (
    <p className="measure-page__summary">
      {t('page.summary', { onMap: format.count(measure.casesOnMap), cases: format.count(measure.cases) })}
      {measure.conformance?.fitness != null && (
        <> · {t('page.fitness', { fitness: format.share(measure.conformance.fitness.median) })}</>
      )}
      {measure.conformanceProblem !== null && (
        <> · {t('page.conformanceProblem', { message: measure.conformanceProblem.message })}</>
      )}
    </p>
  )
}

function CurveSection({ map, measure }: { readonly map: JourneyMap; readonly measure: MapMeasurement }) {
  const { t } = useTranslation('measure')
  const data = measuredCurve(map, measure)
  return (
    <section aria-labelledby="measure-curve" className="measure-page__panel">
      <h2 id="measure-curve">{t('curve.title')}</h2>
      {data === undefined ? (
        <p className="measure-muted">{t('curve.noData')}</p>
      ) : (
        <MeasuredCurve data={data} stageWidth={180} />
      )}
    </section>
  )
}
