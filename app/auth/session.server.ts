// All session code lives here (Lucia v3 with its Prisma adapter), so that moving to Lucia's
// "sessions as a guide" code is a change to this one file: see docs/decisions/003-sessions-lucia.md.
import { PrismaAdapter } from '@lucia-auth/adapter-prisma'
import { Lucia, TimeSpan, type Session, type User } from 'lucia'
import { db } from '../db.server.ts'
import type { Role } from '../domain/auth/roles.ts'

async function createLucia() {
  const prisma = await db()
  return new Lucia(new PrismaAdapter(prisma.session, prisma.user), {
    sessionExpiresIn: new TimeSpan(8, 'h'),
    sessionCookie: {
      name: 'session',
      expires: false, // a browser-session cookie; the server-side row still expires after 8 hours
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
    }),
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
    }
  }
}

export type SessionUser = User
export interface CurrentSession {
  user: User
  session: Session
}

/** Always a fresh session id at login (fixation-safe); any session the browser had is ended. */
export async function startSession(userId: string, request: Request): Promise<string> {
  const lucia = await auth()
  const previous = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (previous) await lucia.invalidateSession(previous)
  const session = await lucia.createSession(userId, {}, {})
  await (await db()).session.update({
    where: { id: session.id },
    data: { userAgent: request.headers.get('User-Agent')?.slice(0, 300) ?? null },
  })
  return lucia.createSessionCookie(session.id).serialize()
}

export async function readSession(request: Request): Promise<CurrentSession | null> {
  const lucia = await auth()
  const id = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (!id) return null
  const { session, user } = await lucia.validateSession(id)
  if (!session || !user.active) return null
  // The cookie carries no expiry (it ends with the browser); Lucia extends the row's expiry by itself.
  return { session, user }
}

export async function endSession(request: Request): Promise<string> {
  const lucia = await auth()
  const id = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (id) await lucia.invalidateSession(id)
  return lucia.createBlankSessionCookie().serialize()
}

/** Log a person out everywhere (password change, account disabled by an admin). */
export async function endAllSessions(userId: string) {
  await (await auth()).invalidateUserSessions(userId)
}

export async function deleteExpiredSessions() {
  await (await auth()).deleteExpiredSessions()
}
