/**
 * Counts the writes that change a project's journeys: events stored (HTTP or import) and
 * identities recomputed or unmerged. A store is the only writer of its file (DuckDB locks it), so
 * a reader that saw generation N and sees N again knows nothing changed, without a query.
 */
export interface ProjectChanges {
  /** Records a write to the project's events or identities. */
  bump(projectId: string): void
  /** How many writes the project has had since the store opened. */
  generation(projectId: string): number
}

export function createProjectChanges(): ProjectChanges {
  const generations = new Map<string, number>()
  return {
    bump(projectId) {
      generations.set(projectId, (generations.get(projectId) ?? 0) + 1)
    },
    generation: (projectId) => generations.get(projectId) ?? 0,
  }
}
