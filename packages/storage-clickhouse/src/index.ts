export {
  type ClickHouseFunnelOptions,
  clickhouseFunnel,
  clickhouseFunnelProblems,
} from './analyses/clickhouse-funnel.js'
export { clickhouseProcessMap } from './analyses/clickhouse-process-map.js'
export { type ClickHouseVariantOptions, clickhouseVariants } from './analyses/clickhouse-variants.js'
export type { JourneyInput, JourneySource } from './analyses/journey-source.js'
export type { ClickHouseQuery, JourneyTable } from './analyses/query-rows.js'
export {
  type ClickHouseConnection,
  type ClickHouseConnectionOptions,
  ClickHouseError,
  type ClickHouseSettings,
  createClickHouseConnection,
} from './clickhouse-connection.js'
export {
  type ClickHouseEngineAnalysesOptions,
  createClickHouseEngineAnalyses,
} from './clickhouse-engine-analyses.js'
export {
  type ClickHouseEventStore,
  type ClickHouseEventStoreOptions,
  createClickHouseEventStore,
  type EventImportSession,
  type JsonTextEvent,
  propertyTextSql,
} from './clickhouse-event-store.js'
export {
  type ClickHouseIdentityStore,
  type ClickHouseIdentityStoreOptions,
  createClickHouseIdentityStore,
  type IdentityState,
} from './clickhouse-identity-store.js'
export {
  type ClickHouseJourneyIndexOptions,
  createClickHouseJourneyIndex,
  DEFAULT_MAX_JOURNEY_LOGS,
} from './clickhouse-journey-index.js'
export {
  type EngineAnalysisRequest,
  type EngineAnalysisScope,
  engineAnalysisScope,
} from './engine-analysis-scope.js'
export {
  quoteIdentifier,
  quoteInteger,
  quoteNullableString,
  quoteString,
  quoteStringArray,
  quoteStringTuple,
  type SqlText,
} from './escape-sql.js'
export {
  CUSTOMER_HASH_EXPRESSION,
  EVENT_COLUMNS,
  EVENT_STORE_MIGRATIONS,
  EVENTS_TABLE,
  IDENTITY_MIGRATION,
  LOCAL_EVENTS_TABLE,
  MIGRATIONS_TABLE,
  type Migration,
  type MigrationError,
  type MigrationReport,
  type MigrationStep,
  migrate,
  type SchemaLayout,
  STORE_MIGRATIONS,
  schemaVersions,
} from './migrations.js'
export {
  type ClickHouseEvents,
  type OpenClickHouseEventsOptions,
  openClickHouseEvents,
} from './open-clickhouse-events.js'
export {
  type ClickHouseStore,
  type OpenClickHouseStoreOptions,
  openClickHouseStore,
} from './open-clickhouse-store.js'
export {
  type ClickHouseLocation,
  type ClickHouseUrlError,
  DEFAULT_HTTP_PORT,
  parseClickHouseUrl,
} from './parse-clickhouse-url.js'
export { readIdentityGraph } from './read-identity-graph.js'
export { HAS_OWNER_SQL, OWNER_SQL, readStoredEvents } from './read-stored-events.js'
export {
  type EngineActivity,
  type StoredJourneyScope,
  storedJourneySource,
  storedLifecycleTexts,
} from './stored-journey-source.js'
export {
  type ClickHouseServer,
  type ClickHouseServers,
  startClickHouseServers,
  TEST_CLUSTER,
} from './testing/clickhouse-servers.js'
