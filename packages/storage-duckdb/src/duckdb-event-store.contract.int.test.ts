import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeEventStoreContract, type EventStoreUnderTest } from '@parcours/core/testing'
import { afterAll } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-event-contract-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
let counter = 0

/** A DuckDB store on its own file, so that a reopen finds the same data. */
async function openOnFile(path: string, now: () => Date): Promise<EventStoreUnderTest> {
  const store = await createDuckDbStore({ path, now })
  return {
    events: store.events,
    async reopen() {
      await store.close()
      return openOnFile(path, now)
    },
    close: () => store.close(),
  }
}

describeEventStoreContract('DuckDB', (now) => openOnFile(join(folder, `events-${counter++}.duckdb`), now))
