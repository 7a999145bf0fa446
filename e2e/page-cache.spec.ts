// A catalogue page served from the public page cache (ADR 013) is a working page in a browser: its inline
// scripts carry this response's nonce, nothing is refused by the CSP, and React hydrates.
import { expect, test } from '@playwright/test'

test('a cached catalogue page runs its scripts under its own nonce and hydrates', async ({ page }) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text())
  })
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.goto('/thu-tuc/2.000635')
    if (visit === 1) expect(response!.headers()['x-page-cache']).toBe('hit')
    await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized)
  }
  expect(refused).toEqual([])
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cấp bản sao trích lục hộ tịch')
})
