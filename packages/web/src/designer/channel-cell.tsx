import { CHANNELS, type Channel } from '@parcours/core'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { setContent } from './cell-place.js'
import type { CellProps } from './cell-props.js'
import { ChannelIcon } from './channel-icon.js'

/** The channels of a stage, each with its icon and name; a checklist changes them. */
export function ChannelCell({ place, cell, where, execute }: CellProps) {
  const { t } = useTranslation('designer')
  const [open, setOpen] = useState(false)
  const panel = useId()
  const channels = cell?.content.kind === 'channels' ? cell.content.channels : []
  const toggle = (channel: Channel) => {
    const next = channels.includes(channel) ? channels.filter((c) => c !== channel) : [...channels, channel]
    execute(
      ...setContent(place, next.length === 0 ? undefined : { kind: 'channels', channels: next }, cell !== undefined),
    )
  }
  return (
    <div className="channel-cell">
      <ul className="channel-list">
        {channels.map((channel) => (
          <li key={channel} className="channel-chip">
            <ChannelIcon channel={channel} />
            {t(`channel.${channel}`)}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={panel}
        aria-label={t('channels.edit', { where })}
        onClick={() => setOpen(!open)}
      >
        {open ? t('channels.done') : channels.length === 0 ? `+ ${t('channels.add')}` : t('channels.change')}
      </button>
      {open && (
        <fieldset id={panel} className="channel-picker">
          <legend>{t('channels.legend', { where })}</legend>
          {CHANNELS.map((channel) => (
            <label key={channel}>
              <input type="checkbox" checked={channels.includes(channel)} onChange={() => toggle(channel)} />
              <ChannelIcon channel={channel} />
              {t(`channel.${channel}`)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  )
}
