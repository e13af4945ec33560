export { createDuckDbStore, type DuckDbStoreOptions } from './create-duckdb-store.js'
export { completeMapping, detectMapping } from './detect-mapping.js'
export { DuckDbStoreError } from './duckdb-store-error.js'
export { DEFAULT_DATABASE_PATH, resolveDatabasePath } from './open-database.js'
