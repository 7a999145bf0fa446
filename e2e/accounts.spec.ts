import { expect, test } from '@playwright/test'
import { ACCOUNTS } from '../prisma/seed/accounts.ts'
import { expectAccessible, logIn, newNationalId, phoneOf, register } from './helpers.ts'

const AREA = { CITIZEN: '/ho-so', CLERK: '/mot-cua', SPECIALIST: '/mot-cua', APPROVER: '/mot-cua', SUPPORT_STAFF: '/ho-tro', AGENCY_ADMIN: '/quan-tri', SYSTEM_ADMIN: '/quan-tri' }

for (const account of ACCOUNTS) {
  test(`demo ${account.role} ${account.email} logs in and lands on their own area`, async ({ page }) => {
    await logIn(page, account.role === 'CITIZEN' ? account.nationalId! : account.email)
    await expect(page).toHaveURL(new RegExp(`${AREA[account.role]}$`))
    await expect(page.locator('.main-nav__user')).toHaveText(account.fullName)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible()
  })
}

test('a citizen cannot open the back office, and anonymous visitors are sent to log in first', async ({ page }) => {
  await page.goto('/mot-cua')
  await expect(page).toHaveURL(/\/dang-nhap\?redirectTo=%2Fmot-cua/)
  await logIn(page, ACCOUNTS[0]!.nationalId!)
  await expect(page).toHaveURL(/\/ho-so$/)
  const response = await page.goto('/mot-cua')
  expect(response?.status()).toBe(403)
})

test('a citizen registers without an e-mail, confirms the phone by a code, and lands in their dossiers', async ({ page }) => {
  const nationalId = newNationalId()
  await register(page, { fullName: 'Phan Thị Mỹ Duyên', nationalId, password: 'mat-khau-duyen' })
  await expect(page.getByText('Chào mừng Phan Thị Mỹ Duyên')).toBeVisible()
  await expect(page.locator('.identity-summary')).toContainText(nationalId)
  await expect(page.locator('.identity-summary')).toContainText('Tự khai báo, chưa xác thực')
})

test('when the validation script cannot load, the server still checks and names each mistake', async ({ page }) => {
  await page.goto('/dang-ky')
  await page.waitForLoadState('networkidle')
  // Validation loads on first focus (app/forms/use-validated-form.ts); here the network drops before that.
  await page.route('**/assets/**', (route) => route.abort())
  await page.getByLabel('Họ và tên').fill('Trần Văn Tâm')
  await page.getByLabel('Số định danh cá nhân (CCCD)').fill('12345')
  await page.getByRole('button', { name: 'Đăng ký' }).click()
  await expect(page.locator('#nationalId-error')).toContainText('Số định danh cá nhân phải gồm đúng 12 chữ số')
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Văn Tâm')
})

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('bad registration input gets messages at the fields and keeps what was typed', async ({ page }) => {
      await page.goto('/dang-ky')
      await page.getByLabel('Họ và tên').fill('Trần Văn Tâm')
      await page.getByLabel('Số định danh cá nhân (CCCD)').fill('12345')
      await page.getByLabel('Số điện thoại di động').fill('0903111222')
      await page.getByLabel('Địa chỉ thư điện tử').fill('tam@')
      await page.getByRole('button', { name: 'Đăng ký' }).click()

      const summary = page.getByRole('alert')
      await expect(summary).toContainText('Có lỗi cần sửa')
      await expect(summary).toContainText('Số định danh cá nhân phải gồm đúng 12 chữ số')
      await expect(page.locator('#nationalId-error')).toContainText('Số định danh cá nhân phải gồm đúng 12 chữ số')
      await expect(page.locator('#email-error')).toContainText('Nhập địa chỉ thư điện tử đúng định dạng')
      await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Văn Tâm')
      await expect(page.getByLabel('Số định danh cá nhân (CCCD)')).toHaveValue('12345')
      // axe runs inside the page, so it needs JavaScript: the scan is done in the JavaScript variant.
      if (javaScriptEnabled) await expectAccessible(page)

      await summary.getByRole('link', { name: /Số định danh/ }).click()
      await expect(page).toHaveURL(/#nationalId$/)
    })

    test('a registered CCCD is not given away: the same next page as for a new one, and no code to the phone typed', async ({ page }) => {
      const phone = phoneOf(newNationalId())
      await page.goto('/dang-ky')
      await page.getByLabel('Họ và tên').fill('Nguyễn Văn An')
      await page.getByLabel('Số định danh cá nhân (CCCD)').fill(ACCOUNTS[0]!.nationalId!)
      await page.getByLabel('Số điện thoại di động').fill(phone)
      await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-an-toan')
      await page.getByLabel('Nhập lại mật khẩu').fill('mat-khau-an-toan')
      await page.getByRole('button', { name: 'Đăng ký' }).click()
      await expect(page.getByRole('heading', { name: 'Nhập mã xác nhận' })).toBeVisible()
      await expect(page.getByText(`${phone.slice(0, 2)}******${phone.slice(-2)}`)).toBeVisible()
      await page.getByLabel('Mã xác nhận').fill('123456')
      await page.getByRole('button', { name: 'Hoàn tất đăng ký' }).click()
      await expect(page.locator('#code-error')).toContainText('Mã xác nhận không đúng')
      expect(await (await page.request.get(`/tin-nhan/sandbox?so=${phone}`)).text()).not.toMatch(/\b\d{6}\b.*<\/td>/)
    })

    test('a wrong password is refused with a message and the identifier kept', async ({ page }) => {
      await logIn(page, ACCOUNTS[0]!.nationalId!, 'sai-mat-khau')
      await expect(page.getByRole('alert')).toContainText('mật khẩu không đúng')
      await expect(page.getByLabel('Số định danh cá nhân hoặc thư điện tử')).toHaveValue(ACCOUNTS[0]!.nationalId!)
    })
  })
}
