import type { ActivityFrequency, ProportionEstimate, SegmentComparison } from '@parcours/core'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AnalysisStatus } from './analysis-status.js'
import { AnalyticsTable } from './analytics-table.js'
import { CsvExportButton } from './csv-export-button.js'
import { formatNumber, formatShare } from './format-figures.js'
import { type FunnelDraft, funnelSpecOf } from './funnel-spec.js'
import { type ScopeFilter, scopeFields } from './scope-filter.js'
import { describeSegment, EMPTY_SEGMENT, type SegmentDraft, SegmentEditor, segmentOf } from './segment-editor.js'
import { useAnalysis } from './use-analysis.js'

/** Two segments side by side on the funnel: each rate with its interval, the difference and the test. */
export function SegmentComparisonPanel(props: {
  readonly projectId: string
  readonly scope: ScopeFilter
  readonly draft: FunnelDraft
  readonly activities: readonly ActivityFrequency[]
}) {
  const { t } = useTranslation('analytics')
  const id = useId()
  const [a, setA] = useState<SegmentDraft>(EMPTY_SEGMENT)
  const [b, setB] = useState<SegmentDraft>({ ...EMPTY_SEGMENT, channel: 'app' })
  const [asked, setAsked] = useState<{ a: SegmentDraft; b: SegmentDraft } | null>(null)
  const spec = funnelSpecOf(props.draft, { breakdown: false })
  const segmentA = asked === null ? null : segmentOf(asked.a)
  const segmentB = asked === null ? null : segmentOf(asked.b)
  const state = useAnalysis<'compare-segments'>(
    props.projectId,
    spec === null || segmentA === null || segmentB === null
      ? null
      : { analysis: 'compare-segments', funnel: spec, segments: [segmentA, segmentB], ...scopeFields(props.scope) },
  )
  const ready = segmentOf(a) !== null && segmentOf(b) !== null
  return (
    <section className="analytics-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('compare.title')}</h3>
      <p className="analytics-hint">{t('compare.lead')}</p>
      <form
        className="analytics-compare-form"
        onSubmit={(event) => {
          event.preventDefault()
          setAsked({ a, b })
        }}
      >
        <div className="analytics-two-columns">
          <SegmentEditor legend={t('compare.segmentA')} value={a} activities={props.activities} onChange={setA} />
          <SegmentEditor legend={t('compare.segmentB')} value={b} activities={props.activities} onChange={setB} />
        </div>
        <button type="submit" className="ui-button ui-button--primary" disabled={!ready}>
          {t('compare.run')}
        </button>
      </form>
      {asked !== null && <AnalysisStatus state={state} />}
      {asked !== null && state.status === 'done' && (
        <ComparisonTable
          comparison={state.result}
          labelA={describeSegment(asked.a, t)}
          labelB={describeSegment(asked.b, t)}
        />
      )}
    </section>
  )
}

function ComparisonTable(props: {
  readonly comparison: SegmentComparison
  readonly labelA: string
  readonly labelB: string
}) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const share = (value: number | null) => formatShare(value, language)
  const estimate = (value: ProportionEstimate) =>
    value.rate === null
      ? '—'
      : t('compare.estimate', {
          rate: share(value.rate),
          low: share(value.low),
          high: share(value.high),
          successes: formatNumber(value.successes, language),
          trials: formatNumber(value.trials, language),
        })
  const header = [
    t('funnel.columns.step'),
    `A — ${props.labelA}`,
    `B — ${props.labelB}`,
    t('compare.difference'),
    t('compare.pValue'),
  ]
  return (
    <div className="analytics-table-block">
      <p className="analytics-method">
        {t('compare.method', { confidence: formatShare(props.comparison.confidence, language, 0) })}
      </p>
      <div className="analytics-table-toolbar">
        <CsvExportButton
          fileName="segment-comparison"
          header={[
            t('funnel.columns.step'),
            'A successes',
            'A trials',
            'A rate',
            'A low',
            'A high',
            'B successes',
            'B trials',
            'B rate',
            'B low',
            'B high',
            'difference',
            'difference low',
            'difference high',
            'z',
            'p-value',
          ]}
          rows={props.comparison.steps.map((step) => [
            step.name,
            step.a.successes,
            step.a.trials,
            step.a.rate,
            step.a.low,
            step.a.high,
            step.b.successes,
            step.b.trials,
            step.b.rate,
            step.b.low,
            step.b.high,
            step.difference?.value ?? null,
            step.difference?.low ?? null,
            step.difference?.high ?? null,
            step.z,
            step.pValue,
          ])}
        />
      </div>
      <AnalyticsTable label={t('compare.title')} header={header}>
        {props.comparison.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional and may repeat an event
          <tr key={`${step.name}-${index}`}>
            <th scope="row">{step.name}</th>
            <td>{estimate(step.a)}</td>
            <td>{estimate(step.b)}</td>
            <td>
              {step.difference === null
                ? '—'
                : t('compare.differenceValue', {
                    value: share(step.difference.value),
                    low: share(step.difference.low),
                    high: share(step.difference.high),
                  })}
            </td>
            <td className="analytics-num">
              {step.pValue === null ? '—' : formatNumber(step.pValue, language, 3)}
              {step.pValue !== null && step.pValue < 0.05 && (
                <span className="ui-badge ui-badge--positive">{t('compare.significant')}</span>
              )}
            </td>
          </tr>
        ))}
      </AnalyticsTable>
    </div>
  )
}
