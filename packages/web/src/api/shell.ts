import type { JourneyMap, Persona, Project } from '@parcours/core'
import { getJson, sendJson } from './http.js'

/** A stored document as the API serves it: the body plus the version to send back in If-Match. */
export interface Stored<T> {
  readonly id: string
  readonly projectId: string
  readonly version: number
  /** ISO 8601 time of the last save. */
  readonly updatedAt: string
  readonly document: T
}

/** A template of the gallery, titled in both languages. */
export interface TemplateSummary {
  readonly id: string
  readonly category: string
  readonly title: { readonly fr: string; readonly en: string }
  readonly description: { readonly fr: string; readonly en: string }
  readonly source: string
}

/** What a template creates: a complete map and its personas. */
export interface TemplatePreview {
  readonly map: JourneyMap
  readonly personas: readonly Persona[]
}

export type ContentLanguage = 'fr' | 'en'

const projectPath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })

/** Every project, in the server's order. */
export async function listProjects(): Promise<readonly Stored<Project>[]> {
  return (await getJson<{ items: Stored<Project>[] }>('/api/projects')).items
}

/** One project; an ApiError 404 when it does not exist. */
export function getProject(projectId: string): Promise<Stored<Project>> {
  return getJson<Stored<Project>>(projectPath(projectId))
}

/** Creates a project; its id is derived from its name by the server. */
export function createProject(input: {
  readonly name: string
  readonly description?: string
  readonly locale: string
}): Promise<Stored<Project>> {
  return sendJson<Stored<Project>>('POST', '/api/projects', input)
}

/** The maps of a project (latest versions). */
export async function listMaps(projectId: string): Promise<readonly Stored<JourneyMap>[]> {
  return (await getJson<{ items: Stored<JourneyMap>[] }>(`${projectPath(projectId)}/maps`)).items
}

/** Creates a map (and the personas it needs) from a template, in French or English. */
export function createMapFromTemplate(
  projectId: string,
  templateId: string,
  lang: ContentLanguage,
): Promise<Stored<JourneyMap>> {
  return sendJson<Stored<JourneyMap>>('POST', `${projectPath(projectId)}/maps/from-template`, { templateId, lang })
}

/** Links a persona to a map, or unlinks it, as one designer command based on the map's version. */
export function setMapPersonaLink(
  map: Stored<JourneyMap>,
  personaId: string,
  linked: boolean,
): Promise<Stored<JourneyMap>> {
  const command = { type: linked ? 'link-persona' : 'unlink-persona', personaId }
  return sendJson<Stored<JourneyMap>>(
    'POST',
    `${projectPath(map.projectId)}/maps/${encodeURIComponent(map.id)}/commands`,
    { commands: [command] },
    ifMatch(map.version),
  )
}

/** The template gallery. */
export async function listTemplates(): Promise<readonly TemplateSummary[]> {
  return (await getJson<{ items: TemplateSummary[] }>('/api/templates')).items
}

/** The map and personas a template creates, in one language. */
export function getTemplatePreview(templateId: string, lang: ContentLanguage): Promise<TemplatePreview> {
  return getJson<TemplatePreview>(`/api/templates/${encodeURIComponent(templateId)}?lang=${lang}`)
}

/** The personas of a project (latest versions). */
export async function listPersonas(projectId: string): Promise<readonly Stored<Persona>[]> {
  return (await getJson<{ items: Stored<Persona>[] }>(`${projectPath(projectId)}/personas`)).items
}

/** One persona. */
export function getPersona(projectId: string, personaId: string): Promise<Stored<Persona>> {
  return getJson<Stored<Persona>>(`${projectPath(projectId)}/personas/${encodeURIComponent(personaId)}`)
}

/** Creates a persona (its `id` is its key in the project). */
export function createPersona(projectId: string, persona: Persona): Promise<Stored<Persona>> {
  return sendJson<Stored<Persona>>('POST', `${projectPath(projectId)}/personas`, persona)
}

/** Saves a persona based on `baseVersion`; an ApiError 409 when someone saved in between. */
export function savePersona(projectId: string, persona: Persona, baseVersion: number): Promise<Stored<Persona>> {
  return sendJson<Stored<Persona>>(
    'PUT',
    `${projectPath(projectId)}/personas/${encodeURIComponent(persona.id)}`,
    persona,
    ifMatch(baseVersion),
  )
}
