export {
  type ClickHouseFunnelOptions,
  clickhouseFunnel,
  clickhouseFunnelProblems,
} from './analyses/clickhouse-funnel.js'
export { clickhouseProcessMap } from './analyses/clickhouse-process-map.js'
export { type ClickHouseVariantOptions, clickhouseVariants } from './analyses/clickhouse-variants.js'
export type { ClickHouseQuery, JourneyTable } from './analyses/query-rows.js'
export {
  type ClickHouseConnection,
  type ClickHouseConnectionOptions,
  ClickHouseError,
  type ClickHouseSettings,
  createClickHouseConnection,
} from './clickhouse-connection.js'
export {
  type ClickHouseEventStoreOptions,
  createClickHouseEventStore,
  propertyTextSql,
} from './clickhouse-event-store.js'
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
  LOCAL_EVENTS_TABLE,
  MIGRATIONS_TABLE,
  type Migration,
  type MigrationError,
  type MigrationReport,
  type MigrationStep,
  migrate,
  type SchemaLayout,
  schemaVersions,
} from './migrations.js'
export {
  type ClickHouseEvents,
  type OpenClickHouseEventsOptions,
  openClickHouseEvents,
} from './open-clickhouse-events.js'
export {
  type ClickHouseLocation,
  type ClickHouseUrlError,
  DEFAULT_HTTP_PORT,
  parseClickHouseUrl,
} from './parse-clickhouse-url.js'
export {
  type ClickHouseServer,
  type ClickHouseServers,
  startClickHouseServers,
  TEST_CLUSTER,
} from './testing/clickhouse-servers.js'
