import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.js'
import { i18n } from './i18n/i18n.js'
import { syncDocumentLanguage } from './shell/document-language.js'
import './ui/tokens.css'
import './ui/ui.css'
import './styles.css'

syncDocumentLanguage(i18n)

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
