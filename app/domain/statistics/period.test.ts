import { describe, expect, it } from 'vitest'
import { parsePeriod } from './period.ts'

describe('reporting periods', () => {
  it('reads a month or a year in Vietnam time, defaulting to the current year', () => {
    expect(parsePeriod('2026-12')).toMatchObject({ kind: 'month', from: new Date('2026-11-30T17:00:00Z'), to: new Date('2026-12-31T17:00:00Z') })
    expect(parsePeriod('2025')).toMatchObject({ kind: 'year', from: new Date('2024-12-31T17:00:00Z') })
    expect(parsePeriod('nonsense', new Date('2026-12-31T18:00:00Z')).key).toBe('2027')
  })
})
