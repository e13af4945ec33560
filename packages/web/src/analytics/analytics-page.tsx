import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Route, Routes, useMatch, useParams } from 'react-router'
import { Loading } from '../ui/loading.js'
import { PageHeader } from '../ui/page-header.js'
import { AnalyticsHome } from './analytics-home.js'
import { ConformanceView } from './conformance-view.js'
import { FunnelView } from './funnel-view.js'
import { KpiDashboardView } from './kpi-dashboard-view.js'
import { PathsView } from './paths-view.js'
import { EMPTY_SCOPE, type ScopeFilter, ScopeFilterForm } from './scope-filter.js'
import { VariantsView } from './variants-view.js'
import '../ui/ui.css'
import './analytics.css'

// The process map's graph layout (elkjs, about 1.5 MB) loads when that view is opened.
const ProcessMapView = lazy(() =>
  import('./process-map-view.js').then((module) => ({ default: module.ProcessMapView })),
)

/** The analytics views, by sub-route; `classifier` says whether the view reads activities. */
const VIEWS = [
  { path: 'funnel', icon: '▽', classifier: false },
  { path: 'variants', icon: '≡', classifier: true },
  { path: 'paths', icon: '⇉', classifier: true },
  { path: 'process-map', icon: '⎇', classifier: true },
  { path: 'conformance', icon: '✓', classifier: false },
  { path: 'kpis', icon: '◔', classifier: false },
] as const

/**
 * The analytics area (`/projects/:projectId/analytics/*`): a side navigation between the views,
 * the filter bar they share (channels, period, lifecycle, classifier), and the chosen view.
 */
export function AnalyticsPage() {
  const { t } = useTranslation('analytics')
  const { projectId = '' } = useParams()
  const [scope, setScope] = useState<ScopeFilter>(EMPTY_SCOPE)
  const match = useMatch('/projects/:projectId/analytics/:view/*')
  const current = VIEWS.find((view) => view.path === match?.params.view)
  const base = `/projects/${encodeURIComponent(projectId)}/analytics`
  return (
    <div className="shell-page analytics-page">
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <nav className="analytics-nav" aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to={base} end className="analytics-nav__link">
              <span aria-hidden="true" className="analytics-nav__icon">
                ⌂
              </span>
              {t('nav.home')}
            </NavLink>
          </li>
          {VIEWS.map((view) => (
            <li key={view.path}>
              <NavLink to={`${base}/${view.path}`} className="analytics-nav__link">
                <span aria-hidden="true" className="analytics-nav__icon">
                  {view.icon}
                </span>
                {t(`nav.${view.path}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="analytics-content">
        {current !== undefined && (
          <ScopeFilterForm value={scope} onChange={setScope} showClassifier={current.classifier} />
        )}
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route index element={<AnalyticsHome projectId={projectId} />} />
            <Route path="funnel" element={<FunnelView projectId={projectId} scope={scope} />} />
            <Route path="variants" element={<VariantsView projectId={projectId} scope={scope} />} />
            <Route path="paths" element={<PathsView projectId={projectId} scope={scope} />} />
            <Route path="process-map" element={<ProcessMapView projectId={projectId} scope={scope} />} />
            <Route path="conformance" element={<ConformanceView projectId={projectId} scope={scope} />} />
            <Route path="kpis" element={<KpiDashboardView projectId={projectId} scope={scope} />} />
            <Route
              path="*"
              element={
                <p role="alert" className="analytics-empty">
                  {t('nav.unknown')}
                </p>
              }
            />
          </Routes>
        </Suspense>
      </div>
    </div>
  )
}
