import { expect, test } from '@playwright/test'
import { expectAccessible, logIn } from './helpers.ts'

test.skip(({ isMobile }) => isMobile, 'administration runs on the desktop project')

test('a system admin adds a holiday, hides and republishes a procedure, and creates a staff account', async ({ page }) => {
  await logIn(page, 'admin@angiang.example')
  await expect(page).toHaveURL(/\/quan-tri$/)

  await page.goto('/quan-tri/ngay-nghi?nam=2027')
  await page.getByLabel('Ngày', { exact: true }).fill('2027-01-01')
  await page.getByLabel('Tên ngày nghỉ').fill('Tết Dương lịch')
  await page.getByRole('button', { name: 'Thêm ngày vào lịch' }).click()
  await expect(page.getByRole('cell', { name: '01/01/2027', exact: true })).toBeVisible()
  await page.getByLabel('Ngày', { exact: true }).fill('2027-01-01')
  await page.getByLabel('Tên ngày nghỉ').fill('Trùng')
  await page.getByRole('button', { name: 'Thêm ngày vào lịch' }).click()
  await expect(page.getByRole('alert')).toContainText('Ngày này đã có trong lịch')
  await expectAccessible(page)

  await page.goto('/quan-tri/thu-tuc?q=khai tu')
  await page.getByRole('button', { name: 'Ẩn thủ tục 1.000656' }).click()
  await page.goto('/thu-tuc?q=dang+ky+khai+tu')
  await expect(page.locator('.results a', { hasText: /^Đăng ký khai tử$/ })).toHaveCount(0)
  await page.goto('/quan-tri/thu-tuc?q=khai tu')
  await page.getByRole('button', { name: 'Công khai thủ tục 1.000656' }).click()
  await page.goto('/thu-tuc?q=dang+ky+khai+tu')
  await expect(page.locator('.results a', { hasText: /^Đăng ký khai tử$/ })).toHaveCount(1)

  await page.goto('/quan-tri/can-bo')
  await page.getByLabel('Họ và tên').fill('Kiều Thị Lan')
  await page.getByLabel('Địa chỉ thư điện tử').fill(`lan.${Date.now()}@angiang.example`)
  await page.getByLabel('Số điện thoại di động').fill('0916000111')
  await page.getByLabel('Vai trò').selectOption('SPECIALIST')
  await page.getByLabel('Cơ quan thực hiện').selectOption({ label: 'Sở Tư pháp tỉnh An Giang' })
  await page.getByLabel('Mật khẩu tạm thời').fill('tam-thoi-2026')
  await page.getByRole('button', { name: 'Tạo tài khoản cán bộ' }).click()
  await expect(page.getByRole('cell', { name: 'Kiều Thị Lan', exact: true })).toBeVisible()
  await expectAccessible(page)
})

test('an agency admin cannot edit the province-wide holiday calendar', async ({ page }) => {
  await logIn(page, 'quantri.longxuyen@angiang.example')
  await page.goto('/quan-tri/ngay-nghi')
  await expect(page.getByRole('button', { name: 'Thêm ngày vào lịch' })).toHaveCount(0)
  const response = await page.request.post('/quan-tri/ngay-nghi', { form: { date: '2027-05-05', name: 'x', kind: 'DAY_OFF' }, headers: { Origin: new URL(page.url()).origin } })
  expect(response.status()).toBe(403)
})

test('the statistics dashboard cuts the figures, drills down to the dossiers and exports CSV', async ({ page }) => {
  await logIn(page, 'admin@angiang.example')
  const year = new Date().getFullYear()
  await page.goto(`/quan-tri/thong-ke?ky=${year}&theo=channel`)
  await expect(page.getByRole('rowheader', { name: 'Tổng cộng' })).toBeVisible()
  await expectAccessible(page)
  const csv = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Tải bảng (CSV)' }).click()
  expect((await csv).suggestedFilename()).toBe(`thong-ke-${year}-channel.csv`)
  await page.getByRole('link', { name: 'Trực tiếp tại quầy' }).click()
  await expect(page.getByRole('heading', { name: 'Hồ sơ chi tiết' })).toBeVisible()
  await expect(page.locator('tbody tr').first()).toContainText('Trực tiếp tại quầy')
  await expectAccessible(page)
})
