import type { ProcessMap } from '@parcours/core'
import { Background, Controls, type Edge, MarkerType, type Node, ReactFlow, ReactFlowProvider } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AnalysisStatus, EmptyResult } from './analysis-status.js'
import { AnalyticsTable } from './analytics-table.js'
import { CsvExportButton } from './csv-export-button.js'
import { formatDuration, formatNumber, formatPercent } from './format-figures.js'
import { layOutLayered, widthForLabel } from './process-map-layout.js'
import { edgeShare, readableThreshold } from './process-map-threshold.js'
import { type ScopeFilter, scopeFields } from './scope-filter.js'
import { useAnalysis } from './use-analysis.js'

/** Frequency (edges labelled with transitions) or performance (edges labelled with the median duration). */
type MapView = 'frequency' | 'performance'

const START = '__start__'
const END = '__end__'
const NODE_HEIGHT = 52

/**
 * The process map view: the directly-follows graph, its frequency and performance views, a
 * rare-edge slider (which starts where at most READABLE_EDGES edges are shown).
 */
export function ProcessMapView(props: { readonly projectId: string; readonly scope: ScopeFilter }) {
  const { t } = useTranslation('analytics')
  const id = useId()
  const [view, setView] = useState<MapView>('frequency')
  const [chosenThreshold, setThreshold] = useState<number | undefined>(undefined)
  const state = useAnalysis<'process-map'>(props.projectId, {
    analysis: 'process-map',
    ...scopeFields(props.scope, { classifier: true }),
  })
  const threshold = chosenThreshold ?? (state.status === 'done' ? readableThreshold(state.result) : 0)
  const maxShare =
    state.status === 'done'
      ? Math.ceil(Math.max(0, ...state.result.edges.map((edge) => edgeShare(edge, state.result.totalTransitions))))
      : 100
  return (
    <section aria-labelledby={`${id}-title`} className="analytics-view">
      <h2 id={`${id}-title`}>{t('processMap.title')}</h2>
      <p className="analytics-lead">{t('processMap.lead')}</p>
      <div className="analytics-card analytics-options">
        <div className="analytics-row">
          <fieldset className="analytics-segmented">
            <legend>{t('processMap.view')}</legend>
            {(['frequency', 'performance'] as const).map((choice) => (
              <label key={choice} className={view === choice ? 'is-selected' : undefined}>
                <input
                  type="radio"
                  name={`${id}-view`}
                  value={choice}
                  checked={view === choice}
                  onChange={() => setView(choice)}
                />
                {t(`processMap.views.${choice}`)}
              </label>
            ))}
          </fieldset>
          <label className="analytics-field analytics-field--wide" htmlFor={`${id}-threshold`}>
            {t('processMap.threshold', { value: threshold })}
            <input
              id={`${id}-threshold`}
              type="range"
              min={0}
              max={Math.max(1, maxShare)}
              step={1}
              value={threshold}
              aria-valuetext={t('processMap.thresholdText', { value: threshold })}
              onChange={(event) => setThreshold(Number(event.target.value))}
            />
          </label>
        </div>
      </div>
      <AnalysisStatus state={state} />
      {state.status === 'done' &&
        (state.result.totalEvents === 0 ? (
          <EmptyResult />
        ) : (
          <ReactFlowProvider>
            <ProcessMapGraph map={state.result} view={view} threshold={threshold} />
          </ReactFlowProvider>
        ))}
    </section>
  )
}

function ProcessMapGraph(props: { readonly map: ProcessMap; readonly view: MapView; readonly threshold: number }) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const { map, view, threshold } = props
  const visible = useMemo(
    () => map.edges.filter((edge) => edgeShare(edge, map.totalTransitions) >= threshold),
    [map, threshold],
  )
  const [graph, setGraph] = useState<{ nodes: Node[]; edges: Edge[] } | null>(null)
  useEffect(() => {
    let current = true
    const maxTransitions = Math.max(1, ...map.edges.map((edge) => edge.transitions))
    const activityLabel = (activity: string, events: number) =>
      view === 'frequency' ? `${activity}\n${formatNumber(events, language)}` : activity
    const boxes = [
      { id: START, width: 96, height: 40 },
      { id: END, width: 96, height: 40 },
      ...map.activities.map((activity) => ({
        id: `a:${activity.activity}`,
        width: widthForLabel(activity.activity),
        height: NODE_HEIGHT,
      })),
    ]
    const dfgEdges: Edge[] = visible.map((edge) => ({
      id: `e:${edge.from}\u0000${edge.to}`,
      source: `a:${edge.from}`,
      target: `a:${edge.to}`,
      className: 'dfg-edge',
      label:
        view === 'frequency'
          ? formatNumber(edge.transitions, language)
          : formatDuration(edge.duration.median, language),
      ariaLabel: t('processMap.edgeLabel', {
        from: edge.from,
        to: edge.to,
        transitions: formatNumber(edge.transitions, language),
        median: formatDuration(edge.duration.median, language),
      }),
      markerEnd: { type: MarkerType.ArrowClosed, color: '#23318c' },
      style: { stroke: '#23318c', strokeWidth: 1 + (4 * edge.transitions) / maxTransitions },
      labelBgPadding: [4, 2] as [number, number],
      labelBgStyle: { fill: '#ffffff' },
    }))
    const boundaryEdges: Edge[] = [
      ...map.startActivities.map((entry) => ({
        id: `s:${entry.activity}`,
        source: START,
        target: `a:${entry.activity}`,
        className: 'dfg-boundary-edge',
        label: formatNumber(entry.cases, language),
        ariaLabel: t('processMap.startsLabel', {
          activity: entry.activity,
          cases: formatNumber(entry.cases, language),
        }),
        style: { stroke: '#17663a', strokeDasharray: '4 4' },
        markerEnd: { type: MarkerType.ArrowClosed, color: '#17663a' },
      })),
      ...map.endActivities.map((entry) => ({
        id: `x:${entry.activity}`,
        source: `a:${entry.activity}`,
        target: END,
        className: 'dfg-boundary-edge',
        label: formatNumber(entry.cases, language),
        ariaLabel: t('processMap.endsLabel', { activity: entry.activity, cases: formatNumber(entry.cases, language) }),
        style: { stroke: '#b3261e', strokeDasharray: '4 4' },
        markerEnd: { type: MarkerType.ArrowClosed, color: '#b3261e' },
      })),
    ]
    const edges = [...dfgEdges, ...boundaryEdges]
    layOutLayered(
      boxes,
      edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
    ).then((positions) => {
      if (!current) return
      const nodes: Node[] = boxes.map((box) => {
        const position = positions.get(box.id) ?? { x: 0, y: 0 }
        if (box.id === START || box.id === END)
          return {
            id: box.id,
            type: box.id === START ? 'input' : 'output',
            position,
            data: { label: t(box.id === START ? 'processMap.start' : 'processMap.end') },
            className: `dfg-marker dfg-marker--${box.id === START ? 'start' : 'end'}`,
            style: { width: box.width, height: box.height },
            ariaLabel: t(box.id === START ? 'processMap.start' : 'processMap.end'),
          }
        const activity = map.activities.find((entry) => `a:${entry.activity}` === box.id)
        return {
          id: box.id,
          position,
          data: { label: activityLabel(activity?.activity ?? '', activity?.events ?? 0) },
          className: 'dfg-node',
          style: { width: box.width, height: box.height },
          ariaLabel: t('processMap.nodeLabel', {
            activity: activity?.activity ?? '',
            events: formatNumber(activity?.events ?? 0, language),
          }),
        }
      })
      setGraph({ nodes, edges })
    })
    return () => {
      current = false
    }
  }, [map, visible, view, language, t])
  const summary = t('processMap.summary', {
    activities: formatNumber(map.activities.length, language),
    edges: formatNumber(visible.length, language),
    total: formatNumber(map.edges.length, language),
    cases: formatNumber(map.totalCases, language),
  })
  const header = [
    t('processMap.columns.from'),
    t('processMap.columns.to'),
    t('processMap.columns.transitions'),
    t('processMap.columns.share'),
    t('processMap.columns.cases'),
    t('processMap.columns.median'),
    t('processMap.columns.p90'),
  ]
  return (
    <div className="analytics-card">
      <p className="analytics-status" aria-live="polite">
        {summary}
      </p>
      <figure className="analytics-flow" aria-label={summary}>
        {graph !== null && (
          <ReactFlow
            nodes={graph.nodes}
            edges={graph.edges}
            fitView
            nodesConnectable={false}
            nodesDraggable
            edgesFocusable
            minZoom={0.1}
            proOptions={{ hideAttribution: true }}
          >
            <Background />
            <Controls showInteractive={false} />
          </ReactFlow>
        )}
      </figure>
      <div className="analytics-table-toolbar">
        <CsvExportButton
          fileName="process-map"
          header={[...header.slice(0, 5), `${header[5]} (ms)`, `${header[6]} (ms)`]}
          rows={visible.map((edge) => [
            edge.from,
            edge.to,
            edge.transitions,
            edgeShare(edge, map.totalTransitions),
            edge.cases,
            edge.duration.median,
            edge.duration.p90,
          ])}
        />
      </div>
      <AnalyticsTable label={t('processMap.tableCaption')} caption={t('processMap.tableCaption')} header={header}>
        {visible.map((edge) => (
          <tr key={`${edge.from}\u0000${edge.to}`}>
            <th scope="row">{edge.from}</th>
            <td>{edge.to}</td>
            <td className="analytics-num">{formatNumber(edge.transitions, language)}</td>
            <td className="analytics-num">{formatPercent(edgeShare(edge, map.totalTransitions), language)}</td>
            <td className="analytics-num">{formatNumber(edge.cases, language)}</td>
            <td className="analytics-num">{formatDuration(edge.duration.median, language)}</td>
            <td className="analytics-num">{formatDuration(edge.duration.p90, language)}</td>
          </tr>
        ))}
      </AnalyticsTable>
    </div>
  )
}
