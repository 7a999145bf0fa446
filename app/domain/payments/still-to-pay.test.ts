import { describe, expect, it } from 'vitest'
import { stillToPay } from './still-to-pay.ts'

describe('still to pay', () => {
  const dossier = (feeAmount: number, paymentTiming: string, statuses: string[] = []) => ({ feeAmount, procedure: { paymentTiming }, payments: statuses.map((status) => ({ status })) })
  it('is the fee until a payment succeeds, with when it is due', () => {
    expect(stillToPay(dossier(8000, 'AT_SUBMISSION', ['FAILED']))).toEqual({ amount: 8000, when: 'AT_SUBMISSION' })
    expect(stillToPay(dossier(8000, 'BEFORE_RESULT'))).toEqual({ amount: 8000, when: 'BEFORE_RESULT' })
    expect(stillToPay(dossier(8000, 'AT_SUBMISSION', ['FAILED', 'SUCCEEDED']))).toBeNull()
    expect(stillToPay(dossier(0, 'NONE'))).toBeNull()
  })
})
