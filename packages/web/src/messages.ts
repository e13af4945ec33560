export type Language = 'fr' | 'en'

/** The page's words in both languages (the full app moves to an i18n library). */
export const MESSAGES = {
  fr: {
    tagline: 'Cartographier, mesurer et activer les parcours clients',
    templates: 'Modèles de cartes',
    projects: 'Projets et cartes',
    noProjects: 'Aucun projet pour le moment : créez une carte avec « npx parcours map import ».',
    loading: 'Chargement…',
    loadError: 'Impossible de joindre l’API Parcours',
    api: 'Documentation de l’API (OpenAPI)',
    language: 'Langue',
  },
  en: {
    tagline: 'Map, measure and act on customer journeys',
    templates: 'Map templates',
    projects: 'Projects and maps',
    noProjects: 'No project yet: create a map with “npx parcours map import”.',
    loading: 'Loading…',
    loadError: 'Cannot reach the Parcours API',
    api: 'API documentation (OpenAPI)',
    language: 'Language',
  },
} as const satisfies Record<Language, Record<string, string>>

export function initialLanguage(): Language {
  const saved = localStorage.getItem('parcours.language')
  if (saved === 'fr' || saved === 'en') return saved
  return navigator.language.startsWith('fr') ? 'fr' : 'en'
}
