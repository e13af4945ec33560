import { type Cell, CHANNELS, type Channel, type Touchpoint, TouchpointImportance } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import type { CellProps } from './cell-props.js'
import { ChannelIcon } from './channel-icon.js'
import { InlineText } from './inline-text.js'
import { TextCell } from './text-cell.js'

/** Channels a customer uses without being online. */
const OFFLINE: readonly Channel[] = ['phone', 'store', 'mail', 'event', 'word-of-mouth', 'partner']
const modeOf = (channel: Channel) => (OFFLINE.includes(channel) ? 'offline' : 'online')

/** A note that only lists the stage's touchpoint names again (as templates write it) is not shown twice. */
function repeatsTouchpoints(cell: Cell, touchpoints: readonly Touchpoint[]): boolean {
  const names = new Set(touchpoints.map((touchpoint) => touchpoint.name.trim().toLowerCase()))
  const lines =
    cell.content.kind === 'list'
      ? cell.content.items
      : cell.content.kind === 'text'
        ? cell.content.text.split('\n')
        : []
  const items = lines.map((line) => line.trim().toLowerCase()).filter((line) => line !== '')
  return items.length > 0 && items.every((item) => names.has(item))
}

/**
 * The touchpoints of a stage: channel icon, name (edited in place), channel, importance, and the
 * measure area's badge through the `touchpointBadge` slot; plus the lane's own note if it has one.
 */
export function TouchpointCell(props: CellProps) {
  const { map, stage, where, execute, slots } = props
  const { t } = useTranslation('designer')
  const touchpoints = map.touchpoints.filter((touchpoint) => touchpoint.stageId === stage.id)
  return (
    <div className="touchpoint-cell">
      <ul className="touchpoint-list">
        {touchpoints.map((touchpoint) => (
          <li key={touchpoint.id} className={`touchpoint importance-${touchpoint.importance ?? 'none'}`}>
            <div className="touchpoint-head">
              <ChannelIcon channel={touchpoint.channel} />
              <InlineText
                value={touchpoint.name}
                required
                label={t('touchpoint.rename', { name: touchpoint.name })}
                fieldLabel={t('touchpoint.name')}
                className="touchpoint-name"
                onCommit={(name) =>
                  execute({ type: 'update-touchpoint', touchpointId: touchpoint.id, changes: { name } })
                }
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('touchpoint.remove', { name: touchpoint.name })}
                title={t('touchpoint.remove', { name: touchpoint.name })}
                onClick={() => execute({ type: 'remove-touchpoint', touchpointId: touchpoint.id })}
              >
                ×
              </button>
            </div>
            <div className="touchpoint-meta">
              <select
                aria-label={t('touchpoint.channel', { name: touchpoint.name })}
                value={touchpoint.channel}
                onChange={(event) => {
                  const channel = event.target.value as Channel
                  execute({
                    type: 'update-touchpoint',
                    touchpointId: touchpoint.id,
                    changes: { channel, mode: modeOf(channel) },
                  })
                }}
              >
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`channel.${channel}`)}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('touchpoint.importanceOf', { name: touchpoint.name })}
                className={`importance-select importance-${touchpoint.importance ?? 'none'}`}
                value={touchpoint.importance ?? ''}
                onChange={(event) =>
                  execute({
                    type: 'update-touchpoint',
                    touchpointId: touchpoint.id,
                    changes: { importance: event.target.value as TouchpointImportance },
                  })
                }
              >
                {touchpoint.importance === undefined && (
                  <option value="" disabled>
                    {t('touchpoint.noImportance')}
                  </option>
                )}
                {TouchpointImportance.options.map((importance) => (
                  <option key={importance} value={importance}>
                    {t(`touchpoint.importance.${importance}`)}
                  </option>
                ))}
              </select>
            </div>
            {slots.touchpointBadge?.(touchpoint, { map, execute })}
          </li>
        ))}
      </ul>
      <InlineText
        value=""
        required
        label={t('touchpoint.add', { where })}
        fieldLabel={t('touchpoint.name')}
        emptyText={`+ ${t('touchpoint.new')}`}
        className="add-inline"
        onCommit={(name) =>
          execute({ type: 'add-touchpoint', touchpoint: { name, channel: 'web', mode: 'online', stageId: stage.id } })
        }
      />
      {props.cell !== undefined && !repeatsTouchpoints(props.cell, touchpoints) && <TextCell {...props} />}
    </div>
  )
}
