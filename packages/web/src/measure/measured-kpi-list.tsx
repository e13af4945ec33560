import type { MeasuredKpi } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import { useMeasureFormat } from './format-measure.js'
import { kpiFigure } from './measure-figures.js'

/**
 * KPIs as measured: name, value in its unit with its n (or why it has none), target, and the
 * formula actually used.
 */
export function MeasuredKpiList({ kpis }: { readonly kpis: readonly MeasuredKpi[] }) {
  const { t } = useTranslation('measure')
  const format = useMeasureFormat()
  return (
    <ul className="measure-details__list">
      {kpis.map((kpi) => {
        const figure = kpiFigure(kpi, t, format)
        return (
          <li key={kpi.kpiId} className="measure-kpi">
            <span className="measure-kpi__name">{kpi.name}</span>
            <span>
              {figure.value === undefined ? (
                <span className="measure-figure__missing">{figure.missing}</span>
              ) : (
                <span className="measure-figure__value">{figure.value}</span>
              )}
              {figure.n !== undefined && <span className="measure-figure__n">{t('figure.n', { n: figure.n })}</span>}
              {kpi.target !== null && kpi.value !== null && (
                <span className="measure-muted">
                  {' '}
                  · {t('kpi.target', { target: format.kpi(kpi.target, kpi.value.unit) })}
                </span>
              )}
            </span>
            {kpi.value !== null && (
              <span className="measure-kpi__formula">{t('kpi.formula', { formula: kpi.value.formula })}</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
