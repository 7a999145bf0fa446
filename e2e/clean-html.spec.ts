// No page of the build carries a NUL byte. React 18.3.1's server renderer sent its whole 2 KB buffer when a
// multi-byte character did not fit at its end (react#31134), so Vietnamese pages carried 0x00 bytes that browsers
// turn into U+FFFD inside attributes and the loader data; patches/react-dom+18.3.1.patch fixes the renderer.
import { expect, test, type APIRequestContext } from '@playwright/test'
import { buildRoutePatterns, citizenSamples, draftSteps, matchesPattern, routeMatrix, sessionFor, type Role } from './route-matrix.ts'

test.skip(({ isMobile }) => isMobile, 'runs once, on the desktop project')

/** Routes that render no page of their own to a GET, with why. */
const NOT_PAGES: Record<string, string> = {
  '/dang-xuat': 'POST only',
  '/co-chu': 'POST only',
  '/tin-nhan/bao-nhan': 'POST only, SMS provider receipts',
  '/tin-nhan/sandbox/api': 'POST only, the sandbox SMS gateway',
  '/dong-bo/sandbox/api': 'POST only, the sandbox national receiver',
  '/thanh-toan/sandbox/api': 'POST only, the sandbox gateway’s merchant API',
  '/dang-ky/xac-nhan': 'the registration waiting for its code, by a cookie; accounts.spec renders it',
  '/dinh-danh/dang-nhap': 'POST only, the way to the e-ID provider',
  '/dinh-danh/tra-ve': 'the e-ID provider’s answer, refused without this browser’s state',
  '/thanh-toan/sandbox': 'needs a signed gateway request',
  '/thanh-toan/vnpay/ipn': 'machine answer to signed notifications',
  '/thanh-toan/vnpay/ket-qua': 'needs a signed gateway redirect',
  '/ho-tro/nguoi-dan/:personId': 'a walk-in person registered by a support point; the support-point journey covers it',
}

function nulOffsets(body: Buffer) {
  const offsets: number[] = []
  for (let i = body.indexOf(0); i !== -1; i = body.indexOf(0, i + 1)) offsets.push(i)
  return offsets
}

test('no page of the build contains a NUL byte, in Vietnamese or English', async ({ baseURL }) => {
  test.setTimeout(120_000)
  const sessions = new Map<Role, APIRequestContext>()
  const as = async (role: Role) => sessions.get(role) ?? sessions.set(role, await sessionFor(role, baseURL!)).get(role)!
  const matrix = routeMatrix(await citizenSamples(await as('citizenA')))

  const pages: [string, Role][] = [
    ...matrix.filter(([, roles, options]) => roles.length > 0 && options?.html !== false).map(([url, roles]): [string, Role] => [url, roles[0]!]),
    ['/dang-nhap', 'anonymous'],
    ['/dang-ky', 'anonymous'],
    ['/khong-co-trang-nay', 'anonymous'],
    // A draft's wizard steps (not in the matrix, which holds filed dossiers).
    ...(await draftSteps(await as('citizenB'))).map((url): [string, Role] => [url, 'citizenB']),
  ]
  // Downloads and machine answers (`html: false`) are walked by the matrix but not read: a PDF may hold 0x00.
  const walked = [...pages.map(([url]) => url), ...matrix.map(([url]) => url), '/ho-so/nop/1.001193']
  const unwalked = (await buildRoutePatterns()).filter((p) => !NOT_PAGES[p] && !walked.some((url) => matchesPattern(p, url)))
  expect(unwalked, 'page routes the walk misses').toEqual([])

  const problems: string[] = []
  for (const [url, role] of pages) {
    for (const language of ['vi', 'en']) {
      const address = `${url}${url.includes('?') ? '&' : '?'}lng=${language}`
      const body = await (await (await as(role)).get(address)).body()
      const offsets = nulOffsets(body)
      if (offsets.length) problems.push(`${address} as ${role}: ${offsets.length} NUL at ${offsets.slice(0, 5).join(', ')} of ${body.length} B`)
    }
  }
  expect(problems).toEqual([])

  // The counter's procedure list: a commune's ~40 Vietnamese options, far past the renderer's buffer several times over.
  const intake = await (await (await as('clerkX')).get('/mot-cua/tiep-nhan')).text()
  expect(intake.match(/<option /g)?.length ?? 0).toBeGreaterThan(30)
  expect(Buffer.byteLength(intake)).toBeGreaterThan(6 * 2048)
  for (const session of sessions.values()) await session.dispose()
})
