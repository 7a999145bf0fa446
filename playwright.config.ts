import { defineConfig, devices } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3100)
// Debian's Chromium (never `npx playwright install`: no browser downloads on these machines).
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
}

/** The province's contact channels (README › Configuration), as a deployment sets them. */
const CONTACT = { CONTACT_HOTLINE: '0296 3 957 957', CONTACT_EMAIL: 'motcua@angiang.example', CONTACT_HOURS: 'Thứ Hai – Thứ Sáu, 7:00 – 17:00' }

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromium,
    trace: 'retain-on-failure',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 5'], launchOptions: chromium } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
  ],
  webServer: {
    // A throwaway embedded database, migrated and seeded by the same start-up as `npm start`.
    command: 'rm -rf e2e/.data && tsx scripts/start.ts',
    url: `http://127.0.0.1:${PORT}/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // Warnings and errors only: a request log for every page would bury the test report. PUBLIC_URL: the address
    // the browser uses, as the e-ID's callback and its state cookie must be on it.
    env: { PORT: String(PORT), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${PORT}`, DATA_DIR: 'e2e/.data', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...CONTACT },
    stdout: 'pipe',
  },
})
