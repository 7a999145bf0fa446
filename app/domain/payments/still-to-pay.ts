/**
 * What the applicant still has to pay, as a receipt says it: the dossier's fees unless a payment succeeded, and
 * when they are due (with the dossier, or before the result is handed over). Nothing for a procedure without fees.
 */
export interface StillToPay {
  amount: number
  when: 'AT_SUBMISSION' | 'BEFORE_RESULT'
}

export function stillToPay(dossier: { feeAmount: number; procedure: { paymentTiming: string }; payments: { status: string }[] }): StillToPay | null {
  const { feeAmount, procedure, payments } = dossier
  if (feeAmount <= 0 || payments.some((p) => p.status === 'SUCCEEDED')) return null
  return { amount: feeAmount, when: procedure.paymentTiming === 'BEFORE_RESULT' ? 'BEFORE_RESULT' : 'AT_SUBMISSION' }
}
