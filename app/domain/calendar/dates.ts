// A calendar date as people type it and as forms send it: `yyyy-mm-dd` (what <input type="date"> posts) or
// `dd/mm/yyyy` (how Vietnamese write it). Only real dates pass: 30/02 and 2099-13-01 are refused rather than
// rolled over by `Date` into another day (a holiday typed as 31/02 must not become 03/03 and move deadlines).
// No zod here, so pages can import it for display.
import { localDay } from './working-time.ts'

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const VIETNAMESE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

/** Years a date typed into this portal can sensibly have; anything else is a typing mistake. */
export const EARLIEST_YEAR = 1900
export const LATEST_YEAR = 2100

function isReal(year: number, month: number, day: number): boolean {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** `yyyy-mm-dd` for a real date typed either way, otherwise null. */
export function parseCalendarDate(value: string | null | undefined): string | null {
  const text = (value ?? '').trim()
  const iso = ISO.exec(text)
  const vi = iso ? null : VIETNAMESE.exec(text)
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : vi ? [vi[3], vi[2], vi[1]] : []
  if (!year || !month || !day) return null
  const [y, m, d] = [Number(year), Number(month), Number(day)]
  if (!isReal(y, m, d)) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** A year typed or linked (`?nam=2027`) within the years above, otherwise null. */
export function parseCalendarYear(value: string | null | undefined): number | null {
  const text = (value ?? '').trim()
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? year : null
}

/** Today's date in Vietnam, `yyyy-mm-dd`. */
export function today(now = new Date()): string {
  return localDay(now)
}

/** `dd/mm/yyyy` of a `yyyy-mm-dd` date, with no time zone involved (a date is not an instant). */
export function showCalendarDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-')
  return `${d}/${m}/${y}`
}

export type DateProblem = 'format' | 'future' | 'past'

/**
 * Checks a typed date against what the field allows; `notAfter` / `notBefore` are `yyyy-mm-dd` (e.g. today for
 * a date of birth, tomorrow for a new appointment). Returns the date or the problem.
 */
export function checkCalendarDate(value: string | null | undefined, limits: { notAfter?: string; notBefore?: string } = {}): { ok: true; date: string } | { ok: false; problem: DateProblem } {
  const date = parseCalendarDate(value)
  if (!date) return { ok: false, problem: 'format' }
  if (limits.notAfter && date > limits.notAfter) return { ok: false, problem: 'future' }
  if (limits.notBefore && date < limits.notBefore) return { ok: false, problem: 'past' }
  return { ok: true, date }
}
