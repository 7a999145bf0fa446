import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { pdfSignatures, pdfText } from '../tests/support/pdf-tools.ts'
import { expectAccessible, logIn, pdfUpload, registerCitizen } from './helpers.ts'

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })

test('a student claims half the fee with a proof; the clerk accepts it; the student pays half and gets the e-receipt', async ({ page, browser, isMobile }) => {
  test.skip(!isMobile, 'the student files and pays on a phone; the clerk works from a desktop context')
  await registerCitizen(page, 'Trần Minh Khoa')

  // The procedure page lists who pays less.
  await page.goto('/thu-tuc/2.000488')
  await expect(page.getByText('Sinh viên: giảm 50%')).toBeVisible()

  await page.goto('/ho-so/nop/2.000488')
  await page.getByLabel('Địa chỉ liên hệ').fill('Số 12 Nguyễn Huệ, Phường Long Xuyên')
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await page.getByLabel('Nội dung yêu cầu').fill('Cấp Phiếu lý lịch tư pháp số 1 để nhập học')
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible()
  for (const [i, input] of (await page.locator('input[type=file]:not(#feeProof)').all()).entries()) await input.setInputFiles(pdfUpload(`giay-to-${i}.pdf`))
  await page.getByRole('radio', { name: /Sinh viên — nộp 100\.000 đồng/ }).check()
  await page.getByLabel('Giấy tờ chứng minh trường hợp miễn, giảm').setInputFiles(pdfUpload('the-sinh-vien.pdf'))
  await expectAccessible(page)
  await shot(page, '1-documents-fee-case')
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await expect(page.getByText('Sinh viên (giảm 50%), giấy tờ chứng minh: the-sinh-vien.pdf')).toBeVisible()
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
  await expect(page.getByRole('heading', { name: 'Hồ sơ đã được nộp' })).toBeVisible()
  const code = (await page.locator('.confirmation__code').textContent())!.trim()

  // Nothing to pay until the clerk decides.
  await page.getByRole('link', { name: 'Theo dõi hồ sơ' }).click()
  await expect(page.getByText('chờ Bộ phận Một cửa xác nhận')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Nộp phí trực tuyến' })).toHaveCount(0)

  const desk = await (await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'vi-VN' })).newPage()
  await logIn(desk, 'motcua.sotuphap@angiang.example')
  await desk.goto('/mot-cua')
  await desk.getByRole('link', { name: code }).click()
  await expect(desk.getByRole('region', { name: 'Phí, lệ phí', exact: true }).getByRole('link', { name: 'the-sinh-vien.pdf' })).toBeVisible()
  // Not received before the claim is decided: the desk is told why.
  await expect(desk.getByText('chấp nhận hoặc từ chối đề nghị trước khi tiếp nhận')).toBeVisible()
  await expect(desk.getByRole('button', { name: 'Tiếp nhận', exact: true })).toHaveCount(0)
  await desk.getByRole('button', { name: 'Chấp nhận miễn, giảm' }).click()
  await expect(desk.getByRole('status')).toContainText('Đã chấp nhận miễn, giảm')
  await expectAccessible(desk)
  await desk.getByRole('region', { name: 'Phí, lệ phí', exact: true }).screenshot({ path: test.info().outputPath('2-clerk-fees-panel.png') })

  // The student now owes half, pays it online and gets the receipt.
  await page.reload()
  const money = page.getByRole('region', { name: 'Phí, lệ phí', exact: true })
  await expect(money).toContainText('100.000 đồng')
  await expect(money).toContainText('đã được chấp nhận')
  await shot(page, '3-dossier-owes-half')
  await page.getByRole('link', { name: 'Nộp phí trực tuyến' }).click()
  await page.getByRole('button', { name: 'Nộp 100.000 đồng trực tuyến' }).click()
  await expect(page.getByRole('heading', { name: 'Cổng thanh toán (thử nghiệm)' })).toBeVisible()
  await expect(page.getByText('100.000 đồng')).toBeVisible()
  await page.getByRole('button', { name: 'Xác nhận' }).click()
  await expect(page.getByRole('heading', { name: 'Thanh toán thành công' })).toBeVisible()
  await expectAccessible(page)
  await shot(page, '4-paid')
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Tải biên lai điện tử (PDF)' }).click()
  const pdf = new Uint8Array(readFileSync((await (await download).path())!))
  const text = pdfText(pdf)
  for (const field of [
    'BIÊN LAI THU PHÍ, LỆ PHÍ',
    'Ký hiệu mẫu biên lai: 01BLP0-001',
    /Ký hiệu: BL-\d\dE/,
    /Số: \d{7}/,
    'Tên đơn vị: Sở Tư pháp tỉnh An Giang',
    /Mã số thuế: \d{10}/,
    'Địa chỉ: Số 80 đường Trần Phú',
    'Họ và tên người nộp: Trần Minh Khoa',
    `Nộp cho hồ sơ số: ${code}`,
    'Phí cung cấp thông tin lý lịch tư pháp',
    'Miễn, giảm: Sinh viên (50%)',
    'Số tiền bằng số: 100.000 đồng',
    'Số tiền bằng chữ: Một trăm nghìn đồng.',
    /Hình thức thanh toán: VNPay, mã giao dịch \d+/,
    /Thời điểm thu tiền: \d\d:\d\d \d\d\/\d\d\/\d{4}/,
    'NGƯỜI THU TIỀN',
    /Mã xác thực: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4} — kiểm tra tại http/,
  ]) {
    if (typeof field === 'string') expect(text).toContain(field)
    else expect(text).toMatch(field)
  }
  expect(pdfSignatures(pdf)).toContain('Signature is Valid')

  await desk.reload()
  await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click()
  await expect(desk.getByRole('status')).toContainText('Đã tiếp nhận')
})
