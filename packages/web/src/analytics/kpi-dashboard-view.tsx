import type { MapMeasurement, MeasuredKpi } from '@parcours/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { AnalysisStatus, EmptyResult } from './analysis-status.js'
import { AnalyticsTable } from './analytics-table.js'
import { CsvExportButton } from './csv-export-button.js'
import { formatNumber } from './format-figures.js'
import { MapPicker, useChosenMap } from './map-picker.js'
import { type ScopeFilter, scopeFields } from './scope-filter.js'
import { useAnalysis } from './use-analysis.js'

/** A measured KPI with where on the map it applies. */
interface PlacedKpi {
  readonly where: string
  readonly kpi: MeasuredKpi
}

/** Every KPI of a measured map, map-level first, then by stage and touchpoint in map order. */
export function placedKpis(measurement: MapMeasurement, mapLevel: string): PlacedKpi[] {
  return [
    ...measurement.kpis.map((kpi) => ({ where: mapLevel, kpi })),
    ...measurement.stages.flatMap((stage) => [
      ...stage.kpis.map((kpi) => ({ where: stage.name, kpi })),
      ...stage.touchpoints.flatMap((touchpoint) =>
        touchpoint.kpis.map((kpi) => ({ where: `${stage.name} › ${touchpoint.name}`, kpi })),
      ),
    ]),
  ]
}

/** The KPI dashboard: a chosen map's KPIs measured on the journeys, each with its formula and n. */
export function KpiDashboardView(props: { readonly projectId: string; readonly scope: ScopeFilter }) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const id = useId()
  const chosen = useChosenMap(props.projectId)
  const state = useAnalysis<'measure'>(
    props.projectId,
    chosen.mapId === undefined ? null : { analysis: 'measure', mapId: chosen.mapId, ...scopeFields(props.scope) },
  )
  const kpis = state.status === 'done' ? placedKpis(state.result, t('kpi.wholeMap')) : []
  const valueText = (kpi: MeasuredKpi) =>
    kpi.value === null || kpi.value.value === null ? '—' : formatKpi(kpi.value.value, kpi.value.unit, language)
  /** Why a KPI has no value: the definition's problem or the missing input, in words. */
  const reasonText = (kpi: MeasuredKpi) => {
    if (kpi.value === null) return kpi.problem?.message ?? ''
    if (kpi.value.value === null) return t(`kpi.missing.${kpi.value.missing ?? 'sample'}`)
    return ''
  }
  const header = [
    t('kpi.columns.name'),
    t('kpi.columns.where'),
    t('kpi.columns.value'),
    t('kpi.columns.target'),
    t('kpi.columns.n'),
    t('kpi.columns.formula'),
    t('kpi.columns.note'),
  ]
  return (
    <section aria-labelledby={`${id}-title`} className="analytics-view">
      <h2 id={`${id}-title`}>{t('kpi.title')}</h2>
      <p className="analytics-lead">{t('kpi.lead')}</p>
      <div className="analytics-card analytics-options">
        <div className="analytics-row">
          <MapPicker chosen={chosen} />
        </div>
      </div>
      {chosen.mapId !== undefined && <AnalysisStatus state={state} />}
      {state.status === 'done' &&
        (kpis.length === 0 ? (
          <EmptyResult text={t('kpi.none')} />
        ) : (
          <>
            <ul className="analytics-kpi-grid" aria-label={t('kpi.cards')}>
              {kpis.map(({ where, kpi }) => (
                <li key={`${where}-${kpi.kpiId}`} className="analytics-kpi-card">
                  <span className="analytics-kpi-card__where">{where}</span>
                  <span className="analytics-kpi-card__name">{kpi.name}</span>
                  <span className="analytics-kpi-card__value">{valueText(kpi)}</span>
                  {reasonText(kpi) !== '' && <span className="analytics-kpi-card__reason">{reasonText(kpi)}</span>}
                  <span className="analytics-kpi-card__n">
                    {t('kpi.n', { n: formatNumber(kpi.value?.sampleSize ?? 0, language) })}
                    {kpi.target !== null &&
                      ` · ${t('kpi.target', { target: formatKpi(kpi.target, kpi.value?.unit ?? 'count', language) })}`}
                  </span>
                </li>
              ))}
            </ul>
            <div className="analytics-card">
              <div className="analytics-table-toolbar">
                <CsvExportButton
                  fileName="kpis"
                  header={header}
                  rows={kpis.map(({ where, kpi }) => [
                    kpi.name,
                    where,
                    kpi.value?.value ?? null,
                    kpi.target,
                    kpi.value?.sampleSize ?? null,
                    kpi.value?.formula ?? '',
                    reasonText(kpi),
                  ])}
                />
              </div>
              <AnalyticsTable label={t('kpi.title')} header={header}>
                {kpis.map(({ where, kpi }) => (
                  <tr key={`${where}-${kpi.kpiId}`}>
                    <th scope="row">{kpi.name}</th>
                    <td>{where}</td>
                    <td className="analytics-num">{valueText(kpi)}</td>
                    <td className="analytics-num">
                      {kpi.target === null ? '—' : formatKpi(kpi.target, kpi.value?.unit ?? 'count', language)}
                    </td>
                    <td className="analytics-num">{formatNumber(kpi.value?.sampleSize ?? 0, language)}</td>
                    <td className="analytics-formula">{kpi.value?.formula ?? ''}</td>
                    <td className="analytics-hint">{reasonText(kpi)}</td>
                  </tr>
                ))}
              </AnalyticsTable>
            </div>
          </>
        ))}
    </section>
  )
}

/** A KPI value in its unit: percentages in 0–100, durations in hours, scores and counts as numbers. */
function formatKpi(value: number, unit: string, language: string): string {
  switch (unit) {
    case 'percent':
      return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
    case 'ratio':
      return new Intl.NumberFormat(language, { maximumFractionDigits: 3 }).format(value)
    case 'duration-hours':
      return new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', maximumFractionDigits: 1 }).format(value)
    default:
      return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)
  }
}
