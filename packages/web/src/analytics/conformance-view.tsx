import type { ConformanceResult, Deviation } from '@parcours/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { AnalysisStatus, EmptyResult } from './analysis-status.js'
import { AnalyticsTable } from './analytics-table.js'
import { CsvExportButton } from './csv-export-button.js'
import { formatNumber, formatShare } from './format-figures.js'
import { MapPicker, useChosenMap } from './map-picker.js'
import { type ScopeFilter, scopeFields } from './scope-filter.js'
import { useAnalysis } from './use-analysis.js'

/** The badge tone of each kind of deviation (its name is always written too). */
const DEVIATION_TONES: Readonly<Record<Deviation['kind'], string>> = {
  'skipped-step': 'negative',
  'unexpected-touchpoint': 'warning',
  'backward-move': 'info',
  'channel-switch': 'neutral',
}

/** The conformance view: how far the real journeys follow a map — fitness overall and per stage, and the deviations. */
export function ConformanceView(props: { readonly projectId: string; readonly scope: ScopeFilter }) {
  const { t } = useTranslation('analytics')
  const id = useId()
  const chosen = useChosenMap(props.projectId)
  const state = useAnalysis<'conformance'>(
    props.projectId,
    chosen.mapId === undefined
      ? null
      : { analysis: 'conformance', mapId: chosen.mapId, exampleCases: 5, ...scopeFields(props.scope) },
  )
  return (
    <section aria-labelledby={`${id}-title`} className="analytics-view">
      <h2 id={`${id}-title`}>{t('conformance.title')}</h2>
      <p className="analytics-lead">{t('conformance.lead')}</p>
      <div className="analytics-card analytics-options">
        <div className="analytics-row">
          <MapPicker chosen={chosen} />
        </div>
      </div>
      {chosen.mapId !== undefined && <AnalysisStatus state={state} />}
      {state.status === 'done' &&
        (state.result.model === null || state.result.model.totalCases === 0 ? (
          <EmptyResult />
        ) : (
          <ConformanceResultView
            projectId={props.projectId}
            model={state.result.model}
            names={chosen.entry?.names ?? {}}
          />
        ))}
    </section>
  )
}

function ConformanceResultView(props: {
  readonly projectId: string
  readonly model: ConformanceResult
  readonly names: Readonly<Record<string, string>>
}) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const { model } = props
  const name = (id: string) => props.names[id] ?? id
  const deviationText = (deviation: Deviation) =>
    deviation.kind === 'channel-switch'
      ? t('conformance.switch', {
          from: deviation.fromChannel === null ? '?' : t(`channel.${deviation.fromChannel}`),
          to: deviation.toChannel === null ? '?' : t(`channel.${deviation.toChannel}`),
        })
      : ''
  const deviationHeader = [
    t('conformance.columns.kind'),
    t('conformance.columns.stage'),
    t('conformance.columns.touchpoint'),
    t('conformance.columns.cases'),
    t('conformance.columns.occurrences'),
    t('conformance.columns.examples'),
  ]
  return (
    <>
      <div className="analytics-card">
        <dl className="analytics-stats">
          <div>
            <dt>{t('conformance.meanFitness')}</dt>
            <dd>{formatShare(model.fitness?.mean ?? null, language)}</dd>
          </div>
          <div>
            <dt>{t('conformance.medianFitness')}</dt>
            <dd>{formatShare(model.fitness?.median ?? null, language)}</dd>
          </div>
          <div>
            <dt>{t('conformance.p10Fitness')}</dt>
            <dd>{formatShare(model.fitness?.p10 ?? null, language)}</dd>
          </div>
          <div>
            <dt>{t('conformance.fittingCases')}</dt>
            <dd>
              {t('conformance.ofCases', {
                fitting: formatNumber(model.fittingCases, language),
                total: formatNumber(model.totalCases, language),
              })}
            </dd>
          </div>
        </dl>
      </div>
      <div className="analytics-card">
        <h3>{t('conformance.stagesTitle')}</h3>
        <div className="analytics-table-toolbar">
          <CsvExportButton
            fileName="conformance-stages"
            header={[t('conformance.columns.stage'), t('conformance.columns.fitness'), t('conformance.columns.cases')]}
            rows={model.stages.map((stage) => [stage.name, stage.fitness, stage.cases])}
          />
        </div>
        <table className="analytics-table" aria-label={t('conformance.stagesTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('conformance.columns.stage')}</th>
              <th scope="col">{t('conformance.columns.fitness')}</th>
              <th scope="col">{t('conformance.columns.cases')}</th>
            </tr>
          </thead>
          <tbody>
            {model.stages.map((stage) => (
              <tr key={stage.stageId}>
                <th scope="row">{stage.name}</th>
                <td className="analytics-num">
                  <span className="analytics-bar" style={{ width: `${(stage.fitness ?? 0) * 100}%` }} />
                  {formatShare(stage.fitness, language)}
                </td>
                <td className="analytics-num">{formatNumber(stage.cases, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="analytics-card">
        <h3>{t('conformance.deviationsTitle')}</h3>
        {model.deviations.length === 0 ? (
          <EmptyResult text={t('conformance.noDeviation')} />
        ) : (
          <>
            <div className="analytics-table-toolbar">
              <CsvExportButton
                fileName="conformance-deviations"
                header={deviationHeader}
                rows={model.deviations.map((deviation) => [
                  t(`conformance.kinds.${deviation.kind}`),
                  name(deviation.stageId),
                  name(deviation.touchpointId),
                  deviation.cases,
                  deviation.occurrences,
                  deviation.exampleCases.join(' '),
                ])}
              />
            </div>
            <AnalyticsTable label={t('conformance.deviationsTitle')} header={deviationHeader}>
              {model.deviations.map((deviation) => (
                <tr
                  key={`${deviation.kind}-${deviation.stageId}-${deviation.touchpointId}-${deviation.fromChannel}-${deviation.toChannel}`}
                >
                  <th scope="row">
                    <span className={`ui-badge ui-badge--${DEVIATION_TONES[deviation.kind]}`}>
                      {t(`conformance.kinds.${deviation.kind}`)}
                    </span>
                    {deviationText(deviation) !== '' && (
                      <span className="analytics-hint"> {deviationText(deviation)}</span>
                    )}
                  </th>
                  <td>{name(deviation.stageId)}</td>
                  <td>{name(deviation.touchpointId)}</td>
                  <td className="analytics-num">{formatNumber(deviation.cases, language)}</td>
                  <td className="analytics-num">{formatNumber(deviation.occurrences, language)}</td>
                  <td>
                    <ul className="analytics-inline-list">
                      {deviation.exampleCases.map((caseId) => (
                        <li key={caseId}>
                          <Link
                            to={`/projects/${encodeURIComponent(props.projectId)}/customers/${encodeURIComponent(caseId)}`}
                          >
                            {caseId}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </AnalyticsTable>
          </>
        )}
      </div>
    </>
  )
}
