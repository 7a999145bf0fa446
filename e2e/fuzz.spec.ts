// No address answers 5xx, whatever its query or path says (ADR 010): every route of the build's manifest, with a
// fixed list of nasty values in every query parameter the app reads and in every path segment, as a person allowed
// in and, where the page is public, as an anonymous visitor (elsewhere anonymous visitors only try the way to log in). Bounded: each value goes into all parameters at once, and one parameter at a
// time only where the all-at-once answer was a 400 page (which may hide what a later parameter would do).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { ALL, buildRoutePatterns, citizenSamples, draftSteps, matchesPattern, routeMatrix, sessionFor, type Role } from './route-matrix.ts'

test.skip(({ isMobile }) => isMobile, 'runs once, on the desktop project')

/** Query parameters the app reads: catalogue, queue, statistics, directories, admin, login, payments. */
const QUERY_NAMES = [
  'q',
  'field',
  'agency',
  'level',
  'online',
  'page', // catalogue (catalogue/query.ts)
  'status',
  'procedure',
  'channel',
  'due',
  'mine',
  'awaitingApproval',
  'after', // queue (dossier/queue-filter.ts)
  'ky',
  'chot',
  'theo',
  'ma',
  'chi-so',
  'trang',
  'xa',
  'ngay',
  'nam',
  'tu',
  'den',
  'cccd',
  'redirectTo',
  'lng',
  'chao-mung', // statistics, registers, directories
  'lan',
  'so',
  'tep',
  'thu-tuc', // imports and the SMS sandbox
  'state',
  'error',
  'da-khoa',
  'da-mo-khoa',
  'da-xac-thuc',
  'xac-nhan',
  'tiep-quan', // e-ID callback and account notices
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_ResponseCode',
  'vnp_TransactionStatus',
  'vnp_SecureHash', // payment gateway returns
]

/** As they appear in an address (already percent-encoded where they need it). */
const NASTY = [
  '',
  'a%00b',
  '%0D%0ASet-Cookie:%20x=1',
  '%ZZ',
  '%C0%AF',
  '%E2%80%AEfdp.exe',
  '%F0%9F%98%80',
  '9999',
  '0000',
  '-1',
  '1e309',
  'zzzzzzzzzzzz.abc',
  'x'.repeat(300),
  '9999-99-99',
  '2026-13-45',
  "'%20OR%201=1--",
]
/** A page that is not anonymous sends an anonymous visitor to log in with the address: these try that way back. */
const TO_LOGIN = ['%0D%0ASet-Cookie:%20x=1', '%ZZ', 'x'.repeat(300)]

/** Routes outside the matrix, with the address and the person to try them as. */
const EXTRA: [string, Role][] = [
  ['/dang-nhap', 'anonymous'],
  ['/dang-ky', 'anonymous'],
  ['/dang-xuat', 'citizenA'],
  ['/co-chu', 'anonymous'],
  ['/khong-co', 'anonymous'],
  ['/ho-tro/nguoi-dan/khong-co', 'support'],
  ['/thanh-toan/sandbox', 'anonymous'],
  ['/thanh-toan/vnpay/ipn', 'anonymous'],
  ['/thanh-toan/vnpay/ket-qua', 'citizenA'],
  ['/ho-so/nop/khong-co', 'citizenB'],
  // Machine and POST-only routes: a GET with bad values must still be a 4xx (or a way on), never a 5xx.
  ['/thanh-toan/sandbox/api', 'anonymous'],
  ['/tin-nhan/sandbox/api', 'anonymous'],
  ['/tin-nhan/bao-nhan', 'anonymous'],
  ['/dong-bo/sandbox/api', 'anonymous'],
  ['/dang-ky/xac-nhan', 'anonymous'],
  ['/dinh-danh/dang-nhap', 'anonymous'],
  ['/dinh-danh/tra-ve', 'anonymous'],
]

/** Every `searchParams.get('…')` / `params.get('…')` in the app, so a new parameter cannot escape the list. */
function parametersReadByTheApp(dir = 'app'): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.'))
    .flatMap((entry) => [...readFileSync(path.join(entry.parentPath, entry.name), 'utf8').matchAll(/[pP]arams\.get\('([^']+)'\)/g)].map((m) => m[1]!))
}

/** Two at a time: the other journeys of the suite share the server meanwhile. */
async function inPool<T>(tasks: (() => Promise<T>)[], size = 2): Promise<T[]> {
  const results: T[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++]!
        results.push(await task())
      }
    }),
  )
  return results
}

test('every route answers bad query and path values with a page or a 4xx, never a 5xx', async ({ baseURL }) => {
  test.setTimeout(600_000)
  expect(QUERY_NAMES).toEqual(expect.arrayContaining([...new Set(parametersReadByTheApp())]))
  const sessions = new Map<Role, APIRequestContext>()
  const as = async (role: Role) => sessions.get(role) ?? sessions.set(role, await sessionFor(role, baseURL!)).get(role)!
  for (const role of ALL) await as(role)
  const matrix = routeMatrix(await citizenSamples(await as('citizenA')))
  const targets: [string, Role][] = [
    // Public pages as a citizen too: the header and the root loader differ once logged in.
    ...matrix.map(([url, roles]): [string, Role] => [url, roles.includes('anonymous') ? 'citizenA' : (roles[0] ?? 'citizenA')]),
    ...EXTRA.map(([url, role]): [string, Role] => [url, role === 'anonymous' ? 'citizenA' : role]),
    ...(await draftSteps(await as('citizenB'))).map((url): [string, Role] => [url, 'citizenB']),
  ]
  const anonymousMayOpen = new Set([...matrix.filter(([, roles]) => roles.includes('anonymous')).map(([url]) => url), ...EXTRA.filter(([, role]) => role === 'anonymous').map(([url]) => url)])
  const patterns = await buildRoutePatterns()
  expect(
    patterns.filter((p) => !targets.some(([url]) => matchesPattern(p, url))),
    'routes with no address to fuzz',
  ).toEqual([])

  const problems: string[] = []
  const get = async (role: Role, url: string) => {
    // One retry of a reset: a kept-alive connection the server closed as the request left (a crash would reset again).
    const response = await (await as(role)).get(url, { maxRedirects: 0, maxRetries: 1 })
    if (response.status() >= 500) problems.push(`${role} GET ${url.length > 160 ? `${url.slice(0, 160)}…` : url} → ${response.status()}`)
    return response
  }
  const withQuery = (url: string, names: string[], value: string) => `${url.split('?')[0]}?${names.map((name) => `${name}=${value}`).join('&')}`
  const probe = async (role: Role, url: string, names: string[], value: string): Promise<void> => {
    const response = await get(role, withQuery(url, names, value))
    // A 404 (nothing there) or a refusal of the whole address before Remix (text, not a page: a NUL) would answer
    // any part of the parameters alike.
    if (response.status() !== 400 || !response.headers()['content-type']?.startsWith('text/html') || names.length === 1) return
    const half = Math.ceil(names.length / 2)
    await probe(role, url, names.slice(0, half), value)
    await probe(role, url, names.slice(half), value)
  }
  const tasks: (() => Promise<unknown>)[] = []
  for (const [url, owner] of targets) {
    if (!anonymousMayOpen.has(url)) for (const value of TO_LOGIN) tasks.push(() => get('anonymous', withQuery(url, QUERY_NAMES, value)))
    for (const role of anonymousMayOpen.has(url) ? (['anonymous', owner] as Role[]) : [owner]) {
      for (const value of NASTY) tasks.push(() => probe(role, url, QUERY_NAMES, value))
      // Each path segment that is a parameter of the route, in turn.
      const pattern = patterns.find((p) => matchesPattern(p, url))!.split('/')
      const segments = url.split('?')[0]!.split('/')
      pattern.forEach((part, i) => {
        if (!part.startsWith(':') && part !== '*') return
        // An empty segment is another address ("//x" even another host), not a bad value.
        for (const value of NASTY.filter(Boolean)) tasks.push(() => get(role, segments.map((s, j) => (j === i ? value : s)).join('/')))
      })
    }
  }
  await inPool(tasks)
  expect(problems).toEqual([])
  for (const session of sessions.values()) await session.dispose()
})
