import { describe, expect, it } from 'vitest'
import { HOLIDAYS } from '../../../prisma/seed/holidays.ts'
import { localDay, WorkingCalendar } from './working-time.ts'

/** The seeded official calendar for 2025–2026. */
const calendar = new WorkingCalendar({
  daysOff: HOLIDAYS.filter(([, , kind]) => kind !== 'WORKING_DAY').map(([date]) => date),
  workingWeekendDays: HOLIDAYS.filter(([, , kind]) => kind === 'WORKING_DAY').map(([date]) => date),
})
/** Local Vietnam time, written as on a receipt. */
const vn = (local: string) => new Date(`${local}:00+07:00`)
const show = (date: Date) => new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')

describe('working days', () => {
  it('skips weekends and the holiday table, and works swapped Saturdays', () => {
    expect(calendar.isWorkingDay('2026-11-23')).toBe(true) // Monday
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false) // Saturday
    expect(calendar.isWorkingDay('2026-02-17')).toBe(false) // Mùng 1 Tết Bính Ngọ
    expect(calendar.isWorkingDay('2025-02-15')).toBe(true) // Saturday worked for 27/01/2025
  })

  it('has eight office hours a day by default', () => {
    expect(calendar.minutesPerDay).toBe(480)
  })

  it('reads the local day in Vietnam, whatever the UTC date', () => {
    expect(localDay(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01')
  })
})

describe('due dates', () => {
  it('counts one working day from a morning receipt to the same time next working day', () => {
    expect(show(calendar.dueDate(vn('2026-11-23T08:00'), 1, 'WORKING_DAY'))).toBe('2026-11-24 08:00')
  })

  it('starts the clock at 16:59 but not at 17:01 (after hours → next working morning)', () => {
    expect(show(calendar.dueDate(vn('2026-11-23T16:59'), 0.5, 'WORKING_DAY'))).toBe('2026-11-24 10:59')
    expect(show(calendar.dueDate(vn('2026-11-23T17:01'), 0.5, 'WORKING_DAY'))).toBe('2026-11-24 11:00')
  })

  it('starts a receipt over lunch at 13:30', () => {
    expect(show(calendar.clockStart(vn('2026-11-23T12:15')))).toBe('2026-11-23 13:30')
  })

  it('lets a half day end at the lunch break', () => {
    expect(show(calendar.dueDate(vn('2026-11-23T07:00'), 0.5, 'WORKING_DAY'))).toBe('2026-11-23 11:00')
    expect(show(calendar.dueDate(vn('2026-11-23T07:30'), 0.5, 'WORKING_DAY'))).toBe('2026-11-23 11:30')
  })

  it('skips the whole Tết holiday', () => {
    // Friday 13/02/2026 morning + 3 days: Tết runs 14–22/02, so the days are 13 (rest), 23, 24 → 25 morning.
    expect(show(calendar.dueDate(vn('2026-02-13T09:00'), 3, 'WORKING_DAY'))).toBe('2026-02-25 09:00')
  })

  it('skips a holiday on a weekend moved to Monday (Hùng Kings 2026)', () => {
    // Friday 24/04/2026 + 1 day: Sat, Sun (holiday) and Monday 27 (compensatory) are off → Tuesday.
    expect(show(calendar.dueDate(vn('2026-04-24T10:00'), 1, 'WORKING_DAY'))).toBe('2026-04-28 10:00')
  })

  it('spans New Year', () => {
    // Wednesday 31/12/2025 14:00 + 2 days: 1/1 is off, 2/1 is Friday, then Monday 5/1.
    expect(show(calendar.dueDate(vn('2025-12-31T14:00'), 2, 'WORKING_DAY'))).toBe('2026-01-05 14:00')
  })

  it('ends a calendar-day limit at the close of its last day, moved to the next working day when that is a day off', () => {
    expect(show(calendar.dueDate(vn('2026-11-23T09:00'), 5, 'CALENDAR_DAY'))).toBe('2026-11-30 17:00') // Sat 28 → Mon 30
    expect(show(calendar.dueDate(vn('2026-11-23T09:00'), 3, 'CALENDAR_DAY'))).toBe('2026-11-26 17:00')
  })

  it('never lands a calendar-day limit on a holiday nor at 07:00 of the next day', () => {
    // 30 days from Tuesday 02/12/2025: the last day is 01/01/2026, New Year's Day, so the end of Friday 02/01.
    expect(show(calendar.dueDate(vn('2025-12-02T09:00'), 30, 'CALENDAR_DAY'))).toBe('2026-01-02 17:00')
    // Received after hours: the clock starts the next working morning, and the days count from then.
    expect(show(calendar.dueDate(vn('2025-12-01T17:30'), 30, 'CALENDAR_DAY'))).toBe('2026-01-02 17:00')
    // The whole of Tết is skipped: 10 days from 06/02/2026 end on Monday 16/02, inside the holiday → 23/02.
    expect(show(calendar.dueDate(vn('2026-02-06T10:00'), 10, 'CALENDAR_DAY'))).toBe('2026-02-23 17:00')
  })

  it('ends a working-day limit that uses up a whole day at 17:00, not at 07:00 of the next', () => {
    expect(show(calendar.dueDate(vn('2026-11-23T07:00'), 1, 'WORKING_DAY'))).toBe('2026-11-23 17:00')
    expect(show(calendar.dueDate(vn('2026-11-27T07:00'), 1, 'WORKING_DAY'))).toBe('2026-11-27 17:00') // Friday, not Monday 07:00
  })

  it('starts a weekend receipt on Monday morning: one day ends Monday at closing', () => {
    expect(show(calendar.dueDate(vn('2026-11-22T10:00'), 1, 'WORKING_DAY'))).toBe('2026-11-23 17:00')
  })
})

describe('paused clock (supplement requested)', () => {
  it('freezes what is left and resumes it from the answer', () => {
    const due = calendar.dueDate(vn('2026-11-23T08:00'), 3, 'WORKING_DAY') // Thu 26/11 08:00
    const pausedAt = vn('2026-11-24T08:00')
    const left = calendar.remainingMinutes(pausedAt, due)
    expect(left).toBe(2 * 480)
    const answeredAt = vn('2026-11-27T14:00') // Friday afternoon
    expect(show(calendar.addWorkingMinutes(answeredAt, left))).toBe('2026-12-01 14:00')
  })

  it('counts office minutes between two instants', () => {
    expect(calendar.workingMinutesBetween(vn('2026-11-23T11:00'), vn('2026-11-23T14:00'))).toBe(60)
    expect(calendar.workingMinutesBetween(vn('2026-11-27T16:00'), vn('2026-11-30T08:00'))).toBe(120)
    expect(calendar.workingMinutesBetween(vn('2026-11-30T08:00'), vn('2026-11-27T16:00'))).toBe(0)
  })
})
