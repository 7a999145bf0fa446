import { expect, test, type Browser, type Page } from '@playwright/test'
import { answerBirthQuestions, expectAccessible, logIn, newNationalId, pdfUpload, phoneOf, register, smsCode } from './helpers.ts'

// Who a person is: the e-ID vouches for it, a password alone does not; recovery and consent codes die young.
test.skip(({ isMobile }) => !isMobile, 'identity journeys run on the phone project')

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })

/** Someone else, in a browser of their own (same address, language and time zone as the test's). */
async function another(browser: Browser, identifier?: string) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const page = await context.newPage()
  if (identifier) await logIn(page, identifier)
  return page
}

/** The Long Xuyên clerk enters a paper birth registration for this CCCD; returns the dossier's id. */
async function counterDossier(browser: Browser, nationalId: string, fullName: string) {
  const desk = await another(browser, 'motcua.longxuyen@angiang.example')
  await desk.goto('/mot-cua/tiep-nhan')
  await desk.getByLabel('Thủ tục').selectOption({ label: 'Đăng ký khai sinh (1.001193)' })
  await desk.getByRole('button', { name: 'Chọn thủ tục' }).click()
  await desk.getByLabel('Họ và tên').fill(fullName)
  await desk.getByLabel('Số định danh cá nhân (CCCD)').fill(nationalId)
  await desk.getByLabel('Số điện thoại di động').fill(phoneOf(nationalId))
  await desk.getByLabel('Địa chỉ liên hệ').fill('Số 4 Lê Lợi, Phường Long Xuyên')
  await answerBirthQuestions(desk, { child: 'Châu Minh Khôi', mother: 'Lý Thị Hằng', relation: 'CHA' }, { submit: false })
  await desk
    .getByRole('group', { name: /Tờ khai đăng ký khai sinh/ })
    .getByLabel('Đã nhận bản giấy')
    .check()
  await desk
    .getByRole('group', { name: /Giấy chứng sinh/ })
    .getByLabel('Bản quét')
    .setInputFiles(pdfUpload('chung-sinh.pdf'))
  await desk.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click()
  await expect(desk.locator('.tag').first()).toHaveText('Đã tiếp nhận')
  const id = desk.url().match(/\/mot-cua\/ho-so\/([^/?#]+)/)?.[1]
  expect(id, 'the new dossier’s page').toBeTruthy()
  await desk.context().close()
  return id!
}

test('the e-ID vouches for a person: their counter dossier is theirs, a password account with their CCCD never saw it', async ({ page, browser }) => {
  const nationalId = newNationalId()
  const fullName = 'Châu Văn Lộc'
  const id = await counterDossier(browser, nationalId, fullName)

  // A stranger registers a password account with that CCCD (and their own phone): the dossier is not theirs.
  const stranger = await another(browser)
  await register(stranger, { fullName, nationalId, phone: phoneOf(newNationalId()), password: 'mat-khau-ke-la' })
  await expect(stranger.locator(`a[href="/ho-so/${id}"]`)).toHaveCount(0)
  expect((await stranger.goto(`/ho-so/${id}`))?.status()).toBe(404)

  // The person logs in with the (sandbox) national e-ID on their phone.
  await page.goto('/dang-nhap')
  await shot(page, 'login')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click()
  await expect(page.getByRole('heading', { name: 'Đăng nhập định danh điện tử (thử nghiệm)' })).toBeVisible()
  await page.getByText('Người khác (nhập thông tin)').click()
  const other = page.locator('details')
  await other.getByLabel('Số định danh cá nhân (CCCD)').fill(nationalId)
  await other.getByLabel('Họ và tên').fill(fullName)
  await other.getByLabel('Ngày sinh').fill('1979-09-02')
  await other.getByLabel('Giới tính').selectOption('MALE')
  await other.getByLabel('Số điện thoại di động').fill(phoneOf(nationalId))
  await other.getByLabel('Nơi ở hiện tại').fill('Số 4 Lê Lợi, Phường Long Xuyên, tỉnh An Giang')
  await shot(page, 'sandbox-consent')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Đồng ý và đăng nhập với người này' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeVisible()
  const identity = page.locator('.identity-summary')
  await expect(identity).toContainText(fullName)
  await expect(identity).toContainText(nationalId)
  await expect(identity).toContainText('Đã xác thực bằng định danh điện tử')
  await expect(page.locator(`a[href="/ho-so/${id}"]`)).toHaveCount(1)
  await shot(page, 'my-dossiers-verified')
  await expectAccessible(page)

  // The stranger's password and sessions ended when the e-ID took the account over.
  await stranger.goto('/ho-so')
  await expect(stranger).toHaveURL(/\/dang-nhap/)
  await logIn(stranger, nationalId, 'mat-khau-ke-la')
  await expect(stranger.getByRole('alert')).toBeVisible()

  // The account page: what the e-ID vouched for is read only; the address came from the e-ID.
  await page.goto('/ho-so/tai-khoan')
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeVisible()
  await expect(page.getByText('không sửa được trên Cổng')).toBeVisible()
  await expect(page.getByLabel('Số định danh cá nhân (CCCD)')).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: 'Địa chỉ liên hệ' })).toHaveValue('Số 4 Lê Lợi, Phường Long Xuyên, tỉnh An Giang')
  await shot(page, 'profile')
  await expectAccessible(page)
})

test('a forgotten password is reset with the code sent to the confirmed phone, once', async ({ page }) => {
  const nationalId = newNationalId()
  const phone = phoneOf(nationalId)
  await register(page, { fullName: 'Mai Thị Lành', nationalId, password: 'mat-khau-lanh-cu' })
  const registrationCode = await smsCode(page, phone)
  await page.getByRole('button', { name: 'Đăng xuất' }).click()

  await page.goto('/dang-nhap')
  await page.getByRole('link', { name: 'Quên mật khẩu?' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Quên mật khẩu' })).toBeVisible()
  await shot(page, 'recovery-start')
  await expectAccessible(page)
  await page.getByLabel('Số định danh cá nhân hoặc thư điện tử').fill(nationalId)
  await page.getByRole('button', { name: 'Gửi mã đặt lại mật khẩu' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Đặt lại mật khẩu' })).toBeVisible()
  const code = await smsCode(page, phone, registrationCode)
  await page.getByLabel('Mã đặt lại mật khẩu').fill(code)
  await page.getByLabel('Mật khẩu mới').fill('12345678')
  await page.getByLabel('Nhập lại mật khẩu').fill('12345678')
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
  await expect(page.locator('#password-error')).toBeVisible() // a common password; the code is not spent
  await expect(page.getByLabel('Mã đặt lại mật khẩu')).toHaveValue(code)
  await page.getByLabel('Mật khẩu mới').fill('lanh-moi-2026')
  await page.getByLabel('Nhập lại mật khẩu').fill('lanh-moi-2026')
  await shot(page, 'recovery-code')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
  await expect(page.getByRole('status')).toContainText('Đã đặt mật khẩu mới')

  await logIn(page, nationalId, 'mat-khau-lanh-cu')
  await expect(page.getByRole('alert')).toBeVisible()
  await logIn(page, nationalId, 'lanh-moi-2026')
  await expect(page).toHaveURL(/\/ho-so$/)

  // The code served once.
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await page.goto('/quen-mat-khau')
  await page.getByLabel('Số định danh cá nhân hoặc thư điện tử').fill(nationalId)
  await page.getByRole('button', { name: 'Gửi mã đặt lại mật khẩu' }).click()
  await smsCode(page, phone, code)
  await page.getByLabel('Mã đặt lại mật khẩu').fill(code)
  await page.getByLabel('Mật khẩu mới').fill('lanh-lan-ba-2026')
  await page.getByLabel('Nhập lại mật khẩu').fill('lanh-lan-ba-2026')
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
  await expect(page.locator('#code-error')).toBeVisible()
})

test('a support point’s consent code dies after five wrong tries, even for the right code after', async ({ page }) => {
  const nationalId = newNationalId()
  const phone = phoneOf(nationalId)
  await logIn(page, 'hotro.longxuyen@angiang.example')
  await page.goto('/ho-tro')
  await page.getByLabel('Tìm người dân theo số định danh cá nhân (CCCD)').fill(nationalId)
  await page.getByRole('button', { name: 'Tìm', exact: true }).click()
  await expect(page.getByText('Chưa có người dân với số định danh này')).toBeVisible()
  await page.getByLabel('Họ và tên').fill('Quách Văn Tư')
  await page.getByLabel('Ngày sinh').fill('1948-02-11')
  await page.getByLabel('Số điện thoại di động').fill(phone)
  await page.getByRole('button', { name: 'Đăng ký' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quách Văn Tư')

  const byCode = page.locator('form', { has: page.getByRole('button', { name: 'Gửi mã xác nhận' }) })
  await byCode.getByRole('checkbox').check()
  await byCode.getByRole('button', { name: 'Gửi mã xác nhận' }).click()
  await expect(page.getByRole('status')).toContainText('Đã gửi mã xác nhận')
  const code = await smsCode(page, phone)
  const wrong = code === '000000' ? '111111' : '000000'
  const codeField = page.getByLabel('Mã xác nhận (6 chữ số) người dân nhận được')
  for (let tries = 1; tries <= 5; tries++) {
    await codeField.fill(wrong)
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click()
    await expect(page.getByRole('alert')).toContainText(tries < 5 ? 'Mã xác nhận không đúng' : 'đã bị khóa do nhập sai quá 5 lần')
  }
  // The dead code's field goes; the right code, sent anyway, is refused too.
  await expect(codeField).toHaveCount(0)
  const late = await page.request.post(page.url(), { multipart: { intent: 'confirmCode', code }, headers: { Origin: new URL(page.url()).origin } })
  expect(late.status()).toBe(400)
  expect(await late.text()).toContain('đã bị khóa do nhập sai quá 5 lần')
  await expect(page.getByText('Chưa có xác nhận đồng ý')).toBeVisible()
  await expectAccessible(page)
})

test('an admin changes a staff member’s role, hands over a temporary password, and locks the account after confirming', async ({ page, browser }) => {
  const email = `khanh.${Date.now()}@angiang.example`
  await logIn(page, 'admin@angiang.example')
  await page.goto('/quan-tri/can-bo')
  await page.getByLabel('Họ và tên').fill('Lưu Minh Khánh')
  await page.getByLabel('Địa chỉ thư điện tử').fill(email)
  await page.getByLabel('Số điện thoại di động').fill('0916000222')
  await page.getByLabel('Vai trò').selectOption('SPECIALIST')
  await page.getByLabel('Cơ quan thực hiện').selectOption({ label: 'Sở Tư pháp tỉnh An Giang' })
  await page.getByLabel('Mật khẩu tạm thời').fill('tam-thoi-khanh-2026')
  await page.getByRole('button', { name: 'Tạo tài khoản cán bộ' }).click()
  await page.getByRole('link', { name: 'Lưu Minh Khánh' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Lưu Minh Khánh' })).toBeVisible()

  await page.getByLabel('Vai trò').selectOption('APPROVER')
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
  await expect(page.getByRole('status')).toContainText('Đã lưu vai trò và cơ quan của Lưu Minh Khánh')
  await page.getByRole('button', { name: 'Tạo mật khẩu tạm thời' }).click()
  const temporary = (await page.locator('.temporary-password').textContent())!.trim()
  expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)

  await page.getByRole('link', { name: 'Khóa tài khoản Lưu Minh Khánh' }).click()
  await expect(page.getByText('Bạn chắc chắn muốn khóa tài khoản của Lưu Minh Khánh?')).toBeVisible()
  await shot(page, 'staff-lock-confirm')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Có, khóa tài khoản Lưu Minh Khánh' }).click()
  await expect(page.getByRole('status')).toContainText('Đã khóa tài khoản của Lưu Minh Khánh')

  // The staff member, with the right (temporary) password, is told the account is locked.
  const staff = await another(browser)
  await logIn(staff, email, temporary)
  await expect(staff.getByRole('alert')).toContainText('khóa')
})
