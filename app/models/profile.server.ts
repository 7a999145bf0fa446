// A citizen's own account page: the address remembered for the next dossier, the phone confirmed by a code, the
// e-mail address by a link, the linked e-ID. What the e-ID vouched for (CCCD, name, date of birth) is not edited here.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { CODE_PURPOSES } from '../domain/identity/one-time-code.ts'
import { composeSms } from '../domain/messages/sms-text.ts'
import { isLanguage } from '../i18n/config.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { publicUrl } from '../utils/public-url.server.ts'
import { notify } from './notifications.server.ts'
import { hasLiveCode, issueCode, issueLinkToken, useCode, useLinkToken, type CodeCheck } from './one-time-codes.server.ts'
import { attempt, type Verdict } from './rate-limit.server.ts'

/** Messages go in the person's language. */
async function translatorOf(prisma: PrismaClient, userId: string) {
  const { preferredLanguage } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { preferredLanguage: true } })
  return (await serverI18n(isLanguage(preferredLanguage) ? preferredLanguage : 'vi')).t
}

export async function profileOf(prisma: PrismaClient, userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      fullName: true,
      nationalId: true,
      dateOfBirth: true,
      sex: true,
      address: true,
      phone: true,
      phoneVerifiedAt: true,
      email: true,
      emailVerifiedAt: true,
      identityLevel: true,
      identityVerifiedAt: true,
      passwordHash: true,
      preferredLanguage: true,
    },
  })
  const { passwordHash, ...rest } = user
  return { ...rest, hasPassword: Boolean(passwordHash), phoneCodeSentTo: await waitingAt(prisma, 'PHONE', userId), emailLinkSentTo: await waitingAt(prisma, 'EMAIL', userId) }
}

/** Where a code or link still waiting to be used was sent. */
async function waitingAt(prisma: PrismaClient, purpose: 'PHONE' | 'EMAIL', userId: string) {
  if (!(await hasLiveCode(prisma, purpose, userId))) return null
  return (await prisma.oneTimeCode.findUnique({ where: { purpose_subject: { purpose, subject: userId } }, select: { sentTo: true } }))?.sentTo ?? null
}

/** The address the wizard's applicant step offers next time. */
export async function saveAddress(prisma: PrismaClient, userId: string, address: string) {
  await prisma.user.update({ where: { id: userId }, data: { address: address || null } })
}

/** Keeps the address given in a first dossier, when the account has none yet. */
export async function rememberAddress(prisma: PrismaClient, userId: string, address: string) {
  await prisma.user.updateMany({ where: { id: userId, address: null }, data: { address } })
}

/** A code to the phone to confirm (the account's own, or a new one, which replaces it only once confirmed). */
export async function sendPhoneCode(prisma: PrismaClient, user: SessionUser, phone: string): Promise<Verdict> {
  const verdict = await attempt(prisma, 'codeSendTarget', phone)
  if (!verdict.allowed) return verdict
  const code = await issueCode(prisma, 'PHONE', user.id, { userId: user.id, sentTo: phone })
  const t = await translatorOf(prisma, user.id)
  const body = t('profile.phone.sms', { code, minutes: CODE_PURPOSES.PHONE.minutes })
  await notify(prisma, { userId: null, dossierId: null, portal: false, urgent: true, subject: t('profile.phone.smsSubject'), body, sms: composeSms(() => body), phone })
  return verdict
}

export async function confirmPhone(prisma: PrismaClient, user: SessionUser, code: string): Promise<CodeCheck> {
  const checked = await useCode(prisma, 'PHONE', user.id, code)
  if (checked.ok) await prisma.user.update({ where: { id: user.id }, data: { phone: checked.row.sentTo, phoneVerifiedAt: new Date() } })
  return checked
}

/**
 * A link to the address to confirm it. An address that is another account's gets a note instead of a link, and
 * the page says the same either way.
 */
export async function sendEmailLink(prisma: PrismaClient, user: SessionUser, email: string): Promise<Verdict> {
  const verdict = await attempt(prisma, 'codeSendTarget', email)
  if (!verdict.allowed) return verdict
  const t = await translatorOf(prisma, user.id)
  const owner = await prisma.user.findUnique({ where: { email }, select: { id: true } })
  if (owner && owner.id !== user.id) {
    await notify(prisma, { userId: null, dossierId: null, portal: false, urgent: true, subject: t('profile.email.takenSubject'), body: t('profile.email.takenBody'), email })
    return verdict
  }
  const token = await issueLinkToken(prisma, 'EMAIL', user.id, { userId: user.id, sentTo: email })
  const url = publicUrl(`/xac-nhan-email/${token}`)
  await notify(prisma, {
    userId: null,
    dossierId: null,
    portal: false,
    urgent: true,
    subject: t('profile.email.subject'),
    body: t('profile.email.body', { url, hours: CODE_PURPOSES.EMAIL.minutes / 60 }),
    email,
  })
  return verdict
}

/** The link followed (and confirmed with a button, so a mail scanner's visit does not use it). */
export async function confirmEmail(prisma: PrismaClient, token: string): Promise<CodeCheck> {
  const checked = await useLinkToken(prisma, 'EMAIL', token)
  if (!checked.ok) return checked
  const taken = await prisma.user.findUnique({ where: { email: checked.row.sentTo ?? '' }, select: { id: true } })
  if (taken && taken.id !== checked.row.userId) return { ok: false, reason: 'used' }
  await prisma.user.update({ where: { id: checked.row.userId! }, data: { email: checked.row.sentTo, emailVerifiedAt: new Date() } })
  return checked
}

export async function removeEmail(prisma: PrismaClient, userId: string) {
  await prisma.user.update({ where: { id: userId }, data: { email: null, emailVerifiedAt: null } })
}
