import { describe, expect, it } from 'vitest'
import { headline, progress, timeliness, type DossierFacts } from './indicators.ts'
import { scores } from './scores.ts'

const vn = (local: string) => new Date(`${local}:00+07:00`)
const base: DossierFacts = { channel: 'ONLINE', status: 'RESULT_RETURNED', receivedAt: vn('2026-10-05T08:00'), dueAt: vn('2026-10-08T08:00'), resolvedAt: null, outcome: null, supplementCount: 0, feeAmount: 0, paidOnline: 0, rating: null, digitised: false }

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

  it('has no verdict while undecided', () => {
    expect(timeliness(base)).toBeNull()
  })
})

describe('headline figures, computed by hand', () => {
  const dossiers: DossierFacts[] = [
    // early (2 days 2 hours), paid online, rated 5, digitised
    { ...base, resolvedAt: vn('2026-10-07T10:00'), outcome: 'APPROVED', feeAmount: 8_000, paidOnline: 8_000, rating: 5, digitised: true },
    // on time (3 days), paid at the desk, rated 3
    { ...base, channel: 'COUNTER', resolvedAt: vn('2026-10-08T08:00'), outcome: 'APPROVED', feeAmount: 50_000, rating: 3 },
    // late (4 days 2 hours), refused on the merits, paid online, digitised
    { ...base, resolvedAt: vn('2026-10-09T10:00'), outcome: 'REFUSED', feeAmount: 100_000, paidOnline: 100_000, digitised: true },
    { ...base, channel: 'SUPPORT_POINT', status: 'IN_PROGRESS' }, // undecided, due 8/10: overdue on 20/10
    { ...base, status: 'SUPPLEMENT_REQUESTED' }, // waiting for the applicant: the clock is paused, in time
    { ...base, status: 'IN_PROGRESS', dueAt: vn('2026-10-30T08:00') }, // in time
    { ...base, status: 'WITHDRAWN', channel: 'COUNTER' },
    { ...base, status: 'STOPPED' },
    { ...base, receivedAt: vn('2026-11-02T08:00'), resolvedAt: vn('2026-11-02T09:00') }, // outside the period
    { ...base, receivedAt: null, status: 'SUBMITTED' }, // never received
  ]
  const figures = headline(dossiers, vn('2026-10-01T00:00'), vn('2026-11-01T00:00'), vn('2026-10-20T12:00'))

  it('counts what was received in the period and the online share', () => {
    expect(figures).toMatchObject({ received: 8, receivedOnline: 5, onlineShare: 5 / 8 })
  })
  it('splits the undecided into in time and overdue, and counts withdrawn, stopped and refused', () => {
    expect(figures).toMatchObject({ inProgress: 3, inProgressInTime: 2, inProgressOverdue: 1, withdrawn: 1, stopped: 1, refused: 1 })
  })
  it('averages the processing time of the decided ones in days', () => {
    expect(figures.averageProcessingDays).toBeCloseTo((50 + 72 + 98) / 3 / 24)
  })
  it('counts ratings, the satisfied share (4 or 5 of 5) and the digitised share', () => {
    expect(figures).toMatchObject({ rated: 2, satisfied: 1, satisfactionShare: 0.5, digitised: 2, digitisedShare: 0.25 })
  })
  it('rates the decided ones: 1 early, 1 on time, 1 late → 2/3 on time', () => {
    expect(figures).toMatchObject({ resolved: 3, early: 1, onTime: 1, late: 1 })
    expect(figures.onTimeRate).toBeCloseTo(2 / 3)
  })
  it('sums online payments and their share of fee-bearing dossiers', () => {
    expect(figures).toMatchObject({ onlinePayments: 2, onlinePaymentAmount: 108_000, feeBearing: 3 })
    expect(figures.paidOnlineShare).toBeCloseTo(2 / 3)
  })
  it('gives null shares for an empty period rather than dividing by zero', () => {
    expect(headline([], vn('2026-10-01T00:00'), vn('2026-11-01T00:00'))).toMatchObject({ received: 0, onlineShare: null, onTimeRate: null, paidOnlineShare: null, satisfactionShare: null, averageProcessingDays: null })
  })
})

describe('in progress', () => {
  it('is overdue after the due date, unless paused for a supplement', () => {
    const now = vn('2026-10-09T08:00')
    expect(progress({ status: 'IN_PROGRESS', dueAt: vn('2026-10-08T17:00'), resolvedAt: null }, now)).toBe('inProgressOverdue')
    expect(progress({ status: 'SUPPLEMENT_REQUESTED', dueAt: vn('2026-10-08T17:00'), resolvedAt: null }, now)).toBe('inProgressInTime')
    expect(progress({ status: 'RECEIVED', dueAt: vn('2026-10-09T17:00'), resolvedAt: null }, now)).toBe('inProgressInTime')
    expect(progress({ status: 'AWAITING_PAYMENT', dueAt: vn('2026-10-08T17:00'), resolvedAt: vn('2026-10-08T10:00') }, now)).toBeNull()
  })
})

describe('Decision 766 group scores', () => {
  const h = headline(
    [
      { ...base, resolvedAt: vn('2026-10-07T10:00'), feeAmount: 10_000, paidOnline: 10_000, rating: 5, digitised: true },
      { ...base, channel: 'COUNTER', resolvedAt: vn('2026-10-09T10:00'), feeAmount: 10_000, rating: 2 },
    ],
    vn('2026-10-01T00:00'),
    vn('2026-11-01T00:00'),
  )
  it('scales each group by its indicator: half on time → 10 of 20, half online → 6 of 12…', () => {
    const result = scores(h)
    expect(Object.fromEntries(result.groups.map((g) => [g.group, g.points]))).toEqual({ progress: 10, onlineService: 6, payment: 5, digitisation: 11, satisfaction: 9 })
    expect(result).toMatchObject({ total: 41, max: 82 })
  })
  it('leaves a group unscored when the period has nothing to judge it by', () => {
    const result = scores(headline([{ ...base, status: 'WITHDRAWN' }], vn('2026-10-01T00:00'), vn('2026-11-01T00:00')))
    expect(result.groups.find((g) => g.group === 'satisfaction')?.points).toBeNull()
    expect(result.groups.find((g) => g.group === 'progress')?.points).toBeNull()
    expect(result.max).toBe(12 + 22)
  })
})
