import type { EventSelector, MapMeasurement } from '@parcours/core'
import { type ReactNode, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { describeSelector } from './describe-selector.js'
import { FigureList } from './figure-list.js'
import { useMeasureFormat } from './format-measure.js'
import { stageFigures, touchpointFigures } from './measure-figures.js'
import { MeasuredKpiList } from './measured-kpi-list.js'
import { findMeasuredTouchpoint } from './touchpoint-measure.js'
import './measure.css'

/** What the details are about: a stage or a touchpoint of the measured map. */
export type MeasureTarget =
  | { readonly kind: 'stage'; readonly id: string }
  | { readonly kind: 'touchpoint'; readonly id: string }

export interface MeasureDetailsProps {
  readonly measure: MapMeasurement
  readonly target: MeasureTarget
  readonly onClose: () => void
  /** The touchpoint's selector, shown in words when given. */
  readonly selector?: EventSelector | undefined
  /** Extra actions at the bottom (the measure page puts "Bind events" there). */
  readonly actions?: ReactNode
}

/**
 * A modal dialog with everything measured for a stage or a touchpoint: every figure with its hint
 * and n, the KPIs with their formula and n, the stage's touchpoints, and its top deviations.
 * Escape or "Close" closes it.
 *
 * @example {target && <MeasureDetails measure={measure} target={target} onClose={() => setTarget(undefined)} />}
 */
export function MeasureDetails({ measure, target, onClose, selector, actions }: MeasureDetailsProps) {
  const { t } = useTranslation('measure')
  const format = useMeasureFormat()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element !== null && !element.open) element.showModal()
  }, [])

  const stageIndex =
    target.kind === 'stage'
      ? measure.stages.findIndex((stage) => stage.stageId === target.id)
      : measure.stages.findIndex((stage) =>
          stage.touchpoints.some((touchpoint) => touchpoint.touchpointId === target.id),
        )
  const stage = measure.stages[stageIndex]
  const touchpoint = target.kind === 'touchpoint' ? findMeasuredTouchpoint(measure, target.id) : undefined
  const title =
    target.kind === 'stage'
      ? t('details.stageTitle', { name: stage?.name ?? target.id })
      : t('details.touchpointTitle', { name: touchpoint?.name ?? target.id })
  const kpis = target.kind === 'stage' ? (stage?.kpis ?? []) : (touchpoint?.kpis ?? [])

  return (
    <dialog ref={dialog} className="measure-details" aria-labelledby="measure-details-title" onClose={onClose}>
      <header className="measure-details__header">
        <h2 id="measure-details-title">{title}</h2>
        <button type="button" className="measure-button measure-button--quiet" onClick={() => dialog.current?.close()}>
          {t('details.close')}
        </button>
      </header>
      <section aria-labelledby="measure-details-figures">
        <h3 id="measure-details-figures">{t('details.figures')}</h3>
        {target.kind === 'stage' && stage !== undefined && (
          <FigureList
            figures={[
              ...stageFigures(stage, stageIndex, measure.stages.length, measure.stages[stageIndex - 1], t, format),
              ...(stage.satisfaction === null
                ? [{ key: 'satisfaction', label: t('figure.satisfaction'), missing: t('missing.noEmotionLane') }]
                : stage.satisfaction.measured === null
                  ? [{ key: 'satisfaction', label: t('figure.satisfaction'), missing: t('missing.noAnswers') }]
                  : [
                      {
                        key: 'satisfaction',
                        label: t('figure.satisfaction'),
                        value: format.score(stage.satisfaction.measured),
                        n: format.count(stage.satisfaction.n),
                      },
                    ]),
            ]}
          />
        )}
        {touchpoint !== undefined && <FigureList figures={touchpointFigures(touchpoint, t, format)} />}
        {target.kind === 'touchpoint' && selector !== undefined && (
          <p className="measure-details__selector">
            {t('details.selector', { selector: describeSelector(selector, t) })}
          </p>
        )}
      </section>
      <section aria-labelledby="measure-details-kpis">
        <h3 id="measure-details-kpis">{t('kpi.title')}</h3>
        {kpis.length === 0 ? <p className="measure-muted">{t('kpi.none')}</p> : <MeasuredKpiList kpis={kpis} />}
      </section>
      {target.kind === 'stage' && stage !== undefined && (
        <>
          <section aria-labelledby="measure-details-touchpoints">
            <h3 id="measure-details-touchpoints">{t('details.touchpoints')}</h3>
            <ul className="measure-details__list">
              {stage.touchpoints.map((item) => (
                <li key={item.touchpointId}>
                  <span>{item.name}</span>
                  <FigureList figures={touchpointFigures(item, t, format)} compact />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="measure-details-deviations">
            <h3 id="measure-details-deviations">{t('details.deviations')}</h3>
            {stage.deviations.length === 0 ? (
              <p className="measure-muted">{t('details.noDeviations')}</p>
            ) : (
              <ul className="measure-details__list">
                {stage.deviations.map((deviation) => {
                  const name =
                    stage.touchpoints.find((item) => item.touchpointId === deviation.touchpointId)?.name ??
                    deviation.touchpointId
                  return (
                    <li
                      key={`${deviation.kind}:${deviation.touchpointId}:${deviation.fromChannel}:${deviation.toChannel}`}
                    >
                      <span>
                        <strong>{t(`details.kind.${deviation.kind}`)}</strong> — {name}
                        {deviation.fromChannel !== null &&
                          ` (${t('details.channelSwitch', { from: deviation.fromChannel, to: deviation.toChannel })})`}
                      </span>
                      <span className="measure-muted">
                        {t('details.deviationJourneys', {
                          count: deviation.cases,
                          formatted: format.count(deviation.cases),
                        })}
                        {' · '}
                        {t('details.deviationOccurrences', {
                          count: deviation.occurrences,
                          formatted: format.count(deviation.occurrences),
                        })}
                      </span>
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
        </>
      )}
      {actions !== undefined && <footer className="measure-details__actions">{actions}</footer>}
    </dialog>
  )
}
