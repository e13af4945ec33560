import type { ColumnMapping } from '@parcours/core'
import { describe, expect, it } from 'vitest'
import { completeMapping, detectMapping } from './detect-mapping.js'

const mapped = (columns: readonly string[], given: Partial<ColumnMapping> = {}) => {
  const result = completeMapping('log.csv', columns, given)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

describe('completeMapping: the lifecycle column', () => {
  it.each([
    [
      'lifecycle:transition (XES as CSV, pm4py)',
      ['case:concept:name', 'concept:name', 'time:timestamp', 'lifecycle:transition'],
      'lifecycle:transition',
    ],
    ['lifecycle', ['case_id', 'activity', 'timestamp', 'Lifecycle'], 'Lifecycle'],
    ['transition', ['case_id', 'activity', 'timestamp', 'transition'], 'transition'],
    [
      'lifecycle:transition before lifecycle',
      ['case_id', 'activity', 'timestamp', 'lifecycle', 'lifecycle:transition'],
      'lifecycle:transition',
    ],
    ['not status (too generic a name)', ['patient', 'activity', 'timestamp', 'status'], undefined],
    ['none', ['case_id', 'activity', 'timestamp'], undefined],
  ])('is detected from a column named %s', (_name, columns, expected) => {
    expect(mapped(columns).lifecycle).toBe(expected)
  })

  it('is the column given, whatever its name (bupaR’s status)', () => {
    expect(mapped(['patient', 'activity', 'timestamp', 'status'], { lifecycle: 'status' })).toEqual({
      activity: 'activity',
      timestamp: 'timestamp',
      caseId: 'patient',
      lifecycle: 'status',
    })
  })

  it('refuses a column the table does not have', () => {
    expect(completeMapping('log.csv', ['case_id', 'activity', 'timestamp'], { lifecycle: 'status' })).toEqual({
      ok: false,
      error: {
        code: 'unknown-column',
        file: 'log.csv',
        field: 'lifecycle',
        column: 'status',
        columns: ['case_id', 'activity', 'timestamp'],
      },
    })
  })

  it('refuses another column when the table has one named lifecycle:transition, which it would replace', () => {
    const columns = ['case_id', 'activity', 'timestamp', 'status', 'lifecycle:transition']
    expect(completeMapping('log.csv', columns, { lifecycle: 'status' })).toEqual({
      ok: false,
      error: {
        code: 'conflicting-column',
        file: 'log.csv',
        field: 'lifecycle',
        column: 'status',
        replaced: 'lifecycle:transition',
      },
    })
    expect(mapped(columns, { lifecycle: 'lifecycle:transition' }).lifecycle).toBe('lifecycle:transition')
  })
})

describe('detectMapping: what a preview shows', () => {
  it('answers the fields found by name, even when a required one is missing', () => {
    expect(detectMapping(['Dossier', 'Activité', 'Date', 'Email'])).toEqual({
      activity: 'Activité',
      timestamp: 'Date',
      identifiers: { email: 'Email' },
    })
  })

  it('finds what completeMapping completes, given fields kept', () => {
    const columns = ['case_id', 'activity', 'timestamp', 'canal', 'user_id']
    expect(detectMapping(columns, { caseId: 'case_id' })).toEqual(mapped(columns, { caseId: 'case_id' }))
    expect(detectMapping(columns)).toEqual({
      activity: 'activity',
      timestamp: 'timestamp',
      channel: 'canal',
      userId: 'user_id',
    })
  })
})
