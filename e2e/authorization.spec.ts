// The authorisation matrix: every route × every role, each either allowed or refused as it should be, and no
// dossier, file or payment of one person reachable by another (docs/domain.md §2 roles).
import { expect, test, type APIRequestContext } from '@playwright/test'
import { ALL, buildRoutePatterns, citizenSamples, matchesPattern, routeMatrix, sessionFor, type Role } from './route-matrix.ts'

test.skip(({ isMobile }) => isMobile, 'the matrix runs once, on the desktop project')

/** Route patterns checked elsewhere, with where. */
const ELSEWHERE: Record<string, string> = {
  '/dang-nhap': 'logged-in people are sent home; login journeys in auth.spec',
  '/dang-ky': 'as /dang-nhap',
  '/dang-xuat': 'POST only; auth.spec',
  '/co-chu': 'POST only, the text-size control (a cookie, no session); help.spec',
  '/*': 'the 404 page; public.spec',
  '/ho-tro/nguoi-dan/:personId': 'support points isolated from each other; support.spec',
  '/thanh-toan/sandbox': 'signed gateway requests only; payments.spec',
  '/thanh-toan/vnpay/ipn': 'signed server-to-server notifications; payments integration tests',
  '/thanh-toan/sandbox/api': 'POST only, the sandbox gateway’s merchant API (querydr, refund) with signed requests; payments integration tests',
  '/tin-nhan/bao-nhan': 'POST only, SMS provider receipts with a Bearer token; messages integration test',
  '/tin-nhan/sandbox/api': 'POST only, the sandbox gateway’s provider protocol; messages integration test',
  '/dong-bo/sandbox/api': 'POST only, the sandbox national receiver; messages integration test',
  '/thanh-toan/vnpay/ket-qua': 'signed gateway redirects; payments.spec',
  '/ho-so/nop/:code': 'starts a draft (a write on GET is only for citizens and support staff); citizen.spec',
  '/ho-so/:id/nguoi-nop': 'wizard steps of a draft; the filed dossier row below shows filed dossiers are not drafts',
  '/ho-so/:id/giay-to': 'as nguoi-nop',
  '/ho-so/:id/kiem-tra': 'as nguoi-nop',
  '/dang-ky/xac-nhan': 'the registration waiting for its code, by a cookie (GET without it sends to /dang-ky); accounts.spec',
  '/dinh-danh/dang-nhap': 'POST only (GET sends to /dang-nhap); eid-login integration test, identity.spec',
  '/dinh-danh/tra-ve': 'the e-ID provider’s answer, refused without this browser’s state; eid-login integration test, identity.spec',
}

test('every route answers each role as the roles allow, and nobody reaches another person’s dossier', async ({ baseURL }) => {
  test.setTimeout(120_000)
  const sessions = Object.fromEntries(await Promise.all(ALL.map(async (role) => [role, await sessionFor(role, baseURL!)] as const))) as Record<Role, APIRequestContext>

  const samples = await citizenSamples(sessions.citizenA)
  const { a } = samples
  const matrix = routeMatrix(samples)

  // Every route of the build is in the matrix or named above with where it is checked.
  const uncovered = (await buildRoutePatterns()).filter((p) => !ELSEWHERE[p] && !matrix.some(([url]) => matchesPattern(p, url)))
  expect(uncovered, 'routes missing from the matrix').toEqual([])

  const problems: string[] = []
  for (const [url, allowed] of matrix) {
    for (const role of ALL) {
      const response = await sessions[role].get(url, { maxRedirects: 0 })
      const status = response.status()
      const toLogin = status >= 300 && status < 400 && (response.headers().location ?? '').startsWith('/dang-nhap')
      const refused = status === 403 || status === 404 || toLogin
      const ok = allowed.includes(role) ? status < 400 && !toLogin : refused
      if (!ok) problems.push(`${role} GET ${url} → ${status} ${response.headers().location ?? ''}`)
    }
  }
  // Writes: another citizen cannot withdraw A's dossier; a clerk of another agency cannot act on it.
  const post = (role: Role, url: string, form: Record<string, string>) => sessions[role].post(url, { form, headers: { Origin: baseURL! }, maxRedirects: 0 })
  for (const [role, url, form] of [
    ['citizenB', `/ho-so/${a}`, { intent: 'withdraw', reason: 'x' }],
    ['clerkX', `/mot-cua/ho-so/${a}`, { intent: 'note', note: 'x' }],
    ['support', `/mot-cua/ho-so/${a}`, { intent: 'note', note: 'x' }],
    ['agencyAdmin', '/quan-tri/nhap-ho-so', {}],
  ] as const) {
    const status = (await post(role, url, form)).status()
    if (![403, 404].includes(status)) problems.push(`${role} POST ${url} → ${status}`)
  }
  expect(problems).toEqual([])
  for (const session of Object.values(sessions)) await session.dispose()
})
