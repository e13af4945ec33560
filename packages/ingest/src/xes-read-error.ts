/** Where in an XES input something went wrong. Line and column are 1-based. */
export interface XesLocation {
  readonly fileName?: string | undefined
  readonly line?: number | undefined
  readonly column?: number | undefined
}

/**
 * A failure to read an XES input: malformed XML, a structure XES does not allow (an event outside a
 * trace), a value that does not fit its type, or an IO or gzip error (kept as `cause`). The message
 * names the file and line: `bpic2012.xes.gz, line 12, column 9: <event> outside a <trace>`.
 */
export class XesReadError extends Error {
  override readonly name = 'XesReadError'
  /** The path read, or the `fileName` option given with a stream. */
  readonly fileName: string | undefined
  readonly line: number | undefined
  readonly column: number | undefined
  /** The message without its location. */
  readonly reason: string

  constructor(reason: string, location: XesLocation, options?: { cause?: unknown }) {
    super(`${describeLocation(location)}: ${reason}`, options)
    this.reason = reason
    this.fileName = location.fileName
    this.line = location.line
    this.column = location.column
  }
}

function describeLocation({ fileName, line, column }: XesLocation): string {
  const parts = [fileName ?? 'XES input']
  if (line !== undefined) parts.push(`line ${line}`)
  if (column !== undefined) parts.push(`column ${column}`)
  return parts.join(', ')
}
