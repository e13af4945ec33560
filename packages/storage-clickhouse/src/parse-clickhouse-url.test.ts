import { describe, expect, it } from 'vitest'
import { parseClickHouseUrl } from './parse-clickhouse-url.js'

describe('parseClickHouseUrl', () => {
  it.each([
    [
      'clickhouse://localhost:8123/parcours',
      { servers: ['http://localhost:8123'], database: 'parcours', cluster: null, user: null, password: null },
    ],
    [
      'clickhouse://ch.example.org/events_2026',
      { servers: ['http://ch.example.org:8123'], database: 'events_2026', cluster: null, user: null, password: null },
    ],
    [
      'clickhouse://ch1:8123,ch2:9123/parcours?cluster=parcours_events',
      {
        servers: ['http://ch1:8123', 'http://ch2:9123'],
        database: 'parcours',
        cluster: 'parcours_events',
        user: null,
        password: null,
      },
    ],
    [
      'CLICKHOUSE://lea:p%40ss%3Aword@10.0.0.5:8123/parcours?cluster=c1',
      { servers: ['http://10.0.0.5:8123'], database: 'parcours', cluster: 'c1', user: 'lea', password: 'p@ss:word' },
    ],
    [
      'clickhouse://reader@[::1]:8123/parcours',
      { servers: ['http://[::1]:8123'], database: 'parcours', cluster: null, user: 'reader', password: null },
    ],
  ])('reads %s', (text, location) => {
    expect(parseClickHouseUrl(text)).toEqual({ ok: true, value: location })
  })

  it.each([
    ['http://localhost:8123/parcours', 'scheme', 'http'],
    ['localhost:8123/parcours', 'scheme', 'localhost:8123/parcours'],
    ['clickhouse://localhost:80a/parcours', 'port', '80a'],
    ['clickhouse://localhost:0/parcours', 'port', '0'],
    ['clickhouse://localhost:65536/parcours', 'port', '65536'],
    ['clickhouse://localhost:/parcours', 'port', ''],
    ['clickhouse:///parcours', 'host', ''],
    ['clickhouse://ch1,,ch2/parcours?cluster=c', 'host', ''],
    ['clickhouse://bad_host!/parcours', 'host', 'bad_host!'],
    ['clickhouse://::1/parcours', 'host', ':'],
    ['clickhouse://localhost:8123', 'database', ''],
    ['clickhouse://localhost:8123/', 'database', ''],
    ['clickhouse://localhost:8123/par-cours', 'database', 'par-cours'],
    ['clickhouse://localhost:8123/db/extra', 'database', 'db/extra'],
    ["clickhouse://localhost:8123/x'y", 'database', "x'y"],
    ['clickhouse://localhost:8123/parcours?shard=1', 'parameter', 'shard'],
    ['clickhouse://localhost:8123/parcours?cluster=', 'cluster', ''],
    ['clickhouse://localhost:8123/parcours?cluster=a`b', 'cluster', 'a`b'],
    ['clickhouse://ch1,ch2/parcours', 'cluster', ''],
    ['clickhouse://:secret@localhost/parcours', 'credentials', ''],
    ['clickhouse://lea:%E0%A4%A@localhost/parcours', 'credentials', '***'],
  ])('refuses %s, naming the %s', (text, part, value) => {
    const parsed = parseClickHouseUrl(text)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.error).toMatchObject({ part, value })
    expect(parsed.error.message).toContain(part === 'parameter' ? value : part === 'credentials' ? '' : `${value}`)
    expect(parsed.error.message).not.toContain('secret')
  })
})
