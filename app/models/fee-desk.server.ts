// The money of a dossier at the one-stop desk: what it owes, was paid and refunded; the applicant's claimed
// exemption to accept or reject before receipt; cash taken at the counter (with its receipt); cash refunds
// handed back. What the clerk's panel on the dossier page shows and posts.
import { z } from 'zod'
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { moneyOf, owedNow } from '../domain/payments/balance.ts'
import { FEE_DESK_INTENTS, type FeeDeskIntent } from '../domain/payments/desk-intents.ts'
import { text } from '../domain/text.ts'
import type { FieldErrors } from '../forms/validation.ts'
import { decideFeeCase, FeeCaseDecisionError, FEE_PROOF } from './fee-cases.server.ts'
import { moneyFacts, recordCashPayment } from './payments.server.ts'
import { recordCashRefund } from './refunds.server.ts'

const feeDeskSchema = z.object({
  intent: z.enum(FEE_DESK_INTENTS),
  version: z.coerce.number().int().min(0),
  reason: text().max(2000, { error: 'errors.reason.tooLong' }).optional(),
  refundId: z.string().max(40).optional(),
})

/** What the panel shows, for a member of the dossier's agency. */
export async function deskMoney(prisma: PrismaClient, dossierId: string, user: SessionUser) {
  const dossier = await prisma.dossier.findFirst({
    where: { id: dossierId, agencyId: user.agencyId ?? '' },
    include: {
      procedure: { select: { name: true, paymentTiming: true } },
      feeCase: { select: { name: true, reductionPercent: true, proof: true } },
      payments: { orderBy: { createdAt: 'desc' }, include: { refund: true, collectedBy: { select: { fullName: true } } } },
      documents: { where: { purpose: FEE_PROOF }, select: { id: true, file: { select: { fileName: true } } } },
    },
  })
  if (!dossier || (dossier.feeAmount <= 0 && dossier.payments.length === 0 && !dossier.feeCaseId)) return null
  const facts = moneyFacts(dossier)
  const clerk = user.role === 'CLERK'
  return {
    money: moneyOf(facts),
    owed: owedNow(facts),
    feeCase: dossier.feeCase ? { ...dossier.feeCase, status: dossier.feeCaseStatus } : null,
    proofs: dossier.documents.map((d) => ({ id: d.id, fileName: d.file.fileName })),
    mayDecide: clerk && dossier.status === 'SUBMITTED' && dossier.feeCaseStatus === 'CLAIMED',
    mayCollect: clerk && owedNow(facts) > 0,
    payments: dossier.payments
      .filter((p) => p.status === 'SUCCEEDED')
      .map((p) => ({
        id: p.id,
        amount: p.amount,
        cash: p.gateway === 'cash',
        applied: p.applied,
        at: p.paidAt ?? p.createdAt,
        collectedBy: p.collectedBy?.fullName ?? null,
        refund: p.refund ? { id: p.refund.id, status: p.refund.status, amount: p.refund.amount } : null,
      })),
    mayHandBack: clerk,
  }
}

export type FeeDeskResult = { ok: true; intent: FeeDeskIntent } | { ok: false; intent: string; errors: FieldErrors }

/** A post from the panel: the decision on the claim, cash taken, a cash refund handed back. */
export async function feeDeskAction(prisma: PrismaClient, dossierId: string, user: SessionUser, formData: FormData): Promise<FeeDeskResult> {
  const parsed = feeDeskSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { ok: false, intent: String(formData.get('intent')), errors: { form: 'errors.transition.wrongState' } }
  const { intent, version, reason, refundId } = parsed.data
  if (user.role !== 'CLERK') return { ok: false, intent, errors: { form: 'errors.transition.notAllowed' } }
  try {
    if (intent === 'acceptFeeCase' || intent === 'rejectFeeCase') await decideFeeCase(prisma, dossierId, user, { accept: intent === 'acceptFeeCase', reason, version })
    else if (intent === 'collectCash') {
      if (!(await recordCashPayment(prisma, dossierId, user))) return { ok: false, intent, errors: { form: 'exemption.errors.nothingOwed' } }
    } else if (!(await recordCashRefund(prisma, refundId ?? '', user))) return { ok: false, intent, errors: { form: 'errors.transition.wrongState' } }
  } catch (error) {
    if (!(error instanceof FeeCaseDecisionError)) throw error
    return { ok: false, intent, errors: error.refusal === 'reasonRequired' ? { reason: 'errors.transition.reasonRequired' } : { form: `errors.transition.${error.refusal}` } }
  }
  return { ok: true, intent }
}
