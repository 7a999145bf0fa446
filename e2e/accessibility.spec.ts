// Accessibility beyond the journeys' own checks: axe on every page of the build (as someone allowed to open it,
// on a phone and on a desktop), on pages showing errors, and a filing done with the keyboard alone.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectAccessible, newNationalId, pdfUpload, phoneOf, smsCode } from './helpers.ts'
import { citizenSamples, routeMatrix, sessionFor, type Role } from './route-matrix.ts'

test('every page of the build passes axe, opened by someone allowed to see it', async ({ browser, baseURL }) => {
  test.setTimeout(240_000)
  const citizenA = await sessionFor('citizenA', baseURL!)
  const pages = routeMatrix(await citizenSamples(citizenA)).filter(([, roles, options]) => roles.length > 0 && options?.html !== false)
  // A draft's wizard steps, as citizen B (who only reads elsewhere), and the pages outside the matrix.
  const citizenB = await sessionFor('citizenB', baseURL!)
  const draft = (await citizenB.get('/ho-so/nop/2.000635', { maxRedirects: 0 })).headers().location!.replace('/nguoi-nop', '')
  pages.push(...(['nguoi-nop', 'thong-tin', 'giay-to', 'kiem-tra'].map((step) => [`${draft}/${step}`, ['citizenB']]) as [string, Role[]][]))
  pages.push(['/dang-nhap', ['anonymous']], ['/dang-ky', ['anonymous']], ['/khong-co-trang-nay', ['anonymous']])

  const byRole = new Map<Role, string[]>()
  for (const [url, roles] of pages) byRole.set(roles[0]!, [...(byRole.get(roles[0]!) ?? []), url])
  for (const [role, urls] of byRole) {
    const session = role === 'citizenB' ? citizenB : role === 'citizenA' ? citizenA : await sessionFor(role, baseURL!)
    const context = await browser.newContext({ ...test.info().project.use, baseURL, storageState: await session.storageState() })
    const page = await context.newPage()
    for (const url of urls) {
      await page.goto(url)
      await expectAccessible(page)
    }
    await context.close()
  }
})

test('pages showing errors pass axe: the summary and the messages at the fields', async ({ page }) => {
  await page.goto('/dang-ky')
  await page.getByRole('button', { name: 'Đăng ký' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expectAccessible(page)
  await page.goto('/tra-cuu')
  await page.getByRole('button', { name: 'Tra cứu' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expectAccessible(page)
})

/** Presses Tab until `target` has the focus, checking the focus can be seen there. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) {
      const visible = await target.evaluate((element) => {
        const style = getComputedStyle(element)
        return element.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none')
      })
      expect(visible, 'the focused element shows it').toBe(true)
      return
    }
  }
  throw new Error(`${target} not reached with ${limit} presses of Tab`)
}

async function tabAndType(page: Page, label: string, text: string, exact = false) {
  await tabTo(page, page.getByLabel(label, { exact }))
  await page.keyboard.type(text)
}

test('a person registers and files a dossier with the keyboard alone', async ({ page }) => {
  test.setTimeout(90_000)
  const nationalId = newNationalId()
  await page.goto('/dang-ky')
  await tabTo(page, page.getByRole('link', { name: 'Chuyển đến nội dung chính' }))
  await page.keyboard.press('Enter')
  await tabAndType(page, 'Họ và tên', 'Phan Thị Bàn Phím')
  await tabAndType(page, 'Số định danh cá nhân (CCCD)', nationalId)
  await tabAndType(page, 'Số điện thoại di động', phoneOf(nationalId))
  await tabAndType(page, 'Địa chỉ thư điện tử', `banphim.${nationalId}@example.com`)
  await tabAndType(page, 'Mật khẩu', 'mat-khau-ban-phim', true)
  await tabAndType(page, 'Nhập lại mật khẩu', 'mat-khau-ban-phim')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Nhập mã xác nhận' })).toBeVisible()
  await tabAndType(page, 'Mã xác nhận', await smsCode(page, phoneOf(nationalId)))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/ho-so/)

  await page.goto('/thu-tuc/2.000635')
  await tabTo(page, page.getByRole('link', { name: /Nộp hồ sơ trực tuyến/ }).first())
  await page.keyboard.press('Enter')
  await tabAndType(page, 'Địa chỉ liên hệ', 'Số 12 Nguyễn Huệ, Phường Long Xuyên')
  await tabTo(page, page.getByRole('button', { name: 'Lưu và tiếp tục' }))
  await page.keyboard.press('Enter')
  await tabAndType(page, 'Nội dung yêu cầu', 'Đề nghị cấp bản sao')
  await tabTo(page, page.getByRole('button', { name: 'Lưu và tiếp tục' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible()
  for (const [i, input] of (await page.locator('input[type=file]').all()).entries()) {
    await tabTo(page, input)
    const chooser = page.waitForEvent('filechooser')
    await page.keyboard.press('Space')
    await (await chooser).setFiles(pdfUpload(`ban-phim-${i}.pdf`))
  }
  await tabTo(page, page.getByRole('button', { name: 'Lưu và tiếp tục' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('button', { name: 'Nộp hồ sơ' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Hồ sơ đã được nộp' })).toBeVisible()
})
