// The national e-ID login end to end against the built-in sandbox provider (a real oidc-provider on a port of this
// machine): authorization code with PKCE, state bound to the browser, nonce and ID token checked, then the account.
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { beginEidLogin, completeEidLogin, eidConfig, useEidFetch, type EidConfig } from '~/auth/eid.server.ts'
import { SANDBOX_ISSUER_PATH } from '~/auth/eid-paths.ts'
import { finishSandboxInteraction, identitySandbox, resetIdentitySandbox } from '~/auth/eid-sandbox.server.ts'
import { readSession, startSession } from '~/auth/session.server.ts'
import { signInVerified } from '~/models/identity.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase()
let server: ReturnType<ReturnType<typeof express>['listen']>
let config: EidConfig
const env = { ...process.env }

beforeAll(async () => {
  const app = express()
  app.use(SANDBOX_ISSUER_PATH, identitySandbox)
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  process.env.PUBLIC_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.EID_SANDBOX = '1'
  resetIdentitySandbox()
  config = eidConfig()!
  await database().prisma.sandboxPerson.createMany({
    data: [
      { id: 'an', nationalId: '089090000001', fullName: 'Nguyễn Văn An', dateOfBirth: new Date('1990-04-12'), sex: 'MALE', phone: '0912345678', address: 'Phường Long Xuyên' },
      { id: 'mai', nationalId: '089301000106', fullName: 'Trương Thị Mai', dateOfBirth: new Date('2001-03-14'), sex: 'FEMALE', level: 1 },
      { id: 'tu', nationalId: '089050001234', fullName: 'Nguyễn Thị Tư', dateOfBirth: new Date('1950-03-08'), sex: 'FEMALE', phone: '0913000444', address: 'Ấp Hòa Long, Xã Mỹ Hòa Hưng' },
    ],
  })
})

afterAll(async () => {
  process.env = env
  resetIdentitySandbox()
  useEidFetch(undefined)
  await new Promise((resolve) => server.close(resolve))
})

/** A browser at the provider: follows its redirects with its cookies until it is sent back to the portal. */
async function browse(start: string, personId: string | 'cancel') {
  const jar = new Map<string, string>()
  let url = start
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(`${process.env.PUBLIC_URL}/dinh-danh/tra-ve`)) return url
    const interaction = /\/dinh-danh\/sandbox\/([\w-]+)$/.exec(url)
    if (interaction) {
      url = (await finishSandboxInteraction(interaction[1]!, personId === 'cancel' ? { cancelled: true } : { personId }))!
      continue
    }
    const response = await fetch(url, { redirect: 'manual', headers: { Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const at = pair!.indexOf('=')
      jar.set(pair!.slice(0, at), pair!.slice(at + 1))
    }
    const location = response.headers.get('Location')
    if (!location) throw new Error(`${url}: ${response.status} ${await response.text()}`)
    url = new URL(location, url).href
  }
  throw new Error('too many redirects')
}

const cookiePair = (setCookie: string) => setCookie.split(';')[0]!
const answer = (url: string, cookie: string) => new Request(url, { headers: { Cookie: cookie } })

/** One login up to the provider's answer: the callback address and the browser's state cookie. */
async function logIn(personId: string | 'cancel', intent = {}) {
  const { location, cookie } = await beginEidLogin(database().prisma, config, intent)
  expect(new URL(location).searchParams.get('code_challenge_method')).toBe('S256')
  return { callback: await browse(location, personId), cookie: cookiePair(cookie) }
}

describe('login through the national e-ID (sandbox provider)', () => {
  it('gives the portal the person’s CCCD, name, date of birth, sex, phone and address, and where they were going', async () => {
    const { callback, cookie } = await logIn('an', { redirectTo: '/ho-so/nop/1.001193', persistent: true })
    const { result, clearCookie } = await completeEidLogin(database().prisma, config, answer(callback, cookie))
    expect(result).toMatchObject({
      ok: true,
      identity: { nationalId: '089090000001', fullName: 'Nguyễn Văn An', dateOfBirth: '1990-04-12', sex: 'MALE', phone: '0912345678', address: 'Phường Long Xuyên' },
      issuer: config.issuer,
      subject: 'an',
      intent: { redirectTo: '/ho-so/nop/1.001193', persistent: true, linkUserId: null },
    })
    expect(clearCookie).toMatch(/^eid_login=; .*Max-Age=0/)
  })

  it('refuses an answer whose state is not this browser’s, and an answer used twice', async () => {
    const { callback, cookie } = await logIn('an')
    const forged = new URL(callback)
    forged.searchParams.set('state', 'attacker-state')
    expect((await completeEidLogin(database().prisma, config, answer(forged.href, cookie))).result).toEqual({ ok: false, problem: 'state' })
    expect((await completeEidLogin(database().prisma, config, answer(callback, ''))).result).toEqual({ ok: false, problem: 'state' })
    expect((await completeEidLogin(database().prisma, config, answer(callback, cookie))).result.ok).toBe(true)
    expect((await completeEidLogin(database().prisma, config, answer(callback, cookie))).result).toEqual({ ok: false, problem: 'state' })
  })

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const { callback, cookie } = await logIn('an')
    await database().prisma.identityLogin.updateMany({ data: { nonce: 'another-nonce' } })
    expect((await completeEidLogin(database().prisma, config, answer(callback, cookie))).result).toEqual({ ok: false, problem: 'provider' })
  })

  it('cannot redeem the code without the PKCE verifier it was issued for, and the provider demands PKCE', async () => {
    const { callback, cookie } = await logIn('an')
    await database().prisma.identityLogin.updateMany({ data: { codeVerifier: 'x'.repeat(43) } })
    expect((await completeEidLogin(database().prisma, config, answer(callback, cookie))).result).toEqual({ ok: false, problem: 'provider' })
    const withoutPkce = new URL(`${config.issuer}/auth`)
    withoutPkce.search = new URLSearchParams({
      client_id: config.clientId,
      response_type: 'code',
      scope: 'openid',
      redirect_uri: `${process.env.PUBLIC_URL}/dinh-danh/tra-ve`,
      state: 's',
      nonce: 'n',
    }).toString()
    const refused = await fetch(withoutPkce, { redirect: 'manual' })
    expect(new URL(refused.headers.get('Location')!).searchParams.get('error')).toBe('invalid_request')
  })

  it('refuses a tampered ID token: a claim slipped in breaks its signature', async () => {
    useEidFetch(async (url, options) => {
      const response = await fetch(url, options as RequestInit)
      if (!url.endsWith('/token')) return response
      const body = (await response.json()) as { id_token: string }
      const [header, payload, signature] = body.id_token.split('.')
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString())
      // Another person's CCCD, the claim the portal takes the account from.
      const changed = Buffer.from(JSON.stringify({ ...claims, SoDinhDanh: '089050001234' })).toString('base64url')
      return Response.json({ ...body, id_token: [header, changed, signature].join('.') })
    })
    try {
      const { callback, cookie } = await logIn('an')
      expect((await completeEidLogin(database().prisma, config, answer(callback, cookie))).result).toEqual({ ok: false, problem: 'provider' })
    } finally {
      useEidFetch(undefined)
    }
  })

  it('refuses a level-1 e-ID account, and tells a cancelled login apart', async () => {
    const level1 = await logIn('mai')
    expect((await completeEidLogin(database().prisma, config, answer(level1.callback, level1.cookie))).result).toEqual({ ok: false, problem: 'level' })
    const cancelled = await logIn('cancel')
    expect((await completeEidLogin(database().prisma, config, answer(cancelled.callback, cancelled.cookie))).result).toEqual({ ok: false, problem: 'cancelled' })
  })
})

describe('the account an e-ID login lands in', () => {
  async function verifiedLogin(personId: string) {
    const { callback, cookie } = await logIn(personId)
    const { result } = await completeEidLogin(database().prisma, config, answer(callback, cookie))
    if (!result.ok) throw new Error(result.problem)
    return result
  }

  it('is made verified on the first login, and is the same account the next time', async () => {
    const { prisma } = database()
    const first = await signInVerified(prisma, await verifiedLogin('an'))
    expect(first).toMatchObject({ ok: true, tookOver: false })
    const user = await prisma.user.findUniqueOrThrow({ where: { nationalId: '089090000001' } })
    expect(user).toMatchObject({ role: 'CITIZEN', fullName: 'Nguyễn Văn An', identityLevel: 'VERIFIED', identitySubject: 'an', sex: 'MALE', phone: '0912345678', passwordHash: null })
    expect(user.phoneVerifiedAt).not.toBeNull()
    expect(await signInVerified(prisma, await verifiedLogin('an'))).toMatchObject({ ok: true, userId: user.id })
  })

  it('takes over a self-declared account of the same CCCD: its password, typed contacts and address, and sessions end', async () => {
    const { prisma } = database()
    const stranger = await prisma.user.create({
      data: {
        role: 'CITIZEN',
        fullName: 'Kẻ Mạo Danh',
        nationalId: '089050001234',
        phone: '0999000111',
        email: 'mao.danh@example.com',
        address: 'Nhà kẻ mạo danh',
        passwordHash: 'scrypt$x',
        phoneVerifiedAt: new Date(),
      },
    })
    const strangersSession = cookiePair(await startSession(stranger.id, new Request('http://portal/')))
    const signedIn = await signInVerified(prisma, await verifiedLogin('tu'))
    expect(signedIn).toMatchObject({ ok: true, userId: stranger.id, tookOver: true })
    const owner = await prisma.user.findUniqueOrThrow({ where: { id: stranger.id } })
    expect(owner).toMatchObject({
      fullName: 'Nguyễn Thị Tư',
      identityLevel: 'VERIFIED',
      passwordHash: null,
      phone: '0913000444',
      email: null,
      emailVerifiedAt: null,
      address: 'Ấp Hòa Long, Xã Mỹ Hòa Hưng',
    })
    expect(await readSession(new Request('http://portal/', { headers: { Cookie: strangersSession } }))).toBeNull()
  })

  it('is never a staff account', async () => {
    const { prisma } = database()
    await prisma.user.update({ where: { nationalId: '089090000001' }, data: { role: 'CLERK' } })
    expect(await signInVerified(prisma, await verifiedLogin('an'))).toEqual({ ok: false, problem: 'staff' })
    await prisma.user.update({ where: { nationalId: '089090000001' }, data: { role: 'CITIZEN' } })
  })
})
