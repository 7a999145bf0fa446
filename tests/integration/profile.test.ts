// The citizen's account page: the address remembered for the next dossier, a new phone confirmed by a code, an
// e-mail address by a link, "sign out everywhere". Driven through the page's own loader and action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSession } from '~/auth/session.server.ts'
import { hashPassword } from '~/auth/password.server.ts'
import { useSenders } from '~/models/notifications.server.ts'
import * as profilePage from '~/routes/ho-so.tai-khoan.tsx'
import * as confirmEmailPage from '~/routes/xac-nhan-email.$token.tsx'
import * as applicantStep from '~/routes/ho-so_.$id.nguoi-nop.tsx'
import { BIRTH_REGISTRATION, openDraft, postApplicant } from '../support/filing.ts'
import { get, logIn, post } from '../support/routes.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const sent: { channel: string; to: string; body: string }[] = []
const person = { nationalId: '089085000321', phone: '0908500321' }
let cookie = ''
let userId = ''

beforeAll(async () => {
  useSenders(['SMS', 'EMAIL'].map((channel) => ({ channel: channel as 'SMS' | 'EMAIL', send: async (to: string, _subject: string, body: string) => void sent.push({ channel, to, body }) })))
  const user = await database().prisma.user.create({
    data: { role: 'CITIZEN', fullName: 'Đặng Văn Phúc', ...person, phoneVerifiedAt: new Date(), passwordHash: await hashPassword('mat-khau-cua-phuc') },
  })
  userId = user.id
  cookie = await logIn(database().prisma, person.nationalId)
})
afterAll(() => useSenders(undefined))

const profile = async () => (await get(profilePage.loader as never, '/ho-so/tai-khoan', { cookie })).data as Awaited<ReturnType<typeof profilePage.loader>>
const act = (form: Record<string, string>, as = cookie) => post(profilePage.action as never, '/ho-so/tai-khoan', form, { cookie: as })
const lastTo = (channel: string, to: string) => [...sent].reverse().find((m) => m.channel === channel && m.to === to)?.body ?? ''
const user = () => database().prisma.user.findUniqueOrThrow({ where: { id: userId } })

describe('address', () => {
  it('remembers the first address given in a dossier and offers it in the next one; the account page changes it', async () => {
    const first = await openDraft(cookie, BIRTH_REGISTRATION)
    expect((await postApplicant(cookie, first, { address: 'Số 7 Lý Thái Tổ, Phường Long Xuyên' })).status).toBe(302)
    expect((await profile()).profile.address).toBe('Số 7 Lý Thái Tổ, Phường Long Xuyên')
    // A later dossier's address is that dossier's; the remembered one stays until changed on the account page.
    expect((await postApplicant(cookie, first, { address: 'Số 9 Nguyễn Huệ, Phường Long Xuyên' })).status).toBe(302)
    expect((await user()).address).toBe('Số 7 Lý Thái Tổ, Phường Long Xuyên')
    expect(await act({ intent: 'address', address: 'Số 3 Hùng Vương, Phường Long Xuyên' })).toMatchObject({ status: 200, data: { ok: true, done: 'address' } })
    const next = await openDraft(cookie, '1.000656')
    const step = (await get(applicantStep.loader as never, `/ho-so/${next}/nguoi-nop`, { cookie, params: { id: next } })).data as { address: string }
    expect(step.address).toBe('Số 3 Hùng Vương, Phường Long Xuyên')
    expect(await act({ intent: 'address', address: 'x'.repeat(301) })).toMatchObject({ status: 400, data: { errors: { address: 'errors.address.tooLong' } } })
  })
})

describe('phone', () => {
  it('changes the phone only once the code sent to the new number comes back', async () => {
    expect(await act({ intent: 'sendPhoneCode', phone: '0939 111 222' })).toMatchObject({ status: 200, data: { ok: true, done: 'phoneCode' } })
    const code = lastTo('SMS', '0939111222').match(/\b\d{6}\b/)![0]
    expect((await user()).phone).toBe(person.phone)
    expect((await profile()).profile.phoneCodeSentTo).toBe('09******22')
    const wrong = code === '000000' ? '111111' : '000000'
    expect(await act({ intent: 'confirmPhone', code: wrong })).toMatchObject({ status: 400, data: { errors: { code: 'errors.code.wrong' } } })
    expect(await act({ intent: 'confirmPhone', code })).toMatchObject({ status: 200, data: { ok: true, done: 'phone' } })
    expect(await user()).toMatchObject({ phone: '0939111222', phoneVerifiedAt: expect.any(Date) })
    expect(await act({ intent: 'confirmPhone', code })).toMatchObject({ status: 400, data: { errors: { code: 'errors.code.expired' } } })
    expect(await act({ intent: 'sendPhoneCode', phone: '12345' })).toMatchObject({ status: 400, data: { errors: { phone: expect.stringMatching(/^errors\./) } } })
  })
})

describe('e-mail', () => {
  it('sets the address once its link is followed and confirmed, once only', async () => {
    expect(await act({ intent: 'sendEmailLink', email: 'Phuc.Dang@Example.com' })).toMatchObject({ status: 200, data: { ok: true, done: 'emailLink' } })
    const token = lastTo('EMAIL', 'phuc.dang@example.com').match(/\/xac-nhan-email\/([\w-]+)/)![1]!
    expect((await user()).email).toBeNull()
    // Opening the link (as a mail scanner does) changes nothing; the button does.
    await get(confirmEmailPage.loader as never, `/xac-nhan-email/${token}`, { params: { token } })
    expect((await user()).email).toBeNull()
    expect(await post(confirmEmailPage.action as never, `/xac-nhan-email/${token}`, {}, { params: { token } })).toMatchObject({ status: 200, data: { ok: true } })
    expect(await user()).toMatchObject({ email: 'phuc.dang@example.com', emailVerifiedAt: expect.any(Date) })
    expect(await post(confirmEmailPage.action as never, `/xac-nhan-email/${token}`, {}, { params: { token } })).toMatchObject({ status: 400, data: { ok: false } })
    const stored = await database().prisma.oneTimeCode.findUniqueOrThrow({ where: { purpose_subject: { purpose: 'EMAIL', subject: userId } } })
    expect(stored.codeHash).not.toContain(token)
  })

  it('sends no link to an address that is another account’s, tells that account, and answers the same', async () => {
    sent.length = 0
    expect(await act({ intent: 'sendEmailLink', email: 'an.nguyen@example.com' })).toMatchObject({ status: 200, data: { ok: true, done: 'emailLink' } })
    const note = lastTo('EMAIL', 'an.nguyen@example.com')
    expect(note).not.toBe('')
    expect(note).not.toContain('/xac-nhan-email/')
    expect((await user()).email).toBe('phuc.dang@example.com')
  })

  it('removes the address', async () => {
    expect(await act({ intent: 'removeEmail' })).toMatchObject({ status: 200 })
    expect(await user()).toMatchObject({ email: null, emailVerifiedAt: null })
  })
})

describe('sessions', () => {
  it('lists where the person is signed in and signs out everywhere', async () => {
    const other = await logIn(database().prisma, person.nationalId)
    const listed = (await profile()).sessions
    expect(listed.length).toBeGreaterThanOrEqual(2)
    expect(listed.filter((s) => s.current)).toHaveLength(1)
    expect(JSON.stringify(listed)).not.toContain(other.split('=')[1]!)
    expect(await act({ intent: 'signOutEverywhere' }, other)).toMatchObject({ status: 302, location: '/dang-nhap?da-dang-xuat=1' })
    for (const c of [cookie, other]) expect(await readSession(new Request('http://portal.test/', { headers: { Cookie: c } }))).toBeNull()
  })
})
