import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type CustomerSummary, listCustomers } from '../api/analytics.js'
import { AnalysisStatus } from './analysis-status.js'
import { ChannelLabel } from './channel-label.js'
import { formatInstant, formatNumber } from './format-figures.js'
import { useLoaded } from './use-analysis.js'

const PAGE_SIZE = 20
const IDENTIFIER_KINDS = ['user', 'email', 'anonymous', 'phone', 'crm', 'loyalty'] as const

/** The name a customer is shown by: an email, a user id, another identifier, or their customer id. */
export function customerName(customer: Pick<CustomerSummary, 'customerId' | 'identifiers'>): string {
  for (const kind of ['email', 'user', 'crm', 'loyalty', 'phone', 'anonymous']) {
    const value = customer.identifiers[kind]?.[0]
    if (value !== undefined) return value
  }
  return customer.customerId
}

/** The customers of a project, most recently seen first, with a search by identifier; each opens its timeline. */
export function CustomerList(props: { readonly projectId: string }) {
  const { t, i18n } = useTranslation('analytics')
  const language = i18n.language
  const id = useId()
  const [kind, setKind] = useState<string>('user')
  const [text, setText] = useState('')
  const [query, setQuery] = useState<{ identifier?: string; offset: number }>({ offset: 0 })
  const state = useLoaded(`${props.projectId}|${query.identifier ?? ''}|${query.offset}`, () =>
    listCustomers(props.projectId, { limit: PAGE_SIZE, ...query }),
  )
  const base = `/projects/${encodeURIComponent(props.projectId)}/customers`
  return (
    <section className="analytics-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('customers.title')}</h2>
      <search>
        <form
          className="analytics-row"
          onSubmit={(event) => {
            event.preventDefault()
            const value = text.trim()
            setQuery(value === '' ? { offset: 0 } : { identifier: `${kind}:${value}`, offset: 0 })
          }}
        >
          <label className="analytics-field" htmlFor={`${id}-kind`}>
            {t('customers.identifierKind')}
            <select
              className="ui-input ui-select"
              id={`${id}-kind`}
              value={kind}
              onChange={(event) => setKind(event.target.value)}
            >
              {IDENTIFIER_KINDS.map((entry) => (
                <option key={entry} value={entry}>
                  {t(`customers.kinds.${entry}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="analytics-field analytics-field--wide" htmlFor={`${id}-value`}>
            {t('customers.identifierValue')}
            <input
              className="ui-input"
              id={`${id}-value`}
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <button type="submit" className="ui-button ui-button--primary">
            {t('customers.search')}
          </button>
          {query.identifier !== undefined && (
            <button
              type="button"
              className="ui-button ui-button--ghost"
              onClick={() => {
                setText('')
                setQuery({ offset: 0 })
              }}
            >
              {t('customers.clear')}
            </button>
          )}
        </form>
      </search>
      <AnalysisStatus state={state} />
      {state.status === 'done' &&
        (state.result.items.length === 0 ? (
          <p className="analytics-empty">
            {query.identifier === undefined ? t('customers.none') : t('customers.notFound')}
          </p>
        ) : (
          <>
            <div className="analytics-table-scroll">
              <table className="analytics-table" aria-label={t('customers.title')}>
                <thead>
                  <tr>
                    <th scope="col">{t('customers.columns.customer')}</th>
                    <th scope="col">{t('customers.columns.channels')}</th>
                    <th scope="col">{t('customers.columns.events')}</th>
                    <th scope="col">{t('customers.columns.lastSeen')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.result.items.map((customer) => (
                    <tr key={customer.customerId}>
                      <th scope="row">
                        <Link to={`${base}/${encodeURIComponent(customer.customerId)}`}>{customerName(customer)}</Link>
                      </th>
                      <td>
                        <span className="analytics-inline-list">
                          {customer.channels.map((channel) => (
                            <ChannelLabel key={channel} channel={channel} />
                          ))}
                        </span>
                      </td>
                      <td className="analytics-num">{formatNumber(customer.events, language)}</td>
                      <td>{formatInstant(customer.lastSeen, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="analytics-pager">
              <span>
                {t('customers.range', {
                  from: formatNumber(state.result.offset + 1, language),
                  to: formatNumber(state.result.offset + state.result.items.length, language),
                  total: formatNumber(state.result.total, language),
                })}
              </span>
              <button
                type="button"
                className="ui-button ui-button--secondary ui-button--small"
                disabled={query.offset === 0}
                onClick={() => setQuery({ ...query, offset: Math.max(0, query.offset - PAGE_SIZE) })}
              >
                {t('customers.previous')}
              </button>
              <button
                type="button"
                className="ui-button ui-button--secondary ui-button--small"
                disabled={state.result.offset + state.result.items.length >= state.result.total}
                onClick={() => setQuery({ ...query, offset: query.offset + PAGE_SIZE })}
              >
                {t('customers.next')}
              </button>
            </div>
          </>
        ))}
    </section>
  )
}
