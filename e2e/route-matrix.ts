// Every page of the build with the roles allowed to open it, and sessions for those roles. The authorisation
// matrix checks the refusals; the accessibility scan opens each page as someone allowed.
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test'
import { DEMO_PASSWORD } from '../prisma/seed/accounts.ts'

export const ROLES = {
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
export type Role = keyof typeof ROLES
export const ALL = Object.keys(ROLES) as Role[]
const STAFF_Y: Role[] = ['clerkY', 'leaderY']
const ADMINS: Role[] = ['agencyAdmin', 'provinceAdmin']
const SIGNED_IN = ALL.filter((role) => role !== 'anonymous')

export async function sessionFor(role: Role, baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL })
  const identifier = ROLES[role]
  if (identifier) {
    const response = await context.post('/dang-nhap', { form: { identifier, password: DEMO_PASSWORD }, headers: { Origin: baseURL }, maxRedirects: 0 })
    expect(response.status(), `log in ${role}`).toBe(302)
  }
  return context
}

export interface Samples {
  /** Citizen A's returned dossier at Sở Tư pháp, */
  a: string
  /** its result file */
  doc: string
  /** and its payment receipt. */
  payment: string
}

/** Finds the sample dossier as citizen A finds it: through their list. */
export async function citizenSamples(citizenA: APIRequestContext): Promise<Samples> {
  const list = await (await citizenA.get('/ho-so')).text()
  const dossierIds = [...list.matchAll(/href="\/ho-so\/([a-z0-9]{20,})"/g)].map((m) => m[1]!)
  for (const id of dossierIds) {
    const page = await (await citizenA.get(`/ho-so/${id}`)).text()
    const payments = await (await citizenA.get(`/ho-so/${id}/thanh-toan`)).text()
    const file = page.match(/\/ho-so\/[a-z0-9]+\/tep\/([a-z0-9]+)/)
    const receipt = payments.match(/\/ho-so\/[a-z0-9]+\/bien-lai\/([a-z0-9]+)/)
    if (file && receipt) return { a: id, doc: file[1]!, payment: receipt[1]! }
  }
  throw new Error('no seeded dossier of citizen A with a file and a receipt')
}

/** A new draft of "Đăng ký khai sinh" for the given citizen: the addresses of its wizard steps. */
export async function draftSteps(citizen: APIRequestContext): Promise<string[]> {
  const start = await citizen.get('/ho-so/nop/1.001193', { maxRedirects: 0 })
  const draft = start.headers().location!.replace(/\/nguoi-nop$/, '')
  return ['nguoi-nop', 'thong-tin', 'giay-to', 'kiem-tra'].map((step) => `${draft}/${step}`)
}

/** URL → roles allowed; `html: false` for downloads and machine answers. */
export function routeMatrix({ a, doc, payment }: Samples): [string, Role[], { html: boolean }?][] {
  const file = { html: false }
  return [
    ['/', ALL],
    ['/thu-tuc', ALL],
    ['/thu-tuc/1.001193', ALL],
    ['/thong-ke', ALL],
    ['/tra-cuu', ALL],
    ['/diem-ho-tro', ALL],
    ['/huong-dan', ALL],
    ['/huong-dan/nop-ho-so', ALL],
    ['/huong-dan/khong-co', []],
    ['/health', ALL, file],
    ['/xac-thuc', ALL],
    ['/xac-thuc/0000-0000-0000', []], // no such document: nobody
    ['/ho-so', ['citizenA', 'citizenB']],
    ['/ho-so/thong-bao', ['citizenA', 'citizenB']],
    ['/ho-so/kho-du-lieu', ['citizenA', 'citizenB']],
    [`/ho-so/${a}/to-khai`, ['citizenA'], file],
    [`/ho-so/${a}`, ['citizenA']],
    [`/ho-so/${a}/tep/${doc}`, ['citizenA'], file],
    [`/ho-so/${a}/bien-lai/${payment}`, ['citizenA'], file],
    [`/ho-so/${a}/bien-nhan`, ['citizenA'], file],
    [`/ho-so/${a}/da-nop`, ['citizenA']],
    [`/ho-so/${a}/thong-tin`, ['citizenA']],
    [`/ho-so/${a}/thanh-toan`, ['citizenA']],
    ['/mot-cua', ['clerkX', 'clerkY', 'leaderY']],
    ['/mot-cua/tiep-nhan', ['clerkX', 'clerkY']],
    ['/mot-cua/so-theo-doi', ['clerkX', 'clerkY', 'leaderY']],
    ['/mot-cua/so-theo-doi/pdf', ['clerkX', 'clerkY', 'leaderY'], file], // counter intake: the desk's clerks only
    [`/mot-cua/ho-so/${a}`, STAFF_Y],
    [`/mot-cua/ho-so/${a}/tep/${doc}`, STAFF_Y, file],
    [`/mot-cua/ho-so/${a}/bien-lai/${payment}`, STAFF_Y, file],
    [`/mot-cua/ho-so/${a}/phieu/01`, STAFF_Y],
    [`/mot-cua/ho-so/${a}/phieu/01/pdf`, STAFF_Y, file],
    ['/mot-cua/thong-ke', ['leaderY']],
    ['/mot-cua/thong-ke/ho-so', ['leaderY']],
    ['/mot-cua/thong-ke/tai-ve/csv', ['leaderY'], file],
    ['/mot-cua/thong-ke/ho-so/tai-ve/csv', ['leaderY'], file],
    ['/mot-cua/thong-ke/bao-cao', ['leaderY']],
    ['/mot-cua/thong-ke/bao-cao/xlsx', ['leaderY'], file],
    ['/ho-tro', ['support']],
    ['/quan-tri', ADMINS],
    ['/quan-tri/can-bo', ADMINS],
    ['/quan-tri/co-quan', ADMINS],
    ['/quan-tri/ngay-nghi', ADMINS],
    ['/quan-tri/thu-tuc', ADMINS],
    ['/quan-tri/thu-tuc/1.001193', ['provinceAdmin']],
    ['/quan-tri/hop-thu', ADMINS],
    ['/quan-tri/doi-soat', ['provinceAdmin'], file],
    ['/quan-tri/nhap-ho-so', ['provinceAdmin']],
    ['/quan-tri/nhap-thu-tuc', ['provinceAdmin']],
    ['/quan-tri/thong-ke', ADMINS],
    ['/quan-tri/thong-ke/ho-so', ADMINS],
    ['/quan-tri/thong-ke/tai-ve/xlsx', ADMINS, file],
    ['/quan-tri/dong-bo', ['provinceAdmin']],
    ['/quan-tri/hang-doi', ['provinceAdmin']],
    ['/dong-bo/sandbox', ['provinceAdmin']],
    ['/tin-nhan/sandbox', ALL], // the demo's sandbox SMS inbox; off on PostgreSQL unless SMS_SANDBOX=1
    ['/quan-tri/thong-ke/ho-so/tai-ve/xlsx', ADMINS, file],
    ['/quan-tri/thong-ke/bao-cao', ADMINS],
    ['/quan-tri/thong-ke/bao-cao/pdf', ADMINS, file],
    ['/thu-tuc/1.001193/mau/none', []], // no such form: nobody
    // Accounts (issue 16): the account page and claims for citizens; a password change for anyone signed in; recovery
    // and e-mail confirmation for anybody (a link's page only asks for a button); unknown ids and tokens: nobody.
    ['/ho-so/tai-khoan', ['citizenA', 'citizenB']],
    ['/ho-so/nhan-ho-so', ['citizenA', 'citizenB']],
    ['/doi-mat-khau', SIGNED_IN],
    ['/quen-mat-khau', ALL],
    ['/quen-mat-khau/ma', ALL],
    ['/quen-mat-khau/khong-co', ALL],
    ['/xac-nhan-email/khong-co', ALL],
    ['/quan-tri/can-bo/khong-co', []],
    ['/dinh-danh/sandbox/khong-co', []],
  ]
}

/** Every route pattern of the build (`/thu-tuc/:code`, `/*`…), read from the server build's manifest. */
export async function buildRoutePatterns(): Promise<string[]> {
  const build = await import(new URL('../build/server/index.js', import.meta.url).href)
  const routes = build.routes as Record<string, { path?: string; parentId?: string }>
  const full = (id: string): string => {
    const route = routes[id]!
    if (!route.parentId) return ''
    const parent = full(route.parentId)
    return route.path ? `${parent}/${route.path}`.replace(/\/+/g, '/') : parent || '/'
  }
  return [
    ...new Set(
      Object.keys(routes)
        .filter((id) => id !== 'root')
        .map(full),
    ),
  ]
}

/** Whether an address (query ignored) is one of a route pattern's. */
export function matchesPattern(pattern: string, url: string) {
  return new RegExp(`^${pattern.replace(/:[A-Za-z]+/g, '[^/]+').replace('/*', '/.*')}$`).test(url.split('?')[0]!)
}
