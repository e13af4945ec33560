import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ClickHouseConnection, createClickHouseConnection } from './clickhouse-connection.js'
import { quoteIdentifier, quoteString, quoteStringArray, quoteStringTuple } from './escape-sql.js'
import { tabSeparatedBody } from './tab-separated.js'
import { type ClickHouseServers, startClickHouseServers } from './testing/clickhouse-servers.js'

let clickhouse: ClickHouseServers
let connection: ClickHouseConnection
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 1 })
  connection = createClickHouseConnection({ url: clickhouse.servers[0]?.url ?? '' })
  await connection.execute('CREATE TABLE default.texts (id UInt32, s String) ENGINE = MergeTree ORDER BY id')
}, 120_000)
afterAll(async () => {
  await clickhouse?.stop()
})

const HOSTILE = [
  '',
  "'",
  "''",
  '\\',
  "\\'",
  "'; DROP TABLE texts; --",
  "' OR 1=1 OR '",
  "x') UNION ALL SELECT 1, 'y",
  'line\nbreak\r\n',
  'tab\there',
  'nul\u0000inside\u0000',
  '\u0001\u001f\u007f',
  'unicode: été 東京 😀 \u2028 \u00a0',
  '/* comment */ -- not one',
  'FORMAT TabSeparated',
  '`ident` "double" $1 ? :name {x:String}',
  '\\x41 \\n \\0 \\N',
  String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i)),
]

/** Inserts every value with VALUES, then reads each back by an equality on its own literal. */
async function roundTrip(values: readonly string[]): Promise<void> {
  await connection.execute('TRUNCATE TABLE default.texts')
  const rows = values.map((value, i) => `(${i}, ${quoteString(value)})`).join(', ')
  await connection.execute(`INSERT INTO default.texts (id, s) VALUES ${rows}`)
  const stored = await connection.select<{ id: number; s: string }>('SELECT id, s FROM default.texts ORDER BY id')
  expect(stored.map((row) => row.s)).toEqual(values)
  for (const [i, value] of values.entries()) {
    const found = await connection.select<{ id: number }>(
      `SELECT id FROM default.texts WHERE s = ${quoteString(value)} ORDER BY id`,
    )
    const expected = values.flatMap((other, j) => (other === value ? [j] : []))
    expect(
      found.map((row) => Number(row.id)),
      `value ${i}`,
    ).toEqual(expected)
  }
}

describe('escaping against a real ClickHouse', () => {
  it('round-trips hostile values through INSERT … VALUES and SELECT, and finds each only by itself', async () => {
    await roundTrip(HOSTILE)
  })

  it('round-trips random strings, unicode included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 20 }),
        async (values) => {
          await roundTrip(values)
        },
      ),
      { seed: 6, numRuns: 15 },
    )
  })

  it("round-trips hostile values through INSERT … FORMAT TabSeparated (the identity map's insert)", async () => {
    const values = [...HOSTILE, ...fc.sample(fc.string({ unit: 'binary', maxLength: 30 }), { numRuns: 200, seed: 7 })]
    await connection.execute('TRUNCATE TABLE default.texts')
    await connection.insert(
      'INSERT INTO default.texts (id, s) FORMAT TabSeparated',
      tabSeparatedBody(
        values.map((value, i) => [i, value]),
        50,
      ),
    )
    const stored = await connection.select<{ id: number; s: string }>('SELECT id, s FROM default.texts ORDER BY id')
    expect(stored.map((row) => row.s)).toEqual(values)
  })

  it('reads back a literal as a constant, an array and an IN list unchanged', async () => {
    for (const value of HOSTILE) {
      const [row] = await connection.select<{ s: string; a: string[]; n: number }>(
        `SELECT ${quoteString(value)} AS s, ${quoteStringArray([value, 'x'])} AS a, ${quoteString(value)} IN ${quoteStringTuple([value])} AS n`,
      )
      expect(row).toEqual({ s: value, a: [value, 'x'], n: 1 })
    }
  })

  it('keeps a hostile name one identifier', async () => {
    const name = "we`ird' name\\"
    await connection.execute(`CREATE TABLE default.${quoteIdentifier(name)} (x UInt8) ENGINE = Memory`)
    const tables = await connection.select<{ name: string }>(
      `SELECT name FROM system.tables WHERE database = 'default' AND name = ${quoteString(name)}`,
    )
    expect(tables).toEqual([{ name }])
  })
})
