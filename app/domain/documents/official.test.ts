import { describe, expect, it } from 'vitest'
import { dateParts, documentNumber, placeName } from './official.ts'

describe('official document parts', () => {
  it('names the place without the kind of unit', () => {
    expect(placeName('Phường Long Xuyên')).toBe('Long Xuyên')
    expect(placeName('Tỉnh An Giang')).toBe('An Giang')
    expect(placeName('Đặc khu Phú Quốc')).toBe('Phú Quốc')
  })

  it('spells the date in Vietnam’s time zone', () => {
    expect(dateParts(new Date('2026-11-30T18:00:00Z'))).toEqual({ dd: '01', mm: '12', yyyy: '2026' })
  })

  it('numbers a document by the dossier’s place in the day’s register', () => {
    expect(documentNumber('000.20.01.H01-261201-0012', 'TNHS')).toBe('0012/TNHS')
    expect(documentNumber(null, 'TNHS')).toBe('…/TNHS')
  })
})
