/** What a source needs to send events to this server: its URL and two ready-to-copy examples. */
export interface IngestionSnippets {
  /** `${origin}/v1/batch` */
  readonly url: string
  /** A `curl` call posting one track event in a batch. */
  readonly curl: string
  /** `@segment/analytics-next` loaded with this server as its API host (no Segment CDN). */
  readonly analytics: string
}

/** The text that stands for the write key in the examples. */
export const WRITE_KEY_SLOT = 'YOUR_WRITE_KEY'

/**
 * The ingestion URL of the server at `origin` (`location.origin`, e.g. `https://parcours.example`)
 * and the examples, as plain text. Example: `ingestionSnippets('http://127.0.0.1:3000').url` →
 * `'http://127.0.0.1:3000/v1/batch'`.
 */
export function ingestionSnippets(origin: string, key: string = WRITE_KEY_SLOT): IngestionSnippets {
  const base = new URL(origin)
  const url = `${base.origin}/v1/batch`
  const protocol = base.protocol.replace(/:$/, '')
  const apiHost = `${base.host}/v1`
  const curl = [
    `curl -u '${key}:' ${url} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{ "batch": [{ "type": "track", "event": "Order Completed", "userId": "alice",`,
    `                 "messageId": "order-1001", "timestamp": "2026-05-01T10:00:00+02:00",`,
    `                 "properties": { "total": 42 } }] }'`,
  ].join('\n')
  const segmentIo = `{ apiKey: '${key}', apiHost: '${apiHost}', protocol: '${protocol}' }`
  const analytics = [
    `import { AnalyticsBrowser } from '@segment/analytics-next'`,
    '',
    `// Sends to Parcours instead of Segment; the settings are given here,`,
    `// not fetched from Segment's CDN.`,
    `export const analytics = AnalyticsBrowser.load(`,
    `  {`,
    `    writeKey: '${key}',`,
    `    cdnSettings: {`,
    `      integrations: {`,
    `        'Segment.io': ${segmentIo},`,
    `      },`,
    `    },`,
    `  },`,
    `  { integrations: { 'Segment.io': { apiHost: '${apiHost}', protocol: '${protocol}' } } },`,
    `)`,
    '',
    `analytics.identify('alice', { email: 'alice@example.com' })`,
    `analytics.track('Order Completed', { total: 42 })`,
  ].join('\n')
  return { url, curl, analytics }
}
