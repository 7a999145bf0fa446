// A consent code reaches the person's phone through the built-in SMS sandbox gateway (the demo's phones at
// /tin-nhan/sandbox), in plain ASCII, and the code read from it records the consent.
import { expect, test } from '@playwright/test'
import { expectAccessible, logIn, newNationalId } from './helpers.ts'

test('a consent code sent by SMS arrives in the sandbox inbox and records the consent', async ({ page, browser }) => {
  const phone = `09${String(Date.now()).slice(-8)}`
  await logIn(page, 'hotro.longxuyen@angiang.example')
  await page.goto('/ho-tro')
  await page.getByLabel('Tìm người dân theo số định danh cá nhân (CCCD)').fill(newNationalId())
  await page.getByRole('button', { name: 'Tìm', exact: true }).click()
  await expect(page.getByText('Chưa có người dân với số định danh này')).toBeVisible()
  await page.getByLabel('Họ và tên').fill('Lý Thị Tám')
  await page.getByLabel('Ngày sinh').fill('1960-03-08')
  await page.getByLabel('Số điện thoại di động').fill(phone)
  await page.getByRole('button', { name: 'Đăng ký' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lý Thị Tám')
  const byCode = page.locator('form', { has: page.getByRole('button', { name: 'Gửi mã xác nhận' }) })
  await byCode.getByRole('checkbox').check()
  await byCode.getByRole('button', { name: 'Gửi mã xác nhận' }).click()
  await expect(page.getByRole('status')).toContainText('Đã gửi mã xác nhận')

  // The person's phone: the sandbox inbox, no account needed.
  const phonePage = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage()
  await phonePage.goto(`/tin-nhan/sandbox?so=${phone}`)
  const message = phonePage.locator('tbody tr').first()
  await expect(message).toContainText(/Ma xac nhan dong y .* \d{6}/)
  await expectAccessible(phonePage)
  const code = (await message.textContent())!.match(/\b\d{6}\b/)![0]

  await page.getByLabel('Mã xác nhận (6 chữ số) người dân nhận được').fill(code)
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('Đã ghi nhận đồng ý')
})
