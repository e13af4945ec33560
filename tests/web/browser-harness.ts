import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer } from '@parcours/server'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

/** Debian's Chromium (`apt-get install chromium`); playwright-core never downloads a browser here. */
const CHROMIUM = process.env.PARCOURS_CHROMIUM ?? '/usr/bin/chromium'

/** Flags for a headless Chromium on a closed network, as root. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface WebApp {
  /** The server's root URL, e.g. http://127.0.0.1:41234 */
  readonly url: string
  readonly browser: Browser
  /** Uncaught errors of every page opened so far ("page: message"); a test expects none. */
  readonly pageErrors: string[]
  /** A fresh browser context (its own storage) with the given language, then a page in it. */
  newPage(options?: { readonly locale?: 'fr-FR' | 'en-US' }): Promise<Page>
  close(): Promise<void>
}

/**
 * A real Parcours server on a fresh embedded database (a temporary file) and a real Chromium.
 * The web app served is the built one (`npm run build`), or `PARCOURS_WEB_ROOT` when set.
 */
export async function startWebApp(): Promise<WebApp> {
  const folder = mkdtempSync(join(tmpdir(), 'parcours-web-'))
  const server = await startServer({
    dbPath: join(folder, 'parcours.duckdb'),
    port: 0,
    ...(process.env.PARCOURS_WEB_ROOT === undefined ? {} : { webRoot: process.env.PARCOURS_WEB_ROOT }),
  })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const contexts: BrowserContext[] = []
  const pageErrors: string[] = []
  return {
    url: server.url,
    browser,
    pageErrors,
    async newPage(options = {}) {
      const context = await browser.newContext({ locale: options.locale ?? 'en-US', baseURL: server.url })
      contexts.push(context)
      const page = await context.newPage()
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
      return page
    },
    async close() {
      for (const context of contexts) await context.close()
      await browser.close()
      await server.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
