import { createRequire } from 'node:module'
import { Command, CommanderError } from 'commander'
import { CliError, type CliIo, processIo } from './cli-io.js'
import { registerAnalyzeCommand } from './commands/analyze-command.js'
import { registerCustomerCommand } from './commands/customer-command.js'
import { registerDemoCommand } from './commands/demo-command.js'
import { registerImportCommand } from './commands/import-command.js'
import { registerMapCommand } from './commands/map-command.js'
import { registerProjectCommand } from './commands/project-command.js'
import { registerServeCommand } from './commands/serve-command.js'
import { registerStatsCommand } from './commands/stats-command.js'
import { registerTemplatesCommand } from './commands/templates-command.js'

export const CLI_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version

/**
 * Runs `parcours` with the given argv (`['node', 'parcours', ...args]`) and returns the exit code.
 * Expected failures print one line `parcours: <message>` (and one line per problem) on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = new Command('parcours')
    .description('Parcours — map, measure and act on customer journeys')
    .version(CLI_VERSION, '-v, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
  registerServeCommand(program, io)
  registerDemoCommand(program, io)
  registerTemplatesCommand(program, io)
  registerMapCommand(program, io)
  registerImportCommand(program, io)
  registerStatsCommand(program, io)
  registerProjectCommand(program, io)
  registerCustomerCommand(program, io)
  registerAnalyzeCommand(program, io)
  for (const command of program.commands) propagate(command, io)

  try {
    await program.parseAsync([...argv])
    return 0
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof CliError) {
      io.stderr(`parcours: ${error.message}\n`)
      for (const line of error.details) io.stderr(`${line}\n`)
      return error.exitCode
    }
    throw error
  }
}

/** Sub-commands write where the program writes and report errors the same way. */
function propagate(command: Command, io: CliIo): void {
  command
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
  for (const child of command.commands) propagate(child, io)
}
