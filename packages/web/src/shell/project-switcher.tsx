import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMatch, useNavigate } from 'react-router'
import { Button } from '../ui/button.js'
import { Loading } from '../ui/loading.js'
import { Select } from '../ui/select.js'
import { NewProjectDialog } from './new-project-dialog.js'
import { useProjects } from './projects-context.js'

/** The top bar's project picker and its "New project" button. */
export function ProjectSwitcher() {
  const { t } = useTranslation('shell')
  const navigate = useNavigate()
  const { projects } = useProjects()
  const match = useMatch('/projects/:projectId/*')
  const currentId = match?.params.projectId
  const [creating, setCreating] = useState(false)

  const items = projects.state === 'ready' ? projects.value : []
  const knowsCurrent = items.some((project) => project.id === currentId)
  return (
    <div className="shell-switcher">
      {projects.state === 'loading' ? (
        <Loading inline />
      ) : items.length === 0 ? null : (
        <Select
          label={t('app.project')}
          hideLabel
          className="shell-switcher__select"
          value={knowsCurrent && currentId !== undefined ? currentId : ''}
          onChange={(event) => {
            if (event.target.value !== '') navigate(`/projects/${encodeURIComponent(event.target.value)}`)
          }}
          options={[
            ...(knowsCurrent ? [] : [{ value: '', label: t('app.chooseProject'), disabled: true }]),
            ...items.map((project) => ({ value: project.id, label: project.document.name })),
          ]}
        />
      )}
      <Button size="small" icon="+" onClick={() => setCreating(true)}>
        <span className="shell-switcher__new-label">{t('app.newProject')}</span>
      </Button>
      <NewProjectDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  )
}
