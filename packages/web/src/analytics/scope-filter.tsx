import { CHANNELS, type Channel } from '@parcours/core'
import type { TFunction } from 'i18next'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/** The classifiers offered: how events become activities. */
export const CLASSIFIER_CHOICES = ['name', 'name+lifecycle', 'name+channel'] as const
export type ClassifierChoice = (typeof CLASSIFIER_CHOICES)[number]

/** The journeys an analysis looks at, as the filter bar holds them (dates as `yyyy-mm-dd`, empty when open). */
export interface ScopeFilter {
  readonly channels: readonly Channel[]
  readonly from: string
  readonly to: string
  /** Lifecycles separated by commas (`complete`), empty for all. */
  readonly lifecycle: string
  readonly classifier: ClassifierChoice
}

export const EMPTY_SCOPE: ScopeFilter = { channels: [], from: '', to: '', lifecycle: '', classifier: 'name' }

/** The scope fields of an analysis request for a filter (days are read in the browser's time zone; `to` includes its day). */
export function scopeFields(filter: ScopeFilter, options: { readonly classifier?: boolean } = {}) {
  const lifecycle = filter.lifecycle
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
  const dayStart = (day: string, plusDays = 0) => {
    const [year, month, date] = day.split('-').map(Number)
    return new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + plusDays).toISOString()
  }
  return {
    ...(filter.channels.length === 0 ? {} : { channels: [...filter.channels] }),
    ...(filter.from === '' ? {} : { from: dayStart(filter.from) }),
    ...(filter.to === '' ? {} : { to: dayStart(filter.to, 1) }),
    ...(lifecycle.length === 0 ? {} : { lifecycle }),
    ...(options.classifier === true ? { classifier: filter.classifier } : {}),
  }
}

/** The filter bar: channels, period, lifecycle and (where it applies) the classifier. */
export function ScopeFilterForm(props: {
  readonly value: ScopeFilter
  readonly onChange: (next: ScopeFilter) => void
  readonly showClassifier: boolean
}) {
  const { t } = useTranslation('analytics')
  const id = useId()
  const { value, onChange } = props
  const toggle = (channel: Channel) =>
    onChange({
      ...value,
      channels: value.channels.includes(channel)
        ? value.channels.filter((entry) => entry !== channel)
        : [...value.channels, channel],
    })
  return (
    <details className="analytics-filter">
      <summary>
        {t('filter.title')}
        <span className="analytics-filter__summary">{describeScope(value, t)}</span>
      </summary>
      <div className="analytics-filter__body">
        <fieldset className="analytics-fieldset">
          <legend>{t('filter.channels')}</legend>
          <div className="analytics-chips">
            {CHANNELS.map((channel) => (
              <label key={channel} className="analytics-chip">
                <input type="checkbox" checked={value.channels.includes(channel)} onChange={() => toggle(channel)} />
                {t(`channel.${channel}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="analytics-row">
          <label className="analytics-field" htmlFor={`${id}-from`}>
            {t('filter.from')}
            <input
              className="ui-input"
              id={`${id}-from`}
              type="date"
              value={value.from}
              onChange={(event) => onChange({ ...value, from: event.target.value })}
            />
          </label>
          <label className="analytics-field" htmlFor={`${id}-to`}>
            {t('filter.to')}
            <input
              className="ui-input"
              id={`${id}-to`}
              type="date"
              value={value.to}
              onChange={(event) => onChange({ ...value, to: event.target.value })}
            />
          </label>
          <div className="analytics-field">
            <label htmlFor={`${id}-lifecycle`}>{t('filter.lifecycle')}</label>
            <input
              className="ui-input"
              id={`${id}-lifecycle`}
              aria-describedby={`${id}-lifecycle-hint`}
              type="text"
              value={value.lifecycle}
              onChange={(event) => onChange({ ...value, lifecycle: event.target.value })}
            />
            <span id={`${id}-lifecycle-hint`} className="analytics-field__hint">
              {t('filter.lifecycleHint')}
            </span>
          </div>
          {props.showClassifier && (
            <label className="analytics-field" htmlFor={`${id}-classifier`}>
              {t('filter.classifier')}
              <select
                className="ui-input ui-select"
                id={`${id}-classifier`}
                value={value.classifier}
                onChange={(event) => onChange({ ...value, classifier: event.target.value as ClassifierChoice })}
              >
                {CLASSIFIER_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {t(`classifier.${choice}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="ui-button ui-button--ghost" onClick={() => onChange(EMPTY_SCOPE)}>
            {t('filter.reset')}
          </button>
        </div>
      </div>
    </details>
  )
}

function describeScope(value: ScopeFilter, t: TFunction<'analytics'>): string {
  const parts: string[] = []
  if (value.channels.length > 0) parts.push(value.channels.map((channel) => t(`channel.${channel}`)).join(', '))
  if (value.from !== '' || value.to !== '') parts.push(`${value.from || '…'} → ${value.to || '…'}`)
  if (value.lifecycle.trim() !== '') parts.push(value.lifecycle)
  return parts.length === 0 ? t('filter.all') : parts.join(' · ')
}
