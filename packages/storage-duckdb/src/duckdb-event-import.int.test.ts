import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildJourneyLog, type ColumnMapping, LIFECYCLE_PROPERTY, type ParcoursStore } from '@parcours/core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDuckDbStore } from './create-duckdb-store.js'

const folder = mkdtempSync(join(tmpdir(), 'parcours-import-lifecycle-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

let store: ParcoursStore
beforeEach(async () => {
  store = await createDuckDbStore({ path: ':memory:' })
})
afterEach(async () => {
  await store.close()
})

async function importCsv(name: string, text: string, mapping: Partial<ColumnMapping> = {}) {
  const path = join(folder, name)
  writeFileSync(path, text)
  const result = await store.importer.importTable('p', { path, format: 'csv', mapping })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

describe('importing a table with a lifecycle column', () => {
  const patients = [
    'patient,activity,timestamp,status,resource',
    'John,surgery,2017-05-10 08:53:16,start,Richard',
    'John,surgery,2017-05-10 09:25:19, complete ,Richard',
    'John,check-out,2017-05-11 14:52:36,,Samantha',
  ].join('\n')

  it('stores the column given as the property lifecycle:transition (trimmed, absent when empty), not under its own name', async () => {
    const summary = await importCsv('patients.csv', patients, { caseId: 'patient', lifecycle: 'status' })
    expect(summary).toMatchObject({ imported: 3, rejected: 0, mapping: { lifecycle: 'status' } })
    const events = await store.events.list('p')
    expect(events.map((event) => event.properties)).toEqual([
      { patient: 'John', resource: 'Richard', [LIFECYCLE_PROPERTY]: 'start' },
      { patient: 'John', resource: 'Richard', [LIFECYCLE_PROPERTY]: 'complete' },
      { patient: 'John', resource: 'Samantha' },
    ])
    const log = await store.journeys.journeyLog('p')
    expect(log.lifecycles.toSorted()).toEqual(['complete', 'start'])
    expect(buildJourneyLog(events.map((event) => ({ ...event, customerId: 'John' }))).lifecycles.toSorted()).toEqual([
      'complete',
      'start',
    ])
  })

  it('leaves a status column a plain property unless it is named as the lifecycle', async () => {
    await importCsv('status.csv', patients, { caseId: 'patient' })
    const [first] = await store.events.list('p')
    expect(first?.properties).toEqual({ patient: 'John', status: 'start', resource: 'Richard' })
  })

  it('detects a column named lifecycle and keeps it as lifecycle:transition, also with an explicit property list', async () => {
    const text = 'case_id,activity,timestamp,lifecycle,cost\nA,Review,2026-01-01T10:00:00Z,start,5\n'
    const summary = await importCsv('detected.csv', text, { properties: ['cost'] })
    expect(summary.mapping?.lifecycle).toBe('lifecycle')
    const [event] = await store.events.list('p')
    expect(event?.properties).toEqual({ cost: '5', [LIFECYCLE_PROPERTY]: 'start' })
  })

  it('keeps a lifecycle:transition column once, under its name', async () => {
    const text =
      'case:concept:name,concept:name,time:timestamp,lifecycle:transition\nA,Review,2026-01-01T10:00:00Z,complete\n'
    const summary = await importCsv('xes-like.csv', text, { properties: ['lifecycle:transition'] })
    expect(summary.mapping?.lifecycle).toBe('lifecycle:transition')
    const [event] = await store.events.list('p')
    expect(event?.properties).toEqual({ [LIFECYCLE_PROPERTY]: 'complete' })
  })
})
