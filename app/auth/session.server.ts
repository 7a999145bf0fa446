// All session code lives here (Lucia v3 with its Prisma adapter), so that moving to Lucia's
// "sessions as a guide" code is a change to this one file: see docs/decisions/003-sessions-lucia.md.
import { PrismaAdapter } from '@lucia-auth/adapter-prisma'
import { Cookie, Lucia, TimeSpan, type Session, type User } from 'lucia'
import { db } from '../db.server.ts'
import type { Role } from '../domain/auth/roles.ts'
import { cookieMaxAgeSeconds, newSessionTimes, renewal, SESSION_LIFETIMES } from '../domain/auth/session-lifetime.ts'

async function createLucia() {
  const prisma = await db()
  return new Lucia(new PrismaAdapter(prisma.session, prisma.user), {
    // Lucia slides the browser session's idle window; "stay signed in" and the absolute end are applied in readSession.
    sessionExpiresIn: new TimeSpan(SESSION_LIFETIMES.browser.idleMs / 60_000, 'm'),
    sessionCookie: {
      name: 'session',
      expires: false, // a browser-session cookie unless the person asks to stay signed in (startSession)
      // Secure cookies need HTTPS: on when the portal's public address is https (behind a TLS proxy).
      attributes: { secure: process.env.PUBLIC_URL?.startsWith('https:') ?? false, sameSite: 'lax' },
    },
    getUserAttributes: (attributes) => ({
      role: attributes.role,
      fullName: attributes.fullName,
      agencyId: attributes.agencyId,
      deskId: attributes.deskId,
      supportPointId: attributes.supportPointId,
      active: attributes.active,
      nationalId: attributes.nationalId,
      identityLevel: attributes.identityLevel,
      mustChangePassword: attributes.mustChangePassword,
    }),
    getSessionAttributes: (attributes) => ({ persistent: attributes.persistent, absoluteExpiresAt: attributes.absoluteExpiresAt }),
  })
}

let lucia: ReturnType<typeof createLucia> | undefined
const auth = () => (lucia ??= createLucia())

/** Forget the Lucia instance bound to a database (tests open one database per file). */
export function resetSessions() {
  lucia = undefined
}

declare module 'lucia' {
  interface Register {
    Lucia: Awaited<ReturnType<typeof createLucia>>
    DatabaseUserAttributes: {
      role: Role
      fullName: string
      agencyId: string | null
      deskId: string | null
      supportPointId: string | null
      active: boolean
      nationalId: string | null
      identityLevel: 'SELF_DECLARED' | 'VERIFIED'
      mustChangePassword: boolean
    }
    DatabaseSessionAttributes: { persistent: boolean; absoluteExpiresAt: Date }
  }
}

export type SessionUser = User
export interface CurrentSession {
  user: User
  session: Session
}

/**
 * Always a fresh session id at login (fixation-safe); any session the browser had is ended. The cookie ends with
 * the browser unless the person asked to stay signed in on this device.
 */
export async function startSession(userId: string, request: Request, { persistent = false } = {}): Promise<string> {
  const lucia = await auth()
  const previous = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (previous) await lucia.invalidateSession(previous)
  const times = newSessionTimes(persistent, new Date())
  const session = await lucia.createSession(userId, { persistent, absoluteExpiresAt: times.absoluteExpiresAt }, {})
  await (
    await db()
  ).session.update({
    where: { id: session.id },
    data: { expiresAt: times.expiresAt, userAgent: request.headers.get('User-Agent')?.slice(0, 300) ?? null },
  })
  const cookie = lucia.createSessionCookie(session.id)
  return new Cookie(cookie.name, cookie.value, { ...cookie.attributes, maxAge: cookieMaxAgeSeconds(persistent) }).serialize()
}

export async function readSession(request: Request): Promise<CurrentSession | null> {
  const lucia = await auth()
  const id = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (!id) return null
  const { session, user } = await lucia.validateSession(id)
  if (!session || !user.active) return null
  const verdict = renewal(session, new Date())
  if (verdict.ended) {
    await lucia.invalidateSession(session.id)
    return null
  }
  if (verdict.expiresAt) await (await db()).session.update({ where: { id: session.id }, data: { expiresAt: verdict.expiresAt } })
  return { session, user }
}

export async function endSession(request: Request): Promise<string> {
  const lucia = await auth()
  const id = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (id) await lucia.invalidateSession(id)
  return lucia.createBlankSessionCookie().serialize()
}

/** Log a person out everywhere (password change, account disabled by an admin, "sign out everywhere"). */
export async function endAllSessions(userId: string) {
  await (await auth()).invalidateUserSessions(userId)
}

/** A person's open sessions for their profile page: when and on what, never the ids (they are the cookies). */
export async function sessionsOf(userId: string, current: Session) {
  const rows = await (
    await db()
  ).session.findMany({
    where: { userId, expiresAt: { gt: new Date() }, absoluteExpiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, createdAt: true, userAgent: true, persistent: true },
  })
  return rows.map(({ id, ...row }) => ({ ...row, current: id === current.id }))
}

export async function deleteExpiredSessions() {
  await (await auth()).deleteExpiredSessions()
  await (await db()).session.deleteMany({ where: { absoluteExpiresAt: { lte: new Date() } } })
}
