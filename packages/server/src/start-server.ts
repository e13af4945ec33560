import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createAnalysisThreads } from './analysis-threads/analysis-threads.js'
import { createApp } from './create-app.js'
import { openParcoursStore } from './open-parcours-store.js'

export interface ServerOptions {
  readonly dbPath: string
  readonly port: number
  readonly host?: string
  readonly webRoot?: string
  /** Where `PARCOURS_EVENTS` is read (the process environment by default). */
  readonly env?: Readonly<Record<string, string | undefined>>
}

export interface RunningServer {
  readonly url: string
  close(): Promise<void>
}

/** The server's version, read from its package.json. */
export const SERVER_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version

/** Where the built web app is in this repository's layout. */
export const DEFAULT_WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist')

/**
 * Opens the store (openParcoursStore: DuckDB, with events on ClickHouse when `PARCOURS_EVENTS` is
 * set), builds the app, listens. `port: 0` picks a free port.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = await openParcoursStore({
    dbPath: options.dbPath,
    ...(options.env === undefined ? {} : { env: options.env }),
  })
  const analyses = createAnalysisThreads()
  const app = createApp({ store, webRoot: options.webRoot ?? DEFAULT_WEB_ROOT, version: SERVER_VERSION, analyses })
  const hostname = options.host ?? '127.0.0.1'
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(listening))
    listening.once('error', reject)
  })
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : options.port
  return {
    url: `http://${hostname}:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await analyses.close()
      await store.close()
    },
  }
}
