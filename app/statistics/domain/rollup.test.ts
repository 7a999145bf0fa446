import { describe, expect, it } from 'vitest'
import { WorkingCalendar } from '../../domain/calendar/working-time.ts'
import { factOf, type DossierRecord } from './indicators.ts'
import { monthlyFlows, monthlyStock, splitPeriod } from './rollup.ts'

const vn = (local: string) => new Date(`${local}:00+07:00`)
const calendar = new WorkingCalendar()
const record: DossierRecord = {
  channel: 'COUNTER',
  status: 'RESULT_RETURNED',
  submittedAt: vn('2026-09-28T07:30'),
  receivedAt: vn('2026-09-28T08:00'),
  dueAt: vn('2026-10-20T17:00'),
  resolvedAt: vn('2026-11-03T10:00'),
  closedAt: null,
  outcome: 'APPROVED',
  supplementCount: 0,
  pausedMinutes: 0,
  pausedSince: null,
  feeAmount: 50_000,
  paidOnline: 0,
  rating: 4,
  digitised: false,
}

describe('what one dossier adds to the monthly sums', () => {
  const fact = factOf(record, calendar)!
  it('counts its reception in the month received and its decision in the month decided', () => {
    const flows = monthlyFlows(fact)
    expect([...flows.keys()]).toEqual(['2026-09-01', '2026-11-01'])
    expect(flows.get('2026-09-01')).toMatchObject({ received: 1, receivedCounter: 1, feeBearing: 1, rated: 1, satisfied: 1, late: 0 })
    expect(flows.get('2026-11-01')).toMatchObject({ received: 0, late: 1 })
    expect(monthlyFlows(fact, -1).get('2026-11-01')).toMatchObject({ late: -1 })
  })
  it('counts it open at 1/10 (in time) and 1/11 (overdue), not at 1/12, up to the horizon', () => {
    expect(Object.fromEntries(monthlyStock(fact, '2027-01-01'))).toEqual({ '2026-10-01': { open: 1, overdue: 0 }, '2026-11-01': { open: 1, overdue: 1 } })
    expect(Object.fromEntries(monthlyStock(fact, '2026-10-01'))).toEqual({ '2026-10-01': { open: 1, overdue: 0 } })
  })
})

describe('a period as whole months and edge days', () => {
  it('needs no edge days for calendar periods', () => {
    expect(splitPeriod('2026-01-01', '2026-12-31')).toEqual({ months: ['2026-01-01', '2027-01-01'], days: [] })
    expect(splitPeriod('2026-11-01', '2026-11-30')).toEqual({ months: ['2026-11-01', '2026-12-01'], days: [] })
  })
  it('sums the cut-off edges from the days', () => {
    expect(splitPeriod('2026-09-15', '2026-12-14')).toEqual({
      months: ['2026-10-01', '2026-12-01'],
      days: [
        ['2026-09-15', '2026-09-30'],
        ['2026-12-01', '2026-12-14'],
      ],
    })
    expect(splitPeriod('2026-10-15', '2026-11-14')).toEqual({ months: null, days: [['2026-10-15', '2026-11-14']] })
    expect(splitPeriod('2026-10-01', '2026-11-15')).toEqual({ months: ['2026-10-01', '2026-11-01'], days: [['2026-11-01', '2026-11-15']] })
  })
})
