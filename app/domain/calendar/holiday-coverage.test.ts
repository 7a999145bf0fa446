import { describe, expect, it } from 'vitest'
import { yearsWithoutHolidays } from './holiday-coverage.ts'
import { WorkingCalendar } from './working-time.ts'

const calendar = new WorkingCalendar({ daysOff: ['2026-09-02'] })
const vn = (local: string) => new Date(`${local}:00+07:00`)

describe('years a due date reaches without a holiday calendar', () => {
  it('names next year when a limit set today ends in it and it lists no day off', () => {
    // 30 calendar days from 02/12/2026 end in January 2027; only 2026 has days off.
    expect(yearsWithoutHolidays(calendar, vn('2026-12-02T09:00'), [{ limit: 30, unit: 'CALENDAR_DAY' }], new Set([2026]))).toEqual([2027])
    expect(yearsWithoutHolidays(calendar, vn('2026-12-02T09:00'), [{ limit: 30, unit: 'CALENDAR_DAY' }], new Set([2026, 2027]))).toEqual([])
  })

  it('asks nothing of next year while every limit ends this year, but always of this year', () => {
    expect(yearsWithoutHolidays(calendar, vn('2026-06-01T09:00'), [{ limit: 15, unit: 'WORKING_DAY' }], new Set([2026]))).toEqual([])
    expect(yearsWithoutHolidays(calendar, vn('2026-06-01T09:00'), [], new Set())).toEqual([2026])
  })
})
