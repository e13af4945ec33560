import type { ActivityFrequency } from '@parcours/core'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from './format-figures.js'

/**
 * An ordered list of event names (the steps of a funnel): add one from the events present, move
 * a step up or down, remove it. Every action is a button, so all of it works from the keyboard.
 */
export function StepListEditor(props: {
  readonly steps: readonly string[]
  readonly activities: readonly ActivityFrequency[]
  readonly onChange: (steps: readonly string[]) => void
}) {
  const { t, i18n } = useTranslation('analytics')
  const id = useId()
  const { steps, onChange } = props
  const [candidate, setCandidate] = useState('')
  const choice = candidate !== '' ? candidate : (props.activities[0]?.activity ?? '')
  const move = (from: number, to: number) => {
    const next = [...steps]
    const [moved] = next.splice(from, 1)
    if (moved === undefined) return
    next.splice(to, 0, moved)
    onChange(next)
  }
  return (
    <fieldset className="analytics-fieldset">
      <legend>{t('funnel.steps')}</legend>
      {steps.length === 0 ? (
        <p className="analytics-hint">{t('funnel.noSteps')}</p>
      ) : (
        <ol className="analytics-steps">
          {steps.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional and may repeat an event
            <li key={`${step}-${index}`} className="analytics-steps__item">
              <span className="analytics-steps__index" aria-hidden="true">
                {index + 1}
              </span>
              <span className="analytics-steps__name">{step}</span>
              <button
                type="button"
                className="ui-button ui-button--ghost ui-button--small ui-button--icon-only"
                disabled={index === 0}
                aria-label={t('funnel.moveUp', { step, position: index + 1 })}
                onClick={() => move(index, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="ui-button ui-button--ghost ui-button--small ui-button--icon-only"
                disabled={index === steps.length - 1}
                aria-label={t('funnel.moveDown', { step, position: index + 1 })}
                onClick={() => move(index, index + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="ui-button ui-button--ghost ui-button--small ui-button--icon-only analytics-danger"
                aria-label={t('funnel.removeStep', { step, position: index + 1 })}
                onClick={() => onChange(steps.filter((_, position) => position !== index))}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="analytics-row">
        <label className="analytics-field" htmlFor={`${id}-event`}>
          {t('funnel.stepEvent')}
          <select
            className="ui-input ui-select"
            id={`${id}-event`}
            value={choice}
            onChange={(event) => setCandidate(event.target.value)}
          >
            {props.activities.map((activity) => (
              <option key={activity.activity} value={activity.activity}>
                {t('funnel.eventOption', {
                  name: activity.activity,
                  events: formatNumber(activity.events, i18n.language),
                })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="ui-button ui-button--primary"
          disabled={choice === '' || steps.length >= 24}
          onClick={() => onChange([...steps, choice])}
        >
          {t('funnel.addStep')}
        </button>
      </div>
    </fieldset>
  )
}
