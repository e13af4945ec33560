export interface TemplateSummary {
  readonly id: string
  readonly category: string
  readonly title: { readonly fr: string; readonly en: string }
  readonly description: { readonly fr: string; readonly en: string }
}

export interface Stored<T> {
  readonly id: string
  readonly version: number
  readonly document: T
}

export interface ProjectWithMaps {
  readonly id: string
  readonly name: string
  readonly maps: readonly { readonly id: string; readonly title: string; readonly version: number }[]
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return (await response.json()) as T
}

export async function fetchTemplates(): Promise<readonly TemplateSummary[]> {
  return (await getJson<{ items: TemplateSummary[] }>('/api/templates')).items
}

export async function fetchProjectsWithMaps(): Promise<readonly ProjectWithMaps[]> {
  const projects = (await getJson<{ items: Stored<{ name: string }>[] }>('/api/projects')).items
  return Promise.all(
    projects.map(async (project) => {
      const maps = (
        await getJson<{ items: Stored<{ title: string }>[] }>(`/api/projects/${encodeURIComponent(project.id)}/maps`)
      ).items
      return {
        id: project.id,
        name: project.document.name,
        maps: maps.map((map) => ({ id: map.id, title: map.document.title, version: map.version })),
      }
    }),
  )
}
