import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate } from 'react-router'
import { Button } from '../ui/button.js'
import { EmptyState } from '../ui/empty-state.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { PageHeader } from '../ui/page-header.js'
import { lastProject } from './last-project.js'
import { NewProjectDialog } from './new-project-dialog.js'
import { useProjects } from './projects-context.js'

/** `/`: opens the last (or first) project; with none yet, a welcome page offering to create one. */
export function HomePage() {
  const { t } = useTranslation('shell')
  const { projects, reload } = useProjects()
  const [creating, setCreating] = useState(false)

  if (projects.state === 'ready' && projects.value.length > 0) {
    const remembered = lastProject()
    const target = projects.value.find((project) => project.id === remembered) ?? projects.value[0]
    if (target !== undefined) return <Navigate to={`/projects/${encodeURIComponent(target.id)}`} replace />
  }

  return (
    <main id="main" className="shell-main shell-main--full" tabIndex={-1}>
      <div className="shell-page shell-page--narrow">
        <PageHeader title={t('welcome.title')} subtitle={t('app.tagline')} />
        {projects.state === 'loading' ? (
          <Loading />
        ) : projects.state === 'error' ? (
          <ErrorMessage error={projects.error} title={t('welcome.projectsError')} onRetry={reload} />
        ) : (
          <EmptyState
            icon="◎"
            title={t('welcome.emptyTitle')}
            description={t('welcome.description')}
            action={
              <Button variant="primary" onClick={() => setCreating(true)}>
                {t('welcome.create')}
              </Button>
            }
          />
        )}
      </div>
      <NewProjectDialog open={creating} onClose={() => setCreating(false)} />
    </main>
  )
}
