/** An IO failure of the DuckDB adapter, with the database path and the operation that failed. */
export class DuckDbStoreError extends Error {
  override readonly name = 'DuckDbStoreError'
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}
