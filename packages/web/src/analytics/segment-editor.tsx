import { type ActivityFrequency, CHANNELS, type Channel, type Segment } from '@parcours/core'
import type { TFunction } from 'i18next'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/** One segment as the comparison form holds it: customers seen on a channel, having a trait value, or who did an event. */
export interface SegmentDraft {
  readonly kind: 'channel' | 'trait' | 'performed'
  readonly channel: Channel
  /** A trait name (`plan`) or dotted path (`traits.plan`). */
  readonly trait: string
  readonly value: string
  readonly event: string
}

export const EMPTY_SEGMENT: SegmentDraft = { kind: 'channel', channel: 'web', trait: '', value: '', event: '' }

/** The core segment of a draft, or null while it is incomplete. */
export function segmentOf(draft: SegmentDraft): Segment | null {
  switch (draft.kind) {
    case 'channel':
      return { match: 'all', conditions: [{ kind: 'channel', channels: [draft.channel] }] }
    case 'trait': {
      const trait = draft.trait.trim()
      if (trait === '' || draft.value === '') return null
      const property = trait.startsWith('traits.') ? trait : `traits.${trait}`
      const numeric = Number(draft.value)
      const value = draft.value.trim() !== '' && Number.isFinite(numeric) ? numeric : draft.value
      return { match: 'all', conditions: [{ kind: 'trait', predicate: { op: 'eq', property, value } }] }
    }
    case 'performed':
      return draft.event === ''
        ? null
        : { match: 'all', conditions: [{ kind: 'performed', selector: { events: [draft.event] } }] }
  }
}

/** A short description of a segment draft, for headings and CSV columns. */
export function describeSegment(draft: SegmentDraft, t: TFunction<'analytics'>) {
  switch (draft.kind) {
    case 'channel':
      return t('segment.describeChannel', { channel: t(`channel.${draft.channel}`) })
    case 'trait':
      return t('segment.describeTrait', { trait: draft.trait, value: draft.value })
    case 'performed':
      return t('segment.describePerformed', { event: draft.event })
  }
}

/** The form of one segment of a comparison. */
export function SegmentEditor(props: {
  readonly legend: string
  readonly value: SegmentDraft
  readonly activities: readonly ActivityFrequency[]
  readonly onChange: (next: SegmentDraft) => void
}) {
  const { t } = useTranslation('analytics')
  const id = useId()
  const { value, onChange } = props
  return (
    <fieldset className="analytics-fieldset analytics-segment">
      <legend>{props.legend}</legend>
      <label className="analytics-field" htmlFor={`${id}-kind`}>
        {t('segment.kind')}
        <select
          className="ui-input ui-select"
          id={`${id}-kind`}
          value={value.kind}
          onChange={(event) => onChange({ ...value, kind: event.target.value as SegmentDraft['kind'] })}
        >
          <option value="channel">{t('segment.kindChannel')}</option>
          <option value="trait">{t('segment.kindTrait')}</option>
          <option value="performed">{t('segment.kindPerformed')}</option>
        </select>
      </label>
      {value.kind === 'channel' && (
        <label className="analytics-field" htmlFor={`${id}-channel`}>
          {t('segment.channel')}
          <select
            className="ui-input ui-select"
            id={`${id}-channel`}
            value={value.channel}
            onChange={(event) => onChange({ ...value, channel: event.target.value as Channel })}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'trait' && (
        <>
          <div className="analytics-field">
            <label htmlFor={`${id}-trait`}>{t('segment.trait')}</label>
            <input
              className="ui-input"
              id={`${id}-trait`}
              aria-describedby={`${id}-trait-hint`}
              type="text"
              value={value.trait}
              onChange={(event) => onChange({ ...value, trait: event.target.value })}
            />
            <span id={`${id}-trait-hint`} className="analytics-field__hint">
              {t('segment.traitHint')}
            </span>
          </div>
          <label className="analytics-field" htmlFor={`${id}-value`}>
            {t('segment.value')}
            <input
              className="ui-input"
              id={`${id}-value`}
              type="text"
              value={value.value}
              onChange={(event) => onChange({ ...value, value: event.target.value })}
            />
          </label>
        </>
      )}
      {value.kind === 'performed' && (
        <label className="analytics-field" htmlFor={`${id}-event`}>
          {t('segment.event')}
          <select
            className="ui-input ui-select"
            id={`${id}-event`}
            value={value.event}
            onChange={(event) => onChange({ ...value, event: event.target.value })}
          >
            <option value="">{t('segment.chooseEvent')}</option>
            {props.activities.map((activity) => (
              <option key={activity.activity} value={activity.activity}>
                {activity.activity}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  )
}
