// Administration: holidays, the catalogue, staff accounts and agencies. Each change forgets the caches built from
// it: the catalogue's in every process (within a second, by its version), the working calendar's in this one.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { randomBytes } from 'node:crypto'
import { staffAccountScope } from '../auth/access.server.ts'
import { hashPassword } from '../auth/password.server.ts'
import { passwordProblem } from '../auth/password-policy.server.ts'
import { endAllSessions, type SessionUser } from '../auth/session.server.ts'
import { isUniqueViolation } from '../db/errors.ts'
import type { z } from 'zod'
import type { FieldErrors } from '../forms/validation.ts'
import type { agencyEditSchema, holidaySchema, procedureEditSchema, staffEditSchema, staffSchema } from '../domain/admin/schemas.ts'
import { foldVietnamese } from '../domain/catalogue/search-text.ts'
import { forgetWorkingCalendar } from './calendar.server.ts'
import { catalogueChanged } from './catalogue.server.ts'
import { queueDecidedAround } from '../statistics/fold.server.ts'

export async function addHoliday(prisma: PrismaClient, input: z.output<typeof holidaySchema>) {
  try {
    await prisma.holiday.create({ data: { date: new Date(`${input.date}T00:00:00Z`), name: input.name, kind: input.kind } })
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false as const, errors: { date: 'errors.admin.holidayExists' } }
    throw error
  }
  forgetWorkingCalendar()
  // Working days between receipt and decision change for the dossiers decided across that day.
  await queueDecidedAround(prisma, input.date)
  return { ok: true as const }
}

export async function removeHoliday(prisma: PrismaClient, id: string) {
  const holiday = await prisma.holiday.findUnique({ where: { id }, select: { date: true } })
  await prisma.holiday.deleteMany({ where: { id } })
  forgetWorkingCalendar()
  if (holiday) await queueDecidedAround(prisma, holiday.date.toISOString().slice(0, 10))
}

/** False when no procedure has that code (a stale or forged form). */
export async function updateProcedure(prisma: PrismaClient, code: string, input: z.output<typeof procedureEditSchema>) {
  const procedure = await prisma.procedure.findUnique({ where: { code }, select: { field: { select: { name: true } } } })
  if (!procedure) return false
  await prisma.procedure.update({
    where: { code },
    data: { ...input, conditions: input.conditions || null, searchText: foldVietnamese(`${code} ${input.name} ${procedure.field.name}`) },
  })
  await catalogueChanged(prisma)
  return true
}

/** False when no procedure has that code. */
export async function setPublished(prisma: PrismaClient, code: string, published: boolean) {
  const { count } = await prisma.procedure.updateMany({ where: { code }, data: { published } })
  await catalogueChanged(prisma)
  return count > 0
}

export async function createStaff(prisma: PrismaClient, admin: SessionUser, input: z.output<typeof staffSchema>): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const agency =
    admin.role === 'SYSTEM_ADMIN' && input.agencyCode
      ? await prisma.agency.findUnique({ where: { code: input.agencyCode }, include: { desks: { take: 1 } } })
      : await prisma.agency.findUnique({ where: { id: admin.agencyId ?? '' }, include: { desks: { take: 1 } } })
  if (!agency && input.role !== 'SUPPORT_STAFF') return { ok: false, errors: { agencyCode: 'errors.admin.agency' } }
  const problem = await passwordProblem(input.password, input)
  if (problem) return { ok: false, errors: { password: problem } }
  try {
    await prisma.user.create({
      data: {
        role: input.role,
        fullName: input.fullName,
        email: input.email,
        // The agency gives the work address; the password the admin typed is temporary (changed at first login).
        emailVerifiedAt: new Date(),
        phone: input.phone,
        passwordHash: await hashPassword(input.password),
        mustChangePassword: true,
        agencyId: agency?.id,
        deskId: input.role === 'CLERK' ? agency?.desks[0]?.id : undefined,
      },
    })
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, errors: { email: 'errors.email.taken' } }
    throw error
  }
  return { ok: true }
}

export async function setStaffActive(prisma: PrismaClient, admin: SessionUser, userId: string, active: boolean) {
  const changed = await prisma.user.updateMany({ where: { id: userId, ...staffAccountScope(admin), NOT: { id: admin.id } }, data: { active } })
  if (changed.count && !active) await endAllSessions(userId)
}

/** One staff account an admin may manage (never their own: they cannot lock themselves out). */
export function staffMember(prisma: PrismaClient, admin: SessionUser, userId: string) {
  return prisma.user.findFirst({
    where: { id: userId, ...staffAccountScope(admin), NOT: { id: admin.id } },
    select: {
      id: true,
      fullName: true,
      email: true,
      phone: true,
      role: true,
      active: true,
      mustChangePassword: true,
      agency: { select: { code: true, name: true } },
      supportPoint: { select: { name: true } },
    },
  })
}

/**
 * A new role and, for system admins, another agency (a clerk gets that agency's desk). Support-point staff stay
 * support-point staff: their workplace is a point, not an agency.
 */
export async function updateStaff(prisma: PrismaClient, admin: SessionUser, userId: string, input: z.output<typeof staffEditSchema>): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const member = await staffMember(prisma, admin, userId)
  if (!member || member.role === 'SUPPORT_STAFF' || input.role === 'SUPPORT_STAFF') return { ok: false, errors: { role: 'errors.admin.role' } }
  const agency =
    admin.role === 'SYSTEM_ADMIN' && input.agencyCode
      ? await prisma.agency.findUnique({ where: { code: input.agencyCode }, include: { desks: { take: 1 } } })
      : await prisma.agency.findFirst({ where: { code: member.agency?.code ?? '' }, include: { desks: { take: 1 } } })
  if (!agency) return { ok: false, errors: { agencyCode: 'errors.admin.agency' } }
  await prisma.user.update({ where: { id: userId }, data: { role: input.role, agencyId: agency.id, deskId: input.role === 'CLERK' ? (agency.desks[0]?.id ?? null) : null } })
  return { ok: true }
}

/** A temporary password, shown once to the admin to hand over: it must be changed at the next login. */
export async function resetStaffPassword(prisma: PrismaClient, admin: SessionUser, userId: string): Promise<string | null> {
  if (!(await staffMember(prisma, admin, userId))) return null
  const temporary = temporaryPassword()
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(temporary), mustChangePassword: true } })
  await endAllSessions(userId)
  return temporary
}

/** Twelve letters and digits without look-alikes (0/O, 1/l/I), easy to read out. */
function temporaryPassword() {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'
  const bytes = randomBytes(12)
  return Array.from(bytes, (b) => alphabet[b % alphabet.length])
    .join('')
    .replace(/(.{4})(?=.)/g, '$1-')
}

/** False when no agency has that code. */
export async function updateAgency(prisma: PrismaClient, code: string, input: z.output<typeof agencyEditSchema>) {
  const { count } = await prisma.agency.updateMany({ where: { code }, data: { name: input.name, address: input.address || null, phone: input.phone || null, email: input.email || null } })
  await catalogueChanged(prisma) // the catalogue's agency filter shows the name
  return count > 0
}
