import { existsSync } from 'node:fs'
import { serveStatic } from '@hono/node-server/serve-static'
import { OpenAPIHono } from '@hono/zod-openapi'
import { JourneyMapSchema, type ParcoursStore, PersonaSchema, problemsFromZod } from '@parcours/core'
import { HTTPException } from 'hono/http-exception'
import { type AnalysisRunner, ONE_THREAD } from './analysis-threads/analysis-threads.js'
import { registerIngestRoutes } from './ingest/ingest-routes.js'
import { forbidWriteKeys } from './ingest/write-key-auth.js'
import { invalidRequest, ProblemError, problem } from './problem.js'
import { registerAnalysisRoutes } from './routes/analysis-routes.js'
import { registerCustomerRoutes } from './routes/customer-routes.js'
import { registerDocumentRoutes, storedDocumentSchema } from './routes/document-routes.js'
import { registerEventCatalogRoutes } from './routes/event-catalog-routes.js'
import { registerImportRoutes } from './routes/import-routes.js'
import { registerMapRoutes } from './routes/map-routes.js'
import { registerProjectRoutes } from './routes/project-routes.js'
import { registerTemplateRoutes } from './routes/template-routes.js'
import { registerWriteKeyRoutes } from './routes/write-key-routes.js'

export interface AppOptions {
  readonly store: ParcoursStore
  /** The built web app (packages/web/dist); `/` explains how to build it when absent. */
  readonly webRoot?: string
  readonly version: string
  /** Runs the analyses (default: on the calling thread only; `startServer` gives worker threads). */
  readonly analyses?: AnalysisRunner
}

/** The HTTP application: REST API under /api with its OpenAPI document, and the web app at /. */
export function createApp(options: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success)
        throw invalidRequest(result.target === 'json' ? 'body' : result.target, problemsFromZod(result.error))
    },
  })

  app.onError((error, c) => {
    const known =
      error instanceof ProblemError
        ? error
        : error instanceof HTTPException && error.status < 500
          ? problem(error.status, error.status === 400 ? 'invalid-json' : 'http-error', error.message)
          : undefined
    if (known === undefined) console.error(error)
    const body = (known ?? problem(500, 'internal-error', 'an unexpected error occurred; it has been logged')).problem
    return c.body(JSON.stringify(body), body.status as 400, { 'Content-Type': 'application/problem+json' })
  })

  app.use('/api/*', forbidWriteKeys(options.store.writeKeys))
  app.get('/api/health', (c) => c.json({ status: 'ok', version: options.version }))

  registerTemplateRoutes(app)
  registerProjectRoutes(app, options.store.documents, options.store.writeKeys)
  registerWriteKeyRoutes(app, options.store.documents, options.store.writeKeys)
  const personaEnvelope = storedDocumentSchema(PersonaSchema, 'StoredPersona')
  const mapEnvelope = storedDocumentSchema(JourneyMapSchema, 'StoredJourneyMap')
  registerMapRoutes(app, options.store.documents, mapEnvelope)
  registerDocumentRoutes(app, options.store.documents, {
    kind: 'persona',
    segment: 'personas',
    tag: 'personas',
    bodySchema: PersonaSchema,
    envelopeSchema: personaEnvelope,
  })
  registerDocumentRoutes(app, options.store.documents, {
    kind: 'map',
    segment: 'maps',
    tag: 'maps',
    bodySchema: JourneyMapSchema,
    envelopeSchema: mapEnvelope,
  })

  registerCustomerRoutes(app, options.store.identities, options.store.documents)
  registerAnalysisRoutes(app, options.store, options.store.documents, options.analyses ?? ONE_THREAD)
  registerEventCatalogRoutes(app, options.store.journeys, options.store.propertyCatalog, options.store.documents)

  registerImportRoutes(app, options.store.documents, options.store.importer)
  registerIngestRoutes(app, { events: options.store.events, writeKeys: options.store.writeKeys })

  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Parcours API',
      version: options.version,
      description: 'Customer-journey maps, personas and templates. Errors are application/problem+json.',
    },
  })

  app.all('/api/*', (c) => {
    throw problem(404, 'not-found', `no route ${c.req.method} ${c.req.path}`)
  })

  const { webRoot } = options
  if (webRoot !== undefined && existsSync(webRoot)) {
    app.use('/*', serveStatic({ root: webRoot }))
    app.get('/*', serveStatic({ root: webRoot, path: 'index.html' }))
  } else {
    app.get('/', (c) =>
      c.html(
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>Parcours</title><h1>Parcours</h1><p>The web app is not built: run <code>npm run build</code>. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p></html>',
      ),
    )
  }
  return app
}
