import { err, ok, type Result } from '@parcours/core'

/** Where the events live: one ClickHouse server, or every server of a cluster. */
export interface ClickHouseLocation {
  /** The servers' HTTP addresses, `http://host:port`; the first one answers queries. */
  readonly servers: readonly string[]
  readonly database: string
  /** The `remote_servers` cluster the events are sharded over; null on a single server. */
  readonly cluster: string | null
  readonly user: string | null
  readonly password: string | null
}

/** The part of the connection string that is wrong, its text, and why. */
export interface ClickHouseUrlError {
  readonly part: 'scheme' | 'credentials' | 'host' | 'port' | 'database' | 'parameter' | 'cluster'
  readonly value: string
  readonly message: string
}

/** The HTTP port ClickHouse listens on by default. */
export const DEFAULT_HTTP_PORT = 8123

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])$/

/**
 * Reads `PARCOURS_EVENTS`: `clickhouse://[user[:password]@]host[:port][,host[:port]…]/database[?cluster=name]`.
 * The port is the HTTP port (8123 when absent). A sharded store names its cluster and lists the
 * HTTP address of every server of it (the schema is created on each; queries go to the first).
 * Database and cluster names are plain identifiers (letters, digits, `_`).
 *
 * @example
 * parseClickHouseUrl('clickhouse://ch1:8123,ch2:8123/parcours?cluster=events')
 * // → ok({ servers: ['http://ch1:8123', 'http://ch2:8123'], database: 'parcours', cluster: 'events', user: null, password: null })
 * parseClickHouseUrl('clickhouse://ch1:80a/parcours')
 * // → err({ part: 'port', value: '80a', message: 'the port "80a" is not a number from 1 to 65535' })
 */
export function parseClickHouseUrl(text: string): Result<ClickHouseLocation, ClickHouseUrlError> {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text)
  if (scheme === null || scheme[1]?.toLowerCase() !== 'clickhouse') {
    const value = scheme?.[1] ?? text
    return err({
      part: 'scheme',
      value,
      message: `expected clickhouse://host:port/database, got "${value}"${scheme === null ? '' : ' as the scheme'}`,
    })
  }
  let rest = text.slice(scheme[0].length)
  const queryStart = rest.indexOf('?')
  const query = queryStart === -1 ? '' : rest.slice(queryStart + 1)
  if (queryStart !== -1) rest = rest.slice(0, queryStart)
  const slash = rest.indexOf('/')
  const authority = slash === -1 ? rest : rest.slice(0, slash)
  const path = slash === -1 ? '' : rest.slice(slash + 1)

  let user: string | null = null
  let password: string | null = null
  let hosts = authority
  const at = authority.lastIndexOf('@')
  if (at !== -1) {
    const userInfo = authority.slice(0, at)
    hosts = authority.slice(at + 1)
    const colon = userInfo.indexOf(':')
    try {
      user = decodeURIComponent(colon === -1 ? userInfo : userInfo.slice(0, colon))
      password = colon === -1 ? null : decodeURIComponent(userInfo.slice(colon + 1))
    } catch {
      return err({ part: 'credentials', value: '***', message: 'the user or password holds a bad %-escape' })
    }
    if (user === '') return err({ part: 'credentials', value: '', message: 'the user name before "@" is empty' })
  }

  const servers: string[] = []
  for (const server of hosts.split(',')) {
    const parsed = parseServer(server)
    if (!parsed.ok) return parsed
    servers.push(parsed.value)
  }

  const database = decodeSafely(path)
  if (database === '')
    return err({ part: 'database', value: '', message: 'the database is missing: add /database after the host' })
  if (database === undefined || !NAME.test(database))
    return err({
      part: 'database',
      value: path,
      message: `the database "${path}" is not a plain name (letters, digits and _, not starting with a digit)`,
    })

  let cluster: string | null = null
  for (const pair of query === '' ? [] : query.split('&')) {
    const equals = pair.indexOf('=')
    const name = equals === -1 ? pair : pair.slice(0, equals)
    const value = decodeSafely(equals === -1 ? '' : pair.slice(equals + 1)) ?? ''
    if (name !== 'cluster')
      return err({ part: 'parameter', value: name, message: `unknown parameter "${name}": only cluster=name is read` })
    if (!NAME.test(value))
      return err({
        part: 'cluster',
        value,
        message: `the cluster "${value}" is not a plain name (letters, digits and _, not starting with a digit)`,
      })
    cluster = value
  }
  if (cluster === null && servers.length > 1)
    return err({
      part: 'cluster',
      value: '',
      message: `${servers.length} servers are listed but no ?cluster=name says which cluster they form`,
    })
  return ok({ servers, database, cluster, user, password })
}

function parseServer(server: string): Result<string, ClickHouseUrlError> {
  if (server === '') return err({ part: 'host', value: '', message: 'a host is missing (empty before "/" or ",")' })
  const portMatch = /^(.*?)(?::([^:\]]*))?$/.exec(server)
  const host = portMatch?.[1] ?? server
  const portText = portMatch?.[2]
  if (!HOST.test(host))
    return err({ part: 'host', value: host, message: `the host "${host}" is not a host name or an IP address` })
  if (portText === undefined) return ok(`http://${host}:${DEFAULT_HTTP_PORT}`)
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN
  if (!(port >= 1 && port <= 65535))
    return err({ part: 'port', value: portText, message: `the port "${portText}" is not a number from 1 to 65535` })
  return ok(`http://${host}:${port}`)
}

function decodeSafely(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}
