// The one place routes ask "who is this, and may they be here?".
import { redirect } from '@remix-run/node'
import { AREA_PATHS, mayEnter, type Area, type Role } from '../domain/auth/roles.ts'
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

export async function requireArea(request: Request, area: Area): Promise<SessionUser> {
  const user = await requireUser(request)
  if (!mayEnter(user.role, area)) {
    throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' })
  }
  return user
}

/** A narrower check inside an area, e.g. holiday and catalogue editing for system admins only. */
export async function requireRole(request: Request, roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser(request)
  if (!roles.includes(user.role)) throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' })
  return user
}

export { AREA_PATHS }
