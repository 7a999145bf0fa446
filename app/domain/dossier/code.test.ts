import { describe, expect, it } from 'vitest'
import { dossierCode } from './code.ts'

describe('dossier codes', () => {
  it('use the agency code, the day in Vietnam and a counter of four or more digits', () => {
    expect(dossierCode('000.00.02.H01', new Date('2026-11-22T03:00:00Z'), 7)).toBe('000.00.02.H01-261122-0007')
    expect(dossierCode('000.00.02.H01', new Date('2026-11-22T18:00:00Z'), 12345)).toBe('000.00.02.H01-261123-12345')
  })
})
