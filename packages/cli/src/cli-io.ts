/** Where a command writes: the real terminal, or buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  /** Whether stderr is a terminal (progress bars are drawn only there). */
  readonly isTerminal?: boolean
}

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTerminal: process.stderr.isTTY === true,
})

/** An expected failure: printed as one line `parcours: <message>` with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
    /** Extra lines printed after the message (one per problem). */
    readonly details: readonly string[] = [],
  ) {
    super(message)
  }
}

export type OutputFormat = 'table' | 'json'

export function parseFormat<F extends string>(value: string, allowed: readonly F[]): F {
  if ((allowed as readonly string[]).includes(value)) return value as F
  throw new CliError(`unknown format "${value}": choose ${allowed.join(', ')}`, 2)
}
