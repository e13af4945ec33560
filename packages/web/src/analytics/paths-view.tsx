import type { PathAnalysis, PathNode } from '@parcours/core'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AnalysisStatus, EmptyResult } from './analysis-status.js'
import { AnalyticsTable } from './analytics-table.js'
import { CsvExportButton } from './csv-export-button.js'
import { EChartView } from './echart-view.js'
import { formatNumber, formatPercent } from './format-figures.js'
import { type ScopeFilter, scopeFields } from './scope-filter.js'
import { useActivities } from './use-activities.js'
import { useAnalysis } from './use-analysis.js'
import { SequencePills, sequenceText } from './variants-view.js'

/** The paths view: what cases did after (or before) an event, as a Sankey and as a path table. */
export function PathsView(props: { readonly projectId: string; readonly scope: ScopeFilter }) {
  const { t } = useTranslation('analytics')
  const id = useId()
  const activities = useActivities(props.projectId, props.scope, { classifier: true })
  const [anchor, setAnchor] = useState('')
  const [direction, setDirection] = useState<'after' | 'before'>('after')
  const [depth, setDepth] = useState(3)
  const [top, setTop] = useState(6)
  const state = useAnalysis<'paths'>(props.projectId, {
    analysis: 'paths',
    direction,
    depth: Math.min(50, Math.max(1, Math.floor(depth) || 1)),
    ...(anchor === '' ? {} : { anchor }),
    ...(top > 0 ? { top: Math.floor(top) } : {}),
    topPaths: 20,
    ...scopeFields(props.scope, { classifier: true }),
  })
  return (
    <section aria-labelledby={`${id}-title`} className="analytics-view">
      <h2 id={`${id}-title`}>{t('paths.title')}</h2>
      <p className="analytics-lead">{t('paths.lead')}</p>
      <div className="analytics-card analytics-options">
        <div className="analytics-row">
          <label className="analytics-field" htmlFor={`${id}-direction`}>
            {t('paths.direction')}
            <select
              className="ui-input ui-select"
              id={`${id}-direction`}
              value={direction}
              onChange={(event) => setDirection(event.target.value as 'after' | 'before')}
            >
              <option value="after">{t('paths.after')}</option>
              <option value="before">{t('paths.before')}</option>
            </select>
          </label>
          <label className="analytics-field" htmlFor={`${id}-anchor`}>
            {t('paths.anchor')}
            <select
              className="ui-input ui-select"
              id={`${id}-anchor`}
              value={anchor}
              onChange={(event) => setAnchor(event.target.value)}
            >
              <option value="">{direction === 'after' ? t('paths.firstActivity') : t('paths.lastActivity')}</option>
              {activities.map((activity) => (
                <option key={activity.activity} value={activity.activity}>
                  {activity.activity}
                </option>
              ))}
            </select>
          </label>
          <label className="analytics-field analytics-field--narrow" htmlFor={`${id}-depth`}>
            {t('paths.depth')}
            <input
              className="ui-input"
              id={`${id}-depth`}
              type="number"
              min={1}
              max={10}
              value={depth}
              onChange={(event) => setDepth(Number(event.target.value))}
            />
          </label>
          <label className="analytics-field analytics-field--narrow" htmlFor={`${id}-top`}>
            {t('paths.top')}
            <input
              className="ui-input"
              id={`${id}-top`}
              type="number"
              min={0}
              value={top}
              onChange={(event) => setTop(Number(event.target.value))}
            />
          </label>
        </div>
      </div>
      <AnalysisStatus state={state} />
      {state.status === 'done' &&
        (state.result.cases === 0 ? <EmptyResult text={t('paths.empty')} /> : <PathsResult result={state.result} />)}
    </section>
  )
}

function PathsResult(props: { readonly result: PathAnalysis }) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const { result } = props
  const option = useMemo(() => {
    const nodeLabel = (node: PathNode) =>
      node.kind === 'activity'
        ? node.activity
        : node.kind === 'other'
          ? t('paths.otherNode', { n: node.activities })
          : t(`paths.${node.kind}Node`)
    const labels = new Map(result.nodes.map((node) => [node.id, nodeLabel(node)]))
    return {
      aria: { enabled: false },
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'sankey',
          left: 8,
          right: 120,
          top: 16,
          bottom: 16,
          nodeGap: 10,
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'gradient', opacity: 0.35 },
          data: result.nodes.map((node) => ({
            name: node.id,
            value: node.cases,
            itemStyle: { color: node.kind === 'activity' ? '#23318c' : '#8a90a6' },
          })),
          links: result.links.map((link) => ({ source: link.source, target: link.target, value: link.cases })),
          label: {
            color: '#1c2230',
            formatter: (entry: { name: string; value: number }) =>
              `${labels.get(entry.name) ?? entry.name} (${formatNumber(entry.value, language)})`,
          },
        },
      ],
    }
  }, [result, language, t])
  const summary = t('paths.chartSummary', {
    direction: t(`paths.${result.direction}`),
    anchor: result.anchor ?? t(result.direction === 'after' ? 'paths.firstActivity' : 'paths.lastActivity'),
    cases: formatNumber(result.cases, language),
    paths: formatNumber(result.totalPaths, language),
  })
  const header = [t('paths.columns.path'), t('paths.columns.cases'), t('paths.columns.coverage')]
  return (
    <div className="analytics-card">
      <EChartView option={option} summary={summary} height={Math.max(320, result.nodes.length * 18)} />
      <div className="analytics-table-toolbar">
        <CsvExportButton
          fileName="paths"
          header={header}
          rows={result.paths.map((row) => [sequenceText(row, t), row.cases, row.coverage])}
        />
      </div>
      <AnalyticsTable label={t('paths.tableCaption')} caption={summary} header={header}>
        {result.paths.map((row) => (
          <tr key={'other' in row ? 'other' : row.sequence.join('\u0000')}>
            <th scope="row" className="analytics-sequence">
              {'other' in row ? <em>{sequenceText(row, t)}</em> : <SequencePills sequence={row.sequence} />}
            </th>
            <td className="analytics-num">{formatNumber(row.cases, language)}</td>
            <td className="analytics-num">{formatPercent(row.coverage, language)}</td>
          </tr>
        ))}
      </AnalyticsTable>
    </div>
  )
}
