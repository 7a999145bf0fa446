import { expect, test } from '@playwright/test'
import { expectAccessible } from './helpers.ts'

test('the support-point directory labels landlines, gives opening hours and a map link, on a phone and in English', async ({ page }) => {
  await page.goto('/diem-ho-tro')
  const card = page.locator('.card', { has: page.getByRole('heading', { name: 'Điểm hỗ trợ dịch vụ công – Bưu điện Long Xuyên' }) })
  await expect(card.getByText('Điện thoại cố định')).toBeVisible()
  await expect(card.getByRole('link', { name: '0296 3841 001' })).toHaveAttribute('href', 'tel:02963841001')
  await expect(card.getByText('Thứ Hai – Thứ Sáu: 07:00–11:30')).toBeVisible()
  await expect(card.getByRole('link', { name: 'Xem Điểm hỗ trợ dịch vụ công – Bưu điện Long Xuyên trên bản đồ' })).toHaveAttribute(
    'href',
    'https://www.google.com/maps/search/?api=1&query=10.386072,105.438283',
  )
  await expectAccessible(page)
  await page.screenshot({ path: 'test-results/directory-phone.png', fullPage: true })

  await page.goto('/diem-ho-tro?lng=en')
  await expect(card.getByText('Landline')).toBeVisible()
  // The names, addresses and hours exist only in Vietnamese: marked so for screen readers.
  await expect(card.getByRole('heading')).toHaveAttribute('lang', 'vi')
  await expect(card.locator('dd[lang="vi"]')).toHaveText(/Thứ Hai/)
  await expectAccessible(page)
})
