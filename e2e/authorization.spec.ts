// The authorisation matrix: every route × every role, each either allowed or refused as it should be, and no
// dossier, file or payment of one person reachable by another (DESIGN.md §2 roles).
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'
import { DEMO_PASSWORD } from '../prisma/seed/accounts.ts'

test.skip(({ isMobile }) => isMobile, 'the matrix runs once, on the desktop project')

const ROLES = {
  anonymous: null,
  citizenA: '089090000001',
  citizenB: '091185000002',
  clerkX: 'motcua.longxuyen@angiang.example', // another agency than the dossier's
  clerkY: 'motcua.sotuphap@angiang.example', // the dossier's agency (Sở Tư pháp)
  leaderY: 'lanhdao.sotuphap@angiang.example',
  support: 'hotro.longxuyen@angiang.example',
  agencyAdmin: 'quantri.longxuyen@angiang.example',
  provinceAdmin: 'admin@angiang.example',
} as const
type Role = keyof typeof ROLES
const ALL = Object.keys(ROLES) as Role[]
const STAFF_Y: Role[] = ['clerkY', 'leaderY']
const ADMINS: Role[] = ['agencyAdmin', 'provinceAdmin']

/** Route patterns checked elsewhere, with where. */
const ELSEWHERE: Record<string, string> = {
  '/dang-nhap': 'logged-in people are sent home; login journeys in auth.spec',
  '/dang-ky': 'as /dang-nhap',
  '/dang-xuat': 'POST only; auth.spec',
  '/*': 'the 404 page; public.spec',
  '/ho-tro/nguoi-dan/:personId': 'support points isolated from each other; support.spec',
  '/thanh-toan/sandbox': 'signed gateway requests only; payments.spec',
  '/thanh-toan/vnpay/ipn': 'signed server-to-server notifications; payments integration tests',
  '/thanh-toan/vnpay/ket-qua': 'signed gateway redirects; payments.spec',
  '/ho-so/nop/:code': 'starts a draft (a write on GET is only for citizens and support staff); citizen.spec',
  '/ho-so/:id/nguoi-nop': 'wizard steps of a draft; the filed dossier row below shows filed dossiers are not drafts',
  '/ho-so/:id/giay-to': 'as nguoi-nop',
  '/ho-so/:id/kiem-tra': 'as nguoi-nop',
}

async function sessionFor(role: Role, baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL })
  const identifier = ROLES[role]
  if (identifier) {
    const response = await context.post('/dang-nhap', { form: { identifier, password: DEMO_PASSWORD }, headers: { Origin: baseURL }, maxRedirects: 0 })
    expect(response.status(), `log in ${role}`).toBe(302)
  }
  return context
}

test('every route answers each role as the roles allow, and nobody reaches another person’s dossier', async ({ baseURL }) => {
  test.setTimeout(120_000)
  const sessions = Object.fromEntries(await Promise.all(ALL.map(async (role) => [role, await sessionFor(role, baseURL!)] as const))) as Record<Role, APIRequestContext>

  // Citizen A's returned dossier at Sở Tư pháp, its result file and its payment receipt, found as A finds them.
  const list = await (await sessions.citizenA.get('/ho-so')).text()
  const dossierIds = [...list.matchAll(/href="\/ho-so\/([a-z0-9]{20,})"/g)].map((m) => m[1]!)
  let a = '', doc = '', payment = ''
  for (const id of dossierIds) {
    const page = await (await sessions.citizenA.get(`/ho-so/${id}`)).text()
    const payments = await (await sessions.citizenA.get(`/ho-so/${id}/thanh-toan`)).text()
    const file = page.match(/\/ho-so\/[a-z0-9]+\/tep\/([a-z0-9]+)/)
    const receipt = payments.match(/\/ho-so\/[a-z0-9]+\/bien-lai\/([a-z0-9]+)/)
    if (file && receipt) [a, doc, payment] = [id, file[1]!, receipt[1]!]
  }
  expect(a, 'a seeded dossier of citizen A with a file and a receipt').not.toBe('')

  const matrix: [string, Role[]][] = [
    ['/', ALL], ['/thu-tuc', ALL], ['/thu-tuc/1.001193', ALL], ['/thong-ke', ALL], ['/tra-cuu', ALL], ['/diem-ho-tro', ALL], ['/health', ALL],
    ['/ho-so', ['citizenA', 'citizenB']], ['/ho-so/thong-bao', ['citizenA', 'citizenB']],
    [`/ho-so/${a}`, ['citizenA']], [`/ho-so/${a}/tep/${doc}`, ['citizenA']], [`/ho-so/${a}/bien-lai/${payment}`, ['citizenA']],
    [`/ho-so/${a}/bien-nhan`, ['citizenA']], [`/ho-so/${a}/da-nop`, ['citizenA']], [`/ho-so/${a}/thong-tin`, ['citizenA']], [`/ho-so/${a}/thanh-toan`, ['citizenA']],
    ['/mot-cua', ['clerkX', 'clerkY', 'leaderY']], ['/mot-cua/tiep-nhan', ['clerkX', 'clerkY']], // counter intake: clerks and specialists, not leaders,
    [`/mot-cua/ho-so/${a}`, STAFF_Y], [`/mot-cua/ho-so/${a}/tep/${doc}`, STAFF_Y], [`/mot-cua/ho-so/${a}/phieu/01`, STAFF_Y], [`/mot-cua/ho-so/${a}/phieu/01/pdf`, STAFF_Y],
    ['/mot-cua/thong-ke', ['leaderY']], ['/mot-cua/thong-ke/ho-so', ['leaderY']], ['/mot-cua/thong-ke/tai-ve/csv', ['leaderY']],
    ['/ho-tro', ['support']],
    ['/quan-tri', ADMINS], ['/quan-tri/can-bo', ADMINS], ['/quan-tri/co-quan', ADMINS], ['/quan-tri/ngay-nghi', ADMINS], ['/quan-tri/thu-tuc', ADMINS],
    ['/quan-tri/thu-tuc/1.001193', ['provinceAdmin']], ['/quan-tri/hop-thu', ADMINS], ['/quan-tri/doi-soat', ['provinceAdmin']], ['/quan-tri/nhap-ho-so', ['provinceAdmin']],
    ['/quan-tri/thong-ke', ADMINS], ['/quan-tri/thong-ke/ho-so', ADMINS], ['/quan-tri/thong-ke/tai-ve/xlsx', ADMINS],
    ['/thu-tuc/1.001193/mau/none', []], // no such form: nobody
  ]

  // Every route of the build is in the matrix or named above with where it is checked.
  const build = await import(new URL('../build/server/index.js', import.meta.url).href)
  const routes = build.routes as Record<string, { path?: string; parentId?: string }>
  const full = (id: string): string => {
    const route = routes[id]!
    if (!route.parentId) return ''
    const parent = full(route.parentId)
    return route.path ? `${parent}/${route.path}`.replace(/\/+/g, '/') : parent || '/'
  }
  const patterns = [...new Set(Object.keys(routes).filter((id) => id !== 'root').map(full))]
  const matches = (pattern: string, url: string) => new RegExp(`^${pattern.replace(/:[A-Za-z]+/g, '[^/]+').replace('/*', '/.*')}$`).test(url.split('?')[0]!)
  const uncovered = patterns.filter((p) => !ELSEWHERE[p] && !matrix.some(([url]) => matches(p, url)))
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
