// Authorisation in one module: who the person is and whether they may be here (the guards routes call), and
// which dossiers and accounts they may see and act on (the database filters models use). Roles and areas are
// in domain/auth/roles.ts; the route matrix (e2e/route-matrix.ts) asks every route as every role.
import { redirect } from '@remix-run/node'
import type { Prisma } from '../../prisma/generated/client.ts'
import { AREA_PATHS, FILER_ROLES, mayEnter, type Area, type Role } from '../domain/auth/roles.ts'
import { readSession, type SessionUser } from './session.server.ts'

export async function optionalUser(request: Request): Promise<SessionUser | null> {
  return (await readSession(request))?.user ?? null
}

function loginRedirect(request: Request) {
  const url = new URL(request.url)
  const back = url.pathname + url.search
  return redirect(`/dang-nhap?redirectTo=${encodeURIComponent(back)}`)
}

/** Where a temporary password set by an admin is replaced before anything else. */
export const CHANGE_PASSWORD_PATH = '/doi-mat-khau'

/** Anonymous visitors go to the login page and come back; a wrong role gets 403. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await optionalUser(request)
  if (!user) throw loginRedirect(request)
  if (user.mustChangePassword) {
    const url = new URL(request.url)
    throw redirect(`${CHANGE_PASSWORD_PATH}?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
  }
  return user
}

const forbidden = () => new Response('Forbidden', { status: 403, statusText: 'Forbidden' })

/** The area's roles; support-point staff also need the point they work at (models rely on it). */
export async function requireArea(request: Request, area: Area): Promise<SessionUser> {
  const user = await requireUser(request)
  if (!mayEnter(user.role, area)) throw forbidden()
  if (area === 'supportPoint' && !user.supportPointId) throw forbidden()
  return user
}

/** A narrower check inside an area, e.g. holiday and catalogue editing for system admins only. */
export async function requireRole(request: Request, roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser(request)
  if (!roles.includes(user.role)) throw forbidden()
  return user
}

/** Someone who files dossiers: a citizen for themselves, support-point staff for the people they help. */
export const requireFiler = (request: Request) => requireRole(request, FILER_ROLES)

export { AREA_PATHS }

// ── Whose dossiers and accounts ──

/**
 * A filer's dossiers: a citizen their own; support-point staff those their point filed for the people it helped
 * (never another point's). Anyone else none.
 */
export function filerScope(user: SessionUser): Prisma.DossierWhereInput {
  if (user.role === 'CITIZEN') return { applicantId: user.id }
  if (user.role === 'SUPPORT_STAFF' && user.supportPointId) return { supportPointId: user.supportPointId, assistedPersonId: { not: null } }
  return { id: '' }
}

/** Staff see the filed dossiers of their own agency only. */
export function staffScope(user: SessionUser): Prisma.DossierWhereInput {
  return { agencyId: user.agencyId ?? '', status: { not: 'DRAFT' } }
}

/** Whether the person acts as the dossier's applicant (its owner, or the support point that filed it). */
export function isFiler(user: SessionUser, dossier: { applicantId: string | null; supportPointId: string | null; assistedPersonId: string | null }): boolean {
  if (user.role === 'CITIZEN') return dossier.applicantId === user.id
  return user.role === 'SUPPORT_STAFF' && dossier.assistedPersonId !== null && dossier.supportPointId === user.supportPointId
}

/** Agency admins manage their own agency's staff accounts; system admins any agency's. */
export function staffAccountScope(admin: SessionUser): Prisma.UserWhereInput {
  return admin.role === 'SYSTEM_ADMIN' ? { role: { not: 'CITIZEN' } } : { agencyId: admin.agencyId ?? '', role: { not: 'CITIZEN' } }
}
