import { BrowserRouter, Route, Routes } from 'react-router'
import { AnalyticsPage } from './analytics/analytics-page.js'
import { CustomerTimelinePage } from './analytics/customer-timeline-page.js'
import { MapDesignerPage } from './designer/map-designer-page.js'
import { ImportWizardPage } from './import/import-wizard-page.js'
import { HomePage } from './shell/home-page.js'

/** The routes; each area owns its pages. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/projects/:projectId/maps/:mapId" element={<MapDesignerPage />} />
        <Route path="/projects/:projectId/analytics/*" element={<AnalyticsPage />} />
        <Route path="/projects/:projectId/customers/:customerId" element={<CustomerTimelinePage />} />
        <Route path="/projects/:projectId/import" element={<ImportWizardPage />} />
      </Routes>
    </BrowserRouter>
  )
}
