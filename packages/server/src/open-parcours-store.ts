import type { ParcoursStore } from '@parcours/core'
import {
  ClickHouseError,
  type ClickHouseLocation,
  type ClickHouseStore,
  type MigrationError,
  openClickHouseStore,
  parseClickHouseUrl,
} from '@parcours/storage-clickhouse'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { createListedPropertyCatalog } from './listed-property-catalog.js'
import { createStagedEventImporter } from './staged-event-importer.js'
import { StoreConfigError } from './store-config-error.js'

/** The environment variable that moves events to ClickHouse. */
export const EVENTS_VARIABLE = 'PARCOURS_EVENTS'

export interface OpenParcoursStoreOptions {
  /** The DuckDB file (or `:memory:`): documents, personas, maps and write keys, and events unless `PARCOURS_EVENTS` is set. */
  readonly dbPath: string
  /** Where `PARCOURS_EVENTS` is read (the process environment by default). */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The clock that stamps versions and arrivals (a fake one in tests). */
  readonly now?: () => Date
}

/** Where a store keeps its events: the embedded file, or the ClickHouse location of `PARCOURS_EVENTS`. */
export type EventsEngine =
  | { readonly kind: 'duckdb' }
  | { readonly kind: 'clickhouse'; readonly location: ClickHouseLocation }

/**
 * Reads `PARCOURS_EVENTS`: unset or empty means the embedded DuckDB file; otherwise it must be a
 * `clickhouse://host:port/database[?cluster=name]` string. A malformed one throws a
 * StoreConfigError naming the part that is wrong (never the password).
 *
 * @example
 * eventsEngine({ PARCOURS_EVENTS: 'clickhouse://ch1:8123/parcours' })
 * // → { kind: 'clickhouse', location: { servers: ['http://ch1:8123'], database: 'parcours', cluster: null, … } }
 * eventsEngine({ PARCOURS_EVENTS: 'clickhouse://ch1:80a/parcours' })
 * // throws 'PARCOURS_EVENTS: bad port "80a": the port "80a" is not a number from 1 to 65535'
 */
export function eventsEngine(env: Readonly<Record<string, string | undefined>>): EventsEngine {
  const text = env[EVENTS_VARIABLE]?.trim() ?? ''
  if (text === '') return { kind: 'duckdb' }
  const parsed = parseClickHouseUrl(text)
  if (!parsed.ok)
    throw new StoreConfigError(
      hidePasswords(
        `${EVENTS_VARIABLE}: bad ${parsed.error.part} "${parsed.error.value}": ${parsed.error.message} (expected clickhouse://host:port/database or clickhouse://host1:port,host2:port/database?cluster=name)`,
      ),
    )
  return { kind: 'clickhouse', location: parsed.value }
}

/** `user:password@` anywhere in a message (a string without its scheme is quoted whole) becomes `user:***@`. */
function hidePasswords(message: string): string {
  return message.replace(/([^\s:/@"]+):[^\s/@"]*@/g, '$1:***@')
}

/**
 * The composition root of storage, shared by `parcours serve` and every other command: a
 * `ParcoursStore` on the DuckDB file, whose events come from ClickHouse when `PARCOURS_EVENTS`
 * names a location (openClickHouseStore). Then documents, personas, maps and write keys stay in
 * DuckDB; events, identity stitching (customers) and the journey logs every analysis runs on are
 * in ClickHouse, and variants, process maps and funnels are computed there when they can be
 * (`engineAnalyses`); files are read by DuckDB's readers and appended to ClickHouse in batches
 * (staged-event-importer.ts); the property catalog is computed from the ClickHouse events
 * (listed-property-catalog.ts). No part answers from DuckDB's event table, empty then.
 *
 * Throws a StoreConfigError for a malformed `PARCOURS_EVENTS`, a server that cannot be reached or
 * a cluster the servers do not declare; the DuckDB file is closed again then.
 *
 * @example
 * const store = await openParcoursStore({ dbPath: '.parcours/parcours.duckdb', env: process.env })
 * await store.events.stats('acme', { classifier: 'name' }) // ClickHouse when PARCOURS_EVENTS is set
 * await store.close()
 */
export async function openParcoursStore(options: OpenParcoursStoreOptions): Promise<ParcoursStore> {
  const engine = eventsEngine(options.env ?? process.env)
  const clock = options.now === undefined ? {} : { now: options.now }
  const embedded = await createDuckDbStore({ path: options.dbPath, ...clock })
  if (engine.kind === 'duckdb') return embedded
  let parts: ClickHouseStore
  try {
    parts = await openEventParts(engine.location, options.now)
  } catch (error) {
    await embedded.close()
    throw error
  }
  return {
    documents: embedded.documents,
    writeKeys: embedded.writeKeys,
    events: parts.events,
    identities: parts.identities,
    journeys: parts.journeys,
    engineAnalyses: parts.engineAnalyses,
    propertyCatalog: createListedPropertyCatalog(parts.events),
    importer: createStagedEventImporter({ target: parts.events, preview: embedded.importer }),
    async close() {
      await parts.close()
      await embedded.close()
    },
  }
}

async function openEventParts(location: ClickHouseLocation, now: (() => Date) | undefined): Promise<ClickHouseStore> {
  let opened: Awaited<ReturnType<typeof openClickHouseStore>>
  try {
    opened = await openClickHouseStore(location, now === undefined ? {} : { now })
  } catch (error) {
    if (error instanceof ClickHouseError)
      throw new StoreConfigError(
        hidePasswords(`${EVENTS_VARIABLE}: cannot use ClickHouse at ${location.servers.join(', ')}: ${error.message}`),
      )
    throw error
  }
  if (!opened.ok) throw new StoreConfigError(`${EVENTS_VARIABLE}: ${describeMigrationError(opened.error, location)}`)
  return opened.value
}

function describeMigrationError(error: MigrationError, location: ClickHouseLocation): string {
  switch (error.code) {
    case 'cluster-unknown':
      return `the cluster "${error.cluster}" is not in the remote_servers of ${error.server}`
    case 'cluster-servers-mismatch':
      return `the cluster "${error.cluster}" has ${error.declared} servers but ${error.listed} are listed (${location.servers.join(', ')}): list every server of it`
    case 'duplicate-version':
      return `two ClickHouse migrations share the version ${error.version}`
  }
}
