// Dossiers filed for someone else, at a counter or through a support point, reach a person's account in two ways
// only (DESIGN.md §2): the account is e-ID-verified with the dossier's CCCD, and they are linked by themselves;
// or the person types a code sent to the phone recorded on the dossier. Typing someone's CCCD at registration
// shows nothing of their dossiers: a self-declared account is offered only the date, the channel and the masked
// phone the code would go to.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { CODE_PURPOSES, maskPhone } from '../domain/identity/one-time-code.ts'
import { composeSms } from '../domain/messages/sms-text.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { recordEvent } from './dossier-events.server.ts'
import { notify } from './notifications.server.ts'
import { hasLiveCode, issueCode, useCode, type CodeCheck } from './one-time-codes.server.ts'
import { attempt, type Verdict } from './rate-limit.server.ts'

type Claimant = Pick<SessionUser, 'id' | 'nationalId' | 'identityLevel'>

/** Filed for this CCCD by someone else, and in nobody's account yet. */
const filedFor = (nationalId: string) => ({
  applicantId: null,
  applicantNationalId: nationalId,
  channel: { in: ['COUNTER' as const, 'SUPPORT_POINT' as const] },
  status: { not: 'DRAFT' as const },
})

const codeSubject = (dossierId: string, userId: string) => `${dossierId}:${userId}`

/** Links one dossier to the account with its timeline event, in one transaction; false if someone was first. */
async function link(prisma: PrismaClient, dossierId: string, user: Claimant, by: 'eid' | 'phoneCode') {
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.dossier.updateMany({ where: { id: dossierId, ...filedFor(user.nationalId ?? '') }, data: { applicantId: user.id } })
    if (claimed.count === 0) return false
    await recordEvent(tx, { dossierId, action: 'claim', actorId: user.id, data: { claimedBy: by } })
    return true
  })
}

/** A verified account takes every dossier filed for its CCCD. Returns how many it took. */
export async function linkVerifiedDossiers(prisma: PrismaClient, user: Claimant): Promise<number> {
  if (user.identityLevel !== 'VERIFIED' || !user.nationalId) return 0
  const waiting = await prisma.dossier.findMany({ where: filedFor(user.nationalId), select: { id: true } })
  let linked = 0
  for (const { id } of waiting) if (await link(prisma, id, user, 'eid')) linked++
  return linked
}

/** What a self-declared account is offered: when and how each dossier was filed, and where a code would go. */
export async function claimOffers(prisma: PrismaClient, user: Claimant) {
  if (!user.nationalId || user.identityLevel === 'VERIFIED') return []
  const dossiers = await prisma.dossier.findMany({
    where: filedFor(user.nationalId),
    orderBy: { submittedAt: 'desc' },
    take: 20,
    select: { id: true, channel: true, submittedAt: true, applicantPhone: true },
  })
  return Promise.all(
    dossiers.map(async (d) => ({
      id: d.id,
      channel: d.channel,
      submittedAt: d.submittedAt,
      phone: d.applicantPhone ? maskPhone(d.applicantPhone) : null,
      codeSent: await hasLiveCode(prisma, 'DOSSIER_CLAIM', codeSubject(d.id, user.id)),
    })),
  )
}

/** Sends a code to the phone on the dossier. Null when the dossier is not one this account may claim. */
export async function sendClaimCode(prisma: PrismaClient, user: Claimant, dossierId: string): Promise<Verdict | null> {
  const dossier = await prisma.dossier.findFirst({ where: { id: dossierId, ...filedFor(user.nationalId ?? '') }, select: { id: true, applicantPhone: true } })
  if (!dossier?.applicantPhone || user.identityLevel === 'VERIFIED') return null
  for (const [limit, subject] of [
    ['claimAccount', user.id],
    ['codeSendTarget', dossier.applicantPhone],
  ] as const) {
    const verdict = await attempt(prisma, limit, subject)
    if (!verdict.allowed) return verdict
  }
  const code = await issueCode(prisma, 'DOSSIER_CLAIM', codeSubject(dossier.id, user.id), { userId: user.id, sentTo: dossier.applicantPhone })
  const { t } = await serverI18n('vi')
  const minutes = CODE_PURPOSES.DOSSIER_CLAIM.minutes
  await notify(prisma, {
    userId: null,
    dossierId: null,
    portal: false,
    urgent: true,
    subject: t('identity.claim.smsSubject'),
    body: t('identity.claim.smsBody', { code, minutes }),
    sms: composeSms(() => t('identity.claim.smsBody', { code, minutes })),
    phone: dossier.applicantPhone,
  })
  return { allowed: true }
}

/** The code typed back: the dossier joins the account, or the try is spent. Null when not this account's to claim. */
export async function confirmClaim(prisma: PrismaClient, user: Claimant, dossierId: string, code: string): Promise<CodeCheck | null> {
  const dossier = await prisma.dossier.findFirst({ where: { id: dossierId, ...filedFor(user.nationalId ?? '') }, select: { id: true } })
  if (!dossier) return null
  const checked = await useCode(prisma, 'DOSSIER_CLAIM', codeSubject(dossier.id, user.id), code)
  if (checked.ok && !(await link(prisma, dossier.id, user, 'phoneCode'))) return { ok: false, reason: 'used' }
  return checked
}
