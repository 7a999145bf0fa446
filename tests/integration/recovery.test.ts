// "Quên mật khẩu": a code to the confirmed phone or a link to the confirmed e-mail address, each used once, kept
// only as a hash, alive 15 minutes; the page answers the same for an account that does not exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSession, startSession } from '~/auth/session.server.ts'
import { hashPassword } from '~/auth/password.server.ts'
import { useSenders } from '~/models/notifications.server.ts'
import { resetWithCode, resetWithLink, startRecovery } from '~/models/recovery.server.ts'
import { authenticate } from '~/models/user.server.ts'
import * as recoveryStart from '~/routes/quen-mat-khau._index.tsx'
import * as recoveryCode from '~/routes/quen-mat-khau.ma.tsx'
import { post } from '../support/routes.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase()
const sent: { channel: string; to: string; body: string }[] = []
const person = { nationalId: '089080000123', phone: '0908000123', email: 'tam.le@example.com' }
let userId = ''

beforeAll(async () => {
  useSenders(['SMS', 'EMAIL'].map((channel) => ({ channel: channel as 'SMS' | 'EMAIL', send: async (to: string, _subject: string, body: string) => void sent.push({ channel, to, body }) })))
  const user = await database().prisma.user.create({
    data: { role: 'CITIZEN', fullName: 'Lê Văn Tâm', ...person, phoneVerifiedAt: new Date(), emailVerifiedAt: new Date(), passwordHash: await hashPassword('mat-khau-cu-cua-tam') },
  })
  userId = user.id
})
afterAll(() => useSenders(undefined))

const lastTo = (channel: string, to: string) => [...sent].reverse().find((m) => m.channel === channel && m.to === to)?.body ?? ''
const codeIn = (body: string) => body.match(/\b\d{6}\b/)![0]
const tokenIn = (body: string) => body.match(/\/quen-mat-khau\/([\w-]+)/)![1]!
const sessionCookie = async () => (await startSession(userId, new Request('http://portal.test/'))).split(';')[0]!
const signedIn = async (cookie: string) => Boolean(await readSession(new Request('http://portal.test/', { headers: { Cookie: cookie } })))

describe('recovery by phone code', () => {
  it('sends a code to the confirmed phone, kept only as a hash, alive 15 minutes', async () => {
    const { prisma } = database()
    sent.length = 0
    const requestId = await startRecovery(prisma, person.nationalId)
    const code = codeIn(lastTo('SMS', person.phone))
    const row = await prisma.oneTimeCode.findUniqueOrThrow({ where: { purpose_subject: { purpose: 'PASSWORD_RESET', subject: requestId } } })
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(row.codeHash).not.toContain(code)
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(15 * 60_000)
    // The e-mailed link's token is hashed too.
    const token = tokenIn(lastTo('EMAIL', person.email))
    const link = await prisma.oneTimeCode.findUniqueOrThrow({ where: { purpose_subject: { purpose: 'PASSWORD_RESET_LINK', subject: userId } } })
    expect(link.codeHash).not.toContain(token)
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(15 * 60_000)
  })

  it('sets the new password with the right code once, refusing a weak password without spending the code, and ends every session', async () => {
    const { prisma } = database()
    const before = await sessionCookie()
    const requestId = await startRecovery(prisma, person.email.toUpperCase())
    const code = codeIn(lastTo('SMS', person.phone))
    const wrong = code === '000000' ? '111111' : '000000'
    expect(await resetWithCode(prisma, requestId, wrong, 'mot-mat-khau-moi')).toEqual({ ok: false, errors: { code: 'errors.code.wrong' } })
    expect(await resetWithCode(prisma, requestId, code, 'password123')).toEqual({ ok: false, errors: { password: 'errors.password.common' } })
    expect(await resetWithCode(prisma, requestId, code, person.phone)).toEqual({ ok: false, errors: { password: 'errors.password.personal' } })
    expect(await resetWithCode(prisma, requestId, code, 'mot-mat-khau-moi')).toEqual({ ok: true })
    expect(await signedIn(before)).toBe(false)
    expect(await authenticate(prisma, person.nationalId, 'mot-mat-khau-moi')).toMatchObject({ ok: true })
    expect(await authenticate(prisma, person.nationalId, 'mat-khau-cu-cua-tam')).toMatchObject({ ok: false })
    // Single use: the code, and the e-mailed link of the same request, are gone.
    expect(await resetWithCode(prisma, requestId, code, 'mat-khau-thu-ba')).toEqual({ ok: false, errors: { code: 'errors.code.expired' } })
    expect(await prisma.oneTimeCode.count({ where: { userId, purpose: { in: ['PASSWORD_RESET', 'PASSWORD_RESET_LINK'] } } })).toBe(0)
  })

  it('refuses a code after 15 minutes, and after five wrong tries', async () => {
    const { prisma } = database()
    const late = await startRecovery(prisma, person.nationalId)
    const lateCode = codeIn(lastTo('SMS', person.phone))
    await prisma.oneTimeCode.update({ where: { purpose_subject: { purpose: 'PASSWORD_RESET', subject: late } }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await resetWithCode(prisma, late, lateCode, 'mat-khau-qua-han')).toEqual({ ok: false, errors: { code: 'errors.code.expired' } })

    const tried = await startRecovery(prisma, person.nationalId)
    const code = codeIn(lastTo('SMS', person.phone))
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 4; i++) expect((await resetWithCode(prisma, tried, wrong, 'mat-khau-doan-mo')).ok).toBe(false)
    expect(await resetWithCode(prisma, tried, wrong, 'mat-khau-doan-mo')).toEqual({ ok: false, errors: { code: 'errors.code.exhausted' } })
    expect(await resetWithCode(prisma, tried, code, 'mat-khau-doan-mo')).toEqual({ ok: false, errors: { code: 'errors.code.exhausted' } })
  })

  it('answers an unknown account like a known one, sends nothing to unconfirmed contacts, and keeps the request in a cookie', async () => {
    const { prisma } = database()
    const unconfirmed = await prisma.user.create({
      data: { role: 'CITIZEN', fullName: 'Hồ Thị Lụa', nationalId: '089080000456', phone: '0908000456', passwordHash: await hashPassword('mat-khau-cua-lua') },
    })
    sent.length = 0
    const known = await post(recoveryStart.action as never, '/quen-mat-khau', { identifier: unconfirmed.nationalId! })
    const unknown = await post(recoveryStart.action as never, '/quen-mat-khau', { identifier: '089080000999' })
    for (const answer of [known, unknown]) expect(answer).toMatchObject({ status: 302, location: '/quen-mat-khau/ma' })
    expect(sent).toEqual([])
    // Without this browser's request the code page sends back to the start.
    expect(await post(recoveryCode.action as never, '/quen-mat-khau/ma', { code: '123456', password: 'mat-khau-moi-ne', confirmPassword: 'mat-khau-moi-ne' })).toMatchObject({ status: 400 })
  })
})

describe('recovery by e-mail link', () => {
  it('sets the new password once with the link', async () => {
    const { prisma } = database()
    await startRecovery(prisma, person.nationalId)
    const token = tokenIn(lastTo('EMAIL', person.email))
    expect(await resetWithLink(prisma, token, '12345678')).toEqual({ ok: false, errors: { password: 'errors.password.common' } })
    expect(await resetWithLink(prisma, token, 'mat-khau-tu-thu')).toEqual({ ok: true })
    expect(await authenticate(prisma, person.email, 'mat-khau-tu-thu')).toMatchObject({ ok: true })
    expect(await resetWithLink(prisma, token, 'mat-khau-lan-hai')).toEqual({ ok: false, errors: { form: 'errors.code.expired' } })
    expect(await resetWithLink(prisma, 'not-a-token', 'mat-khau-lan-hai')).toEqual({ ok: false, errors: { form: 'errors.code.expired' } })
  })

  it('stops sending after five requests for one account in an hour, whoever asks', async () => {
    sent.length = 0
    await startRecovery(database().prisma, person.nationalId)
    expect(sent).toEqual([])
  })
})
