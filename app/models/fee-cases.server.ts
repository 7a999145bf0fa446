// Exemptions and reductions of fees: the applicant claims one of the procedure's cases in the filing wizard and
// attaches the proof (a document of purpose FEE_PROOF); the clerk accepts or rejects the claim before receiving
// the dossier, and the amount due follows (frozen on the dossier). Nothing can be paid while the claim waits,
// and the dossier cannot be received (lifecycle: feeCaseUndecided).
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { amountAfterCase } from '../domain/payments/fee-cases.ts'
import { recordEvent } from './dossier-events.server.ts'
import { notifyApplicant } from './dossier-notifications.server.ts'
import type { Draft } from './dossier.server.ts'
import { dossierBytes, storeUpload } from './files.server.ts'

export const FEE_PROOF = 'FEE_PROOF'

/** The procedure's cases, in order. */
export function feeCasesOf(prisma: PrismaClient, procedureId: string) {
  return prisma.feeCase.findMany({ where: { procedureId }, orderBy: { position: 'asc' }, select: { id: true, name: true, proof: true, reductionPercent: true } })
}

/** The proof attached to a dossier's claim, if any. */
export function feeProofOf(prisma: PrismaClient, dossierId: string) {
  return prisma.dossierDocument.findFirst({ where: { dossierId, purpose: FEE_PROOF }, orderBy: { createdAt: 'desc' }, include: { file: { select: { fileName: true, size: true } } } })
}

export type ClaimResult = { ok: true } | { ok: false; error: string }

/**
 * The draft's claim as the documents step posts it: no case (the claim and its proof go), or one of the
 * procedure's cases with its proof (uploaded now, or kept from before).
 */
export async function claimFeeCase(prisma: PrismaClient, draft: Draft, ownerId: string, caseId: string | null, proof: { name: string; bytes: Uint8Array } | null): Promise<ClaimResult> {
  if (!caseId) {
    await prisma.$transaction([
      prisma.dossierDocument.deleteMany({ where: { dossierId: draft.id, purpose: FEE_PROOF } }),
      prisma.dossier.update({ where: { id: draft.id }, data: { feeCaseId: null, feeCaseStatus: null } }),
    ])
    return { ok: true }
  }
  const chosen = await prisma.feeCase.findFirst({ where: { id: caseId, procedureId: draft.procedureId }, select: { id: true } })
  if (!chosen) return { ok: false, error: 'exemption.errors.unknownCase' }
  await prisma.dossier.update({ where: { id: draft.id }, data: { feeCaseId: chosen.id, feeCaseStatus: 'CLAIMED' } })
  if (proof) {
    const stored = await storeUpload(prisma, ownerId, proof.bytes, proof.name, await dossierBytes(prisma, draft.id))
    if (!stored.ok) return stored
    await prisma.$transaction([
      prisma.dossierDocument.deleteMany({ where: { dossierId: draft.id, purpose: FEE_PROOF } }),
      prisma.dossierDocument.create({ data: { dossierId: draft.id, fileId: stored.fileId, purpose: FEE_PROOF } }),
    ])
    return { ok: true }
  }
  return (await feeProofOf(prisma, draft.id)) ? { ok: true } : { ok: false, error: 'exemption.errors.proofMissing' }
}

export class FeeCaseDecisionError extends Error {
  constructor(readonly refusal: 'notFound' | 'wrongState' | 'conflict' | 'reasonRequired') {
    super(refusal)
  }
}

/**
 * The clerk's decision on the claim, before receipt: accepted, the amount due becomes the case's; rejected (with a
 * reason the applicant reads), the full fee stays. One transaction with its timeline event, guarded by the version.
 */
export async function decideFeeCase(prisma: PrismaClient, dossierId: string, clerk: SessionUser, decision: { accept: boolean; reason?: string; version: number }) {
  const dossier = await prisma.dossier.findFirst({ where: { id: dossierId, agencyId: clerk.agencyId ?? '' }, include: { feeCase: true } })
  if (!dossier || clerk.role !== 'CLERK') throw new FeeCaseDecisionError('notFound')
  if (dossier.status !== 'SUBMITTED' || dossier.feeCaseStatus !== 'CLAIMED' || !dossier.feeCase) throw new FeeCaseDecisionError('wrongState')
  const reason = decision.reason?.trim()
  if (!decision.accept && !reason) throw new FeeCaseDecisionError('reasonRequired')
  const amount = decision.accept ? amountAfterCase(dossier.feeAmount, dossier.feeCase.reductionPercent) : dossier.feeAmount
  const now = new Date()
  await prisma.$transaction(async (tx) => {
    const won = await tx.dossier.updateMany({
      where: { id: dossierId, version: decision.version, feeCaseStatus: 'CLAIMED' },
      data: { feeCaseStatus: decision.accept ? 'ACCEPTED' : 'REJECTED', feeBeforeCase: dossier.feeAmount, feeAmount: amount, version: { increment: 1 } },
    })
    if (won.count === 0) throw new FeeCaseDecisionError('conflict')
    await recordEvent(tx, {
      dossierId,
      action: 'decideFeeCase',
      actorId: clerk.id,
      at: now,
      fromStatus: dossier.status,
      toStatus: dossier.status,
      note: reason || null,
      data: { feeCase: dossier.feeCase!.name, reductionPercent: dossier.feeCase!.reductionPercent, accepted: decision.accept, feeBefore: dossier.feeAmount, amount },
    })
  })
  await notifyApplicant(prisma, dossierId, 'decideFeeCase')
  return { amount }
}
