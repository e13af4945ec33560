export { createDuckDbDocumentStore, type DuckDbStoreOptions } from './duckdb-document-store.js'
export { DuckDbStoreError } from './duckdb-store-error.js'
export { DEFAULT_DATABASE_PATH, resolveDatabasePath } from './open-database.js'
