import { startServer } from '@parcours/server'
import { resolveDatabasePath } from '@parcours/storage-duckdb'
import type { Command } from 'commander'
import { CliError, type CliIo } from '../cli-io.js'

/** `parcours serve [--port] [--host] [--db]`: the API and the web app, until stopped. */
export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the API and the web app on the embedded database')
    .option('--port <port>', 'port to listen on (0 picks a free one)', io.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
    .action(async (options: { port: string; host: string; db?: string }) => {
      const port = Number(options.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`invalid port "${options.port}"`, 2)
      const dbPath = resolveDatabasePath(options.db, io.env)
      let server: Awaited<ReturnType<typeof startServer>>
      try {
        server = await startServer({ dbPath, port, host: options.host })
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error))
      }
      io.stdout(`Parcours is running at ${server.url} (database ${dbPath}). Press Ctrl+C to stop.\n`)
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
