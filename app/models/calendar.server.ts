// The working calendar built from the Holiday table (admins edit it), cached briefly per process.
import type { PrismaClient } from '../../prisma/generated/client.ts'
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
