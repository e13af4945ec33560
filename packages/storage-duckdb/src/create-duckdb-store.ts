import { DEFAULT_IDENTITY_RULES, type IdentityRules, type ParcoursStore } from '@parcours/core'
import { createDuckDbDocumentStore, DOCUMENT_SCHEMA } from './duckdb-document-store.js'
import { createDuckDbEventImporter } from './duckdb-event-import.js'
import { createDuckDbEventStore, EVENT_SCHEMA } from './duckdb-event-store.js'
import { createDuckDbIdentityStore } from './duckdb-identity-store.js'
import { createDuckDbJourneyIndex } from './duckdb-journey-index.js'
import { createDuckDbPropertyCatalog } from './duckdb-property-catalog.js'
import { createDuckDbWriteKeyStore, WRITE_KEY_SCHEMA } from './duckdb-write-key-store.js'
import { createMessageIdSets } from './message-id-set.js'
import { DEFAULT_MEMORY_LIMIT, openDatabase } from './open-database.js'
import { createProjectChanges } from './project-changes.js'
import { createIdentityMaintainer, IDENTITY_SCHEMA } from './recompute-identities.js'
import { createSeqCounter } from './seq-counter.js'
import { createSerialRunner } from './serial-runner.js'

export interface DuckDbStoreOptions {
  /** A database file, or `:memory:`. */
  readonly path: string
  /** The clock that stamps versions and arrivals (a fake one in tests). */
  readonly now?: () => Date
  /** DuckDB's memory limit before spilling to disk (default 2GB, or PARCOURS_DUCKDB_MEMORY). */
  readonly memoryLimit?: string
  /** How shared identifiers (email, phone…) link identities; `DEFAULT_IDENTITY_RULES` when absent. */
  readonly identityRules?: IdentityRules
  /** How many journey logs (a project under one case notion each) the analytics index keeps in memory (default 4). */
  readonly journeyLogs?: number
}

/**
 * The embedded store: documents and events in one DuckDB file, one connection, one writer.
 * Open one per process (DuckDB locks the file) and close it when done.
 */
export async function createDuckDbStore(options: DuckDbStoreOptions): Promise<ParcoursStore> {
  const database = await openDatabase(
    options.path,
    options.memoryLimit ?? process.env.PARCOURS_DUCKDB_MEMORY ?? DEFAULT_MEMORY_LIMIT,
  )
  for (const statement of [...DOCUMENT_SCHEMA, ...EVENT_SCHEMA, ...WRITE_KEY_SCHEMA, ...IDENTITY_SCHEMA])
    await database.connection.run(statement)
  const now = options.now ?? (() => new Date())
  const run = createSerialRunner(database)
  const seq = createSeqCounter()
  // Which message ids each project holds: shared by the two writers of events, HTTP and imports.
  const messageIds = createMessageIdSets()
  // Which projects' events or identities changed: the journey index looks again only then.
  const changes = createProjectChanges()
  const identity = createIdentityMaintainer(options.identityRules ?? DEFAULT_IDENTITY_RULES, now)
  return {
    documents: createDuckDbDocumentStore(run, now),
    events: createDuckDbEventStore(
      run,
      now,
      seq,
      messageIds,
      changes,
      async (db, projectId) => (await identity.ensureFresh(db, projectId)).customers,
    ),
    identities: createDuckDbIdentityStore(run, identity, now, changes),
    writeKeys: createDuckDbWriteKeyStore(run, now),
    importer: createDuckDbEventImporter(run, now, seq, messageIds, changes),
    journeys: createDuckDbJourneyIndex(
      run,
      async (db, projectId) => {
        await identity.ensureFresh(db, projectId)
      },
      changes,
      options.journeyLogs,
    ),
    propertyCatalog: createDuckDbPropertyCatalog(run),
    async close() {
      await run(async () => undefined)
      database.close()
    },
  }
}
