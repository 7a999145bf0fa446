// What one dossier fact adds to the stored sums (ADR 015): its flows to the month each happened in, and its
// stock to every month start (00:00 on the 1st, Vietnam time) it was open at, up to a horizon (the current
// month start). A change is folded in as new minus old, so the sums stay exact without re-adding months.
import { addFlows, FLOW_NAMES, stockAt, type DossierFact, type Flows } from './indicators.ts'

/** yyyy-mm-01 of a yyyy-mm-dd day. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`
export const monthStartInstant = (month: string) => new Date(`${month}T00:00:00+07:00`)
export function nextMonth(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))]
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}
/** The latest month start at or before an instant. */
export function monthStartAtOrBefore(at: Date): string {
  return monthOf(new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10))
}

export const emptyFlows = (): Flows => Object.fromEntries(FLOW_NAMES.map((name) => [name, 0])) as Flows

/** The fact's flows per month, multiplied by `sign` (−1 takes an old fact out). */
export function monthlyFlows(f: DossierFact, sign = 1): Map<string, Flows> {
  const months = new Set([f.receivedDay, f.decidedDay, f.closedDay, f.refusedAtReceiptDay].filter((d): d is string => d !== null).map(monthOf))
  const result = new Map<string, Flows>()
  for (const month of months) {
    const flows = emptyFlows()
    addFlows(flows, f, (day) => monthOf(day) === month, sign)
    result.set(month, flows)
  }
  return result
}

export type StockCount = { open: number; overdue: number }

/** The month starts after receipt, up to `horizon`, at which the dossier was open; each with in time/overdue. */
export function monthlyStock(f: DossierFact, horizon: string | null, sign = 1): Map<string, StockCount> {
  const result = new Map<string, StockCount>()
  if (!f.receivedAt || !horizon) return result
  for (let month = nextMonth(monthStartAtOrBefore(f.receivedAt)); month <= horizon; month = nextMonth(month)) {
    const state = stockAt(f, monthStartInstant(month))
    if (!state) break
    result.set(month, { open: sign, overdue: state === 'overdue' ? sign : 0 })
  }
  return result
}

/**
 * A period's days as the whole months the monthly sums cover ([first, end) month starts, or null) and the
 * days left at either edge, which are summed from the dossier facts.
 */
export function splitPeriod(firstDay: string, lastDay: string): { months: [string, string] | null; days: [string, string][] } {
  const dayAfterLast = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  const firstWhole = firstDay.endsWith('-01') ? firstDay : nextMonth(monthOf(firstDay))
  const endWhole = monthOf(dayAfterLast) // months before it end by lastDay
  if (firstWhole >= endWhole) return { months: null, days: [[firstDay, lastDay]] }
  const days: [string, string][] = []
  const before = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  if (firstDay < firstWhole) days.push([firstDay, before(firstWhole)])
  if (endWhole <= lastDay) days.push([endWhole, lastDay])
  return { months: [firstWhole, endWhole], days }
}
