import { expect, test } from '@playwright/test'
import { expectAccessible, fileSimpleProcedure, logIn, registerCitizen } from './helpers.ts'

test('pay fees: cancel, retry, succeed; the clerk can receive only after the gateway confirms', async ({ page, browser, isMobile }) => {
  test.skip(!isMobile, 'the citizen pays on a phone; the clerk checks from a desktop context')
  await registerCitizen(page)
  const code = await fileSimpleProcedure(page, '2.000635', 'Ủy ban nhân dân Phường Long Xuyên')
  await expect(page.getByText('Hồ sơ cần nộp phí, lệ phí 8.000 đồng.')).toBeVisible()

  const desk = await (await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'vi-VN' })).newPage()
  await logIn(desk, 'motcua.longxuyen@angiang.example')
  await desk.goto('/mot-cua')
  await desk.getByRole('link', { name: code }).click()
  await expect(desk.getByText('chưa nộp phí')).toBeVisible() // not before the IPN: the desk is told why
  await expect(desk.getByRole('button', { name: 'Tiếp nhận', exact: true })).toHaveCount(0)

  // First attempt: the payer cancels at the gateway. The dossier is kept.
  await page.getByRole('link', { name: 'Nộp phí trực tuyến' }).click()
  await page.getByRole('button', { name: 'Nộp 8.000 đồng trực tuyến' }).click()
  await expect(page.getByRole('heading', { name: 'Cổng thanh toán (thử nghiệm)' })).toBeVisible()
  await expect(page.getByText('8.000 đồng')).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Người dùng hủy giao dịch').check()
  await page.getByRole('button', { name: 'Xác nhận' }).click()
  await expect(page.getByRole('heading', { name: 'Chưa thanh toán được' })).toBeVisible()

  // Retry with a new reference, by QR this time, and succeed.
  await page.getByRole('link', { name: 'Thanh toán lại' }).click()
  await page.getByRole('button', { name: 'Nộp 8.000 đồng trực tuyến' }).click()
  await page.getByLabel('Quét mã VNPAY-QR').check()
  await page.getByRole('button', { name: 'Xác nhận' }).click()
  await expect(page.getByRole('heading', { name: 'Thanh toán thành công' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Lịch sử thanh toán' }).click()
  await expect(page.getByText('Đã hủy')).toBeVisible()
  const receipt = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Tải biên lai điện tử (PDF)' }).click()
  expect((await receipt).suggestedFilename()).toMatch(/^bien-lai-P[0-9A-F]{12}\.pdf$/)

  await desk.reload()
  await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click()
  await expect(desk.getByRole('status')).toContainText('Đã tiếp nhận')
})
