import { describe, expect, it } from 'vitest'
import { ingestionSnippets, WRITE_KEY_SLOT } from '../../packages/web/src/settings/ingestion-snippets.js'

describe('ingestion snippets', () => {
  it('point at the server the page came from, over its own protocol', () => {
    const local = ingestionSnippets('http://127.0.0.1:3000')
    expect(local.url).toBe('http://127.0.0.1:3000/v1/batch')
    expect(local.curl.split('\n')[0]).toBe(`curl -u '${WRITE_KEY_SLOT}:' http://127.0.0.1:3000/v1/batch \\`)
    expect(local.analytics).toContain(`apiHost: '127.0.0.1:3000/v1', protocol: 'http'`)

    const hosted = ingestionSnippets('https://parcours.example.fr', 'wk-secret')
    expect(hosted.url).toBe('https://parcours.example.fr/v1/batch')
    expect(hosted.curl).toContain(`curl -u 'wk-secret:' https://parcours.example.fr/v1/batch`)
    expect(hosted.analytics).toContain(`writeKey: 'wk-secret'`)
    expect(hosted.analytics).toContain(`apiKey: 'wk-secret', apiHost: 'parcours.example.fr/v1', protocol: 'https'`)
    expect(hosted.analytics).not.toContain('https://parcours.example.fr/v1')
  })

  it('give a curl body that is a valid Segment batch', () => {
    const { curl } = ingestionSnippets('http://localhost:3000')
    const body = /-d '([\s\S]*)'$/.exec(curl)?.[1]
    expect(JSON.parse(body ?? '')).toEqual({
      batch: [
        {
          type: 'track',
          event: 'Order Completed',
          userId: 'alice',
          messageId: 'order-1001',
          timestamp: '2026-05-01T10:00:00+02:00',
          properties: { total: 42 },
        },
      ],
    })
  })
})
