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
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
}

/** A fresh, valid CCCD (An Giang province code 089) so parallel runs never collide. */
export function newNationalId() {
  return `089${String(Date.now() % 1e9).padStart(9, '0')}`.slice(0, 9) + String(Math.floor(Math.random() * 1000)).padStart(3, '0')
}
