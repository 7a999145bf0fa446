// Citizens' accounts and logging in.
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password.server.ts'
import { isUniqueViolation } from '../db/errors.ts'
import type { Registration } from '../domain/identity/schemas.ts'
import type { FieldErrors } from '../forms/validation.ts'
import type { PrismaClient } from '../../prisma/generated/client.ts'

export async function registerCitizen(
  prisma: PrismaClient,
  input: Registration,
): Promise<{ ok: true; userId: string } | { ok: false; errors: FieldErrors }> {
  const taken = await prisma.user.findFirst({
    where: { OR: [{ nationalId: input.nationalId }, { email: input.email }] },
    select: { nationalId: true, email: true },
  })
  const errors: FieldErrors = {}
  if (taken?.nationalId === input.nationalId) errors.nationalId = 'errors.nationalId.taken'
  if (taken?.email === input.email) errors.email = 'errors.email.taken'
  if (Object.keys(errors).length) return { ok: false, errors }
  try {
    const user = await prisma.user.create({
      data: {
        role: 'CITIZEN',
        fullName: input.fullName,
        nationalId: input.nationalId,
        phone: input.phone,
        email: input.email,
        passwordHash: await hashPassword(input.password),
      },
      select: { id: true },
    })
    return { ok: true, userId: user.id }
  } catch (error) {
    // Two registrations racing for the same CCCD: the database's unique index decides.
    if (isUniqueViolation(error)) return { ok: false, errors: { nationalId: 'errors.nationalId.taken' } }
    throw error
  }
}

/** CCCD (12 digits) or e-mail. Returns the user only for the right password on an active account. */
export async function authenticate(prisma: PrismaClient, identifier: string, password: string) {
  const where = /^\d{12}$/.test(identifier) ? { nationalId: identifier } : { email: identifier.toLowerCase() }
  const user = await prisma.user.findUnique({ where, select: { id: true, role: true, active: true, passwordHash: true } })
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
  return valid && user?.active ? user : null
}
