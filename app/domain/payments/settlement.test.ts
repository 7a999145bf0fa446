import { describe, expect, it } from 'vitest'
import { expiredAtOurSide, settle, type AttemptStatus } from './settlement.ts'

const word = (attempt: AttemptStatus, outcome: 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'PENDING', { owed = 8_000, closed = false, amount = 8_000 } = {}) =>
  settle({ attempt: { status: attempt, amount: 8_000 }, said: { outcome, amount }, owed, closed })

describe('what the gateway’s word does to an attempt', () => {
  it('applies a success on the open attempt of a dossier that owes exactly that', () => {
    expect(word('PENDING', 'SUCCEEDED')).toEqual({ reply: '00', effect: 'APPLIED', status: 'SUCCEEDED', flagged: false })
    // Our clock closed it, but nothing newer was paid: the payer's money settles the fee.
    expect(word('EXPIRED', 'SUCCEEDED').effect).toBe('APPLIED')
  })
  it('refunds a success the dossier does not need, and flags it', () => {
    expect(word('PENDING', 'SUCCEEDED', { owed: 0 })).toMatchObject({ effect: 'REFUNDED', status: 'SUCCEEDED', refund: 'ALREADY_PAID', flagged: true })
    expect(word('PENDING', 'SUCCEEDED', { owed: 0, closed: true })).toMatchObject({ refund: 'DOSSIER_CLOSED' })
    expect(word('PENDING', 'SUCCEEDED', { owed: 4_000 })).toMatchObject({ effect: 'REFUNDED', refund: 'ALREADY_PAID' })
    for (const closedAttempt of ['CANCELLED', 'SUPERSEDED', 'FAILED'] as const) {
      expect(word(closedAttempt, 'SUCCEEDED')).toMatchObject({ reply: '00', effect: 'REFUNDED', status: 'SUCCEEDED', refund: 'ATTEMPT_CLOSED', flagged: true })
    }
    // Cancelled because the dossier was withdrawn: that is the reason the finance office reads.
    expect(word('CANCELLED', 'SUCCEEDED', { owed: 0, closed: true })).toMatchObject({ refund: 'DOSSIER_CLOSED' })
  })
  it('answers a replay 02 and changes nothing', () => {
    expect(word('SUCCEEDED', 'SUCCEEDED')).toEqual({ reply: '02', effect: 'REPLAY', flagged: false })
  })
  it('refuses a wrong amount (04) whatever the state', () => {
    expect(word('PENDING', 'SUCCEEDED', { amount: 1 })).toEqual({ reply: '04', effect: 'AMOUNT_MISMATCH', flagged: true })
  })
  it('settles a failure of the open attempt, flags a failure after a success', () => {
    expect(word('PENDING', 'CANCELLED')).toEqual({ reply: '00', effect: 'SETTLED', status: 'CANCELLED', flagged: false })
    expect(word('SUCCEEDED', 'FAILED')).toEqual({ reply: '02', effect: 'CONTRADICTION', flagged: true })
    expect(word('EXPIRED', 'FAILED')).toEqual({ reply: '02', effect: 'NONE', flagged: false })
    expect(word('PENDING', 'PENDING')).toEqual({ reply: '00', effect: 'NONE', flagged: false })
  })
  it('closes an attempt by our clock only after a grace past its expiry', () => {
    const expiresAt = new Date('2026-12-01T03:15:00Z')
    expect(expiredAtOurSide({ expiresAt }, new Date('2026-12-01T03:19:00Z'))).toBe(false)
    expect(expiredAtOurSide({ expiresAt }, new Date('2026-12-01T03:21:00Z'))).toBe(true)
  })
})
