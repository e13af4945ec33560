import { DEMO_PROJECT } from '@parcours/core'
import { eventsEngine, startServer } from '@parcours/server'
import { resolveDatabasePath } from '@parcours/storage-duckdb'
import type { Command } from 'commander'
import { CliError, type CliIo } from '../cli-io.js'
import { withStore } from '../open-store.js'
import { demoMeasurePath, demoProgress, describeDemoLoad, loadDemo } from './demo-command.js'

/**
 * `parcours serve [--port] [--host] [--db] [--demo | --no-demo]`: the API and the web app, until
 * stopped. With `--demo` (what `npm start` passes), a database without any project first gets the
 * demo project (see `parcours demo`); a database that has one is served as it is.
 */
export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the API and the web app on the embedded database')
    .option('--port <port>', 'port to listen on (0 picks a free one)', io.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
    .option('--demo', 'load the demo project first when the database has no project')
    .option('--no-demo', 'never load the demo (the default unless --demo is given)')
    .action(async (options: { port: string; host: string; db?: string; demo?: boolean }) => {
      const port = Number(options.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`invalid port "${options.port}"`, 2)
      const dbPath = resolveDatabasePath(options.db, io.env)
      const hasDemo = options.demo === true && (await loadDemoIntoEmptyStore(io, options.db, dbPath))
      let server: Awaited<ReturnType<typeof startServer>>
      try {
        server = await startServer({ dbPath, port, host: options.host, env: io.env })
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error))
      }
      // One write, so that whoever reads the URL line reads the demo's link with it.
      const engine = eventsEngine(io.env)
      const where =
        engine.kind === 'duckdb'
          ? `database ${dbPath}`
          : `database ${dbPath}, events on ClickHouse ${engine.location.servers.join(',')}/${engine.location.database}`
      io.stdout(
        `Parcours is running at ${server.url} (${where}). Press Ctrl+C to stop.\n${
          hasDemo ? `The demo's measured map: ${server.url}${demoMeasurePath()}\n` : ''
        }`,
      )
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop)
          process.off('SIGTERM', stop)
          void server.close().then(resolve)
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      })
    })
}

/**
 * Loads the demo when the store holds no project, saying so; leaves any other store untouched.
 * Answers whether the store holds the demo project (loaded now or before).
 */
async function loadDemoIntoEmptyStore(io: CliIo, db: string | undefined, dbPath: string): Promise<boolean> {
  return withStore(io, db === undefined ? {} : { db }, async (store) => {
    const projects = await store.documents.list('project')
    if (projects.length > 0) return projects.some((project) => project.id === DEMO_PROJECT.id)
    io.stdout(
      `The database ${dbPath} has no project yet: loading the demo (Maison Lumière) first. Start with --no-demo to skip it.\n`,
    )
    const progress = demoProgress(io)
    const summary = await loadDemo(store, { onProgress: progress.update })
    progress.done()
    io.stdout(describeDemoLoad(summary, dbPath, { nextSteps: false }))
    return true
  })
}
