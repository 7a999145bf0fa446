import { describe, expect, it } from 'vitest'
import { searchKind } from './queue.ts'
import { parseQueueFilter } from './queue-filter.ts'
import { lookupSchema } from './schemas.ts'

describe('the public lookup', () => {
  it('finds a code typed in lower case, with spaces or a trailing dot', () => {
    const parsed = lookupSchema.parse({ code: ' 000.20.01.h01-261202-0001. ', secret: '0912 345 678' })
    expect(parsed).toEqual({ code: '000.20.01.H01-261202-0001', secret: '0912345678' })
    expect(lookupSchema.parse({ code: '000.20.01.H01 - 261202 - 0001', secret: '089090000001' }).code).toBe('000.20.01.H01-261202-0001')
  })
})

describe('the back office search box', () => {
  it('tells a CCCD, a dossier code and a name apart', () => {
    expect(searchKind('089 090 000 001')).toBe('nationalId')
    expect(searchKind('000.20.01.h01-261202-0001')).toBe('code')
    expect(searchKind('nguyen van an')).toBe('name')
  })

  it('turns whatever the address says into a valid filter', () => {
    const filter = parseQueueFilter(new URLSearchParams({ procedure: 'x'.repeat(101), status: 'NOPE', sort: 'newest', after: 'zzzz.abc', q: ' 089090000001 ' }))
    expect(filter).toMatchObject({ procedure: undefined, status: undefined, sort: 'newest', q: '089090000001' })
  })
})
