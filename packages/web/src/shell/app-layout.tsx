import { useTranslation } from 'react-i18next'
import { Link, Outlet } from 'react-router'
import { LanguageSwitch } from './language-switch.js'
import { ProjectSwitcher } from './project-switcher.js'
import { ProjectsProvider } from './projects-context.js'
import './shell.css'

/** Every page's frame: the top bar (brand, project switcher, language) above the page. */
export function AppLayout() {
  const { t } = useTranslation('shell')
  return (
    <ProjectsProvider>
      <a className="shell-skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="shell">
        <header className="shell-topbar">
          <Link to="/" className="shell-brand">
            <span className="shell-brand__mark" aria-hidden="true">
              P
            </span>
            <span className="shell-brand__name">{t('app.name')}</span>
            <span className="ui-visually-hidden"> — {t('app.tagline')}</span>
          </Link>
          <ProjectSwitcher />
          <div className="shell-topbar__end">
            <a className="shell-topbar__link" href="/api/openapi.json">
              {t('app.apiDocs')}
            </a>
            <LanguageSwitch />
          </div>
        </header>
        <Outlet />
      </div>
    </ProjectsProvider>
  )
}
