// The reporting period of a statistics address (?ky=), refused with a message when it falls outside the years a
// date in this portal can have (app/domain/calendar/dates.ts): ?ky=9999 ended in year 10000, which no database
// timestamp holds, and ?ky=0000 began before year 1; both answered 500.
import { EARLIEST_YEAR, LATEST_YEAR } from '../domain/calendar/dates.ts'
import { parsePeriod } from '../domain/statistics/period.ts'
import { refusal } from './invalid.server.ts'

export function reportingPeriod(value: string | null) {
  const period = parsePeriod(value)
  // A period ends at the first instant after it, so a period of the last year ends in the year after.
  const within = (date: Date, latest: number) => date.getUTCFullYear() >= EARLIEST_YEAR && date.getUTCFullYear() <= latest
  if (!within(period.from, LATEST_YEAR) || !within(period.to, LATEST_YEAR + 1)) {
    throw refusal(400, 'robust.period', { value: value ?? '', from: String(EARLIEST_YEAR), to: String(LATEST_YEAR) })
  }
  return period
}
