export { CliError, type CliIo } from './cli-io.js'
export { CLI_VERSION, runCli } from './run-cli.js'
