// Support points: staff help people who come in, with their recorded consent, and file for them. Staff see
// only their own point's people and dossiers.
import type { z } from 'zod'
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { CODE_PURPOSES } from '../domain/identity/one-time-code.ts'
import type { personSchema } from '../domain/support/schemas.ts'
import { isUniqueViolation } from '../db/errors.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { resumeOrStartDraft } from './dossier.server.ts'
import { notify } from './notifications.server.ts'
import { hasLiveCode, issueCode, useCode, type CodeCheck } from './one-time-codes.server.ts'
import { attempt, type Verdict } from './rate-limit.server.ts'

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

/** Whether a consent code was sent and can still be typed. */
export const consentCodeWaiting = (prisma: PrismaClient, personId: string) => hasLiveCode(prisma, 'CONSENT', personId)

/**
 * Sends a six-digit code to the person's phone through the SMS channel; the person reads it back to staff.
 * Null when the person is not this point's; refused when that phone had codes enough this hour.
 */
export async function sendConsentCode(prisma: PrismaClient, staff: SessionUser, personId: string): Promise<Verdict | null> {
  const person = await getPerson(prisma, staff, personId)
  if (!person) return null
  const verdict = await attempt(prisma, 'codeSendTarget', person.phone)
  if (!verdict.allowed) return verdict
  const code = await issueCode(prisma, 'CONSENT', person.id, { sentTo: person.phone })
  const { t } = await serverI18n('vi')
  const minutes = CODE_PURPOSES.CONSENT.minutes
  await notify(prisma, {
    userId: null,
    dossierId: null,
    subject: t('supportPoint.consent.smsSubject'),
    body: t('supportPoint.consent.smsBody', { code, minutes }),
    phone: person.phone,
    portal: false,
    urgent: true,
  })
  return verdict
}

/** The code the person read back: five wrong tries or ten minutes and it is dead (a new one must be sent). */
export async function confirmConsentCode(prisma: PrismaClient, staff: SessionUser, personId: string, code: string): Promise<CodeCheck | null> {
  const person = await getPerson(prisma, staff, personId)
  if (!person) return null
  const checked = await useCode(prisma, 'CONSENT', person.id, code)
  if (checked.ok) await prisma.assistedPerson.update({ where: { id: person.id }, data: { consentMethod: 'SMS_CODE', consentAt: new Date() } })
  return checked
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
  return resumeOrStartDraft(prisma, procedureCode, { channel: 'SUPPORT_POINT', supportPointId: person.supportPointId, assistedPersonId: person.id, filedById: staff.id }, staff.id)
}

/** Dossiers per support point, for the statistics' channel cut. */
export async function dossiersBySupportPoint(prisma: PrismaClient) {
  const [points, counts] = await Promise.all([
    prisma.supportPoint.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    prisma.dossier.groupBy({ by: ['supportPointId'], where: { channel: 'SUPPORT_POINT', status: { not: 'DRAFT' } }, _count: { _all: true } }),
  ])
  return points.map((p) => ({ name: p.name, count: counts.find((c) => c.supportPointId === p.id)?._count._all ?? 0 }))
}
