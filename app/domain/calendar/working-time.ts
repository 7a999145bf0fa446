// Legal time limits in working days (docs/domain.md §4): office hours in Vietnam's time zone, weekends and the
// holiday table skipped, swapped Saturdays worked, fractions of a day allowed, and a clock that can pause.
// Vietnam keeps UTC+7 all year (no daylight saving), so local time is a fixed offset.

const OFFSET_MS = 7 * 60 * 60 * 1000
const MINUTE = 60 * 1000
const DAY = 24 * 60 * MINUTE

/** A stretch of office hours in minutes after local midnight, e.g. 07:00–11:30 = [420, 690]. */
export type Segment = readonly [start: number, end: number]

export interface CalendarConfig {
  /** Office hours; default 07:00–11:30 and 13:30–17:00. */
  segments?: readonly Segment[]
  /** Local dates (YYYY-MM-DD) that are days off although weekdays: holidays, compensatory days. */
  daysOff?: Iterable<string>
  /** Local dates (YYYY-MM-DD) worked although weekends: swapped Saturdays. */
  workingWeekendDays?: Iterable<string>
}

export const DEFAULT_SEGMENTS: readonly Segment[] = [
  [7 * 60, 11 * 60 + 30],
  [13 * 60 + 30, 17 * 60],
]

export type TimeLimitUnit = 'WORKING_DAY' | 'CALENDAR_DAY'

/** YYYY-MM-DD of an instant in Vietnam. */
export function localDay(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10)
}

/** The instant of local midnight starting the given local day. */
function midnight(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - OFFSET_MS
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

const nextDay = (day: string) => addDays(day, 1)

export class WorkingCalendar {
  readonly segments: readonly Segment[]
  readonly minutesPerDay: number
  private readonly daysOff: Set<string>
  private readonly workingWeekendDays: Set<string>

  constructor(config: CalendarConfig = {}) {
    this.segments = config.segments ?? DEFAULT_SEGMENTS
    this.minutesPerDay = this.segments.reduce((sum, [start, end]) => sum + (end - start), 0)
    this.daysOff = new Set(config.daysOff)
    this.workingWeekendDays = new Set(config.workingWeekendDays)
  }

  isWorkingDay(day: string): boolean {
    if (this.workingWeekendDays.has(day)) return true
    if (this.daysOff.has(day)) return false
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
    return weekday !== 0 && weekday !== 6
  }

  /** Working stretches of one local day as [from, to] instants (ms). */
  private stretches(day: string): [number, number][] {
    if (!this.isWorkingDay(day)) return []
    const base = midnight(day)
    return this.segments.map(([start, end]) => [base + start * MINUTE, base + end * MINUTE])
  }

  /**
   * The instant `minutes` of office time after `from`. With 0 it is the moment the clock starts: `from`
   * itself during office hours, otherwise the next opening (after hours → next working morning).
   */
  addWorkingMinutes(from: Date, minutes: number): Date {
    let remaining = minutes * MINUTE
    let cursor = from.getTime()
    let day = localDay(from)
    for (let guard = 0; guard < 3660; guard++) {
      for (const [start, end] of this.stretches(day)) {
        if (cursor >= end) continue
        const begin = Math.max(cursor, start)
        if (remaining < end - begin || (remaining === end - begin && remaining > 0)) return new Date(begin + remaining)
        remaining -= end - begin
        cursor = end
      }
      day = nextDay(day)
      cursor = Math.max(cursor, midnight(day))
    }
    throw new RangeError('No working time within ten years: check the holiday table')
  }

  /** When the clock starts for something received at `at`. */
  clockStart(at: Date): Date {
    return this.addWorkingMinutes(at, 0)
  }

  /** Office minutes between two instants (0 if `to` is not after `from`). */
  workingMinutesBetween(from: Date, to: Date): number {
    let total = 0
    for (let day = localDay(from); midnight(day) < to.getTime(); day = nextDay(day)) {
      for (const [start, end] of this.stretches(day)) {
        const overlap = Math.min(end, to.getTime()) - Math.max(start, from.getTime())
        if (overlap > 0) total += overlap
      }
    }
    return Math.round(total / MINUTE)
  }

  /**
   * The appointment date for a time limit counted from receipt. A due date never falls on a day off, and a
   * limit that uses up a whole working day ends at its closing time (17:00), not at the next day's opening.
   */
  dueDate(receivedAt: Date, limit: number, unit: TimeLimitUnit): Date {
    if (limit < 0) throw new RangeError('A time limit cannot be negative')
    if (unit === 'WORKING_DAY') return this.addWorkingMinutes(receivedAt, Math.round(limit * this.minutesPerDay))
    // Calendar days run through weekends and holidays from the day the clock starts; the limit ends with its
    // last day, or with the next working day when the last one is a day off.
    let day = addDays(localDay(this.clockStart(receivedAt)), Math.ceil(limit))
    while (!this.isWorkingDay(day)) day = nextDay(day)
    return new Date(midnight(day) + this.segments.at(-1)![1] * MINUTE)
  }

  /** Office minutes still left before `dueAt`, frozen when the clock pauses for a supplement. */
  remainingMinutes(at: Date, dueAt: Date): number {
    return this.workingMinutesBetween(at, dueAt)
  }
}
