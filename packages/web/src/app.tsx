import { lazy } from 'react'
import { BrowserRouter, Route, Routes } from 'react-router'
import { AppLayout } from './shell/app-layout.js'
import { HomePage } from './shell/home-page.js'
import { MapsPage } from './shell/maps-page.js'
import { NotFoundPage } from './shell/not-found-page.js'
import { PersonaEditorPage } from './shell/persona-editor-page.js'
import { PersonasPage } from './shell/personas-page.js'
import { ProjectLayout } from './shell/project-layout.js'
import { TemplatesPage } from './shell/templates-page.js'

// The other areas' pages load on demand (their charts, graph layout and PDF code are large);
// ProjectLayout shows Loading meanwhile.
const AnalyticsPage = lazy(() =>
  import('./analytics/analytics-page.js').then((module) => ({ default: module.AnalyticsPage })),
)
const CustomerTimelinePage = lazy(() =>
  import('./analytics/customer-timeline-page.js').then((module) => ({ default: module.CustomerTimelinePage })),
)
const MapDesignerPage = lazy(() =>
  import('./designer/map-designer-page.js').then((module) => ({ default: module.MapDesignerPage })),
)
const PrintPreviewPage = lazy(() =>
  import('./exports/print-preview-page.js').then((module) => ({ default: module.PrintPreviewPage })),
)
const ImportWizardPage = lazy(() =>
  import('./import/import-wizard-page.js').then((module) => ({ default: module.ImportWizardPage })),
)
const MapMeasurePage = lazy(() =>
  import('./measure/map-measure-page.js').then((module) => ({ default: module.MapMeasurePage })),
)
const SettingsPage = lazy(() =>
  import('./settings/settings-page.js').then((module) => ({ default: module.SettingsPage })),
)

/**
 * The routes; each area owns its pages. Everything sits in AppLayout (top bar); pages of a project
 * sit in ProjectLayout (side navigation; renders once the project is loaded, see useCurrentProject).
 * Add a project page as one line inside the `projects/:projectId` route, with a path relative to it.
 */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="projects/:projectId" element={<ProjectLayout />}>
            <Route index element={<MapsPage />} />
            <Route path="personas" element={<PersonasPage />} />
            <Route path="personas/:personaId" element={<PersonaEditorPage />} />
            <Route path="templates" element={<TemplatesPage />} />
            <Route path="maps/:mapId" element={<MapDesignerPage />} />
            <Route path="maps/:mapId/measure" element={<MapMeasurePage />} />
            <Route path="maps/:mapId/print" element={<PrintPreviewPage />} />
            <Route path="analytics/*" element={<AnalyticsPage />} />
            <Route path="customers/:customerId" element={<CustomerTimelinePage />} />
            <Route path="import" element={<ImportWizardPage />} />
            <Route path="settings" element={<SettingsPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  )
}
