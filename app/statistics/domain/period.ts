// A reporting period as reports are written (docs/domain.md §6): a month, a quarter, the first six or nine months,
// the second half, a year, or any range of days, in Vietnam's calendar. People type `11/2026`, `Q4/2026`,
// `2026-Q4`, `6T/2026`, `9T/2026`, `2026`, `2026-11` or `01/10/2026-15/11/2026`; each has one canonical key for
// addresses. With the reporting cut-off (administrative-procedure reports), a period runs from the 15th of the
// month before it to the 14th of its last month. Anything else is refused with a reason, never read as a year.
import { EARLIEST_YEAR, LATEST_YEAR, parseCalendarDate, today } from '../../domain/calendar/dates.ts'

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nineMonths' | 'year' | 'range'

export interface Period {
  /** Canonical form for addresses: 2026, 2026-11, 2026-Q4, 2026-H1, 2026-9M, 2026-10-01..2026-11-15. */
  key: string
  kind: PeriodKind
  year: number
  /** Month, quarter or half number within the year (null for years, nine months and ranges). */
  index: number | null
  cutOff: boolean
  /** First and last day, inclusive, yyyy-mm-dd. */
  firstDay: string
  lastDay: string
  /** [from, to) as instants. */
  from: Date
  to: Date
}

/** Not written as a period; a year or month that does not exist (9999, 13/2026); the range's days reversed. */
export type PeriodProblem = 'format' | 'noSuchPeriod' | 'order'
export type PeriodResult = { ok: true; period: Period } | { ok: false; problem: PeriodProblem }

const pad = (n: number) => String(n).padStart(2, '0')
const vnMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`)
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
const lastOfMonth = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`

/** The months [first, last] (1–12) each kind of period covers. */
function months(kind: Exclude<PeriodKind, 'range'>, index: number | null): [number, number] {
  switch (kind) {
    case 'month':
      return [index!, index!]
    case 'quarter':
      return [3 * index! - 2, 3 * index!]
    case 'half':
      return index === 1 ? [1, 6] : [7, 12]
    case 'nineMonths':
      return [1, 9]
    case 'year':
      return [1, 12]
  }
}

function keyOf(kind: Exclude<PeriodKind, 'range'>, year: number, index: number | null): string {
  return { month: `${year}-${pad(index ?? 0)}`, quarter: `${year}-Q${index}`, half: `${year}-H${index}`, nineMonths: `${year}-9M`, year: String(year) }[kind]
}

function calendarPeriod(kind: Exclude<PeriodKind, 'range'>, year: number, index: number | null, cutOff: boolean): Period {
  const [first, last] = months(kind, index)
  // The cut-off period: from the 15th of the month before the first month to the 14th of the last month.
  const firstDay = cutOff ? (first === 1 ? `${year - 1}-12-15` : `${year}-${pad(first - 1)}-15`) : `${year}-${pad(first)}-01`
  const lastDay = cutOff ? `${year}-${pad(last)}-14` : lastOfMonth(year, last)
  return { key: keyOf(kind, year, index), kind, year, index, cutOff, firstDay, lastDay, from: vnMidnight(firstDay), to: vnMidnight(dayAfter(lastDay)) }
}

const YEAR = '(\\d{4})'
/** What people type, each with the kind and which capture holds the year and the number. */
const FORMS: { pattern: RegExp; kind: Exclude<PeriodKind, 'range'>; year: number; index?: number; fixed?: number }[] = [
  { pattern: new RegExp(`^${YEAR}$`), kind: 'year', year: 1 },
  { pattern: new RegExp(`^(?:năm|nam)\\s*${YEAR}$`), kind: 'year', year: 1 },
  { pattern: new RegExp(`^${YEAR}-(\\d{1,2})$`), kind: 'month', year: 1, index: 2 },
  { pattern: new RegExp(`^(?:t|tháng|thang)?\\s*(\\d{1,2})\\s*[/-]\\s*${YEAR}$`), kind: 'month', year: 2, index: 1 },
  { pattern: new RegExp(`^${YEAR}\\s*-?\\s*q([1-4])$`), kind: 'quarter', year: 1, index: 2 },
  { pattern: new RegExp(`^(?:q|quý|quy)\\s*([1-4])\\s*[/-]\\s*${YEAR}$`), kind: 'quarter', year: 2, index: 1 },
  { pattern: new RegExp(`^${YEAR}\\s*-?\\s*h([12])$`), kind: 'half', year: 1, index: 2 },
  { pattern: new RegExp(`^h([12])\\s*[/-]\\s*${YEAR}$`), kind: 'half', year: 2, index: 1 },
  { pattern: new RegExp(`^6\\s*(?:t|tháng|thang)\\s*[/-]?\\s*${YEAR}$`), kind: 'half', year: 1, fixed: 1 },
  { pattern: new RegExp(`^${YEAR}\\s*-\\s*6\\s*(?:t|m)$`), kind: 'half', year: 1, fixed: 1 },
  { pattern: new RegExp(`^9\\s*(?:t|tháng|thang)\\s*[/-]?\\s*${YEAR}$`), kind: 'nineMonths', year: 1 },
  { pattern: new RegExp(`^${YEAR}\\s*-\\s*9\\s*(?:t|m)$`), kind: 'nineMonths', year: 1 },
]

/** Two dates: `01/10/2026-15/11/2026`, `01/10/2026 – 15/11/2026`, `2026-10-01..2026-11-15`, `… đến …`. */
const RANGE = /^(.+?)\s*(?:\.\.|–|—|\s-\s|-(?=\d{1,2}\/)|\s(?:đến|den|to)\s)\s*(.+)$/

/** Reads a period; an empty value is the current year. `cutOff` applies to calendar periods, not ranges. */
export function parsePeriod(value: string | null | undefined, options: { cutOff?: boolean; now?: Date } = {}): PeriodResult {
  const text = (value ?? '').trim().toLowerCase().normalize('NFC').replace(/\s+/g, ' ')
  const cutOff = options.cutOff ?? false
  if (!text) return { ok: true, period: calendarPeriod('year', Number(today(options.now).slice(0, 4)), null, cutOff) }
  for (const form of FORMS) {
    const match = form.pattern.exec(text)
    if (!match) continue
    const year = Number(match[form.year])
    const index = form.fixed ?? (form.index ? Number(match[form.index]) : null)
    if (year < EARLIEST_YEAR || year > LATEST_YEAR || (form.kind === 'month' && (index! < 1 || index! > 12))) return { ok: false, problem: 'noSuchPeriod' }
    return { ok: true, period: calendarPeriod(form.kind, year, index, cutOff) }
  }
  const range = RANGE.exec(text)
  const [firstDay, lastDay] = range ? [parseCalendarDate(range[1]), parseCalendarDate(range[2])] : [null, null]
  if (!firstDay || !lastDay) return { ok: false, problem: 'format' }
  if (lastDay < firstDay) return { ok: false, problem: 'order' }
  return {
    ok: true,
    period: {
      key: `${firstDay}..${lastDay}`,
      kind: 'range',
      year: Number(firstDay.slice(0, 4)),
      index: null,
      cutOff: false,
      firstDay,
      lastDay,
      from: vnMidnight(firstDay),
      to: vnMidnight(dayAfter(lastDay)),
    },
  }
}

/** The instant the figures of a period are judged at: its end, or now while it is still running. */
export function judgedAt(period: Pick<Period, 'to'>, now = new Date()): Date {
  return period.to < now ? period.to : now
}
