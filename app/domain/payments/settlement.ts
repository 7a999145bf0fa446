// What a word from the gateway (its IPN, or its answer to our transaction query) does to an attempt of ours.
// Every word about a known reference is kept; this decides what it changes. A success is applied to the dossier
// only when the attempt was still the dossier's open one and the dossier owes exactly that amount; any other
// success is money taken that the dossier does not need, so it is refunded and flagged for the finance office.
import type { GatewayOutcome, IpnReply } from './vnpay.ts'

export type AttemptStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'EXPIRED' | 'CANCELLED' | 'SUPERSEDED'

/** Why a refund is made. */
export type RefundCause = 'DOSSIER_CLOSED' | 'ALREADY_PAID' | 'ATTEMPT_CLOSED'

/** What the word changed, as reconciliation reports it. */
export type Effect = 'APPLIED' | 'REFUNDED' | 'SETTLED' | 'REPLAY' | 'AMOUNT_MISMATCH' | 'WRONG_MERCHANT' | 'CONTRADICTION' | 'NONE'

export interface SettlementInput {
  attempt: { status: AttemptStatus; amount: number }
  said: { outcome: GatewayOutcome; amount: number }
  /** What the dossier owes and may pay now (0 when nothing, or not yet: a fee case to decide). */
  owed: number
  /** Withdrawn, refused or stopped: the dossier will never owe anything again. */
  closed: boolean
}

export interface Settlement {
  /** The IPN's answer. */
  reply: IpnReply['RspCode']
  effect: Effect
  /** The attempt's new state, when it changes. */
  status?: AttemptStatus
  refund?: RefundCause
  flagged: boolean
}

/** An attempt that was open at our side: the dossier's current one, or one our own clock closed. */
const stillOurs = (status: AttemptStatus) => status === 'PENDING' || status === 'EXPIRED'

export function settle({ attempt, said, owed, closed }: SettlementInput): Settlement {
  if (said.amount !== attempt.amount) return { reply: '04', effect: 'AMOUNT_MISMATCH', flagged: true }
  if (said.outcome === 'SUCCEEDED') {
    if (attempt.status === 'SUCCEEDED') return { reply: '02', effect: 'REPLAY', flagged: false }
    if (!stillOurs(attempt.status)) return { reply: '00', effect: 'REFUNDED', status: 'SUCCEEDED', refund: closed ? 'DOSSIER_CLOSED' : 'ATTEMPT_CLOSED', flagged: true }
    if (owed === attempt.amount) return { reply: '00', effect: 'APPLIED', status: 'SUCCEEDED', flagged: false }
    return { reply: '00', effect: 'REFUNDED', status: 'SUCCEEDED', refund: closed ? 'DOSSIER_CLOSED' : 'ALREADY_PAID', flagged: true }
  }
  if (said.outcome === 'PENDING') return { reply: '00', effect: 'NONE', flagged: false }
  // Failed, cancelled by the payer, timed out at the gateway.
  if (attempt.status === 'SUCCEEDED') return { reply: '02', effect: 'CONTRADICTION', flagged: true }
  if (attempt.status === 'PENDING') return { reply: '00', effect: 'SETTLED', status: said.outcome, flagged: false }
  return { reply: '02', effect: 'NONE', flagged: false }
}

/** How long past its expiry we still wait for the gateway's word before our clock closes an attempt. */
export const EXPIRY_GRACE_MS = 5 * 60_000

/** A pending attempt the gateway has not finished (or never saw) is closed by our clock after its grace. */
export function expiredAtOurSide(attempt: { expiresAt: Date }, now: Date): boolean {
  return attempt.expiresAt.getTime() + EXPIRY_GRACE_MS < now.getTime()
}
