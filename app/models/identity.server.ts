// The account a national e-ID login lands in. The identity provider is trusted for the CCCD, the name, the date
// of birth and the sex (they replace what an account declared, and cannot be edited); its phone counts as
// confirmed only where the account has no confirmed phone. One CCCD, one account:
// - no account has the CCCD: a verified citizen account is made;
// - a verified account has it: that account, its name and date of birth refreshed from the provider;
// - a self-declared account has it: the CCCD's owner takes it over. Whoever typed the CCCD could have made it, so
//   its password, unconfirmed contact details and every session end; the owner sets a password again if they
//   want one. Its dossiers stay (they were filed under the owner's CCCD).
// A staff account is never signed into this way.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { endAllSessions } from '../auth/session.server.ts'
import type { VerifiedIdentity } from '../domain/identity/eid-claims.ts'
import { isUniqueViolation } from '../db/errors.ts'
import { linkVerifiedDossiers } from './dossier-claims.server.ts'

export type EidSignIn = { ok: true; userId: string; tookOver: boolean; linked: number } | { ok: false; problem: 'staff' | 'locked' | 'otherPerson' | 'taken' }

interface Verification {
  identity: VerifiedIdentity
  issuer: string
  subject: string
}

function verifiedFields({ identity, issuer, subject }: Verification) {
  return {
    nationalId: identity.nationalId,
    fullName: identity.fullName,
    dateOfBirth: identity.dateOfBirth ? new Date(`${identity.dateOfBirth}T00:00:00Z`) : null,
    sex: identity.sex,
    identityLevel: 'VERIFIED' as const,
    identityIssuer: issuer,
    identitySubject: subject,
    identityVerifiedAt: new Date(),
  }
}

/** The provider's phone, where the account has no confirmed one. */
const providerPhone = (identity: VerifiedIdentity, account?: { phoneVerifiedAt: Date | null }) =>
  identity.phone && !account?.phoneVerifiedAt ? { phone: identity.phone, phoneVerifiedAt: new Date() } : {}

async function finish(prisma: PrismaClient, userId: string, tookOver: boolean): Promise<EidSignIn> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, nationalId: true, identityLevel: true } })
  return { ok: true, userId, tookOver, linked: await linkVerifiedDossiers(prisma, user) }
}

/** Signs in (or links, for `linkUserId`) the person the e-ID vouched for. */
export async function signInVerified(prisma: PrismaClient, verification: Verification, linkUserId?: string | null): Promise<EidSignIn> {
  const { identity } = verification
  const holder = await prisma.user.findUnique({ where: { nationalId: identity.nationalId } })
  if (linkUserId) {
    // A signed-in citizen proving who they are: the e-ID must be theirs, and its CCCD no one else's.
    const account = await prisma.user.findUniqueOrThrow({ where: { id: linkUserId } })
    if (account.nationalId && account.nationalId !== identity.nationalId) return { ok: false, problem: 'otherPerson' }
    if (holder && holder.id !== account.id) return { ok: false, problem: 'taken' }
    await prisma.user.update({ where: { id: account.id }, data: { ...verifiedFields(verification), ...providerPhone(identity, account) } })
    return finish(prisma, account.id, false)
  }
  if (!holder) {
    try {
      const created = await prisma.user.create({
        data: { role: 'CITIZEN', ...verifiedFields(verification), ...providerPhone(identity), address: identity.address },
        select: { id: true },
      })
      return finish(prisma, created.id, false)
    } catch (error) {
      // The same person's two first logins at once: the second finds the account the first made.
      if (isUniqueViolation(error)) return signInVerified(prisma, verification)
      throw error
    }
  }
  if (holder.role !== 'CITIZEN') return { ok: false, problem: 'staff' }
  if (!holder.active) return { ok: false, problem: 'locked' }
  if (holder.identityLevel === 'VERIFIED') {
    await prisma.user.update({ where: { id: holder.id }, data: { ...verifiedFields(verification), ...providerPhone(identity, holder) } })
    return finish(prisma, holder.id, false)
  }
  await prisma.user.update({
    where: { id: holder.id },
    data: {
      ...verifiedFields(verification),
      passwordHash: null,
      mustChangePassword: false,
      // What the self-declared holder typed may be a stranger's: only what the e-ID vouches for stays.
      email: null,
      emailVerifiedAt: null,
      phoneVerifiedAt: null,
      address: identity.address ?? null,
      ...(identity.phone ? { phone: identity.phone, phoneVerifiedAt: new Date() } : {}),
    },
  })
  await prisma.oneTimeCode.deleteMany({ where: { userId: holder.id } })
  await endAllSessions(holder.id)
  return finish(prisma, holder.id, true)
}
