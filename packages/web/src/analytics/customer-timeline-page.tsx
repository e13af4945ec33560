import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { type CustomerProfile, getCustomer, getCustomerTimeline, type TimelineEvent } from '../api/analytics.js'
import { PageHeader } from '../ui/page-header.js'
import { AnalysisStatus } from './analysis-status.js'
import { ChannelLabel } from './channel-label.js'
import { customerName } from './customer-list.js'
import { formatInstant, formatNumber } from './format-figures.js'
import { useLoaded } from './use-analysis.js'
import '../ui/ui.css'
import './analytics.css'

/**
 * One customer across channels (`/projects/:projectId/customers/:customerId`): their profile
 * (identifiers, traits, first and last seen, channels) and every event in time order.
 */
export function CustomerTimelinePage() {
  const { t } = useTranslation('analytics')
  const { projectId = '', customerId = '' } = useParams()
  const key = `${projectId}|${customerId}`
  const profile = useLoaded(`profile|${key}`, () => getCustomer(projectId, customerId))
  const timeline = useLoaded(`timeline|${key}`, () => getCustomerTimeline(projectId, customerId))
  const back = `/projects/${encodeURIComponent(projectId)}/analytics`
  return (
    <div className="shell-page analytics-page">
      <PageHeader
        eyebrow={<Link to={back}>← {t('timeline.back')}</Link>}
        title={profile.status === 'done' ? customerName(profile.result) : t('timeline.title')}
        subtitle={t('timeline.subtitle')}
      />
      <AnalysisStatus state={profile} />
      {profile.status === 'done' && <ProfileCard profile={profile.result} />}
      {profile.status !== 'error' && <AnalysisStatus state={timeline} />}
      {profile.status !== 'error' && timeline.status === 'done' && <Timeline events={timeline.result} />}
    </div>
  )
}

function ProfileCard(props: { readonly profile: CustomerProfile }) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const id = useId()
  const { profile } = props
  const traits = Object.entries(profile.traits)
  return (
    <section className="analytics-card analytics-profile" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('timeline.profile')}</h2>
      <dl className="analytics-stats">
        <div>
          <dt>{t('timeline.firstSeen')}</dt>
          <dd>{formatInstant(profile.firstSeen, language)}</dd>
        </div>
        <div>
          <dt>{t('timeline.lastSeen')}</dt>
          <dd>{formatInstant(profile.lastSeen, language)}</dd>
        </div>
        <div>
          <dt>{t('timeline.events')}</dt>
          <dd>{formatNumber(profile.events, language)}</dd>
        </div>
      </dl>
      <div className="analytics-two-columns">
        <div>
          <h3>{t('timeline.identifiers')}</h3>
          <dl className="analytics-pairs">
            {Object.entries(profile.identifiers).map(([kind, values]) => (
              <div key={kind}>
                <dt>{t(`customers.kinds.${kind}`, { defaultValue: kind })}</dt>
                <dd>{values.join(', ')}</dd>
              </div>
            ))}
            <div>
              <dt>{t('timeline.customerId')}</dt>
              <dd>
                <code>{profile.customerId}</code>
              </dd>
            </div>
          </dl>
        </div>
        <div>
          <h3>{t('timeline.traits')}</h3>
          {traits.length === 0 ? (
            <p className="analytics-hint">{t('timeline.noTraits')}</p>
          ) : (
            <dl className="analytics-pairs">
              {traits.map(([name, value]) => (
                <div key={name}>
                  <dt>{name}</dt>
                  <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </div>
      <h3>{t('timeline.channels')}</h3>
      <ul className="analytics-inline-list" aria-label={t('timeline.channels')}>
        {profile.channels.map((channel) => (
          <li key={channel}>
            <ChannelLabel channel={channel} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Up to four scalar properties of an event, as `name: value`. */
function propertySummary(event: TimelineEvent): string {
  return Object.entries(event.properties)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .slice(0, 4)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join(' · ')
}

function Timeline(props: { readonly events: readonly TimelineEvent[] }) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const id = useId()
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'full' })
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'medium' })
  const groups: { day: string; events: TimelineEvent[] }[] = []
  for (const event of props.events) {
    const label = day.format(new Date(event.timestamp))
    const last = groups[groups.length - 1]
    if (last !== undefined && last.day === label) last.events.push(event)
    else groups.push({ day: label, events: [event] })
  }
  return (
    <section className="analytics-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('timeline.journey', { n: formatNumber(props.events.length, language) })}</h2>
      {props.events.length === 0 ? (
        <p className="analytics-empty">{t('timeline.noEvents')}</p>
      ) : (
        groups.map((group) => (
          <div key={group.day} className="analytics-timeline-day">
            <h3 className="analytics-timeline-day__title">{group.day}</h3>
            <ol className="analytics-timeline" aria-label={group.day}>
              {group.events.map((event) => (
                <li key={event.messageId} className="analytics-timeline__event" data-channel={event.channel ?? 'none'}>
                  <time dateTime={event.timestamp} className="analytics-timeline__time">
                    {time.format(new Date(event.timestamp))}
                  </time>
                  <ChannelLabel channel={event.channel} />
                  <span className="analytics-timeline__name">{event.name}</span>
                  {event.type !== 'track' && <span className="ui-badge ui-badge--neutral">{event.type}</span>}
                  {propertySummary(event) !== '' && (
                    <span className="analytics-timeline__properties">{propertySummary(event)}</span>
                  )}
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  )
}
