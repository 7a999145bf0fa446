// Support points: staff help people who come in, with their recorded consent, and file for them. Staff see
// only their own point's people and dossiers.
import { createHash, randomInt } from 'node:crypto'
import type { z } from 'zod'
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { CONSENT_CODE_MINUTES, type personSchema } from '../domain/support/schemas.ts'
import { isUniqueViolation } from '../db/errors.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { resumeOrStartDraft } from './dossier.server.ts'
import { notify } from './notifications.server.ts'
import { recordEvent } from './dossier-events.server.ts'

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex')

/** The staff member's point; the support-point area lets in only staff who have one (auth/access.server.ts). */
function pointOf(staff: SessionUser) {
  if (staff.role !== 'SUPPORT_STAFF' || !staff.supportPointId) throw new Error('Support-point work by someone without a support point')
  return staff.supportPointId
}

export function findPerson(prisma: PrismaClient, staff: SessionUser, nationalId: string) {
  return prisma.assistedPerson.findUnique({ where: { supportPointId_nationalId: { supportPointId: pointOf(staff), nationalId } } })
}

export function getPerson(prisma: PrismaClient, staff: SessionUser, personId: string) {
  return prisma.assistedPerson.findFirst({
    where: { id: personId, supportPointId: pointOf(staff) },
    include: { dossiers: { orderBy: { createdAt: 'desc' }, select: { id: true, code: true, status: true, dueAt: true, procedure: { select: { name: true } } } } },
  })
}

export async function registerPerson(prisma: PrismaClient, staff: SessionUser, input: z.output<typeof personSchema>) {
  try {
    return await prisma.assistedPerson.create({
      data: { ...input, dateOfBirth: new Date(`${input.dateOfBirth}T00:00:00Z`), supportPointId: pointOf(staff), createdById: staff.id },
    })
  } catch (error) {
    if (isUniqueViolation(error)) return findPerson(prisma, staff, input.nationalId)
    throw error
  }
}

/** Sends a six-digit code to the person's phone through the SMS channel; the person reads it back to staff. */
export async function sendConsentCode(prisma: PrismaClient, staff: SessionUser, personId: string) {
  const person = await getPerson(prisma, staff, personId)
  if (!person) return false
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  await prisma.assistedPerson.update({
    where: { id: person.id },
    data: { consentCodeHash: hashCode(code), consentCodeExpiresAt: new Date(Date.now() + CONSENT_CODE_MINUTES * 60_000) },
  })
  const { t } = await serverI18n('vi')
  await notify(prisma, { userId: null, dossierId: null, subject: t('supportPoint.consent.smsSubject'), body: t('supportPoint.consent.smsBody', { code, minutes: CONSENT_CODE_MINUTES }), phone: person.phone, portal: false, urgent: true })
  return true
}

export async function confirmConsentCode(prisma: PrismaClient, staff: SessionUser, personId: string, code: string) {
  const person = await getPerson(prisma, staff, personId)
  const valid = person?.consentCodeHash === hashCode(code) && (person.consentCodeExpiresAt?.getTime() ?? 0) > Date.now()
  if (!valid) return false
  await prisma.assistedPerson.update({
    where: { id: personId },
    data: { consentMethod: 'SMS_CODE', consentAt: new Date(), consentCodeHash: null, consentCodeExpiresAt: null },
  })
  return true
}

export async function recordPaperConsent(prisma: PrismaClient, staff: SessionUser, personId: string, fileId: string) {
  const changed = await prisma.assistedPerson.updateMany({
    where: { id: personId, supportPointId: pointOf(staff) },
    data: { consentMethod: 'PAPER', consentAt: new Date(), consentFileId: fileId },
  })
  return changed.count === 1
}

export function peopleHelped(prisma: PrismaClient, staff: SessionUser) {
  return prisma.assistedPerson.findMany({
    where: { supportPointId: pointOf(staff) },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, fullName: true, nationalId: true, consentAt: true, dossiers: { select: { code: true, status: true } } },
  })
}

/** A draft filed by the support point for a person who consented; resumes an existing one. */
export async function startAssistedDraft(prisma: PrismaClient, staff: SessionUser, personId: string, procedureCode: string) {
  const person = await getPerson(prisma, staff, personId)
  if (!person?.consentAt) return null
  return resumeOrStartDraft(
    prisma,
    procedureCode,
    { channel: 'SUPPORT_POINT', supportPointId: person.supportPointId, assistedPersonId: person.id, filedById: staff.id },
    staff.id,
  )
}

/** A citizen takes a dossier filed for them into their account: their CCCD and phone must match it. */
export async function claimDossier(prisma: PrismaClient, citizen: SessionUser, code: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: citizen.id }, select: { nationalId: true, phone: true } })
  // The claim and its timeline event commit together, like every other change of a dossier.
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.dossier.updateMany({
      where: { code, applicantId: null, applicantNationalId: user.nationalId ?? '', applicantPhone: user.phone ?? '' },
      data: { applicantId: citizen.id },
    })
    if (claimed.count === 0) return null
    const dossier = await tx.dossier.findUniqueOrThrow({ where: { code }, select: { id: true } })
    await recordEvent(tx, { dossierId: dossier.id, action: 'claim', actorId: citizen.id })
    return dossier
  })
}

/** Dossiers per support point, for the statistics' channel cut. */
export async function dossiersBySupportPoint(prisma: PrismaClient) {
  const [points, counts] = await Promise.all([
    prisma.supportPoint.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    prisma.dossier.groupBy({ by: ['supportPointId'], where: { channel: 'SUPPORT_POINT', status: { not: 'DRAFT' } }, _count: { _all: true } }),
  ])
  return points.map((p) => ({ name: p.name, count: counts.find((c) => c.supportPointId === p.id)?._count._all ?? 0 }))
}
