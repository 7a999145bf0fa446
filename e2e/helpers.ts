import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../prisma/seed/accounts.ts'

/** axe-core against WCAG 2.1 A and AA; the failure message lists each rule and where it failed. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([])
}

export async function logIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto('/dang-nhap')
  await page.getByLabel('Số định danh cá nhân hoặc thư điện tử').fill(identifier)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
  // Settled: either logged in (the name shows in the header) or refused (the error summary shows).
  await expect(page.getByRole('alert').or(page.locator('.main-nav__user'))).toBeVisible()
}

/** A fresh, valid CCCD (An Giang province code 089) so parallel runs never collide. */
export function newNationalId() {
  return `089${String(Date.now() % 1e9).padStart(9, '0')}`.slice(0, 9) + String(Math.floor(Math.random() * 1000)).padStart(3, '0')
}

export const pdfUpload = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n`) })

/** A logged-in citizen files "Đăng ký khai sinh" at the given commune and gets the dossier code back. */
export async function fileBirthRegistration(page: Page, agency: string, start = '/ho-so/nop/1.001193') {
  if (start) await page.goto(start)
  await page.getByLabel('Địa chỉ liên hệ').fill('Số 12 Nguyễn Huệ, Phường Long Xuyên')
  await page.getByLabel('Cơ quan giải quyết').selectOption({ label: agency })
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await answerBirthQuestions(page, { child: 'Nguyễn Minh Khang', mother: 'Lê Thị Thu', relation: 'CHA' })
  await page.getByLabel('Tờ khai đăng ký khai sinh').setInputFiles(pdfUpload('to-khai.pdf'))
  await page.getByLabel('Giấy chứng sinh hoặc văn bản').setInputFiles(pdfUpload('chung-sinh.pdf'))
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
  await expect(page.getByRole('heading', { name: 'Hồ sơ đã được nộp' })).toBeVisible()
  return (await page.locator('.confirmation__code').textContent())!.trim()
}

/** A phone number of its own for each CCCD, so parallel journeys read only their own messages. */
export const phoneOf = (nationalId: string) => `09${nationalId.slice(-8)}`

/** The newest six-digit code the sandbox SMS gateway delivered to a phone (the demo's phones at /tin-nhan/sandbox). */
export async function smsCode(page: Page, phone: string, after?: string): Promise<string> {
  let code = ''
  await expect
    .poll(
      async () => {
        const html = await (await page.request.get(`/tin-nhan/sandbox?so=${phone}`)).text()
        const newest = html.split('<tbody>')[1]?.split('</tr>')[0] ?? ''
        code = newest.match(/\b\d{6}\b/)?.[0] ?? ''
        return code && code !== after ? code : ''
      },
      { message: `a code sent to ${phone}` },
    )
    .not.toBe('')
  return code
}

/** Registers with the form and the code sent to the phone; lands in the new account's dossiers. */
export async function register(page: Page, person: { fullName: string; nationalId: string; phone?: string; email?: string; password?: string }) {
  const phone = person.phone ?? phoneOf(person.nationalId)
  await page.goto('/dang-ky')
  await page.getByLabel('Họ và tên').fill(person.fullName)
  await page.getByLabel('Số định danh cá nhân (CCCD)').fill(person.nationalId)
  await page.getByLabel('Số điện thoại di động').fill(phone)
  if (person.email) await page.getByLabel('Địa chỉ thư điện tử').fill(person.email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(person.password ?? 'mat-khau-huong')
  await page.getByLabel('Nhập lại mật khẩu').fill(person.password ?? 'mat-khau-huong')
  await page.getByRole('button', { name: 'Đăng ký' }).click()
  await expect(page.getByRole('heading', { name: 'Nhập mã xác nhận' })).toBeVisible()
  await page.getByLabel('Mã xác nhận').fill(await smsCode(page, phone))
  await page.getByRole('button', { name: 'Hoàn tất đăng ký' }).click()
  await expect(page).toHaveURL(/\/ho-so/)
}

/** A new citizen account for one test, so parallel journeys never share a draft. */
export async function registerCitizen(page: Page, fullName = 'Võ Thị Thanh Hương') {
  const nationalId = newNationalId()
  await register(page, { fullName, nationalId, email: `huong.${nationalId}@example.com` })
  return nationalId
}

/** The questions of "Đăng ký khai sinh", answered, then "Save and continue" (unless the form goes on). */
export async function answerBirthQuestions(page: Page, answers: { child: string; mother: string; relation: 'CHA' | 'ME' }, { submit = true } = {}) {
  await page.getByLabel('Họ, chữ đệm và tên của trẻ').fill(answers.child)
  await page.getByLabel('Ngày, tháng, năm sinh').fill('2026-11-15')
  await page.getByLabel('Giới tính').selectOption('NAM')
  await page.getByLabel('Nơi sinh').fill('Bệnh viện Sản Nhi An Giang')
  await page.getByLabel('Họ, chữ đệm và tên người mẹ').fill(answers.mother)
  await page.getByLabel('Quan hệ của người đi đăng ký với trẻ').selectOption(answers.relation)
  if (submit) await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
}

/** Files a procedure that asks only "what is requested", uploading a PDF in every document slot. */
export async function fileSimpleProcedure(page: Page, code: string, agency: string) {
  await page.goto(`/ho-so/nop/${code}`)
  await page.getByLabel('Địa chỉ liên hệ').fill('Số 12 Nguyễn Huệ, Phường Long Xuyên')
  await page.getByLabel('Cơ quan giải quyết').selectOption({ label: agency })
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await page.getByLabel('Nội dung yêu cầu').fill('Đề nghị cấp 02 bản sao trích lục khai sinh')
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible()
  for (const [i, input] of (await page.locator('input[type=file]').all()).entries()) await input.setInputFiles(pdfUpload(`giay-to-${i}.pdf`))
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
  await expect(page.getByRole('heading', { name: 'Hồ sơ đã được nộp' })).toBeVisible()
  return (await page.locator('.confirmation__code').textContent())!.trim()
}
