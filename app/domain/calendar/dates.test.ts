import { describe, expect, it } from 'vitest'
import { checkCalendarDate, parseCalendarDate, parseCalendarYear, showCalendarDate } from './dates.ts'
import { calendarDate } from './date-schema.ts'

describe('calendar dates as people type them', () => {
  it('accepts real dates typed either way and gives yyyy-mm-dd', () => {
    expect(parseCalendarDate('2026-12-01')).toBe('2026-12-01')
    expect(parseCalendarDate('1/12/2026')).toBe('2026-12-01')
    expect(parseCalendarDate(' 29/02/2028 ')).toBe('2028-02-29')
  })

  it('refuses dates that do not exist instead of rolling them over', () => {
    for (const typed of ['30/02/2026', '31/02/2026', '2026-02-29', '2099-13-01', '2026-13-45', '0000-01-01', '9999-99-99', '2026-1-1', '', 'hôm nay'])
      expect(parseCalendarDate(typed), typed).toBeNull()
  })

  it('reads a year within the same limits', () => {
    expect(parseCalendarYear(' 2027 ')).toBe(2027)
    for (const typed of ['-1', '1e309', '99999999999999999999', '0000', '2101', '1899', '2026.5', '', 'năm nay']) expect(parseCalendarYear(typed), typed).toBeNull()
  })

  it('checks the limits a field sets', () => {
    expect(checkCalendarDate('2030-01-01', { notAfter: '2026-12-01' })).toEqual({ ok: false, problem: 'future' })
    expect(checkCalendarDate('2026-11-30', { notBefore: '2026-12-02' })).toEqual({ ok: false, problem: 'past' })
    expect(checkCalendarDate('2026-12-02', { notBefore: '2026-12-02' })).toEqual({ ok: true, date: '2026-12-02' })
  })

  it('shows dd/mm/yyyy without going through a time zone', () => {
    expect(showCalendarDate('2027-03-01')).toBe('01/03/2027')
  })

  it('gives one message key per problem in the schema', () => {
    const schema = calendarDate({ notAfter: '2026-12-01' })
    expect(schema.safeParse('2026-02-30').error?.issues[0]?.message).toBe('errors.date.format')
    expect(schema.safeParse('2027-01-01').error?.issues[0]?.message).toBe('errors.date.future')
    expect(schema.parse('01/12/2026')).toBe('2026-12-01')
  })
})
