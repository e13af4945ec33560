import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { CustomerList } from './customer-list.js'

const VIEW_CARDS = ['funnel', 'variants', 'paths', 'process-map', 'conformance', 'kpis'] as const

/** The analytics home: what each view answers, and the customers of the project to open a timeline. */
export function AnalyticsHome(props: { readonly projectId: string }) {
  const { t } = useTranslation('analytics')
  const base = `/projects/${encodeURIComponent(props.projectId)}/analytics`
  return (
    <div className="analytics-view">
      <h2>{t('home.title')}</h2>
      <ul className="analytics-home-grid">
        {VIEW_CARDS.map((view) => (
          <li key={view} className="analytics-home-card">
            <Link to={`${base}/${view}`} className="analytics-home-card__link">
              {t(`nav.${view}`)}
            </Link>
            <p>{t(`home.describe.${view}`)}</p>
          </li>
        ))}
      </ul>
      <CustomerList projectId={props.projectId} />
    </div>
  )
}
