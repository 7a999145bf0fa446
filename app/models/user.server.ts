// Citizens' accounts: registering (confirmed by a code sent to the phone), logging in, changing the password.
import { randomBytes } from 'node:crypto'
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password.server.ts'
import { passwordProblem } from '../auth/password-policy.server.ts'
import { endAllSessions } from '../auth/session.server.ts'
import { CODE_PURPOSES, codeErrorKey } from '../domain/identity/one-time-code.ts'
import { composeSms } from '../domain/messages/sms-text.ts'
import { isLanguage } from '../i18n/config.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { publicUrl } from '../utils/public-url.server.ts'
import { notify } from './notifications.server.ts'
import { issueCode, useCode } from './one-time-codes.server.ts'
import { isUniqueViolation } from '../db/errors.ts'
import type { Role } from '../domain/auth/roles.ts'
import type { Registration } from '../domain/identity/schemas.ts'
import { flowCookie } from '../utils/flow-cookie.server.ts'
import type { FieldErrors } from '../forms/validation.ts'
import type { PrismaClient } from '../../prisma/generated/client.ts'

/** The browser keeps the registration waiting for its phone code in this cookie (10 minutes, like the code). */
export const registrationCookie = flowCookie('registration', '/dang-ky', 600)

interface PendingRegistration {
  fullName: string
  nationalId: string
  phone: string
  email: string | null
  passwordHash: string
}

/**
 * Step one of registering: a code goes to the phone typed, and the details wait for it (10 minutes). When the CCCD
 * or the e-mail already has an account, the answer looks the same, but no account can come of it: the account's
 * owner is told instead (the one who typed learns nothing from the page).
 */
export async function startRegistration(prisma: PrismaClient, input: Registration): Promise<{ ok: true; pendingId: string } | { ok: false; errors: FieldErrors }> {
  const problem = await passwordProblem(input.password, input)
  if (problem) return { ok: false, errors: { password: problem } }
  const email = input.email || null
  const owner = await prisma.user.findFirst({
    where: { OR: [{ nationalId: input.nationalId }, ...(email ? [{ email }] : [])] },
    select: { id: true, phone: true, email: true, preferredLanguage: true },
  })
  const pendingId = randomBytes(18).toString('base64url')
  const pending: PendingRegistration = { fullName: input.fullName, nationalId: input.nationalId, phone: input.phone, email, passwordHash: await hashPassword(input.password) }
  const code = await issueCode(prisma, 'REGISTRATION', pendingId, { sentTo: input.phone, payload: owner ? { taken: true } : { ...pending } })
  const { t } = await serverI18n(isLanguage(owner?.preferredLanguage) ? owner.preferredLanguage : 'vi')
  const minutes = CODE_PURPOSES.REGISTRATION.minutes
  if (owner) {
    await notify(prisma, {
      userId: owner.id,
      dossierId: null,
      urgent: true,
      subject: t('register.taken.subject'),
      body: t('register.taken.body', { url: publicUrl('/quen-mat-khau') }),
      sms: composeSms(() => t('register.taken.sms', { url: publicUrl('/quen-mat-khau') })),
      phone: owner.phone,
      email: owner.email,
    })
  } else {
    const body = t('register.code.sms', { code, minutes })
    await notify(prisma, { userId: null, dossierId: null, portal: false, urgent: true, subject: t('register.code.subject'), body, sms: composeSms(() => body), phone: input.phone })
  }
  return { ok: true, pendingId }
}

/** Where the code of a waiting registration was sent (masked on the page); null when there is none. */
export async function pendingRegistration(prisma: PrismaClient, pendingId: string) {
  const row = await prisma.oneTimeCode.findUnique({ where: { purpose_subject: { purpose: 'REGISTRATION', subject: pendingId } }, select: { sentTo: true, usedAt: true } })
  return row && !row.usedAt ? { phone: row.sentTo ?? '' } : null
}

/** Step two: the right code makes the account, its phone confirmed. */
export async function completeRegistration(prisma: PrismaClient, pendingId: string, code: string): Promise<{ ok: true; userId: string } | { ok: false; errors: FieldErrors }> {
  const checked = await useCode(prisma, 'REGISTRATION', pendingId, code)
  if (!checked.ok) return { ok: false, errors: { code: codeErrorKey(checked.reason) } }
  const pending = checked.row.payload as unknown as PendingRegistration | { taken: true }
  if ('taken' in pending) return { ok: false, errors: { code: 'errors.code.wrong' } }
  try {
    const user = await prisma.user.create({
      data: { role: 'CITIZEN', ...pending, phoneVerifiedAt: new Date() },
      select: { id: true },
    })
    return { ok: true, userId: user.id }
  } catch (error) {
    // Someone registered the same CCCD or e-mail in the meantime.
    if (isUniqueViolation(error)) return { ok: false, errors: { code: 'register.taken.late' } }
    throw error
  }
}

/** The account an identifier names: CCCD (12 digits) or e-mail, whichever was typed. */
export function findByIdentifier(prisma: PrismaClient, identifier: string) {
  const where = /^\d{12}$/.test(identifier) ? { nationalId: identifier } : { email: identifier.toLowerCase() }
  return prisma.user.findUnique({ where, select: { id: true, role: true, active: true, passwordHash: true, mustChangePassword: true } })
}

export type Authentication = { ok: true; user: { id: string; role: Role; mustChangePassword: boolean } } | { ok: false; reason: 'invalid' | 'locked' }

/**
 * The right password on an account, or why not. A locked account is told so only after the right password, so
 * the message gives nothing away; an unknown account costs the same time as a known one.
 */
export async function authenticate(prisma: PrismaClient, identifier: string, password: string): Promise<Authentication> {
  const user = await findByIdentifier(prisma, identifier)
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
  if (!valid || !user) return { ok: false, reason: 'invalid' }
  return user.active ? { ok: true, user } : { ok: false, reason: 'locked' }
}

/**
 * A new password (the current one checked when there is one): the temporary flag goes, and every session ends
 * (the caller starts a fresh one for this browser).
 */
export async function changePassword(prisma: PrismaClient, userId: string, current: string | undefined, next: string): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, nationalId: true, phone: true, email: true } })
  if (user.passwordHash && !(await verifyPassword(current ?? '', user.passwordHash))) return { ok: false, errors: { currentPassword: 'errors.password.wrongCurrent' } }
  const problem = await passwordProblem(next, user)
  if (problem) return { ok: false, errors: { password: problem } }
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(next), mustChangePassword: false } })
  await endAllSessions(userId)
  return { ok: true }
}
