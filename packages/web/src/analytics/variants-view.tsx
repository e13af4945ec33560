import type { VariantTableRow } from '@parcours/core'
import type { TFunction } from 'i18next'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AnalysisStatus, EmptyResult } from './analysis-status.js'
import { AnalyticsTable } from './analytics-table.js'
import { CsvExportButton } from './csv-export-button.js'
import { formatNumber, formatPercent } from './format-figures.js'
import { type ScopeFilter, scopeFields } from './scope-filter.js'
import { useAnalysis } from './use-analysis.js'

/** How a variant table row reads: its sequence with arrows, or "N other variants". */
export function sequenceText(row: VariantTableRow, t: TFunction<'analytics'>): string {
  if ('other' in row) return t('variants.other', { n: row.variants })
  return row.sequence.join(' → ')
}

/** The variants view: the distinct activity sequences, their cases, coverage and cumulative coverage. */
export function VariantsView(props: { readonly projectId: string; readonly scope: ScopeFilter }) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const id = useId()
  const [top, setTop] = useState(10)
  const state = useAnalysis<'variants'>(props.projectId, {
    analysis: 'variants',
    ...(top > 0 ? { top: Math.floor(top) } : {}),
    ...scopeFields(props.scope, { classifier: true }),
  })
  let cumulative = 0
  const rows =
    state.status === 'done'
      ? state.result.rows.map((row) => {
          cumulative += row.coverage
          return { row, cumulative }
        })
      : []
  const header = [
    t('variants.columns.rank'),
    t('variants.columns.sequence'),
    t('variants.columns.length'),
    t('variants.columns.cases'),
    t('variants.columns.coverage'),
    t('variants.columns.cumulative'),
  ]
  return (
    <section aria-labelledby={`${id}-title`} className="analytics-view">
      <h2 id={`${id}-title`}>{t('variants.title')}</h2>
      <p className="analytics-lead">{t('variants.lead')}</p>
      <div className="analytics-card analytics-options">
        <div className="analytics-row">
          <label className="analytics-field analytics-field--narrow" htmlFor={`${id}-top`}>
            {t('variants.top')}
            <input
              className="ui-input"
              id={`${id}-top`}
              type="number"
              min={0}
              value={top}
              onChange={(event) => setTop(Number(event.target.value))}
            />
          </label>
          <p className="analytics-hint">{t('variants.topHint')}</p>
        </div>
      </div>
      <AnalysisStatus state={state} />
      {state.status === 'done' &&
        (state.result.totalCases === 0 ? (
          <EmptyResult />
        ) : (
          <div className="analytics-card">
            <dl className="analytics-stats">
              <div>
                <dt>{t('variants.totalVariants')}</dt>
                <dd>{formatNumber(state.result.totalVariants, language)}</dd>
              </div>
              <div>
                <dt>{t('variants.totalCases')}</dt>
                <dd>{formatNumber(state.result.totalCases, language)}</dd>
              </div>
              <div>
                <dt>{t('variants.reworkCases')}</dt>
                <dd>{formatNumber(state.result.reworkCases, language)}</dd>
              </div>
            </dl>
            <div className="analytics-table-toolbar">
              <CsvExportButton
                fileName="variants"
                header={header}
                rows={rows.map(({ row, cumulative: total }, index) => [
                  'other' in row ? '' : index + 1,
                  sequenceText(row, t),
                  'other' in row ? '' : row.sequence.length,
                  row.cases,
                  row.coverage,
                  total,
                ])}
              />
            </div>
            <AnalyticsTable label={t('variants.title')} header={header}>
              {rows.map(({ row, cumulative: total }, index) => (
                <tr key={'other' in row ? 'other' : row.sequence.join('\u0000')}>
                  <td className="analytics-num">{'other' in row ? '' : index + 1}</td>
                  <th scope="row" className="analytics-sequence">
                    {'other' in row ? <em>{sequenceText(row, t)}</em> : <SequencePills sequence={row.sequence} />}
                  </th>
                  <td className="analytics-num">{'other' in row ? '' : row.sequence.length}</td>
                  <td className="analytics-num">{formatNumber(row.cases, language)}</td>
                  <td className="analytics-num">
                    <span className="analytics-bar" style={{ width: `${Math.min(100, row.coverage)}%` }} />
                    {formatPercent(row.coverage, language)}
                  </td>
                  <td className="analytics-num">{formatPercent(total, language)}</td>
                </tr>
              ))}
            </AnalyticsTable>
          </div>
        ))}
    </section>
  )
}

/** A sequence of activities as pills joined by arrows; its text reads "A → B → C". */
export function SequencePills(props: { readonly sequence: readonly string[] }) {
  return (
    <span className="analytics-sequence__list">
      {props.sequence.map((activity, position) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a sequence is positional and may repeat an activity
        <span key={`${activity}-${position}`}>
          {position > 0 && <span className="analytics-sequence__arrow"> → </span>}
          <span className="analytics-pill">{activity}</span>
        </span>
      ))}
    </span>
  )
}
