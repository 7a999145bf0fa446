import { devices, expect, test, type Browser } from '@playwright/test'
import { expectAccessible, fileBirthRegistration, logIn, pdfUpload, phoneOf, registerCitizen, smsCode } from './helpers.ts'

test.skip(({ isMobile }) => isMobile, 'support-point journeys run on the desktop project')

async function contextFor(browser: Browser, phone = false) {
  const context = await browser.newContext({ ...(phone ? devices['Pixel 5'] : {}), baseURL: test.info().project.use.baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  return context.newPage()
}

test('staff file for a walk-in citizen, who later claims the dossier; the clerk sees the channel', async ({ browser }) => {
  // The citizen has (or later makes) a password account with the same CCCD.
  const citizen = await contextFor(browser, true)
  const nationalId = await registerCitizen(citizen, 'Võ Thị Thanh Hương')
  const phone = phoneOf(nationalId)

  const staff = await contextFor(browser)
  await logIn(staff, 'hotro.longxuyen@angiang.example')
  await staff.goto('/ho-tro')
  await staff.getByLabel('Tìm người dân theo số định danh cá nhân (CCCD)').fill(nationalId)
  await staff.getByRole('button', { name: 'Tìm', exact: true }).click()
  await expect(staff.getByText('Chưa có người dân với số định danh này')).toBeVisible()
  await staff.getByLabel('Họ và tên').fill('Võ Thị Thanh Hương')
  await expect(staff.getByLabel('Số định danh cá nhân (CCCD)', { exact: true })).toHaveValue(nationalId)
  await staff.getByLabel('Ngày sinh').fill('1958-06-20')
  await staff.getByLabel('Số điện thoại di động').fill(phone)
  await staff.getByRole('button', { name: 'Đăng ký' }).click()
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Võ Thị Thanh Hương')
  await expectAccessible(staff)

  // Consent first: the paper form, signed and scanned.
  const paper = staff.locator('form', { has: staff.getByRole('button', { name: 'Ghi nhận giấy đồng ý' }) })
  await paper.getByRole('button', { name: 'Ghi nhận giấy đồng ý' }).click()
  await expect(staff.getByRole('alert')).toContainText('Đánh dấu xác nhận')
  const again = staff.locator('form', { has: staff.getByRole('button', { name: 'Ghi nhận giấy đồng ý' }) })
  await again.getByRole('checkbox').check()
  await again.getByLabel('Bản quét giấy đồng ý có chữ ký').setInputFiles(pdfUpload('giay-dong-y.pdf'))
  await again.getByRole('button', { name: 'Ghi nhận giấy đồng ý' }).click()
  await expect(staff.getByRole('status')).toContainText('Đã ghi nhận giấy đồng ý')

  // The same wizard, on the person's behalf.
  await staff.getByLabel('Thủ tục').selectOption({ label: 'Đăng ký khai sinh (1.001193)' })
  await staff.getByRole('button', { name: 'Bắt đầu nộp hồ sơ' }).click()
  await expect(staff.locator('main').getByText('Võ Thị Thanh Hương')).toBeVisible()
  // The details are the person's, not the staff member's account.
  await expect(staff.getByText('lấy từ thông tin Võ Thị Thanh Hương đã đăng ký tại điểm hỗ trợ')).toBeVisible()
  await expect(staff.getByText('lấy từ tài khoản của bạn')).toHaveCount(0)
  const code = await fileBirthRegistration(staff, 'Ủy ban nhân dân Phường Long Xuyên', '')
  // The receipt page names the point and the staff member, what is left to pay and how the person follows it.
  await expect(staff.getByText('Điểm hỗ trợ dịch vụ công – Bưu điện Long Xuyên, Số 11 Ngô Gia Tự')).toBeVisible()
  await expect(staff.locator('main').getByText('Đặng Văn Giang')).toBeVisible()
  await staff.screenshot({ path: 'test-results/support-receipt.png', fullPage: true })
  await expect(staff.getByText('Không còn khoản nào phải nộp')).toBeVisible()
  await expect(staff.getByText(`/tra-cuu bằng mã hồ sơ ${code}`)).toBeVisible()
  await expectAccessible(staff)
  const receipt = staff.waitForEvent('download')
  await staff.getByRole('link', { name: 'Tải giấy biên nhận hồ sơ (PDF)' }).click()
  expect((await receipt).suggestedFilename()).toBe(`bien-nhan-${code}.pdf`)
  await staff.getByRole('link', { name: 'Về trang người dân' }).click()
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Võ Thị Thanh Hương')
  await expect(staff.getByText(code)).toBeVisible()

  // The citizen finds it by code and phone, and adds it to their account with a code sent to the dossier's phone
  // (a password account's CCCD alone is not enough).
  await citizen.goto('/tra-cuu')
  await citizen.getByLabel('Mã hồ sơ').fill(code)
  await citizen.getByLabel('Số điện thoại hoặc số định danh cá nhân của người nộp').fill(phone)
  await citizen.getByRole('button', { name: 'Tra cứu' }).click()
  await citizen.getByRole('button', { name: 'Thêm vào hồ sơ của tôi' }).click()
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Nhận hồ sơ được nộp thay cho bạn')
  await citizen.getByRole('button', { name: 'Gửi mã xác nhận' }).click()
  await expect(citizen.getByRole('status')).toContainText('Đã gửi mã xác nhận')
  await citizen.getByLabel(/Mã xác nhận \(6 chữ số\)/).fill(await smsCode(citizen, phone))
  await citizen.getByRole('button', { name: 'Nhận hồ sơ' }).click()
  await expect(citizen.getByRole('status')).toContainText('Hồ sơ đã được thêm vào tài khoản')
  await citizen.getByRole('link', { name: 'Xem hồ sơ' }).click()
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh')
  await expect(citizen.getByText('Đặng Văn Giang, Điểm hỗ trợ dịch vụ công – Bưu điện Long Xuyên')).toBeVisible()
  await expectAccessible(citizen)

  // The clerk sees the channel in the queue.
  const clerk = await contextFor(browser)
  await logIn(clerk, 'motcua.longxuyen@angiang.example')
  await clerk.goto('/mot-cua?channel=SUPPORT_POINT')
  const row = clerk.locator('tr', { has: clerk.getByRole('link', { name: code }) })
  await expect(row).toContainText('Qua điểm hỗ trợ')
})

test('the public directory lists support points by commune', async ({ page }) => {
  await page.goto('/diem-ho-tro')
  await expect(page.getByRole('heading', { name: 'Điểm hỗ trợ dịch vụ công – Bưu điện Rạch Giá' })).toBeVisible()
  await page.getByLabel('Xã, phường, đặc khu').selectOption({ label: 'Phường Long Xuyên' })
  await page.getByRole('button', { name: 'Áp dụng bộ lọc' }).click()
  await expect(page.locator('.card')).toHaveCount(1)
  await expectAccessible(page)
})
