// A dossier's money in one place: what it owes (frozen on the dossier), what was paid and refunded, what is still
// outstanding, and whether it may be paid now. Used by the payment pages, the clerk's panel, the IPN and querydr.
import { isOneOf, OPEN_STATUSES, type DossierStatus } from '../dossier/status.ts'
import type { AttemptStatus } from './settlement.ts'

export interface MoneyFacts {
  status: DossierStatus
  outcome: string | null
  feeAmount: number
  /** CLAIMED while the clerk has not decided the applicant's exemption or reduction. */
  feeCaseStatus: string | null
  paymentTiming: 'NONE' | 'AT_SUBMISSION' | 'BEFORE_RESULT'
  payments: { amount: number; status: AttemptStatus; applied: boolean; refund: { amount: number; status: string } | null }[]
}

export interface Money {
  /** The amount due. */
  due: number
  /** Everything the payer was charged (including payments since refunded). */
  paid: number
  refunded: number
  /** Refunds not completed yet. */
  refunding: number
  /** Still owed for the fee. */
  outstanding: number
}

export function moneyOf(facts: Pick<MoneyFacts, 'feeAmount' | 'payments'>): Money {
  const succeeded = facts.payments.filter((p) => p.status === 'SUCCEEDED')
  const refunds = succeeded.flatMap((p) => (p.refund ? [p.refund] : []))
  const settled = succeeded.filter((p) => p.applied).reduce((sum, p) => sum + p.amount, 0)
  return {
    due: facts.feeAmount,
    paid: succeeded.reduce((sum, p) => sum + p.amount, 0),
    refunded: refunds.filter((r) => r.status === 'SUCCEEDED').reduce((sum, r) => sum + r.amount, 0),
    refunding: refunds.filter((r) => r.status !== 'SUCCEEDED').reduce((sum, r) => sum + r.amount, 0),
    outstanding: Math.max(0, facts.feeAmount - settled),
  }
}

/** Withdrawn, not accepted, stopped or refused on the merits: nothing will be owed, whatever was paid goes back. */
export function closedWithoutResult(dossier: { status: DossierStatus; outcome: string | null }): boolean {
  return isOneOf(dossier.status, ['WITHDRAWN', 'NOT_ACCEPTED', 'STOPPED'] as const) || dossier.outcome === 'REFUSED'
}

/**
 * What may be paid now: the outstanding fee of an open dossier, once the clerk decided any claimed exemption.
 * A fee due at submission is owed from submission (the counter takes it at intake, later steps still may); one
 * due before the result only once the dossier awaits payment.
 */
export function owedNow(facts: MoneyFacts): number {
  if (facts.feeCaseStatus === 'CLAIMED' || closedWithoutResult(facts)) return 0
  const { outstanding } = moneyOf(facts)
  if (facts.status === 'AWAITING_PAYMENT') return outstanding
  if (facts.paymentTiming !== 'AT_SUBMISSION') return 0
  return isOneOf(facts.status, OPEN_STATUSES) ? outstanding : 0
}
