// Bad input, one test per class: the answer is a 4xx with a clear, translated message (next to the field when a
// person could have typed it), and nothing is stored half-way.
import { request as httpRequest } from 'node:http'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../prisma/seed/accounts.ts'
import { answerBirthQuestions, newNationalId, pdfUpload, phoneOf, registerCitizen } from './helpers.ts'
import { sessionFor } from './route-matrix.ts'

test.skip(({ isMobile }) => isMobile, 'bad-input checks run once, on the desktop project')

const MB = 1024 * 1024

/** A new citizen with a birth-registration draft open at its documents step; returns the step's address. */
async function draftAtDocuments(page: Page) {
  await registerCitizen(page)
  await page.goto('/ho-so/nop/1.001193')
  await page.getByLabel('Địa chỉ liên hệ').fill('Số 12 Nguyễn Huệ, Phường Long Xuyên')
  await page.getByLabel('Cơ quan giải quyết').selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await answerBirthQuestions(page, { child: 'Nguyễn Minh Khang', mother: 'Lê Thị Thu', relation: 'CHA' })
  await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible()
  return new URL(page.url()).pathname
}

const slotInputs = (page: Page) => page.locator('input[type=file]')
const actionResponse = (page: Page) => page.waitForResponse((r) => r.request().method() === 'POST')

test('oversized bodies: a too-large file gets a message at its slot, a too-large request a 413, nothing stored', async ({ page, baseURL }) => {
  const step = await draftAtDocuments(page)
  const [first] = await slotInputs(page).all()
  await first!.setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * MB)]) })
  const answered = actionResponse(page)
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  expect((await answered).status()).toBe(400)
  await expect(page.locator(`#${await first!.getAttribute('name')}-error`)).toContainText('Tệp phải nhỏ hơn 10 MB')
  await expect(page.getByText('Đã tải lên')).toHaveCount(0)

  // More than a whole dossier in one request is refused before the application reads it.
  const huge = await page.request.post(step, { multipart: { intent: 'upload', 'file-x': { name: 'lon.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(52 * MB) } } })
  expect(huge.status()).toBe(413)
  expect(await huge.text()).toContain('Dữ liệu gửi lên quá lớn')
  const longForm = await page.request.post('/tra-cuu', { form: { code: 'x'.repeat(2 * MB), secret: '0912345678' } })
  expect(longForm.status()).toBe(413)

  // A body of unknown length (chunked) is refused too: limits need a length to be checked before reading.
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(new URL('/tra-cuu', baseURL), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, (res) => resolve(res.statusCode!))
    req.on('error', reject)
    req.write('code=x&')
    req.end('secret=0912345678')
  })
  expect(status).toBe(411)
  await page.goto(step)
  await expect(page.getByText('Đã tải lên')).toHaveCount(0)
})

test('floods of fields: too many form fields or multipart parts are refused with a 413 and a message, before parsing', async ({ page }) => {
  const step = await draftAtDocuments(page)
  const fields = new URLSearchParams([...Array(1001)].map((_, i) => [`f${i}`, '']))
  const form = await page.request.post('/tra-cuu', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, data: fields.toString() })
  expect(form.status()).toBe(413)
  expect(await form.text()).toContain('quá nhiều ô (tối đa 1000)')
  const parts = [...Array(201)].map((_, i) => `--XyZ\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`).join('')
  const multipart = await page.request.post(step, { headers: { 'Content-Type': 'multipart/form-data; boundary=XyZ' }, data: `${parts}--XyZ--\r\n` })
  expect(multipart.status()).toBe(413)
  expect(await multipart.text()).toContain('quá nhiều phần (tối đa 200 tệp và ô nhập)')
  // A form within the limits still goes through the same checks untouched.
  await page.goto(step)
  await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible()
})

test('wrong types: JSON, text/plain and fields of the wrong kind get a 4xx and a message, never a 500', async ({ page }) => {
  for (const [type, body] of [
    ['application/json', '{"identifier":"admin@angiang.example"}'],
    ['text/plain', 'identifier=x'],
  ] as const) {
    const response = await page.request.post('/dang-nhap', { headers: { 'Content-Type': type }, data: body })
    expect(response.status(), type).toBe(415)
    expect(await response.text()).toContain('không được hỗ trợ')
  }
  // Arrays where one value is expected, a missing password: the form's own messages, 400.
  const registration = await page.request.post('/dang-ky', {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'fullName=A&fullName=B&nationalId=abc&nationalId=089090000001&phone=1&email=x',
  })
  expect(registration.status()).toBe(400)
  const html = await registration.text()
  expect(html).toContain('Nhập số điện thoại di động Việt Nam')
  expect(html).toContain('Nhập mật khẩu')

  // An action of a kind that does not exist, a lookup secret in words: 400, with the form's message.
  const step = await draftAtDocuments(page)
  const unknownIntent = await page.request.post(step, { multipart: { intent: 'explode' } })
  expect(unknownIntent.status()).toBe(400)
  const wrongLookup = await page.request.post('/tra-cuu', { form: { code: '000.00.02.H01-261122-0001', secret: 'mười hai số' } })
  expect(wrongLookup.status()).toBe(400)
  expect(await wrongLookup.text()).toContain('Nhập số điện thoại (10 chữ số) hoặc số định danh cá nhân (12 chữ số)')
})

test('broken multipart: a cut-off or mis-bounded body answers 400 and stores nothing', async ({ page }) => {
  const step = await draftAtDocuments(page)
  const slot = (await slotInputs(page).first().getAttribute('name'))!
  const part = `--XyZ\r\nContent-Disposition: form-data; name="${slot}"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut`
  for (const [contentType, body] of [
    ['multipart/form-data; boundary=XyZ', part], // never closed
    ['multipart/form-data; boundary=Other', `${part}\r\n--XyZ--\r\n`], // boundary not in the body
    ['multipart/form-data', `${part}\r\n--XyZ--\r\n`], // no boundary at all
  ] as const) {
    const response = await page.request.post(step, { headers: { 'Content-Type': contentType }, data: body })
    // Either the parser gives up (the "request not understood" page) or the damaged part is dropped and the
    // slot is still asked for; both are 400 and translated.
    expect(response.status(), contentType).toBe(400)
    expect(await response.text()).toMatch(/Yêu cầu không hợp lệ|Tải lên giấy tờ này/)
  }
  await page.goto(step)
  await expect(page.getByText('Đã tải lên')).toHaveCount(0)
})

test('invalid CCCD: each kind of mistake is named next to the field, and no account is made until it is right', async ({ page }) => {
  const nationalId = newNationalId()
  const email = `cccd.${nationalId}@example.com`
  await page.goto('/dang-ky')
  await page.getByLabel('Họ và tên').fill('Trần Văn Bình')
  await page.getByLabel('Số điện thoại di động').fill(phoneOf(nationalId))
  await page.getByLabel('Địa chỉ thư điện tử').fill(email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-binh')
  await page.getByLabel('Nhập lại mật khẩu').fill('mat-khau-binh')
  const field = page.getByLabel('Số định danh cá nhân (CCCD)')
  for (const [typed, message] of [
    [nationalId.slice(0, 11), 'phải gồm đúng 12 chữ số'],
    [`${nationalId.slice(0, 11)}O`, 'phải gồm đúng 12 chữ số'],
    [`003${nationalId.slice(3)}`, '3 chữ số đầu phải là mã tỉnh'],
  ] as const) {
    await field.fill(typed)
    await page.getByRole('button', { name: 'Đăng ký' }).click()
    await expect(page.locator('#nationalId-error')).toContainText(message)
  }
  // The server says the same when the browser's check is bypassed, with a 400.
  const bypass = await page.request.post('/dang-ky', {
    form: { fullName: 'Trần Văn Bình', nationalId: '12345678901', phone: '0912345678', email, password: 'mat-khau-binh', confirmPassword: 'mat-khau-binh' },
  })
  expect(bypass.status()).toBe(400)
  expect(await bypass.text()).toContain('phải gồm đúng 12 chữ số')
  // Nothing was stored: the same CCCD and e-mail register now, typed with full-width digits from a phone keyboard.
  await field.fill(nationalId.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))))
  await page.getByRole('button', { name: 'Đăng ký' }).click()
  await expect(page).toHaveURL(/\/dang-ky\/xac-nhan/)
})

test('path-like file names are stored as plain names and served as downloads of their real type', async ({ page }) => {
  const step = await draftAtDocuments(page)
  const [first, second] = await slotInputs(page).all()
  await first!.setInputFiles(pdfUpload('../../../etc/passwd.pdf'))
  await second!.setInputFiles(pdfUpload('..\\..\\Windows\\win.ini.html'))
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await expect(page).toHaveURL(/kiem-tra/)
  await page.goto(step)
  await expect(page.getByText('passwd.pdf')).toBeVisible()
  await expect(page.getByText('win.ini.pdf')).toBeVisible()
  await expect(page.getByText(/\.\.[\\/]/)).toHaveCount(0)
  const documentId = await page.locator('input[name=documentId]').first().inputValue()
  const download = await page.request.get(`${step.replace('/giay-to', '')}/tep/${documentId}`)
  expect(download.headers()).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' })
  expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="(passwd|win\.ini)\.pdf"/)

  // A web page renamed to .pdf is refused for what it is, at its slot.
  await page
    .getByRole('button', { name: /^Gỡ tệp/ })
    .first()
    .click()
  await expect(slotInputs(page)).toHaveCount(1)
  await slotInputs(page)
    .first()
    .setInputFiles({ name: 'giay-to.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') })
  const answered = actionResponse(page)
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  expect((await answered).status()).toBe(400)
  await expect(page.getByText('Tệp phải là PDF, JPG hoặc PNG').first()).toBeVisible()
})

test('Unicode in Vietnamese names: decomposed input is stored composed, invisible characters dropped, emoji refused', async ({ page }) => {
  const name = 'Huỳnh Thị Phượng'
  await registerCitizen(page, `${name.normalize('NFD').replace(' ', ' \u200b')}\u202e`)
  await expect(page.locator('.main-nav__user')).toHaveText(name)
  await page.request.post('/dang-xuat')

  await page.goto('/dang-ky')
  await page.getByLabel('Họ và tên').fill('Phượng 🌸')
  await page.getByRole('button', { name: 'Đăng ký' }).click()
  await expect(page.locator('#fullName-error')).toContainText('chỉ gồm chữ cái')
})

test('addresses, codes and redirects that cannot be: a 4xx with a message that says what was wrong, never a 500', async ({ baseURL }) => {
  const [anonymous, clerk, leader, admin] = [
    await sessionFor('anonymous', baseURL!),
    await sessionFor('clerkX', baseURL!),
    await sessionFor('leaderY', baseURL!),
    await sessionFor('provinceAdmin', baseURL!),
  ]
  const answers = async (session: APIRequestContext, url: string, status: number, message: string | RegExp) => {
    const response = await session.get(url, { maxRedirects: 0 })
    expect(response.status(), url).toBe(status)
    expect(await response.text(), url).toMatch(message)
  }
  await answers(anonymous, '/thong-ke?ky=9999', 400, 'Không có kỳ báo cáo này: năm từ 1900 đến 2100')
  await answers(leader, '/mot-cua/thong-ke?ky=0000', 400, 'Không có kỳ báo cáo này')
  await answers(anonymous, '/thu-tuc/%00', 400, 'ký tự rỗng (%00)')
  await answers(anonymous, '/diem-ho-tro?xa=%00', 400, 'ký tự rỗng (%00)')
  await answers(anonymous, '/thong-ke?ky=0000&lng=en', 400, 'There is no such reporting period') // and in English
  await answers(admin, '/quan-tri/doi-soat?ngay=9999-99-99', 400, 'Nhập một ngày có thật')
  await answers(admin, '/quan-tri/ngay-nghi?nam=-1', 400, 'Không có năm “-1”')
  // Filters no link makes are dropped: the queue shows as it would without them.
  await answers(clerk, '/mot-cua?after=zzzzzzzzzzzz.abc', 200, 'Hồ sơ')
  await answers(clerk, `/mot-cua?procedure=${'a'.repeat(101)}`, 200, 'Hồ sơ')

  const post = (session: APIRequestContext, url: string, form: Record<string, string>) => session.post(url, { form, headers: { Origin: baseURL! }, maxRedirects: 0 })
  const holiday = await post(admin, '/quan-tri/ngay-nghi', { date: '2026-13-45', name: 'Ngày không có', kind: 'DAY_OFF' })
  expect(holiday.status()).toBe(400)
  expect(await holiday.text()).toContain('Nhập một ngày có thật')
  const procedure = { name: 'Thủ tục không có', onlineLevel: 'NONE', timeLimit: '1', timeLimitUnit: 'WORKING_DAY', legalBasis: 'Không có' }
  for (const [url, form, message] of [
    ['/quan-tri/thu-tuc/9.999999', procedure, 'Không có thủ tục mã “9.999999”'],
    ['/quan-tri/thu-tuc', { code: '9.999999', published: '1' }, 'Không có thủ tục mã “9.999999”'],
    ['/quan-tri/co-quan', { code: 'KHONG-CO', name: 'Cơ quan không có' }, 'Không có cơ quan mã “KHONG-CO”'],
  ] as const) {
    const response = await post(admin, url, form)
    expect(response.status(), url).toBe(404)
    expect(await response.text(), url).toContain(message)
  }
  // A login whose way back carries CR/LF is refused (400), never a header split nor a 500.
  const login = await post(anonymous, '/dang-nhap', { identifier: 'motcua.longxuyen@angiang.example', password: DEMO_PASSWORD, redirectTo: '/mot-cua\r\nSet-Cookie: x=1' })
  expect(login.status()).toBe(400)
  expect(login.headers()['set-cookie'] ?? '').not.toContain('x=1')
  for (const session of [anonymous, clerk, leader, admin]) await session.dispose()
})
