// The working calendar built from the Holiday table (admins edit it), cached briefly per process.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { yearsWithoutHolidays } from '../domain/calendar/holiday-coverage.ts'
import { WorkingCalendar } from '../domain/calendar/working-time.ts'

let cached: { at: number; calendar: WorkingCalendar } | undefined
const TTL_MS = 60_000

export async function workingCalendar(prisma: PrismaClient): Promise<WorkingCalendar> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.calendar
  const days = await prisma.holiday.findMany({ select: { date: true, kind: true } })
  const iso = (date: Date) => date.toISOString().slice(0, 10)
  const calendar = new WorkingCalendar({
    daysOff: days.filter((d) => d.kind === 'DAY_OFF').map((d) => iso(d.date)),
    workingWeekendDays: days.filter((d) => d.kind === 'WORKING_DAY').map((d) => iso(d.date)),
  })
  cached = { at: Date.now(), calendar }
  return calendar
}

/** After an admin edits the holiday table. */
export function forgetWorkingCalendar() {
  cached = undefined
}

/** Years a due date set now can reach whose holiday calendar is still empty (the admin overview warns). */
export async function yearsMissingHolidays(prisma: PrismaClient, now = new Date()): Promise<number[]> {
  const [longest, years] = await Promise.all([
    prisma.procedure.groupBy({ by: ['timeLimitUnit'], _max: { timeLimit: true } }),
    prisma.$queryRaw<{ year: number }[]>`SELECT DISTINCT extract(year FROM date)::int AS year FROM "Holiday" WHERE kind = 'DAY_OFF'`,
  ])
  return yearsWithoutHolidays(
    await workingCalendar(prisma),
    now,
    longest.map((row) => ({ limit: row._max.timeLimit ?? 0, unit: row.timeLimitUnit })),
    new Set(years.map((row) => row.year)),
  )
}
