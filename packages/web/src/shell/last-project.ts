/** Where the last opened project is remembered, so `/` opens it again. */
const LAST_PROJECT_KEY = 'parcours.lastProject'

/** Remembers the project the user opened. */
export function rememberProject(projectId: string): void {
  try {
    localStorage.setItem(LAST_PROJECT_KEY, projectId)
  } catch {
    // Storage can be disabled (private mode): the home page then opens the first project.
  }
}

/** The last opened project's id, if any was remembered. */
export function lastProject(): string | undefined {
  try {
    return localStorage.getItem(LAST_PROJECT_KEY) ?? undefined
  } catch {
    return undefined
  }
}
