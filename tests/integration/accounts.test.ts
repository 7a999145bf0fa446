import { beforeAll, describe, expect, it } from 'vitest'
import { endSession, readSession, startSession } from '~/auth/session.server.ts'
import { authenticate, registerCitizen } from '~/models/user.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase()

const citizen = {
  fullName: 'Lâm Thị Hạnh',
  nationalId: '089195001234',
  phone: '0901234567',
  email: 'hanh.lam@example.com',
  password: 'mat-khau-an-toan',
  confirmPassword: 'mat-khau-an-toan',
}

function requestWith(cookie?: string) {
  return new Request('http://localhost/', { headers: cookie ? { Cookie: cookie } : {} })
}
const cookiePair = (setCookie: string) => setCookie.split(';')[0]!

describe('citizen accounts', () => {
  it('registers a citizen with a hashed password', async () => {
    const result = await registerCitizen(database().prisma, citizen)
    expect(result.ok).toBe(true)
    const user = await database().prisma.user.findUniqueOrThrow({ where: { nationalId: citizen.nationalId } })
    expect(user.role).toBe('CITIZEN')
    expect(user.passwordHash).toMatch(/^scrypt\$/)
    expect(user.passwordHash).not.toContain(citizen.password)
  })

  it('refuses a second account for the same CCCD or e-mail, at the field', async () => {
    const again = await registerCitizen(database().prisma, { ...citizen, email: 'other@example.com' })
    expect(again).toEqual({ ok: false, errors: { nationalId: 'errors.nationalId.taken' } })
    const sameEmail = await registerCitizen(database().prisma, { ...citizen, nationalId: '089195009999' })
    expect(sameEmail).toEqual({ ok: false, errors: { email: 'errors.email.taken' } })
  })

  it('logs in by CCCD or e-mail, never with a wrong password or a disabled account', async () => {
    const { prisma } = database()
    expect(await authenticate(prisma, citizen.nationalId, citizen.password)).toMatchObject({ role: 'CITIZEN' })
    expect(await authenticate(prisma, 'HANH.LAM@example.com', citizen.password)).not.toBeNull()
    expect(await authenticate(prisma, citizen.nationalId, 'wrong-password')).toBeNull()
    expect(await authenticate(prisma, '089195000000', citizen.password)).toBeNull()
    await prisma.user.update({ where: { nationalId: citizen.nationalId }, data: { active: false } })
    expect(await authenticate(prisma, citizen.nationalId, citizen.password)).toBeNull()
    await prisma.user.update({ where: { nationalId: citizen.nationalId }, data: { active: true } })
  })
})

describe('sessions', () => {
  it('start, are read back, and end for good', async () => {
    const user = await database().prisma.user.findUniqueOrThrow({ where: { nationalId: citizen.nationalId } })
    const cookie = cookiePair(await startSession(user.id, requestWith()))
    const current = await readSession(requestWith(cookie))
    expect(current?.user).toMatchObject({ id: user.id, role: 'CITIZEN', fullName: citizen.fullName })
    await endSession(requestWith(cookie))
    expect(await readSession(requestWith(cookie))).toBeNull()
  })

  it('get a new id at login, ending the session the browser brought (no fixation)', async () => {
    const user = await database().prisma.user.findUniqueOrThrow({ where: { nationalId: citizen.nationalId } })
    const planted = cookiePair(await startSession(user.id, requestWith()))
    const fresh = cookiePair(await startSession(user.id, requestWith(planted)))
    expect(fresh).not.toBe(planted)
    expect(await readSession(requestWith(planted))).toBeNull()
    expect(await readSession(requestWith(fresh))).not.toBeNull()
  })

  it('end when the account is disabled', async () => {
    const { prisma } = database()
    const user = await prisma.user.findUniqueOrThrow({ where: { nationalId: citizen.nationalId } })
    const cookie = cookiePair(await startSession(user.id, requestWith()))
    await prisma.user.update({ where: { id: user.id }, data: { active: false } })
    expect(await readSession(requestWith(cookie))).toBeNull()
  })
})

describe('session lifetimes', () => {
  beforeAll(() => database().prisma.user.update({ where: { nationalId: citizen.nationalId }, data: { active: true } }))

  it('a browser session has no cookie expiry; "stay signed in" a thirty-day cookie', async () => {
    const user = await database().prisma.user.findUniqueOrThrow({ where: { nationalId: citizen.nationalId } })
    const browser = await startSession(user.id, requestWith())
    expect(browser).not.toMatch(/Max-Age|Expires/i)
    const persistent = await startSession(user.id, requestWith(), { persistent: true })
    expect(persistent).toContain(`Max-Age=${30 * 24 * 3600}`)
    expect(persistent).toMatch(/HttpOnly/)
    const row = await database().prisma.session.findUniqueOrThrow({ where: { id: cookiePair(persistent).split('=')[1]! } })
    expect(row.persistent).toBe(true)
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(13 * 24 * 3_600_000)
  })

  it('end at their absolute lifetime however active, and after the idle window', async () => {
    const { prisma } = database()
    const user = await prisma.user.findUniqueOrThrow({ where: { nationalId: citizen.nationalId } })
    const cookie = cookiePair(await startSession(user.id, requestWith()))
    const id = cookie.split('=')[1]!
    expect(await readSession(requestWith(cookie))).not.toBeNull()
    await prisma.session.update({ where: { id }, data: { absoluteExpiresAt: new Date(Date.now() - 1) } })
    expect(await readSession(requestWith(cookie))).toBeNull()
    expect(await prisma.session.findUnique({ where: { id } })).toBeNull()

    const idle = cookiePair(await startSession(user.id, requestWith()))
    await prisma.session.update({ where: { id: idle.split('=')[1]! }, data: { expiresAt: new Date(Date.now() - 1) } })
    expect(await readSession(requestWith(idle))).toBeNull()
  })
})
