import { useTranslation } from 'react-i18next'
import { getProject } from '../api/shell.js'
import { useCurrentProject } from '../shell/current-project.js'
import { useProjects } from '../shell/projects-context.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { PageHeader } from '../ui/page-header.js'
import { useResource } from '../ui/use-resource.js'
import { ProjectDetailsForm } from './project-details-form.js'
import { SendEventsPanel } from './send-events-panel.js'
import { WriteKeysPanel } from './write-keys-panel.js'
import './settings.css'

/**
 * `/projects/:projectId/settings`: the project's name and description, its write keys, and how
 * to send it events. The project is read again here so its version is the latest one.
 */
export function SettingsPage() {
  const { t } = useTranslation('settings')
  const { id: projectId } = useCurrentProject()
  const { reload: reloadProjects } = useProjects()
  const [project, { reload, set }] = useResource(() => getProject(projectId), [projectId])

  return (
    <div className="settings-page">
      <PageHeader
        title={t('page.title')}
        subtitle={t('page.subtitle')}
        {...(project.state === 'ready' ? { eyebrow: project.value.document.name } : {})}
      />
      {project.state === 'loading' ? (
        <Loading />
      ) : project.state === 'error' ? (
        <ErrorMessage error={project.error} title={t('page.loadError')} onRetry={reload} />
      ) : (
        <ProjectDetailsForm
          key={projectId}
          project={project.value}
          onSaved={(saved) => {
            set(saved)
            reloadProjects()
          }}
        />
      )}
      <WriteKeysPanel projectId={projectId} />
      <SendEventsPanel />
    </div>
  )
}
