import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'

/** The repository's root, where the processes run. */
export const REPO_ROOT = new URL('..', import.meta.url).pathname
/** The built `parcours` command (needs `npx tsc -b`); run it with `process.execPath`. */
export const PARCOURS_BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'parcours.js')

export interface StartedProcess {
  /** The URL it printed ("running at <url>"). */
  readonly url: string
  /** Everything it printed until then, stdout and stderr. */
  readonly output: string
  readonly child: ChildProcess
}

/** The processes a test file started, each in its own process group so that a stop ends its children too. */
export interface ProcessGroup {
  /**
   * Starts `command args` in the repository's root and resolves once it prints "running at <url>",
   * or rejects with everything it printed if it exits first. `env` defaults to this process's.
   */
  start(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<StartedProcess>
  /** Ends one started process (SIGTERM to its group) and resolves once it has exited. */
  stop(child: ChildProcess): Promise<void>
  /** Sends SIGTERM to every started process still running (for `afterAll`). */
  stopAll(): void
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

function terminate(child: ChildProcess): void {
  if (child.pid !== undefined && isRunning(child)) process.kill(-child.pid, 'SIGTERM')
}

export function createProcessGroup(): ProcessGroup {
  const running: ChildProcess[] = []
  return {
    start(command, args, env = process.env) {
      const child = spawn(command, args, { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env })
      running.push(child)
      let output = ''
      return new Promise((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString()
          const match = /running at (http:\/\/[^\s]+)/.exec(output)
          if (match?.[1] !== undefined) resolve({ url: match[1], output, child })
        }
        child.stdout?.on('data', onData)
        child.stderr?.on('data', onData)
        child.once('exit', (code) =>
          reject(new Error(`${[command, ...args].join(' ')} exited with ${code} before serving:\n${output}`)),
        )
      })
    },
    async stop(child) {
      if (!isRunning(child)) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      terminate(child)
      await exited
    },
    stopAll() {
      for (const child of running) terminate(child)
    },
  }
}
