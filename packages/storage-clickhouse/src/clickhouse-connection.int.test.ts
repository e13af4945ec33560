import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClickHouseConnection } from './clickhouse-connection.js'
import { type ClickHouseServers, startClickHouseServers } from './testing/clickhouse-servers.js'

let clickhouse: ClickHouseServers
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 1 })
}, 120_000)
afterAll(async () => {
  await clickhouse?.stop()
})

const connect = () => createClickHouseConnection({ url: clickhouse.servers[0]?.url ?? '' })

describe('the connection', () => {
  it('reads multi-byte characters whole, wherever the response is cut into chunks', async () => {
    const connection = connect()
    const [row] = await connection.select<{ s: string }>(
      "SELECT arrayStringConcat(arrayMap(x -> 'é🎉', range(200000))) AS s",
    )
    expect(row?.s).toBe('é🎉'.repeat(200_000))
    let streamed = ''
    for await (const piece of connection.stream("SELECT arrayStringConcat(arrayMap(x -> 'é🎉', range(200000)))"))
      streamed += piece
    expect(streamed).toBe(`${'é🎉'.repeat(200_000)}\n`)
    await connection.close()
  })

  it('sends an insert body in pieces, and reports a refused body as a ClickHouseError', async () => {
    const connection = connect()
    await connection.execute('CREATE TABLE IF NOT EXISTS default.pieces (s String) ENGINE = MergeTree ORDER BY s')
    await connection.insert('INSERT INTO default.pieces (s) FORMAT Values', ["('a'),", "('b\\'c'", '),(', "'d')"])
    expect(await connection.select<{ s: string }>('SELECT s FROM default.pieces ORDER BY s')).toEqual([
      { s: 'a' },
      { s: "b'c" },
      { s: 'd' },
    ])
    await expect(connection.insert('INSERT INTO default.pieces (s) FORMAT Values', ['(1, 2)'])).rejects.toMatchObject({
      name: 'ClickHouseError',
    })
    await connection.close()
  })
})
