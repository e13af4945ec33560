import type { FunnelBreakdownRow, FunnelResult, FunnelStepResult } from '@parcours/core'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AnalysisStatus, EmptyResult } from './analysis-status.js'
import { AnalyticsTable } from './analytics-table.js'
import { CsvExportButton } from './csv-export-button.js'
import { EChartView } from './echart-view.js'
import { formatDuration, formatNumber, formatShare } from './format-figures.js'
import { DEFAULT_FUNNEL, type FunnelDraft, funnelSpecOf, WINDOW_UNITS, type WindowUnit } from './funnel-spec.js'
import { type ScopeFilter, scopeFields } from './scope-filter.js'
import { SegmentComparisonPanel } from './segment-comparison-panel.js'
import { StepListEditor } from './step-list-editor.js'
import { useActivities } from './use-activities.js'
import { useAnalysis } from './use-analysis.js'

/** The funnel view: steps and options, a conversion chart, the step table, a breakdown and a segment comparison. */
export function FunnelView(props: { readonly projectId: string; readonly scope: ScopeFilter }) {
  const { t } = useTranslation('analytics')
  const id = useId()
  const [draft, setDraft] = useState<FunnelDraft>(DEFAULT_FUNNEL)
  const activities = useActivities(props.projectId, props.scope)
  const spec = funnelSpecOf(draft)
  const state = useAnalysis<'funnel'>(
    props.projectId,
    spec === null ? null : { analysis: 'funnel', funnel: spec, ...scopeFields(props.scope) },
  )
  const set = <K extends keyof FunnelDraft>(key: K, value: FunnelDraft[K]) => setDraft({ ...draft, [key]: value })
  return (
    <section aria-labelledby={`${id}-title`} className="analytics-view">
      <h2 id={`${id}-title`}>{t('funnel.title')}</h2>
      <p className="analytics-lead">{t('funnel.lead')}</p>
      <div className="analytics-card analytics-options">
        <StepListEditor steps={draft.steps} activities={activities} onChange={(steps) => set('steps', steps)} />
        <div className="analytics-row">
          <label className="analytics-field" htmlFor={`${id}-mode`}>
            {t('funnel.mode')}
            <select
              className="ui-input ui-select"
              id={`${id}-mode`}
              value={draft.mode}
              onChange={(event) => set('mode', event.target.value as FunnelDraft['mode'])}
            >
              {(['ordered', 'strict', 'unordered'] as const).map((mode) => (
                <option key={mode} value={mode}>
                  {t(`funnel.modes.${mode}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="analytics-field analytics-field--narrow" htmlFor={`${id}-window`}>
            {t('funnel.window')}
            <input
              className="ui-input"
              id={`${id}-window`}
              type="number"
              min={1}
              value={draft.window}
              onChange={(event) => set('window', Number(event.target.value))}
            />
          </label>
          <label className="analytics-field" htmlFor={`${id}-unit`}>
            {t('funnel.windowUnit')}
            <select
              className="ui-input ui-select"
              id={`${id}-unit`}
              value={draft.windowUnit}
              onChange={(event) => set('windowUnit', event.target.value as WindowUnit)}
            >
              {(Object.keys(WINDOW_UNITS) as WindowUnit[]).map((unit) => (
                <option key={unit} value={unit}>
                  {t(`units.${unit}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="analytics-field" htmlFor={`${id}-count`}>
            {t('funnel.countBy')}
            <select
              className="ui-input ui-select"
              id={`${id}-count`}
              value={draft.countBy}
              onChange={(event) => set('countBy', event.target.value as FunnelDraft['countBy'])}
            >
              {(['case', 'customer', 'attempt'] as const).map((unit) => (
                <option key={unit} value={unit}>
                  {t(`funnel.countUnits.${unit}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="analytics-field">
            <label htmlFor={`${id}-breakdown`}>{t('funnel.breakdown')}</label>
            <input
              className="ui-input"
              id={`${id}-breakdown`}
              aria-describedby={`${id}-breakdown-hint`}
              type="text"
              value={draft.breakdown}
              onChange={(event) => set('breakdown', event.target.value)}
            />
            <span id={`${id}-breakdown-hint`} className="analytics-field__hint">
              {t('funnel.breakdownHint')}
            </span>
          </div>
          <label className="analytics-field analytics-field--narrow" htmlFor={`${id}-top`}>
            {t('funnel.breakdownTop')}
            <input
              className="ui-input"
              id={`${id}-top`}
              type="number"
              min={1}
              value={draft.breakdownTop}
              onChange={(event) => set('breakdownTop', Number(event.target.value))}
            />
          </label>
        </div>
      </div>
      <AnalysisStatus state={state} idleText={t('funnel.idle')} />
      {state.status === 'done' && <FunnelResultView result={state.result} />}
      {spec !== null && (
        <SegmentComparisonPanel projectId={props.projectId} scope={props.scope} draft={draft} activities={activities} />
      )}
    </section>
  )
}

function FunnelResultView(props: { readonly result: FunnelResult }) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const { steps } = props.result
  const first = steps[0]
  const option = useMemo(
    () => ({
      aria: { enabled: false },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: steps.map((step) => step.name), axisLabel: { interval: 0 } },
      yAxis: {
        type: 'value',
        max: 100,
        axisLabel: { formatter: (value: number) => formatShare(value / 100, language) },
      },
      series: [
        {
          name: t('funnel.chartConverted'),
          type: 'bar',
          stack: 'funnel',
          color: '#23318c',
          data: steps.map((step) => round(step.conversionFromFirst * 100)),
          label: {
            show: true,
            position: 'insideTop',
            color: '#ffffff',
            formatter: (entry: { dataIndex: number }) => formatNumber(steps[entry.dataIndex]?.count ?? 0, language),
          },
        },
        {
          name: t('funnel.chartDropped'),
          type: 'bar',
          stack: 'funnel',
          color: '#d9dcea',
          data: steps.map((step) => round((1 - step.conversionFromFirst) * 100)),
        },
      ],
    }),
    [steps, t, language],
  )
  if (first === undefined || first.count === 0) return <EmptyResult text={t('funnel.empty')} />
  const summary = t('funnel.chartSummary', {
    steps: steps
      .map((step) =>
        t('funnel.chartSummaryStep', {
          name: step.name,
          value: formatNumber(step.count, language),
          share: formatShare(step.conversionFromFirst, language),
        }),
      )
      .join('; '),
  })
  const unit = t(`funnel.countUnits.${props.result.countBy}`)
  return (
    <div className="analytics-card">
      <EChartView option={option} summary={summary} />
      <StepTable steps={steps} caption={t('funnel.tableCaption', { unit })} fileName="funnel" />
      {props.result.breakdown !== undefined && <BreakdownTable rows={props.result.breakdown} />}
    </div>
  )
}

const round = (value: number) => Math.round(value * 10) / 10

function StepTable(props: {
  readonly steps: readonly FunnelStepResult[]
  readonly caption: string
  readonly fileName: string
}) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const header = [
    t('funnel.columns.step'),
    t('funnel.columns.count'),
    t('funnel.columns.fromFirst'),
    t('funnel.columns.fromPrevious'),
    t('funnel.columns.dropOff'),
    t('funnel.columns.median'),
    t('funnel.columns.p90'),
  ]
  const csvRows = props.steps.map((step) => [
    step.name,
    step.count,
    step.conversionFromFirst,
    step.conversionFromPrevious,
    step.dropOff,
    step.timeToConvert?.median ?? null,
    step.timeToConvert?.p90 ?? null,
  ])
  return (
    <div className="analytics-table-block">
      <div className="analytics-table-toolbar">
        <CsvExportButton
          fileName={props.fileName}
          header={[...header.slice(0, 5), `${header[5]} (ms)`, `${header[6]} (ms)`]}
          rows={csvRows}
        />
      </div>
      <AnalyticsTable label={props.caption} caption={props.caption} header={header}>
        {props.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional and may repeat an event
          <tr key={`${step.name}-${index}`}>
            <th scope="row">
              {index + 1}. {step.name}
              {step.optional && <span className="ui-badge ui-badge--neutral">{t('funnel.optional')}</span>}
            </th>
            <td className="analytics-num">{formatNumber(step.count, language)}</td>
            <td className="analytics-num">{formatShare(step.conversionFromFirst, language)}</td>
            <td className="analytics-num">{formatShare(step.conversionFromPrevious, language)}</td>
            <td className="analytics-num">{formatNumber(step.dropOff, language)}</td>
            <td className="analytics-num">{formatDuration(step.timeToConvert?.median, language)}</td>
            <td className="analytics-num">{formatDuration(step.timeToConvert?.p90, language)}</td>
          </tr>
        ))}
      </AnalyticsTable>
    </div>
  )
}

function BreakdownTable(props: { readonly rows: readonly FunnelBreakdownRow[] }) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const stepNames = props.rows[0]?.steps.map((step) => step.name) ?? []
  const label = (row: FunnelBreakdownRow) =>
    row.kind === 'value'
      ? String(row.value)
      : row.kind === 'other'
        ? t('funnel.breakdownOther', { n: row.valueCount ?? 0 })
        : t('funnel.breakdownMissing')
  const header = [t('funnel.columns.value'), ...stepNames]
  const last = stepNames.length - 1
  return (
    <div className="analytics-table-block">
      <h3>{t('funnel.breakdownTitle')}</h3>
      <div className="analytics-table-toolbar">
        <CsvExportButton
          fileName="funnel-breakdown"
          header={[...header, t('funnel.columns.conversion')]}
          rows={props.rows.map((row) => [
            label(row),
            ...row.steps.map((step) => step.count),
            row.steps[last]?.conversionFromFirst ?? null,
          ])}
        />
      </div>
      <div className="analytics-table-scroll">
        <table className="analytics-table" aria-label={t('funnel.breakdownTitle')}>
          <thead>
            <tr>
              {header.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional and may repeat an event
                <th key={`${cell}-${index}`} scope="col">
                  {cell}
                </th>
              ))}
              <th scope="col">{t('funnel.columns.conversion')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional and may repeat an event
              <tr key={`${row.kind}-${String(row.value)}-${index}`}>
                <th scope="row">{label(row)}</th>
                {row.steps.map((step, position) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional and may repeat an event
                  <td key={`${step.name}-${position}`} className="analytics-num">
                    {formatNumber(step.count, language)}
                  </td>
                ))}
                <td className="analytics-num">{formatShare(row.steps[last]?.conversionFromFirst ?? null, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
