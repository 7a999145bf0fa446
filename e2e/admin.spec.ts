import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
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
  // Wait for the post to finish before leaving the page, or the search may run before the change.
  await expect(page.getByRole('button', { name: 'Công khai thủ tục 1.000656' })).toBeVisible()
  await page.goto('/thu-tuc?q=dang+ky+khai+tu')
  await expect(page.locator('.results a', { hasText: /^Đăng ký khai tử$/ })).toHaveCount(0)
  await page.goto('/quan-tri/thu-tuc?q=khai tu')
  await page.getByRole('button', { name: 'Công khai thủ tục 1.000656' }).click()
  await expect(page.getByRole('button', { name: 'Ẩn thủ tục 1.000656' })).toBeVisible()
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

test('the statistics dashboard cuts the figures, drills down to the dossiers and exports CSV and XLSX', async ({ page }) => {
  await logIn(page, 'admin@angiang.example')
  const year = new Date().getFullYear()
  await page.goto(`/quan-tri/thong-ke?ky=${year}&theo=channel`)
  await expect(page.getByRole('rowheader', { name: 'Tổng cộng' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Điểm theo Quyết định 766/QĐ-TTg' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Biểu đồ/ })).toBeVisible()
  await expectAccessible(page)
  const csv = page.waitForEvent('download')
  await page.getByRole('link', { name: 'CSV', exact: true }).click()
  expect((await csv).suggestedFilename()).toBe(`thong-ke-${year}-channel.csv`)
  const xlsx = page.waitForEvent('download')
  await page.getByRole('link', { name: 'XLSX', exact: true }).click()
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile((await (await xlsx).path())!)
  const sheet = book.getWorksheet('Thống kê')!
  // A caption line, then the headings.
  expect(sheet.getRow(2).getCell(3).value).toBe('Nhận giải quyết')
  expect(sheet.lastRow!.getCell(2).value).toBe('Tổng cộng')
  const counter = page.getByRole('row', { name: /Trực tiếp tại quầy/ })
  const received = await counter.getByRole('link').first().innerText()
  await counter.getByRole('link').first().click()
  await expect(page.getByRole('heading', { name: 'Hồ sơ chi tiết' })).toBeVisible()
  await expect(page.locator('tbody tr')).toHaveCount(Number(received))
  await expect(page.locator('tbody tr').first()).toContainText('Trực tiếp tại quầy')
  await expectAccessible(page)
})

test("an agency's leader reads its statistics in the back office; a clerk cannot", async ({ page, browser }) => {
  await logIn(page, 'lanhdao.longxuyen@angiang.example')
  await page.locator('a[href="/mot-cua/thong-ke"]').click()
  await expect(page).toHaveURL(/\/mot-cua\/thong-ke/)
  await page.getByLabel('Theo', { exact: true }).selectOption('agency')
  await page.getByRole('button', { name: 'Xem' }).click()
  await expect(page.locator('tbody tr')).toHaveCount(2) // Long Xuyên only, and the total
  await expectAccessible(page)
  const clerk = await browser.newContext({ baseURL: test.info().project.use.baseURL })
  const clerkPage = await clerk.newPage()
  await logIn(clerkPage, 'motcua.longxuyen@angiang.example')
  expect((await clerkPage.goto('/mot-cua/thong-ke'))?.status()).toBe(403)
  await clerk.close()
})

test('a province administrator imports historical dossiers: line-numbered errors first, then all rows', async ({ page }) => {
  await logIn(page, 'admin@angiang.example')
  await page.goto('/quan-tri/nhap-ho-so')
  const sample = readFileSync('docs/import/dossiers-sample.csv', 'utf8')
  const file = (text: string) => ({ name: 'ho-so.csv', mimeType: 'text/csv', buffer: Buffer.from(text) })
  await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles(file(sample.replace('04/03/2019 08:15', '32/03/2019')))
  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click()
  await expect(page.getByText('Dòng 2, cột received_at: “32/03/2019” không phải ngày')).toBeVisible()
  await expect(page.getByRole('heading', { name: '1 lỗi — chưa lưu hồ sơ nào' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles(file(sample))
  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click()
  await expect(page.getByRole('status')).toContainText('đã nhập xong 5 hồ sơ')
  await page.goto('/thong-ke?ky=2019-03')
  await expect(page.locator('.figure').first()).toContainText('5')
})
