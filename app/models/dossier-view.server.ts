// What a citizen (or the public lookup) sees of a dossier: its state, dates and timeline.
import type { PrismaClient } from '../../prisma/generated/client.ts'

export function getOwnDossier(prisma: PrismaClient, dossierId: string, userId: string) {
  return prisma.dossier.findFirst({
    where: { id: dossierId, applicantId: userId, status: { not: 'DRAFT' } },
    include: {
      procedure: { select: { code: true, name: true } },
      agency: { select: { name: true } },
      supportPoint: { select: { name: true } },
      filedBy: { select: { fullName: true } },
      documents: { where: { purpose: { not: 'INTERNAL' } }, include: { file: { select: { fileName: true, size: true } }, requiredDocument: { select: { name: true } } }, orderBy: { createdAt: 'asc' } },
      // Internal notes are for staff only.
      events: { where: { action: { not: 'note' } }, orderBy: { at: 'asc' }, select: { id: true, at: true, action: true, toStatus: true, note: true, data: true, formCode: true } },
      rating: true,
    },
  })
}
export type OwnDossier = NonNullable<Awaited<ReturnType<typeof getOwnDossier>>>

/** Public lookup: the code plus the applicant's phone or CCCD, so a code alone reveals nothing. */
export async function lookUpDossier(prisma: PrismaClient, code: string, secret: string) {
  const dossier = await prisma.dossier.findUnique({
    where: { code },
    select: {
      code: true,
      status: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      returnedAt: true,
      applicantPhone: true,
      applicantNationalId: true,
      applicantId: true,
      procedure: { select: { name: true } },
      agency: { select: { name: true } },
      events: { where: { action: { not: 'note' } }, orderBy: { at: 'asc' }, select: { at: true, action: true, toStatus: true } },
    },
  })
  if (!dossier || (dossier.applicantPhone !== secret && dossier.applicantNationalId !== secret)) return null
  const { applicantPhone: _phone, applicantNationalId: _id, applicantId, ...visible } = dossier
  return { ...visible, claimed: applicantId !== null }
}

/** Items the clerk listed in the open supplement request. */
export function openSupplementItems(dossier: OwnDossier): string[] {
  if (dossier.status !== 'SUPPLEMENT_REQUESTED') return []
  const request = [...dossier.events].reverse().find((e) => e.action === 'requestSupplement')
  return ((request?.data as { items?: string[] } | null)?.items ?? []).filter(Boolean)
}
