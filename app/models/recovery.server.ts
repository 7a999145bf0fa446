// "Quên mật khẩu": a code to the account's confirmed phone, and a link to its confirmed e-mail address, each used
// once, hashed at rest, alive 15 minutes. The page says the same whether or not an account exists; unconfirmed
// contacts get nothing (whoever typed them could have). A new password ends every session of the account.
import { randomBytes } from 'node:crypto'
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { hashPassword } from '../auth/password.server.ts'
import { passwordProblem } from '../auth/password-policy.server.ts'
import { endAllSessions } from '../auth/session.server.ts'
import { CODE_PURPOSES, codeErrorKey } from '../domain/identity/one-time-code.ts'
import { composeSms } from '../domain/messages/sms-text.ts'
import type { FieldErrors } from '../forms/validation.ts'
import { isLanguage } from '../i18n/config.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { flowCookie } from '../utils/flow-cookie.server.ts'
import { publicUrl } from '../utils/public-url.server.ts'
import { notify } from './notifications.server.ts'
import { issueCode, issueLinkToken, ownerOf, useCode, useLinkToken, type CodeCheck } from './one-time-codes.server.ts'
import { attempt } from './rate-limit.server.ts'
import { findByIdentifier } from './user.server.ts'

/** The browser keeps its recovery request (what the phone code is checked against) in this cookie, as long as the code lives. */
export const recoveryCookie = flowCookie('recovery', '/quen-mat-khau', CODE_PURPOSES.PASSWORD_RESET.minutes * 60)

/** Sends what the account's confirmed contacts allow; returns the request id for the code page either way. */
export async function startRecovery(prisma: PrismaClient, identifier: string): Promise<string> {
  const requestId = randomBytes(18).toString('base64url')
  const found = await findByIdentifier(prisma, identifier)
  if (!found?.active) return requestId
  const user = await prisma.user.findUniqueOrThrow({ where: { id: found.id }, select: { id: true, phone: true, phoneVerifiedAt: true, email: true, emailVerifiedAt: true, preferredLanguage: true } })
  // An account's contacts are not flooded, whoever asks: past the limit nothing more is sent this hour.
  if (!(await attempt(prisma, 'codeSendTarget', `recovery:${user.id}`)).allowed) return requestId
  const { t } = await serverI18n(isLanguage(user.preferredLanguage) ? user.preferredLanguage : 'vi')
  if (user.phone && user.phoneVerifiedAt) {
    const code = await issueCode(prisma, 'PASSWORD_RESET', requestId, { userId: user.id, sentTo: user.phone })
    const body = t('recovery.sms', { code, minutes: CODE_PURPOSES.PASSWORD_RESET.minutes })
    await notify(prisma, { userId: null, dossierId: null, portal: false, urgent: true, subject: t('recovery.subject'), body, sms: composeSms(() => body), phone: user.phone })
  }
  if (user.email && user.emailVerifiedAt) {
    const token = await issueLinkToken(prisma, 'PASSWORD_RESET_LINK', user.id, { userId: user.id, sentTo: user.email })
    const url = publicUrl(`/quen-mat-khau/${token}`)
    await notify(prisma, {
      userId: null,
      dossierId: null,
      portal: false,
      urgent: true,
      subject: t('recovery.subject'),
      body: t('recovery.emailBody', { url, minutes: CODE_PURPOSES.PASSWORD_RESET_LINK.minutes }),
      email: user.email,
    })
  }
  return requestId
}

async function setPassword(prisma: PrismaClient, userId: string, password: string) {
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password), mustChangePassword: false } })
  await prisma.oneTimeCode.deleteMany({ where: { userId, purpose: { in: ['PASSWORD_RESET', 'PASSWORD_RESET_LINK'] } } })
  await endAllSessions(userId)
}

type Reset = { ok: true } | { ok: false; errors: FieldErrors }

/** The new password is checked before the code is spent, so a refused password does not cost the code. */
async function reset(prisma: PrismaClient, password: string, owner: string | null, check: () => Promise<CodeCheck>, field: string): Promise<Reset> {
  const person = owner ? await prisma.user.findUnique({ where: { id: owner }, select: { nationalId: true, phone: true, email: true } }) : null
  const problem = await passwordProblem(password, person ?? {})
  if (problem) return { ok: false, errors: { password: problem } }
  const checked = await check()
  if (!checked.ok) return { ok: false, errors: { [field]: codeErrorKey(checked.reason) } }
  await setPassword(prisma, checked.row.userId!, password)
  return { ok: true }
}

/** The code from the phone and the new password, on the page of this browser's request. */
export async function resetWithCode(prisma: PrismaClient, requestId: string, code: string, password: string): Promise<Reset> {
  const owner = await ownerOf(prisma, 'PASSWORD_RESET', { subject: requestId })
  return reset(prisma, password, owner, () => useCode(prisma, 'PASSWORD_RESET', requestId, code), 'code')
}

/** The link from the e-mail and the new password. */
export async function resetWithLink(prisma: PrismaClient, token: string, password: string): Promise<Reset> {
  const owner = await ownerOf(prisma, 'PASSWORD_RESET_LINK', { token })
  return reset(prisma, password, owner, () => useLinkToken(prisma, 'PASSWORD_RESET_LINK', token), 'form')
}
