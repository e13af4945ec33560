import { useTranslation } from 'react-i18next'

/** A glyph per channel, from fonts every system has (decorative: the channel's name is always written beside it). */
const CHANNEL_GLYPHS: Readonly<Record<string, string>> = {
  web: '◍',
  app: '▯',
  email: '✉',
  sms: '✎',
  phone: '☎',
  store: '⌂',
  social: '☺',
  chat: '❝',
  support: '✚',
  partner: '⚭',
  'word-of-mouth': '❞',
  advertising: '✱',
  mail: '▤',
  event: '★',
  other: '•',
}

/** A channel as an icon and its translated name; an event without channel reads "no channel". */
export function ChannelLabel(props: { readonly channel: string | null }) {
  const { t } = useTranslation('analytics')
  const channel = props.channel
  const name = channel === null ? t('channel.none') : t(`channel.${channel}`, { defaultValue: channel })
  return (
    <span className={`analytics-channel analytics-channel--${channel ?? 'none'}`}>
      <span aria-hidden="true" className="analytics-channel__icon">
        {channel === null ? '·' : (CHANNEL_GLYPHS[channel] ?? '•')}
      </span>
      <span className="analytics-channel__name">{name}</span>
    </span>
  )
}
