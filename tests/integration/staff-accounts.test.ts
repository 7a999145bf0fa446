// An admin's page for one staff account: role and agency, a temporary password changed at the next login, and
// locking (which ends the person's sessions). Agency admins manage only their agency; nobody manages themselves.
import { beforeAll, describe, expect, it } from 'vitest'
import { readSession } from '~/auth/session.server.ts'
import { authenticate } from '~/models/user.server.ts'
import * as staffPage from '~/routes/quan-tri.can-bo_.$id.tsx'
import * as staffList from '~/routes/quan-tri.can-bo.tsx'
import { DEMO_PASSWORD } from '../../prisma/seed/accounts.ts'
import { get, logIn, post } from '../support/routes.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const SYSTEM_ADMIN = 'admin@angiang.example'
const AGENCY_ADMIN = 'quantri.longxuyen@angiang.example'
const SPECIALIST = 'chuyenvien.longxuyen@angiang.example'
const OTHER_AGENCY = 'chuyenvien.sotuphap@angiang.example'
const SUPPORT = 'hotro.longxuyen@angiang.example'

const cookies: Record<string, string> = {}
beforeAll(async () => {
  for (const who of [SYSTEM_ADMIN, AGENCY_ADMIN, SPECIALIST]) cookies[who] = await logIn(database().prisma, who)
})

const idOf = async (email: string) => (await database().prisma.user.findUniqueOrThrow({ where: { email } })).id
const page = async (email: string, admin: string) => {
  const id = await idOf(email)
  return get(staffPage.loader as never, `/quan-tri/can-bo/${id}`, { cookie: cookies[admin], params: { id } })
}
const act = async (email: string, admin: string, form: Record<string, string>) => {
  const id = await idOf(email)
  return post(staffPage.action as never, `/quan-tri/can-bo/${id}`, form, { cookie: cookies[admin], params: { id } })
}
const stillSignedIn = async (who: string) => Boolean(await readSession(new Request('http://portal.test/', { headers: { Cookie: cookies[who]! } })))

describe('role and agency', () => {
  it('lets a system admin change a staff member’s role and agency; a clerk gets the agency’s desk', async () => {
    const { prisma } = database()
    const stp = (await prisma.user.findUniqueOrThrow({ where: { email: OTHER_AGENCY }, include: { agency: true } })).agency!
    expect(await act(SPECIALIST, SYSTEM_ADMIN, { intent: 'update', role: 'CLERK', agencyCode: stp.code })).toMatchObject({ status: 200, data: { ok: true, done: 'updated' } })
    const moved = await prisma.user.findUniqueOrThrow({ where: { email: SPECIALIST }, include: { desk: true } })
    expect(moved).toMatchObject({ role: 'CLERK', agencyId: stp.id })
    expect(moved.desk?.agencyId).toBe(stp.id)
  })

  it('keeps an agency admin to their own agency and staff roles, and off their own account', async () => {
    const { prisma } = database()
    const own = await prisma.user.findUniqueOrThrow({ where: { email: AGENCY_ADMIN } })
    expect((await page(OTHER_AGENCY, AGENCY_ADMIN)).status).toBe(404)
    expect((await act(OTHER_AGENCY, AGENCY_ADMIN, { intent: 'lock' })).status).toBe(404)
    expect((await page(AGENCY_ADMIN, AGENCY_ADMIN)).status).toBe(404)
    expect((await page(SUPPORT, SYSTEM_ADMIN)).status).toBe(200)
    expect(await act(SUPPORT, SYSTEM_ADMIN, { intent: 'update', role: 'CLERK' })).toMatchObject({ status: 400, data: { errors: { role: 'errors.admin.role' } } })
    const colleague = await prisma.user.create({ data: { role: 'SPECIALIST', fullName: 'Lý Văn Hậu', email: 'hau.ly@angiang.example', agencyId: own.agencyId } })
    expect(await act(colleague.email!, AGENCY_ADMIN, { intent: 'update', role: 'SYSTEM_ADMIN' })).toMatchObject({ status: 400, data: { errors: { role: 'errors.answer.option' } } })
    const stp = (await prisma.user.findUniqueOrThrow({ where: { email: OTHER_AGENCY }, include: { agency: true } })).agency!
    // The agency a form names is ignored for an agency admin: the person stays in the admin's agency.
    expect(await act(colleague.email!, AGENCY_ADMIN, { intent: 'update', role: 'APPROVER', agencyCode: stp.code })).toMatchObject({ status: 200 })
    expect(await prisma.user.findUniqueOrThrow({ where: { id: colleague.id } })).toMatchObject({ role: 'APPROVER', agencyId: own.agencyId })
  })
})

describe('temporary password', () => {
  it('is shown once, ends the person’s sessions, and must be changed at the next login', async () => {
    const { prisma } = database()
    cookies[SPECIALIST] = await logIn(prisma, SPECIALIST)
    const answer = await act(SPECIALIST, SYSTEM_ADMIN, { intent: 'resetPassword' })
    const temporary = (answer.data as { temporary: string }).temporary
    expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    expect(await stillSignedIn(SPECIALIST)).toBe(false)
    expect(await authenticate(prisma, SPECIALIST, DEMO_PASSWORD)).toEqual({ ok: false, reason: 'invalid' })
    expect(await authenticate(prisma, SPECIALIST, temporary)).toMatchObject({ ok: true, user: { mustChangePassword: true } })
    expect((await prisma.user.findUniqueOrThrow({ where: { email: SPECIALIST } })).passwordHash).not.toContain(temporary)
    expect(JSON.stringify((await page(SPECIALIST, SYSTEM_ADMIN)).data)).not.toContain(temporary)
  })

  it('is what a new staff account starts with', async () => {
    const form = { fullName: 'Kiều Thị Lan', email: 'lan.kieu@angiang.example', phone: '0916000111', role: 'SPECIALIST', agencyCode: '', password: 'tam-thoi-2026' }
    expect((await post(staffList.action as never, '/quan-tri/can-bo', form, { cookie: cookies[AGENCY_ADMIN] })).status).toBe(200)
    expect(await authenticate(database().prisma, 'lan.kieu@angiang.example', 'tam-thoi-2026')).toMatchObject({ ok: true, user: { mustChangePassword: true } })
  })
})

describe('lock', () => {
  it('locks the account: the person is signed out and told at login that it is locked; unlocking lets them back', async () => {
    const { prisma } = database()
    const id = await idOf(SPECIALIST)
    cookies[SPECIALIST] = (await prisma.user.update({ where: { id }, data: { mustChangePassword: false } }), await logIn(prisma, SPECIALIST))
    expect(await act(SPECIALIST, SYSTEM_ADMIN, { intent: 'lock' })).toMatchObject({ status: 302, location: `/quan-tri/can-bo/${id}?da-khoa=1` })
    expect(await stillSignedIn(SPECIALIST)).toBe(false)
    const temporary = ((await act(SPECIALIST, SYSTEM_ADMIN, { intent: 'resetPassword' })).data as { temporary: string }).temporary
    expect(await authenticate(prisma, SPECIALIST, temporary)).toEqual({ ok: false, reason: 'locked' })
    expect(await act(SPECIALIST, SYSTEM_ADMIN, { intent: 'unlock' })).toMatchObject({ status: 302 })
    expect(await authenticate(prisma, SPECIALIST, temporary)).toMatchObject({ ok: true })
  })
})
