import { type ImportReject, LIFECYCLE_PROPERTY } from '@parcours/core'
import { xesEvents } from '@parcours/ingest'

/** The first events of an XES file as a table: what the import will store, read by the same reader. */
export interface XesPreview {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | null)[])[]
}

/** The columns an XES import fills from each event, shown first. */
const LEADING = ['case:concept:name', 'concept:name', 'time:timestamp', LIFECYCLE_PROPERTY] as const

/**
 * Reads the first `limit` events of an XES file (stopping there) with `xesEvents`, the reader the
 * import uses: the case, the activity, the time (ISO 8601), then every attribute met, in order.
 * Throws the reader's `XesReadError` (naming the line) when the file cannot be read.
 */
export async function previewXes(path: string, limit: number): Promise<XesPreview> {
  const events: Record<string, string | null>[] = []
  const keys = new Set<string>(LEADING)
  const onReject = (_reject: ImportReject) => {}
  for await (const batch of xesEvents(path, { fileId: 'preview', onReject })) {
    for (const event of batch) {
      const row: Record<string, string | null> = {}
      for (const [key, value] of Object.entries(event.properties)) {
        keys.add(key)
        row[key] = cellText(value)
      }
      row['case:concept:name'] = event.userId
      row['concept:name'] = event.name
      row['time:timestamp'] = new Date(event.timestamp).toISOString()
      events.push(row)
      if (events.length >= limit) break
    }
    if (events.length >= limit) break
  }
  const present = [...keys].filter((key) => events.some((row) => row[key] !== undefined))
  return { columns: present, rows: events.map((row) => present.map((key) => row[key] ?? null)) }
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}
