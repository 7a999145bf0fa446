// Exemptions and reductions of fees (miễn, giảm phí, lệ phí): a procedure lists its cases with the share waived;
// the applicant claims one with a proof, the clerk accepts or rejects it at receipt, and the amount due follows.

/** The amount due once a case waives `reductionPercent` of the fee, in whole đồng. */
export function amountAfterCase(fee: number, reductionPercent: number): number {
  if (!Number.isInteger(reductionPercent) || reductionPercent < 0 || reductionPercent > 100) throw new RangeError('A reduction is 0–100 %')
  return Math.round((fee * (100 - reductionPercent)) / 100)
}

export const FEE_CASE_STATUSES = ['CLAIMED', 'ACCEPTED', 'REJECTED'] as const
export type FeeCaseStatus = (typeof FEE_CASE_STATUSES)[number]
