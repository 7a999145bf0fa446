import { describe, expect, it } from 'vitest'
import { headline, timeliness, type DossierFacts } from './indicators.ts'

const vn = (local: string) => new Date(`${local}:00+07:00`)
const base: DossierFacts = { channel: 'ONLINE', status: 'RESULT_RETURNED', receivedAt: vn('2026-10-05T08:00'), dueAt: vn('2026-10-08T08:00'), resolvedAt: null, supplementCount: 0, feeAmount: 0, paidOnline: 0 }

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
    { ...base, resolvedAt: vn('2026-10-07T10:00'), feeAmount: 8_000, paidOnline: 8_000 }, // early, paid online
    { ...base, channel: 'COUNTER', resolvedAt: vn('2026-10-08T08:00'), feeAmount: 50_000 }, // on time, paid at desk
    { ...base, resolvedAt: vn('2026-10-09T10:00'), feeAmount: 100_000, paidOnline: 100_000 }, // late
    { ...base, channel: 'SUPPORT_POINT', status: 'IN_PROGRESS' }, // undecided
    { ...base, receivedAt: vn('2026-11-02T08:00'), resolvedAt: vn('2026-11-02T09:00') }, // outside the period
    { ...base, receivedAt: null, status: 'SUBMITTED' }, // never received
  ]
  const figures = headline(dossiers, vn('2026-10-01T00:00'), vn('2026-11-01T00:00'))

  it('counts what was received in the period and the online share', () => {
    expect(figures).toMatchObject({ received: 4, receivedOnline: 2, onlineShare: 0.5 })
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
    expect(headline([], vn('2026-10-01T00:00'), vn('2026-11-01T00:00'))).toMatchObject({ received: 0, onlineShare: null, onTimeRate: null, paidOnlineShare: null })
  })
})
