import type { DuckDBValue } from '@duckdb/node-api'
import type { AppendResult, NewEvent } from '@parcours/core'
import type { OpenDatabase } from './open-database.js'
import type { SeqCounter } from './seq-counter.js'
import { transaction } from './serial-runner.js'

const STAGING = `CREATE OR REPLACE TEMP TABLE import_events (
   pos BIGINT, message_id VARCHAR, type VARCHAR, name VARCHAR, anonymous_id VARCHAR, user_id VARCHAR,
   ts BIGINT, channel VARCHAR, properties VARCHAR, traits VARCHAR, context VARCHAR)`

/** Stages every event of the stream, then stores them in one transaction. */
export async function importEvents(
  db: OpenDatabase,
  projectId: string,
  batches: AsyncIterable<readonly NewEvent[]>,
  seq: SeqCounter,
  receivedAt: number,
): Promise<AppendResult> {
  const connection = db.connection
  await connection.run(STAGING)
  const appender = await connection.createAppender('import_events', 'main', 'temp')
  let pos = 0
  const nullable = (value: string | null) => (value === null ? appender.appendNull() : appender.appendVarchar(value))
  for await (const batch of batches) {
    for (const event of batch) {
      appender.appendBigInt(BigInt(pos++))
      appender.appendVarchar(event.messageId)
      appender.appendVarchar(event.type)
      appender.appendVarchar(event.name)
      nullable(event.anonymousId)
      nullable(event.userId)
      appender.appendBigInt(BigInt(event.timestamp))
      nullable(event.channel)
      appender.appendVarchar(JSON.stringify(event.properties))
      appender.appendVarchar(JSON.stringify(event.traits))
      appender.appendVarchar(JSON.stringify(event.context))
      appender.endRow()
    }
  }
  appender.closeSync()
  const inserted = await transaction(db, async () => {
    const base = await seq.reserve(db, projectId, pos)
    const values: DuckDBValue[] = [projectId, base, receivedAt]
    const result = await connection.runAndReadAll(
      `INSERT INTO events
         SELECT $1, $2 + pos + 1, message_id, type, name, anonymous_id, user_id, ts, channel,
                properties, traits, context, $3
         FROM import_events s
         WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.project_id = $1 AND e.message_id = s.message_id)
         QUALIFY row_number() OVER (PARTITION BY message_id ORDER BY pos) = 1`,
      values,
    )
    return Number(result.getRowsJS()[0]?.[0] ?? 0)
  })
  await connection.run('DROP TABLE IF EXISTS import_events')
  return { inserted, duplicates: pos - inserted }
}
