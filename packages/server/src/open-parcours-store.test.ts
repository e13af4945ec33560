import { describe, expect, it } from 'vitest'
import { eventsEngine } from './open-parcours-store.js'
import { StoreConfigError } from './store-config-error.js'

describe('eventsEngine (PARCOURS_EVENTS)', () => {
  const embedded: [string, Record<string, string | undefined>][] = [
    ['unset', {}],
    ['empty', { PARCOURS_EVENTS: '' }],
    ['blank', { PARCOURS_EVENTS: '  ' }],
  ]
  for (const [what, env] of embedded)
    it(`keeps events in DuckDB when the variable is ${what}`, () => {
      expect(eventsEngine(env)).toEqual({ kind: 'duckdb' })
    })

  it('reads one server and a cluster', () => {
    expect(eventsEngine({ PARCOURS_EVENTS: 'clickhouse://ch1:9000/parcours' })).toEqual({
      kind: 'clickhouse',
      location: { servers: ['http://ch1:9000'], database: 'parcours', cluster: null, user: null, password: null },
    })
    expect(eventsEngine({ PARCOURS_EVENTS: 'clickhouse://u:p@ch1,ch2:8124/events?cluster=parcours' })).toEqual({
      kind: 'clickhouse',
      location: {
        servers: ['http://ch1:8123', 'http://ch2:8124'],
        database: 'events',
        cluster: 'parcours',
        user: 'u',
        password: 'p',
      },
    })
  })

  const malformed: [string, string][] = [
    ['http://ch1:8123/parcours', 'PARCOURS_EVENTS: bad scheme "http"'],
    ['clickhouse://ch1:99999/parcours', 'PARCOURS_EVENTS: bad port "99999"'],
    ['clickhouse://ch1:8123/', 'PARCOURS_EVENTS: bad database ""'],
    ['clickhouse://ch1/parcours?cluster=a-b', 'PARCOURS_EVENTS: bad cluster "a-b"'],
    ['clickhouse://ch1/parcours?replicas=2', 'PARCOURS_EVENTS: bad parameter "replicas"'],
    ['clickhouse://admin:top%ZZsecret@ch1/parcours', 'PARCOURS_EVENTS: bad credentials "***"'],
    ['admin:topsecret@ch1:8123/parcours', 'PARCOURS_EVENTS: bad scheme "admin:***@ch1:8123/parcours"'],
    ['ch://admin:topsecret@ch1/parcours', 'PARCOURS_EVENTS: bad scheme "ch"'],
  ]
  for (const [value, message] of malformed)
    it(`refuses ${value} naming the part`, () => {
      const thrown = (() => {
        try {
          eventsEngine({ PARCOURS_EVENTS: value })
        } catch (error) {
          return error
        }
      })()
      expect(thrown).toBeInstanceOf(StoreConfigError)
      expect((thrown as Error).message).toContain(message)
      expect((thrown as Error).message).not.toContain('secret')
    })
})
