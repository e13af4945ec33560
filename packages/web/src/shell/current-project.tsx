import type { Project } from '@parcours/core'
import { createContext, useContext } from 'react'
import type { Stored } from '../api/shell.js'

/** The project of the page being shown, loaded by ProjectLayout. */
export const CurrentProjectContext = createContext<Stored<Project> | undefined>(undefined)

/**
 * The current project (id, version, name, locale) for any page under `/projects/:projectId`.
 * Its pages render only once the project is loaded, so this never returns undefined there.
 */
export function useCurrentProject(): Stored<Project> {
  const project = useContext(CurrentProjectContext)
  if (project === undefined) throw new Error('useCurrentProject() is used outside a /projects/:projectId page')
  return project
}
