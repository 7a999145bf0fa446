// Due dates skip only the days the holiday table lists. A year with no listed day off would silently count Tết
// and 2/9 as working days, so the administrators are told which years a due date set today can reach and have
// no calendar yet (docs/domain.md §4).
import { localDay, type TimeLimitUnit, type WorkingCalendar } from './working-time.ts'

/** The years a due date set at `now` can reach, for the catalogue's longest limits, that list no day off. */
export function yearsWithoutHolidays(calendar: WorkingCalendar, now: Date, longestLimits: { limit: number; unit: TimeLimitUnit }[], yearsWithDaysOff: ReadonlySet<number>): number[] {
  const first = Number(localDay(now).slice(0, 4))
  const reach = Math.max(first, ...longestLimits.map(({ limit, unit }) => Number(localDay(calendar.dueDate(now, limit, unit)).slice(0, 4))))
  const missing: number[] = []
  for (let year = first; year <= reach; year++) if (!yearsWithDaysOff.has(year)) missing.push(year)
  return missing
}
