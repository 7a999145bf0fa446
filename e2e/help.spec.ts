import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers.ts'

/** Whether the page fits the viewport's width: nothing to scroll sideways (WCAG 1.4.10 reflow). */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }))
  expect(scroll, `sideways scroll on ${page.url()}`).toBeLessThanOrEqual(width)
}

test('help has a page per journey, the questions people ask, and the province’s contact channels from configuration', async ({ page }) => {
  await page.goto('/')
  const footer = page.locator('footer')
  // The configured hotline (playwright.config.ts CONTACT), dialable; no placeholder number.
  await expect(footer.getByRole('link', { name: '0296 3 957 957' })).toHaveAttribute('href', 'tel:02963957957')
  await expect(footer).not.toContainText('1900 0000')
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hướng dẫn' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hướng dẫn và trợ giúp')
  await page.getByText('Bản nháp của tôi có bị mất không?').click()
  await expect(page.getByText('bạn tiếp tục ở bước đang làm dở')).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: 'motcua@angiang.example' })).toHaveAttribute('href', 'mailto:motcua@angiang.example')
  await expectAccessible(page)
  await page.screenshot({ path: 'test-results/help-index-phone.png', fullPage: true })

  for (const journey of ['Cách nộp hồ sơ trực tuyến', 'Cách nộp phí, lệ phí trực tuyến', 'Cách bổ sung hồ sơ', 'Nhận hồ sơ được nộp thay cho bạn']) {
    await page.goto('/huong-dan')
    await page.getByRole('link', { name: journey }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey)
    await expect(page.getByRole('listitem').filter({ hasText: /./ }).first()).toBeVisible()
    await expectAccessible(page)
  }
  await page.screenshot({ path: 'test-results/help-claim-phone.png', fullPage: true })

  await footer.getByRole('link', { name: 'Thông báo xử lý dữ liệu cá nhân' }).click()
  await expect(page.getByRole('main')).toContainText('Nghị định số 13/2023/NĐ-CP')
  await expect(page.getByRole('heading', { name: 'Quyền của bạn' })).toBeVisible()
  await expectAccessible(page)
  await footer.getByRole('link', { name: 'Tuyên bố về khả năng tiếp cận' }).click()
  await expect(page.getByRole('main')).toContainText('WCAG')
  await expectAccessible(page)

  // English: the help in English; the hours the province wrote in Vietnamese are marked as Vietnamese.
  await page.goto('/huong-dan?lng=en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guidance and help')
  await expect(page.getByRole('main').locator('[lang="vi"]', { hasText: 'Thứ Hai – Thứ Sáu' })).toBeVisible()
  await expectAccessible(page)
  // Catalogue content exists only in Vietnamese: on an English page it is marked so, the interface around it is not.
  await page.goto('/thu-tuc/1.001193')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('heading', { name: 'Documents to provide' })).not.toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('listitem').filter({ hasText: 'Tờ khai đăng ký khai sinh' }).locator('[lang="vi"]')).toHaveCount(1)
  await expectAccessible(page)
  expect((await page.goto('/huong-dan/khong-co'))?.status()).toBe(404)
})

test('the text-size control enlarges every page to 200 % without sideways scrolling, and is remembered', async ({ page }) => {
  await page.goto('/thu-tuc')
  const base = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  await page.getByRole('button', { name: 'Cỡ chữ rất lớn' }).click()
  await expect(page).toHaveURL(/\/thu-tuc$/)
  await expect(page.getByRole('button', { name: 'Cỡ chữ rất lớn' })).toHaveAttribute('aria-pressed', 'true')
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(`${parseFloat(base) * 2}px`)
  for (const path of ['/', '/thu-tuc', '/thu-tuc/1.001193', '/tra-cuu', '/diem-ho-tro', '/huong-dan', '/huong-dan/bao-ve-du-lieu-ca-nhan', '/dang-nhap', '/thong-ke']) {
    await page.goto(path)
    await expect(page.locator('html')).toHaveClass(/text-size-200/)
    await expectNoSidewaysScroll(page)
  }
  await page.goto('/huong-dan')
  await page.screenshot({ path: 'test-results/help-200-phone.png' })
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Cỡ chữ thường' }).click()
  await expect(page.locator('html')).not.toHaveClass(/text-size/)
})
