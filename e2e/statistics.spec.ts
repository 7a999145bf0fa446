import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { expectAccessible, logIn } from './helpers.ts'

const year = new Date().getFullYear()

/** Phone-sized screenshots down the page, to look at. */
async function shoot(page: Page, name: string, screens = 3) {
  for (let i = 0; i < screens; i++) {
    await page.evaluate((y) => window.scrollTo(0, y), i * 800)
    await page.screenshot({ path: test.info().outputPath(`${name}-${i + 1}.png`) })
  }
}

test('the public statistics read like a province report, in both languages, and refuse a period that is not one', async ({ page }) => {
  await page.goto(`/thong-ke?ky=${year}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kết quả giải quyết thủ tục hành chính — năm ${year}`)
  await expect(page.getByText(/hồ sơ nhận giải quyết \(kỳ trước chuyển sang/)).toBeVisible()
  await expect(page.getByText('trước hạn, đúng hạn trên tổng số nhận giải quyết')).toBeVisible()
  await expect(
    page
      .locator('.figure__value')
      .filter({ hasText: /^\d+,\d\d\u00a0%$/ })
      .first(),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Thủ tục hành chính', exact: true })).toBeVisible()
  await expectAccessible(page)
  await shoot(page, 'public', 4)

  const refused = await page.goto('/thong-ke?ky=9999')
  expect(refused?.status()).toBe(400)
  await expect(page.getByText('Không có kỳ báo cáo này')).toBeVisible()
  await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue('9999')
  await expectAccessible(page)

  await page.goto(`/thong-ke?ky=Q4/${year}&chot=1&lng=en`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results of administrative procedures — Q4 ${year} (figures from 15/09/${year} to 14/12/${year})`)
  await expect(
    page
      .locator('.figure__value')
      .filter({ hasText: /^\d+\.\d\d%$/ })
      .first(),
  ).toBeVisible()
})

test('the periodic report shows the official form by level and by field, and downloads as XLSX and PDF', async ({ page }) => {
  await logIn(page, 'admin@angiang.example')
  await page.goto(`/quan-tri/thong-ke?ky=${year}`)
  await page.getByRole('link', { name: /Báo cáo kết quả giải quyết thủ tục hành chính/ }).click()
  await expect(page.getByRole('heading', { name: 'Tình hình, kết quả giải quyết thủ tục hành chính' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Số hồ sơ nhận giải quyết' }).first()).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Cấp tỉnh' })).toBeVisible()
  await expectAccessible(page)
  await shoot(page, 'report', 3)
  const xlsx = page.waitForEvent('download')
  await page.getByRole('link', { name: 'XLSX', exact: true }).click()
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile((await (await xlsx).path())!)
  expect(book.worksheets.map((s) => s.name)).toEqual(['I. Theo cấp và cơ quan giải quyết'.slice(0, 31), 'II. Theo lĩnh vực'])
  expect(book.worksheets[0]!.getRow(6).getCell(3).value).toBe('Số hồ sơ nhận giải quyết')
  const pdf = page.waitForEvent('download')
  await page.getByRole('link', { name: 'PDF', exact: true }).click()
  expect((await pdf).suggestedFilename()).toBe(`bao-cao-ket-qua-tthc-${year}.pdf`)
})

test('the drill-down pages through the dossiers behind a figure and exports them in the reader’s language', async ({ page }) => {
  await logIn(page, 'admin@angiang.example')
  await page.goto(`/quan-tri/thong-ke?ky=${year}&theo=channel`)
  await shoot(page, 'dashboard', 5)
  const total = page.getByRole('row', { name: /Tổng cộng/ })
  await total.getByRole('link').first().click()
  await expect(page.getByRole('heading', { name: 'Hồ sơ chi tiết' })).toBeVisible()
  const csv = page.waitForEvent('download')
  await page.getByRole('link', { name: 'CSV', exact: true }).click()
  const text = (await import('node:fs')).readFileSync((await (await csv).path())!, 'utf8')
  expect(text.split('\r\n')[1]).toContain('"Mã hồ sơ";"Thủ tục"')
  await expectAccessible(page)
})
