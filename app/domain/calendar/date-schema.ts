// The zod side of ./dates.ts: one schema for every date field, in the browser and in the action. Messages are
// keys under errors.date.* (format, future, past) unless the field gives its own.
import { z } from 'zod'
import { checkCalendarDate, today, type DateProblem } from './dates.ts'

type Limit = 'today' | 'tomorrow' | string

function resolve(limit: Limit | undefined): string | undefined {
  if (limit === 'today') return today()
  if (limit === 'tomorrow') return today(new Date(Date.now() + 86_400_000))
  return limit
}

export function calendarDate(options: { notAfter?: Limit; notBefore?: Limit; messages?: Partial<Record<DateProblem, string>> } = {}) {
  const message = (problem: DateProblem) => options.messages?.[problem] ?? `errors.date.${problem}`
  return z.string({ error: message('format') }).transform((value, ctx) => {
    const checked = checkCalendarDate(value, { notAfter: resolve(options.notAfter), notBefore: resolve(options.notBefore) })
    if (checked.ok) return checked.date
    ctx.addIssue({ code: 'custom', message: message(checked.problem) })
    return z.NEVER
  })
}
