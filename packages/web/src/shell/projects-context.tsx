import type { Project } from '@parcours/core'
import { createContext, type ReactNode, useContext, useMemo } from 'react'
import { listProjects, type Stored } from '../api/shell.js'
import { type Resource, useResource } from '../ui/use-resource.js'

interface ProjectsValue {
  readonly projects: Resource<readonly Stored<Project>[]>
  /** Loads the list again (after a project was created). */
  readonly reload: () => void
}

const ProjectsContext = createContext<ProjectsValue | undefined>(undefined)

/** Loads the project list once for the whole app (the switcher and the home page share it). */
export function ProjectsProvider({ children }: { readonly children: ReactNode }) {
  const [projects, { reload }] = useResource(listProjects, [])
  const value = useMemo(() => ({ projects, reload }), [projects, reload])
  return <ProjectsContext.Provider value={value}>{children}</ProjectsContext.Provider>
}

/** The project list and a way to reload it. */
export function useProjects(): ProjectsValue {
  const value = useContext(ProjectsContext)
  if (value === undefined) throw new Error('useProjects() is used outside <ProjectsProvider>')
  return value
}
