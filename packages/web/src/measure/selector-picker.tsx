import { CHANNELS, type Channel, type EventSelector } from '@parcours/core'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMeasureFormat } from './format-measure.js'
import { PropertyConditionRow } from './property-condition-row.js'
import { draftOfSelector, type SelectorDraft, selectorOfDraft } from './selector-draft.js'
import { useEventCatalog } from './use-event-catalog.js'
import { useSelectorCount } from './use-selector-count.js'
import './measure.css'

export interface SelectorPickerProps {
  readonly projectId: string
  /** The touchpoint's current selector (undefined while it is not bound); it seeds the form once (give the picker a `key` to start over). */
  readonly value: EventSelector | undefined
  /** Called on every edit with the selector the form stands for, or undefined while it is incomplete (no event chosen, a number missing). */
  readonly onChange: (selector: EventSelector | undefined) => void
}

const KNOWN_CHANNELS = new Set<string>(CHANNELS)

/**
 * Chooses which events are a touchpoint: event names from those present in the project (a
 * searchable list with counts), optional channels, optional property conditions (key and value
 * suggested from the catalog), with a live count of the matching events and customers, counted
 * on the server exactly as the analyses will (debounced). The form, without its Save/Cancel:
 * `<SelectorPickerDialog>` wraps it in a dialog.
 *
 * @example <SelectorPicker projectId="acme" value={touchpoint.selector} onChange={setDraft} />
 */
export function SelectorPicker({ projectId, value, onChange }: SelectorPickerProps) {
  const { t } = useTranslation('measure')
  const format = useMeasureFormat()
  const catalogState = useEventCatalog(projectId)
  const catalog = catalogState.status === 'ready' ? catalogState.catalog : undefined
  const [draft, setDraft] = useState<SelectorDraft>(() => draftOfSelector(value))
  const [search, setSearch] = useState('')
  const built = useMemo(() => selectorOfDraft(draft, catalog), [draft, catalog])
  const selector = 'selector' in built ? built.selector : undefined
  const count = useSelectorCount(projectId, selector)
  const ids = useId()

  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const selectorKey = selector === undefined ? '' : JSON.stringify(selector)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `selectorKey` stands for the selector's content
  useEffect(() => {
    onChangeRef.current(selector)
  }, [selectorKey])

  const update = (change: Partial<SelectorDraft>) => setDraft((previous) => ({ ...previous, ...change }))
  const toggleEvent = (name: string) =>
    update({
      events: draft.events.includes(name) ? draft.events.filter((event) => event !== name) : [...draft.events, name],
    })
  const toggleChannel = (channel: Channel) =>
    update({
      channels: draft.channels.includes(channel)
        ? draft.channels.filter((item) => item !== channel)
        : [...draft.channels, channel],
    })

  if (catalogState.status === 'loading') return <p role="status">{t('picker.catalogLoading')}</p>
  if (catalogState.status === 'error')
    return <p role="alert">{t('picker.catalogFailed', { message: catalogState.message })}</p>
  const { catalog: loaded } = catalogState

  const needle = search.trim().toLowerCase()
  // Chosen names stay listed even when the project has no such event any more.
  const names = [
    ...draft.events
      .filter((name) => !loaded.names.some((entry) => entry.name === name))
      .map((name) => ({ name, events: 0, customers: 0 })),
    ...loaded.names,
  ].filter((entry) => needle === '' || entry.name.toLowerCase().includes(needle))
  const channels = loaded.channels.filter((entry): entry is { channel: Channel; events: number } =>
    KNOWN_CHANNELS.has(entry.channel),
  )
  const problem = 'problem' in built ? built.problem : undefined

  return (
    <div className="selector-picker">
      <fieldset className="selector-picker__group">
        <legend>{t('picker.event')}</legend>
        <label className="selector-picker__search">
          <span className="visually-hidden">{t('picker.eventSearch')}</span>
          <input
            type="search"
            value={search}
            placeholder={t('picker.eventSearch')}
            aria-label={t('picker.eventSearch')}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        {draft.events.length > 0 && (
          <ul className="selector-picker__chips" aria-label={t('picker.eventsChosen')}>
            {draft.events.map((name) => (
              <li key={name} className="selector-picker__chip">
                {name}
                <button type="button" aria-label={t('picker.remove', { name })} onClick={() => toggleEvent(name)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <ul className="selector-picker__names">
          {names.length === 0 && <li className="measure-muted">{t('picker.noNames')}</li>}
          {names.map((entry) => (
            <li key={entry.name}>
              <label className="selector-picker__option">
                <input
                  type="checkbox"
                  checked={draft.events.includes(entry.name)}
                  onChange={() => toggleEvent(entry.name)}
                />
                <span className="selector-picker__name">{entry.name}</span>
                <span className="measure-muted">
                  {t('picker.eventCount', { formatted: format.count(entry.events) })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      {channels.length > 0 && (
        <fieldset className="selector-picker__group">
          <legend>{t('picker.channels')}</legend>
          <div className="selector-picker__channels">
            {channels.map((entry) => (
              <label key={entry.channel} className="selector-picker__option">
                <input
                  type="checkbox"
                  checked={draft.channels.includes(entry.channel)}
                  onChange={() => toggleChannel(entry.channel)}
                />
                <span>{entry.channel}</span>
                <span className="measure-muted">
                  {t('picker.eventCount', { formatted: format.count(entry.events) })}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <fieldset className="selector-picker__group">
        <legend>{t('picker.conditions')}</legend>
        <datalist id={`${ids}-properties`}>
          {loaded.properties.map((property) => (
            <option key={property.path} value={property.path} />
          ))}
        </datalist>
        {draft.conditions.map((condition, index) => (
          <PropertyConditionRow
            // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no identity but their place
            key={index}
            index={index}
            condition={condition}
            catalog={loaded}
            propertiesListId={`${ids}-properties`}
            numberNeeded={problem?.kind === 'number-needed' && problem.index === index}
            onChange={(next) =>
              update({ conditions: draft.conditions.map((item, at) => (at === index ? next : item)) })
            }
            onRemove={() => update({ conditions: draft.conditions.filter((_, at) => at !== index) })}
          />
        ))}
        <button
          type="button"
          className="measure-button measure-button--quiet"
          onClick={() => update({ conditions: [...draft.conditions, { property: '', op: 'eq', text: '' }] })}
        >
          {t('picker.addCondition')}
        </button>
      </fieldset>

      <p className="selector-picker__count" role="status" aria-live="polite">
        {problem?.kind === 'no-event'
          ? t('picker.noEventChosen')
          : count.status === 'ready'
            ? `${t('picker.countEvents', { count: count.count.events, formatted: format.count(count.count.events) })}, ${t(
                'picker.countCustomers',
                { count: count.count.customers, formatted: format.count(count.count.customers) },
              )}`
            : count.status === 'error'
              ? t('picker.countFailed', { message: count.message })
              : count.status === 'counting'
                ? t('picker.counting')
                : ''}
      </p>
    </div>
  )
}
