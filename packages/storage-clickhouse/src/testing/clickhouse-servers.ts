import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** One running clickhouse-server on loopback. */
export interface ClickHouseServer {
  readonly httpPort: number
  readonly tcpPort: number
  /** `http://127.0.0.1:<httpPort>` */
  readonly url: string
  /** Runs one statement over HTTP, with optional settings, and answers the body (throws with the server's message on an error). */
  query(sql: string, settings?: Readonly<Record<string, string | number>>): Promise<string>
}

/** Servers started for a test: one, or several forming the cluster `cluster`. */
export interface ClickHouseServers {
  readonly servers: readonly ClickHouseServer[]
  /** The `remote_servers` cluster every server knows: one shard per server. */
  readonly cluster: string
  stop(): Promise<void>
}

/** The cluster name in every started server's `remote_servers`. */
export const TEST_CLUSTER = 'parcours_test'

/**
 * Starts `shards` Debian `clickhouse-server` processes (18.16 here; any later version works the
 * same) on loopback, each with its own free ports, config and data folder, all declaring one
 * cluster `TEST_CLUSTER` with one shard per server. `stop()` ends them and removes their folders;
 * they are also killed when the test process exits. A server that finds a probed port taken is
 * started again on new ports (up to four tries).
 *
 * @example
 * const clickhouse = await startClickHouseServers({ shards: 2 })
 * await clickhouse.servers[0].query('SELECT 1') // '1\n'
 * await clickhouse.stop()
 */
export async function startClickHouseServers(options: { readonly shards?: number } = {}): Promise<ClickHouseServers> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startCluster(options.shards ?? 1)
    } catch (error) {
      // Another process may take a probed port before the server binds it: new ports, once more.
      if (!(error instanceof PortTakenError) || attempt === START_ATTEMPTS) throw error
    }
  }
}

const START_ATTEMPTS = 4

/** The server could not bind a port probed free a moment before. */
class PortTakenError extends Error {}

async function startCluster(count: number): Promise<ClickHouseServers> {
  const ports = []
  for (let s = 0; s < count; s++) ports.push({ http: await freePort(), tcp: await freePort() })
  const remoteServers = ports
    .map((port) => `<shard><replica><host>127.0.0.1</host><port>${port.tcp}</port></replica></shard>`)
    .join('')
  const started: { folder: string; child: ChildProcess; server: ClickHouseServer; exited: Promise<void> }[] = []
  const killAll = () => {
    for (const { child } of started) if (child.exitCode === null) child.kill('SIGKILL')
  }
  process.on('exit', killAll)
  try {
    for (const port of ports) started.push(await startOne(port.http, port.tcp, remoteServers))
  } catch (error) {
    killAll()
    process.off('exit', killAll)
    for (const { folder } of started) rmSync(folder, { recursive: true, force: true })
    throw error
  }
  return {
    servers: started.map(({ server }) => server),
    cluster: TEST_CLUSTER,
    async stop() {
      for (const { child, exited } of started) {
        if (child.exitCode === null) child.kill('SIGTERM')
        const timeout = new Promise((resolve) => setTimeout(resolve, 20_000))
        await Promise.race([exited, timeout])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      process.off('exit', killAll)
      for (const { folder } of started) rmSync(folder, { recursive: true, force: true })
    },
  }
}

async function startOne(httpPort: number, tcpPort: number, remoteServers: string) {
  const folder = mkdtempSync(join(tmpdir(), 'parcours-clickhouse-'))
  mkdirSync(join(folder, 'data'))
  writeFileSync(
    join(folder, 'config.xml'),
    `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${folder}/server.log</log><errorlog>${folder}/server.err.log</errorlog><size>100M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>${tcpPort}</tcp_port>
  <http_port>${httpPort}</http_port>
  <path>${folder}/data/</path>
  <tmp_path>${folder}/tmp/</tmp_path>
  <user_files_path>${folder}/user_files/</user_files_path>
  <format_schema_path>${folder}/format_schemas/</format_schema_path>
  <users_config>${folder}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <max_concurrent_queries>16</max_concurrent_queries>
  <remote_servers><${TEST_CLUSTER}>${remoteServers}</${TEST_CLUSTER}></remote_servers>
</yandex>
`,
  )
  writeFileSync(
    join(folder, 'users.xml'),
    `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
`,
  )
  const log = openSync(join(folder, 'stdout.log'), 'a')
  const child = spawn('clickhouse-server', [`--config-file=${join(folder, 'config.xml')}`], {
    stdio: ['ignore', log, log],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const server: ClickHouseServer = {
    httpPort,
    tcpPort,
    url: `http://127.0.0.1:${httpPort}`,
    async query(sql, settings = {}) {
      const parameters = new URLSearchParams(
        Object.entries(settings).map(([name, value]): [string, string] => [name, String(value)]),
      )
      const response = await fetch(`http://127.0.0.1:${httpPort}/?${parameters}`, { method: 'POST', body: sql })
      const text = await response.text()
      if (!response.ok) throw new Error(`ClickHouse: ${text.trim().slice(0, 500)}`)
      return text
    },
  }
  const until = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) {
      const errors = readLogTail(join(folder, 'server.err.log'))
      rmSync(folder, { recursive: true, force: true })
      if (errors.includes('Address already in use')) throw new PortTakenError(errors)
      throw new Error(`clickhouse-server exited at start (code ${child.exitCode}): ${errors || 'no error log'}`)
    }
    try {
      if ((await server.query('SELECT 1')).trim() === '1') break
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill('SIGKILL')
      throw new Error(`clickhouse-server did not answer within 60 s: see ${folder}/server.err.log`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { folder, child, server, exited }
}

/** The last lines of a log file, or '' when there is none. */
function readLogTail(file: string): string {
  if (!existsSync(file)) return ''
  return readFileSync(file, 'utf8').trim().split('\n').slice(-5).join('\n')
}

/**
 * A TCP port free on loopback right now, drawn below Linux's ephemeral range (32768–60999) so that
 * the outgoing connections of other tests, which take ephemeral ports, cannot take it before the
 * server binds it.
 */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000)
    if (await canListen(port)) return port
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}
