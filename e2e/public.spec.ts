import { expect, test } from '@playwright/test'
import { expectAccessible } from './helpers.ts'

test('the home page is in Vietnamese and switches to English and back', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dịch vụ công trực tuyến tỉnh An Giang')
  await expectAccessible(page)

  await page.getByRole('link', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An Giang online public services')
  // The choice is remembered on the next page, without ?lng=.
  await page.getByRole('link', { name: 'Administrative procedures' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find an administrative procedure')
  await expectAccessible(page)

  await page.goto('/thu-tuc?lng=vi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm thủ tục hành chính')
})

test('the catalogue lists at least 80 procedures and finds them without diacritics', async ({ page }) => {
  await page.goto('/thu-tuc')
  const count = Number((await page.getByRole('status').textContent())?.match(/\d+/)?.[0])
  expect(count).toBeGreaterThanOrEqual(80)
  await expectAccessible(page)

  await page.getByLabel('Tìm thủ tục').fill('dang ky khai sinh')
  await page.getByRole('button', { name: 'Tìm kiếm' }).click()
  await expect(page).toHaveURL(/q=dang\+ky\+khai\+sinh/)
  await expect(page.locator('.results a').first()).toHaveText('Đăng ký khai sinh')

  await page.locator('.results a').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh')
  await expect(page.getByText('Mã thủ tục 1.001193')).toBeVisible()
  await expectAccessible(page)

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: /Tải mẫu/ }).click()
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
})

test('filters narrow the catalogue and survive in the address', async ({ page }) => {
  await page.goto('/thu-tuc?field=HO_TICH&online=FULL')
  await expect(page.locator('.results li').first()).toContainText('Trực tuyến toàn trình')
  await expect(page.locator('.results li').first()).toContainText('Hộ tịch')
  await expect(page.getByLabel('Lĩnh vực')).toHaveValue('HO_TICH')
})

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/khong-ton-tai')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')
  await expectAccessible(page)
})

test('/health reports the embedded database', async ({ request }) => {
  const response = await request.get('/health')
  expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' })
})

test('the skip link is the first thing a keyboard reaches', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard journey: desktop only')
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})

test('public statistics show the headline figures for a period, in both languages', async ({ page }) => {
  await page.goto('/thong-ke?ky=2026')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả giải quyết thủ tục hành chính — năm 2026')
  await expect(page.getByText(/hồ sơ nhận giải quyết \(kỳ trước chuyển sang/)).toBeVisible()
  await expectAccessible(page)
  await page.goto('/thong-ke?ky=2026-11&lng=en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results of administrative procedures — 11/2026')
})
