import { describe, expect, it } from 'vitest'
import { WorkingCalendar } from '../../domain/calendar/working-time.ts'
import { factOf, headline, stockAt, timeliness, type DossierRecord } from './indicators.ts'
import { parsePeriod, type Period } from './period.ts'
import { scores } from './scores.ts'

const vn = (local: string) => new Date(`${local}:00+07:00`)
const calendar = new WorkingCalendar({ daysOff: ['2026-09-02'] })
const period = (key: string): Period => {
  const result = parsePeriod(key)
  if (!result.ok) throw new Error(key)
  return result.period
}
const base: DossierRecord = {
  channel: 'ONLINE',
  status: 'RESULT_RETURNED',
  submittedAt: vn('2026-10-05T07:30'),
  receivedAt: vn('2026-10-05T08:00'),
  dueAt: vn('2026-10-08T08:00'),
  resolvedAt: null,
  closedAt: null,
  outcome: null,
  supplementCount: 0,
  pausedMinutes: 0,
  pausedSince: null,
  feeAmount: 0,
  paidOnline: 0,
  rating: null,
  digitised: false,
}
const decided = (resolvedAt: string, extra: Partial<DossierRecord> = {}): DossierRecord => ({ ...base, resolvedAt: vn(resolvedAt), outcome: 'APPROVED', ...extra })

describe('timeliness (Decision 766, indicator 2.1)', () => {
  it('is early before the due day, on time on it, late after', () => {
    expect(timeliness({ ...base, resolvedAt: vn('2026-10-07T16:00') })).toBe('early')
    expect(timeliness({ ...base, resolvedAt: vn('2026-10-08T07:30') })).toBe('onTime')
    expect(timeliness({ ...base, resolvedAt: vn('2026-10-08T09:00') })).toBe('late')
  })

  it('counts a dossier with more than one supplement request as late, whatever its dates', () => {
    expect(timeliness({ ...base, resolvedAt: vn('2026-10-06T09:00'), supplementCount: 2 })).toBe('late')
    expect(timeliness({ ...base, resolvedAt: vn('2026-10-06T09:00'), supplementCount: 1 })).toBe('early')
  })

  it('uses the due date already extended by the paused (supplement) time', () => {
    // Received 5/10, 3 days, one supplement that paused the clock two days: due moved to 12/10.
    expect(timeliness({ ...base, dueAt: vn('2026-10-12T08:00'), resolvedAt: vn('2026-10-12T08:00'), supplementCount: 1 })).toBe('onTime')
  })
})

describe('a dossier refused at reception', () => {
  it('is never received, on time or late: it counts only as refused at reception, on the day refused', () => {
    // Even when the old system wrote a reception date on it.
    const refused: DossierRecord = { ...base, status: 'NOT_ACCEPTED', closedAt: vn('2026-10-06T09:00'), resolvedAt: vn('2026-10-06T09:00'), outcome: 'REFUSED' }
    const figures = headline([refused, decided('2026-10-07T10:00')], calendar, period('2026-10'), vn('2026-11-05T00:00'))
    expect(figures).toMatchObject({ received: 1, refusedAtReceipt: 1, resolved: 1, early: 1, late: 0, refused: 0, inProgress: 0, handled: 1 })
    expect(figures.onlineShare).toBe(1)
    expect(factOf({ ...refused, closedAt: null }, calendar)?.refusedAtReceiptDay).toBe('2026-10-05')
  })
})

describe('flows count on the day they happened', () => {
  // Hand check: October's report. Received in September, decided in October → counted in October's decisions
  // and carried over into October; received in October, decided in November → in progress at October's end.
  const dossiers: DossierRecord[] = [
    decided('2026-10-02T10:00', { receivedAt: vn('2026-09-28T08:00'), dueAt: vn('2026-10-01T08:00') }), // late, carried over
    decided('2026-10-07T10:00'), // early
    decided('2026-10-08T07:30', { channel: 'COUNTER' }), // on time
    decided('2026-10-09T10:00', { outcome: 'REFUSED' }), // late, refused on the merits
    decided('2026-11-03T10:00', { receivedAt: vn('2026-10-26T08:00'), dueAt: vn('2026-11-30T17:00') }), // open at 1/11, in time
    { ...base, status: 'IN_PROGRESS', channel: 'SUPPORT_POINT', receivedAt: vn('2026-10-20T08:00'), dueAt: vn('2026-10-23T17:00') }, // overdue at 1/11
    { ...base, status: 'WITHDRAWN', channel: 'COUNTER', closedAt: vn('2026-10-12T09:00') },
    { ...base, status: 'STOPPED', closedAt: vn('2026-11-02T09:00') }, // open at 1/11: stopped in November
    { ...base, status: 'SUBMITTED', receivedAt: null }, // never received
  ]
  const now = vn('2026-12-15T12:00')
  const october = headline(dossiers, calendar, period('2026-10'), now)

  it('carries over what was open when the period began, and receives what came in during it', () => {
    expect(october).toMatchObject({ carriedOver: 1, received: 7, receivedOnline: 4, receivedCounter: 2, receivedSupportPoint: 1, handled: 8 })
  })
  it('decides what was decided during it: 1 early, 1 on time, 2 late → 50,00 % on time', () => {
    expect(october).toMatchObject({ resolved: 4, early: 1, onTime: 1, late: 2, refused: 1, withdrawn: 1, stopped: 0 })
    expect(october.onTimeRate).toBe(0.5)
  })
  it('judges what is still open at its end (31/10 24:00), not now: 1 in time, 2 overdue', () => {
    // In time: the one decided on 3/11 (due 30/11). Overdue: the one due 23/10, and the one stopped on 2/11 (due 8/10).
    expect(october).toMatchObject({ inProgress: 3, inProgressInTime: 1, inProgressOverdue: 2 })
  })
  it('adds up: carried over + received = decided + withdrawn + stopped + in progress', () => {
    expect(october.handled).toBe(october.resolved + october.withdrawn + october.stopped + october.inProgress)
  })
  it('gives the other convention as shares of everything handled: 2/8 early or on time, 2/8 late, 3/8 in progress', () => {
    expect(october).toMatchObject({ onTimeShareOfHandled: 2 / 8, lateShareOfHandled: 2 / 8, inProgressShareOfHandled: 3 / 8 })
  })
  it('judges the current period as of now', () => {
    const december = headline(dossiers, calendar, period('2026-12'), now)
    // The one still in progress has been overdue since 23/10; everything else ended in October or November.
    expect(december).toMatchObject({ carriedOver: 1, received: 0, inProgressOverdue: 1, inProgressInTime: 0 })
    const november = headline(dossiers, calendar, period('2026-11'), now)
    expect(november).toMatchObject({ carriedOver: 3, resolved: 1, onTime: 0, early: 1, stopped: 1, inProgressOverdue: 1 })
  })
})

describe('in progress at an instant', () => {
  const open = { receivedAt: vn('2026-10-05T08:00'), finishedAt: null, dueAt: vn('2026-10-08T17:00'), pausedSince: null }
  it('is overdue after the due date, unless the clock is paused for a supplement by then', () => {
    expect(stockAt(open, vn('2026-10-09T08:00'))).toBe('overdue')
    expect(stockAt(open, vn('2026-10-08T16:00'))).toBe('inTime')
    expect(stockAt({ ...open, pausedSince: vn('2026-10-07T10:00') }, vn('2026-10-09T08:00'))).toBe('inTime')
    // Paused only after it was already overdue at the instant judged.
    expect(stockAt({ ...open, pausedSince: vn('2026-10-12T10:00') }, vn('2026-10-09T08:00'))).toBe('overdue')
  })
  it('is nothing before receipt or once finished', () => {
    expect(stockAt(open, vn('2026-10-05T07:00'))).toBeNull()
    expect(stockAt({ ...open, finishedAt: vn('2026-10-07T10:00') }, vn('2026-10-09T08:00'))).toBeNull()
  })
  it('counts a dossier approved and awaiting payment as in progress, not decided', () => {
    const awaiting = factOf({ ...base, status: 'AWAITING_PAYMENT', outcome: 'APPROVED' }, calendar)!
    expect(awaiting).toMatchObject({ decidedDay: null, finishedAt: null })
    expect(stockAt(awaiting, vn('2026-10-07T09:00'))).toBe('inTime')
  })
})

describe('processing time in working days', () => {
  it('counts office hours only: no nights, weekends, holidays or supplement pauses', () => {
    // Friday 28/08 08:00 → Thursday 03/09 10:00, by hand: Fri 08:00–11:30 and 13:30–17:00 = 7 h, the weekend
    // none, Mon 31/08 8 h, Tue 01/09 8 h, Wed 02/09 a holiday, Thu 03/09 07:00–10:00 = 3 h → 26 h = 1,560 minutes.
    const record = decided('2026-09-03T10:00', { receivedAt: vn('2026-08-28T08:00'), dueAt: vn('2026-09-10T17:00') })
    expect(factOf(record, calendar)?.processingMinutes).toBe(1_560)
    // Half a day (240 office minutes) waiting for the applicant is taken off.
    expect(factOf({ ...record, pausedMinutes: 240 }, calendar)?.processingMinutes).toBe(1_320)
    const figures = headline([record, { ...record, pausedMinutes: 240 }], calendar, period('2026-09'), vn('2026-10-01T00:00'))
    expect(figures.averageProcessingDays).toBeCloseTo((1_560 + 1_320) / 2 / 480)
  })
})

describe('the legal due date decides lateness', () => {
  it('keeps a late dossier late after an apology: the new appointment is not the due date', () => {
    // The record carries the legal due date only; an apology's appointment lives elsewhere (ADR 014).
    const late = decided('2026-10-12T10:00')
    expect(factOf(late, calendar)?.verdict).toBe('late')
  })
})

describe('payments, ratings and digitisation count with the day received', () => {
  const dossiers = [
    decided('2026-10-07T10:00', { feeAmount: 8_000, paidOnline: 8_000, rating: 5, digitised: true }),
    decided('2026-10-08T08:00', { channel: 'COUNTER', feeAmount: 50_000, rating: 3 }),
    decided('2026-10-09T10:00', { feeAmount: 100_000, paidOnline: 100_000, digitised: true }),
    { ...base, status: 'IN_PROGRESS' },
  ]
  const figures = headline(dossiers, calendar, period('2026-10'), vn('2026-10-20T12:00'))
  it('sums online payments and their share of fee-bearing dossiers', () => {
    expect(figures).toMatchObject({ onlinePayments: 2, onlinePaymentAmount: 108_000, feeBearing: 3, feePaidOnline: 2 })
    expect(figures.paidOnlineShare).toBeCloseTo(2 / 3)
  })
  it('counts ratings, the satisfied share (4 or 5 of 5) and the digitised share of received', () => {
    expect(figures).toMatchObject({ rated: 2, satisfied: 1, satisfactionShare: 0.5, digitised: 2, digitisedShare: 0.5 })
  })
  it('gives null shares for an empty period rather than dividing by zero', () => {
    expect(headline([], calendar, period('2026-10'))).toMatchObject({
      received: 0,
      onlineShare: null,
      onTimeRate: null,
      paidOnlineShare: null,
      satisfactionShare: null,
      averageProcessingDays: null,
      onTimeShareOfHandled: null,
    })
  })
})

describe('Decision 766 group scores', () => {
  const h = headline(
    [decided('2026-10-07T10:00', { feeAmount: 10_000, paidOnline: 10_000, rating: 5, digitised: true }), decided('2026-10-09T10:00', { channel: 'COUNTER', feeAmount: 10_000, rating: 2 })],
    calendar,
    period('2026-10'),
    vn('2026-11-01T00:00'),
  )
  it('scales each group by its indicator: half on time → 10 of 20, half online → 6 of 12…', () => {
    const result = scores(h)
    expect(Object.fromEntries(result.groups.map((g) => [g.group, g.points]))).toEqual({ progress: 10, onlineService: 6, payment: 5, digitisation: 11, satisfaction: 9 })
    expect(result).toMatchObject({ total: 41, max: 82 })
  })
  it('judges progress on everything decided in the period and everything open at its end', () => {
    // Hand check: 1 early + 4 on time + 4 in progress in time, of 10 → 9/10 × 20 = 18/20.
    const commune = { ...h, early: 1, onTime: 4, late: 1, resolved: 6, inProgressInTime: 4, inProgressOverdue: 0, inProgress: 4 }
    expect(scores(commune).groups[0]).toMatchObject({ group: 'progress', points: 18 })
    // The province: 16 of 19 on time or in time → 16,84/20, not 17,9.
    const province = { ...h, early: 6, onTime: 6, late: 2, resolved: 14, inProgressInTime: 4, inProgressOverdue: 1, inProgress: 5 }
    expect(scores(province).groups[0]).toMatchObject({ group: 'progress', points: 16.84 })
  })
  it('leaves a group unscored when the period has nothing to judge it by', () => {
    const result = scores(headline([{ ...base, status: 'WITHDRAWN', closedAt: vn('2026-10-06T09:00') }], calendar, period('2026-10'), vn('2026-11-02T00:00')))
    expect(result.groups.find((g) => g.group === 'satisfaction')?.points).toBeNull()
    expect(result.groups.find((g) => g.group === 'progress')?.points).toBeNull()
    expect(result.max).toBe(12 + 22)
  })
})
