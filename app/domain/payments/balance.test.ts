import { describe, expect, it } from 'vitest'
import { moneyOf, owedNow, type MoneyFacts } from './balance.ts'
import { amountAfterCase } from './fee-cases.ts'

const facts = (extra: Partial<MoneyFacts> = {}): MoneyFacts => ({ status: 'SUBMITTED', outcome: null, feeAmount: 8_000, feeCaseStatus: null, paymentTiming: 'AT_SUBMISSION', payments: [], ...extra })
const paid = (amount: number, applied: boolean, refund: { amount: number; status: string } | null = null) => ({ amount, status: 'SUCCEEDED' as const, applied, refund })

describe('a dossier’s money', () => {
  it('adds up what was due, paid, refunded and is still owed', () => {
    const money = moneyOf(facts({ payments: [paid(8_000, true), paid(8_000, false, { amount: 8_000, status: 'REQUESTED' }), { amount: 8_000, status: 'CANCELLED', applied: false, refund: null }] }))
    expect(money).toEqual({ due: 8_000, paid: 16_000, refunded: 0, refunding: 8_000, outstanding: 0 })
  })
  it('is owed at submission, or once it awaits payment for a fee due before the result', () => {
    expect(owedNow(facts())).toBe(8_000)
    expect(owedNow(facts({ status: 'IN_PROGRESS' }))).toBe(8_000)
    expect(owedNow(facts({ paymentTiming: 'BEFORE_RESULT', status: 'IN_PROGRESS' }))).toBe(0)
    expect(owedNow(facts({ paymentTiming: 'BEFORE_RESULT', status: 'AWAITING_PAYMENT' }))).toBe(8_000)
    expect(owedNow(facts({ payments: [paid(8_000, true)] }))).toBe(0)
  })
  it('is not owed while the clerk decides an exemption, nor once the dossier ended without a result', () => {
    expect(owedNow(facts({ feeCaseStatus: 'CLAIMED' }))).toBe(0)
    expect(owedNow(facts({ feeCaseStatus: 'ACCEPTED', feeAmount: 4_000 }))).toBe(4_000)
    for (const status of ['WITHDRAWN', 'NOT_ACCEPTED', 'STOPPED'] as const) expect(owedNow(facts({ status }))).toBe(0)
    expect(owedNow(facts({ status: 'RESOLVED', outcome: 'REFUSED' }))).toBe(0)
  })
  it('lowers the fee by a case’s share, in whole đồng', () => {
    expect(amountAfterCase(200_000, 50)).toBe(100_000)
    expect(amountAfterCase(200_000, 100)).toBe(0)
    expect(amountAfterCase(3_000, 50)).toBe(1_500)
    expect(amountAfterCase(7_001, 50)).toBe(3_501)
    expect(() => amountAfterCase(1_000, 120)).toThrow(RangeError)
  })
})
