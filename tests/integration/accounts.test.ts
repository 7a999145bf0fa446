import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { endSession, readSession, startSession } from '~/auth/session.server.ts'
import { useSenders } from '~/models/notifications.server.ts'
import { authenticate, completeRegistration, startRegistration } from '~/models/user.server.ts'
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

/** The SMS the portal sends during a test. */
function capturedSms() {
  const texts: { to: string; body: string }[] = []
  useSenders([{ channel: 'SMS', send: async (to, _subject, body) => void texts.push({ to, body }) }])
  return texts
}

describe('citizen accounts', () => {
  afterAll(() => useSenders(undefined))

  it('registers a citizen once the code sent to the phone comes back, with a hashed password', async () => {
    const { prisma } = database()
    const texts = capturedSms()
    const started = await startRegistration(prisma, citizen)
    if (!started.ok) throw new Error('not started')
    expect(await prisma.user.findUnique({ where: { nationalId: citizen.nationalId } })).toBeNull()
    expect(texts).toHaveLength(1)
    expect(texts[0]!.to).toBe(citizen.phone)
    const code = texts[0]!.body.match(/\d{6}/)![0]
    expect(await completeRegistration(prisma, started.pendingId, code === '000000' ? '111111' : '000000')).toEqual({ ok: false, errors: { code: 'errors.code.wrong' } })
    expect(await completeRegistration(prisma, started.pendingId, code)).toMatchObject({ ok: true })
    const user = await prisma.user.findUniqueOrThrow({ where: { nationalId: citizen.nationalId } })
    expect(user).toMatchObject({ role: 'CITIZEN', identityLevel: 'SELF_DECLARED', email: citizen.email })
    expect(user.phoneVerifiedAt).not.toBeNull()
    expect(user.passwordHash).toMatch(/^scrypt\$/)
    expect(user.passwordHash).not.toContain(citizen.password)
    expect(await completeRegistration(prisma, started.pendingId, code)).toEqual({ ok: false, errors: { code: 'errors.code.expired' } })
  })

  it('answers a registration with a taken CCCD or e-mail like any other, and tells the owner instead', async () => {
    const { prisma } = database()
    const texts = capturedSms()
    const again = await startRegistration(prisma, { ...citizen, phone: '0977000111', email: 'other@example.com' })
    expect(again).toMatchObject({ ok: true })
    const sameEmail = await startRegistration(prisma, { ...citizen, nationalId: '089195009999', phone: '0977000111' })
    expect(sameEmail).toMatchObject({ ok: true })
    // Nothing reached the phone that was typed; the owner's phone was told, twice.
    expect(texts.map((t) => t.to)).toEqual([citizen.phone, citizen.phone])
    expect(texts[0]!.body).not.toMatch(/\d{6}/)
    for (const started of [again, sameEmail]) {
      if (!started.ok) continue
      for (const code of ['000000', '123456']) expect((await completeRegistration(prisma, started.pendingId, code)).ok).toBe(false)
    }
    expect(await prisma.user.count({ where: { OR: [{ nationalId: '089195009999' }, { email: 'other@example.com' }] } })).toBe(0)
  })

  it('refuses a common password, or the person’s own CCCD as one', async () => {
    const { prisma } = database()
    capturedSms()
    expect(await startRegistration(prisma, { ...citizen, nationalId: '089195007777', password: 'matkhau123' })).toEqual({ ok: false, errors: { password: 'errors.password.common' } })
    expect(await startRegistration(prisma, { ...citizen, nationalId: '089195007777', password: '089195007777' })).toEqual({ ok: false, errors: { password: 'errors.password.personal' } })
  })

  it('logs in by CCCD or e-mail, never with a wrong password; a locked account is told so after the right one', async () => {
    const { prisma } = database()
    expect(await authenticate(prisma, citizen.nationalId, citizen.password)).toMatchObject({ ok: true, user: { role: 'CITIZEN' } })
    expect(await authenticate(prisma, 'HANH.LAM@example.com', citizen.password)).toMatchObject({ ok: true })
    expect(await authenticate(prisma, citizen.nationalId, 'wrong-password')).toEqual({ ok: false, reason: 'invalid' })
    expect(await authenticate(prisma, '089195000000', citizen.password)).toEqual({ ok: false, reason: 'invalid' })
    await prisma.user.update({ where: { nationalId: citizen.nationalId }, data: { active: false } })
    expect(await authenticate(prisma, citizen.nationalId, citizen.password)).toEqual({ ok: false, reason: 'locked' })
    expect(await authenticate(prisma, citizen.nationalId, 'wrong-password')).toEqual({ ok: false, reason: 'invalid' })
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
