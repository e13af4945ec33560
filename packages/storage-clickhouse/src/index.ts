export {
  type ClickHouseServer,
  type ClickHouseServers,
  startClickHouseServers,
  TEST_CLUSTER,
} from './testing/clickhouse-servers.js'
