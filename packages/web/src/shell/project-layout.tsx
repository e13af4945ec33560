import { Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, useParams } from 'react-router'
import { ApiError } from '../api/http.js'
import { getProject } from '../api/shell.js'
import { Button } from '../ui/button.js'
import { ErrorMessage } from '../ui/error-message.js'
import { LinkButton } from '../ui/link-button.js'
import { Loading } from '../ui/loading.js'
import { useResource } from '../ui/use-resource.js'
import { CurrentProjectContext } from './current-project.js'
import { rememberProject } from './last-project.js'

const NAV_COLLAPSED_KEY = 'parcours.navCollapsed'

/**
 * The frame of every `/projects/:projectId/...` page: the project's side navigation and the page.
 * The page renders only once the project is loaded; an unknown project shows a readable error.
 */
export function ProjectLayout() {
  const { t } = useTranslation('shell')
  const { projectId = '' } = useParams()
  const [project, { reload }] = useResource(() => getProject(projectId), [projectId])
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(NAV_COLLAPSED_KEY) === 'true')

  useEffect(() => {
    if (project.state === 'ready') rememberProject(project.value.id)
  }, [project])

  const toggle = () => {
    setCollapsed((value) => {
      localStorage.setItem(NAV_COLLAPSED_KEY, String(!value))
      return !value
    })
  }

  const base = `/projects/${encodeURIComponent(projectId)}`
  const links = [
    { to: base, label: t('nav.maps'), icon: '▦', end: true },
    { to: `${base}/personas`, label: t('nav.personas'), icon: '☺', end: false },
    { to: `${base}/templates`, label: t('nav.templates'), icon: '❏', end: false },
    { to: `${base}/analytics`, label: t('nav.analytics'), icon: '↗', end: false },
    { to: `${base}/import`, label: t('nav.import'), icon: '⇪', end: false },
    { to: `${base}/settings`, label: t('nav', { ns: 'settings' }), icon: '⚙', end: false },
  ]

  return (
    <div className={collapsed ? 'shell-body shell-body--collapsed' : 'shell-body'}>
      <nav className="shell-sidenav" aria-label={t('app.projectNavigation')}>
        <div className="shell-sidenav__project" title={project.state === 'ready' ? project.value.document.name : ''}>
          {project.state === 'ready' && !collapsed ? project.value.document.name : null}
        </div>
        <ul className="shell-sidenav__list">
          {(project.state === 'ready' ? links : []).map((link) => (
            <li key={link.to}>
              <NavLink
                to={link.to}
                end={link.end}
                className="shell-sidenav__link"
                {...(collapsed ? { 'aria-label': link.label, title: link.label } : {})}
              >
                <span className="shell-sidenav__icon" aria-hidden="true">
                  {link.icon}
                </span>
                {collapsed ? null : <span>{link.label}</span>}
              </NavLink>
            </li>
          ))}
        </ul>
        <Button
          variant="ghost"
          size="small"
          className="shell-sidenav__toggle"
          iconOnlyLabel={collapsed ? t('app.expandNav') : t('app.collapseNav')}
          aria-expanded={!collapsed}
          icon={collapsed ? '»' : '«'}
          onClick={toggle}
        />
      </nav>
      <main id="main" className="shell-main" tabIndex={-1}>
        {project.state === 'loading' ? (
          <Loading />
        ) : project.state === 'error' ? (
          <div className="shell-page shell-stack">
            {project.error instanceof ApiError && project.error.status === 404 ? (
              <div role="alert" className="ui-error">
                <p className="ui-error__headline">{t('project.notFound', { id: projectId })}</p>
                <p>{t('project.notFoundHint')}</p>
              </div>
            ) : (
              <ErrorMessage error={project.error} title={t('project.loadError')} onRetry={reload} />
            )}
            <div>
              <LinkButton to="/">{t('project.backHome')}</LinkButton>
            </div>
          </div>
        ) : (
          <CurrentProjectContext.Provider value={project.value}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </CurrentProjectContext.Provider>
        )}
      </main>
    </div>
  )
}
