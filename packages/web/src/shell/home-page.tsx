import { useEffect, useState } from 'react'
import { fetchProjectsWithMaps, fetchTemplates, type ProjectWithMaps, type TemplateSummary } from '../api-client.js'
import { initialLanguage, type Language, MESSAGES } from '../messages.js'

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T }

function useLoad<T>(load: () => Promise<T>): Load<T> {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' })
  useEffect(() => {
    load().then(
      (value) => setResult({ state: 'ready', value }),
      (error: unknown) => setResult({ state: 'error', message: String(error) }),
    )
  }, [load])
  return result
}

export function HomePage() {
  const [language, setLanguage] = useState<Language>(initialLanguage)
  const t = MESSAGES[language]
  const templates = useLoad(fetchTemplates)
  const projects = useLoad(fetchProjectsWithMaps)

  useEffect(() => {
    document.documentElement.lang = language
    localStorage.setItem('parcours.language', language)
  }, [language])

  return (
    <main>
      <header>
        <h1>Parcours</h1>
        <p>{t.tagline}</p>
        <label>
          {t.language}{' '}
          <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>

      <section aria-labelledby="projects">
        <h2 id="projects">{t.projects}</h2>
        <Loaded load={projects} t={t}>
          {(items: readonly ProjectWithMaps[]) =>
            items.length === 0 ? (
              <p>{t.noProjects}</p>
            ) : (
              <ul>
                {items.map((project) => (
                  <li key={project.id}>
                    <strong>{project.name}</strong>
                    <ul>
                      {project.maps.map((map) => (
                        <li key={map.id}>
                          {map.title} <small>(v{map.version})</small>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>

      <section aria-labelledby="templates">
        <h2 id="templates">{t.templates}</h2>
        <Loaded load={templates} t={t}>
          {(items: readonly TemplateSummary[]) => (
            <ul className="cards">
              {items.map((template) => (
                <li key={template.id} className="card">
                  <h3>{template.title[language]}</h3>
                  <p>{template.description[language]}</p>
                  <code>{template.id}</code>
                </li>
              ))}
            </ul>
          )}
        </Loaded>
      </section>

      <footer>
        <a href="/api/openapi.json">{t.api}</a>
      </footer>
    </main>
  )
}

function Loaded<T>(props: { load: Load<T>; t: (typeof MESSAGES)[Language]; children: (value: T) => React.ReactNode }) {
  const { load, t } = props
  if (load.state === 'loading') return <p>{t.loading}</p>
  if (load.state === 'error') return <p role="alert">{`${t.loadError}: ${load.message}`}</p>
  return <>{props.children(load.value)}</>
}
