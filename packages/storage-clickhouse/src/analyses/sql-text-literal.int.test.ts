import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ClickHouseServer, type ClickHouseServers, startClickHouseServers } from '../testing/clickhouse-servers.js'
import { queryRows } from './query-rows.js'
import { sqlText, sqlTextArray, tableIdentifier } from './sql-text-literal.js'

let clickhouse: ClickHouseServers
let server: ClickHouseServer
beforeAll(async () => {
  clickhouse = await startClickHouseServers({ shards: 1 })
  const [first] = clickhouse.servers
  if (first === undefined) throw new Error('no server')
  server = first
}, 120_000)
afterAll(async () => {
  await clickhouse?.stop()
})

/** What the server reads back from a literal: the value, its UTF-8 length, and a marker column proving the query kept its shape. */
const readBack = async (text: string) =>
  queryRows((sql) => server.query(sql), `SELECT ${sqlText(text)}, length(${sqlText(text)}), 'end'`)

const HOSTILE = [
  '',
  "it's",
  "''",
  "\\'",
  'back\\slash',
  'ends with a backslash\\',
  'line\nbreak\r\n',
  'nul\0byte',
  'tab\there',
  '\b\f\v\u0001\u001f\u007f',
  '\\x41 is not A, \\0 is not NUL, \\n is not a newline',
  "'; DROP TABLE journey; --",
  "' OR 1 = 1 UNION ALL SELECT 'x', 0, '",
  'SELECT * FROM system.tables FORMAT TSV',
  'émoji 😀, 漢字, zero\u200bwidth, line\u2028separator',
  '`backticks` "double quotes" {braces} ?',
]

describe('sqlText', () => {
  it.each(HOSTILE)('round-trips %j unchanged in one row of three columns', async (text) => {
    expect(await readBack(text)).toEqual([[text, String(Buffer.byteLength(text)), 'end']])
  })

  it('round-trips any Unicode text (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 8 }),
        async (texts) => {
          const rows = await queryRows(
            (sql) => server.query(sql),
            `SELECT ${texts.map(sqlText).join(', ')}, ${sqlTextArray(texts)}, 'end'`,
          )
          expect(rows).toEqual([[...texts, texts, 'end']])
        },
      ),
      { seed: 7, numRuns: 60 },
    )
  })

  it('refuses a lone surrogate, which UTF-8 cannot carry', () => {
    expect(() => sqlText('half \ud83d')).toThrow(RangeError)
    expect(sqlText('whole \ud83d\ude00')).toBe("'whole 😀'")
  })

  it('writes an empty array for no texts, and has() finds nothing in it', async () => {
    expect(sqlTextArray([])).toBe('emptyArrayString()')
    expect(await queryRows((sql) => server.query(sql), `SELECT has(${sqlTextArray([])}, 'a')`)).toEqual([[0]])
  })
})

describe('tableIdentifier', () => {
  it.each(['journey', 'default.journey', '_t1'])('accepts %j', (name) => {
    expect(tableIdentifier(name)).toBe(name)
  })
  it.each(['', 'journey; DROP TABLE x', 'a.b.c', '1abc', 'jour ney', '`journey`', "journey'"])('refuses %j', (name) => {
    expect(() => tableIdentifier(name)).toThrow(RangeError)
  })
})
