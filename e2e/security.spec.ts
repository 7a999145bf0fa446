import { expect, test, type Page } from '@playwright/test'
import { logIn } from './helpers.ts'

test.skip(({ isMobile }) => isMobile, 'security checks run once, on the desktop project')

function watchPolicyViolations(page: Page) {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

test('every response carries the security headers, with a fresh script nonce each time', async ({ request }) => {
  const [first, second] = [await request.get('/'), await request.get('/')]
  const policy = first.headers()['content-security-policy']!
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/)
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toContain("object-src 'none'")
  expect(second.headers()['content-security-policy']).not.toBe(policy)
  expect(first.headers()).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin', 'x-frame-options': 'DENY' })
  const html = await first.text()
  const nonce = policy.match(/'nonce-([^']+)'/)![1]
  // Every inline script Remix writes carries the nonce; none without it.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1])
  expect(inline.length).toBeGreaterThan(0)
  for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`)
})

test('built scripts are served precompressed, cached for a year, with only the headers a script uses', async ({ request }) => {
  const html = await (await request.get('/')).text()
  const script = html.match(/"(\/assets\/entry\.client-[^"]+\.js)"/)![1]!
  const plain = await request.get(script, { headers: { 'Accept-Encoding': 'identity' } })
  for (const encoding of ['br', 'gzip']) {
    const response = await request.get(script, { headers: { 'Accept-Encoding': `${encoding}, identity` } })
    expect(response.headers()).toMatchObject({
      'content-encoding': encoding,
      'content-type': 'application/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    })
    expect(response.headers()['content-security-policy']).toBeUndefined()
    expect(await response.body()).toEqual(await plain.body())
  }
  expect(plain.headers()['content-encoding']).toBeUndefined()
})

test('pages run their scripts under the policy: no violations, and the chart draws', async ({ page }) => {
  const violations = watchPolicyViolations(page)
  for (const path of ['/', '/thu-tuc?q=khai+sinh', '/thu-tuc/1.001193', '/thong-ke', '/dang-nhap']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  await logIn(page, 'admin@angiang.example')
  await page.goto('/quan-tri/thong-ke?theo=channel')
  const canvas = page.getByRole('img', { name: /Biểu đồ/ })
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL().length)).toBeGreaterThan(5_000)
  expect(violations).toEqual([])
})

test('a form posted from another site is refused before it reaches the application', async ({ request }) => {
  for (const origin of ['https://evil.example', 'null']) {
    const response = await request.post('/dang-nhap', { form: { identifier: 'admin@angiang.example', password: 'Demo@2026' }, headers: { Origin: origin } })
    expect(response.status()).toBe(403)
  }
  const crossSite = await request.post('/tra-cuu', { form: { code: 'x', secret: 'y' }, headers: { 'Sec-Fetch-Site': 'cross-site' } })
  expect(crossSite.status()).toBe(403)
})

test('login is rate-limited per account: the eleventh wrong password in 15 minutes is refused with 429', async ({ page }) => {
  const identifier = `doan.mo.${Date.now()}@example.vn`
  await page.goto('/dang-nhap')
  for (let i = 0; i < 10; i++) {
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau')
    await page.getByLabel('Số định danh cá nhân hoặc thư điện tử').fill(identifier)
    // Each attempt must reach the server before the next (the previous message is still on screen).
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/dang-nhap'))
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await answered
    await expect(page.locator('#identifier-error')).toContainText('không đúng')
  }
  const response = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/dang-nhap'))
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau')
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
  expect((await response).status()).toBe(429)
  await expect(page.locator('#identifier-error')).toContainText('Quá nhiều lần thử')
})
